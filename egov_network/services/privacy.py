"""The data protection rights: what is held about a person (Art. 15/20), erasing it (Art. 17),
the retention review, and the records of processing (Art. 30).

Everything here is plain data in, plain data out: the report is a list of
sections (title, column headers, rows) that ``exchange/person_report.py``
writes as xlsx or JSON and the window prints as PDF. An erase is one
transaction: the person and everything that names them go (or, where
meetings keep their head count, the participations move to an "anonymised
participant" row with no personal data), the history and the trash lose
every entry about them, and the full-text index is rebuilt so no token of
them survives; the write-ahead log is checkpointed and truncated afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from egov_network.domain.enums import FIELD_ENUMS, ConsentScope
from egov_network.domain.errors import EgovError, NotFoundError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.domain.labels import FIELD_LABELS
from egov_network.store.database import Store
from egov_network.store.fts import FTS_TABLES
from egov_network.store.models import (
    ActionItem,
    Authority,
    Consent,
    Contact,
    ContactList,
    ContactListMember,
    ContactTag,
    Expertise,
    Meeting,
    Participation,
    Position,
    Tag,
    Topic,
    change_log,
    setting,
    trash_item,
)

CONTEXT = "Privacy"

# -- settings stored in the database -------------------------------------------------

RETENTION_KEY = "retention_years"
PROCESSING_KEY = "records_of_processing"
#: Years without activity after which the retention review lists a person.
DEFAULT_RETENTION_YEARS = 3

#: The records of processing until someone writes their own (German and English, no facts about people).
DEFAULT_PROCESSING = (
    "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)\n"
    "Zweck: Koordination des Netzwerks „Modellkommune E-Government“: Kontakt zu den Mitgliedsbehörden "
    "und ihren Ansprechpersonen, Planung und Dokumentation von Treffen, Vermittlung von Fachwissen.\n"
    "Daten: Name, Titel, Behörde, Funktion, dienstliche Kontaktdaten, Fachthemen, Teilnahme an Treffen, "
    "Aufgaben, Listen und Schlagwörter, Einwilligungen und die Änderungshistorie.\n"
    "Rechtsgrundlage: Einwilligung (Art. 6 Abs. 1 lit. a) bzw. Wahrnehmung einer Aufgabe im öffentlichen "
    "Interesse (Art. 6 Abs. 1 lit. e DSGVO).\n"
    "Empfänger: die Koordinierenden des Netzwerks; Listen nur an Mitglieder und das Ministerium.\n"
    "Speicherdauer: solange die Person im Netzwerk mitwirkt; danach Prüfung nach der Aufbewahrungsfrist "
    "und Löschung oder Anonymisierung.\n"
    "Schutz: Datei nur für den eigenen Benutzer lesbar, geprüfte Sicherungen, Löschen ohne Reste.\n"
    "\n"
    "Records of processing activities (GDPR Art. 30)\n"
    "Purpose: coordinating the network: contact with the member authorities and their contact persons, "
    "planning and documenting meetings, connecting people with expertise.\n"
    "Data: name, title, authority, function, official contact details, expert topics, meeting "
    "participation, action items, lists and tags, consent records and the change history.\n"
    "Legal basis: consent (Art. 6(1)(a)) or a task in the public interest (Art. 6(1)(e) GDPR).\n"
    "Recipients: the network's coordinators; lists only to members and the ministry.\n"
    "Retention: while the person takes part in the network; afterwards reviewed after the retention "
    "period and erased or anonymised.\n"
    "Protection: file readable by its owner only, verified backups, erasing without traces."
)


def get_setting(store: Store, key: str) -> str | None:
    """A setting stored in the database; None when it was never set."""
    with store.read() as session:
        return session.scalar(select(setting.c.value).where(setting.c.key == key))


def set_setting(store: Store, key: str, value: str | None) -> None:
    """Store (or with None remove) a setting, as its own transaction or the caller's."""
    with store.write() as session:
        session.execute(delete(setting).where(setting.c.key == key))
        if value is not None:
            session.execute(insert(setting).values(key=key, value=value))


