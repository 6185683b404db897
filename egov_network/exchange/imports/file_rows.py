"""The rows of a list file, read once and kept packed, so a changed option re-decides without re-reading.

A preview is decided again whenever the coordinator picks another kind, a
mapping or the "create authorities" option; reading and parsing the file is
most of that time at 100,000 rows. ``read_file_rows`` reads the file once and
keeps its rows in blocks of pickled tuples (about the file's own size, with no
per-row or per-cell object overhead); iterating unpacks one block at a time.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from egov_network.exchange.reading import DEFAULT_LIMITS, Limits, open_table

#: Rows per packed block: big enough that pickling overhead vanishes, small enough to unpack quickly.
BLOCK_ROWS = 1000
#: How often (in rows) reading reports progress.
REPORT_EVERY = 1000

#: Called with the number of rows read so far; may raise to stop the reading (a cancel).
ReadProgress = Callable[[int], None]


@dataclass
class FileRows:
    """The non-empty rows of one sheet (or CSV file) as (1-based row number, cells), iterable repeatedly."""

    path: Path
    sheet: str | None
    from_xlsx: bool
    #: Every worksheet of the workbook ([] for a CSV file), so the dialog need not open it again.
    sheets: list[str] = field(default_factory=list)
    count: int = 0
    _blocks: list[tuple[array[int], bytes]] = field(default_factory=list, repr=False)

    def __iter__(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        for lines, packed in self._blocks:
            # Only bytes this module pickled from the parsed cells, never the file's bytes.
            rows: list[tuple[Any, ...]] = pickle.loads(packed)
            yield from zip(lines, rows, strict=True)

    def __len__(self) -> int:
        return self.count

    def packed_bytes(self) -> int:
        """Memory the rows take (for tests and the benchmark)."""
        return sum(len(packed) + lines.itemsize * len(lines) for lines, packed in self._blocks)

    def _add(self, lines: array[int], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._blocks.append((lines, pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)))
            self.count += len(rows)


def _trimmed(row: tuple[Any, ...]) -> tuple[Any, ...]:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row if end == len(row) else row[:end]


def read_file_rows(
    path: Path,
    sheet: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: ReadProgress | None = None,
) -> FileRows:
    """Every non-empty row of the sheet (default the first) or CSV file; ``ImportFileError`` if unreadable."""
    with open_table(Path(path), sheet, limits) as table:
        result = FileRows(Path(path), table.sheet, table.from_xlsx, list(table.sheets))
        lines: array[int] = array("q")
        rows: list[tuple[Any, ...]] = []
        for line, raw in table.rows:
            lines.append(line)
            rows.append(_trimmed(raw))
            if len(rows) == BLOCK_ROWS:
                result._add(lines, rows)
                lines, rows = array("q"), []
                if progress is not None and result.count % REPORT_EVERY == 0:
                    progress(result.count)
        result._add(lines, rows)
    if progress is not None:
        progress(result.count)
    return result
