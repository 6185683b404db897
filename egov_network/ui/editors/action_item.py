"""Editing one action item from the "Open action items" list.

New items are written in their meeting (the meeting editor's "Action items"
tab), so there is no blank new record here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from egov_network.domain.text import first_line
from egov_network.services.registry import Services
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import reference
from egov_network.ui.fields import DateField, FieldWidget, ReferenceField, TextField
from egov_network.ui.operations import Operations


class ActionItemEditor(RecordEditor):
    """Text, owner and dates of an action item; "Mark done" and a way back to its meeting."""

    entity = "action_item"

    def __init__(self, services: Services, actions: Operations, parent: QWidget | None = None) -> None:
        super().__init__(services, actions, parent)
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.meeting_button = QPushButton(self.tr("Open &meeting"), self)
        self.meeting_button.clicked.connect(self.open_meeting)
        row.addWidget(self.done_button)
        row.addWidget(self.meeting_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)  # between the tabs and Save/Revert
        self.form.changed.connect(self._update_actions)
        self._update_actions()

    @property
    def service(self) -> Any:
        return self.services.action_items

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        self.meeting = reference(self.services, "meeting", self.tr("Meeting"), self)
        # The meeting is fixed: an item is moved by writing it in the other meeting.
        self.meeting.pick.setEnabled(False)
        self.meeting.clear.setEnabled(False)
        self.meeting.setFocusProxy(self.meeting.shown)
        return [
            ("text", TextField(minimum_lines=6)),
            ("owner_contact_id", reference(self.services, "contact", self.tr("Choose the owner"), self)),
            ("due_on", DateField()),
            ("done_on", DateField()),
            ("meeting_id", self.meeting),
        ]

    def title_of(self, record: Any) -> str:
        return first_line(record.text)

    def related_entities(self) -> set[str]:
        return {"meeting", "contact"}

    def load(self, ident: int | None) -> None:
        if ident is None:
            self.clear()
            self.heading.setText(
                self.tr("New action items are written in their meeting, on its “Action items” tab.")
            )
            return
        super().load(ident)
        self._update_actions()

    def clear(self) -> None:
        super().clear()
        self._update_actions()

    def load_related(self) -> None:
        """Refresh the names shown for the meeting and owner (renamed elsewhere); keeps unsaved edits."""
        for key in ("meeting_id", "owner_contact_id"):
            field = self.form.fields[key]
            assert isinstance(field, ReferenceField)
            field.set_value(field.value())
        self._update_actions()

    def mark_done(self) -> None:
        """Set "done on" to today and save, together with any other unsaved change (one undo step)."""
        if self.ident is None:
            return
        done = self.form.fields["done_on"]
        done.set_value(date.today())
        done.changed.emit()  # counts as an edit if the save is refused
        self.save()

    def open_meeting(self) -> None:
        meeting = self.form.fields["meeting_id"].value()
        if meeting is not None:
            self.open_record.emit("meeting", meeting)

    def _update_actions(self) -> None:
        loaded = self.ident is not None
        self.done_button.setEnabled(loaded and self.form.fields["done_on"].value() is None)
        self.meeting_button.setEnabled(loaded)