def retention_years(store: Store) -> int:
    """The configured retention period (years without activity)."""
    raw = get_setting(store, RETENTION_KEY)
    try:
        years = int(raw) if raw is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if years > 0 else DEFAULT_RETENTION_YEARS


class RetentionError(EgovError):
    """A retention period that is no whole number of years from 1 to 50."""


def set_retention_years(store: Store, years: int) -> None:
    if not 1 <= years <= 50:
        raise RetentionError(
            QT_TRANSLATE_NOOP("Errors", "The retention period must be from 1 to 50 years, not {years}."),
            years=years,
        )
    set_setting(store, RETENTION_KEY, str(years))


def processing_text(store: Store) -> str:
    """The records of processing (Art. 30): what was stored, or the default text."""
    stored = get_setting(store, PROCESSING_KEY)
    return stored if stored and stored.strip() else DEFAULT_PROCESSING


def set_processing_text(store: Store, value: str) -> None:
    """Keep the edited records of processing; an empty text brings back the default."""
    set_setting(store, PROCESSING_KEY, value.strip() or None)


# -- the access report (Art. 15, Art. 20) ------------------------------------------------

#: The report's own texts (section titles, headers), marked for the translators: the
#: window's translator and the command line's catalogue both read them from the .ts file.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("Privacy", "Data protection report"),
    QT_TRANSLATE_NOOP("Privacy", "Information under Art. 15 GDPR about {name}, as of {date}"),
    QT_TRANSLATE_NOOP("Privacy", "Personal data"),
    QT_TRANSLATE_NOOP("Privacy", "Former positions"),
    QT_TRANSLATE_NOOP("Privacy", "Expertise"),
    QT_TRANSLATE_NOOP("Privacy", "Meeting participations"),
    QT_TRANSLATE_NOOP("Privacy", "Action items"),
    QT_TRANSLATE_NOOP("Privacy", "Lists"),
    QT_TRANSLATE_NOOP("Privacy", "Tags"),
    QT_TRANSLATE_NOOP("Privacy", "Consent"),
    QT_TRANSLATE_NOOP("Privacy", "History"),
    QT_TRANSLATE_NOOP("Privacy", "Records of processing"),
    QT_TRANSLATE_NOOP("Privacy", "Field"),
    QT_TRANSLATE_NOOP("Privacy", "Value"),
    QT_TRANSLATE_NOOP("Privacy", "Authority"),
    QT_TRANSLATE_NOOP("Privacy", "Function"),
    QT_TRANSLATE_NOOP("Privacy", "Until"),
    QT_TRANSLATE_NOOP("Privacy", "Topic"),
    QT_TRANSLATE_NOOP("Privacy", "Level"),
    QT_TRANSLATE_NOOP("Privacy", "Note"),
    QT_TRANSLATE_NOOP("Privacy", "Meeting"),
    QT_TRANSLATE_NOOP("Privacy", "Date"),
    QT_TRANSLATE_NOOP("Privacy", "Status"),
    QT_TRANSLATE_NOOP("Privacy", "Role"),
    QT_TRANSLATE_NOOP("Privacy", "Task"),
    QT_TRANSLATE_NOOP("Privacy", "Due"),
    QT_TRANSLATE_NOOP("Privacy", "Done"),
    QT_TRANSLATE_NOOP("Privacy", "List"),
    QT_TRANSLATE_NOOP("Privacy", "Tag"),
    QT_TRANSLATE_NOOP("Privacy", "Scope"),
    QT_TRANSLATE_NOOP("Privacy", "How"),
    QT_TRANSLATE_NOOP("Privacy", "Recorded by"),
    QT_TRANSLATE_NOOP("Privacy", "When"),
    QT_TRANSLATE_NOOP("Privacy", "Who"),
    QT_TRANSLATE_NOOP("Privacy", "What"),
    QT_TRANSLATE_NOOP("Privacy", "Record"),
    QT_TRANSLATE_NOOP("Privacy", "Kind"),
    QT_TRANSLATE_NOOP("Privacy", "Changes"),
    QT_TRANSLATE_NOOP("Privacy", "Text"),
    QT_TRANSLATE_NOOP("Privacy", "Recorded on"),
    QT_TRANSLATE_NOOP("Privacy", "Last changed on"),
    QT_TRANSLATE_NOOP("Privacy", "yes"),
    QT_TRANSLATE_NOOP("Privacy", "no"),
    QT_TRANSLATE_NOOP("Privacy", "(none)"),
)


