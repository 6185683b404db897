"""Taking an import back and forth: snapshots of many records, put back, removed and re-inserted in bulk.

``undo_import``/``redo_import`` move the whole import as one step, each in one
write transaction, keeping the very same ids so undo and redo can alternate.
Rows change behind the ORM's back (bulk statements), so each step records the
changes for the store's listeners itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.services.base import META_FIELDS, EntityService, Snapshot
from egov_network.services.importing.results import ImportResult
from egov_network.services.importing.targets import CHUNK, table_of, target
from egov_network.services.registry import Services
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.search import DERIVED_COLUMNS


def snapshots(session: Session, service: EntityService[Any, Any], ids: list[int]) -> dict[int, Snapshot]:
    """``service.snapshot`` for many records with one query per table and chunk."""
    model = service.model
    found: dict[int, Snapshot] = {}
    tables = [(table_of(model), "id")] + [(table_of(child), column) for child, column in service.children]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for ident in chunk:
            found[ident] = Snapshot(service.entity, ident, {t.name: [] for t, _c in tables})
        for table, column in tables:
            for row in session.execute(select(table).where(table.c[column].in_(chunk))).mappings():
                found[row[column]].rows[table.name].append(dict(row))
    return found


def put_back(
    session: Session,
    service: EntityService[Any, Any],
    saved: list[Snapshot],
    op: str,
    expected: list[Snapshot] | None = None,
) -> None:
    """Set records to a snapshot's values in place (they are referenced, so no delete + insert).

    ``expected``: what each record must still hold (the import's result, for
    undo; the state before it, for redo). A record someone changed since is
    not overwritten: ``ConflictError`` names it and the transaction is undone.

    Child rows the snapshot lacks (a position the import's update wrote) are
    removed, missing ones re-inserted; the ORM bumps the version, so an
    editor still holding the imported state notices.
    """
    model = service.model
    holding = {snap.ident: snap.rows[model.__tablename__][0] for snap in expected or []}
    names: dict[tuple[str, int], str] = {}
    entries = []
    for snapshot in saved:
        obj = service.load(session, snapshot.ident)
        if snapshot.ident in holding:
            service.check_values(obj, service.values_of(holding[snapshot.ident]))
        (own,) = snapshot.rows[model.__tablename__]
        changed: dict[str, tuple[Any, Any]] = {}
        for key, value in own.items():
            if key not in META_FIELDS and key not in DERIVED_COLUMNS and getattr(obj, key) != value:
                changed[key] = (getattr(obj, key), value)
                setattr(obj, key, value)
        if changed:
            readable = history.readable(session, model.__tablename__, changed, names)
            entries.append(
                history.Entry(history.CHANGED, service.entity, obj.id, service.history_label(own), readable)
            )
        for child, column in service.children:
            table = table_of(child)
            kept = {r["id"] for r in snapshot.rows.get(table.name, [])}
            present = set(session.scalars(select(table.c.id).where(table.c[column] == snapshot.ident)))
            if present - kept:
                session.execute(delete(table).where(table.c.id.in_(present - kept)))
            missing = [r for r in snapshot.rows.get(table.name, []) if r["id"] not in present]
            if missing:
                session.execute(insert(table), missing)
        Store.record(op, service.entity, snapshot.ident)
    session.flush()
    history.write_entries(session, entries)


def remove(session: Session, service: EntityService[Any, Any], ids: list[int]) -> list[Snapshot]:
    taken = list(snapshots(session, service, ids).values())
    table = table_of(service.model)
    try:
        for start in range(0, len(ids), CHUNK):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + CHUNK])))
    except IntegrityError:
        # Restrictive foreign keys: someone linked the new records meanwhile.
        raise EgovError(
            QT_TRANSLATE_NOOP(
                "Errors", "The import cannot be taken back: records it created are now used elsewhere."
            )
        ) from None
    for ident in ids:
        Store.record("deleted", service.entity, ident)
    history.write_entries(session, [_entry(service, history.DELETED, s) for s in taken])
    return taken


def _entry(service: EntityService[Any, Any], action: str, snapshot: Snapshot) -> history.Entry:
    """A history entry naming a record of an import that is taken back or done again."""
    row = snapshot.rows[service.model.__tablename__][0]
    return history.Entry(action, service.entity, snapshot.ident, service.history_label(row))


def reinsert(session: Session, service: EntityService[Any, Any], saved: list[Snapshot]) -> None:
    tables = [table_of(service.model)] + [table_of(child) for child, _c in service.children]
    for table in tables:
        rows = [r for s in saved for r in s.rows.get(table.name, [])]
        if rows:
            session.execute(insert(table), rows)
    for snapshot in saved:
        Store.record("created", service.entity, snapshot.ident)
    history.write_entries(session, [_entry(service, history.IMPORTED, s) for s in saved])


def undo_import(services: Services, result: ImportResult) -> None:
    """Take the whole import back in one transaction: remove what it created, restore what it changed."""
    service = target(result.kind).service(services)
    with services.store.write() as session:
        session.flush()
        put_back(session, service, result.before, "updated", expected=result.after)
        result.removed = remove(session, service, result.created)
        result.removed_authorities = remove(session, services.authorities, result.created_authorities)
        session.expire_all()  # rows changed behind the ORM's back


def redo_import(services: Services, result: ImportResult) -> None:
    """Do an undone import again, with the very same ids (so undo/redo can alternate)."""
    service = target(result.kind).service(services)
    with services.store.write() as session:
        reinsert(session, services.authorities, result.removed_authorities)
        reinsert(session, service, result.removed)
        session.expire_all()
        put_back(session, service, result.after, "updated", expected=result.before)
