"""The backups of one database file: made, listed, thinned and restored.

Backups of ``network.sqlite`` live in the folder ``network.sqlite.backups``
beside it (0700), one verified SQLite copy per backup (0600) and a small JSON
sidecar with its date, reason and rows per table. The sidecar is written only
after the copy was verified and renamed into place, and ``list_backups``
reads only sidecars whose copy is there at the size they name: a copy cut
short by a crash (``*.partial``) or one without its sidecar never counts, and
listing 30 backups reads 30 small files instead of opening 30 databases.

Thinning keeps, like Anki's backups, the newest few of today, then one a day,
one a week and one a month for a while; the newest verified backup is never
removed, and nothing is removed before the new backup was verified.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from egov_network import files
from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.store.backup import (
    copy_verified,
    integrity_problem,
    read_counts,
    sqlite_uri,
)
from egov_network.store.database import Store, resolve_url

REASONS = ("automatic", "manual", "before-upgrade", "before-restore")
#: How many backups of today are kept (besides the daily, weekly, monthly ones).
KEEP_TODAY = 8
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9

#: Tables whose row counts are bookkeeping, not the user's records.
_NOT_RECORDS = {"alembic_version"}
_SIDECAR = ".json"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """One complete, verified backup: its file, when it was made, how big, what it holds, and why."""

    path: Path
    made_at: datetime  # local, timezone-aware
    size: int  # bytes
    counts: dict[str, int]  # rows per entity table (contact, authority, meeting, ...)
    reason: str  # "automatic" | "manual" | "before-upgrade" | "before-restore"


def backup_folder(database: Path) -> Path:
    """Where the backups of ``database`` live (created 0700 when the first backup is made)."""
    database = Path(database).expanduser().resolve()
    return database.with_name(database.name + ".backups")


def _sidecar(copy: Path) -> Path:
    return copy.with_name(copy.name + _SIDECAR)


def _read_info(sidecar: Path) -> BackupInfo | None:
    """The backup a sidecar describes, or None when it or its copy is missing, cut short or foreign."""
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        copy = sidecar.with_name(str(data["file"]))
        size = copy.stat().st_size
        if size != int(data["size"]) or data["reason"] not in REASONS:
            return None
        made_at = datetime.fromisoformat(str(data["made_at"]))
        if made_at.tzinfo is None:
            return None
        counts = {str(name): int(number) for name, number in dict(data["counts"]).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return BackupInfo(path=copy, made_at=made_at, size=size, counts=counts, reason=str(data["reason"]))


def list_backups(database: Path) -> list[BackupInfo]:
    """The complete, verified backups of ``database``, newest first (fast: reads only the sidecars)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = [info for sidecar in folder.glob("*.sqlite" + _SIDECAR) if (info := _read_info(sidecar))]
    found.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return found


def remove_leftovers(database: Path) -> list[Path]:
    """Remove what a crash during a backup or restore left: ``*.partial`` files, copies without a sidecar.

    Returns what was removed. Called before every backup and at start-up.
    """
    database = Path(database).expanduser().resolve()
    removed: list[Path] = []
    candidates = [database.with_name(database.name + ".partial")]
    folder = backup_folder(database)
    if folder.is_dir():
        complete = {info.path.name for info in list_backups(database)}
        candidates += list(folder.glob("*.partial"))
        candidates += [
            copy for copy in folder.glob("*.sqlite") if copy.name not in complete and _NAME.match(copy.name)
        ]
        candidates += [side for side in folder.glob("*" + _SIDECAR + ".tmp")]
        candidates += [
            side for side in folder.glob("*.sqlite" + _SIDECAR) if side.name[: -len(_SIDECAR)] not in complete
        ]
    for path in candidates:
        if path.exists():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _new_copy_path(folder: Path, database: Path, made_at: datetime) -> Path:
    stamp = made_at.strftime("%Y%m%d-%H%M%S-%f")
    stem = database.stem or "database"
    path = folder / f"{stem}-{stamp}.sqlite"
    number = 1
    while path.exists() or _sidecar(path).exists():
        number += 1
        path = folder / f"{stem}-{stamp}-{number}.sqlite"
    return path


def _write_sidecar(info: BackupInfo) -> None:
    data = {
        "file": info.path.name,
        "made_at": info.made_at.isoformat(),
        "size": info.size,
        "reason": info.reason,
        "counts": info.counts,
    }
    final = _sidecar(info.path)
    temporary = final.with_name(final.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, final)
    files.fsync_folder(final.parent)


def _record_counts(counts: dict[str, int]) -> dict[str, int]:
    # The full-text index's shadow tables are no records either.
    return {name: n for name, n in counts.items() if name not in _NOT_RECORDS and "_fts_" not in name}


def _missing(database: Path) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("Errors", "There is no database file “{path}”."), path=str(database))


