"""The Excel exports coordinators send around: member list, contacts, expert topics, meetings.

Each ``export_*`` function reads through the services (plain rows, in chunks),
writes one workbook with ``exchange.xlsx`` and returns an ``ExportResult``.
All take the same keyword options:

* ``translate``: the UI's translator; sheet names and texts use the context
  "Export", enum labels "Enum", headers "Headers";
* ``german``: German headers (the ``german`` spelling of ``headers.py``, so a
  German list re-imports) and German sheet names and texts where
  ``translate`` has none, and dates shown as ``DD.MM.YYYY``;
* ``progress``: ``(done, total) -> bool`` every few hundred rows; returning
  False cancels with ``ExportCancelled`` and leaves no file behind.

Nothing here touches Qt or SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_network.domain.enums import (
    AuthorityKind,
    ExpertiseLevel,
    FederalState,
    LabelledEnum,
    MeetingKind,
    MeetingStatus,
    NetworkRole,
    ParticipationRole,
    ParticipationStatus,
    Salutation,
)
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS, ID, ListColumn
from egov_network.exchange.xlsx import (
    Book,
    ExportCancelled,
    ExportError,
    Progress,
    SheetColumn,
    SheetLayout,
    SheetSpec,
    StyledRow,
    atomic_target,
)
from egov_network.services.export_data import EXPORT_CHUNK, ExportData
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services

__all__ = [
    "EXPORTS",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "export_contacts",
    "export_meeting",
    "export_meetings",
    "export_members",
    "export_topics",
]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its sheet names, and the number of data rows."""

    path: Path
    sheets: tuple[str, ...]
    rows: int
    #: People left out because they withdrew consent for this list.
    left_out: int = 0


def _column(key: str, english: str, german: str, kind: str = "text") -> ListColumn:
    return ListColumn(key, english, german, kind, importable=False)


# Export-only columns; the contact and authority columns come from headers.py.
PERSON = _column("person", QT_TRANSLATE_NOOP("Headers", "Contact person"), "Ansprechperson")
MEMBER_UNTIL = _column("member_until", QT_TRANSLATE_NOOP("Headers", "Member until"), "Mitglied bis", "date")
TOPIC = _column("topic", QT_TRANSLATE_NOOP("Headers", "Expert topic"), "Fachthema")
PARENT_TOPIC = _column("parent_topic", QT_TRANSLATE_NOOP("Headers", "Parent topic"), "Übergeordnetes Thema")
NAME = _column("name", QT_TRANSLATE_NOOP("Headers", "Name"), "Name")
LEVEL = _column("level", QT_TRANSLATE_NOOP("Headers", "Level"), "Stufe")
NOTE = _column("note", QT_TRANSLATE_NOOP("Headers", "Note"), "Notiz")
NUMBER = _column("number", QT_TRANSLATE_NOOP("Headers", "No."), "Nr.", "int")
STATUS = _column("status", QT_TRANSLATE_NOOP("Headers", "Status"), "Status")
ROLE = _column("role", QT_TRANSLATE_NOOP("Headers", "Role"), "Rolle")
SIGNATURE = _column("signature", QT_TRANSLATE_NOOP("Headers", "Signature"), "Unterschrift")
LINE = _column("line", QT_TRANSLATE_NOOP("Headers", "Line"), "Zeile", "int")
MINUTES_TEXT = _column("minutes", QT_TRANSLATE_NOOP("Headers", "Minutes"), "Protokoll")
ACTION = _column("text", QT_TRANSLATE_NOOP("Headers", "Action item"), "Aufgabe")
OWNER = _column("owner", QT_TRANSLATE_NOOP("Headers", "Owner"), "Verantwortlich")
DUE = _column("due_on", QT_TRANSLATE_NOOP("Headers", "Due"), "Fällig am", "date")
DONE = _column("done_on", QT_TRANSLATE_NOOP("Headers", "Done"), "Erledigt am", "date")
START = _column("starts_at", QT_TRANSLATE_NOOP("Headers", "Start"), "Beginn", "datetime")
MEETING_TITLE = _column("title", QT_TRANSLATE_NOOP("Headers", "Title"), "Titel")
MEETING = _column("meeting", QT_TRANSLATE_NOOP("Headers", "Meeting"), "Treffen")
MEETING_KIND = _column("kind", QT_TRANSLATE_NOOP("Headers", "Kind"), "Art")
PLACE = _column("place", QT_TRANSLATE_NOOP("Headers", "Place"), "Ort")
HOST = _column("host", QT_TRANSLATE_NOOP("Headers", "Host"), "Gastgeber")
PARTICIPANTS = _column("participants", QT_TRANSLATE_NOOP("Headers", "Participants"), "Teilnehmende", "int")
OPEN_ITEMS = _column(
    "open_items", QT_TRANSLATE_NOOP("Headers", "Open action items"), "Offene Aufgaben", "int"
)
TAGS = _column("tags", QT_TRANSLATE_NOOP("Headers", "Tags"), "Schlagwörter")

