"""Reading untrusted list files (.xlsx, .csv, .vcf) into plain rows, safely.

Files come from members by email, so they are treated as hostile: the size,
the zip container (zip bombs) and the declared row count are checked *before*
anything is parsed, openpyxl parses XML through defusedxml (installed as a
dependency; openpyxl picks it up by itself), and every way a file can be
broken ends in one ``ImportFileError`` that names the file and the problem.
Nothing here knows about fields or the database: rows in, tuples out, one at
a time (``open_table``) or all at once (``read_table``).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.exchange.quick_openpyxl import quicken_read_only_sheets
from egov_network.exchange.vcard_rows import BrokenVCard, count_cards, looks_like_vcard, vcard_rows

#: First bytes of an OLE2 compound file: a password-protected .xlsx or an old .xls.
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})


class ImportFileError(EgovError):
    """A file cannot be imported at all (unreadable, encrypted, too big); nothing was imported."""


@dataclass(frozen=True)
class Limits:
    """What an imported file may hold; checked before parsing (tests lower them)."""

    max_file_bytes: int = 50 * 1024 * 1024
    #: Sum of the unpacked sizes of all parts of an .xlsx.
    max_unpacked_bytes: int = 200 * 1024 * 1024
    #: Unpacked/packed ratio of one part; sheet XML packs ~10-30x, zip bombs ~1000x.
    max_ratio: int = 200
    #: Parts smaller than this are not ratio-checked (tiny parts compress absurdly well).
    ratio_floor_bytes: int = 1024 * 1024
    max_parts: int = 10_000
    max_rows: int = 200_000
    #: Columns of one row (up to its last non-empty cell); member lists have a few dozen.
    max_columns: int = 1_000
    #: A longer cell makes its row skipped (checked by the import, not here).
    max_cell_chars: int = 10_000
    #: Characters of text a workbook may yield per unpacked byte: shared strings let a
    #: 6 KB file repeat one 10,000-character text 40,000 times (400 MB of text).
    max_text_per_byte: int = 4
    #: Text every workbook may hold regardless of its size.
    text_floor_chars: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


@dataclass
class Table:
    """The non-empty rows of one sheet or CSV file, with their 1-based row numbers.

    ``from_xlsx`` tells the import that cells starting with "=" were formulas
    in the workbook (in a CSV they are only text).
    """

    source: str  # file name, for messages
    sheet: str | None
    lines: list[int] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    from_xlsx: bool = False


@dataclass
class RowStream:
    """The non-empty rows of one sheet or CSV file as (1-based row number, cells), read on demand."""

    source: str  # file name, for messages
    sheet: str | None
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    from_xlsx: bool = False
    #: The worksheets of the workbook in order ([] for a CSV file).
    sheets: list[str] = field(default_factory=list)


def _error(template: str, path: Path, **params: Any) -> ImportFileError:
    return ImportFileError(template, name=path.name, **params)


def _unopenable(path: Path, exc: OSError) -> ImportFileError:
    return _error(
        QT_TRANSLATE_NOOP("Errors", "“{name}” cannot be opened: {reason}."), path, reason=exc.strerror or exc
    )


def is_xlsx(path: Path, head: bytes) -> bool:
    """Decide the format by content first (a renamed file is still what it is), then by name."""
    if head.startswith(CFB_MAGIC):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is password-protected or an old Excel file (.xls). "
                "Remove the password or save it as .xlsx in Excel, then import it again.",
            ),
            path,
        )
    if head.startswith(ZIP_MAGIC):
        return True
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not an Excel workbook (.xlsx) or it is damaged."), path
        )
    if suffix == ".xls":
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is an old Excel file (.xls). Save it as .xlsx in Excel, then import it again.",
            ),
            path,
        )
    return False


def _check_size(path: Path, limits: Limits) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unopenable(path, exc) from None
    if size > limits.max_file_bytes:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is too large to import ({size} MB; at most {max} MB)."),
            path,
            size=size // (1024 * 1024),
            max=limits.max_file_bytes // (1024 * 1024),
        )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(64)
    except OSError as exc:
        raise _unopenable(path, exc) from None


def _damaged(path: Path) -> ImportFileError:
    return _error(QT_TRANSLATE_NOOP("Errors", "“{name}” is damaged or incomplete and cannot be read."), path)


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """Refuse damaged archives and zip bombs by looking at the zip directory only; the unpacked size."""
    bomb = QT_TRANSLATE_NOOP(
        "Errors", "“{name}” unpacks to far more data than a list holds; it was not opened."
    )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _damaged(path) from None
    if len(parts) > limits.max_parts or sum(p.file_size for p in parts) > limits.max_unpacked_bytes:
        raise _error(bomb, path)
    for part in parts:
        if part.file_size > limits.ratio_floor_bytes and part.file_size > limits.max_ratio * max(
            part.compress_size, 1
        ):
            raise _error(bomb, path)
    return sum(p.file_size for p in parts)


def _open_workbook(path: Path, limits: Limits) -> tuple[Any, int]:
    """The workbook (read-only) and its unpacked size."""
    import openpyxl  # only when an .xlsx is read: it is slow to import

    quicken_read_only_sheets()
    unpacked = check_zip(path, limits)
    try:
        # read_only streams the sheet; data_only=False keeps formulas as their text
        # so nothing is ever evaluated (openpyxl does not evaluate; Excel would).
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise _unreadable(path, exc) from None
    return workbook, unpacked


def _unreadable(path: Path, exc: BaseException) -> ImportFileError:
    # openpyxl wraps the real problem (bad XML, an entity defusedxml refused)
    # in a long generic message; the innermost cause says what is wrong.
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is damaged or not a workbook this program can read ({reason})."
        ),
        path,
        reason=type(exc).__name__ + (f": {detail}" if detail else ""),
    )


def sheet_names(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """The worksheets of a workbook in order; [] for a CSV file (it has one table)."""
    _check_size(path, limits)
    if not is_xlsx(path, _head(path)):
        return []
    workbook, _unpacked = _open_workbook(path, limits)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    """All non-empty rows of the chosen sheet (default the first) or of the CSV file."""
    with open_table(path, sheet, limits) as stream:
        table = Table(stream.source, stream.sheet, from_xlsx=stream.from_xlsx)
        for line, row in stream.rows:
            table.lines.append(line)
            table.rows.append(row)
    return table


@contextmanager
def open_table(path: Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Iterator[RowStream]:
    """Like ``read_table``, but the rows are read as they are consumed (an .xlsx stays open meanwhile).

    A large list is never held whole (1.4 KB per row as tuples). Problems found
    while reading (too many rows, a damaged part) raise ``ImportFileError`` from
    the iteration, so the caller's work up to there is lost as it should be.
    """
    _check_size(path, limits)
    head = _head(path)
    if not head.startswith((ZIP_MAGIC, CFB_MAGIC)) and looks_like_vcard(path, head):
        yield _read_vcards(path, limits)
        return
    if not is_xlsx(path, head):
        yield _read_csv(path, limits)
        return
    workbook, unpacked = _open_workbook(path, limits)
    try:
        yield _read_xlsx(workbook, path, sheet, limits, unpacked)
    finally:
        workbook.close()


def _too_many_rows(path: Path, rows: int, limits: Limits) -> ImportFileError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "“{name}” has {rows} rows or more; at most {max} can be imported at once."
        ),
        path,
        rows=rows,
        max=limits.max_rows,
    )


def _read_xlsx(workbook: Any, path: Path, sheet: str | None, limits: Limits, unpacked: int) -> RowStream:
    names = list(workbook.sheetnames)
    if not names:
        raise _error(QT_TRANSLATE_NOOP("Errors", "“{name}” contains no worksheet."), path)
    if sheet is not None and sheet not in names:
        raise _error(QT_TRANSLATE_NOOP("Errors", "“{name}” has no worksheet “{sheet}”."), path, sheet=sheet)
    title = sheet if sheet is not None else names[0]
    worksheet = workbook[title]
    if not hasattr(worksheet, "reset_dimensions"):  # a chartsheet has no cells
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "The worksheet “{sheet}” in “{name}” holds no table."),
            path,
            sheet=title,
        )
    declared = worksheet.max_row
    if declared is not None and declared > limits.max_rows:
        raise _too_many_rows(path, declared, limits)
    # The declared size is only a hint: openpyxl would stop at a wrong (too
    # small) one and silently drop rows, so read what is really there.
    worksheet.reset_dimensions()
    budget = max(limits.text_floor_chars, limits.max_text_per_byte * unpacked)
    rows = _xlsx_rows(worksheet, path, limits, budget)
    return RowStream(path.name, title, rows, from_xlsx=True, sheets=names)


def _xlsx_rows(
    worksheet: Any, path: Path, limits: Limits, budget: int
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    try:
        for number, row in _non_empty(worksheet.iter_rows(values_only=True), path, limits):
            # Text costs time and memory per character in every later step, so a
            # workbook may not yield far more of it than its own size.
            budget -= sum(len(value) for value in row if type(value) is str)
            if budget < 0:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{name}” repeats its texts so often that it holds far more text than its size; "
                        "it was not imported.",
                    ),
                    path,
                )
            yield number, row
    except ImportFileError:
        raise
    except Exception as exc:  # truncated parts, bad XML, forbidden entities
        raise _unreadable(path, exc) from None


def _too_many_columns(path: Path, columns: int, limits: Limits) -> ImportFileError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "“{name}” has a row of {columns} columns; at most {max} columns can be imported."
        ),
        path,
        columns=columns,
        max=limits.max_columns,
    )


def _width(row: tuple[Any, ...]) -> int:
    """Columns up to the last non-empty cell (trailing blanks are padding)."""
    width = len(row)
    while width and (row[width - 1] is None or row[width - 1] == ""):
        width -= 1
    return width


def _non_empty(
    rows: Iterable[tuple[Any, ...]], path: Path, limits: Limits
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for number, row in enumerate(rows, start=1):
        if number > limits.max_rows:
            raise _too_many_rows(path, number, limits)
        # Refused before anything looks at the cells: every later step costs per column.
        if len(row) > limits.max_columns and _width(row) > limits.max_columns:
            raise _too_many_columns(path, _width(row), limits)
        # any() over the tuple is the cheapest emptiness test; blank strings are rare enough
        if any(value is not None and value != "" for value in row):
            yield number, row


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on German Windows saves "CSV (Trennzeichen-getrennt)" as cp1252;
        # its five undefined bytes fall back to latin-1 rather than failing.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """``;`` (German Excel), ``,`` or tab: the one most frequent in the first lines outside quotes."""
    sample = text[:65536].splitlines()[:30]
    counts = dict.fromkeys(";,\t", 0)
    for line in sample:
        outside = line.split('"')[::2]  # drop quoted parts: commas in "Müller, Anna" do not count
        for delimiter in counts:
            counts[delimiter] += sum(part.count(delimiter) for part in outside)
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _read_csv(path: Path, limits: Limits) -> RowStream:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unopenable(path, exc) from None
    # Counting line breaks is far cheaper than parsing and bounds the rows from above.
    if data.count(b"\n") > limits.max_rows:
        raise _too_many_rows(path, data.count(b"\n"), limits)
    text = decode(data).replace("\x00", "")
    del data  # the text is all that is needed from here on
    # The csv module refuses fields over 128 KiB; long cells are the import's
    # business (it skips their row with a reason), not a reason to fail here.
    if csv.field_size_limit() < limits.max_file_bytes:
        csv.field_size_limit(limits.max_file_bytes)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    return RowStream(path.name, None, _csv_rows(reader, path, limits), from_xlsx=False)


def _csv_rows(
    reader: Iterator[list[str]], path: Path, limits: Limits
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    try:
        yield from _non_empty((tuple(row) for row in reader), path, limits)
    except csv.Error as exc:
        raise _unreadable(path, exc) from None


def _read_vcards(path: Path, limits: Limits) -> RowStream:
    """A vCard file as a contact list: a header row, then one row per card (``vcard_rows``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unopenable(path, exc) from None
    text = decode(data).replace("\x00", "")
    del data
    # Counting the cards is far cheaper than parsing them, like counting a CSV's lines.
    cards = count_cards(text)
    if cards > limits.max_rows:
        raise _too_many_rows(path, cards, limits)
    return RowStream(path.name, None, _vcard_rows(text, path, limits), from_xlsx=False)


def _vcard_rows(text: str, path: Path, limits: Limits) -> Iterator[tuple[int, tuple[Any, ...]]]:
    try:
        for number, (line, row) in enumerate(vcard_rows(text)):
            if number > limits.max_rows:
                raise _too_many_rows(path, number, limits)
            yield line, row
    except BrokenVCard:
        raise _damaged(path) from None
