"""The dialog in which an action item of a meeting is written or changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.domain.records import ActionItemRecord
from egov_network.services.registry import Services
from egov_network.services.relations import RosterRow
from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.editors.common import pick
from egov_network.ui.errors import translate
from egov_network.ui.fields import DateField, FieldWidget, TextField

#: Combo box data of the "Other contact…" entry of the owner list.
OTHER = -1


class ActionItemDialog(QDialog):
    """Write or change one action item: text, owner, due and done dates.

    ``submit(values)`` stores the values (through the undo stack); when it
    raises an ``EgovError`` (invalid input, a conflict) the message appears in
    the dialog, which stays open so nothing typed is lost. The owner is
    chosen from the participants, or any other contact through the picker.
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
        self.owner.addItem(self.tr("Other contact…"), OTHER)
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
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")  # same contrast as the form's messages
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
            "owner_contact_id": owner if isinstance(owner, int) and owner != OTHER else None,
            "due_on": self.due_on.value(),
            "done_on": self.done_on.value(),
        }

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def accept(self) -> None:
        try:
            self._submit(self.values())
        except EgovError as error:  # invalid input or changed elsewhere: said here, dialog stays
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
        if self.owner.itemData(index) != OTHER:
            self._owner_index = index
            return
        chosen = pick(self.services, "contact", self.tr("Choose the owner"), self)
        if chosen:
            self._select_owner(chosen[0])
        else:
            self.owner.setCurrentIndex(self._owner_index)
        self._owner_index = self.owner.currentIndex()
