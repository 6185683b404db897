"""Runs every figure at every size, prints one line per figure, optionally writes BENCHMARKS.md."""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks import experts, health, machine, search, startup
from benchmarks.data import DatabaseCache, contact_count, copy_database, default_cache_dir, prepare_meeting
from benchmarks.stats import mb, median, ms, percentile, secs, worst

ROOT = Path(__file__).resolve().parents[1]
FULL_SIZES = (1_000, 10_000, 100_000, 1_000_000)
#: Largest size whose Excel exports and imports are measured: past the design scale only how the
#: window grows matters (an export of 1,000,000 contacts, its floors and repeats would take an hour).
EXCHANGE_LIMIT = 100_000
QUICK_SIZES = (300, 2_000)
#: Every figure, in the order printed; each size prints one line per name.
FIGURES = (
    "cold start",
    "memory with database open",
    "filter keystroke",
    "filter of 1-2 letters, paused",
    "sort by column",
    "scroll top to bottom",
    "open contact",
    "open meeting (200 participants)",
    "open meeting with 1,000 participants on the Participants tab",
    "save a contact while the filter 'm' is active",
    *(
        f"{name}: {figure}"
        for name in ("topics", "authorities", "meetings", "open action items")
        for figure in (
            "filter keystroke",
            "1-2 letters, paused",
            "sort by column",
        )
        if (name, figure) != ("topics", "sort by column")
    ),
    "contact picker: filter keystroke",
    "contact picker: 1-2 letters, paused",
    "memory after filtering and sorting",
    "export time",
    "export vs raw floor",
    "export peak memory",
    "member-list export time",
    "member-list export vs raw floor",
    "member-list export peak memory",
    "import preview time",
    "import peak memory",
    "import apply",
    "GUI stall during import preview",
    "GUI stall during export",
    "expert finder",
    "search keystroke",
    "quick check at start",
)
#: The lists measured besides the contacts: workspace key -> how the figures name it.
LIST_NAMES = {
    "topic": "topics",
    "authority": "authorities",
    "meeting": "meetings",
    "action_item": "open action items",
}
#: Marks the end of the generated part of the Markdown file; what follows it is kept on rewrite.
KEEP_MARKER = "<!-- end of generated results; text below is kept when the file is rewritten -->"


@dataclass(frozen=True)
class Repeats:
    """How often each kind of measurement is taken."""

    startup: int
    exchange: int
    interactive: int


@dataclass
class Figure:
    """One measured figure at one size, against its floor and its design.md target."""

    name: str
    size: int
    value: str
    floor: str = "—"
    ratio: float = math.nan
    target: str = "—"
    met: bool | None = None

    def ratio_text(self) -> str:
        return "—" if math.isnan(self.ratio) else f"{self.ratio:.2f}×"

    def met_text(self) -> str:
        return "—" if self.met is None else "yes" if self.met else "NO"

    def line(self) -> str:
        return (
            f"{self.size:>7} | {self.name:<31} | {self.value} | floor {self.floor}"
            f" | ratio {self.ratio_text()} | target {self.target} | met {self.met_text()}"
        )


class ChildError(RuntimeError):
    """A measuring child process failed; the message has the end of its output."""


def _ratio(value: float, floor: float) -> float:
    return value / floor if floor and not math.isnan(floor) and not math.isnan(value) else math.nan


