"""View > Recent changes…: who changed what across the network, newest first, in a window of its own.

Non-modal, so the coordinator keeps working beside it. The list is read page
by page as it scrolls (``HistoryModel``), so 100,000 entries open at once;
a kind filter narrows it; a double-click opens the record in the main
window. It follows the ChangeBus: an announced change reads the first page
again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from egov_network.services import history as hs
from egov_network.services.history import HistoryEntry
from egov_network.services.registry import Services
from egov_network.store.database import Change
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.errors import translate
from egov_network.ui.history_tab import HistoryModel, history_view

#: The kinds the filter offers (the records people open), in the menu's order.
FILTER_KINDS = ("contact", "authority", "topic", "meeting", "action_item", "contact_list", "tag")


class RecentChangesWindow(QWidget):
    """The network's history; ``open_record(entity, id)`` asks the main window to show a record."""

    open_record = Signal(str, int)

    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("recent_changes")
        self.setWindowTitle(self.tr("Recent changes"))
        self.resize(900, 600)
        self.services = services
        self.bus = bus
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of record"))
        self.kind.addItem(self.tr("All kinds"), None)
        for entity in FILTER_KINDS:
            self.kind.addItem(hs.kind_text(entity, translate), entity)
        label = QLabel(self.tr("&Show:"), self)
        label.setBuddy(self.kind)
        self.model = HistoryModel(self._page, with_record=True, parent=self)
        self.view = history_view(self.model, self, self.tr("Recent changes"))
        self.view.setToolTip(self.tr("Double-click an entry to open its record."))
        self.view.doubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(lambda _index: self.model.reload())
        bus.changed.connect(self._on_change)

    def _page(self, before: int | None, limit: int) -> list[HistoryEntry]:
        entity = self.kind.currentData()
        return self.services.history.recent(
            entities=None if entity is None else [entity], before_id=before, limit=limit
        )

    def _on_change(self, change: Change) -> None:
        if not change.is_empty() and self.isVisible():
            self.model.reload()

    def entry_at(self, row: int) -> HistoryEntry:
        return self.model.entries[row]

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            entry = self.entry_at(index.row())
            self.open_record.emit(entry.entity, entry.record_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Closed, it stopped following the bus: shown again, it reads the newest entries.
        super().showEvent(event)
        self.model.reload()
