"""Measurements that need a fresh process each: ``python -m benchmarks.children KIND ...``.

Each prints one ``BENCH-RESULT <json>`` line with the wall time of the timed
part (``seconds``), the peak resident memory of the whole process
(``peak_kb``, from ``getrusage``: what the user's machine has to hold) and
the resident memory just before the timed part (``before_kb``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.stats import rss_kb


def _report(seconds: float, before_kb: int, **extra: Any) -> None:
    # VmHWM, not getrusage: ru_maxrss survives exec on Linux, so a child forked from a big
    # parent would report the parent's peak.
    peak = rss_kb()[1]
    print(
        "BENCH-RESULT " + json.dumps({"seconds": seconds, "peak_kb": peak, "before_kb": before_kb, **extra})
    )


def _services(database: Path) -> Any:
    from egov_network.services.registry import Services
    from egov_network.store.migrate import open_store

    return Services.over(open_store(database, create=False))


def _timed(work: Callable[[], Any]) -> tuple[float, int, Any]:
    before = rss_kb()[0]
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, before, result


def _lxml() -> bool:
    import openpyxl

    return bool(openpyxl.LXML)


def export(args: argparse.Namespace) -> None:
    """The program's own export (``--kind``: contacts, members, ...) of everything."""
    from egov_network.exchange.exports import EXPORTS

    services = _services(args.database)
    seconds, before, result = _timed(lambda: EXPORTS[args.kind](services, args.target))
    _report(seconds, before, rows=result.rows, sheets=len(result.sheets), lxml=_lxml())


Sheets = list[tuple[str, list[tuple[Any, ...]]]]


def _cells(path: Path) -> Sheets:
    with path.open("rb") as source:
        sheets: Sheets = pickle.load(source)
    return sheets


def export_floor(args: argparse.Namespace) -> None:
    """Bare openpyxl write-only writing the same cells, every sheet (read from a pickle first, untimed)."""
    import openpyxl

    sheets = _cells(args.cells)

    def write() -> None:
        book = openpyxl.Workbook(write_only=True)
        for title, rows in sheets:
            worksheet = book.create_sheet(title)
            for row in rows:
                worksheet.append(row)
        book.save(args.target)

    seconds, before, _ = _timed(write)
    _report(seconds, before, rows=sum(len(rows) for _title, rows in sheets), lxml=_lxml())


def export_raw(args: argparse.Namespace) -> None:
    """The same cells streamed as sheet XML straight into the zip."""
    from benchmarks.rawxlsx import write_sheets

    sheets = _cells(args.cells)
    seconds, before, count = _timed(lambda: write_sheets(args.target, sheets))
    _report(seconds, before, rows=count)


def cells(args: argparse.Namespace) -> None:
    """Read the cells of every sheet of an exported workbook into a pickle for the floors (untimed)."""
    import openpyxl

    book = openpyxl.load_workbook(args.source, read_only=True)
    sheets = []
    for worksheet in book.worksheets:
        worksheet.reset_dimensions()  # the cells as they are, whatever the file declares
        sheets.append((worksheet.title, [tuple(row) for row in worksheet.iter_rows(values_only=True)]))
    book.close()
    with args.target.open("wb") as out:
        pickle.dump(sheets, out, protocol=pickle.HIGHEST_PROTOCOL)
    _report(0.0, 0, rows=sum(len(rows) for _title, rows in sheets))


def import_file(args: argparse.Namespace) -> None:
    """The import input, written as the program writes exports; every ``every``-th contact changed."""
    from egov_network.exchange.xlsx import Book, SheetColumn

    sheet, rows = _cells(args.cells)[0]
    header_index = next(
        (i for i, row in enumerate(rows[:10]) if any(isinstance(v, str) and v.strip() for v in row[1:])), 0
    )
    header = [str(v or "").strip().lower() for v in rows[header_index]]
    column = next((i for i, name in enumerate(header) if name in ("function", "funktion")), len(header) - 1)
    changed = 0
    out = list(rows[header_index + 1 :])
    for index in range(0, len(out), args.every):
        row = list(out[index])
        row[column] = f"{row[column] or ''} (geändert)".strip()
        out[index] = tuple(row)
        changed += 1
    book = Book(sheet)
    book.add_sheet(sheet, [SheetColumn(str(v or "")) for v in rows[header_index]], out)
    book.save(args.target)
    _report(0.0, 0, rows=len(out), changed=changed)


def import_preview(args: argparse.Namespace) -> None:
    """The program's import preview of the file (read, match, validate every row); optionally apply."""
    from egov_network.services.importing import apply_preview, load_preview

    services = _services(args.database)
    seconds, before, preview = _timed(lambda: load_preview(services, args.source, "contacts"))
    counts = {str(action): number for action, number in preview.counts().items()}
    extra: dict[str, Any] = {"rows": len(preview.rows), "actions": counts, "lxml": _lxml()}
    if args.apply:
        start = time.perf_counter()
        result = apply_preview(services, preview)
        extra["apply_seconds"] = time.perf_counter() - start
        extra["updated"] = len(result.updated)
    _report(seconds, before, **extra)


def import_floor(args: argparse.Namespace) -> None:
    """Bare openpyxl read-only iteration over every row of the same file."""
    import openpyxl

    def read() -> int:
        book = openpyxl.load_workbook(args.source, read_only=True)
        count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        return count

    seconds, before, count = _timed(read)
    _report(seconds, before, rows=count, lxml=_lxml())


def interactive(args: argparse.Namespace) -> None:
    from benchmarks.interactive import run

    print("BENCH-RESULT " + json.dumps(run(args.database, args.meeting, args.repeat, args.quick)))


def stalls(args: argparse.Namespace) -> None:
    from benchmarks.stalls import run

    print("BENCH-RESULT " + json.dumps(run(args.database, args.source, args.target)))


def search(args: argparse.Namespace) -> None:
    """Search everything, typed letter by letter (benchmarks/search.py)."""
    from benchmarks.search import run

    print("BENCH-RESULT " + json.dumps(run(args.database, args.repeat)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.children")
    sub = parser.add_subparsers(dest="kind", required=True)
    for name, function, options in (
        ("export", export, ("database", "target")),
        ("export-floor", export_floor, ("cells", "target")),
        ("export-raw", export_raw, ("cells", "target")),
        ("cells", cells, ("source", "target")),
        ("import-file", import_file, ("cells", "target")),
        ("import", import_preview, ("database", "source")),
        ("import-floor", import_floor, ("source",)),
        ("interactive", interactive, ("database",)),
        ("stalls", stalls, ("database", "source", "target")),
        ("search", search, ("database",)),
    ):
        command = sub.add_parser(name)
        command.set_defaults(run=function)
        for option in options:
            command.add_argument(f"--{option}", type=Path, required=True)
    sub.choices["export"].add_argument("--kind", default="contacts")
    sub.choices["import-file"].add_argument("--every", type=int, default=1000)
    sub.choices["import"].add_argument("--apply", action="store_true")
    sub.choices["interactive"].add_argument("--meeting", type=int, required=True)
    sub.choices["interactive"].add_argument("--repeat", type=int, default=3)
    sub.choices["interactive"].add_argument("--quick", action="store_true")
    sub.choices["search"].add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
