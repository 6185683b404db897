"""A table of related records inside an editor tab (a contact's topics, a meeting's participants).

Model/view like the workspaces: a ``QTableView`` over a ``RowListModel`` of
the rows one services call returned. Filling it is one model reset; columns
are sized once per new list from its first rows (``fit_columns``, the same
sizing as the workspace tables), so a meeting with 1,000 participants opens
as quickly as one with ten. Double-click or Enter opens the related record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from egov_network.ui.row_model import RowListModel, row_id
from egov_network.ui.table_model import fit_columns

T = TypeVar("T")


class RelatedTable(QWidget, Generic[T]):
    """Rows of ``T`` in columns given as (header, text-of-row) pairs, with optional buttons.

    ``activated(row)`` fires on double-click/Enter; ``selected()`` gives the
    selected rows and ``selection_changed`` says when they change (also when
    a refresh drops rows that were selected). A refresh keeps the selection
    by row id, so a second "Set status" applies to the same people.
    """

    activated = Signal(object)
    selection_changed = Signal()

    def __init__(
        self,
        name: str,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        parent: QWidget | None = None,
        *,
        multiple: bool = False,
        stretch: int = -1,
        ident: Callable[[T], int] = row_id,
    ) -> None:
        super().__init__(parent)
        # The column that takes the spare width; long free text (an action
        # item's wording) goes here so the short columns after it stay visible.
        self._stretch = stretch % len(columns)
        self.model: RowListModel[T] = RowListModel(columns, self, ident=ident)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName(name)
        self.table.setAccessibleName(name)
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
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(lambda index: self.activated.emit(self.model.row_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._fit_pending = True

    def add_button(self, text: str, slot: Callable[[], Any], *, needs_selection: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if needs_selection:
            button.setEnabled(False)
            self.selection_changed.connect(lambda: button.setEnabled(bool(self.selected())))
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_rows(self, rows: Sequence[T], emphasise: Callable[[T], bool] | None = None) -> None:
        """Show ``rows``; the rows selected before stay selected where they are still listed."""
        kept = self.selected_ids()
        current = self.table.currentIndex()
        current_id = self.model.id_of(self.model.row_at(current.row())) if current.isValid() else None
        same = self.model.ids() == [self.model.id_of(row) for row in rows]
        self.model.set_rows(rows, emphasise)
        if not same:
            # Sized once per new list (not on a refresh of the same rows, which
            # would undo a column the user dragged wider); a tab behind
            # another is sized when it comes to the front.
            self._fit_pending = True
            if self.isVisible():
                self._fit()
        self.reselect(kept, current=current_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._fit_pending:
            self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        self._fit_pending = False
        header = self.table.horizontalHeader()
        modes = QHeaderView.ResizeMode
        header.setSectionResizeMode(modes.Interactive)
        fit_columns(self.table)
        header.setSectionResizeMode(self._stretch, modes.Stretch)

    def rows(self) -> list[T]:
        return self.model.rows()

    def selected(self) -> list[T]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def selected_ids(self) -> set[int]:
        return {self.model.id_of(row) for row in self.selected()}

    def select_all(self) -> None:
        self.table.selectAll()

    def reselect(self, ids: Iterable[int], *, current: int | None = None) -> None:
        """Select exactly the rows of ``ids`` (one selection change), e.g. after a refresh.

        ``current`` is the id of the row the keyboard was on; it stays there.
        """
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for ident in ids:
            row = self.model.row_of(ident)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.table.selectionModel()
        if current is not None and (row := self.model.row_of(current)) is not None:
            selection_model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        # A model reset clears the selection without a signal: say it here either way.
        self.selection_changed.emit()
