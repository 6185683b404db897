"""vCard 3.0 cards from plain person records: one multi-card file or one file per person (no Qt, no store).

vCard 3.0 (RFC 2426) because it is the version Outlook, iOS, Thunderbird and
KAddressBook all read. What every written card gets:

* UTF-8 text (NFC), CRLF line ends, every physical line at most 75 octets:
  long lines are folded (CRLF + one space) between two characters, never
  inside a multi-byte UTF-8 sequence, so a reader that decodes line by line
  sees no broken umlaut;
* text values escaped (``\\\\``, ``\\,``, ``\\;``, ``\\n``); structured values
  (N, ORG, ADR) escape inside each component, list values (CATEGORIES) inside
  each item, so a comma inside a tag stays inside it;
* control characters other than the line break dropped (no reader wants them);
* the file appears only complete: written to a temporary file beside it and
  renamed into place (``atomic_target``).

The records (``VCardPerson``) are filled by the service layer
(``services/vcard_export.py``); this module knows nothing of the database.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from egov_network.exchange.xlsx import PROGRESS_EVERY, ExportCancelled, Progress, atomic_target

CRLF = b"\r\n"
#: RFC 2426 section 2.6 / RFC 6350 section 3.2: lines SHOULD NOT be longer than 75 octets.
MAX_LINE = 75
PRODID = "-//egov-network//vCard export//DE"
COUNTRY = "Deutschland"
#: Namespace of the cards' UIDs (a fixed random UUID: the UIDs depend on nothing else of ours).
UID_NAMESPACE = uuid.UUID("6f1c2b7e-58d4-4a1e-9a57-3f0e8d2c41a9")
#: Longest file name stem written by the folder export (before " (2)" and ".vcf").
MAX_STEM = 80

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
#: Characters not allowed (or unwise) in file names on Windows, macOS and Linux.
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


@dataclass(frozen=True)
class VCardPerson:
    """What one card says about a contact; empty strings and None are left out of the card.

    ``organisation`` is the authority's name, ``street``/``postal_code``/``city``
    its address; ``categories`` the contact's tags.
    """

    uid: str
    last_name: str
    first_name: str | None = None
    title: str | None = None
    organisation: str | None = None
    department: str | None = None
    function: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str = COUNTRY
    categories: tuple[str, ...] = ()
    revised: datetime | None = None

    @property
    def formatted_name(self) -> str:
        """ "Dr. Anna Müller": title, first and last name; the organisation or email if there is no name."""
        name = " ".join(
            part.strip() for part in (self.title, self.first_name, self.last_name) if part and part.strip()
        )
        return name or (self.organisation or "").strip() or (self.email or "").strip()


def contact_uid(contact_id: int, created_at: datetime | None) -> str:
    """A UID that stays the same for a contact across exports (and differs between databases).

    The creation time tells two databases' contact 17 apart, so a colleague who
    imports both address books gets two cards, while re-exporting the same
    contact updates the card the address book already has.
    """
    created = created_at.isoformat() if created_at else ""
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'contact:{contact_id}:{created}')}"


# -- values ---------------------------------------------------------------------


def _clean(value: str | None) -> str:
    if not value:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def escape_text(value: str | None) -> str:
    """``value`` as a vCard text value: backslash, comma, semicolon and line breaks escaped."""
    text = _clean(value)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _structured(*components: str | None) -> str:
    """Components of N, ORG or ADR, each escaped, joined by ";" ."""
    return ";".join(escape_text(c) for c in components)


def fold_line(line: str) -> bytes:
    """One content line as UTF-8 octets ending in CRLF, folded so no physical line exceeds 75 octets.

    A fold goes between two characters: the cut moves back over UTF-8
    continuation octets (10xxxxxx) so a multi-byte character stays whole.
    Continuation lines start with one space, which counts toward the 75.
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_LINE:
        return data + CRLF
    parts: list[bytes] = []
    start, limit = 0, MAX_LINE
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        parts.append(data[start:end])
        start, limit = end, MAX_LINE - 1
    return b"\r\n ".join(parts) + CRLF


