"""Consistent copies of a SQLite database with SQLite's online backup API, verified before they count."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from egov_network import files
from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A ``file:`` URI SQLite reads as exactly ``path``, whatever characters it has.

    Built by string ("file:{path}"), a ``#`` or ``?`` in the path cut it short:
    SQLite opened (and created) a file at the cut-off name, and a "backup"
    of a real network came out as an empty database.
    """
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )
    return [str(row[0]) for row in rows]


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        name: int(
            connection.execute(f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"').fetchone()[0]
        )
        for name in _tables(connection)
    }


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page and verify the copy; never leaves a half-written ``target``.

    A plain file copy of a WAL database can miss committed pages still in the
    ``-wal`` file; the backup API reads through SQLite and sees them all. The
    copy counts only once it passed SQLite's integrity check and holds as many
    rows in every table as the original: otherwise ``StoreError`` says so and
    nothing that relies on the backup (an upgrade) may go ahead.
    """
    copy_verified(source, target)
    return target


def copy_verified(
    source: Path,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> dict[str, int]:
    """``backup_sqlite`` that also returns the rows per table of the verified copy.

    The copy is written to ``target.partial`` (0600 from its first byte),
    verified, flushed to the disk and only then renamed over ``target``, so a
    crash at any point leaves either the old ``target`` or the new one, never
    half of one. ``progress(done_pages, total_pages)`` is called while copying
    (raising there aborts the copy); ``before_replace`` runs just before the
    rename (a restore removes the target's stale ``-wal``/``-shm`` there).
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    files.create_private(partial)
    try:
        src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
        try:
            # One read transaction for the copy and the counts it is checked against:
            # the copy is of one moment, and a write by the window meanwhile neither
            # restarts the copy at every step (without it a backup in steps never
            # finished while someone kept saving) nor makes the counts differ.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    report = progress
                    src.backup(dst, pages=256, progress=lambda _s, left, total: report(total - left, total))
                # The copy is a standalone file: no WAL, so it opens anywhere.
                dst.execute("PRAGMA journal_mode=DELETE")
                problem = verify_copy(src, dst)
                counts = _counts(dst) if not problem else {}
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if problem:
        partial.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The safety copy of “{path}” could not be verified ({problem}); nothing was changed.",
            ),
            path=str(source),
            problem=problem,
        )
    files.fsync_file(partial)
    if before_replace is not None:
        before_replace()
    os.replace(partial, target)
    files.fsync_folder(target.parent)
    return counts


def read_counts(path: Path) -> dict[str, int]:
    """Rows per table of the SQLite file at ``path``, opened read-only."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return _counts(connection)
    finally:
        connection.close()


def integrity_problem(path: Path) -> str:
    """Empty when SQLite's integrity check of ``path`` (opened read-only) passes; else what it found."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "" if rows == ["ok"] else rows[0]


def verify_copy(original: sqlite3.Connection, copy: sqlite3.Connection) -> str:
    """Empty when ``copy`` is intact and holds the rows of ``original``; else what is wrong."""
    integrity = [row[0] for row in copy.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        return f"integrity: {integrity[0]}"
    expected, found = _counts(original), _counts(copy)
    if expected != found:
        differ = sorted(name for name in set(expected) | set(found) if expected.get(name) != found.get(name))
        return f"rows differ in {', '.join(differ[:5])}"
    return ""