@dataclass(frozen=True)
class Section:
    """One part of the report: ``keys`` name the columns for machines (JSON), ``headers`` for people."""

    key: str
    title: str
    keys: list[str]
    headers: list[str]
    rows: list[list[Any]]
    #: The same rows as data: stored codes and ISO dates, for the machine-readable copy (Art. 20).
    data: list[list[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class PersonReport:
    """Everything held about one person, in sections, with the records of processing."""

    contact_id: int
    name: str
    title: str
    subtitle: str
    made_on: date
    german: bool
    sections: list[Section]
    processing_title: str
    processing: str
    #: What an empty section says ("(none)", "(keine)").
    empty: str = "(none)"


@dataclass(frozen=True)
class Wording:
    """The report's language: a translator (the window's or the CLI's catalogue) and the date style."""

    translate: Translator = no_translation
    german: bool = False

    def text(self, template: str, context: str = CONTEXT) -> str:
        return self.translate(context, template)

    def stored(self, entity: str, field_name: str, stored: Any) -> str:
        """A value as the history keeps it (JSON: ISO dates, enum codes) in the reader's words."""
        if stored is None or stored == "":
            return "—"
        if isinstance(stored, str):
            from egov_network.services.history import stored_enum

            enum = stored_enum(entity, field_name, stored)
            if enum is not None:
                return str(self.value(stored, enum))
            try:
                if len(stored) == 10:
                    return str(self.value(date.fromisoformat(stored)))
                if "T" in stored:
                    return str(self.value(datetime.fromisoformat(stored)))
            except ValueError:
                pass  # text that merely looks like a date
        return str(self.value(stored))

    def value(self, value: Any, enum: Any = None) -> Any:
        """A cell as the report shows it: dates in the reader's style, enum labels translated."""
        if value is None:
            return ""
        if enum is not None:
            try:
                return self.text(enum(value).label, "Enum")
            except ValueError:
                return value
        if isinstance(value, datetime):
            return f"{value:%d.%m.%Y %H:%M}" if self.german else f"{value:%Y-%m-%d %H:%M}"
        if isinstance(value, date):
            return f"{value:%d.%m.%Y}" if self.german else value.isoformat()
        if isinstance(value, bool):
            return self.text("yes" if value else "no")
        return value


#: The contact fields the report lists, in the editor's order.
_PERSON_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "authority_id",
    "department",
    "function",
    "email",
    "phone",
    "mobile",
    "consent_on",
    "consent_method",
    "consent_scope",
    "active",
    "notes",
    "tags",
    "created_at",
    "updated_at",
)


#: Report rows whose label is no input field's.
_OWN_LABELS = {
    "tags": QT_TRANSLATE_NOOP("Privacy", "Tags"),
    "created_at": QT_TRANSLATE_NOOP("Privacy", "Recorded on"),
    "updated_at": QT_TRANSLATE_NOOP("Privacy", "Last changed on"),
}


def _contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.anonymised:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id}."), id=contact_id
        )
    return contact


