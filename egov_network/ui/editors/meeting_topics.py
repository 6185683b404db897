"""The meeting editor's "Topics" tab: every topic as a checkbox; a change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from egov_network.domain.errors import EgovError
from egov_network.ui.editor import RecordEditor
from egov_network.ui.errors import translate


class TopicsTab(QWidget):
    """Checks the meeting's topics among all topics; each toggle is one undo step.

    A toggle tells the service which topic set it saw, and its undo which
    set the toggle left, so a change made elsewhere in between is refused
    with a message instead of being overwritten.
    """

    def __init__(self, host: RecordEditor) -> None:
        super().__init__(host)
        self.host = host
        self.meeting: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(self.tr("Topics of the meeting (a change is saved at once and can be undone):"), self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("meeting_topics")
        self.list.setAccessibleName(self.tr("Topics of the meeting"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        #: The meeting's topics as last read: what the next toggle expects to find.
        self._topic_ids: set[int] = set()
        self._loading = False
        #: Loaded for another meeting (or none) than ``meeting``: refresh when shown.
        self._stale = False
        self.list.itemChanged.connect(self._toggled)
        host.tabs.currentChanged.connect(self._came_to_front)

    def title(self) -> str:
        return self.tr("T&opics")

    def load(self, meeting: int | None) -> None:
        """Show ``meeting``'s topics now if this tab is in front, else when it comes to the front.

        The checklist holds every topic (500 in a large network), and going
        through meetings on their Participants tab should not read it each time.
        """
        self.meeting = meeting
        self._stale = True
        if meeting is None or self.host.tabs.currentWidget() is self:
            self._refresh()

    def _came_to_front(self, index: int) -> None:
        if self._stale and self.host.tabs.widget(index) is self:
            self._refresh()

    def _refresh(self) -> None:
        """Show every topic, checked if the meeting has it; updates in place when the list is unchanged."""
        meeting = self.meeting
        self._stale = False
        self._loading = True
        try:
            if meeting is None:
                self._topic_ids = set()
                self.list.clear()
                return
            everything = self.host.services.relations.topic_names()
            self._topic_ids = set(self.host.services.meetings.topic_ids(meeting))
            shown = [
                (self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
                for i in range(self.list.count())
            ]
            if shown != everything:
                self.list.clear()
                for ident, name in everything:
                    item = QListWidgetItem(name, self.list)
                    item.setData(Qt.ItemDataRole.UserRole, ident)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for i in range(self.list.count()):
                item = self.list.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in self._topic_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def checked(self) -> set[int]:
        return {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }

    def _toggled(self, _item: QListWidgetItem) -> None:
        if self._loading or self.meeting is None:
            return
        meeting, old, new = self.meeting, set(self._topic_ids), self.checked()
        if old == new:
            return
        meetings = self.host.services.meetings
        try:
            self.host.undoable.call(
                lambda: meetings.set_topics(meeting, new, expected=old),
                lambda: meetings.set_topics(meeting, old, expected=new),
                self.tr("Change topics of “{name}”").format(name=self.host.heading.text()),
            )
        except EgovError as error:
            QMessageBox.warning(self, self.tr("Not possible"), error.text(translate))
            self._refresh()  # nothing was stored: show the topics as they are
            return
        # The announced change reloads the tab; until then the next toggle expects this set.
        self._topic_ids = new
