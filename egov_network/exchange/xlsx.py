"""Streaming Excel workbooks that are safe to hand out (openpyxl write-only, no Qt).

What every exported workbook gets, whatever list it holds:

* **typed cells**: numbers stay numbers, dates real dates shown as
  ``DD.MM.YYYY`` in a German export and ``YYYY-MM-DD`` otherwise (date-times
  add ``HH:MM``), flags real booleans (Excel shows them as TRUE/FALSE or
  WAHR/FALSCH in the reader's language, and filters them);
* **no formula from data**: openpyxl turns a string that starts with ``=``
  into a formula and one that equals ``#N/A`` & co. into an error value;
  such strings are written as text cells. Strings starting with ``+``, ``-``,
  ``@`` or a tab are stored as text anyway (an xlsx string cell is never
  evaluated), so they go out unchanged and cost nothing extra;
* **text Excel can store**: control characters XML cannot carry become
  U+FFFD, a CR or CRLF line break becomes LF (Excel's own line break; an XML
  reader would turn a bare CR into LF anyway), and a value longer than
  Excel's 32,767 characters is cut and ends with "…";
* a bold, frozen header row with an autofilter over the written range, column
  widths fitted to the header and the first rows (at most ``MAX_WIDTH``),
  A4 pages one page wide with the header row repeated on every page;
* the file appears only complete: it is written to a temporary file in the
  target folder and renamed into place (``atomic_target``).

Only cells that need it become ``WriteOnlyCell`` objects (headers, dates,
styled rows, the rare formula-like string); everything else is appended as a
plain value, which keeps an export of 100,000 contacts close to openpyxl's
own write-only speed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_writer
from openpyxl.worksheet.properties import PageSetupProperties

from egov_network import files
from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]

CREATOR = "egov-network"
#: Excel's limit for one cell, in UTF-16 code units (what Excel counts).
MAX_CELL = 32_767
MAX_SHEET_NAME = 31
#: Paper size code of A4 in SpreadsheetML.
PAPERSIZE_A4 = "9"
MAX_WIDTH = 60
MIN_WIDTH = 6
#: Rows between two progress calls.
PROGRESS_EVERY = 500
#: Rows looked at to fit column widths (write-only sheets need widths before the first row).
SAMPLE_ROWS = 1000

DATE_FORMAT = {False: "YYYY-MM-DD", True: "DD.MM.YYYY"}
DATETIME_FORMAT = {False: "YYYY-MM-DD HH:MM", True: "DD.MM.YYYY HH:MM"}

_CANCELLED = QT_TRANSLATE_NOOP("Export", "The export was cancelled.")
_NO_FOLDER = QT_TRANSLATE_NOOP("Export", "“{file}” cannot be written: the folder “{folder}” does not exist.")
_IS_FOLDER = QT_TRANSLATE_NOOP("Export", "“{file}” is a folder; choose a file name for the export.")
_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Export", "“{file}” cannot be written: no permission to write in “{folder}” ({reason})."
)
_LOCKED = QT_TRANSLATE_NOOP(
    "Export",
    "“{file}” cannot be replaced: it may be open in another program (close it in Excel and try again).",
)
_FAILED = QT_TRANSLATE_NOOP("Export", "“{file}” could not be written: {reason}.")

#: Characters XML 1.0 cannot carry (Excel refuses the file), plus CR, which we turn into LF.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ud800-\udfff\ufffe\uffff]")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: A string this short cannot exceed MAX_CELL even if every character takes two UTF-16 units.
_SURELY_SHORT = MAX_CELL // 2
_ERROR_CODES = frozenset(ERROR_CODES)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
#: Cells beside wrapped ones start at the top too, so a row reads as one line.
TOP = Alignment(vertical="top")
_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


class ExportError(EgovError):
    """An export could not write its file; the message names the file (context "Export")."""

    def text(self, translate: Translator = no_translation) -> str:
        return translate("Export", self.template).format(**self.params)


class ExportCancelled(ExportError):  # noqa: N818 - the name the UI and CLI already use
    """The user cancelled through the progress callback; no file was written or replaced."""

    def __init__(self) -> None:
        super().__init__(_CANCELLED)


# -- values ------------------------------------------------------------------


def _utf16_len(value: str) -> int:
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


def clean_text(value: str) -> str:
    """``value`` as Excel can store it: LF line breaks, no XML-illegal characters, capped length."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > _SURELY_SHORT and _utf16_len(value) > MAX_CELL:
        # Cut at MAX_CELL - 1 UTF-16 units ("ignore" drops a half emoji) and mark the cut.
        value = value.encode("utf-16-le")[: (MAX_CELL - 1) * 2].decode("utf-16-le", "ignore") + "…"
    return value


