"""vCard files (2.1, 3.0, 4.0) read as contact list rows, so they go through the Excel import unchanged.

A .vcf file becomes a table: one header row with the German contact headers
(``exchange/headers.py``, recognised like any list's) and one row per card.
Preview, duplicate detection, the one-transaction write and undo then treat
it exactly like an .xlsx or .csv list.

The file is untrusted, as every imported file: its size is checked before it
is read (``Limits.max_file_bytes``), the cards are found in one linear scan
(no regular expression that backtracks over the file), and a card is handed
to ``vobject`` only when it is of a sane size (``MAX_CARD_CHARS``,
``MAX_CARD_LINES``: a card has a few dozen lines, photos fold into one), so
memory stays proportional to the file. A file that holds no complete card,
or a card vobject cannot parse, ends in one ``ImportFileError`` naming the
file; nothing is imported from it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: File name endings read as vCards even when the content does not start with BEGIN:VCARD.
VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})
#: The header row of the table a vCard file becomes (German headers of CONTACT_COLUMNS).
HEADERS = (
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Behörde",
    "Abteilung",
    "Funktion",
    "E-Mail",
    "Telefon",
    "Mobil",
    "Schlagwörter",
)
#: A card longer than this (characters, a photo included) is refused.
MAX_CARD_CHARS = 2 * 1024 * 1024
#: Logical lines (not folded continuations) per card; real cards have a few dozen.
MAX_CARD_LINES = 500

_MARK = re.compile(r"^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_LOGICAL_LINE = re.compile(r"^[^ \t\r\n]", re.MULTILINE)
_SALUTATIONS = {"herr": "Herr", "frau": "Frau", "mr": "Herr", "mr.": "Herr", "mrs.": "Frau", "ms.": "Frau"}


def looks_like_vcard(path: Path, head: bytes) -> bool:
    """Whether the file is a vCard file: by its first line (BEGIN:VCARD), else by its name (.vcf)."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    text = head.replace(b"\x00", b"").lstrip().upper()
    return text.startswith(b"BEGIN:VCARD") or path.suffix.lower() in VCARD_SUFFIXES


def count_cards(text: str) -> int:
    """How many cards begin in ``text`` (one linear scan, nothing parsed)."""
    return sum(1 for mark in _MARK.finditer(text) if mark.group(1).upper() == "BEGIN")


def card_texts(text: str) -> Iterator[tuple[int, str]]:
    """(1-based line of BEGIN, text) of every top-level card, in one pass; text outside cards is ignored.

    A card nested in another (a 2.1 AGENT) stays inside its outer card. A
    BEGIN without its END is not a card; ``read_vcard_rows`` refuses a file
    whose cards are all incomplete.
    """
    depth, start, start_line, line, seen_at = 0, 0, 1, 1, 0
    for mark in _MARK.finditer(text):
        line += text.count("\n", seen_at, mark.start())
        seen_at = mark.start()
        if mark.group(1).upper() == "BEGIN":
            if depth == 0:
                start, start_line = mark.start(), line
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                yield start_line, text[start : mark.end()]


def _types(line: Any) -> set[str]:
    """TYPE parameters of a property line in every version's spelling (2.1 bare, 3.0 list, 4.0 "a,b")."""
    found = {str(p).upper() for p in getattr(line, "singletonparams", [])}
    for value in line.params.get("TYPE", []):
        found.update(part.strip().upper() for part in str(value).split(","))
    return found


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip() if value is not None else ""


def _first(card: Any, name: str) -> Any | None:
    lines = card.contents.get(name, [])
    preferred = [line for line in lines if "PREF" in _types(line) or line.params.get("PREF")]
    return (preferred or lines or [None])[0]


def _split_prefix(prefix: str) -> tuple[str, str]:
    """ "Herr Dr." -> ("Herr", "Dr."): a salutation among the name prefixes goes to its own column."""
    salutation, rest = "", []
    for word in prefix.split():
        if not salutation and word.lower() in _SALUTATIONS:
            salutation = _SALUTATIONS[word.lower()]
        else:
            rest.append(word)
    return salutation, " ".join(rest)


def _name(card: Any) -> tuple[str, str, str, str]:
    """(salutation, title, first name, last name); from N, or from FN when N is missing or empty."""
    n = card.contents.get("n", [None])[0]
    value = n.value if n is not None else None
    family = _text(getattr(value, "family", ""))
    given = _text(getattr(value, "given", ""))
    prefix = _text(getattr(value, "prefix", "")).replace(",", " ")
    if not family and not given:
        formatted = _text(card.fn.value) if "fn" in card.contents else ""
        words = formatted.split()
        family, given = (words[-1], " ".join(words[:-1])) if words else ("", "")
    salutation, title = _split_prefix(prefix)
    return salutation, title, given, family


def card_row(card: Any) -> tuple[Any, ...]:
    """One parsed card (a vobject component) as a row under ``HEADERS``."""
    salutation, title, given, family = _name(card)
    org = card.contents.get("org", [None])[0]
    parts = [_text(p) for p in org.value] if org is not None and isinstance(org.value, list) else []
    if org is not None and not isinstance(org.value, list):
        parts = [_text(org.value)]
    authority, department = (parts[0] if parts else ""), ", ".join(p for p in parts[1:] if p)
    function = _text(getattr(_first(card, "title"), "value", "")) or _text(
        getattr(_first(card, "role"), "value", "")
    )
    email = _text(getattr(_first(card, "email"), "value", ""))
    phones: list[tuple[set[str], str]] = []
    for line in card.contents.get("tel", []):
        number = _text(line.value)
        if number.lower().startswith("tel:"):  # 4.0 VALUE=uri
            number = number[4:].split(";")[0]
        if number:
            phones.append((_types(line), number))
    mobile = next((n for types, n in phones if "CELL" in types), "")
    landlines = [(types, n) for types, n in phones if not types & {"CELL", "FAX", "PAGER"}]
    phone = next((n for types, n in landlines if "WORK" in types), landlines[0][1] if landlines else "")
    tags: list[str] = []
    for line in card.contents.get("categories", []):
        items = line.value if isinstance(line.value, list) else [line.value]
        tags.extend(_text(v).replace(";", " ") for v in items if _text(v))
    cells = (salutation, title, given, family, authority, department, function, email, phone, mobile)
    return (*(c or None for c in cells), ", ".join(tags) or None)


class BrokenVCard(Exception):  # noqa: N818 - turned into the reader's ImportFileError
    """A card that cannot be read (too big, unparsable), or a file without a complete card."""


def vcard_rows(text: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(line, row) per card of ``text``: the header row first (line 0), then each card at its BEGIN line.

    Raises ``BrokenVCard`` for an oversized or unparsable card or a file
    without a single complete card; the rows before it have been yielded.
    """
    import vobject  # only when a vCard is read

    # vobject logs every line it skips, with the line's text: personal data
    # from someone else's file has no place in our log.
    logging.getLogger("vobject").setLevel(logging.CRITICAL)
    yield 0, HEADERS
    count = 0
    for line, card_text in card_texts(text):
        count += 1
        if len(card_text) > MAX_CARD_CHARS or len(_LOGICAL_LINE.findall(card_text)) > MAX_CARD_LINES:
            raise BrokenVCard(f"card at line {line} is too large")
        try:
            card = vobject.readOne(card_text, ignoreUnreadable=True, allowQP=True)
            row = card_row(card)
        except Exception as exc:  # vobject raises many kinds for broken cards (and bad charsets)
            raise BrokenVCard(f"card at line {line}: {type(exc).__name__}") from None
        yield line, row
    if count == 0:
        raise BrokenVCard("no complete card")