def _history_section(session: Session, contact: Contact, wording: Wording) -> Section:
    """The history entries about the person (theirs, their rows', and others' naming them), oldest first."""
    from egov_network.services.history import action_text, change_parts, entry_of, kind_text

    t = wording.text
    pairs = _related_pairs(session, contact.id)
    statement = (
        select(change_log)
        .where(_history_filter(change_log, pairs, _names_of(contact), ("label", "changes")))
        .order_by(change_log.c.at, change_log.c.id)
    )
    rows, data = [], []
    for row in session.execute(statement):
        entry = entry_of(row)
        local = row.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        rows.append(
            [
                wording.value(local),
                row.actor,
                action_text(row.action, wording.translate),
                kind_text(row.entity, wording.translate),
                row.label or "",
                "; ".join(change_parts(entry, wording.translate, value=partial(wording.stored, row.entity))),
            ]
        )
        stored = {name: list(pair) for name, pair in entry.changes.items()}
        data.append([row.at.isoformat(), row.actor, row.action, row.entity, row.label, stored])
    return Section(
        "history",
        t("History"),
        ["when", "who", "what", "record", "label", "changes"],
        [t("When"), t("Who"), t("What"), t("Kind"), t("Record"), t("Changes")],
        rows,
        data,
    )


def full_name(contact: Contact) -> str:
    return " ".join(p for p in (contact.title, contact.first_name, contact.last_name) if p)


def _related_pairs(session: Session, contact_id: int) -> list[tuple[str, int]]:
    """(entity, id) of the person and every row that belongs to them: their history's keys."""
    pairs: list[tuple[str, int]] = [("contact", contact_id)]
    for model, column, entity in (
        (Expertise, Expertise.contact_id, "expertise"),
        (Position, Position.contact_id, "position"),
        (Participation, Participation.contact_id, "participation"),
        (Consent, Consent.contact_id, "consent"),
        (ContactTag, ContactTag.contact_id, "contact_tag"),
        (ContactListMember, ContactListMember.contact_id, "contact_list_member"),
    ):
        pairs += [(entity, ident) for ident in session.scalars(select(model.id).where(column == contact_id))]
    return pairs


def _names_of(contact: Contact) -> list[str]:
    """The texts that name the person in other records' history: full name both ways round, e-mail."""
    first = " ".join(p for p in (contact.title, contact.first_name) if p)
    names = {
        " ".join(p for p in (contact.first_name, contact.last_name) if p),
        full_name(contact),
        ", ".join(p for p in (contact.last_name, first) if p),
        ", ".join(p for p in (contact.last_name, contact.first_name) if p),
    }
    if contact.email:
        names.add(contact.email)
    # A bare surname names many people: only with a first name (or an address) is it this person.
    return sorted(n for n in names if n and (" " in n or "," in n or "@" in n))


def _history_filter(
    table: Any, pairs: Sequence[tuple[str, int]], names: Sequence[str], columns: Sequence[str]
) -> Any:
    own = [(table.c.entity == entity) & (table.c.record_id == ident) for entity, ident in pairs]
    # SQLite's lower() folds ASCII letters only: compare with a name folded the same way.
    mentions = [
        func.instr(func.lower(table.c[column]), _ascii_lower(name)) > 0
        for name in names
        for column in columns
    ]
    return or_(*own, *mentions)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(value: str) -> str:
    return value.translate(_ASCII_LOWER)


