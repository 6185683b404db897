"""Bulk edit: one field set to one value for many records, previewed, in one transaction.

Which fields are offered is read from the entity services and the models,
not kept in a list of its own: a field the service validates, stored as an
enum (``domain.enums.FIELD_ENUMS``), a yes/no, a whole number, a date or a
link to another record, that is not part of a unique key (names, the
contact of a participation) and not the parent that owns the row (an action
item's meeting). Text fields stay per record: twenty contacts never share a
name, an email or a note.

Every record goes through its service's ``clean`` (preview) and ``change``
(apply), so it is validated exactly like a single edit; ``apply`` runs in
one ``store.write()`` and raises before anything is committed when one
record is refused, naming it. Its ``BulkChange`` holds, per changed record,
the values replaced and written, which is what ``undo`` and ``redo`` need;
both check those values first (someone else's change in between is
refused, not overwritten) and are one transaction each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from typing import Any

from sqlalchemy import Boolean, Date, Integer, UniqueConstraint, select
from sqlalchemy.orm import Session

from egov_network.domain.enums import FIELD_ENUMS, LabelledEnum
from egov_network.domain.errors import (
    ConflictError,
    EgovError,
    FieldError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.services.base import META_FIELDS, EntityService
from egov_network.services.registry import Services

#: Fields the rules above would offer but that belong to one person: a
#: salutation says who someone is, not what a group of people share.
PER_RECORD = frozenset({("contact", "salutation")})

#: How many rows one query loads into the session before they are checked.
_CHUNK = 500

_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” was changed elsewhere in the meantime. Reload it and try again."
)


@dataclass(frozen=True)
class BulkField:
    """A field that can be set for many records at once, and what kind of value it takes.

    ``kind`` is "enum", "bool", "int", "date" or "reference"; ``enum`` names
    the value set of an enum field, ``target`` the entity a reference points
    at, ``low``/``high`` the range of a number. ``required``: empty is not a
    value the field accepts.
    """

    entity: str
    name: str
    kind: str
    required: bool
    enum: type[LabelledEnum] | None = None
    target: str | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class BulkProblem:
    """Why one record cannot take the value: its name and the service's error."""

    ident: int
    name: str
    error: EgovError

    def message(self, translate: Translator = no_translation) -> str:
        """The problem without the name, one line however many fields complain."""
        return "; ".join(self.error.text(translate).splitlines())

    def text(self, translate: Translator = no_translation) -> str:
        """ "Kreis Borken: Municipality key (AGS): …"."""
        return f"{self.name}: {self.message(translate)}"


@dataclass(frozen=True)
class BulkPreview:
    """What setting ``field`` to ``value`` for ``ids`` would do, before anything is written.

    ``changing`` would get the value, ``unchanged`` have it already,
    ``problems`` would be refused (and then nothing is written at all).
    ``value_problem`` is set when the value itself is not one the field
    takes, whatever the record. ``current`` maps every id checked to the
    value it holds now: ``apply`` refuses when one no longer does.
    """

    entity: str
    field: str
    value: Any
    changing: tuple[int, ...]
    unchanged: tuple[int, ...]
    problems: tuple[BulkProblem, ...]
    value_problem: FieldError | None
    current: Mapping[int, Any]

    @property
    def ok(self) -> bool:
        """Whether applying it would change something and nothing is refused."""
        return bool(self.changing) and not self.problems and self.value_problem is None


@dataclass(frozen=True)
class BulkChange:
    """What ``apply`` did, for undo: per changed record the values it replaced and wrote.

    ``before`` and ``after`` hold what the service said changed, which may be
    more than the one field (a value the service normalises on the way).
    """

    entity: str
    field: str
    value: Any
    edits: tuple[tuple[int, Mapping[str, Any], Mapping[str, Any]], ...]

    @property
    def count(self) -> int:
        return len(self.edits)


class BulkEditError(EgovError):
    """A bulk edit was refused because records cannot take the value; nothing was written."""

    def __init__(self, problems: Iterable[BulkProblem], value_problem: FieldError | None = None) -> None:
        self.problems = tuple(problems)
        self.value_problem = value_problem
        super().__init__("{details}", details="")

    def text(self, translate: Translator = no_translation) -> str:
        lines = [self.value_problem.text(translate)] if self.value_problem is not None else []
        return "\n".join(lines + [problem.text(translate) for problem in self.problems])


