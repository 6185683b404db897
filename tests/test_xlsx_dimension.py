"""Every sheet the program writes declares its real size, so a reader never parses it twice.

openpyxl's read-only mode reads a sheet's ``<dimension>`` when a workbook is
opened; without one (openpyxl's own write-only files) it parses the whole
sheet to find its size. The exports write the element with the extent the
sheet really has, found after the last row and put in place of a placeholder.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import iterparse

import openpyxl
import pytest
from openpyxl.utils.cell import coordinate_from_string, get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser

from egov_network.exchange import exports
from egov_network.exchange.sheet_xml import PLACEHOLDER
from egov_network.services.registry import Services

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _sheet_parts(path: Path) -> dict[str, str]:
    """Sheet title -> its part in the zip, by the workbook's own relationships."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: ws._worksheet_path for ws in book.worksheets}
    finally:
        book.close()


def _real_extent(archive: zipfile.ZipFile, part: str) -> str:
    """The extent of the cells and rows really in the part, from a full parse."""
    last_row = last_column = 1
    with archive.open(part) as source:
        for _event, element in iterparse(source):
            if element.tag == f"{_MAIN}row":
                last_row = max(last_row, int(element.get("r", "0")))
                element.clear()
            elif element.tag == f"{_MAIN}c" and element.get("r"):
                letters, row = coordinate_from_string(element.get("r", "A1"))
                last_row = max(last_row, row)
                last_column = max(last_column, openpyxl.utils.column_index_from_string(letters))
    return f"A1:{get_column_letter(last_column)}{last_row}"


def _declared(archive: zipfile.ZipFile, part: str) -> list[str]:
    head = archive.read(part)[:65536].decode("utf-8")
    return re.findall(r'<dimension ref="([A-Z0-9:]+)"\s*/>', head)


def assert_dimensions_true(path: Path) -> dict[str, str]:
    parts = _sheet_parts(path)
    declared: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for title, part in parts.items():
            refs = _declared(archive, part)
            assert len(refs) == 1, (title, refs)
            assert refs[0] == _real_extent(archive, part), title
            assert refs[0] != PLACEHOLDER
            # openpyxl's own reader finds it in the head and stops there: no second pass.
            with archive.open(part) as source:
                bounds = WorkSheetParser(source, []).parse_dimensions()
                read = source.tell()
            size = archive.getinfo(part).file_size
            assert bounds is not None, title
            assert f"A1:{get_column_letter(bounds[2])}{bounds[3]}" == refs[0]
            assert read <= max(size, 65536) and (size < 200_000 or read < size // 2), (title, read, size)
            declared[title] = refs[0]
    # Read-only mode knows the size at once, without reset_dimensions, and it is right.
    book = openpyxl.load_workbook(path, read_only=True)
    full = openpyxl.load_workbook(path)
    try:
        for ws in book.worksheets:
            assert ws.calculate_dimension() == declared[ws.title]
            assert (ws.max_row, ws.max_column) == (full[ws.title].max_row, full[ws.title].max_column)
            rows = list(ws.iter_rows(values_only=True))
            assert len(rows) == ws.max_row
    finally:
        book.close()
        full.close()
    return declared


def test_the_contacts_export_declares_its_real_size(demo: Services, tmp_path: Path) -> None:
    result = exports.export_contacts(demo, tmp_path / "contacts.xlsx")
    declared = assert_dimensions_true(result.path)
    width = len(openpyxl.load_workbook(result.path, read_only=True)["Contacts"]["1"])
    assert declared == {"Contacts": f"A1:{get_column_letter(width)}{result.rows + 1}"}


def test_every_sheet_of_the_member_list_declares_its_real_size(demo: Services, tmp_path: Path) -> None:
    result = exports.export_members(demo, tmp_path / "members.xlsx")
    declared = assert_dimensions_true(result.path)
    assert list(declared) == ["Member list", "Authorities", "Contact persons"]
    grouped = int(declared["Member list"].split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 4
    authorities = int(declared["Authorities"].split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1
    people = int(declared["Contact persons"].split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1
    assert grouped == authorities + people
    assert result.rows == grouped + authorities + people


@pytest.mark.parametrize("kind", ["topics", "meetings"])
def test_the_other_exports_declare_their_real_size(demo: Services, tmp_path: Path, kind: str) -> None:
    result = exports.EXPORTS[kind](demo, tmp_path / f"{kind}.xlsx")
    assert set(assert_dimensions_true(result.path)) == set(result.sheets)


def test_a_meeting_and_an_empty_list_declare_their_real_size(services: Services, tmp_path: Path) -> None:
    result = exports.export_contacts(services, tmp_path / "none.xlsx")
    assert result.rows == 0
    width = get_column_letter(len(openpyxl.load_workbook(result.path, read_only=True)["Contacts"]["1"]))
    assert assert_dimensions_true(result.path) == {"Contacts": f"A1:{width}1"}
    meeting = services.meetings.create(
        {"title": "Plenum", "kind": "barcamp", "starts_at": datetime(2026, 3, 4, 10), "minutes": "a\nb\n\nc"}
    ).id
    written = exports.export_meeting(services, tmp_path / "meeting.xlsx", meeting)
    assert set(assert_dimensions_true(written.path)) == set(written.sheets)
