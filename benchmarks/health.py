"""The "quick check at start" figure: what ``open_store`` checks before opening a file.

The value is ``health.quick_check`` as ``open_store`` runs it (the whole
``PRAGMA quick_check`` for files up to ``WHOLE_CHECK_BYTES``, the structural
check above); the floor is reading the file once in 1 MB blocks, the least a
check of every page costs. The whole ``quick_check`` is timed too (what a big
file's check costs in the background right after the start). All in this
process, no Qt; the file is in the page cache (it was just copied).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.stats import median, ms, secs


def _read_once(path: Path) -> None:
    with path.open("rb") as handle:
        while handle.read(1 << 20):
            pass


def _clock(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(database: Path, repeat: int) -> dict[str, Any]:
    """Times of the start check, the whole quick_check and the floor, ``repeat`` rounds each."""
    from egov_network.store.health import WHOLE_CHECK_BYTES, quick_check

    size = database.stat().st_size
    _read_once(database)  # the same warm cache for every round
    start = [_clock(lambda: quick_check(database)) for _ in range(repeat)]
    floor = [_clock(lambda: _read_once(database)) for _ in range(repeat)]
    whole = [_clock(lambda: quick_check(database, whole=True)) for _ in range(max(1, repeat // 3))]
    return {
        "start": start,
        "floor": floor,
        "whole": whole,
        "size": size,
        "structural": size > WHOLE_CHECK_BYTES,
    }


def summary(result: dict[str, Any]) -> tuple[str, str, float, float]:
    """(value text, floor text, median start check, median floor)."""
    start, floor, whole = median(result["start"]), median(result["floor"]), median(result["whole"])
    kind = (
        "structural check (file over the whole-check size)" if result["structural"] else "whole quick_check"
    )
    value = (
        f"median {ms(start)}, worst {ms(max(result['start']))} ({kind}); "
        f"whole quick_check {secs(whole)} ({result['size'] / 1_000_000:.0f} MB)"
    )
    return value, f"median {ms(floor)} (read the file once)", start, floor
