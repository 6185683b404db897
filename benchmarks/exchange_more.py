"""Only the exchange figures (exports and import) at one size, optionally A/B with and without lxml.

``python -m benchmarks.exchange_more --size 100000`` runs the suite's exchange
group alone (the full suite takes 18 minutes at 100,000 contacts).
``--lxml FOLDER`` adds an A/B comparison with lxml importable from FOLDER
(``pip install --target FOLDER lxml``; openpyxl then uses it by itself)
against the same without it, without installing lxml into the project's
environment: every measuring child runs once with and once without, one
right after the other, so a neighbour's load on a shared machine weighs on
both alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.data import DatabaseCache, copy_database, default_cache_dir
from benchmarks.stats import median
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


def _ab(database: Path, repeat: int, pythonpath: str) -> None:
    """Each child with lxml and without it, alternating; medians and the with/without ratio."""
    folder = Path(tempfile.mkdtemp(prefix="egov-exchange-ab-"))
    try:
        without, with_lxml = Runner(folder), Runner(folder)
        without.env["OPENPYXL_LXML"] = "False"
        with_lxml.env["PYTHONPATH"] = os.pathsep.join(
            p for p in (pythonpath, with_lxml.env.get("PYTHONPATH")) if p
        )
        work = copy_database(database, folder / "read.sqlite")
        children: dict[str, tuple[str, ...]] = {}
        for kind in ("contacts", "members"):
            target = folder / f"{kind}.xlsx"
            export = ("export", "--kind", kind, "--database", str(work), "--target", str(target))
            without.child(*export)
            cells = folder / f"{kind}.pickle"
            without.child("cells", "--source", str(target), "--target", str(cells))
            children[f"{kind} export"] = export
            children[f"{kind} openpyxl floor"] = (
                "export-floor",
                "--cells",
                str(cells),
                "--target",
                str(folder / "f.xlsx"),
            )
        source = folder / "import.xlsx"
        without.child(
            "import-file",
            "--cells",
            str(folder / "contacts.pickle"),
            "--target",
            str(source),
            "--every",
            "1000",
        )
        children["import preview"] = ("import", "--database", str(work), "--source", str(source))
        children["import openpyxl floor"] = ("import-floor", "--source", str(source))
        times: dict[tuple[str, bool], list[float]] = {}
        for _ in range(repeat):
            for name, args in children.items():
                for lxml, runner in ((False, without), (True, with_lxml)):
                    result = runner.child(*args)
                    if result.get("lxml", lxml) != lxml:
                        raise RuntimeError(f"{name}: openpyxl.LXML is {result.get('lxml')}, wanted {lxml}")
                    times.setdefault((name, lxml), []).append(result["seconds"])

        def med(name: str, lxml: bool) -> float:
            return median(times[(name, lxml)])

        for name in children:
            off, on = med(name, False), med(name, True)
            print(f"A/B | {name} | without lxml {off:.2f} s | with lxml {on:.2f} s | {on / off:.2f}×")
        pairs = [(f"{kind} export", f"{kind} openpyxl floor") for kind in ("contacts", "members")]
        for value, floor in [*pairs, ("import preview", "import openpyxl floor")]:
            for lxml in (False, True):
                ratio = med(value, lxml) / med(floor, lxml)
                print(f"A/B | {value} / openpyxl floor, {'with' if lxml else 'without'} lxml | {ratio:.2f}×")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.exchange_more", description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lxml", help="a folder holding lxml: compare with it and without it")
    parser.add_argument("--ab-only", action="store_true", help="only the lxml A/B comparison")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    database = DatabaseCache(default_cache_dir(), args.seed, print).database(args.size)
    print(f"{args.size:,} contacts ({database.name}), {args.repeat} runs each", flush=True)
    if not args.ab_only:
        _run(database, args.size, args.repeat, None, "without lxml")
    if args.lxml:
        _ab(database, args.repeat, args.lxml)
    return 0


if __name__ == "__main__":
    sys.exit(main())
