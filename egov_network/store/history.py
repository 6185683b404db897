"""Writing the change history and the trash, inside the transaction of the change.

Every writer (the entity services, link services, tags, lists, the import,
merges) describes what it did as ``Entry`` objects and hands them to
``write_entries`` with the session of its ``store.write()``: the history
commits or rolls back together with the change. One action writes its
entries with one ``executemany`` insert, so an import of 10,000 rows stays
one insert statement, not 10,000.

Who: ``Store.actor`` (the OS user name unless a team login sets another),
copied onto the session by ``Store.write``. When: UTC. ``batch`` groups the
entries of one transaction, so "what did this import do" is one query.

Values in ``changes`` are made JSON-safe for reading (dates as ISO text);
trash payloads use ``encode``/``decode``, which bring dates and datetimes
back exactly as they were.
"""

from __future__ import annotations

import functools
import getpass
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from egov_network.store.models import change_log, trash_item

#: The verbs of ``change_log.action``.
CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"
LINKED, UNLINKED, LINK_CHANGED = "linked", "unlinked", "link changed"
IMPORTED, MERGED = "imported", "merged"
ACTIONS = (CREATED, CHANGED, DELETED, RESTORED, LINKED, UNLINKED, LINK_CHANGED, IMPORTED, MERGED)


