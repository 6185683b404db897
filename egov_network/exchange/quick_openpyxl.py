"""Two shortcuts in openpyxl's read-only reading, installed once before the first workbook is opened.

Both keep openpyxl's results (tests/test_import_hostile.py compares them on
inline strings, rich text, formulas and numbers) and remove work that grows
with the file: a whole extra parse of every sheet at open, and a rich-text
object per inline-string cell.
"""

from __future__ import annotations

import re
from typing import Any

#: How far into a sheet's XML its <dimension> is looked for (it precedes the cells).
_DIMENSION_HEAD_BYTES = 64 * 1024
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*\bref=\"([A-Za-z0-9:$]+)\"")


def quicken_read_only_sheets() -> None:
    """Make openpyxl's read-only sheets look for their declared size in the head of the XML only.

    openpyxl reads a sheet's <dimension> when the workbook is opened, and
    when a sheet has none (openpyxl's own write-only files, ours included)
    it parses the *whole* sheet to find that out, for every sheet: a full
    extra pass, 30-40 % of reading a large list. The element comes before
    the cells when present, so the head is enough; the import resets the
    dimensions before reading anyway, so a missing one costs nothing.
    """
    from openpyxl.reader import excel
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    if getattr(excel.ReadOnlyWorksheet, "quick_size", False):
        return

    class QuickSizeWorksheet(ReadOnlyWorksheet):  # type: ignore[misc]
        quick_size = True

        def _get_size(self) -> None:
            source = self._get_source()
            try:
                head = source.read(_DIMENSION_HEAD_BYTES)
            finally:
                source.close()
            found = _DIMENSION.search(head)
            if found is None:
                return
            try:
                bounds = range_boundaries(found.group(1).decode("ascii").replace("$", ""))
            except ValueError:
                return  # an unreadable declaration is no declaration
            if None not in bounds:
                self._min_column, self._min_row, self._max_column, self._max_row = bounds

    excel.ReadOnlyWorksheet = QuickSizeWorksheet
    _quick_inline_strings()


def _quick_inline_strings() -> None:
    """Read inline-string cells (what openpyxl's write-only mode and our exports write) without objects.

    openpyxl builds a rich-text ``Text`` object through its descriptor
    machinery for every such cell, ~60 % of reading one; the text is only
    the ``<t>`` of the cell and of its runs, as ``Text.content`` joins them.
    Formulas and rich text keep openpyxl's own path.
    """
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet import _read_only
    from openpyxl.worksheet._reader import FORMULA_TAG, INLINE_STRING, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    text_tag, run_tag = f"{{{SHEET_MAIN_NS}}}t", f"{{{SHEET_MAIN_NS}}}r"

    class QuickInlineParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            if (
                element.get("t") != "inlineStr"
                or self.rich_text
                or (not self.data_only and element.find(FORMULA_TAG) is not None)
            ):
                return super().parse_cell(element)  # type: ignore[no-any-return]
            style_id = element.get("s", 0)
            if style_id:
                style_id = int(style_id)
            coordinate = element.get("r")
            if coordinate:
                row, column = coordinate_to_tuple(coordinate)
                self.col_counter = column
            else:
                self.col_counter += 1
                row, column = self.row_counter, self.col_counter
            value, data_type = None, "inlineStr"
            child = element.find(INLINE_STRING)
            if child is not None:
                data_type = "s"
                plain = child.findtext(text_tag)
                parts = [plain] if plain is not None else []
                parts += [t for run in child.iterfind(run_tag) if (t := run.findtext(text_tag)) is not None]
                value = "".join(parts)
            return {
                "row": row,
                "column": column,
                "value": value,
                "data_type": data_type,
                "style_id": style_id,
            }

    _read_only.WorkSheetParser = QuickInlineParser