#: German sheet names and texts, used when ``german`` is set and the translator has none.
_GERMAN = {
    "Member list": "Mitgliederliste",
    "Authorities": "Behörden",
    "Contact persons": "Ansprechpersonen",
    "Contacts": "Kontakte",
    "Expert topics": "Fachthemen",
    "Topic matrix": "Themenmatrix",
    "Sign-in sheet": "Teilnehmerliste",
    "Minutes": "Protokoll",
    "Action items": "Aufgaben",
    "Meetings": "Treffen",
    "Open action items": "Offene Aufgaben",
    "Page &P of &N": "Seite &P von &N",
    "As of {date}": "Stand: {date}",
}

#: Which enum a field's stored value belongs to, for its label.
_ENUM_OF_KEY: dict[str, type[LabelledEnum]] = {
    "salutation": Salutation,
    "kind": AuthorityKind,
    "state": FederalState,
    "network_role": NetworkRole,
}

#: Minutes lines are split into pieces of this many characters (at most 2 UTF-16 units each).
_PIECE = 16_000


class _Words:
    """Headers, sheet names and enum labels of one export, in the export's language."""

    def __init__(self, translate: Translator, german: bool) -> None:
        self.translate = translate
        self.german = german
        self._labels: dict[type[LabelledEnum], dict[str, str]] = {}

    def text(self, english: str) -> str:
        """A sheet name or other text (context "Export")."""
        translated = self.translate("Export", english)
        if self.german and translated == english:
            return _GERMAN.get(english, english)
        return translated

    def page_footer(self) -> str:
        """ "Page 1 of 3" in the export's language (Excel's &P and &N fields)."""
        return self.text(QT_TRANSLATE_NOOP("Export", "Page &P of &N"))

    def as_of(self) -> str:
        """The date a list was made, for its heading: "Stand: 01.12.2026"."""
        today = date.today()
        shown = f"{today:%d.%m.%Y}" if self.german else today.isoformat()
        return self.text(QT_TRANSLATE_NOOP("Export", "As of {date}")).format(date=shown)

    def header(self, column: ListColumn) -> str:
        # German headers come from headers.py, so a German list re-imports
        # even when the UI's translation says it differently.
        return column.german if self.german else self.translate("Headers", column.english)

    def labels(self, enum: type[LabelledEnum]) -> dict[str, str]:
        """Stored value -> label; the empty value (no salutation) stays empty."""
        if enum not in self._labels:
            labels = {m.value: self.translate("Enum", m.label) for m in enum}
            labels[""] = ""
            self._labels[enum] = labels
        return self._labels[enum]

    def label(self, enum: type[LabelledEnum], value: str | None) -> str | None:
        if value is None:
            return None
        # An unknown value (older data) is shown as stored rather than lost.
        return self.labels(enum).get(value, value) or None

    def columns(self, columns: Sequence[ListColumn], **overrides: SheetColumn) -> list[SheetColumn]:
        kinds = {"enum": "text"}
        return [
            overrides.get(c.key) or SheetColumn(self.header(c), kinds.get(c.kind, c.kind)) for c in columns
        ]


