"""Deciding per row what an import does: match against the store, validate, choose create / update / skip.

The decisions read the store (indexes of the existing records, the services'
validation), so they live here; the rows themselves come from
``egov_network.exchange.imports``. ``RowDecider.decide`` goes through the rows
a batch at a time in file order, so a batch decides exactly what the whole file
at once would, and compacts the rows that change nothing as soon as their batch
is decided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egov_network.domain.errors import FieldError, ValidationError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.text import fold
from egov_network.domain.validation import FieldProblem
from egov_network.exchange.imports import Preview, import_kind
from egov_network.exchange.imports.cells import RowReader
from egov_network.exchange.preview_rows import NOTHING_TO_CHANGE, PreviewRow, Reason, RowAction
from egov_network.exchange.preview_rows import reason as _reason
from egov_network.services.base import EntityService
from egov_network.services.importing.targets import CHUNK, load_full, target
from egov_network.services.registry import Services
from egov_network.services.tags import split_tags, tag_name
from egov_network.store.models import Authority

#: The Tags column of a file: links to tags, which the import sets after the record's fields.
TAGS = "tags"

#: Rows read and decided at a time: enough for bulk queries, few enough to hold as full rows.
ROWS_PER_BATCH = 2000

#: Told (rows decided, rows in all) after each batch; may raise to stop (a cancel).
DecideProgress = Callable[[int, int], None]


def validate_values(
    service: EntityService[Any, Any], session: Session, values: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[FieldError]]:
    """The services' own validation (field rules and cross checks), without writing."""
    try:
        return service.clean(session, values, None), []
    except ValidationError as error:
        return None, error.errors


_REQUIRED: dict[str, frozenset[str]] = {}


def required_fields(service: EntityService[Any, Any]) -> frozenset[str]:
    """Fields a new record cannot do without: those whose validator refuses an empty value."""
    if service.entity not in _REQUIRED:
        required = set()
        for name, validate in service.validators.items():
            try:
                validate(None)
            except FieldProblem:
                required.add(name)
        _REQUIRED[service.entity] = frozenset(required)
    return _REQUIRED[service.entity]


def without_tags(values: Mapping[str, Any]) -> dict[str, Any]:
    """A row's values without its tags, which the services do not take as a field."""
    return {k: v for k, v in values.items() if k != TAGS}


def file_tags(values: Mapping[str, Any]) -> tuple[list[str], list[FieldError]]:
    """The tag names of a row's Tags cell ("Kochbuch, Pilot"), each checked like a typed tag."""
    names: list[str] = []
    problems: list[FieldError] = []
    for name in split_tags(str(values[TAGS]) if values.get(TAGS) is not None else None):
        try:
            clean = tag_name(name)
        except FieldProblem as problem:
            problems.append(FieldError(TAGS, problem.template, problem.params))
            continue
        if clean:
            names.append(clean)
    return names, problems