def person_report(store: Store, contact_id: int, wording: Wording = Wording()) -> PersonReport:
    """Everything the program holds about one person (Art. 15), as plain sections."""
    t = wording.text
    with store.read() as session:
        contact = _contact(session, contact_id)
        name = full_name(contact)
        enums = FIELD_ENUMS["contact"]
        person_rows: list[list[Any]] = []
        person_data: list[list[Any]] = []
        for key in _PERSON_FIELDS:
            value = getattr(contact, key)
            if key == "authority_id":
                value = session.scalar(select(Authority.name).where(Authority.id == value)) if value else None
            shown = _OWN_LABELS[key] if key in _OWN_LABELS else wording.translate("Fields", FIELD_LABELS[key])
            person_rows.append(
                [t(shown) if key in _OWN_LABELS else shown, wording.value(value, enums.get(key))]
            )
            person_data.append(["authority" if key == "authority_id" else key, _json_value(value)])
        sections = [
            Section(
                "person",
                t("Personal data"),
                ["field", "value"],
                [t("Field"), t("Value")],
                person_rows,
                person_data,
            )
        ]

        def add(
            key: str,
            title: str,
            keys: list[str],
            headers: list[str],
            statement: Any,
            enums: Sequence[Any] = (),
        ) -> None:
            rows, data = [], []
            for row in session.execute(statement):
                cells = list(row)
                rows.append(
                    [wording.value(c, enums[i] if i < len(enums) else None) for i, c in enumerate(cells)]
                )
                data.append([_json_value(c) for c in cells])
            sections.append(Section(key, t(title), keys, [t(h) for h in headers], rows, data))

        fe = FIELD_ENUMS
        add(
            "positions",
            "Former positions",
            ["authority", "function", "until"],
            ["Authority", "Function", "Until"],
            select(Position.authority_name, Position.function, Position.ended_on)
            .where(Position.contact_id == contact_id)
            .order_by(Position.ended_on),
        )
        add(
            "expertise",
            "Expertise",
            ["topic", "level", "note"],
            ["Topic", "Level", "Note"],
            select(Topic.name, Expertise.level, Expertise.note)
            .join(Topic, Topic.id == Expertise.topic_id)
            .where(Expertise.contact_id == contact_id)
            .order_by(Topic.name_key),
            (None, fe["expertise"]["level"]),
        )
        add(
            "participations",
            "Meeting participations",
            ["meeting", "date", "status", "role"],
            ["Meeting", "Date", "Status", "Role"],
            select(Meeting.title, Meeting.starts_at, Participation.status, Participation.role)
            .join(Meeting, Meeting.id == Participation.meeting_id)
            .where(Participation.contact_id == contact_id)
            .order_by(Meeting.starts_at),
            (None, None, fe["participation"]["status"], fe["participation"]["role"]),
        )
        add(
            "action_items",
            "Action items",
            ["meeting", "task", "due", "done"],
            ["Meeting", "Task", "Due", "Done"],
            select(Meeting.title, ActionItem.text, ActionItem.due_on, ActionItem.done_on)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(ActionItem.owner_contact_id == contact_id)
            .order_by(ActionItem.due_on),
        )
        add(
            "lists",
            "Lists",
            ["list"],
            ["List"],
            select(ContactList.name)
            .join(ContactListMember, ContactListMember.list_id == ContactList.id)
            .where(ContactListMember.contact_id == contact_id)
            .order_by(ContactList.name_key),
        )
        add(
            "tags",
            "Tags",
            ["tag"],
            ["Tag"],
            select(Tag.name)
            .join(ContactTag, ContactTag.tag_id == Tag.id)
            .where(ContactTag.contact_id == contact_id)
            .order_by(Tag.name_key),
        )
        add(
            "consent",
            "Consent",
            ["date", "status", "scope", "method", "recorded_by", "note"],
            ["Date", "Status", "Scope", "How", "Recorded by", "Note"],
            select(
                Consent.on_date,
                Consent.status,
                Consent.scope,
                Consent.method,
                Consent.recorded_by,
                Consent.note,
            )
            .where(Consent.contact_id == contact_id)
            .order_by(Consent.on_date, Consent.id),
            (None, fe["consent"]["status"], fe["consent"]["scope"], fe["consent"]["method"]),
        )
        sections.append(_history_section(session, contact, wording))
    return PersonReport(
        contact_id=contact_id,
        name=name,
        title=t("Data protection report"),
        subtitle=t("Information under Art. 15 GDPR about {name}, as of {date}").format(
            name=name, date=wording.value(date.today())
        ),
        made_on=date.today(),
        german=wording.german,
        sections=sections,
        processing_title=t("Records of processing"),
        empty=t("(none)"),
        processing=processing_text(store),
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# -- erasing (Art. 17) ------------------------------------------------------------------

#: What an erase takes, in the order the confirmation lists it: key -> translatable label.
ERASE_PARTS = {
    "positions": QT_TRANSLATE_NOOP("Privacy", "former positions"),
    "expertise": QT_TRANSLATE_NOOP("Privacy", "expert topics"),
    "participations": QT_TRANSLATE_NOOP("Privacy", "meeting participations"),
    "action_items": QT_TRANSLATE_NOOP("Privacy", "action items as owner (the items stay with their meeting)"),
    "lists": QT_TRANSLATE_NOOP("Privacy", "list memberships"),
    "tags": QT_TRANSLATE_NOOP("Privacy", "tags"),
    "consent": QT_TRANSLATE_NOOP("Privacy", "consent records"),
    "history": QT_TRANSLATE_NOOP("Privacy", "history entries"),
    "trash": QT_TRANSLATE_NOOP("Privacy", "items in the trash"),
}

#: The name an anonymised participant row carries, unless the caller passes a translated one.
ANONYMOUS = QT_TRANSLATE_NOOP("Privacy", "Anonymised participant")


@dataclass(frozen=True)
class ErasePlan:
    """Before asking: who is erased and how many rows of each kind go (summed over the people)."""

    names: list[str]
    counts: dict[str, int]


@dataclass
class EraseResult:
    """What an erase did: people erased, anonymised rows made, and how long the index rebuild took."""

    erased: int = 0
    anonymised: list[int] = field(default_factory=list)
    index_seconds: float = 0.0


def _trashed(session: Session, contact_id: int) -> tuple[Contact, list[tuple[str, int]]] | None:
    """A person deleted earlier, still in the trash: their row (not in the session) and their rows' keys.

    An erase must reach them too: the trash keeps everything until it is emptied.
    """
    from egov_network.store.history import decode

    payloads = session.scalars(
        select(trash_item.c.payload).where(
            trash_item.c.entity == "contact", trash_item.c.record_id == contact_id
        )
    ).all()
    found: Contact | None = None
    pairs: list[tuple[str, int]] = [("contact", contact_id)]
    for payload in payloads:
        rows = decode(payload)
        for table, table_rows in rows.items():
            pairs += [(table, int(row["id"])) for row in table_rows if "id" in row]
        for row in rows.get("contact", []):
            if row.get("id") == contact_id:
                found = Contact(**{k: v for k, v in row.items() if k in Contact.__table__.c})
    return (found, pairs) if found is not None else None


def _person_in(session: Session, contact_id: int) -> tuple[Contact, list[tuple[str, int]], bool]:
    """The person to erase (a row, or one only in the trash), the keys of their history, whether trashed."""
    contact = session.get(Contact, contact_id)
    if contact is not None and not contact.anonymised:
        return contact, _related_pairs(session, contact_id), False
    trashed = _trashed(session, contact_id) if contact is None else None
    if trashed is None:
        _contact(session, contact_id)  # raises: no such person
        raise AssertionError  # pragma: no cover - _contact raised
    return trashed[0], trashed[1], True


def _counts(session: Session, contact: Contact, pairs: Sequence[tuple[str, int]]) -> dict[str, int]:
    ident = contact.id

    def number(statement: Any) -> int:
        return int(session.scalar(statement) or 0)

    names = _names_of(contact)
    return {
        "positions": number(select(func.count()).where(Position.contact_id == ident)),
        "expertise": number(select(func.count()).where(Expertise.contact_id == ident)),
        "participations": number(select(func.count()).where(Participation.contact_id == ident)),
        "action_items": number(select(func.count()).where(ActionItem.owner_contact_id == ident)),
        "lists": number(select(func.count()).where(ContactListMember.contact_id == ident)),
        "tags": number(select(func.count()).where(ContactTag.contact_id == ident)),
        "consent": number(select(func.count()).where(Consent.contact_id == ident)),
        "history": number(
            select(func.count())
            .select_from(change_log)
            .where(_history_filter(change_log, pairs, names, ("label", "changes")))
        ),
        "trash": number(
            select(func.count())
            .select_from(trash_item)
            .where(_history_filter(trash_item, pairs, names, ("label", "payload")))
        ),
    }


def erase_plan(store: Store, contact_ids: Sequence[int]) -> ErasePlan:
    """What erasing ``contact_ids`` would take, for the confirmation."""
    totals = dict.fromkeys(ERASE_PARTS, 0)
    names: list[str] = []
    with store.read() as session:
        for ident in contact_ids:
            contact, pairs, _in_trash = _person_in(session, ident)
            names.append(full_name(contact))
            for key, value in _counts(session, contact, pairs).items():
                totals[key] += value
    return ErasePlan(names, totals)


def erase(
    store: Store,
    contact_ids: Sequence[int],
    *,
    anonymise: bool = False,
    anonymous_name: str = ANONYMOUS,
    progress: Callable[[int, int], None] | None = None,
) -> EraseResult:
    """Erase people for good (Art. 17), all in one transaction; not undoable.

    ``anonymise``: a person's participations (and action items) stay, moved to
    a new "anonymised participant" row with every personal field empty, so
    meetings keep their head count; otherwise the participations go and the
    action items stay with their meeting without an owner. Afterwards no row,
    history entry, trash item or index token names them, and the write-ahead
    log is truncated (``PRAGMA secure_delete`` overwrote the freed pages).
    """
    import time

    result = EraseResult()
    with store.write() as session:
        for number, ident in enumerate(contact_ids):
            contact, pairs, in_trash = _person_in(session, ident)
            names = _names_of(contact)
            if not in_trash:  # one in the trash has no rows left, only history and the trash item
                _erase_one(session, contact, anonymise, anonymous_name, result)
            _purge_history(session, pairs, names)
            result.erased += 1
            if progress is not None:
                progress(number + 1, len(contact_ids))
        started = time.perf_counter()
        purge_index(session)
        result.index_seconds = time.perf_counter() - started
    checkpoint(store)
    return result


def _erase_one(
    session: Session, contact: Contact, anonymise: bool, anonymous_name: str, result: EraseResult
) -> None:
    ident = contact.id
    keeps = session.scalar(select(func.count()).where(Participation.contact_id == ident)) or session.scalar(
        select(func.count()).where(ActionItem.owner_contact_id == ident)
    )
    replacement: int | None = None
    if anonymise and keeps:
        # One row per erased person: a meeting may have had two of them (one row per meeting and person).
        anonymous = Contact(salutation="", last_name=anonymous_name, active=False, anonymised=True)
        session.add(anonymous)
        session.flush()
        replacement = anonymous.id
        result.anonymised.append(replacement)
        Store.record("created", "contact", replacement)
    if replacement is not None:
        session.execute(
            update(Participation).where(Participation.contact_id == ident).values(contact_id=replacement)
        )
    else:
        for row in session.execute(select(Participation.id).where(Participation.contact_id == ident)):
            Store.record("deleted", "participation", row[0])
        session.execute(delete(Participation).where(Participation.contact_id == ident))
    owned_items = list(session.scalars(select(ActionItem.id).where(ActionItem.owner_contact_id == ident)))
    session.execute(
        update(ActionItem).where(ActionItem.owner_contact_id == ident).values(owner_contact_id=replacement)
    )
    for item in owned_items:
        Store.record("updated", "action_item", item, fields=["owner_contact_id"])
    # Expertise, positions, tags, list memberships and consent cascade with the person.
    session.expunge(contact)
    session.execute(delete(Contact).where(Contact.id == ident))
    Store.record("deleted", "contact", ident)


def _purge_history(session: Session, pairs: Sequence[tuple[str, int]], names: Sequence[str]) -> None:
    """Remove the person's history and trash entries, and every other entry that names them."""
    from egov_network.services import history, trash
    from egov_network.store.history import flush_entries

    flush_entries(session)  # what this very transaction queued is purged as well
    history.purge_records(session, pairs)
    trash.purge_records(session, pairs)
    for name in names:
        history.remove_entries(session, history.entries_mentioning(session, name))
        trash.remove_items(session, trash.items_mentioning(session, name))


def purge_index(session: Session) -> None:
    """Rebuild the full-text indexes from their tables: a deleted row's tokens stay in FTS5 otherwise.

    SQLite 3.40 has no FTS5 ``secure-delete`` option; 'rebuild' drops the
    index's segments and writes them anew from the content table, and with
    ``secure_delete`` on the freed pages are overwritten.
    """
    for table in FTS_TABLES:
        if table in ("contact",):
            session.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))


