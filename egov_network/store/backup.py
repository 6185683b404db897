"""Consistent copies of a SQLite database with SQLite's online backup API, verified before they count."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

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
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy is a standalone file: no WAL, so it opens anywhere.
            dst.execute("PRAGMA journal_mode=DELETE")
            problem = verify_copy(src, dst)
        finally:
            dst.close()
    finally:
        src.close()
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
    os.replace(partial, target)
    return target


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
