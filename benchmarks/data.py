"""Generated databases for the benchmarks: made once per size, cached, copied before use.

The cache key is the number of contacts, the seed, the schema head revision
and a fingerprint of the generator's source, so a changed generator or a new
migration makes a fresh database. Benchmarks that write (the meeting with 200
participants, an applied import) work on a copy, never on the cached file.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

#: ``module:function`` of the generator; the environment variable lets a developer try another one.
GENERATOR = os.environ.get("EGOV_BENCH_GENERATOR", "egov_network.services.generate:generate_database")
#: Participants of the meeting the editor benchmark opens.
MEETING_PARTICIPANTS = 200
#: Participants of the large meeting opened with its Participants tab in front.
LARGE_MEETING_PARTICIPANTS = 1_000


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("egov-network-benchmarks"))


def _generator() -> Callable[..., Any]:
    module_name, _, function = GENERATOR.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, function or "generate_database")  # type: ignore[no-any-return]


def _fingerprint(generator: Callable[..., Any]) -> str:
    try:
        source = inspect.getsource(inspect.getmodule(generator))  # type: ignore[arg-type]
    except (OSError, TypeError):
        source = GENERATOR
    return hashlib.sha1(source.encode()).hexdigest()[:10]


def schema_revision() -> str:
    from egov_network.store.migrate import head_revision

    return head_revision()


class DatabaseCache:
    """Generated databases by size in ``folder``, made on first use."""

    def __init__(self, folder: Path, seed: int = 1, log: Callable[[str], None] = print) -> None:
        self.folder = folder
        self.seed = seed
        self.log = log

    def database(self, contacts: int) -> Path:
        """The cached database of ``contacts`` contacts, generated if missing."""
        generator = _generator()
        key = f"contacts{contacts}-seed{self.seed}-rev{schema_revision()}-gen{_fingerprint(generator)}"
        target = self.folder / f"{key}.sqlite"
        if target.exists():
            return target
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial.sqlite")
        for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            stale.unlink(missing_ok=True)
        self.log(f"  generating {contacts:,} contacts (seed {self.seed}) -> {target}")
        start = time.perf_counter()
        generator(partial, contacts, seed=self.seed, force=True)
        checkpoint(partial)
        partial.rename(target)
        self.log(f"  generated in {time.perf_counter() - start:.1f} s")
        return target


def checkpoint(path: Path) -> None:
    """Fold a WAL file into the database so one file copy is the whole database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of ``source`` at ``target`` (any older copy and its WAL removed first)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def contact_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        connection.close()


def prepare_meeting(path: Path, participants: int = MEETING_PARTICIPANTS, *, nth: int = 0) -> int:
    """Give the ``nth`` meeting (0: the first) exactly ``participants`` participants; its id.

    Fewer participants if there are fewer contacts; with fewer than ``nth + 1``
    meetings a new one is made.
    """
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT id FROM meeting ORDER BY id LIMIT 1 OFFSET ?", (nth,)).fetchone()
        meeting = row[0] if row and row[0] is not None else None
        now = datetime(2024, 1, 1).isoformat(sep=" ")
        if meeting is None:
            connection.execute(
                "INSERT INTO meeting (title, kind, starts_at, status, created_at, updated_at, version,"
                " search_text) VALUES ('Benchmark', 'working_meeting', ?, 'planned', ?, ?, 1, 'benchmark')",
                (now, now, now),
            )
            meeting = connection.execute("SELECT max(id) FROM meeting").fetchone()[0]
        contacts = [
            r[0] for r in connection.execute("SELECT id FROM contact ORDER BY id LIMIT ?", (participants,))
        ]
        connection.execute("DELETE FROM participation WHERE meeting_id = ?", (meeting,))
        statuses = ("invited", "registered", "attended", "excused")
        connection.executemany(
            "INSERT INTO participation (meeting_id, contact_id, status, role, created_at, updated_at,"
            " version) VALUES (?, ?, ?, 'participant', ?, ?, 1)",
            [(meeting, c, statuses[i % len(statuses)], now, now) for i, c in enumerate(contacts)],
        )
        connection.commit()
        return int(meeting)
    finally:
        connection.close()
