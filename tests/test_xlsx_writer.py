"""The rows' XML the exports write themselves (exchange/sheet_xml.py) reads back as openpyxl wrote it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from egov_network.exchange.exports import ExportCancelled, export_members
from egov_network.exchange.xlsx import MAX_CELL, Book, SheetColumn, SheetLayout, SheetSpec, StyledRow
from egov_network.services.registry import Services

COLUMNS = [
    SheetColumn("Text"),
    SheetColumn("Number", "int"),
    SheetColumn("Flag", "bool"),
    SheetColumn("Day", "date"),
    SheetColumn("When", "datetime"),
    SheetColumn("Long", "wrap", 40),
]

ROWS: list[list[Any]] = [
    ["  spaces kept  ", 1, True, date(2026, 3, 4), datetime(2026, 3, 4, 10, 30), "a\nb"],
    ["=1+2", -7, False, None, None, None],
    ["#N/A", 2**40, None, None, None, "x & <y> \"z\" 'w'"],
    ["CR\r\nLF\rend", 0.1, None, None, None, None],
    ["bell\x07 nul\x00 lone\ud800 emoji 😀 ß", 1.5e300, None, None, None, None],
    ["", None, None, None, None, ""],
    ["x" * (MAX_CELL + 10), None, None, None, None, None],
    ["wider", 1, None, None, None, None, "G column"],
]


def _book(tmp_path: Path, layout: SheetLayout | None = None) -> openpyxl.Workbook:
    book = Book("Test", german=True)
    book.add_sheet("Sheet", COLUMNS, [*ROWS, StyledRow(["bold", 3])], layout)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return openpyxl.load_workbook(path)


@pytest.mark.parametrize("layout", [None, SheetLayout(preface=("Title", "As of"), boxed=True, readable=True)])
def test_values_types_and_styles_come_back(tmp_path: Path, layout: SheetLayout | None) -> None:
    ws = _book(tmp_path, layout)["Sheet"]
    first = 5 if layout else 2
    rows = list(ws.iter_rows(min_row=first, values_only=True))
    assert [c.value for c in ws[first - 1]][:6] == [c.header for c in COLUMNS]
    assert all(c.font.b for c in ws[first - 1][:6])
    assert rows[0][:6] == (
        "  spaces kept  ",
        1,
        True,
        datetime(2026, 3, 4),
        datetime(2026, 3, 4, 10, 30),
        "a\nb",
    )
    assert ws.cell(first, 4).number_format == "DD.MM.YYYY"
    assert ws.cell(first, 5).number_format == "DD.MM.YYYY HH:MM"
    assert ws.cell(first, 6).alignment.wrap_text
    assert rows[1][:3] == ("=1+2", -7, False) and ws.cell(first + 1, 1).data_type == "s"
    assert rows[2][:2] == ("#N/A", 2**40) and ws.cell(first + 2, 1).data_type == "s"
    assert rows[2][5] == "x & <y> \"z\" 'w'"
    assert rows[3][:2] == ("CR\nLF\nend", 0.1)
    assert rows[4][:2] == ("bell\ufffd nul\ufffd lone\ufffd emoji 😀 ß", 1.5e300)
    assert rows[5][0] is None and rows[5][5] is None
    cut = rows[6][0]
    assert cut.endswith("…") and len(cut.encode("utf-16-le")) // 2 <= MAX_CELL
    assert rows[7][6] == "G column"
    assert rows[8][:2] == ("bold", 3) and ws.cell(first + 8, 1).font.b
    if layout:
        assert ws["A1"].value == "Title" and ws["A1"].font.sz == 14
        assert ws.cell(first, 1).border.left.style == "thin"
        assert ws.row_dimensions[first].height is not None
    assert ws.auto_filter.ref == f"A{first - 1}:F{first + 8}"
    assert ws.max_row == first + 8 and ws.max_column == 7


def test_several_sheets_side_by_side_hold_their_own_rows(tmp_path: Path) -> None:
    book = Book("Test")
    specs = [SheetSpec("One", [SheetColumn("A")]), SheetSpec("Two", [SheetColumn("B"), SheetColumn("C")])]
    batches = [([[f"one {i}"]], [[f"two {i}", i], [f"two {i}b", i]]) for i in range(1500)]
    assert book.add_sheets(specs, batches) == [1500, 3000]
    book.save(tmp_path / "two.xlsx")
    read = openpyxl.load_workbook(tmp_path / "two.xlsx", read_only=True)
    one = [row for row in read["One"].iter_rows(values_only=True)]
    two = [row for row in read["Two"].iter_rows(values_only=True)]
    assert one[0] == ("A",) and one[1] == ("one 0",) and one[-1] == ("one 1499",)
    assert two[0] == ("B", "C") and two[2] == ("two 0b", 0) and len(two) == 3001
    read.close()


def test_a_cancelled_member_list_leaves_no_file_and_no_sheet_behind(demo: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "members.xlsx"
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # cancel while the sheets are being written

    with pytest.raises(ExportCancelled):
        export_members(demo, target, progress=progress)
    assert calls and list(folder.iterdir()) == []
