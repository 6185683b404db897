"""A damaged database: set aside under a new name, restored from a backup, or rescued into a new file.

The user's file is never repaired in place. ``set_aside`` renames it (with
its ``-wal`` and ``-shm``) to ``<name>.damaged-YYYY-MM-DD-HHMM``; only then is
another file put at its name. ``rescue`` reads a private copy of the damaged
file and writes what it can read into a new file, which is verified and
counted before the user decides to use it:

- with SQLite's own recovery, ``sqlite3 <copy> .recover`` piped into a new
  database, where the shell is installed and its recovery succeeds (the
  shell of SQLite 3.40.1, Debian 12's, stops with "SQL logic error" on every
  file tried, even a one-table one);
- else row by row in Python: the schema from ``sqlite_master``, every
  table's rows read in rowid ranges, each rowid a range did not yield looked
  up on its own so only unreadable rows are lost, then indexes, full-text indexes
  (rebuilt from the rescued rows) and triggers.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from egov_network import files
from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.store.backup import copy_verified, integrity_problem, read_counts
from egov_network.store.health import connect_read_only

#: ``report(done, total)`` after each table; the window's worker raises from it to cancel.
Report = Callable[[int, int], None]
SUFFIXES = ("", "-wal", "-shm", "-journal")
_CHUNK = 500
#: Shadow tables FTS5 keeps for each virtual table; rebuilt, never copied.
_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


class RescueError(StoreError):
    """Nothing (or not enough) could be read from the damaged file to make a new one."""


@dataclass(frozen=True)
class RescueResult:
    """A new database holding what could be read: where, how, and how many records of each kind."""

    path: Path
    counts: dict[str, int]
    method: str
    unreadable: int = 0
    skipped: list[str] = field(default_factory=list)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """A free name beside ``path`` for the damaged file: ``net.sqlite.damaged-2026-12-02-0412``."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 2
    while any(candidate.with_name(candidate.name + s).exists() for s in SUFFIXES):
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    return candidate


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename ``path`` and its companions to a ``.damaged-DATE`` name, unchanged; returns the new name."""
    target = aside_path(path, now)
    # The companions first: were the main file renamed alone, a -wal left behind
    # would be applied to whatever file is put at the old name next.
    for suffix in ("-wal", "-shm", "-journal", ""):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.rename(part, target.with_name(target.name + suffix))
    return target


def restore_into(backup: Path, database: Path, now: datetime | None = None) -> Path | None:
    """Put a verified copy of ``backup`` at ``database``; a file there is set aside first (returned)."""
    aside = set_aside(database, now) if database.exists() else None
    copy_verified(backup, database)
    return aside


def accept_rescue(result: RescueResult, database: Path, now: datetime | None = None) -> Path | None:
    """Use the rescued file as ``database``; the damaged one is set aside first (returned)."""
    aside = set_aside(database, now) if database.exists() else None
    os.replace(result.path, database)
    return aside


def rescued_path(database: Path, now: datetime | None = None) -> Path:
    """Where a rescue of ``database`` is written: beside it, a name of its own."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M")
    candidate = database.with_name(f"{database.stem}.rescued-{stamp}{database.suffix or '.sqlite'}")
    number = 2
    while candidate.exists():
        candidate = database.with_name(
            f"{database.stem}.rescued-{stamp}-{number}{database.suffix or '.sqlite'}"
        )
        number += 1
    return candidate