def _write(
    path: Path | str,
    title: str,
    words: _Words,
    progress: Progress | None,
    total: int,
    fill: Callable[[Book], None],
) -> ExportResult:
    target = Path(path)
    with atomic_target(target) as temp:
        book = Book(title, german=words.german, progress=progress, total=total)
        try:
            fill(book)
            book.save(temp)
        except BaseException:
            book.discard()
            raise
    return ExportResult(target, tuple(book.sheets), book.rows)


# -- contacts ------------------------------------------------------------------------

_CONTACT_KEYS = [c.key for c in CONTACT_COLUMNS if c.key != "topics"]
#: Where the topics text (built from the expertise, not fetched) goes in a contact row.
_TOPICS_AT = [c.key for c in CONTACT_COLUMNS].index("topics")
#: A contact's authority, as the contact lists head it.
AUTHORITY = next(c for c in CONTACT_COLUMNS if c.key == "authority")
_AUTHORITY_KEYS = [c.key for c in AUTHORITY_COLUMNS]


def _topics_text(expertise: list[tuple[str, str]], words: _Words) -> str | None:
    if not expertise:
        return None
    levels = words.labels(ExpertiseLevel)
    return "; ".join(f"{topic} ({levels.get(level, level)})" for topic, level in expertise)


class _ContactRows:
    """Turns fetched contact rows (id first, then ``_CONTACT_KEYS``) into CONTACT_COLUMNS rows."""

    def __init__(self, words: _Words) -> None:
        self.words = words
        self.enums = [
            (i, words.labels(_ENUM_OF_KEY[key])) for i, key in enumerate(_CONTACT_KEYS) if key in _ENUM_OF_KEY
        ]

    def __call__(
        self, rows: list[tuple[Any, ...]], expertise: dict[int, list[tuple[str, str]]]
    ) -> list[list[Any]]:
        out = []
        for row in rows:
            values = list(row[1:])
            for i, labels in self.enums:
                value = values[i]
                if value is not None:
                    values[i] = labels.get(value, value) or None
            values.insert(_TOPICS_AT, _topics_text(expertise.get(row[0], []), self.words))
            out.append(values)
        return out


