"""Applying a preview: one write transaction that re-checks the decisions, then writes every row.

The preview was decided from a read of the store that may be minutes old;
another import of the same file, or a colleague, may have created the very
records it means to create. So the decisions are checked again *inside* the
write transaction (the write lock is held, nobody can interleave): when the
store changed since the preview, rows meant to create a record are matched
once more and update (or skip) the record that appeared instead. Updates are
guarded by the version the preview saw.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.exchange import matching
from egov_network.exchange.imports import Preview
from egov_network.exchange.imports.kinds import DEFAULT_ROLE
from egov_network.exchange.preview_rows import PreviewRow, RowAction
from egov_network.services.base import EntityService
from egov_network.services.importing.decisions import TAGS, file_tags
from egov_network.services.importing.matchers import MEANWHILE
from egov_network.services.importing.preview import decider_for
from egov_network.services.importing.results import ImportResult, ImportRowError
from egov_network.services.importing.snapshots import snapshots
from egov_network.services.importing.targets import CHUNK, fingerprint, load_full, table_of, target
from egov_network.services.registry import Services
from egov_network.services.tags import TAG_LINKS
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.models import Authority, utcnow
from egov_network.store.search import derived_values

_INSERT_CHUNK = 1000  # rows per INSERT: SQLAlchemy's insertmanyvalues page size


def apply_preview(services: Services, preview: Preview) -> ImportResult:
    """Carry out the rows' actions in one transaction; any failure leaves the store as it was."""
    service = target(preview.kind).service(services)
    result = ImportResult(preview.kind)
    with services.store.write() as session:
        existing = _existing_authorities(session, preview)
        if fingerprint(session, preview.kind) != preview.fingerprint:
            result.found_meanwhile = recheck(session, services, preview, existing)
        creates = [r for r in preview.rows if r.action is RowAction.CREATE]
        updates = [r for r in preview.rows if r.action is RowAction.UPDATE]
        for row in preview.rows:
            if row.action is RowAction.SKIP:
                result.skipped += 1
                result.skipped_rows.append((row.line, list(row.reasons)))
        new_ids = _create_authorities(services, preview, creates + updates, result, existing)
        targets = list(dict.fromkeys(r.target_id for r in updates if r.target_id is not None))
        result.before = list(snapshots(session, service, targets).values())
        # Load the targets in bulk so each update below finds its record in the
        # identity map instead of issuing one SELECT per row.
        model = target(preview.kind).model
        for start in range(0, len(targets), CHUNK):
            list(session.scalars(select(model).where(model.id.in_(targets[start : start + CHUNK]))))
        guarded: set[int] = set()
        tagging: dict[tuple[str, ...], list[int]] = {}
        for row in updates:
            assert row.target_id is not None
            values = dict(row.changes)
            if values.pop(TAGS, None) is not None:
                tagging.setdefault(tuple(file_tags(row.values)[0]), []).append(row.target_id)
            if not values:
                continue
            if row.new_authority in new_ids:
                values["authority_id"] = new_ids[row.new_authority]  # type: ignore[index]
            # Guard against edits made since the preview, but only once: a second
            # row for the same record sees this import's own change.
            version = None if row.target_id in guarded else row.target_version
            guarded.add(row.target_id)
            try:
                service.update(row.target_id, values, expected_version=version)
            except EgovError as error:
                raise ImportRowError(row.line, error) from None
        result.updated = targets
        result.created = _bulk_create(session, service, creates, new_ids)
        for row, ident in zip(creates, result.created, strict=True):
            names = tuple(file_tags(row.values)[0])
            if names:
                tagging.setdefault(names, []).append(ident)
        _tag(services, service.entity, tagging)
        result.after = list(snapshots(session, service, targets).values())
    return result


def _tag(services: Services, entity: str, tagging: Mapping[tuple[str, ...], list[int]]) -> None:
    """Put the file's tags on the records, one call per set of names (tags are added, never removed)."""
    if entity not in TAG_LINKS:
        return
    for names, ids in tagging.items():
        services.tags.tag(entity, ids, add=names)


def _existing_authorities(session: Session, preview: Preview) -> dict[str, int]:
    """The authorities the preview found missing that exist by now (key -> id), read under the lock."""
    if not preview.new_authorities:
        return {}
    names = session.execute(select(Authority.id, Authority.name, Authority.short_name))
    index = matching.AuthorityIndex(names)
    found: dict[str, int] = {}
    for key, name in preview.new_authorities.items():
        ident, _candidates = index.match(name)
        if ident is not None:
            found[key] = ident
    return found


