"""The History tab of every record editor, and the table model the Recent changes window shares.

Entries are read page by page (``fetchMore``), newest first, so a record or
a network with 100,000 entries opens at once. The tab follows the record
through the ChangeBus: the editor hands it every announced change, and it
reads again when shown (or the next time it is shown, when hidden).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from egov_network.domain import enums
from egov_network.services import history as hs
from egov_network.services.history import HistoryEntry
from egov_network.services.registry import Services
from egov_network.store.database import Change
from egov_network.ui.display import enum_label, format_value
from egov_network.ui.errors import translate

#: Rows read per page.
PAGE = 200

#: Fields whose stored value is an enum member (shown with its label).
_ENUM_FIELDS = frozenset(name for fields in enums.FIELD_ENUMS.values() for name in fields)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")

#: Fetches one page: (before_id, limit) -> entries, newest first.
Fetch = Callable[[int | None, int], list[HistoryEntry]]


def value_text(field: str, value: Any) -> str:
    """A stored value as the window shows it: dates in the locale's format, enums by label, "—" for empty."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return format_value(value, "bool")
    if isinstance(value, str):
        if field in _ENUM_FIELDS:
            return enum_label(value)
        if _ISO_DATETIME.match(value):
            return format_value(datetime.fromisoformat(value), "datetime")
        if _ISO_DATE.match(value):
            return format_value(date.fromisoformat(value), "date")
    return str(value)


def when_text(entry: HistoryEntry) -> str:
    """The entry's time in local time, in the locale's date format (02.12.2026 10:15 in German)."""
    local = entry.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return format_value(local, "datetime")


def changes_text(entry: HistoryEntry, separator: str = "; ") -> str:
    """ "Function: Referent → Referatsleiter; Email: …" with the fields' user labels."""
    return separator.join(hs.change_parts(entry, translate, value=value_text))


def record_text(entry: HistoryEntry) -> str:
    """ "contact “Meier, Anna”": which record, as it was named then."""
    kind = hs.kind_text(entry.entity, translate)
    if not entry.label:
        return f"{kind} #{entry.record_id}"
    return QCoreApplication.translate("History", "{kind} “{name}”").format(kind=kind, name=entry.label)


class HistoryModel(QAbstractTableModel):
    """Entries newest first, read ``PAGE`` at a time as the view scrolls; ``with_record`` adds its column."""

    def __init__(self, fetch: Fetch, *, with_record: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._with_record = with_record
        self.entries: list[HistoryEntry] = []
        self._more = True
        self._headers = [
            QCoreApplication.translate("History", "When"),
            QCoreApplication.translate("History", "Who"),
            QCoreApplication.translate("History", "What"),
        ]
        if with_record:
            self._headers.append(QCoreApplication.translate("History", "Record"))
        self._headers.append(QCoreApplication.translate("History", "Changes"))

    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Read the first page again (the newest entries)."""
        self.beginResetModel()
        self.entries = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or not self._more:
            return
        before = self.entries[-1].id if self.entries else None
        page = self._fetch(before, PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self.entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        last = len(self._headers) - 1
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == last:
            return changes_text(entry, "\n") or None  # one field a line: the cell shows only the start
        columns = [
            lambda: when_text(entry),
            lambda: entry.actor,
            lambda: hs.action_text(entry.action, translate),
        ]
        if self._with_record:
            columns.append(lambda: record_text(entry))
        columns.append(lambda: changes_text(entry))
        return columns[index.column()]()


def history_view(model: HistoryModel, parent: QWidget, name: str) -> QTableView:
    """A read-only table over ``model``, its last column (the changes) stretched."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if model.columnCount() == 5:
        # A long record name must not squeeze the changes out of sight.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
    header.setStretchLastSection(True)
    return view


class HistoryTab(QWidget):
    """The History tab: who changed what of the record open in the editor, newest first."""

    def __init__(self, services: Services, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entity = entity
        self.ident: int | None = None
        self._stale = False
        self.model = HistoryModel(self._page, parent=self)
        layout = QVBoxLayout(self)
        self.view = history_view(self.model, self, self.tr("History of this record"))
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.hide()
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def _page(self, before: int | None, limit: int) -> list[HistoryEntry]:
        if self.ident is None:
            return []
        return self.services.history.of_record(self.entity, self.ident, before_id=before, limit=limit)

    def show_record(self, ident: int | None) -> None:
        """Follow the editor to record ``ident`` (None: nothing open)."""
        self.ident = ident
        self.refresh()

    def on_change(self, change: Change) -> None:
        """Any announced change may have written an entry of this record (a link from the other side)."""
        if self.ident is not None and not change.is_empty():
            self.refresh()

    def refresh(self) -> None:
        """Read now when shown; otherwise when the tab is shown next."""
        if self.isVisible():
            self._stale = False
            self.model.reload()
            self.empty.setVisible(self.ident is not None and not self.model.entries)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