def export_contacts(
    services: Services,
    path: Path | str,
    ids: Sequence[int] | None = None,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Contacts (``ids`` in their order, or all by name) with CONTACT_COLUMNS, re-importable by ID."""
    words = _Words(translate, german)
    data = ExportData(services.store)
    wanted = list(ids) if ids is not None else data.contact_ids()
    convert = _ContactRows(words)

    def rows() -> Iterator[list[Any]]:
        for chunk in data.contacts(wanted, _CONTACT_KEYS):
            yield from convert(chunk, data.expertise_of([row[0] for row in chunk]))

    def fill(book: Book) -> None:
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Contacts")), words.columns(CONTACT_COLUMNS), rows()
        )

    result = _write(
        path, words.text(QT_TRANSLATE_NOOP("Export", "Contacts")), words, progress, len(wanted), fill
    )
    return replace(result, left_out=len(data.left_out))


# -- member list -----------------------------------------------------------------------

_GROUP_AUTHORITY = ("name", "kind", "state", "ags", "cohort", "network_role", "member_since")
_GROUP_CONTACT = ("function", "email", "phone")


def export_members(
    services: Services,
    path: Path | str,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """The member list: authorities with their active contact persons.

    Sheets: the list grouped by authority (a bold authority row, then its
    contact persons in the columns to the right), the authorities with
    AUTHORITY_COLUMNS and the contact persons with CONTACT_COLUMNS (both
    with ID, so they re-import). Contacts without an authority are no
    members' contact persons and are left out.
    """
    words = _Words(translate, german)
    data = ExportData(services.store)
    authority_ids = data.authority_ids()
    people = data.count_member_contacts()
    authority_keys = [*_AUTHORITY_KEYS, "member_until"]
    by_key = {c.key: c for c in (*AUTHORITY_COLUMNS, *CONTACT_COLUMNS)}
    group_columns = [
        *(by_key[k] for k in _GROUP_AUTHORITY),
        MEMBER_UNTIL,
        PERSON,
        *(by_key[k] for k in _GROUP_CONTACT),
    ]
    a_index = {key: i + 1 for i, key in enumerate(authority_keys)}  # +1: the id comes first
    c_index = {key: i + 1 for i, key in enumerate(_CONTACT_KEYS)}
    a_enums = [(a_index[k], words.labels(e)) for k, e in _ENUM_OF_KEY.items() if k in a_index]
    convert_contacts = _ContactRows(words)

    def labelled(authority: tuple[Any, ...]) -> list[Any]:
        values = list(authority)
        for i, labels in a_enums:
            if values[i] is not None:
                values[i] = labels.get(values[i], values[i]) or None
        return values

    group_keys = [a_index[k] for k in (*_GROUP_AUTHORITY, "member_until")]
    person_keys = [c_index[k] for k in ("title", "first_name", "last_name")]
    contact_keys = [c_index[k] for k in _GROUP_CONTACT]
    blank_authority = [None] * (len(_GROUP_AUTHORITY) + 1)
    authority_end = len(_AUTHORITY_KEYS) + 1

    def batches() -> Iterator[tuple[list[Sequence[Any] | StyledRow], list[list[Any]], list[list[Any]]]]:
        """Per chunk of authorities, read once: the grouped rows, the authorities, the contact persons."""
        for chunk in data.members(authority_ids, authority_keys, _CONTACT_KEYS):
            grouped: list[Sequence[Any] | StyledRow] = []
            authorities: list[list[Any]] = []
            persons: list[tuple[Any, ...]] = []
            for authority, contacts in chunk:
                values = labelled(authority)
                grouped.append(StyledRow([values[i] for i in group_keys]))
                authorities.append(values[1:authority_end])
                for contact in contacts:
                    person = " ".join(p for p in (contact[i] for i in person_keys) if p)
                    grouped.append([*blank_authority, person, *(contact[i] for i in contact_keys)])
                persons.extend(contacts)
            expertise = data.expertise_of([row[0] for row in persons])
            yield grouped, authorities, convert_contacts(persons, expertise)

    def fill(book: Book) -> None:
        title = words.text(QT_TRANSLATE_NOOP("Export", "Member list"))
        # One pass over the data for all three sheets, written side by side.
        book.add_sheets(
            [
                SheetSpec(
                    title,
                    words.columns(group_columns),
                    SheetLayout(
                        preface=(title, words.as_of()),
                        landscape=True,
                        page_header=title,
                        readable=True,
                        page_footer=words.page_footer(),
                    ),
                ),
                SheetSpec(
                    words.text(QT_TRANSLATE_NOOP("Export", "Authorities")), words.columns(AUTHORITY_COLUMNS)
                ),
                SheetSpec(
                    words.text(QT_TRANSLATE_NOOP("Export", "Contact persons")), words.columns(CONTACT_COLUMNS)
                ),
            ],
            batches(),
        )

    total = 2 * (len(authority_ids) + people)
    result = _write(
        path, words.text(QT_TRANSLATE_NOOP("Export", "Member list")), words, progress, total, fill
    )
    return replace(result, left_out=len(data.left_out))


# -- expert topics -------------------------------------------------------------------------


def export_topics(
    services: Services,
    path: Path | str,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Expert topics with their experts: a long list (topic, expert) and a person × topic matrix."""
    words = _Words(translate, german)
    data = ExportData(services.store)
    long_rows, people = data.count_topic_rows()
    topics = data.expert_topics()
    levels = words.labels(ExpertiseLevel)

    def long_list() -> Iterator[list[Any]]:
        for chunk in data.topic_experts():
            for topic, parent, person, authority, level, note in chunk:
                yield [
                    topic,
                    parent,
                    person or None,
                    authority,
                    levels.get(level, level) if level else None,
                    note,
                ]

    def matrix() -> Iterator[list[Any]]:
        position = {topic_id: i + 2 for i, (topic_id, _name) in enumerate(topics)}
        width = len(topics) + 2
        current: int | None = None
        row: list[Any] = []
        for chunk in data.expertise_by_person():
            for contact_id, person, authority, topic_id, level in chunk:
                if contact_id != current:
                    if current is not None:
                        yield row
                    current = contact_id
                    row = [person, authority, *([None] * (width - 2))]
                row[position[topic_id]] = levels.get(level, level)
        if current is not None:
            yield row

    level_width = max(len(label) for label in levels.values()) + 2

    def fill(book: Book) -> None:
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Expert topics")),
            words.columns((TOPIC, PARENT_TOPIC, NAME, AUTHORITY, LEVEL, NOTE)),
            long_list(),
        )
        # Topic names as headers of narrow, wrapped columns: the matrix stays readable
        # with many topics, and each header is text even if a topic is named "=…".
        topic_columns = [
            SheetColumn(name, "text", float(min(max(level_width, len(name) + 3), 22))) for _id, name in topics
        ]
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Topic matrix")),
            [*words.columns((NAME, AUTHORITY)), *topic_columns],
            matrix(),
            SheetLayout(landscape=True),
        )

    total = long_rows + people
    return _write(
        path, words.text(QT_TRANSLATE_NOOP("Export", "Expert topics")), words, progress, total, fill
    )


