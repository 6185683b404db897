"""Opening a database: URL resolution, SQLite settings, and transaction scopes.

``Store`` is the one object the rest of the program holds. ``store.write()``
opens the transaction of one user action (``BEGIN IMMEDIATE`` on SQLite, so
two writers never deadlock halfway); ``store.read()`` a short read. Scopes nest:
a service called inside another's ``write()`` joins that transaction, so a
composite action (loading the demo network, an import) commits all or nothing.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from egov_network.domain.errors import BusyError, StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.store.history import default_actor, flush_entries

BUSY_TIMEOUT_MS = 5000


def resolve_url(target: str | Path) -> URL:
    """Turn ``--database`` into a URL: a SQLAlchemy URL as given, anything else a file path."""
    raw = str(target)
    if "://" in raw:
        try:
            url = make_url(raw)
            url.get_dialect()
        except (ArgumentError, NoSuchModuleError, ValueError):
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "“{url}” is not a database address this program knows."), url=raw
            ) from None
        return url
    return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    """Pragmas on every connection, and our own BEGIN so writes can be IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            # Switching to WAL writes the file's header: never on a read-only look (``check``).
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten, not left readable in free pages (GDPR Art. 17).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        wait = options.get("sqlite_busy_ms")
        if wait is not None:
            # How long this write waits for another program's lock: short in the
            # window (it retries with a visible message), longer in the CLI.
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
        mode = options.get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` with our SQLite settings applied.

    ``read_only`` (SQLite files only): every connection is a ``mode=ro`` URI
    that can change no byte of the file or of a ``-wal`` beside it.
    """
    path = sqlite_path(url)
    if read_only and path is not None:
        from egov_network.store.health import connect_read_only

        engine = create_engine(url, creator=lambda: connect_read_only(path), hide_parameters=True)
        _configure_sqlite(engine, read_only=True)
        return engine
    if url.get_backend_name() == "sqlite":
        # Pooled connections keep SQLite's page cache and parsed schema between
        # user actions: with a fresh connection per action (NullPool) sorting
        # 100,000 contacts took 60-75 ms instead of 27 ms. Backups use SQLite's
        # backup API, which is consistent with connections open; Store.dispose()
        # closes them all when the program lets go of the file.
        # hide_parameters: an error's text never carries the values of a row
        # (names, emails), so neither does the log it may end up in.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass(frozen=True)
class Change:
    """What one committed action changed: entity name -> ids, per operation."""

    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)

    #: Per entity, the fields its updates changed, where the service said so
    #: (a list whose sort column was not touched keeps its order).
    fields: dict[str, set[str] | None] = field(default_factory=dict)
    #: Who caused it: the window's operation runner tags its own changes, so a
    #: view can tell them from changes that arrive from elsewhere (None).
    initiator: object = None

    def is_empty(self) -> bool:
        return not (self.created or self.updated or self.deleted)

    def entities(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def changed_fields(self, entity: str) -> set[str] | None:
        """The fields the updates of ``entity`` changed; None when not known for every update."""
        return self.fields.get(entity) if entity in self.updated else set()

    def _note_fields(self, entity: str, fields: Iterable[str] | None) -> None:
        if fields is None:
            self.fields[entity] = None  # one update without field names: unknown for good
        elif self.fields.get(entity, set()) is not None:
            known = self.fields.setdefault(entity, set())
            assert known is not None
            known.update(fields)

    def ids(self, entity: str) -> set[int]:
        """Every id of ``entity`` this change created, updated or deleted."""
        return (
            self.created.get(entity, set())
            | self.updated.get(entity, set())
            | self.deleted.get(entity, set())
        )

    @staticmethod
    def merge(changes: list[Change], initiator: object = None) -> Change:
        """One change out of several commits (a macro, an import in parts), in order.

        A record created and later deleted within them counts as deleted; one
        deleted and brought back (undo of a delete) as created.
        """
        merged = Change(initiator=initiator)
        for change in changes:
            for entity in change.updated:
                merged._note_fields(entity, change.changed_fields(entity))
            for op in ("created", "updated", "deleted"):
                target: dict[str, set[int]] = getattr(merged, op)
                for entity, ids in getattr(change, op).items():
                    target.setdefault(entity, set()).update(ids)
            for entity, ids in change.deleted.items():
                merged.created.get(entity, set()).difference_update(ids)
                merged.updated.get(entity, set()).difference_update(ids)
            for entity, ids in change.created.items():
                merged.deleted.get(entity, set()).difference_update(ids)
        for op in ("created", "updated", "deleted"):
            table: dict[str, set[int]] = getattr(merged, op)
            for entity in [e for e, ids in table.items() if not ids]:
                del table[entity]
        return merged


_current: contextvars.ContextVar[tuple[Session, Change] | None] = contextvars.ContextVar(
    "egov_current_session", default=None
)
#: While set, committed changes of this thread go here instead of to the listeners
#: (the operation runner announces them itself, once, after the undo push).
_collector: contextvars.ContextVar[list[Change] | None] = contextvars.ContextVar(
    "egov_change_collector", default=None
)


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig or error).lower()
    return "database is locked" in text or "database is busy" in text


class Store:
    """An open database: engine, session factory, and change listeners.

    Listeners get a ``Change`` after every committed write; the UI turns that
    into a Qt signal so open views refresh what changed, not everything.
    """

    #: How long a write waits for another program's lock unless told otherwise
    #: (the CLI's ``--wait``; the window sets a short wait and retries visibly).
    default_write_wait_ms = BUSY_TIMEOUT_MS

    def __init__(self, url: URL, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._listeners: list[Callable[[Change], None]] = []
        #: Who the history names as the author of writes: the OS user name;
        #: a team login sets its own.
        self.actor = default_actor()
        self.set_write_wait(self.default_write_wait_ms)

    def set_write_wait(self, milliseconds: int) -> None:
        """How long one write waits for another program's write lock before ``BusyError``."""
        self.write_wait_ms = milliseconds
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_busy_ms=milliseconds)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def describe(self) -> str:
        """A human-readable location: the file path, or the URL without password."""
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The transaction of one user action; joins an enclosing one if there is one."""
        outer = _current.get()
        if outer is not None:
            yield outer[0]
            return
        change = Change()
        try:
            with self._write_sessions() as session:
                session.info["actor"] = self.actor
                token = _current.set((session, change))
                try:
                    with session.begin():
                        yield session
                        flush_entries(session)
                finally:
                    _current.reset(token)
        except OperationalError as error:
            if _is_busy(error):
                # BEGIN IMMEDIATE (or a commit) could not get the lock: nothing was written.
                raise BusyError(self.describe()) from None
            raise
        if not change.is_empty():
            collector = _collector.get()
            if collector is not None:
                collector.append(change)
            else:
                self.announce(change)

    def announce(self, change: Change) -> None:
        """Tell every listener about a committed change."""
        for listener in list(self._listeners):
            listener(change)

    @staticmethod
    @contextmanager
    def collect() -> Iterator[list[Change]]:
        """Keep the changes committed inside (in this thread) instead of announcing them.

        The window's operation runner uses it to announce one change per user
        action, after the action is on the undo stack. Nested collections share
        the outer list.
        """
        outer = _collector.get()
        if outer is not None:
            yield outer
            return
        changes: list[Change] = []
        token = _collector.set(changes)
        try:
            yield changes
        finally:
            _collector.reset(token)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session (joins an enclosing write so it sees its changes)."""
        outer = _current.get()
        if outer is not None:
            yield outer[0]
            return
        with self._sessions() as session, session.begin():
            yield session

    @staticmethod
    def record(op: str, entity: str, ident: int, fields: Iterable[str] | None = None) -> None:
        """Note a change in the current write transaction (called by services).

        ``fields``: for an update, the fields it changed, when the caller knows;
        an update of the entity without them makes its field list unknown.
        """
        current = _current.get()
        if current is None:
            raise RuntimeError("Store.record called outside store.write()")
        change = current[1]
        getattr(change, op).setdefault(entity, set()).add(ident)
        if op == "updated":
            change._note_fields(entity, fields)

    def table_names(self) -> list[str]:
        with self.engine.connect() as connection:
            return inspect(connection).get_table_names()

    def probe(self) -> None:
        """Read the schema once; raises ``StoreError`` when the file is no SQLite database."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master" if self.path else "SELECT 1"))
        except DatabaseError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{location}” is not a database this program can open ({reason})."
                ),
                location=self.describe(),
                reason=str(exc.orig) if exc.orig else str(exc),
            ) from None

    def dispose(self) -> None:
        self.engine.dispose()