def _rev(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")  # stored times are UTC


def card_lines(person: VCardPerson) -> list[str]:
    """The unfolded content lines of one vCard 3.0 card, BEGIN to END."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}"]
    lines.append("N:" + _structured(person.last_name, person.first_name, "", person.title, ""))
    lines.append("FN:" + escape_text(person.formatted_name))
    organisation, department = _clean(person.organisation), _clean(person.department)
    if organisation or department:
        lines.append(
            "ORG:" + (_structured(organisation, department) if department else escape_text(organisation))
        )
    if _clean(person.function):
        lines.append("TITLE:" + escape_text(person.function))
    if _clean(person.email):
        lines.append("EMAIL;TYPE=INTERNET,WORK:" + escape_text(person.email))
    if _clean(person.phone):
        lines.append("TEL;TYPE=WORK,VOICE:" + escape_text(person.phone))
    if _clean(person.mobile):
        lines.append("TEL;TYPE=CELL:" + escape_text(person.mobile))
    if any(_clean(part) for part in (person.street, person.postal_code, person.city)):
        # post office box; extended address; street; locality; region; postal code; country
        address = _structured("", "", person.street, person.city, "", person.postal_code, person.country)
        lines.append("ADR;TYPE=WORK:" + address)
    categories = [escape_text(tag) for tag in person.categories if _clean(tag)]
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    lines.append("UID:" + escape_text(person.uid))
    if person.revised is not None:
        lines.append("REV:" + _rev(person.revised))
    lines.append("END:VCARD")
    return lines


def card_bytes(person: VCardPerson) -> bytes:
    """One card, folded, UTF-8, CRLF."""
    return b"".join(fold_line(line) for line in card_lines(person))


# -- files ------------------------------------------------------------------------


class _Counter:
    """Counts written cards and reports progress every PROGRESS_EVERY cards (False from it cancels)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % PROGRESS_EVERY == 0 or self.done == self.total):
            if self.progress(self.done, self.total) is False:
                raise ExportCancelled()

    def start(self) -> None:
        if self.progress is not None and self.progress(0, self.total) is False:
            raise ExportCancelled()


def _write_cards(handle: BinaryIO, people: Iterable[VCardPerson], counter: _Counter) -> None:
    for person in people:
        handle.write(card_bytes(person))
        counter.step()


def write_vcards(
    path: Path | str, people: Iterable[VCardPerson], total: int = 0, progress: Progress | None = None
) -> int:
    """All ``people`` as one multi-card .vcf file; the number of cards written.

    ``people`` may be a generator (it is read once, card by card). ``total``
    is only for ``progress(done, total)``, which cancels by returning False:
    then no file is written and an existing one stays as it was.
    """
    counter = _Counter(progress, total)
    counter.start()
    with atomic_target(Path(path)) as temp, open(temp, "wb") as handle:
        _write_cards(handle, people, counter)
    return counter.done


def _stem(person: VCardPerson) -> str:
    parts = [_clean(person.last_name), _clean(person.first_name)]
    text = "_".join(p for p in parts if p) or person.formatted_name or "Kontakt"
    text = re.sub("_{2,}", "_", _UNSAFE_NAME.sub("_", text))
    text = re.sub(r"\s+", " ", text).strip(" ._")[:MAX_STEM].rstrip(" .")
    if not text or text.upper() in _WINDOWS_RESERVED:
        text = f"Kontakt_{text}" if text else "Kontakt"
    return text


def card_file_names(people: Sequence[VCardPerson]) -> list[str]:
    """A safe, unique ``.vcf`` file name per person from the names: "Müller_Anna.vcf", "Müller_Anna (2).vcf".

    Unique ignoring case, as Windows and macOS compare file names.
    """
    return list(_unique_names(people))


def _unique_names(people: Iterable[VCardPerson]) -> Iterator[str]:
    taken: set[str] = set()
    for person in people:
        yield _next_name(person, taken)


def _next_name(person: VCardPerson, taken: set[str]) -> str:
    """The person's file name, numbered when ``taken`` has it already (then added to ``taken``)."""
    stem = _stem(person)
    name, number = f"{stem}.vcf", 1
    while name.casefold() in taken:
        number += 1
        name = f"{stem} ({number}).vcf"
    taken.add(name.casefold())
    return name


def write_vcard_folder(
    folder: Path | str, people: Iterable[VCardPerson], total: int = 0, progress: Progress | None = None
) -> list[Path]:
    """One .vcf file per person in ``folder`` (created when missing); the files written, in order.

    File names come from the names (``card_file_names``); a file of the same
    name already in the folder is replaced, so exporting again updates the
    cards. Each file is written atomically; a cancel keeps the files written so far.
    """
    target = Path(folder)
    if not target.is_dir():
        try:
            target.mkdir()
        except OSError:
            pass  # atomic_target names the missing folder in the user's language
    counter = _Counter(progress, total)
    counter.start()
    written: list[Path] = []
    taken: set[str] = set()
    for person in people:
        path = target / _next_name(person, taken)
        with atomic_target(path) as temp:
            temp.write_bytes(card_bytes(person))
        written.append(path)
        counter.step()
    return written
