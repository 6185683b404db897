"""Files that hold personal data: private modes, temporary files beside their target, crash leftovers.

Everything the program writes about people (the database and its ``-wal``
and ``-shm``, backups, exports, printouts, settings, the log) is for its
owner alone: files 0600 and the program's folders 0700 on POSIX, whatever
the umask says. A file is written under a temporary name in its target's
folder (never in a shared temp folder, where another account can list it
and nothing ever cleans up after a crash), flushed to disk with ``fsync``
and renamed into place. Each temporary file is noted in a small journal
first, so one left behind by a killed program is removed at the next start.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from egov_network import paths

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name == "posix"
#: How the names of our temporary files end; only such files are ever removed as leftovers.
TEMP_SUFFIXES = (".tmp", ".partial")


def restrict_umask() -> None:
    """Create every file of this process for its owner only (called first by the window and the CLI)."""
    if POSIX:
        os.umask(0o077)


def private_folder(path: Path) -> Path:
    """Make ``path`` (a folder of the program's own) and tighten it to 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if POSIX:
        with suppress(OSError):
            os.chmod(path, PRIVATE_FOLDER)
    return path


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 (a database or settings file written by an older version)."""
    if POSIX and path.exists():
        with suppress(OSError):
            if path.stat().st_mode & 0o077:
                os.chmod(path, PRIVATE_FILE)


def create_private(path: Path) -> None:
    """Create ``path`` empty and 0600 unless it exists; SQLite gives its -wal and -shm the same mode."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        make_private(path)
        return
    os.close(handle)
    if POSIX:
        os.chmod(path, PRIVATE_FILE)  # os.open's mode is masked by the umask; this is not


def fsync_file(path: Path) -> None:
    """Force ``path``'s contents to disk, so a rename never exposes a file whose data is still in RAM."""
    with open(path, "rb+") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Force a rename in ``folder`` to disk (POSIX; Windows has no directory handles for this)."""
    if not POSIX:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse fsync on folders; the file itself is on disk
    finally:
        os.close(handle)


def replace_durably(temp: Path, target: Path) -> None:
    """``os.replace(temp, target)`` with the data on disk before and the rename on disk after."""
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(target.parent)


# -- temporary files and their journal ---------------------------------------------


def journal_folder() -> Path:
    """Where pending temporary files are noted: one small entry per file, removed with it."""
    return paths.data_dir() / "pending-files"


#: Journal entries of this process, by the temporary file they name.
_entries: dict[Path, Path] = {}


def note_temporary(path: Path) -> None:
    """Note ``path`` in the journal before data goes into it, so a crash leaves nothing for good.

    When the journal cannot be written the file is still removed on failure;
    only the clean-up after a kill is lost, which is not worth failing the export for.
    """
    try:
        folder = private_folder(journal_folder())
        entry = folder / f"{secrets.token_hex(8)}.json"
        handle = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"path": str(path), "pid": os.getpid()}, out)
    except OSError:
        return
    _entries[path] = entry


def forget_temporary(done: Iterable[Path]) -> None:
    """Remove the journal entries of temporary files that are gone (renamed into place or deleted)."""
    for path in done:
        entry = _entries.pop(path, None)
        if entry is not None:
            with suppress(OSError):
                entry.unlink()


def create_noted(folder: Path, prefix: str, suffix: str = ".tmp") -> Path:
    """A new, empty 0600 file in ``folder``: ``prefix`` + random + ``suffix``, noted in the journal first.

    The note comes before the file, so a kill at any moment leaves no
    temporary file the next start does not know about.
    """
    for _attempt in range(100):
        path = folder / f"{prefix}{secrets.token_hex(6)}{suffix}"
        note_temporary(path)
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            forget_temporary([path])
            continue
        except OSError:
            forget_temporary([path])
            raise
        os.close(handle)
        if POSIX:
            os.chmod(path, PRIVATE_FILE)  # os.open's mode is masked by the umask; this is not
        return path
    raise FileExistsError(f"no free temporary name in {folder}")


@contextmanager
def temporary_beside(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A new, empty 0600 file in ``target``'s folder, hidden by a leading dot; removed when the block ends.

    The caller renames it into place inside the block (``replace_durably``);
    whatever is left at the end (an error, a cancel) is deleted. ``OSError``
    from creating it reaches the caller, who words it for the user.
    """
    target = Path(target)
    temp = create_noted(target.parent, f".{target.name}.", suffix)
    try:
        yield temp
    finally:
        with suppress(OSError):
            temp.unlink(missing_ok=True)
        forget_temporary([temp])


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (then its temporary files are still being written)."""
    if pid == os.getpid():
        return True
    if POSIX:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not process:
        return False
    kernel.CloseHandle(process)
    return True


def remove_leftovers() -> list[Path]:
    """Remove the temporary files a killed program left behind; returns those removed.

    Only files the journal names, whose writer no longer runs and whose name
    is one of ours (a leading dot, a temporary suffix), are removed.
    """
    removed: list[Path] = []
    folder = journal_folder()
    if not folder.is_dir():
        return removed
    for entry in folder.glob("*.json"):
        try:
            noted = json.loads(entry.read_text(encoding="utf-8"))
            path, pid = Path(str(noted["path"])), int(noted["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            with suppress(OSError):
                entry.unlink()  # unreadable: it names nothing we could remove safely
            continue
        if _alive(pid):
            continue
        if path.name.startswith(".") and path.name.endswith(TEMP_SUFFIXES) and path.is_file():
            with suppress(OSError):
                path.unlink()
                removed.append(path)
        with suppress(OSError):
            entry.unlink()
    return removed