def _record_values(service: EntityService[Any, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in service.validators}


class RowDecider:
    """Shared decision logic; subclasses find targets and the keys that make rows duplicates."""

    def __init__(self, services: Services, preview: Preview) -> None:
        self.services = services
        self.preview = preview
        self.spec = import_kind(preview.kind)
        self.model = target(preview.kind).model
        self.service = target(preview.kind).service(services)

    def decide(
        self,
        session: Session,
        rows: Iterable[tuple[int, tuple[Any, ...]]],
        reader: RowReader,
        total: int = 0,
        progress: DecideProgress | None = None,
    ) -> None:
        """Read, match, validate and choose the rows a batch at a time, appending them to the preview."""
        seen: dict[Any, int] = {}
        # The services' checks look referenced rows up with session.get; the
        # identity map only holds objects someone references, so keep them
        # alive here or every row would query them again.
        held: dict[int, Any] = {}
        self.load_index(session)
        batch: list[tuple[PreviewRow, tuple[Any, ...]]] = []
        done = 0
        for line, raw in rows:
            batch.append((reader.row(line, raw), raw))
            if len(batch) == ROWS_PER_BATCH:
                self.decide_batch(session, batch, reader, seen, held)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(done, total)
        self.decide_batch(session, batch, reader, seen, held)
        if progress is not None:
            progress(done + len(batch), total)

    def decide_batch(
        self,
        session: Session,
        batch: list[tuple[PreviewRow, tuple[Any, ...]]],
        reader: RowReader,
        seen: dict[Any, int],
        held: dict[int, Any],
    ) -> None:
        readable = [row for row, _raw in batch if not row.broken]
        for row in readable:
            self.match(row)
        targets = {r.target_id for r in readable if r.target_id is not None}
        existing = load_full(session, self.model, targets)
        checked = [r for r in readable if not r.target_id or not self.same(r, existing[r.target_id])]
        self.hold_referenced(session, checked, existing, held)
        for row, raw in batch:
            if not row.broken:
                self.validate(session, row, existing.get(row.target_id) if row.target_id else None)
                self.choose(row, seen)
            if row.unchanged:
                row.compact(reader, reader.cells(raw))
            self.preview.rows.append(row)

    def hold_referenced(
        self,
        session: Session,
        rows: list[PreviewRow],
        existing: Mapping[int, Mapping[str, Any]],
        held: dict[int, Any],
    ) -> None:
        """Load the ORM objects the validation of ``rows`` will look up (the authorities they point to).

        Only rows that will be validated count: an unchanged row is not, and
        loading the authorities of 100,000 of them cost time and memory.
        """
        ids = {r.authority_id for r in rows if r.authority_id is not None}
        ids |= {
            e["parent_id"]
            for e in (existing[r.target_id] for r in rows if r.target_id)
            if e.get("parent_id") is not None
        }
        ordered = sorted(ids - held.keys())
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for obj in session.scalars(select(Authority).where(Authority.id.in_(chunk))):
                held[obj.id] = obj

    def same(self, row: PreviewRow, current: Mapping[str, Any]) -> bool:
        """Whether the matched record already holds the row's values (then nothing is validated)."""
        return all(current.get(k) == v for k, v in self.given(row).items())

    def given(self, row: PreviewRow) -> dict[str, Any]:
        """What an update of the matched record would set (tags apart: they are links, not fields)."""
        return {**without_tags(row.values), **self.extra_values(row, False)}

    def _tag_changes(self, row: PreviewRow, current: Mapping[str, Any]) -> list[FieldError]:
        """Tags of the file the record does not carry yet become a change "tags" (added, never removed)."""
        names, problems = file_tags(row.values)
        if problems or not names or not row.update_valid:
            return problems
        carried = {fold(n) for n in split_tags(current.get("tags"))}
        new = [n for n in names if fold(n) not in carried]
        if new:
            row.changes = {**row.changes, "tags": ", ".join(new)}
        return problems

    def load_index(self, session: Session) -> None:
        raise NotImplementedError

    def match(self, row: PreviewRow) -> None:
        raise NotImplementedError

    def rematch(self, row: PreviewRow, new_authorities: Mapping[str, int]) -> None:
        """Match a row the preview found no record for against the store as it is now."""
        raise NotImplementedError

    def duplicate_keys(self, row: PreviewRow) -> list[tuple[Any, str]]:
        raise NotImplementedError

    @staticmethod
    def extra_values(row: PreviewRow, creating: bool) -> dict[str, Any]:
        """What the file's values need besides (a guessed kind, the authority's id).

        Static: compact rows keep it (through ``RowReader``) after the
        decider and its indexes are gone.
        """
        return {}

    def validate(self, session: Session, row: PreviewRow, current: Mapping[str, Any] | None) -> None:
        """The services' validation, run as little as possible (it is most of the preview's time)."""
        create_input = {**without_tags(row.values), **self.extra_values(row, True)}
        problems: list[FieldError] = []
        if current is None:
            row.create_clean, problems = validate_values(self.service, session, create_input)
            _names, tag_problems = file_tags(row.values)
            if tag_problems:
                row.create_clean, problems = None, problems + tag_problems
            if row.create_clean is not None:
                row.create_values = create_input
        else:
            row.target_version = current.get("version")
            given = self.given(row)
            if all(current.get(k) == v for k, v in given.items()):
                row.update_valid = True  # the stored values, so valid: a re-imported export
            else:
                merged = {**_record_values(self.service, current), **given}
                clean, problems = validate_values(self.service, session, merged)
                if clean is not None:
                    row.update_valid = True
                    row.changes = {k: clean[k] for k in given if clean[k] != current[k]}
            problems += self._tag_changes(row, current)
            # The file's own values passed (as part of the merge); creating a
            # record from them also needs the required fields. apply_preview
            # validates such a forced row once more.
            if row.update_valid and required_fields(self.service) <= create_input.keys():
                row.create_values = create_input
        for problem in problems:
            row.reasons.append(Reason(QT_TRANSLATE_NOOP("Import", "{problem}"), problem=problem))

    def choose(self, row: PreviewRow, seen: dict[Any, int]) -> None:
        """The default action; the row starts as SKIP, which needs no change."""
        if row.target_id is not None:
            # A matched record is updated or left alone; creating a second one
            # stays possible, but only when the user asks for it.
            if not row.update_valid:
                return
            if not row.changes:
                row.unchanged = True
                row.reasons.append(NOTHING_TO_CHANGE)
                return
            default = RowAction.UPDATE
        elif row.create_values is not None:
            default = RowAction.CREATE
        else:
            return  # invalid: the validation's reasons are already listed
        keys = self.duplicate_keys(row)
        for key, template in keys:
            if key in seen:
                row.reasons.append(_reason(template, line=seen[key]))
                return
        for key, _template in keys:
            seen[key] = row.line
        row.action = default
