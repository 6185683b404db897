"""Is a database file fit to open? The quick check at start, the weekly full check, and what is wrong.

Everything here reads the file read-only (a SQLite ``mode=ro`` URI) and before
the program's own engine touches it: that engine switches the file to WAL and
writes, and an upgrade would back up and migrate a damaged file in place. A
file that fails is classified (``Problem``) so the window can offer the right
way out: a damaged file a backup or a rescue, a newer one an update.
"""

from __future__ import annotations

import enum
import sqlite3
import struct
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.store.backup import sqlite_uri

MAGIC = b"SQLite format 3\x00"
VERSIONS = Path(__file__).with_name("migrations") / "versions"


class Problem(enum.Enum):
    """What is wrong with a database file, each with its own way out."""

    FOLDER = "folder"
    MISSING = "missing"
    NOT_A_DATABASE = "not a database"
    DAMAGED = "damaged"
    NEWER = "newer"
    WAL_MISSING = "wal missing"


_TEMPLATES = {
    Problem.FOLDER: QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder, not a database file."),
    Problem.MISSING: QT_TRANSLATE_NOOP("Errors", "There is no database file “{path}”."),
    Problem.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is not a database this program can open ({reason})."
    ),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is damaged: SQLite's check found errors in it. The file was not changed."
    ),
    Problem.NEWER: QT_TRANSLATE_NOOP(
        "Errors", "“{path}” was written by a newer version of this program; please update."
    ),
    Problem.WAL_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is incomplete: the file “{wal}” that holds its latest changes is missing (perhaps only "
        "the main file was copied or restored). The file was not changed.",
    ),
}


class DatabaseFileError(StoreError):
    """The database file cannot be used as it is; ``problem`` says why, ``path`` which file."""

    def __init__(self, problem: Problem, path: Path, reason: str = "") -> None:
        wal = path.with_name(path.name + "-wal").name
        super().__init__(_TEMPLATES[problem], path=str(path), reason=reason, wal=wal, location=str(path))
        self.problem = problem
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Health:
    """A file that passed the quick check: its schema revision (None for a new, empty file)."""

    path: Path
    revision: str | None
    seconds: float


def known_revisions() -> set[str]:
    """Revisions this program knows, from the migration file names (``0007_sort_keys.py``).

    Reading the folder costs microseconds; Alembic's own scan of the scripts ~0.3 s.
    """
    return {entry.name.split("_", 1)[0] for entry in VERSIONS.glob("[0-9]*_*.py")}


