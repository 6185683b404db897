"""Where a database file lives: a local disk, or a network share SQLite must not be used on.

SQLite's WAL keeps its index in shared memory (the ``-shm`` file mapped by
every process) and relies on POSIX or Windows byte-range locks; over SMB/CIFS,
NFS or sshfs neither is reliable, so two laptops on one share corrupt the file
sooner or later. Such a path is refused with a pointer to team mode
(PostgreSQL), the program's way to share one network.

Detection per platform: Linux reads the mount table (``/proc/self/mountinfo``,
else ``/proc/mounts``) and takes the longest mount point that holds the path;
macOS asks ``statfs(2)`` for ``f_fstypename`` through ctypes; Windows treats a
UNC path (``\\\\server\\share``) or a drive whose ``GetDriveTypeW`` is
``DRIVE_REMOTE`` as remote.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP

#: File system types that are network file systems (Linux names; macOS reports smbfs, nfs, afpfs, webdav).
NETWORK_TYPES = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "afpfs",
        "ncpfs",
        "9p",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "fuse.smbnetfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
    }
)
_DRIVE_REMOTE = 4


class NetworkShareError(StoreError):
    """The database file lies on a network file system; SQLite is not used there."""

    def __init__(self, path: Path, fstype: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{path}” is on a network share ({fstype}). This program keeps its database only on "
                "this computer's own disk, because the database cannot work safely over a network "
                "file system: two computers writing to it would damage it. Copy the file to a local "
                "folder, or use team mode (a shared PostgreSQL server, coming in a later version) to "
                "work on one network together.",
            ),
            path=str(path),
            fstype=fstype,
        )
        self.path = path
        self.fstype = fstype


def _unescape(field: str) -> str:
    """Mount tables write space, tab, newline and backslash in a path as octal escapes (``\\040``)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mount_table(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from ``/proc/self/mountinfo`` or ``/proc/mounts`` text."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if " - " in line:  # mountinfo: "id parent maj:min root mountpoint options ... - fstype source ..."
            before, _, after = line.partition(" - ")
            head, tail = before.split(), after.split()
            if len(head) >= 5 and tail:
                mounts.append((_unescape(head[4]), tail[0]))
        elif len(fields) >= 3:  # mounts: "source mountpoint fstype options 0 0"
            mounts.append((_unescape(fields[1]), fields[2]))
    return mounts


def read_mount_table() -> str:
    """The running system's mount table, or "" where there is none to read."""
    for name in ("/proc/self/mountinfo", "/proc/mounts"):
        try:
            return Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def linux_fstype(path: Path, table: str) -> str | None:
    """The type of the file system holding ``path``: the longest mount point above it wins."""
    best, best_type = "", None
    text = str(path)
    for point, fstype in parse_mount_table(table):
        inside = text == point or point == "/" or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _existing(path: Path) -> Path:
    """``path`` or its nearest existing parent (a new database's folder is what decides)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _macos_fstype(path: Path) -> str | None:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None

    class StatFs(ctypes.Structure):
        """``struct statfs`` of macOS (64-bit inodes), up to the type name we read."""

        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_reserved", ctypes.c_uint32 * 8),
        ]

    libc = ctypes.CDLL(libc_name, use_errno=True)
    try:
        # Intel Macs keep the old 32-bit-inode struct under the plain name.
        statfs = libc["statfs$INODE64"]
    except AttributeError:
        statfs = libc.statfs
    statfs.argtypes = [ctypes.c_char_p, ctypes.POINTER(StatFs)]
    result = StatFs()
    if statfs(os.fsencode(str(path)), ctypes.byref(result)) != 0:
        return None
    return result.f_fstypename.decode("utf-8", "replace") or None


def windows_remote(path: PurePath) -> str | None:
    """ "UNC" for ``\\\\server\\share\\…``, "remote drive" for a mapped network drive, else None."""
    windows = PureWindowsPath(str(path))
    if windows.drive.startswith(("\\\\", "//")) and not windows.drive.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC"
    if windows.drive.upper().startswith("\\\\?\\UNC\\"):
        return "UNC"
    if sys.platform == "win32" and windows.drive:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if kernel32.GetDriveTypeW(windows.drive + "\\") == _DRIVE_REMOTE:
            return "remote drive"
    return None


def network_filesystem(path: Path, mount_table: str | None = None) -> str | None:
    """The network file system type ``path`` lies on, or None for a local one (or when unknown).

    ``mount_table`` replaces the system's (tests inject one); giving it means Linux rules.
    """
    if mount_table is None and sys.platform == "win32":
        return windows_remote(path)
    remote = windows_remote(path) if sys.platform == "win32" else None
    if remote:
        return remote
    if mount_table is None and sys.platform == "darwin":
        fstype = _macos_fstype(_existing(path))
    else:
        table = read_mount_table() if mount_table is None else mount_table
        fstype = linux_fstype(_existing(path) if mount_table is None else path, table)
    if fstype and fstype.lower() in NETWORK_TYPES:
        return fstype
    return None


def refuse_network_share(path: Path, mount_table: str | None = None) -> None:
    """Raise ``NetworkShareError`` when ``path`` is on a network share."""
    fstype = network_filesystem(path, mount_table)
    if fstype:
        raise NetworkShareError(path, fstype)
