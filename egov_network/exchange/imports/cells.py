"""Turning a row's cells into field values: text, choices, digits, numbers; long cells and formulas.

``RowReader`` makes a ``PreviewRow`` of a raw row and, as the ``RowSource``
of the compact rows, rebuilds their values from the packed cells later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.exchange import matching
from egov_network.exchange.imports.kinds import NO_TEXT, ImportKind
from egov_network.exchange.preview_rows import PreviewRow, Reason, reason, unpack
from egov_network.exchange.reading import Limits

#: What a new record adds to a row's file values: (row, creating) -> values.
Extras = Callable[[PreviewRow, bool], dict[str, Any]]


def cell_values(
    line: int,
    raw: Sequence[Any],
    columns: list[tuple[int, str]],
    spec: ImportKind,
    from_xlsx: bool,
    limits: Limits,
) -> tuple[dict[str, Any], list[Reason], bool]:
    """The field values of a row's cells, notes on its cells, and whether it is broken."""
    values: dict[str, Any] = {}
    notes: list[Reason] = []
    broken = False
    width = len(raw)
    for index, key in columns:
        if index >= width:
            continue
        value = raw[index]
        if isinstance(value, str):
            if len(value) > limits.max_cell_chars:
                broken = True
                notes.append(
                    reason(
                        QT_TRANSLATE_NOOP(
                            "Import", "Cell {cell} holds {length} characters; at most {max} are accepted."
                        ),
                        cell=f"{matching.column_letter(index)}{line}",
                        length=len(value),
                        max=limits.max_cell_chars,
                    )
                )
                continue
            if from_xlsx and value.startswith("="):
                notes.append(
                    reason(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Cell {cell} holds a formula; its text {formula} is imported, not its result.",
                        ),
                        cell=f"{matching.column_letter(index)}{line}",
                        formula=value[:60],
                    )
                )
            value = value.strip()
            if not value:
                continue
        elif value is None:
            continue
        if key in spec.choices:
            value = matching.choice_value(spec.choices[key], matching.as_text(value))
        elif key in spec.digits:
            value = matching.as_digits(value, spec.digits[key])
        elif key in ("id", "cohort"):
            value = matching.as_int(value)
        elif key not in NO_TEXT:
            value = matching.as_text(value)
        values[key] = value
    return values, notes, broken


class RowReader:
    """Turns a row's cells into a ``PreviewRow``; as the ``RowSource`` of compact rows, back again.

    Holds nothing of the decisions (their indexes are large): compact rows keep
    this object for as long as the preview lives.
    """

    def __init__(
        self,
        columns: list[tuple[int, str]],
        spec: ImportKind,
        from_xlsx: bool,
        limits: Limits,
        extras: Extras,
    ) -> None:
        self.columns = columns
        self.spec = spec
        self.from_xlsx = from_xlsx
        self.limits = limits
        self._extras = extras
        self._indexes = [index for index, _key in columns]
        #: The columns of ``cells``' tuples: only the mapped ones, in order.
        self._packed_columns = [(position, key) for position, (_index, key) in enumerate(columns)]

    def row(self, line: int, raw: Sequence[Any]) -> PreviewRow:
        values, notes, broken = cell_values(line, raw, self.columns, self.spec, self.from_xlsx, self.limits)
        row = PreviewRow(line, values)
        row.reasons.extend(notes)
        row.broken = broken
        ident = values.pop("id", None)
        if ident is not None:
            if isinstance(ident, int) and not isinstance(ident, bool):
                row.file_id = ident
            else:
                row.reasons.append(
                    reason(
                        QT_TRANSLATE_NOOP("Import", "The ID “{value}” is not a number; it is ignored."),
                        value=ident,
                    )
                )
        return row

    def cells(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        """The mapped cells of a raw row: what ``values`` needs to rebuild the row's values."""
        width = len(raw)
        cells = [raw[index] if index < width else None for index in self._indexes]
        while cells and cells[-1] is None:
            cells.pop()
        return tuple(cells)

    def values(self, line: int, packed: bytes) -> dict[str, Any]:
        # Same conversion as ``row``, so the same values; its notes were kept as the row's reasons.
        cells = unpack(packed)
        # from_xlsx only adds notes on formulas, which the row already has among its reasons.
        values = cell_values(line, cells, self._packed_columns, self.spec, False, self.limits)[0]
        values.pop("id", None)
        values.pop("authority", None)  # taken out by the contacts' authority matching
        return values

    def extras(self, row: PreviewRow) -> dict[str, Any]:
        return self._extras(row, True)