def make_backup(
    database: Path, *, reason: str, to: Path | None = None, progress: Progress | None = None
) -> BackupInfo:
    """Copy ``database`` with SQLite's backup API, verify the copy, then thin the older backups.

    With ``to`` the copy goes to that file instead and is not part of the set
    (nothing is thinned). Raises ``StoreError`` when the copy cannot be
    verified; then no older backup was removed.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    database = Path(database).expanduser().resolve()
    if not database.is_file():
        raise _missing(database)
    made_at = datetime.now().astimezone()
    if to is not None:
        target = Path(to).expanduser().resolve()
        if target == database:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "A backup cannot replace the database “{path}” itself."),
                path=str(database),
            )
        if target.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder, not a database file."), path=str(target)
            )
        if not target.parent.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "The folder “{path}” does not exist."), path=str(target.parent)
            )
        counts = copy_verified(database, target, progress=progress)
        return BackupInfo(target, made_at, target.stat().st_size, _record_counts(counts), reason)
    remove_leftovers(database)
    folder = files.private_folder(backup_folder(database))
    target = _new_copy_path(folder, database, made_at)
    counts = copy_verified(database, target, progress=progress)
    info = BackupInfo(target, made_at, target.stat().st_size, _record_counts(counts), reason)
    _write_sidecar(info)
    if reason != "before-restore":
        # Not before a restore: thinning might remove the very backup about to be restored.
        thin_backups(database)
    return info


def keep_indices(
    made: Sequence[datetime],
    today: date,
    *,
    keep_today: int = KEEP_TODAY,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[int]:
    """Which of the backups made at ``made`` to keep (indices), Anki-style; a pure function.

    Walking from the newest: up to ``keep_today`` of today; then the newest of
    each of the last ``daily`` days that have one, then the newest of each of
    ``weekly`` ISO weeks, then of ``monthly`` months, each period counted only
    once. The newest backup is always kept.
    """
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    keep: set[int] = set()
    if not order:
        return keep
    keep.add(order[0])
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    todays = weeklies = monthlies = 0
    for index in order:
        day = made[index].date()
        iso = day.isocalendar()
        week, month = (iso[0], iso[1]), (day.year, day.month)
        if day >= today:
            if todays < keep_today:
                keep.add(index)
            todays += 1
        elif day in days:
            continue
        elif len(days - {today}) < daily:
            keep.add(index)
        elif week not in weeks and weeklies < weekly:
            keep.add(index)
            weeklies += 1
        elif week not in weeks and month not in months and monthlies < monthly:
            keep.add(index)
            monthlies += 1
        else:
            continue
        days.add(day)
        weeks.add(week)
        months.add(month)
    return keep


def thin_backups(database: Path, today: date | None = None) -> list[Path]:
    """Remove the backups ``keep_indices`` does not keep; returns the removed copies."""
    backups = list_backups(database)
    keep = keep_indices([info.made_at for info in backups], today or datetime.now().astimezone().date())
    removed = []
    for index, info in enumerate(backups):
        if index in keep:
            continue
        # The sidecar first: a copy without one no longer counts, even if removing it fails.
        _sidecar(info.path).unlink(missing_ok=True)
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def verify_backup(backup: Path) -> None:
    """Raise ``StoreError`` unless ``backup`` passes the integrity check and holds what its sidecar says."""
    backup = Path(backup).expanduser().resolve()
    if not backup.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "There is no backup file “{path}”."), path=str(backup))
    problem = integrity_problem(backup)
    if not problem:
        counts = read_counts(backup)
        info = _read_info(_sidecar(backup))
        if "alembic_version" not in counts:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "“{path}” is not a backup of this program's database."),
                path=str(backup),
            )
        if info is not None and _record_counts(counts) != info.counts:
            problem = "rows differ from those counted when it was made"
    if problem:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup “{path}” is damaged ({problem}); nothing was changed."),
            path=str(backup),
            problem=problem,
        )


def _refuse_if_in_use(database: Path) -> None:
    """Raise ``StoreError`` when another connection (a window, a command) has ``database`` open.

    Replacing a file under an open connection would let that program write into
    the restored file with its old pages. Leaving WAL mode needs the file to
    itself: SQLite keeps the old mode when anyone else has it open. (It also
    merges the file's own WAL, whose pages the safety copy holds anyway.)
    """
    try:
        connection = sqlite3.connect(sqlite_uri(database, "rw"), uri=True, timeout=0.5)
        try:
            mode = str(connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        mode = "busy"
    except sqlite3.DatabaseError:
        return  # not a database: the safety copy right after says so in its own words
    if mode != "delete":
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{path}” is open in another program (perhaps the window); close it, then restore.",
            ),
            path=str(database),
        )


def restore_backup(backup: Path, database: Path, *, progress: Progress | None = None) -> BackupInfo | None:
    """Replace ``database`` with ``backup``; returns the safety copy made of the current file first.

    The store over ``database`` must be closed. The backup is verified before
    anything changes; the current file is backed up (reason before-restore;
    None when there was no file); the backup is then copied beside the
    database, verified, flushed, and renamed over it after a stale
    ``-wal``/``-shm`` of the old file was removed (their pages are in the
    safety copy), so a crash leaves the old file or the restored one.
    """
    backup = Path(backup).expanduser().resolve()
    database = Path(database).expanduser().resolve()
    if backup == database:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "A backup cannot replace the database “{path}” itself."),
            path=str(database),
        )
    verify_backup(backup)
    safety = None
    if database.is_file() and database.stat().st_size > 0:
        _refuse_if_in_use(database)
        safety = make_backup(database, reason="before-restore")
    database.parent.mkdir(parents=True, exist_ok=True)

    def drop_stale_journals() -> None:
        for suffix in ("-wal", "-shm", "-journal"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)

    copy_verified(backup, database, progress=progress, before_replace=drop_stale_journals)
    files.fsync_file(database)
    return safety


def open_read_only(backup: Path) -> Store:
    """A store over ``backup`` that can only read: SQLite refuses every write, and no pragma changes the file.

    The usual connection set-up (WAL, our BEGIN) is left out on purpose: switching
    to WAL would write to the backup, and a backup must stay as it was made.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    backup = Path(backup).expanduser().resolve()
    verify_backup(backup)
    uri = sqlite_uri(backup, "ro")
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=StaticPool,
    )
    return Store(resolve_url(backup), engine=engine)
