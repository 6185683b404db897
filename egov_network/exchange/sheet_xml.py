"""One worksheet's XML written straight to its file: openpyxl's head and tail around rows serialised here.

openpyxl's write-only mode builds an XML element per cell and costs about
four times what streaming the cell XML itself does (benchmarks/rawxlsx.py).
This writer keeps openpyxl for everything around the rows (styles, column
widths, views, page setup, autofilter, the workbook's other parts, the zip)
and writes ``<sheetData>`` itself, cell by cell as openpyxl would: strings as
inline strings (so never a formula or an error value), numbers, booleans,
dates and times as serial numbers with a date style, a style id where a cell
has one, and an ``r`` reference on every row and cell.

It also writes the sheet's ``<dimension>``, which openpyxl's write-only mode
leaves out (a reader then parses the whole sheet once more to learn its
size): a placeholder as wide as the largest possible reference goes out
with the head, and once the last row is written the real reference is put
in its place (padded with spaces inside the tag), so no row is ever held.

The file is one of openpyxl's temporary sheet files (``create_temporary_file``,
which ``exchange.xlsx`` places beside the export's target); when finished it
is handed to openpyxl as the sheet's written part, so ``Workbook.save``
zips it like any write-only sheet and removes it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date, datetime, time
from io import BytesIO
from typing import Any, BinaryIO

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet import _writer as openpyxl_writer
from openpyxl.worksheet._writer import WorksheetWriter

#: The widest reference a sheet can have: the placeholder is as long as any real one.
PLACEHOLDER = "A1:XFD1048576"
_PLACEHOLDER_ATTRIBUTE = f'ref="{PLACEHOLDER}"'.encode()
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
#: Rows collected before they are written to the file.
_FLUSH_ROWS = 256


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: float) -> str:
    """A number as openpyxl writes it (``compat.safe_string``)."""
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    return f"{value:.16g}"


def _render(ws: Any) -> tuple[bytes, bytes, WorksheetWriter]:
    """openpyxl's XML of ``ws`` without rows, split around ``<sheetData>``, and the writer that made it."""
    writer = WorksheetWriter(ws, out=BytesIO())
    writer.write_top()
    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        pass
    writer.xf.send(None)
    writer.write_tail()
    writer.close()
    xml = writer.out.getvalue()
    found = _EMPTY_SHEET_DATA.search(xml)
    if found is None:  # pragma: no cover - openpyxl always writes the element
        raise RuntimeError("openpyxl wrote a sheet without sheetData")
    return xml[: found.start()], xml[found.end() :], writer


