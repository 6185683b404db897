"""Edit > Trash…: deleted records, restorable also after the program was closed.

Restore goes through the window's operation runner (``Operations.call``), so
it is one undo step (its undo deletes the record again, back into the trash)
and every view hears of it on the ChangeBus. Deleting for good and emptying
the trash ask first and cannot be undone. The automatic purge after N days is
a setting of this dialog (QSettings, default off), applied when the window
opens (``purge_at_start``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.services import history as hs
from egov_network.services.registry import Services
from egov_network.services.trash import TrashEntry
from egov_network.store.database import Change
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.display import format_value
from egov_network.ui.errors import translate
from egov_network.ui.operations import Operations

#: Days after which trash items are removed at start; 0 or missing: never.
PURGE_SETTING = "trash/purge_after_days"


def purge_days(settings: QSettings) -> int:
    try:
        return max(0, int(str(settings.value(PURGE_SETTING, 0) or 0)))
    except ValueError:
        return 0


def purge_at_start(services: Services, settings: QSettings) -> int:
    """Remove trash items older than the setting's days (nothing when it is off); returns how many."""
    days = purge_days(settings)
    return services.trash.purge_older_than(days) if days else 0


class TrashDialog(QDialog):
    """The trash: kind, name, when and by whom deleted; Restore, Delete for good, Empty trash.

    ``confirm(title, text)`` asks before anything is removed for good; tests
    replace it to answer. ``report(title, text)`` shows a refusal.
    """

    def __init__(
        self,
        services: Services,
        operations: Operations,
        bus: ChangeBus,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 460)
        self.services = services
        self.operations = operations
        self.settings = settings
        self.confirm: Callable[[str, str], bool] = self._ask
        self.report: Callable[[str, str], None] = self._warn
        self.items: list[TrashEntry] = []

        intro = QLabel(
            self.tr(
                "Deleted records stay here until you delete them for good; they appear in no list, "
                "search or export. Restore brings a record back with what belonged to it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted on"), self.tr("Deleted by")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("The trash is empty."), self)

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("&Delete for good…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"), self)
        self.empty_button.clicked.connect(self.empty_trash)
        row = QHBoxLayout()
        for button in (self.restore_button, self.delete_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)

        self.purge_box = QCheckBox(self.tr("Remove records from the trash &automatically after"), self)
        self.purge_spin = QSpinBox(self)
        self.purge_spin.setRange(1, 3650)
        self.purge_spin.setSuffix(self.tr(" days"))
        self.purge_spin.setAccessibleName(self.tr("Days in the trash"))
        days = purge_days(settings)
        self.purge_box.setChecked(days > 0)
        self.purge_spin.setValue(days or 30)
        self.purge_spin.setEnabled(days > 0)
        self.purge_box.toggled.connect(self._save_purge)
        self.purge_spin.valueChanged.connect(lambda _value: self._save_purge())
        purge = QHBoxLayout()
        purge.addWidget(self.purge_box)
        purge.addWidget(self.purge_spin)
        purge.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addLayout(purge)
        layout.addWidget(close)
        bus.changed.connect(self._on_change)
        self.reload()

    # -- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        self.items = self.services.trash.items()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            deleted = item.deleted_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            cells = [
                hs.kind_text(item.entity, translate),
                item.label or f"#{item.record_id}",
                format_value(deleted, "datetime"),
                item.actor,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.empty_label.setVisible(not self.items)
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if not change.is_empty() and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reload()

    def selected(self) -> list[TrashEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.items))

    # -- actions ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Bring the selected records back, each as its own undo step.

        One that cannot come back (what it pointed to is gone) is said in
        words and leaves nothing behind, not even an empty undo step; the
        others are restored.
        """
        refusals = []
        for item in self.selected():
            try:
                self._restore(item)
            except EgovError as error:
                refusals.append(error.text(translate))
        if refusals:
            self.report(self.tr("Cannot restore"), "\n\n".join(refusals))
        self.reload()

    def _restore(self, item: TrashEntry) -> None:
        trash, service = self.services.trash, self.services.trash.services[item.entity]
        self.operations.call(
            lambda: trash.restore_record(item.entity, item.record_id),
            # Undo deletes it again, which puts it back into the trash.
            lambda: service.delete(item.record_id),
            self.tr("Restore “{name}”").format(name=item.label or ""),
        )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        question = (
            self.tr("Delete “{name}” for good? This cannot be undone.").format(name=chosen[0].label or "")
            if len(chosen) == 1
            else self.tr("Delete {n} records for good? This cannot be undone.").format(n=len(chosen))
        )
        if self.confirm(self.tr("Delete for good"), question):
            self.services.trash.delete_for_good([item.id for item in chosen])
            self.reload()

    def empty_trash(self) -> None:
        count = self.services.trash.count()
        if not count:
            return
        question = self.tr("Delete all {n} records in the trash for good? This cannot be undone.").format(
            n=count
        )
        if self.confirm(self.tr("Empty trash"), question):
            self.services.trash.empty()
            self.reload()

    def _save_purge(self) -> None:
        on = self.purge_box.isChecked()
        self.purge_spin.setEnabled(on)
        self.settings.setValue(PURGE_SETTING, self.purge_spin.value() if on else 0)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        return answer == QMessageBox.StandardButton.Yes
