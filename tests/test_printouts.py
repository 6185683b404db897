"""Printouts that can be handed over: what the Excel files tell a printer (checked through openpyxl)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from egov_network.exchange.exports import export_meeting, export_members
from egov_network.services.registry import Services

MM_PER_POINT = 25.4 / 72


def closing_event(demo: Services) -> int:
    meetings = (demo.meetings.find(i) for i in range(1, 50))
    return next(m for m in meetings if m is not None and m.title.startswith("Abschlussveranstaltung")).id


def test_the_sign_in_sheet_has_room_to_sign_titles_and_its_meeting(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "treffen.xlsx"
    export_meeting(demo, target, closing_event(demo), german=True)
    sheet = openpyxl.load_workbook(target)["Teilnehmerliste"]
    names = [sheet.cell(row, 2).value for row in range(5, sheet.max_row + 1)]
    assert "Dr. Brockmann" in names and any(n.startswith("Prof. Dr. Stember") for n in names)
    assert sheet["A1"].value.startswith("Abschlussveranstaltung")
    assert "22.09.2016" in sheet["A2"].value
    heights = [sheet.row_dimensions[row].height for row in range(5, sheet.max_row + 1)]
    assert min(heights) * MM_PER_POINT >= 10
    # Fits one page wide at (nearly) full size: 11 pt stays above 10 pt.
    width = sum(sheet.column_dimensions[c].width for c in "ABCDEF")
    assert width <= 98
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.oddFooter.center.text == "Seite &P von &N"
    assert sheet.print_title_rows == "$4:$4"


def test_the_minutes_wrap_so_every_line_prints(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "treffen.xlsx"
    export_meeting(demo, target, closing_event(demo), german=True)
    sheet = openpyxl.load_workbook(target)["Protokoll"]
    long_rows = [row for row in range(2, sheet.max_row + 1) if len(sheet.cell(row, 2).value or "") > 100]
    assert long_rows
    for row in long_rows:
        assert sheet.cell(row, 2).alignment.wrap_text
        assert sheet.row_dimensions[row].height >= 30  # two lines at least


def test_the_member_list_prints_readably_with_title_and_date(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "mitglieder.xlsx"
    export_members(demo, target, german=True)
    sheet = openpyxl.load_workbook(target)["Mitgliederliste"]
    assert sheet["A1"].value == "Mitgliederliste"
    assert sheet["A2"].value.startswith("Stand: ")
    assert sheet.page_setup.orientation == "landscape"
    columns = [cell.column_letter for cell in sheet[4] if cell.value]
    widths = [sheet.column_dimensions[c].width for c in columns]
    # Landscape A4 is about 144 units wide; at most a 0.75 scale keeps 11 pt text above 8 pt.
    assert sum(widths) <= 144 / 0.75 + 1
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.oddFooter.center.text == "Seite &P von &N"
