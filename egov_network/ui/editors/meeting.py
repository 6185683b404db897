"""Editing a meeting: details, the minutes, participants, action items and topics.

Every change to related records runs through ``self.undoable``, so adding
twelve participants, setting their attendance or changing the topics is one
undo step each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.enums import MeetingKind, MeetingStatus, ParticipationRole, ParticipationStatus
from egov_network.domain.errors import EgovError, FieldError, ValidationError
from egov_network.domain.records import ActionItemRecord
from egov_network.domain.validation import FieldProblem
from egov_network.services.registry import Services
from egov_network.services.relations import ActionRow, RosterRow
from egov_network.ui.display import enum_label, format_value
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import pick, reference
from egov_network.ui.errors import translate
from egov_network.ui.fields import DateField, DateTimeField, EnumField, FieldWidget, LineField, TextField
from egov_network.ui.related import RelatedTable

#: Combo box data of the "Other contact…" entry of the owner list.
_OTHER = -1


def first_line(text: str | None) -> str:
    return (text or "").split("\n", 1)[0]


def is_overdue(row: ActionRow, today: date) -> bool:
    return row.done_on is None and row.due_on is not None and row.due_on < today


class ActionItemDialog(QDialog):
    """Write or change one action item: text, owner, due and done dates.

    ``submit(values)`` stores the values (through the undo stack); when it
    raises a ``ValidationError`` the messages appear in the dialog, which stays
    open so nothing typed is lost.
    """

    def __init__(
        self,
        services: Services,
        participants: Sequence[RosterRow],
        submit: Callable[[dict[str, Any]], Any],
        record: ActionItemRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._submit = submit
        self.setWindowTitle(self.tr("Edit action item") if record else self.tr("New action item"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.text = TextField(self, minimum_lines=6)
        self.text.set_accessible(self.tr("Action item"))
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItem(self.tr("(nobody yet)"), None)
        for row in participants:
            self.owner.addItem(row.name, row.contact_id)
        self.owner.addItem(self.tr("Other contact…"), _OTHER)
        self.due_on = DateField(self)
        self.due_on.set_accessible(self.tr("Due on"))
        self.done_on = DateField(self)
        self.done_on.set_accessible(self.tr("Done on"))
        for text, widget in (
            (self.tr("&Action item:"), self.text),
            (self.tr("&Owner:"), self.owner),
            (self.tr("D&ue on:"), self.due_on),
            (self.tr("Do&ne on:"), self.done_on),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget.focus_target() if isinstance(widget, FieldWidget) else widget)
            form.addRow(label, widget)
        layout.addLayout(form)

        self.error = QLabel(self)
        self.error.setObjectName("action_item_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")  # same contrast as the form's messages
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if record is not None:
            self.text.set_value(record.text)
            self._select_owner(record.owner_contact_id)
            self.due_on.set_value(record.due_on)
            self.done_on.set_value(record.done_on)
        self._owner_index = self.owner.currentIndex()
        self.owner.activated.connect(self._owner_chosen)
        self.text.focus_target().setFocus()

    def values(self) -> dict[str, Any]:
        owner = self.owner.currentData()
        return {
            "text": self.text.value(),
            "owner_contact_id": owner if isinstance(owner, int) and owner != _OTHER else None,
            "due_on": self.due_on.value(),
            "done_on": self.done_on.value(),
        }

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def accept(self) -> None:
        try:
            self._submit(self.values())
        except ValidationError as error:
            self._show_error(error.text(translate))
            return
        except EgovError as error:
            self._show_error(error.text(translate))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
        self.error.setAccessibleDescription(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(text)

    def _select_owner(self, contact_id: int | None) -> None:
        index = self.owner.findData(contact_id)
        if index < 0 and contact_id is not None:
            # Not on the participant list: add the person just before "Other contact…".
            index = self.owner.count() - 1
            self.owner.insertItem(index, self.services.relations.name_of("contact", contact_id), contact_id)
        self.owner.setCurrentIndex(max(index, 0))

    def _owner_chosen(self, index: int) -> None:
        if self.owner.itemData(index) != _OTHER:
            self._owner_index = index
            return
        chosen = pick(self.services, "contact", self.tr("Choose the owner"), self)
        if chosen:
            self._select_owner(chosen[0])
        else:
            self.owner.setCurrentIndex(self._owner_index)
        self._owner_index = self.owner.currentIndex()


class MeetingEditor(RecordEditor):
    """A meeting with its minutes, participant list, action items and topics."""

    entity = "meeting"

    @property
    def service(self) -> Any:
        return self.services.meetings

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        return [
            ("title", LineField()),
            ("kind", EnumField(MeetingKind, required=True)),
            ("starts_at", DateTimeField()),
            ("ends_at", DateTimeField()),
            ("place", LineField()),
            ("online_link", LineField()),
            ("host_authority_id", reference(self.services, "authority", self.tr("Choose the host"), self)),
            ("status", EnumField(MeetingStatus, required=True)),
            ("agenda", TextField()),
        ]

    def new_values(self) -> dict[str, Any]:
        next_hour = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        return {
            "status": MeetingStatus.PLANNED.value,
            "kind": MeetingKind.WORKING_MEETING.value,
            "starts_at": next_hour,
        }

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("&Minutes"), self._build_minutes()),
            (self.tr("&Participants"), self._build_participants()),
            (self.tr("&Action items"), self._build_action_items()),
            (self.tr("T&opics"), self._build_topics()),
        ]

    def related_entities(self) -> set[str]:
        return {"participation", "action_item", "contact", "topic"}

    def load_related(self) -> None:
        ident = self.ident
        relations = self.services.relations
        roster = relations.roster(ident) if ident is not None else []
        self.participants.set_rows(roster)
        attended = sum(1 for row in roster if row.status == ParticipationStatus.ATTENDED)
        self.tabs.setTabText(
            self.tabs.indexOf(self.participants),
            self.tr("&Participants ({n}, {attended} attended)").format(n=len(roster), attended=attended)
            if ident is not None
            else self.tr("&Participants"),
        )

        today = date.today()
        items = relations.action_items(ident) if ident is not None else []
        self.action_items.set_rows(items, emphasise=lambda row: is_overdue(row, today))
        still_open = sum(1 for row in items if row.done_on is None)
        self.tabs.setTabText(
            self.tabs.indexOf(self.action_items),
            self.tr("&Action items ({n} open)").format(n=still_open)
            if ident is not None
            else self.tr("&Action items"),
        )
        self._update_action_buttons()
        self._load_topics()

    # -- minutes ------------------------------------------------------------------

    def _build_minutes(self) -> QWidget:
        page = self.minutes_page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(self.tr("&Minutes of the meeting:"), page)
        self.minutes = TextField(page, minimum_lines=20)
        self.minutes.set_accessible(self.tr("Minutes"))
        self.minutes.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        label.setBuddy(self.minutes.focus_target())
        self.minutes_error = QLabel(page)
        self.minutes_error.setObjectName("error_minutes")
        self.minutes_error.setWordWrap(True)
        self.minutes_error.setStyleSheet("color: #a4000f;")
        self.minutes_error.hide()
        layout.addWidget(label)
        layout.addWidget(self.minutes, 1)
        layout.addWidget(self.minutes_error)
        # The minutes are a field of the meeting like the others, only shown on
        # their own page: as part of the form they are loaded with the record,
        # saved with it (create values and edit changes) and count as unsaved
        # changes, so leaving the record asks before they are lost.
        self.form.fields["minutes"] = self.minutes
        self.minutes.changed.connect(self.form.changed)
        return page

    def save(self) -> bool:
        """Check the minutes first: their message belongs on the minutes page, not in the form."""
        self.minutes_error.hide()
        if self.isEnabled():
            try:
                self.service.validators["minutes"](self.minutes.value())
            except FieldProblem as problem:
                text = "⚠ " + FieldError("minutes", problem.template, problem.params).message(translate)
                self.minutes_error.setText(text)
                self.minutes_error.show()
                self.minutes.editor.setAccessibleDescription(text)
                self.tabs.setCurrentIndex(self.tabs.indexOf(self.minutes_page))
                self.minutes.focus_target().setFocus()
                return False
        return super().save()

    # -- participants -------------------------------------------------------------

    def _build_participants(self) -> QWidget:
        self.participants = RelatedTable[RosterRow](
            self.tr("Participants"),
            [
                (self.tr("Name"), lambda r: r.name),
                (self.tr("Authority"), lambda r: r.authority or ""),
                (self.tr("Status"), lambda r: enum_label(r.status)),
                (self.tr("Role"), lambda r: enum_label(r.role)),
            ],
            self,
            multiple=True,
        )
        table = self.participants
        table.add_button(self.tr("&Add participants…"), self.add_participants)
        self.status_button = table.add_button(
            self.tr("Set &status"), self._show_status_menu, needs_selection=True
        )
        status_menu = QMenu(self.status_button)
        for status in ParticipationStatus:
            status_menu.addAction(enum_label(status.value)).triggered.connect(
                lambda _=False, s=status.value: self.set_participation("status", s)
            )
        self.status_button.setMenu(status_menu)
        self.role_button = table.add_button(self.tr("Set &role"), self._show_role_menu, needs_selection=True)
        role_menu = QMenu(self.role_button)
        for role in ParticipationRole:
            role_menu.addAction(enum_label(role.value)).triggered.connect(
                lambda _=False, r=role.value: self.set_participation("role", r)
            )
        self.role_button.setMenu(role_menu)
        table.add_button(self.tr("&Remove"), self.remove_participants, needs_selection=True)
        table.add_button(self.tr("Select &all"), table.select_all)
        table.finish_buttons()
        table.activated.connect(lambda row: self.open_record.emit("contact", row.contact_id))
        return table

    def _show_status_menu(self) -> None:
        self.status_button.showMenu()

    def _show_role_menu(self) -> None:
        self.role_button.showMenu()

    def add_participants(self) -> None:
        """Choose contacts and put them on the list as invited: one undo step for all."""
        if self.ident is None:
            return
        meeting = self.ident
        chosen = pick(self.services, "contact", self.tr("Add participants"), self, multiple=True)
        present = {row.contact_id for row in self.participants.rows()}
        new = [c for c in dict.fromkeys(chosen) if c not in present]
        if chosen and not new:
            QMessageBox.information(
                self,
                self.tr("Add participants"),
                self.tr("Everyone chosen is already on the participant list."),
            )
        if not new:
            return
        created: list[int] = []
        service = self.services.participations

        def forward() -> None:
            created[:] = [record.id for record in service.add(meeting, new)]

        def backward() -> None:
            service.delete_many(list(created))

        text = self.tr("Add %n participant(s)", "", len(new))
        self.run_action(lambda: self.undoable.call(forward, backward, text))
        self.load_related()

    def set_participation(self, field: str, value: str) -> None:
        """Set the status or role of the selected participants: one undo step, undo restores each."""
        rows = self.participants.selected()
        if not rows:
            return
        ids = [row.id for row in rows]
        before = {row.id: getattr(row, field) for row in rows}
        service = self.services.participations

        def forward() -> None:
            service.set_many(ids, **{field: value})

        def backward() -> None:
            with self.services.store.write():
                for old in set(before.values()):
                    service.set_many([i for i, v in before.items() if v == old], **{field: old})

        if field == "status":
            text = self.tr("Set attendance to “{value}”").format(value=enum_label(value))
        else:
            text = self.tr("Set role to “{value}”").format(value=enum_label(value))
        self.run_action(lambda: self.undoable.call(forward, backward, text))
        self.load_related()
        self._reselect(self.participants, set(ids))

    def remove_participants(self) -> None:
        rows = self.participants.selected()
        if rows:
            ids = [row.id for row in rows]
            text = self.tr("Remove %n participant(s)", "", len(ids))
            self.run_action(lambda: self.undoable.delete(self.services.participations, ids, text))
        self.load_related()

    # -- action items -------------------------------------------------------------

    def _build_action_items(self) -> QWidget:
        today = date.today

        def due_text(row: ActionRow) -> str:
            shown = format_value(row.due_on, "date")
            return self.tr("{date} (overdue)").format(date=shown) if is_overdue(row, today()) else shown

        self.action_items = RelatedTable[ActionRow](
            self.tr("Action items"),
            [
                (self.tr("Due"), due_text),
                (self.tr("Action item"), lambda r: first_line(r.text)),
                (self.tr("Owner"), lambda r: r.owner or ""),
                (self.tr("Done"), lambda r: format_value(r.done_on, "date")),
            ],
            self,
            multiple=True,
            stretch=1,
        )
        table = self.action_items
        table.add_button(self.tr("&New action item…"), self.new_action_item)
        self.edit_action_button = table.add_button(self.tr("&Edit…"), lambda: self.edit_action_item())
        self.done_button = table.add_button(self.tr("Mark &done"), self.mark_done)
        self.delete_action_button = table.add_button(self.tr("&Delete"), self.delete_action_items)
        table.finish_buttons()
        table.table.itemSelectionChanged.connect(self._update_action_buttons)
        table.activated.connect(lambda row: self.edit_action_item(row))
        self._update_action_buttons()
        return table

    def _update_action_buttons(self) -> None:
        rows = self.action_items.selected()
        self.edit_action_button.setEnabled(len(rows) == 1)
        self.done_button.setEnabled(any(row.done_on is None for row in rows))
        self.delete_action_button.setEnabled(bool(rows))

    def action_item_dialog(self, row: ActionRow | None = None) -> ActionItemDialog:
        """The dialog for a new item (``row`` None) or for changing ``row``; not yet shown."""
        assert self.ident is not None
        meeting = self.ident
        service = self.services.action_items
        record = service.get(row.id) if row is not None else None

        def submit(values: dict[str, Any]) -> None:
            if record is None:
                text = self.tr("New action item “{text}”").format(text=first_line(values.get("text"))[:40])
                self.undoable.create(service, {**values, "meeting_id": meeting}, text)
                return
            changes = {k: v for k, v in values.items() if getattr(record, k) != v}
            if changes:
                text = self.tr("Edit action item “{text}”").format(text=first_line(record.text)[:40])
                self.undoable.edit(service, record.id, changes, text, expected_version=record.version)

        return ActionItemDialog(self.services, self.participants.rows(), submit, record, self)

    def new_action_item(self) -> None:
        if self.ident is None:
            return
        self.action_item_dialog(None).exec()
        self.load_related()

    def edit_action_item(self, row: ActionRow | None = None) -> None:
        if row is None:
            rows = self.action_items.selected()
            if len(rows) != 1:
                return
            row = rows[0]
        try:
            dialog = self.action_item_dialog(row)
        except EgovError as error:  # deleted meanwhile
            QMessageBox.warning(self, self.tr("Not possible"), error.text(translate))
            self.load_related()
            return
        dialog.exec()
        self.load_related()

    def mark_done(self) -> None:
        rows = [row for row in self.action_items.selected() if row.done_on is None]
        if not rows:
            return
        today = date.today()
        service = self.services.action_items
        text = self.tr("Mark %n action item(s) done", "", len(rows))
        stack = self.undoable.stack
        if len(rows) > 1:
            stack.beginMacro(text)  # one undo step for the whole selection
        try:
            for row in rows:
                changes = {"done_on": today}
                self.run_action(
                    partial(self.undoable.edit, service, row.id, changes, text, expected_version=row.version)
                )
        finally:
            if len(rows) > 1:
                stack.endMacro()
        self.load_related()

    def delete_action_items(self) -> None:
        rows = self.action_items.selected()
        if rows:
            ids = [row.id for row in rows]
            text = self.tr("Delete %n action item(s)", "", len(ids))
            self.run_action(lambda: self.undoable.delete(self.services.action_items, ids, text))
        self.load_related()

    # -- topics -------------------------------------------------------------------

    def _build_topics(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(self.tr("Topics of the meeting (a change is saved at once and can be undone):"), page)
        label.setWordWrap(True)
        self.topics = QListWidget(page)
        self.topics.setObjectName("meeting_topics")
        self.topics.setAccessibleName(self.tr("Topics of the meeting"))
        label.setBuddy(self.topics)
        layout.addWidget(label)
        layout.addWidget(self.topics, 1)
        self._topic_ids: set[int] = set()
        self._loading_topics = False
        self.topics.itemChanged.connect(self._topic_toggled)
        return page

    def _load_topics(self) -> None:
        """Show every topic, checked if the meeting has it; updates in place when the list is unchanged."""
        self._loading_topics = True
        try:
            if self.ident is None:
                self._topic_ids = set()
                self.topics.clear()
                return
            everything = [(topic.id, topic.name) for topic in self.services.topics.all()]
            self._topic_ids = set(self.services.meetings.topic_ids(self.ident))
            shown = [
                (self.topics.item(i).data(Qt.ItemDataRole.UserRole), self.topics.item(i).text())
                for i in range(self.topics.count())
            ]
            if shown != everything:
                self.topics.clear()
                for ident, name in everything:
                    item = QListWidgetItem(name, self.topics)
                    item.setData(Qt.ItemDataRole.UserRole, ident)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for i in range(self.topics.count()):
                item = self.topics.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in self._topic_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._loading_topics = False

    def checked_topics(self) -> set[int]:
        return {
            self.topics.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        }

    def _topic_toggled(self, _item: QListWidgetItem) -> None:
        if self._loading_topics or self.ident is None:
            return
        meeting, old, new = self.ident, set(self._topic_ids), self.checked_topics()
        if old == new:
            return
        meetings = self.services.meetings
        try:
            self.undoable.call(
                lambda: meetings.set_topics(meeting, new),
                lambda: meetings.set_topics(meeting, old),
                self.tr("Change topics of “{name}”").format(name=self.heading.text()),
            )
        except EgovError as error:
            QMessageBox.warning(self, self.tr("Not possible"), error.text(translate))
        self._load_topics()

    # -- helpers ------------------------------------------------------------------

    @staticmethod
    def _reselect(table: RelatedTable[Any], ids: set[int]) -> None:
        """Keep the same rows selected after a refresh, so a second change applies to them too."""
        model = table.table.model()
        selection = table.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r, row in enumerate(table.rows()):
            if row.id in ids:
                selection.select(model.index(r, 0), flags)