class Runner:
    """Child processes with a clean environment: offscreen Qt, private settings and logs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        home = folder / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            self.env[name] = str(home / name.lower())
        self.env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))

    def child(self, *args: str, timeout: float = 1800) -> dict[str, Any]:
        """Run ``python -m benchmarks.children ARGS``; its ``BENCH-RESULT`` as a dict."""
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.children", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        for line in reversed(done.stdout.splitlines()):
            if line.startswith("BENCH-RESULT "):
                if done.returncode == 0:
                    return json.loads(line.removeprefix("BENCH-RESULT "))  # type: ignore[no-any-return]
        raise ChildError(f"{args[0]} failed ({done.returncode}): {(done.stderr or done.stdout)[-1500:]}")

    def cold_start(self, script: str, database: Path) -> dict[str, Any]:
        """Start ``script`` fresh; seconds from just before the process starts to its first table paint."""
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", script, str(database)],
            cwd=self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        for line in done.stdout.splitlines():
            if line.startswith("BENCH-READY "):
                report: dict[str, Any] = json.loads(line.removeprefix("BENCH-READY "))
                report["seconds"] = report["ready"] - started
                return report
        raise ChildError(f"cold start failed ({done.returncode}): {(done.stderr or done.stdout)[-1500:]}")


class SizeRun:
    """All figures at one size."""

    def __init__(self, runner: Runner, database: Path, size: int, repeats: Repeats, quick: bool) -> None:
        self.runner = runner
        self.database = database
        self.size = size
        self.repeats = repeats
        self.quick = quick
        self.folder = runner.folder / f"size-{size}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.work = copy_database(database, self.folder / "read.sqlite")
        self.figures: list[Figure] = []

    def add(self, figure: Figure, emit: Callable[[str], None]) -> None:
        self.figures.append(figure)
        emit(figure.line())

    def guarded(
        self, names: Sequence[str], emit: Callable[[str], None], work: Callable[[], list[Figure]]
    ) -> bool:
        """Run one group of figures; on a child's failure print an error line for each of its names."""
        try:
            for figure in work():
                self.add(figure, emit)
            return True
        except (ChildError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as error:
            message = " ".join(str(error).split())[:400]
            for name in names:
                self.add(Figure(name, self.size, f"ERROR: {message}"), emit)
            return False

    # -- groups -------------------------------------------------------------------------

    def startup(self) -> list[Figure]:
        app: list[dict[str, Any]] = []
        floor: list[dict[str, Any]] = []
        for _ in range(self.repeats.startup):
            floor.append(self.runner.cold_start(startup.FLOOR, self.work))
            app.append(self.runner.cold_start(startup.APP, self.work))
        times = [r["seconds"] for r in app]
        floor_times = [r["seconds"] for r in floor]
        value, floor_value = median(times), median(floor_times)
        rss = median([r["rss_kb"] for r in app])
        floor_rss = median([r["rss_kb"] for r in floor])
        return [
            Figure(
                "cold start",
                self.size,
                f"median {secs(value)}, worst {secs(worst(times))} ({len(times)} starts)",
                f"median {secs(floor_value)} (bare window)",
                _ratio(value, floor_value),
                "< 1.0 s",
                value < 1.0,
            ),
            Figure(
                "memory with database open",
                self.size,
                f"RSS {mb(rss)} (peak {mb(median([r['hwm_kb'] for r in app]))}) at first paint",
                f"RSS {mb(floor_rss)} (bare window)",
                _ratio(rss, floor_rss),
                "< 250 MB",
                rss < 250 * 1024,
            ),
        ]

    def _list_figures(self, names: tuple[str, str, str], data: dict[str, Any], rows: str) -> list[Figure]:
        """Filter keystroke p95, the paused 1-2 letter filters and the worst sort of one list.

        ``names`` are the three figures' names; ``rows`` what the keystroke figure adds about the list.
        """
        filtering, pausing, sorting = names
        keys, floor = data["filter"]["times"], data["filter_floor"]
        p95, floor_p95 = percentile(keys, 0.95), percentile(floor, 0.95)
        paused = data["filter"]["paused"]
        # The picker is not sorted by its header: no sort figure, but one sort row keeps the shape.
        per_case = {case: median(times) for case, times in data.get("sort", {"—": [math.nan]}).items()}
        slowest = max(per_case, key=per_case.__getitem__)
        floor_cases = {case: median(times) for case, times in data.get("sort_floor", {}).items()}
        floor_slowest = max(floor_cases.values()) if floor_cases else math.nan
        over = sum(1 for value in per_case.values() if value >= 0.050)
        return [
            Figure(
                filtering,
                self.size,
                f"median {ms(median(keys))}, p95 {ms(p95)}, worst {ms(worst(keys))}"
                f" ({len(keys)} keystrokes{rows})",
                f"p95 {ms(floor_p95)} (sqlite3 LIKE)",
                _ratio(p95, floor_p95),
                "p95 < 30 ms",
                p95 < 0.030,
            ),
            Figure(
                pausing,
                self.size,
                f"median {ms(median(paused))}, worst {ms(worst(paused))} ({len(paused)} filters)"
                + self._streamed(data["filter"].get("streamed", []))
                if paused
                else "none: every keystroke filters at once at this size",
                f"worst {ms(worst(floor))} (sqlite3 LIKE)",
                _ratio(worst(paused), worst(floor)),
                "< 300 ms at 1,000,000 (runs after a 600 ms pause)",
                worst(paused) < 0.300 if paused and self.size >= 1_000_000 else None,
            ),
            Figure(
                sorting,
                self.size,
                f"median {ms(median(list(per_case.values())))}, worst {ms(per_case[slowest])} ({slowest};"
                f" {over} of {len(per_case)} column×order over 50 ms)",
                f"worst {ms(floor_slowest)} (sqlite3 ORDER BY)",
                _ratio(per_case[slowest], floor_slowest),
                "< 50 ms",
                per_case[slowest] < 0.050,
            ),
        ]

    @staticmethod
    def _streamed(times: list[float]) -> str:
        """What the paused filters that showed their first rows at once took to list every row."""
        if not times:
            return ""
        return (
            f"; {len(times)} of them first rows at once, all rows after median {ms(median(times))},"
            f" worst {ms(worst(times))}"
        )

    def interactive(self) -> list[Figure]:
        database = copy_database(self.database, self.folder / "interactive.sqlite")
        meeting = prepare_meeting(database)
        arguments = ["interactive", "--database", str(database), "--meeting", str(meeting)]
        # Once past the design scale: every keystroke and sort is a figure of its own already.
        repeat = self.repeats.interactive if self.size <= EXCHANGE_LIMIT else 1
        arguments += ["--repeat", str(repeat)] + (["--quick"] if self.quick else [])
        result = self.runner.child(*arguments)
        figures = []

        figures += self._list_figures(
            ("filter keystroke", "filter of 1-2 letters, paused", "sort by column"), result, ""
        )

        scroll = result["scroll"]
        pages, floor_pages = scroll["pages"], scroll["floor"]
        total, floor_total = sum(pages), sum(floor_pages)
        figures.append(
            Figure(
                "scroll top to bottom",
                self.size,
                f"total {secs(total)}, per page median {ms(median(pages))}, worst {ms(worst(pages))}"
                f" ({len(pages)} pages)",
                f"total {secs(floor_total)}, worst page {ms(worst(floor_pages))} (constant model)",
                _ratio(total, floor_total),
                "— (none in §6)",
            )
        )

        for name, key in (
            ("open contact", "contact_editor"),
            ("open meeting (200 participants)", "meeting_editor"),
        ):
            times, floor_times = result[key]["times"], result[key]["floor"]
            figures.append(
                Figure(
                    name,
                    self.size,
                    f"median {ms(median(times))}, worst {ms(worst(times))} ({len(times)} loads)",
                    f"median {ms(median(floor_times))} (service get)",
                    _ratio(median(times), median(floor_times)),
                    "— (none in §6)",
                )
            )
        tab = result["participants_tab"]
        times, floor_times = tab["times"], tab["floor"]
        figures.append(
            Figure(
                "open meeting with 1,000 participants on the Participants tab",
                self.size,
                f"median {ms(median(times))}, worst {ms(worst(times))}"
                f" ({len(times)} loads of {tab['rows']} rows)",
                f"median {ms(median(floor_times))} (roster read)",
                _ratio(median(times), median(floor_times)),
                "< 100 ms",
                median(times) < 0.100,
            )
        )
        saves = result["save_filtered"]
        times, floor_times = saves["times"], saves["floor"]
        figures.append(
            Figure(
                "save a contact while the filter 'm' is active",
                self.size,
                f"median {ms(median(times))}, worst {ms(worst(times))} ({len(times)} saves)",
                f"median {ms(median(floor_times))} (the service's write alone)",
                _ratio(median(times), median(floor_times)),
                "< 100 ms",
                median(times) < 0.100,
            )
        )
        for key, name in LIST_NAMES.items():
            data = result["lists"][key]
            listed = self._list_figures(
                (f"{name}: filter keystroke", f"{name}: 1-2 letters, paused", f"{name}: sort by column"),
                data,
                f", {data['rows']} rows",
            )
            figures += listed if "sort" in data else listed[:2]  # the topic tree has no column sort
        picker = result["picker"]
        figures += self._list_figures(
            ("contact picker: filter keystroke", "contact picker: 1-2 letters, paused", ""),
            picker,
            f", {picker['rows']} rows",
        )[:2]
        after, opened = result["rss_after_kb"], result["rss_open_kb"]
        figures.append(
            Figure(
                "memory after filtering and sorting",
                self.size,
                f"RSS {mb(after)} (peak {mb(result['hwm_after_kb'])}) after every list was filtered"
                " and sorted",
                f"RSS {mb(opened)} (the same window just opened)",
                _ratio(after, opened),
                "< 250 MB",
                after < 250 * 1024,
            )
        )
        return figures

    def exchange(self) -> list[Figure]:
        repeat = self.repeats.exchange

        def export_figures(kind: str, label: str) -> tuple[list[Figure], Path, int]:
            """The export of ``kind`` against openpyxl writing the same cells and the raw floor."""
            target = self.folder / f"export-{kind}.xlsx"
            export_args = ("export", "--kind", kind, "--database", str(self.work), "--target", str(target))
            cells = self.folder / f"cells-{kind}.pickle"
            exports = [self.runner.child(*export_args)]
            self.runner.child("cells", "--source", str(target), "--target", str(cells))
            floor_args = ("export-floor", "--cells", str(cells), "--target", str(self.folder / "floor.xlsx"))
            raw_args = ("export-raw", "--cells", str(cells), "--target", str(self.folder / "raw.xlsx"))
            floors, raws = [self.runner.child(*floor_args)], [self.runner.child(*raw_args)]
            # Interleaved, so a neighbour's load on this shared machine weighs on
            # the export and its floors alike rather than on whichever ran then.
            for _ in range(repeat - 1):
                exports.append(self.runner.child(*export_args))
                floors.append(self.runner.child(*floor_args))
                raws.append(self.runner.child(*raw_args))
            value = median([r["seconds"] for r in exports])
            floor = median([r["seconds"] for r in floors])
            raw = median([r["seconds"] for r in raws])
            peak = max(r["peak_kb"] for r in exports)
            floor_peak = max(r["peak_kb"] for r in floors)
            rows = exports[0]["rows"]
            sheets = exports[0].get("sheets", 1)
            what = f"{rows} rows" + (f" in {sheets} sheets" if sheets > 1 else "")
            figures = [
                Figure(
                    f"{label}time",
                    self.size,
                    f"median {secs(value)} ({what}, {repeat} runs)",
                    f"median {secs(floor)} (openpyxl write-only, same cells)",
                    _ratio(value, floor),
                    "≤ 1.3× openpyxl floor",
                    _ratio(value, floor) <= 1.3,
                ),
                Figure(
                    f"{label}vs raw floor",
                    self.size,
                    f"median {secs(value)}",
                    f"median {secs(raw)} (sheet XML streamed into the zip)",
                    _ratio(value, raw),
                    "reported (the limit aimed for)",
                ),
                Figure(
                    f"{label}peak memory",
                    self.size,
                    f"peak RSS {mb(peak)} (before export {mb(exports[0]['before_kb'])})",
                    f"peak RSS {mb(floor_peak)} (openpyxl, cells preloaded {mb(floors[0]['before_kb'])})",
                    _ratio(peak, floor_peak),
                    "< 200 MB",
                    peak < 200 * 1024,
                ),
            ]
            return figures, cells, rows

        figures, cells, rows = export_figures("contacts", "export ")
        figures += export_figures("members", "member-list export ")[0]

        source = self.folder / "import.xlsx"
        every = max(1, rows // 100)
        made = self.runner.child(
            "import-file", "--cells", str(cells), "--target", str(source), "--every", str(every)
        )
        previews = [
            self.runner.child("import", "--database", str(self.work), "--source", str(source))
            for _ in range(repeat)
        ]
        readers = [self.runner.child("import-floor", "--source", str(source)) for _ in range(repeat)]
        value = median([r["seconds"] for r in previews])
        floor = median([r["seconds"] for r in readers])
        peak = max(r["peak_kb"] for r in previews)
        actions = ", ".join(f"{n} {a}" for a, n in sorted(previews[0]["actions"].items()))
        figures += [
            Figure(
                "import preview time",
                self.size,
                f"median {secs(value)} ({previews[0]['rows']} rows: {actions})",
                f"median {secs(floor)} (openpyxl read-only)",
                _ratio(value, floor),
                "≤ 2× openpyxl floor",
                _ratio(value, floor) <= 2.0,
            ),
            Figure(
                "import peak memory",
                self.size,
                f"peak RSS {mb(peak)} (database open)",
                f"peak RSS {mb(max(r['peak_kb'] for r in readers))} (openpyxl read-only)",
                _ratio(peak, max(r["peak_kb"] for r in readers)),
                "< 250 MB",
                peak < 250 * 1024,
            ),
        ]
        applied_db = copy_database(self.database, self.folder / "apply.sqlite")
        applied = self.runner.child(
            "import", "--database", str(applied_db), "--source", str(source), "--apply"
        )
        figures.append(
            Figure(
                "import apply",
                self.size,
                f"{secs(applied['apply_seconds'])} ({made['changed']} changed rows,"
                f" {applied['updated']} updated; peak RSS {mb(applied['peak_kb'])} incl. preview)",
                "—",
                math.nan,
                "— (none in §6)",
            )
        )
        return figures

    def stalls(self) -> list[Figure]:
        """The GUI thread's longest stall while the window previews the import file and exports."""
        source = self.folder / "import.xlsx"  # written by the exchange group
        if not source.exists():
            raise ChildError("the import file was not written (see the exchange figures)")
        database = copy_database(self.database, self.folder / "stalls.sqlite")
        result = self.runner.child(
            "stalls", "--database", str(database), "--source", str(source),
            "--target", str(self.folder / "stalls.xlsx"),
        )  # fmt: skip
        floor = result["floor"]
        return [
            Figure(
                "GUI stall during import preview",
                self.size,
                f"longest gap {ms(result['preview_stall'])} ({result['preview_rows']} rows in"
                f" {secs(result['preview_seconds'])}, worker)",
                f"{ms(floor)} (same 10 ms timer, idle)",
                _ratio(result["preview_stall"], floor),
                "< 100 ms",
                result["preview_stall"] < 0.100,
            ),
            Figure(
                "GUI stall during export",
                self.size,
                f"longest gap {ms(result['export_stall'])} ({result['export_rows']} contacts in"
                f" {secs(result['export_seconds'])}, worker)",
                f"{ms(floor)} (same 10 ms timer, idle)",
                _ratio(result["export_stall"], floor),
                "< 100 ms",
                result["export_stall"] < 0.100,
            ),
        ]

    def experts(self) -> list[Figure]:
        """``ExpertFinder.find`` for a broad and a leaf topic, a synonym and a note word (no window)."""
        database = copy_database(self.database, self.folder / "experts.sqlite")
        result = experts.measure(database, 3 if self.quick else 10)
        value, floor, median_time, median_floor = experts.summary(result)
        return [
            Figure(
                "expert finder",
                self.size,
                value,
                floor,
                _ratio(median_time, median_floor),
                "— (runs in a worker; §6 has no target)",
            )
        ]

    def search(self) -> list[Figure]:
        """Search everything typed letter by letter through ``SearchAll.search``, in a child (no window)."""
        database = copy_database(self.database, self.folder / "search.sqlite")
        repeat = str(2 if self.quick else self.repeats.interactive)
        result = self.runner.child("search", "--database", str(database), "--repeat", repeat)
        value, floor, p95, floor_p95 = search.summary(result)
        return [
            Figure(
                "search keystroke",
                self.size,
                value,
                floor,
                _ratio(p95, floor_p95),
                "p95 < 50 ms",
                p95 < 0.050,
            )
        ]

    def quick_check(self) -> list[Figure]:
        """``open_store``'s check before it opens the file (no window), against reading the file once."""
        result = health.measure(self.work, 3 if self.quick else 10)
        value, floor, median_time, median_floor = health.summary(result)
        return [
            Figure(
                "quick check at start",
                self.size,
                value,
                floor,
                _ratio(median_time, median_floor),
                "< 200 ms",
                median_time < 0.200,
            )
        ]

    def run(self, emit: Callable[[str], None]) -> bool:
        interactive, exchange = FIGURES.index("filter keystroke"), FIGURES.index("export time")
        stalls = FIGURES.index("GUI stall during import preview")
        finder = FIGURES.index("expert finder")
        ok = self.guarded(FIGURES[:interactive], emit, self.startup)
        ok &= self.guarded(FIGURES[interactive:exchange], emit, self.interactive)
        if self.size > EXCHANGE_LIMIT:
            self.add(
                Figure(
                    "export and import",
                    self.size,
                    f"not measured above {EXCHANGE_LIMIT:,} contacts (the design scale): see that size",
                ),
                emit,
            )
        else:
            ok &= self.guarded(FIGURES[exchange:stalls], emit, self.exchange)
            ok &= self.guarded(FIGURES[stalls:finder], emit, self.stalls)
        ok &= self.guarded(FIGURES[finder : finder + 1], emit, self.experts)
        ok &= self.guarded(("search keystroke",), emit, self.search)
        ok &= self.guarded(("quick check at start",), emit, self.quick_check)
        return ok


def markdown(machine_info: list[tuple[str, str]], runs: list[SizeRun], mode: str, took: float) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `python -m benchmarks{' --quick' if mode == 'quick' else ''}` on "
        f"{datetime.now():%Y-%m-%d %H:%M} ({mode} mode, {took / 60:.1f} min). Each figure is compared with a"
        " floor measured in the same run; targets are from design.md section 6.",
        "",
        "## Machine",
        "",
        *[f"- **{label}:** {value}" for label, value in machine_info],
        "",
    ]
    for run in runs:
        lines += [
            f"## {run.size:,} contacts",
            "",
            "| figure | value | floor | ratio | target | met |",
            "|---|---|---|---|---|---|",
        ]
        for f in run.figures:
            cells = [f.name, f.value, f.floor, f.ratio_text(), f.target, f.met_text()]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    lines.append(KEEP_MARKER)
    return "\n".join(lines) + "\n"


def write_output(path: Path, text: str) -> None:
    """Write ``text``, keeping whatever followed ``KEEP_MARKER`` in the existing file."""
    kept = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if KEEP_MARKER in old:
            kept = old.split(KEEP_MARKER, 1)[1]
    path.write_text(text + kept.lstrip("\n").join(["\n", ""]) if kept.strip() else text, encoding="utf-8")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and few repetitions (CI)")
    parser.add_argument(
        "--sizes", help="comma-separated numbers of contacts (default 1000,10000,100000,1000000)"
    )
    parser.add_argument("--output", type=Path, help="write the results as Markdown (e.g. BENCHMARKS.md)")
    parser.add_argument("--cache-dir", type=Path, help=f"generated databases (default {default_cache_dir()})")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the working folder (copies, exported files)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.sizes:
        sizes = [int(part.replace("_", "")) for part in args.sizes.split(",") if part.strip()]
    else:
        sizes = list(QUICK_SIZES if args.quick else FULL_SIZES)
    repeats = Repeats(2, 1, 1) if args.quick else Repeats(5, 3, 3)
    mode = "quick" if args.quick else "full"
    started = time.perf_counter()

    def emit(text: str) -> None:
        print(text, flush=True)

    info = machine.describe()
    emit(f"egov-network benchmarks ({mode} mode, sizes {', '.join(map(str, sizes))})")
    for label, value in info:
        emit(f"  {label}: {value}")
    cache = DatabaseCache(args.cache_dir or default_cache_dir(), args.seed, emit)
    folder = Path(tempfile.mkdtemp(prefix="egov-bench-"))
    runner = Runner(folder)
    runs: list[SizeRun] = []
    ok = True
    try:
        for size in sizes:
            database = cache.database(size)
            emit(f"-- {contact_count(database):,} contacts ({database.name})")
            emit(f"{'size':>7} | {'figure':<31} | value | floor | ratio | target | met")
            run = SizeRun(runner, database, size, repeats, args.quick)
            ok &= run.run(emit)
            runs.append(run)
    finally:
        if args.keep:
            emit(f"working folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    took = time.perf_counter() - started
    emit(f"done in {took:.0f} s")
    if args.output:
        write_output(args.output, markdown(info, runs, mode, took))
        emit(f"wrote {args.output}")
    return 0 if ok else 1
