"""The create/read/update/delete machinery every entity service shares.

A subclass names its model, record type and field validators, and adds the
checks that span fields or rows (``check``), what blocks a delete
(``blockers``) and what a delete takes along (``owned``). Every public method
is one ``store.write()``/``store.read()``, so it is one transaction on its own
and joins the caller's when called inside another action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from egov_network.domain.errors import (
    ConflictError,
    DependencyError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import Row
from egov_network.domain.validation import FieldProblem
from egov_network.store.database import Store
from egov_network.store.models import Base

M = TypeVar("M", bound=Base)
R = TypeVar("R", bound=Row)

#: Columns the services maintain themselves; never taken from input.
META_FIELDS = frozenset({"id", "created_at", "updated_at", "version"})

Validator = Callable[[Any], Any]


class Problems:
    """Collects field problems of one input so all of them are reported together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, template: str, **params: Any) -> None:
        self.errors.append(FieldError(field, template, params))

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def count(session: Session, column: Any, value: int) -> int:
    """How many rows have ``column == value``."""
    return session.scalar(select(func.count()).where(column == value)) or 0


@dataclass(frozen=True)
class Snapshot:
    """A deleted record and the rows it owned, as plain column dicts, for undo.

    ``rows`` maps a table name to its rows; restoring re-inserts them with
    their original ids, so everything that pointed at them points again.
    """

    entity: str
    ident: int
    rows: dict[str, list[dict[str, Any]]]


def _columns(obj: Any) -> dict[str, Any]:
    return {column.key: getattr(obj, column.key) for column in obj.__table__.columns}