def checkpoint(store: Store) -> None:
    """Move the write-ahead log into the file and truncate it to 0 bytes."""
    if store.path is None:
        return
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def older_backups(database: Path) -> list[Path]:
    """The backups of ``database`` that may still hold data from before an erase, newest first.

    The backup set, and the copies earlier versions made beside the file before an
    upgrade (``NAME.before-0005.sqlite``).
    """
    from egov_network.store.backup_set import list_backups

    database = Path(database)
    found = [info.path for info in list_backups(database)]
    suffix = database.suffix or ".sqlite"
    found += sorted(database.parent.glob(f"{glob_escape(database.stem)}.before-*{suffix}"), reverse=True)
    return found


def purge_backups(database: Path) -> int:
    """Delete the backups of ``database`` with their descriptions (after an erase, when asked); how many."""
    removed = 0
    for path in older_backups(database):
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".json").unlink(missing_ok=True)
        removed += 1
    return removed


# -- the retention review -----------------------------------------------------------------

NO_ACTIVITY = QT_TRANSLATE_NOOP("Privacy", "no activity for {years} years (last: {date})")
NO_CONSENT = QT_TRANSLATE_NOOP("Privacy", "no consent recorded")
WITHDRAWN = QT_TRANSLATE_NOOP("Privacy", "consent withdrawn")


