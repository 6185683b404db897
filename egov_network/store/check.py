"""Health check of a database: integrity, foreign keys, schema version, record counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DatabaseError

from egov_network.store.database import Store
from egov_network.store.health import DatabaseFileError, Problem, check_file
from egov_network.store.migrate import current_revision, head_revision
from egov_network.store.models import ENTITY_TABLES


@dataclass
class CheckReport:
    """What ``run_check`` found; ``problems`` is empty for a healthy database."""

    location: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def record_counts(store: Store) -> dict[str, int]:
    """Number of rows per entity table, in ``ENTITY_TABLES`` order."""
    with store.engine.connect() as connection:
        tables = [model.__table__ for model in ENTITY_TABLES]
        return {
            str(table.name): connection.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[attr-defined]
            for table in tables
        }


def _sqlite_problems(connection: Connection) -> list[str]:
    problems: list[str] = []
    integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.extend(f"integrity: {line}" for line in integrity[:20])
    for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return problems


def run_check(store: Store) -> CheckReport:
    """Check without changing anything (open the store with ``open_store(..., read_only=True)``).

    A file damaged so badly that SQLite cannot even walk it is reported as an
    integrity problem, not raised: the caller wants a verdict. So is a WAL
    file whose ``-wal`` is missing (its last commits are lost).
    """
    path = store.path
    if path is not None:
        try:
            check_file(path)
        except DatabaseFileError as error:
            if error.problem is not Problem.WAL_MISSING:
                raise
            report = CheckReport(store.describe(), None, head_revision())
            report.problems.append(f"incomplete: {error.text()}")
            return report
    try:
        revision = current_revision(store)
    except DatabaseError as exc:
        report = CheckReport(store.describe(), None, head_revision())
        report.problems.append(f"integrity: the database cannot be read ({exc.orig or exc})")
        return report
    report = CheckReport(store.describe(), revision, head_revision())
    if report.revision != report.head:
        report.problems.append(f"schema version is {report.revision or 'none'}, expected {report.head}")
    try:
        with store.engine.connect() as connection:
            if store.url.get_backend_name() == "sqlite":
                report.problems.extend(_sqlite_problems(connection))
            else:
                connection.execute(text("SELECT 1"))
        if report.revision is not None:
            report.counts = record_counts(store)
    except DatabaseError as exc:
        report.problems.append(f"integrity: the database cannot be read ({exc.orig or exc})")
    return report