class EntityService(Generic[M, R]):
    """CRUD for one entity; see the module docstring for the hooks."""

    #: Tables whose rows belong to this entity and go with it: (model, foreign key column).
    children: ClassVar[tuple[tuple[type[Base], str], ...]] = ()

    model: ClassVar[type[Base]]
    record: ClassVar[type[Row]]
    #: Name used in change notifications, e.g. "contact".
    entity: ClassVar[str]
    #: Translatable singular label for messages, e.g. "Contact".
    label: ClassVar[str]
    validators: ClassVar[Mapping[str, Validator]]

    def __init__(self, store: Store) -> None:
        self.store = store
        self._record_fields = [f.name for f in fields(self.record)]

    # -- reading ------------------------------------------------------------

    def get(self, ident: int) -> R:
        with self.store.read() as session:
            return self.to_record(self.load(session, ident))

    def find(self, ident: int) -> R | None:
        with self.store.read() as session:
            obj = session.get(self.model, ident)
            return self.to_record(obj) if obj is not None else None

    def count_all(self) -> int:
        with self.store.read() as session:
            return session.scalar(select(func.count()).select_from(self.model)) or 0

    def to_record(self, obj: Any) -> R:
        return self.record(**{name: getattr(obj, name) for name in self._record_fields})  # type: ignore[return-value]

    def load(self, session: Session, ident: int) -> Any:
        obj = session.get(self.model, ident)
        if obj is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "The record no longer exists (it may have been deleted)."),
                id=ident,
            )
        return obj

    def describe(self, obj: Any) -> str:
        """How a record is named in messages."""
        return str(getattr(obj, "name", None) or getattr(obj, "title", None) or f"#{obj.id}")

    # -- writing ------------------------------------------------------------

    def create(self, values: Mapping[str, Any]) -> R:
        with self.store.write() as session:
            clean = self.clean(session, dict(values), None)
            obj = self.model(**clean)
            session.add(obj)
            session.flush()
            self.after_write(session, obj, None)
            Store.record("created", self.entity, obj.id)
            return self.to_record(obj)

    def update(self, ident: int, values: Mapping[str, Any], *, expected_version: int | None = None) -> R:
        """Change the given fields; ``expected_version`` guards against lost updates."""
        with self.store.write() as session:
            obj = self.load(session, ident)
            if expected_version is not None and getattr(obj, "version", None) != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{name}” was changed elsewhere in the meantime. Reload it and try again."
                    ),
                    name=self.describe(obj),
                )
            before = self.to_record(obj)
            merged = {k: getattr(before, k) for k in self._record_fields if k not in META_FIELDS}
            merged.update(values)
            clean = self.clean(session, merged, obj)
            changed = False
            for key, value in clean.items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)
                    changed = True
            if not changed:
                return before
            try:
                session.flush()
            except StaleDataError:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{name}” was changed elsewhere in the meantime. Reload it and try again."
                    ),
                    name=self.describe(obj),
                ) from None
            self.after_write(session, obj, before)
            Store.record("updated", self.entity, obj.id)
            return self.to_record(obj)

    def delete(self, ident: int) -> R:
        """Delete a record unless something still depends on it; returns what was deleted."""
        with self.store.write() as session:
            obj = self.load(session, ident)
            blocking = {label: n for label, n in self.blockers(session, obj).items() if n}
            if blocking:
                raise DependencyError(self.describe(obj), blocking)
            gone = self.to_record(obj)
            session.delete(obj)
            session.flush()
            Store.record("deleted", self.entity, ident)
            return gone

    def snapshot(self, ident: int) -> Snapshot:
        """Everything ``delete`` would remove, to bring it back with ``restore``."""
        with self.store.read() as session:
            obj = self.load(session, ident)
            rows: dict[str, list[dict[str, Any]]] = {self.model.__tablename__: [_columns(obj)]}
            for child, column in self.children:
                found = session.scalars(select(child).where(getattr(child, column) == ident))
                rows[child.__tablename__] = [_columns(row) for row in found]
            return Snapshot(self.entity, ident, rows)

    def restore(self, snapshot: Snapshot) -> R:
        """Re-insert a snapshot's rows with their original ids (undo of a delete)."""
        with self.store.write() as session:
            tables = {self.model.__tablename__: self.model} | {c.__tablename__: c for c, _ in self.children}
            for name, rows in snapshot.rows.items():
                if rows:
                    session.execute(insert(tables[name]), rows)
            Store.record("created", self.entity, snapshot.ident)
            return self.to_record(self.load(session, snapshot.ident))

    def dependents(self, ident: int) -> dict[str, int]:
        """What blocks deleting the record, and what deleting it would take along.

        The UI names these in its "Delete?" question.
        """
        with self.store.read() as session:
            obj = self.load(session, ident)
            found = {**self.blockers(session, obj), **self.owned(session, obj)}
            return {label: n for label, n in found.items() if n}

    def delete_many(self, idents: list[int]) -> list[Snapshot]:
        """Delete several records in one action; all or none. Returns snapshots for undo."""
        with self.store.write():
            snapshots = [self.snapshot(i) for i in idents]
            for ident in idents:
                self.delete(ident)
            return snapshots

    # -- hooks --------------------------------------------------------------

    def clean(self, session: Session, values: dict[str, Any], current: Any | None) -> dict[str, Any]:
        """Validate every field, then the cross-field checks; raise all problems at once."""
        unknown = set(values) - set(self.validators)
        if unknown:
            raise TypeError(f"{self.entity}: unknown fields {sorted(unknown)}")
        problems = Problems()
        clean: dict[str, Any] = {}
        for name, validate in self.validators.items():
            try:
                clean[name] = validate(values.get(name))
            except FieldProblem as problem:
                problems.add(name, problem.template, **problem.params)
        self.check(session, clean, current, problems)
        problems.raise_if_any()
        return clean

    def check(self, session: Session, clean: dict[str, Any], current: Any | None, problems: Problems) -> None:
        """Checks across fields and rows (references, uniqueness); default none."""

    def blockers(self, session: Session, obj: Any) -> dict[str, int]:
        """Counts of records that forbid deleting ``obj``, by translatable plural label."""
        return {}

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        """Counts of records that are deleted together with ``obj``."""
        return {}

    def after_write(self, session: Session, obj: Any, before: R | None) -> None:
        """Runs after a create (``before`` None) or update, inside the transaction."""

    # -- helpers for subclasses --------------------------------------------

    @staticmethod
    def require_row(session: Session, problems: Problems, field: str, model: type[Base], ident: Any) -> None:
        """Report ``field`` if it names a row of ``model`` that does not exist."""
        if ident is not None and not problems.has(field) and session.get(model, ident) is None:
            problems.add(field, QT_TRANSLATE_NOOP("Errors", "The selected record does not exist (any more)."))
