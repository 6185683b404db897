"""Field validators shared by every service.

Each validator takes the raw value a user typed (or a file held) and returns
the cleaned value, or raises ``FieldProblem`` with a translatable template.
The services collect the problems of all fields into one ``ValidationError``,
so a form can show every message next to its field at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar
from urllib.parse import urlsplit

from egov_network.domain import dates
from egov_network.domain.enums import FederalState
from egov_network.domain.errors import FieldProblem
from egov_network.domain.i18n import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=StrEnum)

#: Longest single-line value (names, functions, places).
LINE_MAX = 300
#: Longest multi-line value (notes, agenda, minutes): 1 MB of text is plenty.
TEXT_MAX = 1_000_000


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: Unicode categories refused in one-line fields: control, format (zero-width,
#: bidi overrides), line and paragraph separators, surrogates.
_NOT_IN_A_LINE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
#: Digits as keys are written: "٠٥٥٦٦" (Arabic-Indic) is no municipality key.
_ASCII_DIGITS = re.compile(r"[0-9]+")


def _nfc(value: Any) -> str:
    """Text in composed form (a typed "ü" and a pasted "u" + "¨" are the same); lone surrogates refused."""
    raw = str(value)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "The text contains a broken character (a lone surrogate).")
        ) from None
    return unicodedata.normalize("NFC", raw)


def warm_up() -> None:
    """Load and exercise the email and phone checks once, off the critical path.

    Their first use imports the libraries and compiles their patterns (~0.4 s):
    done in the background after start-up, the first save is as quick as the
    next.
    """
    email("warm.up@example.org")
    phone("+49 30 18681-0")


def line(value: Any, *, required: bool = False, max_len: int = LINE_MAX) -> str | None:
    """A single line of text: trimmed, NFC-normalised, no control characters."""
    if _blank(value):
        if required:
            raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return None
    text = _nfc(value).strip()
    # isprintable() (in C) is False for every character refused below, so the
    # per-character scan runs only for the rare text that may hold one.
    if not text.isprintable() and any(unicodedata.category(ch) in _NOT_IN_A_LINE for ch in text):
        # Line and paragraph separators break a line as \n does; direction overrides
        # and zero-width characters make a name look different from what it is.
        raise FieldProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line breaks, control characters and invisible formatting characters are not allowed here.",
            )
        )
    if len(text) > max_len:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "At most {max} characters are allowed here ({length} given)."),
            max=max_len,
            length=len(text),
        )
    return text


def text(value: Any, *, max_len: int = TEXT_MAX) -> str | None:
    """Multi-line text kept exactly as typed (minutes, notes), only length-checked.

    Minutes must come back character for character, so no trimming here;
    only NUL is refused because SQLite and Excel both mangle it.
    """
    if value is None or (isinstance(value, str) and value == ""):
        return None
    result = _nfc(value)
    if "\x00" in result:
        raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "The text contains a NUL character."))
    if len(result) > max_len:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "At most {max} characters are allowed here ({length} given)."),
            max=max_len,
            length=len(result),
        )
    return result if result.strip() else None


def email(value: Any) -> str | None:
    """An email address, syntax-checked (no DNS look-up: we work offline)."""
    raw = line(value)
    if raw is None:
        return None
    import email_validator  # on first use: it and phonenumbers cost ~90 ms of start-up

    try:
        info = email_validator.validate_email(raw, check_deliverability=False)
    except email_validator.EmailNotValidError:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid email address."), value=raw
        ) from None
    return info.normalized


def phone(value: Any, region: str = "DE") -> str | None:
    """A phone number, normalised to international format (+49 …), German default region."""
    raw = line(value, max_len=40)
    if raw is None:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid phone number."), value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def ags(value: Any, state: str | None = None) -> str | None:
    """A German municipality key: 8 digits (municipality) or 5 (district), state prefix 01–16.

    Spaces are dropped so "05 566 028" is accepted as typed on paper.
    """
    raw = line(value, max_len=20)
    if raw is None:
        return None
    key = raw.replace(" ", "")
    if not _ASCII_DIGITS.fullmatch(key) or len(key) not in (5, 8):
        raise FieldProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "A municipality key has 8 digits (5 for a district); “{value}” does not."
            ),
            value=raw,
        )
    prefix = key[:2]
    if prefix not in {s.value for s in FederalState}:
        raise FieldProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "A municipality key starts with a state code from 01 to 16, not {prefix}."
            ),
            prefix=prefix,
        )
    if state is not None and prefix != state:
        raise FieldProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "The municipality key starts with {prefix}, but the state is {state}."
            ),
            prefix=prefix,
            state=FederalState(state),
        )
    return key


def postal_code(value: Any) -> str | None:
    """A German postal code: five digits."""
    raw = line(value, max_len=10)
    if raw is None:
        return None
    if not re.fullmatch(r"[0-9]{5}", raw):
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "A postal code has five digits; “{value}” does not."), value=raw
        )
    return raw


def website(value: Any) -> str | None:
    """A web address; ``https://`` is added when the scheme is missing."""
    raw = line(value, max_len=500)
    if raw is None:
        return None
    candidate = raw if "://" in raw else "https://" + raw
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in candidate:
        raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a web address."), value=raw)
    return candidate


def choice(value: Any, enum: type[E], *, required: bool = True) -> E | None:
    """A value from a fixed set, given as the enum member or its stored string."""
    if value is None or (value == "" and "" not in {m.value for m in enum}):
        if required:
            raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return None
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum if m.value)
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the allowed values ({allowed})."),
            value=value,
            allowed=allowed,
        ) from None


def a_date(value: Any, *, required: bool = False) -> date | None:
    """A calendar date: a ``date``, ISO text (2016-09-22) or German text (22.09.2016)."""
    if _blank(value):
        if required:
            raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return dates.parse_date(str(value))


def a_datetime(value: Any, *, required: bool = False) -> datetime | None:
    """A point in time (local, naive): a ``datetime`` or text (2016-09-22T10:00, 22.09.2016 10:00).

    An aware time (with an offset) is converted to local time, not cut off.
    """
    if _blank(value):
        if required:
            raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return None
    if isinstance(value, datetime):
        return dates.local(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return dates.parse_datetime(str(value))


def integer(value: Any, *, low: int, high: int) -> int | None:
    """A whole number within [low, high]."""
    if _blank(value):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number."), value=value
        ) from None
    if isinstance(number, bool) or not low <= number <= high:
        raise FieldProblem(
            QT_TRANSLATE_NOOP("Errors", "Enter a number from {low} to {high}."), low=low, high=high
        )
    return number


def flag(value: Any) -> bool:
    """A yes/no value; accepts booleans and the usual words in German and English."""
    if isinstance(value, bool):
        return value
    if _blank(value):
        return False
    word = str(value).strip().lower()
    if word in {"1", "true", "yes", "ja", "x", "y", "j"}:
        return True
    if word in {"0", "false", "no", "nein", "n"}:
        return False
    raise FieldProblem(QT_TRANSLATE_NOOP("Errors", "“{value}” is neither yes nor no."), value=value)


def synonyms(value: Any) -> str | None:
    """Synonyms of a topic, given as a list or a ``;``/``,``-separated line; stored ``; ``-joined."""
    if _blank(value):
        return None
    items: Iterable[Any] = value if isinstance(value, (list, tuple)) else re.split(r"[;,\n]", str(value))
    cleaned = [line(item) for item in items]
    unique = list(dict.fromkeys(s for s in cleaned if s))
    return "; ".join(unique) or None
