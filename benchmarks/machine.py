"""What the benchmarks ran on: CPU, cores, memory, and the versions that matter."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    """The checked-out commit, with "+ changes" when the working tree differs from it."""
    root = Path(__file__).resolve().parents[1]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "egov_network"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git checkout)"
    return f"{commit} + uncommitted changes in egov_network/" if changed else commit


def describe() -> list[tuple[str, str]]:
    """(label, value) pairs describing this machine and software."""
    try:
        from PySide6 import QtCore

        qt = f"Qt {QtCore.qVersion()}, PySide6 {_version('PySide6-Essentials')}"
    except ImportError:  # pragma: no cover - the program needs it anyway
        qt = "not installed"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 0
    return [
        ("CPU", _cpu_model()),
        ("Cores", f"{cores} usable ({os.cpu_count()} logical)"),
        ("RAM", _memory()),
        ("OS", platform.platform()),
        ("Python", sys.version.split()[0]),
        ("Qt", qt),
        ("SQLite", f"{sqlite3.sqlite_version} (SQLAlchemy {_version('SQLAlchemy')})"),
        ("openpyxl", _version("openpyxl")),
        ("Code", _commit()),
    ]