class BulkEditor:
    """Bulk edits over the entity services of one store; see the module docstring."""

    def __init__(self, services: Services) -> None:
        self.store = services.store
        found = (getattr(services, f.name) for f in dataclass_fields(services))
        self.services: dict[str, EntityService[Any, Any]] = {
            s.entity: s for s in found if isinstance(s, EntityService)
        }
        self._fields = {entity: _offered(entity, service) for entity, service in self.services.items()}

    # -- what can be set ---------------------------------------------------------------

    def fields(self, entity: str) -> list[BulkField]:
        """The fields of ``entity`` that can be set in bulk, in the order of the table."""
        return list(self._fields.get(entity, {}).values())

    def field(self, entity: str, name: str) -> BulkField:
        """One offered field; ``KeyError`` for a field that is not set in bulk (a name, a note)."""
        return self._fields[entity][name]

    # -- preview and apply -------------------------------------------------------------

    def preview(self, entity: str, ids: Iterable[int], field: str, value: Any) -> BulkPreview:
        """Check every record like a single edit would, without writing anything."""
        self.field(entity, field)  # KeyError: not a field set in bulk
        with self.store.read() as session:
            return self._preview(session, entity, list(dict.fromkeys(ids)), field, value)

    def apply(
        self,
        entity: str,
        ids: Iterable[int],
        field: str,
        value: Any,
        *,
        expected: Mapping[int, Any] | None = None,
    ) -> BulkChange:
        """Set ``field`` to ``value`` for every record in ``ids`` (one transaction, all or none).

        Each record goes through ``change()`` as a single edit would; the ones
        refused are collected and ``BulkEditError`` names every one of them,
        after which the transaction is rolled back. ``expected`` (id -> value,
        e.g. ``BulkPreview.current``) refuses with ``ConflictError`` when a
        record no longer holds what the caller saw.
        """
        service = self.services[entity]
        ids = list(dict.fromkeys(ids))
        own, value_problem = self._own(entity, field, value)
        if value_problem is not None:
            raise BulkEditError([], value_problem)
        with self.store.write() as session:
            rows = self._load(session, service, ids)
            target = self._target(session, entity, field, own)  # noqa: F841 - held: see _target
            problems: list[BulkProblem] = []
            edits = []
            for ident in ids:
                obj = rows.get(ident)
                if obj is None:
                    problems.append(BulkProblem(ident, f"#{ident}", _gone(ident)))
                    continue
                current = getattr(obj, field)
                if expected is not None and ident in expected and expected[ident] != current:
                    raise ConflictError(_CHANGED_ELSEWHERE, name=service.describe(obj))
                if current == own:
                    continue  # has it already: not touched, like in the preview
                try:
                    edit = service.change(ident, {field: value})
                except ValidationError as error:
                    problems.append(BulkProblem(ident, service.describe(obj), error))
                    continue
                if edit.before:
                    edits.append((ident, edit.before, edit.after))
            if problems:
                raise BulkEditError(problems)  # leaving write() rolls back what was changed
            return BulkChange(entity, field, value, tuple(edits))

    def undo(self, change: BulkChange) -> None:
        """Put back what ``change`` replaced; refused (nothing written) if a record moved on since."""
        self._replay(change, undoing=True)

    def redo(self, change: BulkChange) -> None:
        """Write again what ``change`` wrote; refused if a record is no longer as undo left it."""
        self._replay(change, undoing=False)

    # -- the work ---------------------------------------------------------------------

    def _replay(self, change: BulkChange, *, undoing: bool) -> None:
        service = self.services[change.entity]
        with self.store.write() as session:
            rows = self._load(session, service, [ident for ident, _b, _a in change.edits])
            held = self._targets(session, change)  # noqa: F841 - held: see _target
            for ident, before, after in change.edits:
                values, expected = (before, after) if undoing else (after, before)
                try:
                    service.change(ident, values, expected_values=expected)
                except ValidationError as error:
                    # A conflict names its record already; a validation error alone would not.
                    name = service.describe(rows[ident]) if ident in rows else f"#{ident}"
                    raise BulkEditError([BulkProblem(ident, name, error)]) from None

    def _own(self, entity: str, field: str, value: Any) -> tuple[Any, FieldError | None]:
        """The value as the field's validator takes it, or why it takes it from no record."""
        self.field(entity, field)  # KeyError: not a field set in bulk
        try:
            return self.services[entity].validators[field](value), None
        except FieldProblem as problem:
            return None, FieldError(field, problem.template, problem.params)

    @staticmethod
    def _load(session: Session, service: EntityService[Any, Any], ids: list[int]) -> dict[int, Any]:
        """The rows of ``ids``, a query per chunk instead of one per record.

        The session's identity map holds rows weakly: the dict keeps them
        there, so the services' own ``load()`` finds them without a query.
        """
        model = service.model
        rows: dict[int, Any] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows.update((obj.id, obj) for obj in session.scalars(select(model).where(model.id.in_(chunk))))
        return rows

    def _target(self, session: Session, entity: str, field: str, own: Any) -> Any:
        """The record a reference value points at, to be held while every record checks it exists."""
        spec = self.field(entity, field)
        if spec.kind != "reference" or own is None or spec.target not in self.services:
            return None
        return session.get(self.services[spec.target].model, own)

    def _targets(self, session: Session, change: BulkChange) -> dict[int, Any]:
        """The records the values of a reference ``change`` point at, held for its replay."""
        spec = self.field(change.entity, change.field)
        if spec.kind != "reference" or spec.target not in self.services:
            return {}
        pointed = {values.get(change.field) for _ident, *pair in change.edits for values in pair}
        targets = [ident for ident in pointed if isinstance(ident, int)]
        return self._load(session, self.services[spec.target], targets)

    def _preview(self, session: Session, entity: str, ids: list[int], field: str, value: Any) -> BulkPreview:
        service = self.services[entity]
        own, value_problem = self._own(entity, field, value)
        rows = self._load(session, service, ids)
        target = self._target(session, entity, field, own)  # noqa: F841 - held: see _target
        changing: list[int] = []
        unchanged: list[int] = []
        problems: list[BulkProblem] = []
        current: dict[int, Any] = {}
        for ident in ids:
            obj = rows.get(ident)
            if obj is None:
                problems.append(BulkProblem(ident, f"#{ident}", _gone(ident)))
                continue
            current[ident] = getattr(obj, field)
            if value_problem is not None:
                continue
            if own == current[ident]:
                # Not touched, so its other fields are not this edit's business.
                unchanged.append(ident)
                continue
            merged = service.values_of(service.to_record(obj))
            merged[field] = value
            try:
                clean = service.clean(session, merged, obj)
            except ValidationError as error:
                problems.append(BulkProblem(ident, service.describe(obj), error))
                continue
            (unchanged if clean[field] == current[ident] else changing).append(ident)
        return BulkPreview(
            entity,
            field,
            value,
            tuple(changing),
            tuple(unchanged),
            tuple(problems),
            value_problem,
            current,
        )


