"""Hostile list files cost time and memory in proportion to their size: each case ends within 5 s and 200 MB.

Each file is read by the import preview in a fresh interpreter, which reports
its own wall time and peak memory (``VmHWM``, interpreter included), so
one slow case cannot hide behind another and the bound is the issue's own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from egov_network.exchange.imports import header_texts
from egov_network.exchange.reading import ImportFileError, Limits, read_table
from egov_network.services import importing
from egov_network.services.registry import Services

SECONDS = 5.0
MEGABYTES = 200

CHILD = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from egov_network.domain.errors import EgovError
from egov_network.services import importing
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store
store = open_store(Path(sys.argv[2]))
outcome = {}
try:
    preview = importing.load_preview(Services.over(store), Path(sys.argv[1]), "contacts")
    outcome["rows"] = len(preview.rows)
except EgovError as error:
    outcome["refused"] = error.text()
store.dispose()
outcome["seconds"] = time.perf_counter() - start
# VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a child of the big
# pytest process would report the parent's peak.
try:
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome["megabytes"] = peak_kb / 1024
print(json.dumps(outcome))
"""


def preview_in_child(path: Path, database: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(database)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert float(outcome["seconds"]) < SECONDS, outcome  # type: ignore[arg-type]
    assert float(outcome["megabytes"]) < MEGABYTES, outcome  # type: ignore[arg-type]
    return outcome


def shared_strings_xlsx(path: Path, header: list[str], rows: int, value: str) -> Path:
    """A tiny workbook whose every cell points at one long shared string (as Excel writes them)."""
    strings = [*header, value]
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    cell = f'<c t="s"><v>{len(header)}</v></c>'
    sheet = (
        f"<worksheet {ns}><sheetData><row>"
        + "".join(f'<c t="s"><v>{i}</v></c>' for i in range(len(header)))
        + "</row>"
        + ("<row>" + cell * len(header) + "</row>") * rows
        + "</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{pkg}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{pkg}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{pkg}.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook {ns} xmlns:r="{rel_ns}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel_ns}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/sharedStrings.xml": f"<sst {ns}>"
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>",
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


@pytest.fixture
def database(services: Services, db_path: Path) -> Path:
    return db_path


def test_naming_many_identical_headers_is_linear() -> None:
    start = time.perf_counter()
    names = header_texts(["v"] * 200_000)
    assert names[:3] == ["v", "v (2)", "v (3)"] and len(set(names)) == 200_000
    # Headers that already look like the names given to copies do not make it quadratic either.
    tricky = header_texts([f"v ({n})" for n in range(2, 50_000)] + ["v"] * 50_000)
    assert len(set(tricky)) == len(tricky)
    assert time.perf_counter() - start < SECONDS


def test_a_row_wider_than_the_column_limit_is_refused_naming_file_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "breit.csv"
    path.write_text(";".join(["x"] * 1001) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table(path, limits=Limits(max_columns=1000))
    expected = "“breit.csv” has a row of 1001 columns; at most 1000 columns can be imported."
    assert caught.value.text() == expected
    # Trailing blank cells are padding, not columns.
    path.write_text(";".join(["x"] * 10) + ";" * 5000 + "\n", encoding="utf-8")
    assert len(read_table(path, limits=Limits(max_columns=1000)).rows) == 1


def test_wide_xlsx_with_identical_header_cells(tmp_path: Path, database: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    for _ in range(3):
        sheet.append(["v"] * 16_000)
    path = tmp_path / "wide.xlsx"
    workbook.save(path)
    outcome = preview_in_child(path, database)
    assert "16000 columns" in str(outcome["refused"]) and "wide.xlsx" in str(outcome["refused"])


def test_csv_with_one_row_of_200000_columns(tmp_path: Path, database: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(";".join(["v"] * 200_000) + "\n", encoding="utf-8")
    outcome = preview_in_child(path, database)
    assert "200000 columns" in str(outcome["refused"])


def test_small_xlsx_repeating_one_long_shared_text(tmp_path: Path, database: Path) -> None:
    header = ["Anrede", "Titel", "Vorname", "Nachname", "Funktion", "Abteilung", "E-Mail", "Telefon"]
    path = shared_strings_xlsx(tmp_path / "repeats.xlsx", header, 4000, "x" * 9_999)
    assert path.stat().st_size < 20_000
    outcome = preview_in_child(path, database)
    assert "far more text than its size" in str(outcome["refused"])


def test_many_columns_and_rows_within_the_limits(tmp_path: Path, database: Path) -> None:
    columns = 1000
    lines = [";".join(["E-Mail", "Nachname"] + ["v"] * (columns - 2))]
    lines += [";".join([f"p{r}@example.org", f"N{r}"] + ["v"] * (columns - 2)) for r in range(3000)]
    csv_path = tmp_path / "many.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert preview_in_child(csv_path, database)["rows"] == 3000
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    # openpyxl itself spends ~50 µs per inline-string cell, so the workbook is smaller.
    sheet.append(["Nachname"] * 200)
    for r in range(50):
        sheet.append([f"N{r}"] + ["v"] * 199)
    xlsx_path = tmp_path / "many.xlsx"
    workbook.save(xlsx_path)
    assert preview_in_child(xlsx_path, database)["rows"] == 50


def test_long_texts_within_the_cell_limit_cost_in_proportion(services: Services, tmp_path: Path) -> None:
    """10,000-character names in every cell: validated without a per-character scan in Python."""
    long = "x" * 9_999
    lines = ["Vorname;Nachname;Funktion;Abteilung"] + [f"{long};{long}{r};{long};{long}" for r in range(300)]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    preview = importing.load_preview(services, path, "contacts")
    assert len(preview.rows) == 300
    assert time.perf_counter() - start < SECONDS


def test_the_quick_xlsx_paths_read_what_openpyxl_reads(tmp_path: Path) -> None:
    """Inline strings (plain, rich text runs, blank), formulas, numbers and a sheet without <dimension>."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    rich = CellRichText(["Stadt ", TextBlock(InlineFont(b=True), "Norderstedt")])
    sheet.append(["Nachname", "Behörde", "Zahl", "Formel"])
    sheet.append(["  Müller ", rich, 42, "=1+1"])
    sheet.append(["", None, 3.5, "text"])
    path = tmp_path / "inline.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"inlineStr" in xml and b"<dimension" not in xml
    table = read_table(path)
    assert table.rows == [
        ("Nachname", "Behörde", "Zahl", "Formel"),
        ("  Müller ", "Stadt Norderstedt", 42, "=1+1"),
        (None, None, 3.5, "text"),
    ]


def corner_cells_xlsx(path: Path, dimension: str | None) -> Path:
    """A 2 KB workbook with one cell at A1 and one at XFD1048576, the last cell a sheet can have.

    python-calamine aborts the whole process on this file (calamine issue #693:
    it allocates the whole range); the import must refuse it like any list that
    is too large, in time and memory proportional to its size.
    """
    shared_strings_xlsx(path, ["Nachname"], 0, "x")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        f"<worksheet {ns}>{declared}<sheetData>"
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nachname</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>Muster</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert path.stat().st_size < 2048
    return path


@pytest.mark.parametrize("dimension", [None, "A1:XFD1048576", "A1:A2"])
def test_a_2_kb_file_with_cells_at_a1_and_xfd1048576_is_refused_quickly(
    tmp_path: Path, database: Path, dimension: str | None
) -> None:
    path = corner_cells_xlsx(tmp_path / "corners.xlsx", dimension)
    outcome = preview_in_child(path, database)
    # The normal, named refusal of a list that is too large (rows or columns), not a crash.
    refused = str(outcome.get("refused", ""))
    assert "corners.xlsx" in refused and ("rows or more" in refused or "columns" in refused), outcome