class SheetXml:
    """The rows of one write-only sheet, serialised into its temporary file; ``finish`` completes it.

    Create it after everything that openpyxl writes before the rows is set
    (column widths, freeze panes, page setup): the head is written at once.
    ``style(...)`` gives the ``s`` attribute of a font/alignment/border/number
    format combination, registered in the workbook's styles. Rows are
    written with ``row`` (values as they are) or ``styled_row`` (every cell,
    empty ones too, with the styles given per value kind).
    """

    def __init__(
        self,
        ws: Any,
        width: int,
        date_format: str,
        datetime_format: str,
        clean: Callable[[str], str],
        unsafe: re.Pattern[str],
        short: int,
    ) -> None:
        self.ws = ws
        #: Makes a string storable; needed when a row's XML is longer than ``short``
        #: or ``unsafe`` finds something in it.
        self._clean, self._unsafe, self._short = clean, unsafe, short
        self.width = width
        self.max_column = width
        self.letters = [get_column_letter(i) for i in range(1, width + 1)]
        self.date_format = date_format
        self.datetime_format = datetime_format
        self.epoch = ws.parent.epoch
        self._styles: dict[tuple[Any, ...], str] = {}
        self.date_style = self.style(number_format=date_format)
        self.datetime_style = self.style(number_format=datetime_format)
        self.rows = 0  # the number of the last row written
        self._buffer: list[str] = []
        self.path = str(openpyxl_writer.create_temporary_file(".xml"))
        self._file: BinaryIO | None = open(self.path, "wb")  # closed in finish/discard
        ws.calculate_dimension = lambda: PLACEHOLDER
        head, _tail, _writer = _render(ws)
        self._dimension_at = head.find(_PLACEHOLDER_ATTRIBUTE)
        self._file.write(head + b"<sheetData>")

    # -- styles ----------------------------------------------------------------

    def style(
        self,
        font: Font | None = None,
        alignment: Alignment | None = None,
        border: Border | None = None,
        number_format: str | None = None,
    ) -> str:
        """`` s="N"`` for cells with these styles ('' for the default style)."""
        key = (font, alignment, border, number_format)
        found = self._styles.get(key)
        if found is None:
            cell = WriteOnlyCell(self.ws)
            if font is not None:
                cell.font = font
            if alignment is not None:
                cell.alignment = alignment
            if border is not None:
                cell.border = border
            if number_format is not None:
                cell.number_format = number_format
            style_id = cell.style_id
            found = self._styles[key] = f' s="{style_id}"' if style_id else ""
        return found

    # -- rows ------------------------------------------------------------------

    def _letter(self, index: int) -> str:
        while index >= len(self.letters):
            self.letters.append(get_column_letter(len(self.letters) + 1))
        self.max_column = max(self.max_column, index + 1)
        return self.letters[index]

    def cell(self, ref: str, value: Any, text_style: str = "", other_style: str = "") -> str:
        """The XML of one cell at ``ref`` (``''`` for an empty one); strings go out as they are."""
        if value is None:
            return ""
        kind = value.__class__
        if kind is str:
            if not value:
                return ""
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            return f'<c r="{ref}"{text_style} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
        if kind is bool:
            return f'<c r="{ref}"{other_style} t="b"><v>{int(value)}</v></c>'
        if kind is int:
            return f'<c r="{ref}"{other_style} t="n"><v>{value}</v></c>'
        if isinstance(value, int | float):
            number = _number(value)  # '' for NaN and infinity, which Excel cannot store
            return f'<c r="{ref}"{other_style} t="n"><v>{number}</v></c>' if number else ""
        if isinstance(value, date | time):
            if isinstance(value, datetime | time) and value.tzinfo is not None:
                raise TypeError("Excel does not support time zones in dates and times")
            if not other_style:
                other_style = self.datetime_style if isinstance(value, datetime | time) else self.date_style
            return f'<c r="{ref}"{other_style} t="n"><v>{_number(to_excel(value, self.epoch))}</v></c>'
        return self.cell(ref, str(value), text_style, other_style)

    def _plain_cells(
        self, values: Sequence[Any], text_styles: Sequence[str], number: int, clean: bool
    ) -> str:
        parts = []
        letters = self.letters
        if len(values) > self.width:
            # A row wider than the columns (rare): the extent grows to its last value.
            last = max((i for i, v in enumerate(values) if v is not None and v != ""), default=0)
            self._letter(last)
        styles = len(text_styles)
        for index, value in enumerate(values):
            if value is None:
                continue
            if value.__class__ is str:
                if not value:
                    continue
                if clean:
                    value = self._clean(value)
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                style = text_styles[index] if index < styles else ""
                parts.append(
                    f'<c r="{letters[index]}{number}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
                )
            else:
                parts.append(self.cell(f"{letters[index]}{number}", value))
        return "".join(parts)

    def _styled_cells(
        self, values: Sequence[Any], styles: Sequence[tuple[str, str, str, str]], number: int, clean: bool
    ) -> str:
        parts = []
        count = len(values)
        if count > len(styles):
            styles = [*styles, *[styles[-1] if styles else ("", "", "", "")] * (count - len(styles))]
        if len(styles) > len(self.letters):
            self._letter(len(styles) - 1)
        letters = self.letters
        for index, (text_style, date_style, datetime_style, other_style) in enumerate(styles):
            value = values[index] if index < count else None
            if value is None or value == "":
                parts.append(f'<c r="{letters[index]}{number}"{other_style}/>')
            elif value.__class__ is str:
                if clean:
                    value = self._clean(value)
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                parts.append(
                    f'<c r="{letters[index]}{number}"{text_style} t="inlineStr">'
                    f"<is><t{space}>{text}</t></is></c>"
                )
            elif isinstance(value, datetime):
                parts.append(self.cell(f"{letters[index]}{number}", value, other_style=datetime_style))
            elif isinstance(value, date):
                parts.append(self.cell(f"{letters[index]}{number}", value, other_style=date_style))
            else:
                parts.append(self.cell(f"{letters[index]}{number}", value, text_style, other_style))
        self.max_column = max(self.max_column, len(styles))
        return "".join(parts)

    def _needs_cleaning(self, cells: str) -> bool:
        # Checking the row's XML at once is far cheaper than every string; the markup
        # itself is short and never holds a character the check looks for.
        return len(cells) > self._short or self._unsafe.search(cells) is not None

    def row(
        self, values: Sequence[Any], text_styles: Sequence[str] = (), height: float | None = None
    ) -> None:
        """A row of the cells that have a value; ``text_styles[i]`` styles a string in column i."""
        number = self.rows + 1
        cells = self._plain_cells(values, text_styles, number, False)
        if self._needs_cleaning(cells):
            cells = self._plain_cells(values, text_styles, number, True)
        self.rows = number
        self._add(number, cells, height)

    def styled_row(
        self,
        values: Sequence[Any],
        styles: Sequence[tuple[str, str, str, str]],
        height: float | None = None,
    ) -> None:
        """Every cell of the row, empty ones too; ``styles[i]`` = (text, date, date-time, other) style."""
        number = self.rows + 1
        cells = self._styled_cells(values, styles, number, False)
        if self._needs_cleaning(cells):
            cells = self._styled_cells(values, styles, number, True)
        self.rows = number
        self._add(number, cells, height)

    def empty_row(self) -> None:
        self.rows += 1
        self._add(self.rows, "", None)

    def _add(self, number: int, cells: str, height: float | None) -> None:
        attributes = f' ht="{height:g}" customHeight="1"' if height is not None else ""
        if cells:
            self._buffer.append(f'<row r="{number}"{attributes}>{cells}</row>')
        else:
            self._buffer.append(f'<row r="{number}"{attributes}/>')
        if len(self._buffer) >= _FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._file is not None and self._buffer:
            self._file.write("".join(self._buffer).encode("utf-8"))
        self._buffer.clear()

    # -- the end -----------------------------------------------------------------

    def dimension(self) -> str:
        return f"A1:{get_column_letter(max(self.max_column, 1))}{max(self.rows, 1)}"

    def finish(self) -> None:
        """Write the tail and the real ``<dimension>``, and hand the file to openpyxl as the written sheet."""
        self._flush()
        if self._file is None:
            raise ValueError("the sheet was finished or discarded already")
        ref = self.dimension()
        self.ws.calculate_dimension = lambda: ref
        _head, tail, writer = _render(self.ws)
        self._file.write(b"</sheetData>" + tail)
        if self._dimension_at >= 0:
            declared = f'ref="{ref}"'.encode()
            self._file.seek(self._dimension_at)
            # Spaces inside the tag keep every byte after it where it was.
            self._file.write(declared + b" " * (len(_PLACEHOLDER_ATTRIBUTE) - len(declared)))
        self._file.close()
        self._file = None
        # What openpyxl's own write-only sheet has after ``close()``: its writer with the
        # written file (zipped and removed by ``Workbook.save``), and "closed" set.
        writer.out = self.path
        self.ws._writer = writer
        self.ws._WriteOnlyWorksheet__saved = True

    def discard(self) -> None:
        """Close and remove the file of a sheet that will not be saved."""
        if self._file is not None:
            self._file.close()
            self._file = None
        with suppress(OSError):
            os.remove(self.path)
        if self.path in openpyxl_writer.ALL_TEMP_FILES:
            openpyxl_writer.ALL_TEMP_FILES.remove(self.path)