def recheck(session: Session, services: Services, preview: Preview, authorities: Mapping[str, int]) -> int:
    """Match the rows meant to create a record again, against the store as it is inside the write lock.

    A row whose record appeared meanwhile updates it when the file says
    more, and is skipped otherwise. Returns how many rows found a record.
    """
    candidates = [r for r in preview.rows if r.action is RowAction.CREATE and r.target_id is None]
    if not candidates:
        return 0
    decider = decider_for(services, preview)
    decider.load_index(session)
    for row in candidates:
        decider.rematch(row, authorities if preview.create_missing_authorities else {})
    found = [r for r in candidates if r.target_id is not None]
    current = load_full(session, decider.model, {r.target_id for r in found if r.target_id is not None})
    taken: set[int] = set()
    for row in found:
        assert row.target_id is not None
        if row.new_authority in authorities and preview.create_missing_authorities:
            row.authority_id = authorities[row.new_authority]  # type: ignore[index]
            row.new_authority = None
        row.create_clean = None  # what it held was checked against the old store
        row.changes = {}
        decider.validate(session, row, current[row.target_id])
        row.reasons.append(MEANWHILE)
        if row.update_valid and row.changes and row.target_id not in taken:
            row.action = RowAction.UPDATE
            taken.add(row.target_id)
        else:
            row.action = RowAction.SKIP
    return len(found)


def _create_authorities(
    services: Services,
    preview: Preview,
    rows: list[PreviewRow],
    result: ImportResult,
    existing: Mapping[str, int],
) -> dict[str, int]:
    if not preview.create_missing_authorities:
        return {}
    new_ids: dict[str, int] = dict(existing)  # created meanwhile: used, not created twice
    for row in rows:
        key = row.new_authority
        if key is None or key in new_ids:
            continue
        name = preview.new_authorities[key]
        values = {"name": name, "kind": matching.guess_kind(name), "network_role": DEFAULT_ROLE}
        try:
            new_ids[key] = services.authorities.create(values).id
        except EgovError as error:
            raise ImportRowError(row.line, error) from None
        result.created_authorities.append(new_ids[key])
    return new_ids


def _bulk_create(
    session: Session, service: EntityService[Any, Any], rows: list[PreviewRow], new_ids: Mapping[str, int]
) -> list[int]:
    """Insert the new records in bulk, as validated by the services' ``clean`` in the preview.

    Validation is not repeated (it is most of the cost): field values do not
    go stale, and what can (an authority deleted since the preview) is caught
    by the foreign keys, failing the whole import. Rows the user forced to
    CREATE are validated here. Inserting bypasses the ORM unit of work (about
    10x faster), so it sets what the ORM would: ``search_text``
    and the sort keys (store/search.py), timestamps and version; the services' ``after_write``
    does nothing for a new contact or authority. test_import checks that
    imported rows equal service-created ones.
    """
    if not rows:
        return []
    table = table_of(service.model)
    now = utcnow()
    params: list[dict[str, Any]] = []
    for row in rows:
        assert row.create_values is not None
        clean = row.create_clean
        if clean is None:  # a row the user forced to CREATE
            try:
                clean = service.clean(session, row.create_values, None)
            except EgovError as error:
                raise ImportRowError(row.line, error) from None
        clean = dict(clean)
        if row.new_authority in new_ids:  # created a moment ago in this transaction
            clean["authority_id"] = new_ids[row.new_authority]  # type: ignore[index]
        clean.update(derived_values(service.model, clean))
        clean.update(created_at=now, updated_at=now, version=1)
        params.append(clean)
    # Ids above every one the history and the trash know (see history.next_free_id).
    first = history.next_free_id(session, table.name, service.entity)
    for offset, values in enumerate(params):
        values["id"] = first + offset
    ids: list[int] = []
    try:
        # One statement per chunk: SQLAlchemy merges the RETURNING results of
        # several batches in quadratic time (40 s for 10,000 rows).
        for start in range(0, len(params), _INSERT_CHUNK):
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids += session.scalars(statement, params[start : start + _INSERT_CHUNK])
    except IntegrityError:
        raise EgovError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Records the import refers to were changed meanwhile; nothing was imported. Try again.",
            )
        ) from None
    for ident in ids:
        Store.record("created", service.entity, ident)
    _log_created(session, service, params, ids)
    return ids


def _log_created(
    session: Session, service: EntityService[Any, Any], params: list[dict[str, Any]], ids: list[int]
) -> None:
    """An "imported" entry per new record with its filled fields; names of references looked up once."""
    table = service.model.__tablename__
    names: dict[tuple[str, int], str] = {}
    entries = []
    for values, ident in zip(params, ids, strict=True):
        row = dict(values, id=ident)
        fields = {
            k: (None, v) for k, v in values.items() if k in service.validators and v is not None and v != ""
        }
        entries.append(
            history.Entry(
                history.IMPORTED,
                service.entity,
                ident,
                service.history_label(row),
                history.readable(session, table, fields, names),
            )
        )
    history.write_entries(session, entries)
