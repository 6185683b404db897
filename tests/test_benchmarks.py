"""The benchmark suite runs end to end in quick mode (it reports timings, it never judges them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.suite import FIGURES  # the repo root is on pytest's path (pyproject)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.timeout(600)  # the run itself is capped at 300 s below
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the suite reads /proc for memory")
def test_quick_benchmarks_print_every_figure(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    output = tmp_path / "BENCHMARKS.md"
    command = [sys.executable, "-m", "benchmarks", "--quick", "--sizes", "300"]
    command += ["--cache-dir", str(tmp_path / "cache"), "--output", str(output)]
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for name in FIGURES:
        matching = [line for line in lines if line.split("|")[1:2] == [f" {name:<31} "]]
        assert len(matching) == 1, f"no line for {name!r}:\n{done.stdout}"
        line = matching[0]
        assert line.split("|")[0].strip() == "300"
        assert "ERROR" not in line
        assert "floor" in line and "target" in line and "ratio" in line
    assert "CPU:" in done.stdout and "SQLite:" in done.stdout
    table = output.read_text(encoding="utf-8")
    assert "| figure | value | floor | ratio | target | met |" in table
    assert all(f"| {name} |" in table for name in FIGURES)