# -- meetings ----------------------------------------------------------------------------------


def _lines(text: str | None) -> Iterator[list[Any]]:
    """(line number, text) rows of a multi-line text; a very long line becomes several rows of one number.

    Joining the pieces of one number and the lines with LF gives the text back
    exactly (with CR/CRLF line breaks as LF, see ``exchange.xlsx``).
    """
    if not text:
        return
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if len(line) <= _PIECE:
            yield [number, line or None]
            continue
        for start in range(0, len(line), _PIECE):
            yield [number, line[start : start + _PIECE]]


def _when(start: datetime, end: datetime | None, german: bool) -> str:
    date_format = "%d.%m.%Y" if german else "%Y-%m-%d"
    text = f"{start.strftime(date_format)} {start:%H:%M}"
    if end is not None:
        text += (
            f"–{end:%H:%M}" if end.date() == start.date() else f" – {end.strftime(date_format)} {end:%H:%M}"
        )
    return text


def export_meeting(
    services: Services,
    path: Path | str,
    meeting_id: int,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """One meeting: a printable sign-in sheet, the minutes line by line, the action items.

    The sign-in sheet has the meeting's title, date and place above its
    header row, an empty signature column, a grid and tall rows, and prints
    portrait on A4, one page wide, the header row repeated on every page.
    """
    words = _Words(translate, german)
    meeting = services.meetings.get(meeting_id)  # NotFoundError before any file is touched
    roster = services.relations.roster(meeting_id)
    items = services.relations.action_items(meeting_id)
    host = services.relations.name_of("authority", meeting.host_authority_id)
    statuses, roles = words.labels(ParticipationStatus), words.labels(ParticipationRole)
    details = " · ".join(
        p
        for p in (
            _when(meeting.starts_at, meeting.ends_at, german),
            meeting.place or meeting.online_link,
            host,
        )
        if p
    )

    def sign_in() -> Iterator[list[Any]]:
        for number, person in enumerate(roster, start=1):
            yield [
                number,
                person.titled_name,
                person.authority,
                statuses.get(person.status, person.status),
                roles.get(person.role, person.role),
                None,
            ]

    def action_items() -> Iterator[list[Any]]:
        for item in items:
            yield [item.text, item.owner or None, item.due_on, item.done_on]

    def fill(book: Book) -> None:
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Sign-in sheet")),
            # One A4 page wide at full size: 5 + 24 + 26 + 13 + 10 + 19 = 97 units.
            [
                SheetColumn(words.header(NUMBER), "int", 5),
                SheetColumn(words.header(NAME), "wrap", 24),
                SheetColumn(words.header(AUTHORITY), "wrap", 26),
                SheetColumn(words.header(STATUS), "text", 13),
                SheetColumn(words.header(ROLE), "text", 10),
                SheetColumn(words.header(SIGNATURE), "text", 19),
            ],
            sign_in(),
            SheetLayout(
                preface=(meeting.title, details),
                landscape=False,
                boxed=True,
                row_height=30,  # 10.6 mm: room to sign
                page_header=meeting.title,
                readable=True,
                page_footer=words.page_footer(),
            ),
        )
        text_layout = SheetLayout(
            landscape=False, page_header=meeting.title, readable=True, page_footer=words.page_footer()
        )
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Minutes")),
            [SheetColumn(words.header(LINE), "int", 6), SheetColumn(words.header(MINUTES_TEXT), "wrap", 90)],
            _lines(meeting.minutes),
            text_layout,
        )
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Action items")),
            [
                SheetColumn(words.header(ACTION), "wrap", 60),
                SheetColumn(words.header(OWNER), "text"),
                SheetColumn(words.header(DUE), "date"),
                SheetColumn(words.header(DONE), "date"),
            ],
            action_items(),
            text_layout,
        )

    total = len(roster) + len(items) + sum(1 for _ in _lines(meeting.minutes))
    return _write(path, meeting.title, words, progress, total, fill)


