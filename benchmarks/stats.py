"""Small statistics and formatting helpers shared by the suite and its child processes."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` 0.95 for p95): a value that was actually measured."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def worst(values: Sequence[float]) -> float:
    return max(values) if values else math.nan


def ms(seconds: float) -> str:
    """Seconds as milliseconds with a sensible number of digits."""
    value = seconds * 1000
    if math.isnan(value):
        return "n/a"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def secs(seconds: float) -> str:
    if math.isnan(seconds):
        return "n/a"
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.2f} s"


def mb(kilobytes: float) -> str:
    return "n/a" if math.isnan(kilobytes) else f"{kilobytes / 1024:.0f} MB"


def rss_kb() -> tuple[int, int]:
    """Current and peak resident set size of this process in KiB (Linux ``/proc``), else 0."""
    current = peak = 0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    current = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
    except OSError:
        pass
    return current, peak
