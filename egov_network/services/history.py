"""Reading the change history: one record's entries, and the recent changes of the network.

Entries are written by ``store.history`` in the transaction of each change;
this module only reads them, pages through them newest first (by id, so a
page of 100,000 entries costs one index step, not a count), and offers the
purge functions the GDPR erase uses inside its own transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, tuple_
from sqlalchemy.orm import Session

from egov_network.domain.enums import FIELD_ENUMS
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.domain.labels import FIELD_LABELS
from egov_network.store import history as h
from egov_network.store.database import Store
from egov_network.store.models import change_log

#: What happened, as a history line says it (context "History").
ACTION_LABELS: dict[str, str] = {
    h.CREATED: QT_TRANSLATE_NOOP("History", "created"),
    h.CHANGED: QT_TRANSLATE_NOOP("History", "changed"),
    h.DELETED: QT_TRANSLATE_NOOP("History", "deleted"),
    h.RESTORED: QT_TRANSLATE_NOOP("History", "restored"),
    h.LINKED: QT_TRANSLATE_NOOP("History", "linked"),
    h.UNLINKED: QT_TRANSLATE_NOOP("History", "unlinked"),
    h.LINK_CHANGED: QT_TRANSLATE_NOOP("History", "link changed"),
    h.IMPORTED: QT_TRANSLATE_NOOP("History", "imported"),
    h.MERGED: QT_TRANSLATE_NOOP("History", "merged"),
}

#: The kinds of record the history names (context "History"), in the order a filter offers them.
KIND_LABELS: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("History", "contact"),
    "authority": QT_TRANSLATE_NOOP("History", "authority"),
    "topic": QT_TRANSLATE_NOOP("History", "topic"),
    "meeting": QT_TRANSLATE_NOOP("History", "meeting"),
    "action_item": QT_TRANSLATE_NOOP("History", "action item"),
    "contact_list": QT_TRANSLATE_NOOP("History", "list"),
    "tag": QT_TRANSLATE_NOOP("History", "tag"),
    "expertise": QT_TRANSLATE_NOOP("History", "expert topic"),
    "participation": QT_TRANSLATE_NOOP("History", "participation"),
    "authority_topic": QT_TRANSLATE_NOOP("History", "authority topic"),
    "consent": QT_TRANSLATE_NOOP("History", "consent"),
}

#: Labels of the link "fields" a linked/unlinked entry names: the other side's table (context "Fields").
LINK_LABELS: dict[str, str] = {
    "tag": QT_TRANSLATE_NOOP("Fields", "Tag"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "meeting": QT_TRANSLATE_NOOP("Fields", "Meeting"),
    "contact_list": QT_TRANSLATE_NOOP("Fields", "List"),
    # A consent record's own fields (no editor form names them).
    "on_date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "method": QT_TRANSLATE_NOOP("Fields", "How"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "recorded_by": QT_TRANSLATE_NOOP("Fields", "Recorded by"),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the history as read back; ``at`` is UTC (naive)."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    record_id: int
    label: str | None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    batch: str | None = None


def entry_of(row: Any) -> HistoryEntry:
    """A ``change_log`` row as an entry, its JSON changes read."""
    changes = json.loads(row.changes) if row.changes else {}
    return HistoryEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        record_id=row.record_id,
        label=row.label,
        changes={k: (v[0], v[1]) for k, v in changes.items()},
        batch=row.batch,
    )


class History:
    """Read-only access to ``change_log``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def of_record(
        self, entity: str, record_id: int, *, before_id: int | None = None, limit: int = 1000
    ) -> list[HistoryEntry]:
        """The entries of one record, newest first; the next page starts ``before_id`` its last id."""
        query = (
            select(change_log)
            .where(change_log.c.entity == entity, change_log.c.record_id == record_id)
            .order_by(change_log.c.id.desc())
            .limit(limit)
        )
        if before_id is not None:
            query = query.where(change_log.c.id < before_id)
        with self.store.read() as session:
            return [entry_of(r) for r in session.execute(query)]

    def recent(
        self,
        *,
        entities: Collection[str] | None = None,
        before_id: int | None = None,
        limit: int = 200,
    ) -> list[HistoryEntry]:
        """A page of the network's entries, newest first; the next page starts ``before_id`` its last id.

        ``entities`` keeps only those kinds of record (None: all).
        """
        query = select(change_log).order_by(change_log.c.id.desc()).limit(limit)
        if entities is not None:
            query = query.where(change_log.c.entity.in_(list(entities)))
        if before_id is not None:
            query = query.where(change_log.c.id < before_id)
        with self.store.read() as session:
            return [entry_of(r) for r in session.execute(query)]

    def count(self) -> int:
        with self.store.read() as session:
            return session.scalar(select(func.count()).select_from(change_log)) or 0


# -- purging, for the GDPR erase (inside the caller's transaction) ----------------