@dataclass(frozen=True)
class Candidate:
    """A person the retention review lists: who, the last activity, and why (a translatable template)."""

    contact_id: int
    name: str
    authority: str | None
    last_activity: date
    reason: str
    params: dict[str, Any]


def retention_candidates(
    store: Store, years: int | None = None, today: date | None = None
) -> list[Candidate]:
    """People without activity for ``years`` (participation, change, creation) or without consent."""
    years = years or retention_years(store)
    today = today or date.today()
    limit = today - timedelta(days=round(365.25 * years))
    # One grouped pass over the participations (not a look-up per person: 11 s at 100,000 contacts).
    last_meeting = (
        select(Participation.contact_id.label("contact_id"), func.max(Meeting.starts_at).label("last"))
        .join(Meeting, Meeting.id == Participation.meeting_id)
        .group_by(Participation.contact_id)
        .subquery("last_meeting")
    )
    statement = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Authority.name,
            Contact.updated_at,
            Contact.created_at,
            last_meeting.c.last,
            Contact.consent_on,
            Contact.consent_withdrawn,
        )
        .outerjoin(Authority, Authority.id == Contact.authority_id)
        .outerjoin(last_meeting, last_meeting.c.contact_id == Contact.id)
        .where(Contact.anonymised.is_(False))
        .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
    )
    found: list[Candidate] = []
    with store.read() as session:
        for ident, first, last, authority, updated, created, meeting, consent, withdrawn in session.execute(
            statement
        ):
            dates = [d for d in (updated, created, meeting) if d is not None]
            last_active = max(d.date() if isinstance(d, datetime) else d for d in dates) if dates else today
            name = ", ".join(p for p in (last, first) if p)
            if last_active < limit:
                reason, params = NO_ACTIVITY, {"years": years, "date": last_active.isoformat()}
            elif withdrawn and ConsentScope.CONTACT.value in withdrawn.split(", "):
                reason, params = WITHDRAWN, {}
            elif consent is None:
                reason, params = NO_CONSENT, {}
            else:
                continue
            found.append(Candidate(ident, name, authority, last_active, reason, params))
    return found
