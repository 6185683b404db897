"""Where each kind of list is written: its service and table, and what the store looks like now."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egov_network.services.base import EntityService
from egov_network.services.registry import Services
from egov_network.store.models import Authority, Base, Contact

#: ids per IN (...) list: well below SQLite's variable limit
CHUNK = 500


@dataclass(frozen=True)
class ImportTarget:
    """The service and model one kind of list writes to."""

    service: Callable[[Services], EntityService[Any, Any]]
    model: type[Base]


TARGETS: dict[str, ImportTarget] = {
    "contacts": ImportTarget(lambda s: s.contacts, Contact),
    "authorities": ImportTarget(lambda s: s.authorities, Authority),
}


def target(kind: str) -> ImportTarget:
    if kind not in TARGETS:
        raise ValueError(f"unknown import kind {kind!r}")
    return TARGETS[kind]


def table_of(model: type[Base]) -> SqlTable:
    return cast(SqlTable, model.__table__)


def fingerprint(session: Session, kind: str) -> tuple[object, ...]:
    """Count, highest id and latest change of the tables an import's decisions read.

    Equal before and inside the write transaction: nobody created, deleted or
    changed such a record meanwhile, so the decisions still hold.
    """
    found: list[object] = []
    models: dict[type[Base], None] = dict.fromkeys((target(kind).model, Authority))
    for model in models:
        table = table_of(model)
        row = session.execute(
            select(func.count(), func.max(table.c.id), func.max(table.c.updated_at)).select_from(table)
        ).one()
        found.extend(row)
    return tuple(found)


def load_full(session: Session, model: type[Base], ids: set[int]) -> dict[int, Mapping[str, Any]]:
    """Whole rows of ``model`` by id, in chunks."""
    table = table_of(model)
    found: dict[int, Any] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = row
    return found


def count_records(services: Services, kind: str) -> int:
    """How many records of the kind exist (tests and the CLI's before/after line)."""
    model = target(kind).model
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