def companions(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files SQLite keeps beside ``path`` that exist now."""
    return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")) if p.exists()]


def shm_frames(shm: Path) -> int:
    """Frames of the WAL the ``-shm`` index says are committed (0 when it cannot tell).

    The wal-index header starts the file: iVersion, unused, iChange, isInit,
    bigEndCksum, szPage, then mxFrame at byte 16, in the writer's byte order.
    """
    try:
        with shm.open("rb") as handle:
            header = handle.read(48)
    except OSError:
        return 0
    if len(header) < 20 or header[12] != 1:  # isInit: the index was never built
        return 0
    for order in ("<", ">"):
        version, frames = struct.unpack_from(order + "I12xI", header, 0)
        if version == 3007000:  # the one wal-index format, in its writer's byte order
            break
    else:
        return 0
    return int(frames)


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def classify_error(path: Path, error: sqlite3.DatabaseError) -> DatabaseFileError:
    """The problem behind an error SQLite raised while reading ``path``."""
    text = str(error)
    if "not a database" in text or "file is encrypted" in text:
        return DatabaseFileError(Problem.NOT_A_DATABASE, path, text)
    return DatabaseFileError(Problem.DAMAGED, path, text)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write ``path`` (nor merge a ``-wal`` into it)."""
    uri = sqlite_uri(path, "ro")
    if not any(p.name.endswith(("-wal", "-journal")) for p in companions(path)):
        # No -wal or -journal: no program is writing to the file (an open WAL
        # connection keeps its -wal). Read-only SQLite would still create an
        # empty -wal and -shm beside a WAL file and leave them there, or reset
        # the index in a -shm whose -wal is gone; "immutable" reads the file
        # alone and touches nothing else.
        uri += "&immutable=1"
    # check_same_thread off: an engine's pool hands it to one thread at a time.
    connection = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    return connection


def check_file(path: Path) -> None:
    """The checks that need no SQLite: a file, with SQLite's header, and its ``-wal`` where one is due."""
    if path.is_dir():
        raise DatabaseFileError(Problem.FOLDER, path)
    if not path.exists():
        raise DatabaseFileError(Problem.MISSING, path)
    size = path.stat().st_size
    if size == 0:
        return  # a new file: SQLite makes it a database on first write
    header = _header(path)
    if len(header) < 100 or not header.startswith(MAGIC):
        raise DatabaseFileError(Problem.NOT_A_DATABASE, path, "file is not a database")
    wal_mode = header[18] == 2 and header[19] == 2
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    # A WAL file whose index (-shm) records committed frames while the -wal
    # itself is gone lost those commits: opening it would silently show (and
    # then write over) an older state. A -shm with no frames is harmless.
    if wal_mode and not wal.exists() and shm.exists() and shm_frames(shm) > 0:
        raise DatabaseFileError(Problem.WAL_MISSING, path)


#: Files up to this size get SQLite's whole ``quick_check`` before the window opens: it reads every
#: page, ~2.5 ms per MB here (0.9 s for the 364 MB of 100,000 contacts), so a bigger file gets
#: the structural check at start and the whole ``quick_check`` right after, in the background.
WHOLE_CHECK_BYTES = 48 * 1024 * 1024


def _header_problem(path: Path, header: bytes) -> str:
    """What is wrong with the 100-byte header against the file's size; "" when nothing."""
    (page_size,) = struct.unpack_from(">H", header, 16)
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"page size {page_size}"
    size = path.stat().st_size
    changes, pages, freelist_trunk = struct.unpack_from(">III", header, 24)
    (valid_for,) = struct.unpack_from(">I", header, 92)
    if size % page_size:
        return f"file size {size} is not a whole number of {page_size}-byte pages"
    # The page count in the header is only kept by SQLite 3.7+ (valid when "valid-for" matches).
    if valid_for == changes and pages and pages * page_size > size:
        return f"the file is cut short: {size // page_size} of {pages} pages"
    if freelist_trunk > max(pages, size // page_size):
        return f"free list points past the end (page {freelist_trunk})"
    return ""


def _structure(connection: sqlite3.Connection) -> None:
    """Read the schema and the first and last entry of every table (their roots and edge paths)."""
    objects = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    for kind, name, sql in objects:
        if kind != "table" or str(sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        quoted = '"' + str(name).replace('"', '""') + '"'
        connection.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
        if "WITHOUT ROWID" not in str(sql or "").upper():
            connection.execute(f"SELECT max(rowid) FROM {quoted}").fetchall()


def quick_check(path: Path, *, whole: bool | None = None, thorough: bool = False) -> Health:
    """At start: file, header, SQLite's ``quick_check`` and the schema revision; raises ``DatabaseFileError``.

    ``quick_check`` reads every page and checks each b-tree's structure, free
    list and records, but not that indexes match their tables (the weekly
    ``integrity_check`` does). ``whole`` False (default for files over
    ``WHOLE_CHECK_BYTES``) checks only what can be read in a few milliseconds:
    the header against the file size (a file cut short), the schema (every
    table's definition parses) and the first and last entry of every table
    (each b-tree's root and its edge pages); ``background_check`` then runs
    the whole ``quick_check`` off the GUI thread. ``thorough`` runs the full
    ``integrity_check`` instead (after damage was seen while the file was open).
    """
    started = time.perf_counter()
    check_file(path)
    size = path.stat().st_size
    if size == 0:
        return Health(path, None, time.perf_counter() - started)
    problem = _header_problem(path, _header(path))
    if problem:
        raise DatabaseFileError(Problem.DAMAGED, path, problem)
    if whole is None:
        whole = thorough or size <= WHOLE_CHECK_BYTES
    try:
        try:
            revision = _read_check(path, whole, thorough)
        except sqlite3.OperationalError as error:
            journal = path.with_name(path.name + "-journal")
            if "readonly" not in str(error) or not journal.exists():
                raise
            # A hot rollback journal: a transaction was cut off (a crash). SQLite
            # rolls it back on the first ordinary open, its normal recovery that
            # restores the last committed state, not a repair; then check again.
            rolling = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
            try:
                rolling.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                rolling.close()
            revision = _read_check(path, whole, thorough)
    except sqlite3.DatabaseError as error:
        raise classify_error(path, error) from None
    if revision is not None and revision not in known_revisions():
        raise DatabaseFileError(Problem.NEWER, path, revision)
    return Health(path, revision, time.perf_counter() - started)


def _read_check(path: Path, whole: bool, thorough: bool) -> str | None:
    """The check itself on a read-only connection; returns the schema revision."""
    connection = connect_read_only(path)
    try:
        if whole:
            pragma = "integrity_check(5)" if thorough else "quick_check(5)"
            result = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
            if result != ["ok"]:
                raise DatabaseFileError(Problem.DAMAGED, path, "; ".join(result[:3]))
        else:
            _structure(connection)
        return _revision(connection)
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection) -> str | None:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not found:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


class FullCheck:
    """SQLite's ``integrity_check`` (``thorough``) or whole ``quick_check`` of a file, read-only, stoppable.

    ``run()`` (in a worker: 15 s for the 364 MB of 100,000 contacts here)
    returns SQLite's findings, empty when the file is intact, or None when
    ``stop()`` (from any thread, e.g. when the program quits) interrupted it.
    """

    def __init__(self, path: Path, *, thorough: bool = True) -> None:
        self.path = path
        self.thorough = thorough
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> list[str] | None:
        pragma = "integrity_check(20)" if self.thorough else "quick_check(20)"
        try:
            connection = connect_read_only(self.path)
            with self._lock:
                self._connection = connection
                stopped = self._stopped
            try:
                if stopped:
                    return None
                result = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
            finally:
                with self._lock:
                    self._connection = None
                connection.close()
        except sqlite3.OperationalError as error:
            if self._stopped and "interrupt" in str(error):
                return None
            return [str(error)]
        except sqlite3.DatabaseError as error:
            return [str(error)]
        return [] if result == ["ok"] else result

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()


def full_check(path: Path, *, thorough: bool = True) -> list[str]:
    """``FullCheck(path).run()`` to its end: SQLite's findings, empty when the file is intact."""
    return FullCheck(path, thorough=thorough).run() or []


def is_damage_error(error: BaseException | None) -> bool:
    """Whether ``error`` (or what caused it, e.g. SQLAlchemy's wrapper) is SQLite finding a damaged file."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, sqlite3.DatabaseError):
            text = str(error).lower()
            return "malformed" in text or "not a database" in text or "corrupt" in text
        error = getattr(error, "orig", None) or error.__cause__
        seen += 1
    return False