def default_actor() -> str:
    """The OS user name; "unknown" where the system cannot tell (no login name in a container)."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


@dataclass(frozen=True)
class Entry:
    """One history line: ``action`` on (``entity``, ``record_id``) named ``label``.

    ``changes`` maps a field to ``(before, after)``; None stands for empty
    (a created record's fields have before None).
    """

    action: str
    entity: str
    record_id: int
    label: str | None
    changes: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)


def plain(value: Any) -> Any:
    """A value as it is shown in the history: JSON-safe, dates as ISO text."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


_PLAIN = frozenset({str, int, float, bool})


def actor_of(session: Session) -> str:
    """Who writes in this session (set by ``Store.write``)."""
    return str(session.info.get("actor") or default_actor())


def batch_of(session: Session) -> str:
    """The id grouping every entry of this transaction; made on first use."""
    batch = session.info.get("history_batch")
    if batch is None:
        batch = session.info["history_batch"] = uuid.uuid4().hex
    return str(batch)


def write_entries(session: Session, entries: Sequence[Entry]) -> None:
    """Add ``entries`` to the caller's transaction.

    They are queued and inserted by ``flush_entries``, which ``Store.write``
    calls just before the commit: the entries of one action, however many
    services wrote them (an import calls ``update`` per row), become one
    ``executemany`` insert. A rolled-back action never reaches it.
    """
    if entries:
        session.info.setdefault("history_pending", []).extend(entries)


def flush_entries(session: Session) -> None:
    """Insert the queued entries of this transaction in one statement (see ``write_entries``)."""
    entries: list[Entry] = session.info.pop("history_pending", [])
    if not entries:
        return
    at, actor, batch = datetime.now(UTC).replace(tzinfo=None), actor_of(session), batch_of(session)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        keys = ("at", "actor", "action", "entity", "record_id", "label", "changes", "batch")
        values = [(at, actor, e.action, e.entity, e.record_id, e.label, _changes(e), batch) for e in entries]
        session.execute(insert(change_log), [dict(zip(keys, v, strict=True)) for v in values])
        return
    # The time as the column stores it, converted once: the driver's executemany
    # then takes plain tuples (SQLAlchemy's per-row processing was most of the
    # 0.7 s an import of 10,000 contacts spent here).
    process = change_log.c.at.type.bind_processor(connection.dialect)
    stored_at = process(at) if process else at
    rows = [
        (
            stored_at,
            actor,
            e.action,
            e.entity,
            e.record_id,
            e.label,
            _changes(e),
            batch,
        )
        for e in entries
    ]
    connection.exec_driver_sql(_INSERT, rows)  # type: ignore[arg-type]


_INSERT = (
    "INSERT INTO change_log (at, actor, action, entity, record_id, label, changes, batch) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _changes(entry: Entry) -> str | None:
    if not entry.changes:
        return None
    return json.dumps({k: [plain(b), plain(a)] for k, (b, a) in entry.changes.items()}, ensure_ascii=False)


# -- names of rows -------------------------------------------------------------


def name_of_row(table: str, row: Mapping[str, Any]) -> str:
    """How a record is named in the history, from its columns: "Meier, Anna", a title, a name."""
    if table == "contact":
        first = " ".join(p for p in (row.get("title"), row.get("first_name")) if p)
        return ", ".join(p for p in (row.get("last_name"), first) if p) or f"#{row.get('id')}"
    if table == "action_item":
        text = str(row.get("text") or "").strip().splitlines()
        return (text[0][:60] if text else "") or f"#{row.get('id')}"
    return str(row.get("name") or row.get("title") or f"#{row.get('id')}")


def label_of(
    session: Session, table: str, ident: int | None, cache: dict[tuple[str, int], str] | None = None
) -> str | None:
    """The name of the record ``ident`` of ``table`` as it is now; None when there is none.

    ``cache`` lets a bulk writer (the import) look each authority up once.
    """
    if ident is None:
        return None
    if cache is not None and (table, ident) in cache:
        return cache[(table, ident)]
    model = change_log.metadata.tables.get(table)
    if model is None:
        return f"#{ident}"
    # Flushed first so a record made earlier in this transaction is found.
    session.flush()
    found = session.execute(select(model).where(model.c.id == ident)).mappings().first()
    name = name_of_row(table, dict(found)) if found is not None else f"#{ident}"
    if cache is not None:
        cache[(table, ident)] = name
    return name


def readable(
    session: Session,
    table: str,
    values: Mapping[str, tuple[Any, Any]],
    cache: dict[tuple[str, int], str] | None = None,
) -> dict[str, tuple[Any, Any]]:
    """``values`` with references (``authority_id``) replaced by the names they point to."""
    out: dict[str, tuple[Any, Any]] = {}
    for key, (before, after) in values.items():
        target = reference_table(table, key)
        if target is not None:
            before, after = label_of(session, target, before, cache), label_of(session, target, after, cache)
        out[key] = (before, after)
    return out


@functools.cache
def reference_table(table: str, column: str) -> str | None:
    """The table a foreign key column points to (``authority_id`` of contact -> authority)."""
    model = change_log.metadata.tables.get(table)
    if model is None or column not in model.c:
        return None
    for key in model.c[column].foreign_keys:
        return str(key.column.table.name)
    return None


# -- trash payloads --------------------------------------------------------------


def _tag(value: Any) -> Any:
    # Tagged so that decode gives back the very type: a date stays a date.
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((key, text),) = value.items()
        if key == "$datetime":
            return datetime.fromisoformat(text)
        if key == "$date":
            return date.fromisoformat(text)
        if key == "$decimal":
            return Decimal(text)
    return value


def encode(rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> str:
    """A snapshot's rows (table -> column dicts) as JSON that ``decode`` reads back exactly."""
    return json.dumps(
        {table: [{k: _tag(v) for k, v in row.items()} for row in found] for table, found in rows.items()},
        ensure_ascii=False,
    )


def decode(payload: str) -> dict[str, list[dict[str, Any]]]:
    """The rows ``encode`` wrote, with their dates and datetimes as they were."""
    data = json.loads(payload)
    return {table: [{k: _untag(v) for k, v in row.items()} for row in found] for table, found in data.items()}


def put_in_trash(
    session: Session, entity: str, record_id: int, label: str | None, rows: Mapping[str, Any]
) -> None:
    """Keep a deleted record and the rows it owned, in the delete's transaction."""
    session.execute(
        insert(trash_item).values(
            deleted_at=datetime.now(UTC).replace(tzinfo=None),
            actor=actor_of(session),
            entity=entity,
            record_id=record_id,
            label=label,
            payload=encode(rows),
        )
    )


def take_from_trash(session: Session, entity: str, record_id: int) -> None:
    """Remove the newest trash item of a record (it was brought back by undo or restore)."""
    newest = session.scalar(
        select(trash_item.c.id)
        .where(trash_item.c.entity == entity, trash_item.c.record_id == record_id)
        .order_by(trash_item.c.id.desc())
        .limit(1)
    )
    if newest is not None:
        session.execute(trash_item.delete().where(trash_item.c.id == newest))


# -- links written in bulk (tags, list members, meeting topics) ------------------


def labels_of(session: Session, table: str, ids: Iterable[int]) -> dict[int, str]:
    """The names of many records of ``table`` with one query per chunk of ids."""
    model = change_log.metadata.tables[table]
    wanted = list(dict.fromkeys(ids))
    found: dict[int, str] = {}
    session.flush()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.execute(select(model).where(model.c.id.in_(chunk))).mappings():
            found[row["id"]] = name_of_row(table, dict(row))
    return found


def log_links(session: Session, verb: str, links: Iterable[tuple[str, int, str, int]]) -> None:
    """History entries for links written in bulk: (owner table, owner id, other table, other id).

    Each link becomes an entry in the owner's history naming the other side
    ("linked", tag: — → Pilot), with every name looked up in one query per
    table, so tagging 10,000 contacts costs a few queries and one insert.
    """
    links = list(links)
    if not links:
        return
    ids: dict[str, set[int]] = {}
    for owner, owner_id, other, other_id in links:
        ids.setdefault(owner, set()).add(owner_id)
        ids.setdefault(other, set()).add(other_id)
    names = {table: labels_of(session, table, found) for table, found in ids.items()}
    entries = []
    for owner, owner_id, other, other_id in links:
        name = names[other].get(other_id, f"#{other_id}")
        change = (None, name) if verb == LINKED else (name, None)
        entries.append(Entry(verb, owner, owner_id, names[owner].get(owner_id), {other: change}))
    write_entries(session, entries)


def next_free_id(session: Session, table: str, entity: str) -> int:
    """The id a new record of ``table`` gets: above every id the table, its history and the trash used.

    SQLite hands out the highest id plus one, so deleting the newest record
    and creating another would reuse its id: the new record would inherit
    the deleted one's history, and the deleted one could no longer be
    restored. Each maximum is one index step.
    """
    model = change_log.metadata.tables[table]
    pending = [e.record_id for e in session.info.get("history_pending", []) if e.entity == entity]
    highest = max(
        session.scalar(select(func.max(model.c.id))) or 0,
        session.scalar(select(func.max(change_log.c.record_id)).where(change_log.c.entity == entity)) or 0,
        session.scalar(select(func.max(trash_item.c.record_id)).where(trash_item.c.entity == entity)) or 0,
        max(pending, default=0),
    )
    return int(highest) + 1