def export_meetings(
    services: Services,
    path: Path | str,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """All meetings as an overview (newest first, with counts) and all open action items."""
    words = _Words(translate, german)
    query = QUERIES["meeting"](services.store)
    ids = query.ids()
    open_items = services.relations.action_items(open_only=True)
    keys = [c.key for c in query.columns]
    order = [
        keys.index(k)
        for k in (
            "starts_at",
            "title",
            "kind",
            "place",
            "host",
            "status",
            "participants",
            "open_items",
            "tags",
        )
    ]
    kinds, statuses = words.labels(MeetingKind), words.labels(MeetingStatus)

    def overview() -> Iterator[list[Any]]:
        for start in range(0, len(ids), EXPORT_CHUNK):
            chunk = ids[start : start + EXPORT_CHUNK]
            found = query.rows(chunk)
            for ident in chunk:
                row = found.get(ident)
                if row is None:
                    continue  # deleted meanwhile
                starts_at, title, kind, place, host, status, participants, open_count, tags = (
                    row[i] for i in order
                )
                yield [
                    ident,
                    starts_at,
                    title,
                    kinds.get(kind, kind),
                    place,
                    host,
                    statuses.get(status, status),
                    participants,
                    open_count,
                    tags,
                ]

    def items() -> Iterator[list[Any]]:
        for item in open_items:
            yield [item.meeting, item.text, item.owner or None, item.due_on]

    def fill(book: Book) -> None:
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Meetings")),
            words.columns(
                (ID, START, MEETING_TITLE, MEETING_KIND, PLACE, HOST, STATUS, PARTICIPANTS, OPEN_ITEMS, TAGS)
            ),
            overview(),
        )
        book.add_sheet(
            words.text(QT_TRANSLATE_NOOP("Export", "Open action items")),
            [
                SheetColumn(words.header(MEETING), "text"),
                SheetColumn(words.header(ACTION), "wrap", 60),
                SheetColumn(words.header(OWNER), "text"),
                SheetColumn(words.header(DUE), "date"),
            ],
            items(),
        )

    total = len(ids) + len(open_items)
    return _write(path, words.text(QT_TRANSLATE_NOOP("Export", "Meetings")), words, progress, total, fill)


#: The exports by the name the CLI and the dialog use.
EXPORTS: dict[str, Callable[..., ExportResult]] = {
    "members": export_members,
    "contacts": export_contacts,
    "topics": export_topics,
    "meeting": export_meeting,
    "meetings": export_meetings,
}
