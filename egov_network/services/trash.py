"""The trash: deleted records kept with the rows they owned, restorable after a restart.

``EntityService.delete`` puts a record's snapshot here in its own
transaction (``store.history.put_in_trash``); undo of that delete and a
restore from here take it out again (``EntityService.restore``). Records in
the trash are gone from their tables, so no list, search or export sees them.
Also the purge functions the GDPR erase uses inside its own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, tuple_
from sqlalchemy.orm import Session

from egov_network.domain.errors import NotFoundError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.services.base import EntityService, Snapshot
from egov_network.store.database import Store
from egov_network.store.history import decode, reference_table
from egov_network.store.models import trash_item

_GONE = QT_TRANSLATE_NOOP("Errors", "This record is no longer in the trash.")


@dataclass(frozen=True)
class TrashEntry:
    """One deleted record as the trash lists it; ``deleted_at`` is UTC (naive)."""

    id: int
    deleted_at: datetime
    actor: str
    entity: str
    record_id: int
    label: str | None


class Trash:
    """Lists, restores and purges trash items; ``services`` maps an entity name to its service."""

    def __init__(self, store: Store, services: Mapping[str, EntityService[Any, Any]]) -> None:
        self.store = store
        self.services = dict(services)

    def items(self) -> list[TrashEntry]:
        """Everything in the trash, most recently deleted first."""
        query = select(
            trash_item.c.id,
            trash_item.c.deleted_at,
            trash_item.c.actor,
            trash_item.c.entity,
            trash_item.c.record_id,
            trash_item.c.label,
        ).order_by(trash_item.c.id.desc())
        with self.store.read() as session:
            return [TrashEntry(*row) for row in session.execute(query)]

    def count(self) -> int:
        with self.store.read() as session:
            return session.scalar(select(func.count()).select_from(trash_item)) or 0

    def snapshot(self, session: Session, item_id: int) -> Snapshot:
        row = session.execute(select(trash_item).where(trash_item.c.id == item_id)).first()
        if row is None:
            raise NotFoundError(_GONE, id=item_id)
        return Snapshot(row.entity, row.record_id, decode(row.payload))

    def restore(self, item_id: int) -> tuple[str, int]:
        """Bring a record back with its original id; returns (entity, id).

        ``ConflictError`` (nothing written) when what it pointed to is gone.
        """
        with self.store.write() as session:
            snapshot = self.snapshot(session, item_id)
            self.services[snapshot.entity].restore(snapshot)
            return snapshot.entity, snapshot.ident

    def restore_record(self, entity: str, record_id: int) -> None:
        """Restore the newest trash item of a record (a redo of a restore finds it this way)."""
        with self.store.write() as session:
            item = session.scalar(
                select(trash_item.c.id)
                .where(trash_item.c.entity == entity, trash_item.c.record_id == record_id)
                .order_by(trash_item.c.id.desc())
                .limit(1)
            )
            if item is None:
                raise NotFoundError(_GONE, id=record_id)
            self.restore(item)

    def delete_for_good(self, item_ids: Iterable[int]) -> int:
        """Remove trash items for good (no undo); returns how many went."""
        with self.store.write() as session:
            return remove_items(session, item_ids)

    def empty(self) -> int:
        """Remove everything in the trash; returns how many items went."""
        with self.store.write() as session:
            ids = list(session.scalars(select(trash_item.c.id)))
            return remove_items(session, ids)

    def purge_older_than(self, days: int, *, now: datetime | None = None) -> int:
        """Remove items deleted more than ``days`` days ago (the automatic purge)."""
        limit = (now or datetime.now(UTC).replace(tzinfo=None)) - timedelta(days=days)
        with self.store.write() as session:
            ids = list(session.scalars(select(trash_item.c.id).where(trash_item.c.deleted_at < limit)))
            return remove_items(session, ids)


# -- purging, for the GDPR erase (inside the caller's transaction) ----------------


def remove_items(session: Session, ids: Iterable[int]) -> int:
    """Remove trash items by id; returns how many went."""
    wanted = list(dict.fromkeys(ids))
    for ident in wanted:
        Store.record("deleted", "trash_item", ident)
    removed = 0
    for start in range(0, len(wanted), 500):
        result = session.execute(delete(trash_item).where(trash_item.c.id.in_(wanted[start : start + 500])))
        removed += result.rowcount or 0  # type: ignore[attr-defined]
    return removed


def purge_records(session: Session, records: Iterable[tuple[str, int]]) -> int:
    """Remove every trash item of the given (entity, record_id) pairs; returns how many went."""
    pairs = list(dict.fromkeys(records))
    ids: list[int] = []
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        ids += session.scalars(
            select(trash_item.c.id).where(tuple_(trash_item.c.entity, trash_item.c.record_id).in_(chunk))
        )
    return remove_items(session, ids)


def items_mentioning(session: Session, text: str) -> list[int]:
    """Ids of trash items whose label or payload contain ``text`` (a person's name, an email).

    The erase uses it for deleted records that name the person (a deleted
    meeting with them as participant). Case-insensitive for ASCII letters;
    an empty text finds nothing.
    """
    if not text.strip():
        return []
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    query = select(trash_item.c.id).where(
        or_(trash_item.c.label.like(pattern, escape="\\"), trash_item.c.payload.like(pattern, escape="\\"))
    )
    return list(session.scalars(query))


def items_referring(session: Session, entity: str, record_id: int) -> list[int]:
    """Ids of trash items holding a row that points at (``entity``, ``record_id``) by a foreign key.

    A deleted meeting names its participants only by ``contact_id``, so a
    name search (``items_mentioning``) misses it; the erase of a person
    uses this to find such items too. Reads every payload: the trash is
    small next to the tables.
    """
    found: list[int] = []
    for ident, payload in session.execute(select(trash_item.c.id, trash_item.c.payload)):
        rows = decode(payload)
        if any(
            value == record_id and reference_table(table, column) == entity
            for table, kept in rows.items()
            for row in kept
            for column, value in row.items()
            if column.endswith("_id")
        ):
            found.append(ident)
    return found
