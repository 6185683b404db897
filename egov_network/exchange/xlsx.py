"""Streaming Excel workbooks that are safe to hand out (openpyxl around our own row XML, no Qt).

What every exported workbook gets, whatever list it holds:

* **typed cells**: numbers stay numbers, dates real dates shown as
  ``DD.MM.YYYY`` in a German export and ``YYYY-MM-DD`` otherwise (date-times
  add ``HH:MM``), flags real booleans (Excel shows them as TRUE/FALSE or
  WAHR/FALSCH in the reader's language, and filters them);
* **no formula from data**: every string is written as an inline-string
  cell, so a value starting with ``=`` or equal to ``#N/A`` & co. stays
  text; strings starting with ``+``, ``-``, ``@`` or a tab are text anyway
  (an xlsx string cell is never evaluated) and go out unchanged;
* **text Excel can store**: control characters XML cannot carry become
  U+FFFD, a CR or CRLF line break becomes LF (Excel's own line break; an XML
  reader would turn a bare CR into LF anyway), and a value longer than
  Excel's 32,767 characters is cut and ends with "…";
* a bold, frozen header row with an autofilter over the written range, column
  widths fitted to the header and the first rows (at most ``MAX_WIDTH``),
  A4 pages one page wide with the header row repeated on every page;
* the file appears only complete: it is written to a temporary file in the
  target folder and renamed into place (``atomic_target``).

The rows' XML is written by ``sheet_xml`` straight into each sheet's file
(openpyxl writes the styles, the sheet's head and tail and the zip), about
four times faster than openpyxl's write-only cells, and every sheet declares
its real extent in ``<dimension>``, so readers need not parse it twice.
Several sheets can be filled side by side from one pass over the data
(``Book.add_sheets``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_writer
from openpyxl.worksheet.properties import PageSetupProperties

from egov_network import files
from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.exchange.sheet_xml import SheetXml

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
#: Rows ``add_sheets`` holds at most while it collects the samples of its sheets.
_MOST_HELD = 20 * SAMPLE_ROWS

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


@dataclass(frozen=True)
class SheetSpec:
    """A sheet of ``Book.add_sheets``: its name, columns and layout."""

    name: str
    columns: Sequence[SheetColumn]
    layout: SheetLayout | None = None


class _Sheet:
    """One sheet being written: its columns' styles and the rows' XML (``sheet_xml.SheetXml``)."""

    def __init__(self, book: Book, ws: Any, columns: Sequence[SheetColumn], layout: SheetLayout) -> None:
        self.book = book
        self.ws = ws
        self.layout = layout
        self.header_row = len(layout.preface) + (2 if layout.preface else 1)
        self.count = 0
        self.xml = SheetXml(
            ws, len(columns), book.date_format, book.datetime_format, clean_text, _UNSAFE, _SURELY_SHORT
        )
        style = self.xml.style
        wrap = style(alignment=WRAP)
        self.text_styles = [wrap if c.kind == "wrap" else "" for c in columns]
        self.wrap_columns = [i for i, c in enumerate(columns) if c.kind == "wrap"]
        self.wrap_widths = {i: columns[i].width or MAX_WIDTH for i in self.wrap_columns}
        self.styled = layout.boxed or layout.row_height is not None or layout.readable

        def cell_styles(font: Font | None) -> list[tuple[str, str, str, str]]:
            border = BOX if layout.boxed else None
            top = style(font, TOP, border)
            return [
                (
                    style(font, WRAP if c.kind == "wrap" else TOP, border),
                    style(font, TOP, border, book.date_format),
                    style(font, TOP, border, book.datetime_format),
                    top,
                )
                for c in columns
            ]

        self.row_styles = cell_styles(None)
        self.bold_styles = cell_styles(BOLD)

        title = style(TITLE_FONT)
        for index, line in enumerate(layout.preface):
            self.xml.row([clean_text(line)], [title if index == 0 else ""])
        if layout.preface:
            self.xml.empty_row()
        height = None
        # A fixed-width column wraps its header rather than growing to fit it.
        if layout.readable:
            fixed = (_wrapped_lines(c.header, c.width) for c in columns if c.width is not None)
            height = LINE_POINTS * max(fixed, default=1) + 2
        bold, bold_wrap = style(BOLD), style(BOLD, WRAP)
        self.xml.row(
            [clean_text(c.header) for c in columns],
            [bold_wrap if c.width is not None else bold for c in columns],
            height,
        )

    def write(self, rows: Iterable[Sequence[Any] | StyledRow]) -> None:
        xml, layout, book = self.xml, self.layout, self.book
        plain_row, styled_row = xml.row, xml.styled_row
        text_styles, wrap_columns, wrap_widths = self.text_styles, self.wrap_columns, self.wrap_widths
        readable = layout.readable and bool(wrap_columns)
        wrap_lines = [(i, _per_line(wrap_widths[i])) for i in wrap_columns]
        styled = self.styled
        for row in rows:
            bold = type(row) is StyledRow
            values: Sequence[Any] = row.values if isinstance(row, StyledRow) else row
            height = layout.row_height
            if readable:
                # Tall enough for every wrapped line (Excel and LibreOffice keep a
                # written row's height, so overlapping lines would print over each other).
                count, lines = len(values), 1
                for i, per_line in wrap_lines:
                    if i < count:
                        value = values[i]
                        # Most values fit one line: only a long or multi-line text is counted.
                        if value.__class__ is str and (len(value) > per_line or "\n" in value):
                            lines = max(lines, _wrapped_lines(value, wrap_widths[i]))
                height = max(height or 0.0, LINE_POINTS * lines + 2)
            if bold or styled:
                styled_row(values, self.bold_styles if bold else self.row_styles, height)
            else:
                plain_row(values, text_styles, height)
            self.count += 1
            if self.count % PROGRESS_EVERY == 0:
                book.rows += PROGRESS_EVERY
                book._report()

    def finish(self) -> int:
        self.book.rows += self.count % PROGRESS_EVERY
        last_column = get_column_letter(self.xml.width)
        self.ws.auto_filter.ref = f"A{self.header_row}:{last_column}{self.header_row + self.count}"
        self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        self.xml.finish()
        self.book._report()
        return self.count


class Book:
    """A workbook filled sheet by sheet (or several sheets side by side) and then saved once.

    The rows of a sheet are streamed into its own temporary file as they come
    (``sheet_xml``); nothing holds more than the first ``SAMPLE_ROWS`` rows,
    which fit the column widths. Every sheet gets a ``<dimension>`` with its
    real extent. ``progress`` is called with (rows written, ``total``) every
    ``PROGRESS_EVERY`` rows and at the end of each sheet; returning False
    raises ``ExportCancelled``. Call ``discard`` when the book is abandoned,
    so the temporary sheet files go too.
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
        self._open: list[_Sheet] = []
        self._report()

    def add_sheet(
        self,
        name: str,
        columns: Sequence[SheetColumn],
        rows: Iterable[Sequence[Any] | StyledRow],
        layout: SheetLayout | None = None,
    ) -> int:
        """Write one sheet; returns its number of data rows."""
        rows = iter(rows)
        sample = list(islice(rows, SAMPLE_ROWS))
        sheet = self._start(SheetSpec(name, columns, layout), sample)
        sheet.write(sample)
        del sample
        sheet.write(rows)
        return sheet.finish()

    def add_sheets(
        self, specs: Sequence[SheetSpec], batches: Iterable[Sequence[Iterable[Sequence[Any] | StyledRow]]]
    ) -> list[int]:
        """Write several sheets side by side from one pass over the data; their numbers of data rows.

        Each batch holds, per sheet in the order of ``specs``, the rows it
        adds (e.g. one chunk of authorities as the grouped list, the
        authorities and their contact persons). Batches are held only until
        every sheet has its sample for the column widths (or a bounded number
        of rows came), then each sheet's rows are written as they come.
        """
        batches = iter(batches)
        held: list[list[Sequence[Any] | StyledRow]] = [[] for _ in specs]
        for batch in batches:
            for rows, new in zip(held, batch, strict=True):
                rows.extend(new)
            if all(len(rows) >= SAMPLE_ROWS for rows in held) or sum(map(len, held)) >= _MOST_HELD:
                break
        sheets = [self._start(spec, rows[:SAMPLE_ROWS]) for spec, rows in zip(specs, held, strict=True)]
        for sheet, rows in zip(sheets, held, strict=True):
            sheet.write(rows)
        del held
        for batch in batches:
            for sheet, new in zip(sheets, batch, strict=True):
                sheet.write(new)
        return [sheet.finish() for sheet in sheets]

    def _start(self, spec: SheetSpec, sample: list[Any]) -> _Sheet:
        layout = spec.layout or SheetLayout()
        columns = spec.columns
        title = sheet_name(spec.name, self.sheets)
        ws = self.workbook.create_sheet(title)
        self.sheets.append(title)
        widths = self._widths(columns, sample)
        if layout.readable:
            columns, widths = _readable(columns, widths, layout)
        self._set_up(ws, widths, layout)
        header_row = len(layout.preface) + (2 if layout.preface else 1)
        # Part of the sheet view, which is written before the first row.
        ws.freeze_panes = f"A{header_row + 1}"
        sheet = _Sheet(self, ws, columns, layout)
        self._open.append(sheet)
        return sheet

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
        # Column and view settings come before the rows in the sheet's XML,
        # so everything here must be set before the first row is written.
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
        self._open.clear()

    def discard(self) -> None:
        """Remove the temporary sheet files of an unsaved book."""
        for sheet in self._open:
            sheet.xml.discard()
        self._open.clear()


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


def _per_line(width: float) -> int:
    # Words break early: count fewer characters per line than fit, so no line is cut off.
    return max(1, int(width * 0.85))


def _wrapped_lines(value: Any, width: float) -> int:
    """About how many lines ``value`` takes in a wrapped cell ``width`` units wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = _per_line(width)
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
