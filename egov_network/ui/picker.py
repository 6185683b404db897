"""Choosing records from a searchable list (an authority for a contact, participants for a meeting)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from egov_network.ui.filter_timer import FilterTimer
from egov_network.ui.table_model import LazyTableModel, ListSource, fit_columns


def search_field(dialog: QDialog, layout: QVBoxLayout) -> QLineEdit:
    """The labelled "Search:" field at the top of a picker (records, or a topic in the tree)."""
    label = QLabel(QCoreApplication.translate("PickerDialog", "&Search:"), dialog)
    field = QLineEdit(dialog)
    field.setPlaceholderText(QCoreApplication.translate("PickerDialog", "Type part of a name…"))
    field.setClearButtonEnabled(True)
    field.setAccessibleName(QCoreApplication.translate("PickerDialog", "Search"))
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    return field


class PickerDialog(QDialog):
    """A filterable list of one entity; ``chosen()`` gives the selected ids.

    The list is the same lazy SQL-backed model as the workspaces, so it stays
    quick with 100,000 contacts.
    """

    def __init__(
        self, source: ListSource, title: str, *, multiple: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.filter = search_field(self, layout)

        self.model = LazyTableModel(source, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = (
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.setSelectionMode(mode)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Tab leaves the table for the next control (rows are chosen with the arrow keys).
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(self.model.columns):
            self.view.setColumnHidden(column, not spec.visible)
        fit_columns(self.view)
        self.view.doubleClicked.connect(self.accept)
        layout.addWidget(self.view)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.filter_timer = FilterTimer(self.filter, self.model)
        self.filter.returnPressed.connect(self._first_or_accept)
        self.filter.setFocus()

    def _first_or_accept(self) -> None:
        self.filter_timer.apply()
        if not self.view.selectionModel().hasSelection() and self.model.rowCount():
            self.view.selectRow(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]
