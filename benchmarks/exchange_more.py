"""Only the exchange figures (exports and import) at one size, optionally A/B with and without lxml.

``python -m benchmarks.exchange_more --size 100000`` runs the suite's exchange
group alone (the full suite takes 18 minutes at 100,000 contacts).
``--lxml FOLDER`` runs it twice in the same run, once with lxml importable
from FOLDER (``pip install --target FOLDER lxml``; openpyxl then uses it by
itself) and once without it, so the two are compared on the same machine
without installing lxml into the project's environment.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.data import DatabaseCache, default_cache_dir
from benchmarks.suite import Repeats, Runner, SizeRun


def _run(database: Path, size: int, repeat: int, pythonpath: str | None, label: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="egov-exchange-"))
    try:
        runner = Runner(folder)
        if pythonpath:
            runner.env["PYTHONPATH"] = os.pathsep.join(
                p for p in (pythonpath, runner.env.get("PYTHONPATH")) if p
            )
        else:
            runner.env["OPENPYXL_LXML"] = "False"  # even if lxml were installed
        run = SizeRun(runner, database, size, Repeats(1, repeat, 1), quick=False)
        for figure in run.exchange():
            print(
                f"{label} | {figure.name} | {figure.value} | {figure.floor} | {figure.ratio_text()} | "
                f"{figure.target} | {figure.met_text()}",
                flush=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.exchange_more", description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lxml", help="a folder holding lxml: run with it and without it")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    database = DatabaseCache(default_cache_dir(), args.seed, print).database(args.size)
    print(f"{args.size:,} contacts ({database.name}), {args.repeat} runs each", flush=True)
    _run(database, args.size, args.repeat, None, "without lxml")
    if args.lxml:
        _run(database, args.size, args.repeat, args.lxml, "with lxml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