def text_value(ws: Any, value: str) -> Any:
    """A string to append: itself when openpyxl keeps it as plain text, else a text-typed cell."""
    if len(value) > _SURELY_SHORT or _UNSAFE.search(value) is not None:
        value = clean_text(value)
    if value[:1] == "=" or value in _ERROR_CODES:
        return text_cell(ws, value)
    return value


def text_cell(ws: Any, value: str, font: Font | None = None, alignment: Alignment | None = None) -> Any:
    """A cell holding ``value`` as text, never a formula or an error value."""
    cell = WriteOnlyCell(ws, clean_text(value))
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _display_len(value: Any) -> int:
    """Characters a value needs on screen, for fitting column widths."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max(map(len, value.split("\n"))) if "\n" in value else len(value)
    if isinstance(value, bool):
        return 5
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return len(str(value))


# -- sheet names ---------------------------------------------------------------


def sheet_name(wanted: str, taken: Iterable[str] = ()) -> str:
    """``wanted`` made a valid, unique Excel sheet name.

    Excel refuses ``[]:*?/\\``, a leading or trailing apostrophe, more than 31
    characters, the reserved name "History" and names differing only in case.
    """
    name = _BAD_SHEET_CHARS.sub("_", clean_text(wanted)).strip().strip("'").strip()
    if not name:
        name = "Sheet"
    if name.casefold() == "history":
        name += "_"
    used = {t.casefold() for t in taken}
    candidate, number = _fit_name(name, ""), 1
    while candidate.casefold() in used:
        number += 1
        candidate = _fit_name(name, f" ({number})")
    return candidate


def _fit_name(name: str, suffix: str) -> str:
    room = MAX_SHEET_NAME - len(suffix)
    base = name[:room].rstrip()
    while _utf16_len(base) > room:  # an emoji counts twice in Excel
        base = base[:-1]
    return base.strip("'") + suffix


# -- sheets and workbooks --------------------------------------------------------


@dataclass(frozen=True)
class SheetColumn:
    """One column of a sheet: header text, value kind, optional fixed width.

    ``kind``: "text", "int", "bool", "date", "datetime" (typed by value), or
    "wrap" (long text: fixed width, wrapped, top-aligned). A column with a
    fixed ``width`` wraps its header instead of being fitted to it.
    """

    header: str
    kind: str = "text"
    width: float | None = None


@dataclass(frozen=True)
class StyledRow:
    """A row written in bold (e.g. an authority above its contact persons)."""

    values: Sequence[Any]


@dataclass(frozen=True)
class SheetLayout:
    """How a sheet prints and which extras it has.

    ``preface`` lines (e.g. a meeting's title and date) come above the header
    row; the header stays the frozen, filtered, repeated row. ``boxed`` draws
    a thin grid around every data cell and gives rows ``row_height`` points,
    room for a signature.
    """

    preface: Sequence[str] = ()
    landscape: bool | None = None  # None: landscape when the columns are wide
    boxed: bool = False
    row_height: float | None = None
    page_header: str | None = None
    #: A printout to hand over: the widest text columns wrap so the page is not
    #: shrunk below ``READABLE_SCALE`` (8 pt and more), and rows with wrapped
    #: text are made tall enough for all their lines.
    readable: bool = False
    #: The footer's page count, in the export's language ("Page &P of &N").
    page_footer: str = "&P / &N"


#: Usable width of an A4 page with half-inch side margins, in Excel width units
#: (one unit is about one digit of the 11 pt default font, 1.85 mm).
PAGE_UNITS = {False: 98.0, True: 144.0}
#: The smallest print scale a readable printout may get: 11 pt text stays 8.25 pt.
READABLE_SCALE = 0.75
#: Height of one line of 11 pt text in a row, in points.
LINE_POINTS = 15.0


class Book:
    """A write-only workbook filled sheet by sheet and then saved once.

    ``progress`` is called with (rows written, ``total``) every
    ``PROGRESS_EVERY`` rows and at the end of each sheet; returning False
    raises ``ExportCancelled``. Call ``discard`` when the book is abandoned,
    so openpyxl's temporary sheet files go too.
    """

    def __init__(
        self,
        title: str,
        *,
        german: bool = False,
        progress: Progress | None = None,
        total: int = 0,
    ) -> None:
        self.workbook = Workbook(write_only=True)
        properties = self.workbook.properties
        properties.title = clean_text(title)
        properties.creator = CREATOR
        properties.lastModifiedBy = CREATOR
        self.date_format = DATE_FORMAT[german]
        self.datetime_format = DATETIME_FORMAT[german]
        self.sheets: list[str] = []
        self.rows = 0
        self.total = total
        self._progress = progress
        self._report()

    def add_sheet(
        self,
        name: str,
        columns: Sequence[SheetColumn],
        rows: Iterable[Sequence[Any] | StyledRow],
        layout: SheetLayout | None = None,
    ) -> int:
        """Write one sheet; returns its number of data rows."""
        layout = layout or SheetLayout()
        title = sheet_name(name, self.sheets)
        ws = self.workbook.create_sheet(title)
        self.sheets.append(title)
        rows = iter(rows)
        sample = list(islice(rows, SAMPLE_ROWS))
        widths = self._widths(columns, sample)
        if layout.readable:
            columns, widths = _readable(columns, widths, layout)
        header_row = len(layout.preface) + (2 if layout.preface else 1)
        self._set_up(ws, widths, layout)
        # Part of the sheet view, which a write-only sheet writes before the first row.
        ws.freeze_panes = f"A{header_row + 1}"

        for index, line in enumerate(layout.preface):
            ws.append([text_cell(ws, line, TITLE_FONT if index == 0 else None)])
        if layout.preface:
            ws.append([])
        # A fixed-width column wraps its header rather than growing to fit it.
        if layout.readable:
            fixed = (_wrapped_lines(c.header, c.width) for c in columns if c.width is not None)
            lines = max(fixed, default=1)
            ws.row_dimensions[header_row].height = LINE_POINTS * lines + 2
        ws.append([text_cell(ws, c.header, BOLD, WRAP if c.width is not None else None) for c in columns])

        count = self._write_rows(ws, columns, chain(sample, rows), layout)
        last_row = header_row + count
        last_column = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        self._report()
        return count

    def _write_rows(
        self,
        ws: Any,
        columns: Sequence[SheetColumn],
        rows: Iterator[Sequence[Any] | StyledRow],
        layout: SheetLayout,
    ) -> int:
        text_columns = [i for i, c in enumerate(columns) if c.kind == "text"]
        date_columns = [i for i, c in enumerate(columns) if c.kind in ("date", "datetime")]
        wrap_columns = [i for i, c in enumerate(columns) if c.kind == "wrap"]
        styled = layout.boxed or layout.row_height is not None or layout.readable
        width = len(columns)
        count = 0
        append = ws.append
        row_dimensions = ws.row_dimensions
        first_data_row = len(layout.preface) + (3 if layout.preface else 2)
        wrap_widths = {i: columns[i].width or MAX_WIDTH for i in wrap_columns}
        for row in rows:
            bold = type(row) is StyledRow
            values = list(row.values if isinstance(row, StyledRow) else row)
            height = layout.row_height
            if layout.readable and wrap_columns:
                # Tall enough for every wrapped line (Excel and LibreOffice keep a
                # written row's height, so overlapping lines would print over each other).
                wrapped = (_wrapped_lines(values[i], wrap_widths[i]) for i in wrap_columns if i < len(values))
                lines = max(wrapped, default=1)
                height = max(height or 0.0, LINE_POINTS * lines + 2)
            if bold or styled:
                values = self._styled(ws, values, width, wrap_columns, bold, layout.boxed)
            else:
                for i in text_columns:
                    value = values[i]
                    if value.__class__ is str:
                        values[i] = text_value(ws, value)
                for i in date_columns:
                    if values[i] is not None:
                        values[i] = self._date_cell(ws, values[i])
                for i in wrap_columns:
                    if values[i] is not None:
                        values[i] = text_cell(ws, str(values[i]), alignment=WRAP)
            if height is not None:
                row_dimensions[first_data_row + count].height = height
            append(values)
            count += 1
            if count % PROGRESS_EVERY == 0:
                self.rows += PROGRESS_EVERY
                self._report()
        self.rows += count % PROGRESS_EVERY
        return count

    def _styled(
        self, ws: Any, values: list[Any], width: int, wrap_columns: list[int], bold: bool, boxed: bool
    ) -> list[Any]:
        """Every cell of the row as a styled cell (empty ones too, so the box is closed)."""
        cells = []
        for i in range(width):
            value = values[i] if i < len(values) else None
            if isinstance(value, str):
                cell = text_cell(ws, value, alignment=WRAP if i in wrap_columns else TOP)
            elif isinstance(value, date):
                cell = self._date_cell(ws, value)
                cell.alignment = TOP
            else:
                cell = WriteOnlyCell(ws, value)
                cell.alignment = TOP
            if bold:
                cell.font = BOLD
            if boxed:
                cell.border = BOX
            cells.append(cell)
        return cells

    def _date_cell(self, ws: Any, value: date) -> Any:
        cell = WriteOnlyCell(ws, value)
        cell.number_format = self.datetime_format if isinstance(value, datetime) else self.date_format
        return cell

    def _widths(self, columns: Sequence[SheetColumn], sample: list[Any]) -> list[float]:
        widths = []
        for i, column in enumerate(columns):
            if column.width is not None:
                widths.append(column.width)
                continue
            longest = 0
            for row in sample:
                values = row.values if type(row) is StyledRow else row
                if i < len(values):
                    longest = max(longest, _display_len(values[i]))
            if column.kind in ("date", "datetime") and longest:
                # The display format, not Python's str(), decides the width.
                longest = 16 if column.kind == "datetime" else 10
            # +3 leaves room for the autofilter's drop-down button beside the header.
            fitted = max(_display_len(column.header) + 3, longest + 2, MIN_WIDTH)
            widths.append(float(min(MAX_WIDTH, fitted)))
        return widths

    def _set_up(self, ws: Any, widths: list[float], layout: SheetLayout) -> None:
        # A write-only sheet writes its column and view settings before the
        # first row, so everything here must be set before appending.
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        setup = ws.page_setup
        setup.paperSize = PAPERSIZE_A4
        landscape = layout.landscape if layout.landscape is not None else sum(widths) > 100
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as needed
        if layout.page_header:
            ws.oddHeader.center.text = clean_text(layout.page_header).replace("&", "&&")
        ws.oddFooter.center.text = layout.page_footer
        if layout.readable:
            ws.page_margins.left = ws.page_margins.right = 0.5

    def _report(self) -> None:
        if self._progress is not None and self._progress(self.rows, max(self.total, self.rows)) is False:
            raise ExportCancelled()

    def save(self, path: Path) -> None:
        self.workbook.save(str(path))

    def discard(self) -> None:
        """Remove openpyxl's temporary sheet files of an unsaved book."""
        for ws in self.workbook.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            try:
                rows = getattr(ws, "_rows", None)
                if rows is not None:
                    rows.close()  # finish the row generator while its file is still open
                writer.close()
                writer.cleanup()
            except (OSError, ValueError, RuntimeError):
                pass  # already gone: the book was saved, or openpyxl cleaned up itself


def _readable(
    columns: Sequence[SheetColumn], widths: list[float], layout: SheetLayout
) -> tuple[list[SheetColumn], list[float]]:
    """Narrow the wide text columns in proportion (they wrap instead) so the page prints readably."""
    landscape = layout.landscape if layout.landscape is not None else sum(widths) > 100
    most = PAGE_UNITS[landscape] / READABLE_SCALE
    excess = sum(widths) - most
    floor = 10.0
    flexible = [i for i, c in enumerate(columns) if c.kind in ("text", "wrap") and widths[i] > floor]
    room = sum(widths[i] - floor for i in flexible)
    if excess <= 0 or room <= 0:
        return list(columns), widths
    share = min(1.0, excess / room)
    columns, widths = list(columns), list(widths)
    for i in flexible:
        widths[i] = round(widths[i] - (widths[i] - floor) * share, 1)
        columns[i] = SheetColumn(columns[i].header, "wrap", widths[i])
    return columns, widths


def _wrapped_lines(value: Any, width: float) -> int:
    """About how many lines ``value`` takes in a wrapped cell ``width`` units wide."""
    if not isinstance(value, str) or not value:
        return 1
    # Words break early: count fewer characters per line than fit, so no line is cut off.
    per_line = max(1, int(width * 0.85))
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


# -- files ---------------------------------------------------------------------------


#: Where openpyxl puts the temporary files of the sheets being written: set
#: by ``atomic_target`` for its thread, so they sit beside the target too.
_sheet_folder: ContextVar[tuple[Path, list[Path]] | None] = ContextVar("egov_sheet_folder", default=None)
_openpyxl_temporary_file = openpyxl_writer.create_temporary_file


def _sheet_temporary_file(suffix: str = "") -> str:
    """openpyxl's temporary sheet file, in the export's folder (not the shared temp folder) while exporting.

    openpyxl keeps each write-only sheet in a temporary file until the book
    is saved; in ``$TMPDIR`` a killed export left 6.5 MB with 9,289 email
    addresses there that nothing removed. Beside the target it is private
    (0600), hidden, noted in the leftovers journal and removed with the rest.
    """
    where = _sheet_folder.get()
    if where is None:
        return str(_openpyxl_temporary_file(suffix))
    folder, noted = where
    path = files.create_noted(folder, ".openpyxl.", f"{suffix}.tmp")
    noted.append(path)
    openpyxl_writer.ALL_TEMP_FILES.append(str(path))
    return str(path)


openpyxl_writer.create_temporary_file = _sheet_temporary_file


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target`` to write to; on success on disk and renamed onto ``target``.

    On any error (or cancel) the temporary file is removed and an existing
    ``target`` stays as it was; one left by a killed program is removed at
    the next start (``files.remove_leftovers``). A new file is 0600; a
    replaced one keeps its mode. File system problems become ``ExportError``.
    """
    target = Path(target)
    folder = target.parent
    params = {"file": str(target), "folder": str(folder)}
    if not folder.is_dir():
        raise ExportError(_NO_FOLDER, **params)
    if target.is_dir():
        raise ExportError(_IS_FOLDER, **params)
    with ExitStack() as stack:
        try:
            temp = stack.enter_context(files.temporary_beside(target))
        except OSError as exc:
            raise ExportError(_NOT_WRITABLE, reason=exc.strerror or str(exc), **params) from None
        sheets: list[Path] = []
        stack.callback(_remove_sheets, sheets)
        token = _sheet_folder.set((folder, sheets))
        stack.callback(_sheet_folder.reset, token)
        try:
            yield temp
            if target.exists():
                os.chmod(temp, target.stat().st_mode & 0o7777)
            try:
                files.replace_durably(temp, target)
            except PermissionError:
                # Windows refuses to replace a file Excel has open.
                raise ExportError(_LOCKED, **params) from None
        except OSError as exc:
            raise ExportError(_FAILED, reason=exc.strerror or str(exc), **params) from None


def _remove_sheets(sheets: list[Path]) -> None:
    """Remove what is left of openpyxl's sheet files (a failed or cancelled export) and their notes."""
    for sheet in sheets:
        with suppress(OSError):
            sheet.unlink(missing_ok=True)
    files.forget_temporary(sheets)