def rescue(
    damaged: Path, target: Path, report: Report | None = None, *, use_shell: bool = True
) -> RescueResult:
    """Write what can be read of ``damaged`` into the new file ``target`` and verify it.

    ``damaged`` and its ``-wal`` are copied to a private folder first, so
    neither the shell nor SQLite in this process opens the user's file.
    """
    if target.exists():
        raise FileExistsError(target)
    work = Path(tempfile.mkdtemp(prefix=".rescue-", dir=target.parent))
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = work / "damaged.sqlite"
        for suffix in ("", "-wal"):
            source = damaged.with_name(damaged.name + suffix)
            if source.exists():
                shutil.copyfile(source, copy.with_name(copy.name + suffix))
        lost, skipped = 0, list[str]()
        files.create_private(partial)
        method = "sqlite3 .recover"
        if not (use_shell and _shell_recover(copy, partial)):
            partial.unlink(missing_ok=True)
            files.create_private(partial)
            lost, skipped = _python_recover(copy, partial, report, damaged)
            method = "row by row"
        counts = _finish(partial)
        os.replace(partial, target)
        return RescueResult(target, counts, method, lost, skipped)
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def _shell_recover(copy: Path, partial: Path) -> bool:
    """``sqlite3 copy .recover | sqlite3 partial``; False when there is no shell or it fails."""
    shell = shutil.which("sqlite3")
    if shell is None:
        return False
    try:
        with subprocess.Popen(
            [shell, "-bail", str(copy), ".recover"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as dump:
            load = subprocess.run(
                [shell, "-bail", str(partial)],
                stdin=dump.stdout,
                capture_output=True,
                timeout=3600,
                check=False,
            )
            _, dump_errors = dump.communicate(timeout=3600)
    except (OSError, subprocess.SubprocessError):
        return False
    failed = dump.returncode != 0 or load.returncode != 0 or b"error" in dump_errors.lower()
    if failed or not partial.exists():
        return False
    try:
        connection = sqlite3.connect(partial)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "lost_and_found" in tables:
                left = connection.execute("SELECT count(*) FROM lost_and_found").fetchone()[0]
                if not left:
                    connection.execute("DROP TABLE lost_and_found")
            _rebuild_fts(connection)
            connection.commit()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return bool(tables - {"lost_and_found"})


def _rebuild_fts(connection: sqlite3.Connection) -> None:
    """Rebuild every FTS5 index from its content table: the rescued rows, nothing stale."""
    for name, sql in connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).fetchall():
        if "content=" in str(sql).replace(" ", "").lower():
            connection.execute(f"INSERT INTO {_quoted(name)}({_quoted(name)}) VALUES ('rebuild')")


def _python_recover(
    copy: Path, partial: Path, report: Report | None, original: Path
) -> tuple[int, list[str]]:
    """Schema and rows read with Python's sqlite3; returns (rows unreadable, objects that failed)."""
    try:
        source = connect_read_only(copy)
        schema = source.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    except sqlite3.DatabaseError as error:
        raise RescueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing could be rescued from “{path}”: even its list of tables is unreadable ({reason}).",
            ),
            path=str(original),
            reason=str(error),
        ) from None
    virtual = [str(row[1]) for row in schema if str(row[3]).upper().startswith("CREATE VIRTUAL")]
    shadows = {name + suffix for name in virtual for suffix in _FTS_SHADOWS}
    tables = [
        row
        for row in schema
        if row[0] == "table"
        and not str(row[1]).startswith("sqlite_")
        and str(row[1]) not in shadows
        and str(row[1]) not in virtual
    ]
    target = sqlite3.connect(partial)
    target.isolation_level = None
    lost, skipped = 0, []
    try:
        target.execute("BEGIN")
        for _kind, _name, _table, sql in tables:
            target.execute(sql)
        for done, (_kind, name, _table, sql) in enumerate(tables):
            lost += _copy_rows(source, target, str(name), "WITHOUT ROWID" in str(sql).upper())
            if report is not None:
                report(done + 1, len(tables))
        for kind in ("virtual", "index", "trigger", "view"):
            for row_kind, name, _table, sql in schema:
                is_virtual = str(name) in virtual
                if (kind == "virtual") != is_virtual or (kind != "virtual" and row_kind != kind):
                    continue
                try:
                    target.execute(sql)
                except sqlite3.DatabaseError:
                    skipped.append(str(name))  # e.g. a unique index the damaged rows break
        _rebuild_fts(target)
        target.execute("COMMIT")
    finally:
        target.close()
        source.close()
    return lost, skipped


def _copy_rows(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, without_rowid: bool
) -> int:
    """Copy every readable row of ``table``; returns how many rows raised an error when read."""
    quoted = _quoted(table)
    columns = [str(row[1]) for row in source.execute(f"PRAGMA table_info({quoted})")]
    names = ", ".join(_quoted(c) for c in columns)
    if without_rowid:
        try:
            rows = source.execute(f"SELECT {names} FROM {quoted}").fetchall()
        except sqlite3.DatabaseError:
            return 1
        target.executemany(
            f"INSERT OR IGNORE INTO {quoted} ({names}) VALUES ({', '.join('?' * len(columns))})", rows
        )
        return 0
    insert = f"INSERT OR IGNORE INTO {quoted} (rowid, {names}) VALUES ({', '.join('?' * (len(columns) + 1))})"
    select = f"SELECT rowid, {names} FROM {quoted} WHERE rowid >= ? AND rowid < ?"
    single = f"SELECT rowid, {names} FROM {quoted} WHERE rowid = ?"
    low, high = _rowid_bounds(source, quoted)
    lost = 0
    for start in range(low, high + 1, _CHUNK):
        end = min(start + _CHUNK, high + 1)
        try:
            rows = source.execute(select, (start, end)).fetchall()
        except sqlite3.DatabaseError:
            rows = []
        if len(rows) < end - start:
            # A damaged page can end a range scan early without an error (rows
            # behind it silently missing): look up every rowid not seen, one by
            # one; a lookup seeks from the root and reaches intact pages again.
            seen = {row[0] for row in rows}
            for rowid in range(start, end):
                if rowid in seen:
                    continue
                try:
                    rows.extend(source.execute(single, (rowid,)).fetchall())
                except sqlite3.DatabaseError:
                    lost += 1
        target.executemany(insert, rows)
    return lost


def _rowid_bounds(source: sqlite3.Connection, quoted: str) -> tuple[int, int]:
    """The smallest and largest rowid; where the b-tree's edge is unreadable, a generous guess."""
    try:
        low, high = source.execute(f"SELECT min(rowid), max(rowid) FROM {quoted}").fetchone()
        if low is None:
            return 1, 0
        return int(low), int(high)
    except sqlite3.DatabaseError:
        pages = int(source.execute("PRAGMA page_count").fetchone()[0])
        return 1, max(1000, pages * 50)


def _finish(partial: Path) -> dict[str, int]:
    """Verify the new file (standalone, intact) and count its records per table."""
    connection = sqlite3.connect(partial)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal to lose
    finally:
        connection.close()
    problem = integrity_problem(partial)
    if problem:
        raise RescueError(
            QT_TRANSLATE_NOOP(
                "Errors", "The rescued copy did not pass SQLite's check ({reason}); it was not kept."
            ),
            reason=problem,
        )
    files.fsync_file(partial)
    counts = read_counts(partial)
    # Bookkeeping and the full-text indexes' shadow tables are no records.
    return {name: n for name, n in counts.items() if name != "alembic_version" and "_fts" not in name}
