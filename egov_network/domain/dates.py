"""Reading dates and times as people type them: ``15.01.2027``, ``15.1.27``, ``10:00``, ISO.

The date fields of the window and the validators of the services share these
rules, so what a field shows it understood is exactly what is stored. Every
failure is a ``FieldProblem`` with a message in words (translatable), never a
silent guess: an impossible day (31.02.), a time of 25:00 or half an entry
("15.01.2027 10:") are refused.

Two-digit years mean the nearest year: within 20 years ahead of ``today``,
otherwise the century before (``15.1.27`` is 2027, ``3.5.98`` 1998). A time
with an offset (``2027-01-15T10:00+05:00``) is converted to local time, which
is how every time is stored.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from egov_network.domain.errors import FieldProblem
from egov_network.domain.i18n import QT_TRANSLATE_NOOP

_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?")
_MONTH_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(uhr|h|am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")

NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (for example 15.01.2027).")
IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a day of the calendar.")
NOT_A_TIME = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date and time (for example 15.01.2027 10:00).")
NO_DAY = QT_TRANSLATE_NOOP("Errors", "“{value}” has no date; enter one, for example 15.01.2027 10:00.")
IMPOSSIBLE_TIME = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time of day (00:00 to 23:59).")


def _year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    year = int(text)
    if len(text) == 2:
        century = today.year // 100 * 100
        year += century
        if year > today.year + 20:
            year -= 100
    return year


def parse_date(text: str, *, today: date | None = None, month_first: bool = False) -> date:
    """A date from what a person typed; ``month_first`` for the English 11/23/2026.

    Accepts 15.01.2027, 15.1.27, 15.01. (this year), 15012027, 2027-01-15 and,
    with ``month_first``, 01/15/2027. Raises ``FieldProblem``.
    """
    raw = text.strip()
    today = today or date.today()
    for pattern, order in (
        (_ISO_DATE, "ymd"),
        (_DAY_FIRST, "dmy"),
        (_MONTH_FIRST if month_first else None, "mdy"),
        (_COMPACT, "dmy"),
    ):
        if pattern is None:
            continue
        match = pattern.fullmatch(raw)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        try:
            return date(_year(parts["y"], today), int(parts["m"]), int(parts["d"]))
        except ValueError:
            raise FieldProblem(IMPOSSIBLE_DATE, value=raw) from None
    raise FieldProblem(NOT_A_DATE, value=raw)


def parse_time(text: str) -> time:
    """A time of day: 10:00, 9:30, 10 Uhr, 14h. Raises ``FieldProblem``."""
    raw = text.strip()
    match = _TIME.fullmatch(raw)
    if match is None:
        raise FieldProblem(NOT_A_TIME, value=raw)
    *numbers, suffix = match.groups()
    hour, minute, second = (int(g) if g else 0 for g in numbers)
    half = (suffix or "").lower().replace(".", "")
    if half in ("am", "pm"):
        # English 12-hour clock: 12 AM is midnight, 12 PM noon.
        if not 1 <= hour <= 12:
            raise FieldProblem(IMPOSSIBLE_TIME, value=raw)
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise FieldProblem(IMPOSSIBLE_TIME, value=raw)
    return time(hour, minute)


def parse_datetime(
    text: str,
    *,
    today: date | None = None,
    month_first: bool = False,
    on_day: date | None = None,
) -> datetime:
    """A date and time as typed: ``15.01.2027 10:00``, ``2027-01-15T10:00``, or a time alone.

    A time alone (``10:00``) means that time on ``on_day`` (an end on its
    start's day); without ``on_day`` it is refused. A date alone means 00:00.
    An ISO time with an offset is converted to local time. Raises ``FieldProblem``.
    """
    raw = " ".join(text.split())
    if not raw:
        raise FieldProblem(NOT_A_TIME, value=text)
    if "T" in raw or _OFFSET.search(raw):
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise FieldProblem(NOT_A_TIME, value=raw) from None
        return local(parsed)
    date_part, _, time_part = raw.partition(" ")
    if ":" in date_part or date_part.lower().endswith(("uhr", "h", "am", "pm")):
        if on_day is None:
            raise FieldProblem(NO_DAY, value=raw)
        return datetime.combine(on_day, parse_time(raw))
    try:
        day = parse_date(date_part, today=today, month_first=month_first)
        return datetime.combine(day, parse_time(time_part) if time_part else time(0, 0))
    except FieldProblem as problem:
        if problem.template in (NOT_A_DATE, NOT_A_TIME):
            # Name the whole entry and show an example with a time.
            raise FieldProblem(NOT_A_TIME, value=raw) from None
        raise


def local(value: datetime) -> datetime:
    """A naive local time: an aware one converted to this computer's time zone, seconds dropped."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def default_end(start: datetime, hours: int = 2) -> datetime:
    """What an empty end suggests once a start is known: the same day, ``hours`` later (not past midnight)."""
    end = start + timedelta(hours=hours)
    return end if end.date() == start.date() else start.replace(hour=23, minute=59)
