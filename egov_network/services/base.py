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
from sqlalchemy.exc import IntegrityError
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
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.history import Entry
from egov_network.store.models import Base
from egov_network.store.search import COUNT_COLUMNS

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


@dataclass(frozen=True)
class Edit(Generic[R]):
    """What one update did, for undo: the record after it and the values it replaced.

    ``before`` and ``after`` hold only the fields that really changed (after
    validation and normalisation), so undo puts back exactly those and redo
    re-applies what was stored, not what was typed. Both empty: nothing changed.
    """

    record: R
    before: dict[str, Any]
    after: dict[str, Any]


_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” was changed elsewhere in the meantime. Reload it and try again."
)


def _columns(obj: Any) -> dict[str, Any]:
    """A row's own values: without the counts triggers keep (a restore's children count again)."""
    return {
        column.key: getattr(obj, column.key)
        for column in obj.__table__.columns
        if column.key not in COUNT_COLUMNS
    }


def _filled(value: Any) -> bool:
    """Whether a created record's field is worth a line in its history (not empty)."""
    return value is not None and value != ""


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
    #: Deleting puts the record into the trash (the records people delete, not link rows).
    trashable: ClassVar[bool] = False
    #: For a link entity: its foreign key columns naming the records whose history
    #: shows it (an expertise shows in its contact's and its topic's history).
    history_sides: ClassVar[tuple[str, ...]] = ()

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
            obj.id = history.next_free_id(session, self.model.__tablename__, self.entity)
            session.add(obj)
            session.flush()
            self.after_write(session, obj, None)
            Store.record("created", self.entity, obj.id)
            row = _columns(obj)
            self.log(session, history.CREATED, row, {k: (None, row[k]) for k in clean if _filled(row[k])})
            return self.to_record(obj)

    def update(self, ident: int, values: Mapping[str, Any], *, expected_version: int | None = None) -> R:
        """Change the given fields; ``expected_version`` guards against lost updates."""
        return self.change(ident, values, expected_version=expected_version).record

    def change(
        self,
        ident: int,
        values: Mapping[str, Any],
        *,
        expected_version: int | None = None,
        expected_values: Mapping[str, Any] | None = None,
    ) -> Edit[R]:
        """``update`` that also hands back the values it replaced, which is what undo needs.

        Raises ``ConflictError`` when the record's version is not ``expected_version``
        (someone else changed it since the caller read it); nothing is written then.
        """
        with self.store.write() as session:
            obj = self.load(session, ident)
            self.check_version(obj, expected_version)
            self.check_values(obj, expected_values)
            before = self.to_record(obj)
            merged = {k: getattr(before, k) for k in self._record_fields if k not in META_FIELDS}
            merged.update(values)
            clean = self.clean(session, merged, obj)
            replaced: dict[str, Any] = {}
            for key, value in clean.items():
                if getattr(obj, key) != value:
                    replaced[key] = getattr(obj, key)
                    setattr(obj, key, value)
            if not replaced:
                return Edit(before, {}, {})
            try:
                session.flush()
            except StaleDataError:
                raise ConflictError(_CHANGED_ELSEWHERE, name=self.describe(obj)) from None
            self.after_write(session, obj, before)
            Store.record("updated", self.entity, obj.id, fields=replaced)
            self.log(
                session,
                history.CHANGED,
                _columns(obj),
                {k: (v, getattr(obj, k)) for k, v in replaced.items()},
            )
            return Edit(self.to_record(obj), replaced, {key: getattr(obj, key) for key in replaced})

    def check_version(self, obj: Any, expected_version: int | None) -> None:
        """Refuse to write over a change the caller has not seen (``ConflictError``)."""
        if expected_version is not None and getattr(obj, "version", None) != expected_version:
            raise ConflictError(_CHANGED_ELSEWHERE, name=self.describe(obj))

    def check_values(self, obj: Any, expected: Mapping[str, Any] | None) -> None:
        """Refuse when fields no longer hold what the caller last stored (undo, redo).

        Undo checks values rather than versions: this program's own later
        steps, undone first, move the version on but leave the values as
        they were; only someone else's change makes them differ.
        """
        if expected and any(getattr(obj, key) != value for key, value in expected.items()):
            raise ConflictError(_CHANGED_ELSEWHERE, name=self.describe(obj))

    def values_of(self, record: Any) -> dict[str, Any]:
        """The fields people edit, of a record or a snapshot's row: what undo expects to find."""
        get = record.get if isinstance(record, dict) else lambda key: getattr(record, key)
        return {k: get(k) for k in self._record_fields if k not in META_FIELDS}

    def delete(
        self,
        ident: int,
        *,
        expected_version: int | None = None,
        expected_values: Mapping[str, Any] | None = None,
    ) -> R:
        """Delete a record unless something still depends on it; returns what was deleted."""
        with self.store.write() as session:
            obj = self.load(session, ident)
            self.check_version(obj, expected_version)
            self.check_values(obj, expected_values)
            blocking = {label: n for label, n in self.blockers(session, obj).items() if n}
            if blocking:
                raise DependencyError(self.describe(obj), blocking)
            gone = self.to_record(obj)
            row = _columns(obj)
            if self.trashable:
                history.put_in_trash(
                    session, self.entity, ident, self.history_label(row), self._owned_rows(session, obj)
                )
            self.log(session, history.DELETED, row, {})
            session.delete(obj)
            session.flush()
            Store.record("deleted", self.entity, ident)
            return gone

    def snapshot(self, ident: int) -> Snapshot:
        """Everything ``delete`` would remove, to bring it back with ``restore``."""
        with self.store.read() as session:
            obj = self.load(session, ident)
            return Snapshot(self.entity, ident, self._owned_rows(session, obj))

    def _owned_rows(self, session: Session, obj: Any) -> dict[str, list[dict[str, Any]]]:
        rows: dict[str, list[dict[str, Any]]] = {self.model.__tablename__: [_columns(obj)]}
        for child, column in self.children:
            found = session.scalars(select(child).where(getattr(child, column) == obj.id))
            rows[child.__tablename__] = [_columns(row) for row in found]
        return rows

    def restore(self, snapshot: Snapshot) -> R:
        """Re-insert a snapshot's rows with their original ids (undo of a delete)."""
        with self.store.write() as session:
            tables = {self.model.__tablename__: self.model} | {c.__tablename__: c for c, _ in self.children}
            try:
                with session.begin_nested():
                    for name, rows in snapshot.rows.items():
                        if rows:
                            session.execute(insert(tables[name]), rows)
            except IntegrityError:
                # Its id was taken again, or what it pointed to is gone (changed elsewhere).
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{name}” cannot be brought back: the records it belonged to were changed "
                        "elsewhere in the meantime.",
                    ),
                    name=self.describe_snapshot(snapshot),
                ) from None
            Store.record("created", self.entity, snapshot.ident)
            if self.trashable:
                history.take_from_trash(session, self.entity, snapshot.ident)
            row = snapshot.rows[self.model.__tablename__][0]
            self.log(session, history.RESTORED, row, {})
            return self.to_record(self.load(session, snapshot.ident))

    # -- history ------------------------------------------------------------

    def history_label(self, row: Mapping[str, Any]) -> str:
        """How the history names a record, from its columns ("Meier, Anna")."""
        return history.name_of_row(self.model.__tablename__, row)

    def log(
        self, session: Session, action: str, row: Mapping[str, Any], changes: Mapping[str, tuple[Any, Any]]
    ) -> None:
        """Write the history entry of one create/change/delete/restore, in its transaction.

        A link entity (``history_sides``) is written as "linked"/"unlinked"/
        "link changed" into the history of each record it joins, naming the
        other side, so a contact's History tab shows its new expert topic.
        """
        table = self.model.__tablename__
        changes = history.readable(session, table, {k: v for k, v in changes.items() if k not in META_FIELDS})
        if not self.history_sides:
            history.write_entries(
                session, [Entry(action, self.entity, row["id"], self.history_label(row), changes)]
            )
            return
        verb = {
            history.CREATED: history.LINKED,
            history.RESTORED: history.LINKED,
            history.DELETED: history.UNLINKED,
        }.get(action, history.LINK_CHANGED)
        entries = []
        for side in self.history_sides:
            owner = history.reference_table(table, side)
            if owner is None or row.get(side) is None:
                continue
            shown: dict[str, tuple[Any, Any]] = {}
            for other in self.history_sides:
                other_table = history.reference_table(table, other)
                if other == side or other_table is None:
                    continue
                name = history.label_of(session, other_table, row.get(other))
                before = None if verb == history.LINKED else changes.get(other, (name, name))[0]
                after = None if verb == history.UNLINKED else name
                shown[other] = (before, after)
            shown.update((k, v) for k, v in changes.items() if k not in self.history_sides)
            entries.append(Entry(verb, owner, row[side], history.label_of(session, owner, row[side]), shown))
        history.write_entries(session, entries)

    def describe_snapshot(self, snapshot: Snapshot) -> str:
        """How a deleted record is named in messages, from its snapshot."""
        row = snapshot.rows[self.model.__tablename__][0]
        return str(row.get("name") or row.get("title") or row.get("last_name") or self.history_label(row))

    def values_in(self, snapshot: Snapshot) -> dict[str, Any]:
        """The edited fields of a snapshot's record (what a redo of its delete expects to find)."""
        return self.values_of(snapshot.rows[self.model.__tablename__][0])

    def delete_check(self, idents: list[int]) -> tuple[dict[str, int], dict[str, int]]:
        """Before asking "Delete?": what blocks deleting ``idents`` and what would go with them.

        Both map a translatable plural label to a count, summed over the records.
        """
        blocking: dict[str, int] = {}
        along: dict[str, int] = {}
        with self.store.read() as session:
            for ident in idents:
                obj = self.load(session, ident)
                for found, into in (
                    (self.blockers(session, obj), blocking),
                    (self.owned(session, obj), along),
                ):
                    for label, number in found.items():
                        if number:
                            into[label] = into.get(label, 0) + number
        return blocking, along

    def delete_many(
        self, idents: list[int], expected_values: Mapping[int, Mapping[str, Any]] | None = None
    ) -> list[Snapshot]:
        """Delete several records in one action; all or none. Returns snapshots for undo.

        ``expected_values`` (id -> fields) refuses the whole delete when one of
        them was changed elsewhere since (a redo, an undo of a create).
        """
        expected = expected_values or {}
        with self.store.write():
            snapshots = [self.snapshot(i) for i in idents]
            for ident in idents:
                self.delete(ident, expected_values=expected.get(ident))
            return snapshots

    # -- hooks --------------------------------------------------------------

    def clean(self, session: Session, values: dict[str, Any], current: Any | None) -> dict[str, Any]:
        """Validate every field, then the cross-field checks; raise all problems at once."""
        problems = Problems()
        for name in sorted(set(values) - set(self.validators), key=str):
            # A misspelt column of an import or script: said, not a crash.
            problems.add(str(name), QT_TRANSLATE_NOOP("Errors", "There is no such field."))
        problems.raise_if_any()
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
