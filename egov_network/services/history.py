"""Reading the change history: one record's entries, and the recent changes of the network.

Entries are written by ``store.history`` in the transaction of each change;
this module only reads them, pages through them newest first (by id, so a
page of 100,000 entries costs one index step, not a count), and offers the
purge functions the GDPR erase uses inside its own transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, tuple_
from sqlalchemy.orm import Session

from egov_network.store.database import Store
from egov_network.store.models import change_log


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


def _entry(row: Any) -> HistoryEntry:
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

    def of_record(self, entity: str, record_id: int, *, limit: int = 1000) -> list[HistoryEntry]:
        """The entries of one record, newest first."""
        with self.store.read() as session:
            rows = session.execute(
                select(change_log)
                .where(change_log.c.entity == entity, change_log.c.record_id == record_id)
                .order_by(change_log.c.id.desc())
                .limit(limit)
            )
            return [_entry(r) for r in rows]

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
            return [_entry(r) for r in session.execute(query)]

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