def _gone(ident: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "The record no longer exists (it may have been deleted)."), id=ident
    )


def _offered(entity: str, service: EntityService[Any, Any]) -> dict[str, BulkField]:
    """The fields of one entity that make sense for many records at once (module docstring)."""
    table = service.model.metadata.tables[service.model.__tablename__]
    keyed = {
        column.key
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
        for column in constraint.columns
    }
    enums = FIELD_ENUMS.get(entity, {})
    offered: dict[str, BulkField] = {}
    for column in table.columns:
        name = column.key
        validate = service.validators.get(name)
        if validate is None or name in META_FIELDS or name in keyed or column.unique:
            continue
        if (entity, name) in PER_RECORD:
            continue
        required = not column.nullable or _refuses_empty(validate)
        foreign = next(iter(column.foreign_keys), None)
        if foreign is not None:
            target = foreign.column.table.name
            if foreign.ondelete == "CASCADE":
                continue  # the row's owner: an action item stays with its meeting
            offered[name] = BulkField(entity, name, "reference", required, target=target)
        elif name in enums:
            offered[name] = BulkField(entity, name, "enum", required, enum=enums[name])
        elif isinstance(column.type, Boolean):
            offered[name] = BulkField(entity, name, "bool", True)
        elif isinstance(column.type, Integer):
            low, high = _range_of(validate)
            offered[name] = BulkField(entity, name, "int", required, low=low, high=high)
        elif isinstance(column.type, Date):
            # Not DateTime: a start time belongs to one meeting.
            offered[name] = BulkField(entity, name, "date", required)
    return offered


def _refuses_empty(validate: Any) -> bool:
    try:
        validate(None)
    except FieldProblem:
        return True
    return False


def _range_of(validate: Any) -> tuple[int, int]:
    """The range a number validator accepts, as its own message states it (``low``, ``high``)."""
    try:
        validate(2**62)
    except FieldProblem as problem:
        low, high = problem.params.get("low"), problem.params.get("high")
        if isinstance(low, int) and isinstance(high, int):
            return low, high
    return 0, 2**31 - 1
