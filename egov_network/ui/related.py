"""A small table of related records inside an editor tab (a contact's topics, a meeting's participants).

Lists here are short (a meeting's participants, a topic's experts), so a
``QTableWidget`` filled from one services call is enough; double-click or
Enter opens the related record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")


class RelatedTable(QWidget, Generic[T]):
    """Rows of ``T`` in columns given as (header, text-of-row) pairs, with optional buttons.

    ``activated(row)`` fires on double-click/Enter; ``selected()`` gives the
    selected rows.
    """

    activated = Signal(object)

    def __init__(
        self,
        name: str,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        parent: QWidget | None = None,
        *,
        multiple: bool = False,
        stretch: int = -1,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        # The column that takes the spare width; long free text (an action
        # item's wording) goes here so the short columns after it stay visible.
        self._stretch = stretch % len(self._columns)
        self._rows: list[T] = []
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(name)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([header for header, _ in columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.verticalHeader().hide()
        # Tab leaves the table for the next control (rows are chosen with the arrow keys).
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemActivated.connect(lambda item: self.activated.emit(self._rows[item.row()]))
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, slot: Callable[[], Any], *, needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if needs_selection:
            button.setEnabled(False)
            self.table.itemSelectionChanged.connect(lambda: button.setEnabled(bool(self.selected())))
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_rows(self, rows: Sequence[T], emphasise: Callable[[T], bool] | None = None) -> None:
        self._rows = list(rows)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            strong = emphasise(row) if emphasise else False
            for c, (_, text_of) in enumerate(self._columns):
                item = QTableWidgetItem(text_of(row))
                if strong:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        modes = QHeaderView.ResizeMode
        for c in range(len(self._columns)):
            header.setSectionResizeMode(c, modes.Stretch if c == self._stretch else modes.ResizeToContents)

    def rows(self) -> list[T]:
        return list(self._rows)

    def selected(self) -> list[T]:
        return [self._rows[r] for r in sorted({i.row() for i in self.table.selectionModel().selectedRows()})]

    def select_all(self) -> None:
        self.table.selectAll()