def purge_records(session: Session, records: Iterable[tuple[str, int]]) -> int:
    """Remove every history entry of the given (entity, record_id) pairs; returns how many went.

    Runs in the caller's session (``with store.write() as session``), so the
    erase and the purge commit together.
    """
    pairs = list(dict.fromkeys(records))
    removed = 0
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        result = session.execute(
            delete(change_log).where(tuple_(change_log.c.entity, change_log.c.record_id).in_(chunk))
        )
        removed += result.rowcount or 0  # type: ignore[attr-defined]
    return removed


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def entries_mentioning(session: Session, text: str) -> list[int]:
    """Ids of entries whose label or changes contain ``text`` (a person's name, an email).

    The erase uses it to find entries of other records that name the person
    (a meeting's "linked participant Meier, Anna"). Case-insensitive for
    ASCII letters, as SQLite's LIKE is; an empty text finds nothing.
    """
    if not text.strip():
        return []
    pattern = _like(text)
    query = select(change_log.c.id).where(
        or_(
            change_log.c.label.like(pattern, escape="\\"),
            change_log.c.changes.like(pattern, escape="\\"),
        )
    )
    return list(session.scalars(query))


def remove_entries(session: Session, ids: Iterable[int]) -> int:
    """Remove history entries by id (those ``entries_mentioning`` found); returns how many went."""
    wanted = list(dict.fromkeys(ids))
    removed = 0
    for start in range(0, len(wanted), 500):
        result = session.execute(delete(change_log).where(change_log.c.id.in_(wanted[start : start + 500])))
        removed += result.rowcount or 0  # type: ignore[attr-defined]
    return removed


# -- wording, shared by the History tab, the Recent changes window and the CLI ----


def field_text(name: str, translate: Translator = no_translation) -> str:
    """A field's user label ("Function"), translated under context "Fields"."""
    label = FIELD_LABELS.get(name) or LINK_LABELS.get(name)
    return translate("Fields", label) if label else name


def action_text(action: str, translate: Translator = no_translation) -> str:
    label = ACTION_LABELS.get(action)
    return translate("History", label) if label else action


def kind_text(entity: str, translate: Translator = no_translation) -> str:
    label = KIND_LABELS.get(entity)
    return translate("History", label) if label else entity.replace("_", " ")


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "✓"
    if value is False:
        return "✗"
    return str(value)


def stored_enum(entity: str, field_name: str, stored: str) -> Any:
    """The enum a history value belongs to: the entity's own, else (a link's field, such as an
    expertise's level in the contact's history) any entity's field of that name holding it."""
    own = FIELD_ENUMS.get(entity, {}).get(field_name)
    if own is not None and stored in {member.value for member in own}:
        return own
    for fields in FIELD_ENUMS.values():
        enum = fields.get(field_name)
        if enum is not None and stored in {member.value for member in enum}:
            return enum
    return None


def stored_text(
    entity: str, field_name: str, stored: Any, translate: Translator = no_translation, german: bool = False
) -> str:
    """A value as the history keeps it (JSON: enum codes, ISO dates) in words: what the CLI prints."""
    if isinstance(stored, str):
        enum = stored_enum(entity, field_name, stored)
        if enum is not None:
            return translate("Enum", enum(stored).label)
        if german and len(stored) == 10 and stored[4:5] == "-":
            try:
                return f"{date.fromisoformat(stored):%d.%m.%Y}"
            except ValueError:
                pass  # text that merely looks like a date
        if german and "T" in stored[10:11]:
            try:
                return f"{datetime.fromisoformat(stored):%d.%m.%Y %H:%M}"
            except ValueError:
                pass
    return _value(stored)


def change_parts(
    entry: HistoryEntry,
    translate: Translator = no_translation,
    *,
    label: Callable[[str], str] | None = None,
    value: Callable[[str, Any], str] | None = None,
) -> list[str]:
    """ "Function: Referent → Referatsleiter" per field; a created field shows only its value.

    ``label`` turns a field name into what is shown (default: the translated
    user label); ``value`` a field's stored value (default: as stored, "—"
    for empty). The History tab, the report and the CLI differ only in these.
    """
    name_of = label or (lambda field_name: field_text(field_name, translate))
    show = value or (lambda _field, stored: _value(stored))
    parts = []
    for field_name, (before, after) in entry.changes.items():
        if before is None or before == after:
            parts.append(f"{name_of(field_name)}: {show(field_name, after)}")
        else:
            parts.append(f"{name_of(field_name)}: {show(field_name, before)} → {show(field_name, after)}")
    return parts


def entry_line(entry: HistoryEntry, *, german: bool = False, translate: Translator = no_translation) -> str:
    """One line of ``egov-network-cli history``, local time.

    "2026-12-02 10:15  alice  changed contact 12 “Meier, Anna”: function: Referent → Referatsleiter";
    with ``german`` the date is 02.12.2026, verbs, kinds and field labels German.
    """
    local = entry.at.replace(tzinfo=UTC).astimezone()
    when = local.strftime("%d.%m.%Y %H:%M" if german else "%Y-%m-%d %H:%M")
    label = None if german else (lambda field_name: field_name)
    text = (
        f"{when}  {entry.actor}  {action_text(entry.action, translate)} {kind_text(entry.entity, translate)}"
    )
    text += f" {entry.record_id}"
    if entry.label:
        text += f" “{entry.label}”"
    parts = change_parts(
        entry,
        translate,
        label=label,
        value=lambda name, stored: stored_text(entry.entity, name, stored, translate, german),
    )
    return text + (": " + "; ".join(parts) if parts else "")
