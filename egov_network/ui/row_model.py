"""A table model over a list of plain rows, for the related tabs of the editors.

A related list (a meeting's participants, a contact's topics) comes from one
services call as a list of small frozen rows (``RosterRow``, ``Link``…). The
model shows them in columns given as (header, text-of-row) pairs and asks for
a cell's text only when the view paints or sizes it, so filling a tab costs
one model reset instead of one widget per cell (a ``QTableWidget`` re-measured
its auto-sized columns on every ``setItem``: quadratic, 1-2 s at 172 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.table_model import ID_ROLE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The row object itself (a ``RosterRow``, ``Link``…), for code that needs more than the text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
#: Whether the row is emphasised (an overdue action item): bold and dark red.
EMPHASIS_ROLE = Qt.ItemDataRole.UserRole + 4
#: A cell text longer than this gets a tooltip: the column may be too narrow to show it.
TOOLTIP_FROM = 40


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
        ROW_ROLE,
        EMPHASIS_ROLE,
    }
)


def row_id(row: Any) -> int:
    """The default identity of a row: its ``id`` attribute (the link or record id)."""
    return int(row.id)


class RowListModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` in columns of (header, text-of-row); ``ID_ROLE`` gives a row's id.

    ``emphasise(row)`` marks rows to stand out (bold, ``ERROR_COLOR``); the
    column texts should say why in words as well, as colour is never the
    only signal.
    """

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        parent: Any = None,
        *,
        ident: Callable[[T], int] = row_id,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._ident = ident
        self._rows: list[T] = []
        self._strong: list[bool] = []
        self._row_of: dict[int, int] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._emphasis = QBrush(QColor(ERROR_COLOR))

    # -- content ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[T], emphasise: Callable[[T], bool] | None = None) -> None:
        """Show ``rows`` instead of the current ones: one reset, no text computed yet."""
        self.beginResetModel()
        self._rows = list(rows)
        self._strong = [bool(emphasise(row)) for row in self._rows] if emphasise else []
        self._row_of = None
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def id_of(self, row: T) -> int:
        return self._ident(row)

    def ids(self) -> list[int]:
        return [self._ident(row) for row in self._rows]

    def row_of(self, ident: int) -> int | None:
        """The row showing the record ``ident``, or None."""
        if self._row_of is None:
            self._row_of = {self._ident(row): r for r, row in enumerate(self._rows)}
        return self._row_of.get(ident)

    def is_emphasised(self, row: int) -> bool:
        return bool(self._strong) and self._strong[row]

    # -- Qt model interface -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sizing and painting ask each cell for a dozen roles; most are not ours.
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._columns[index.column()][1](row)
            return text if len(text) > TOOLTIP_FROM else None
        if role == ID_ROLE:
            return self._ident(row)
        if role == ROW_ROLE:
            return row
        if role == EMPHASIS_ROLE:
            return self.is_emphasised(index.row())
        if role == Qt.ItemDataRole.FontRole and self.is_emphasised(index.row()):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and self.is_emphasised(index.row()):
            return self._emphasis
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None
