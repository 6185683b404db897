"""Consistent copies of a SQLite database with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; never leaves a half-written ``target``.

    A plain file copy of a WAL database can miss committed pages still in the
    ``-wal`` file; the backup API reads through SQLite and sees them all.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy is a standalone file: no WAL, so it opens anywhere.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    return target
