"""Set field…: one field set to one value for every selected record, previewed, one undo step.

The dialog asks which field and which value, and says while the user
chooses what would happen ("Changes 37 contacts; 3 already have this
value") and which records would be refused and why; OK stays disabled
until something would change and nothing is refused. The change itself is
``services.bulk.BulkEditor.apply`` run through ``Operations.call``: one
transaction, one announced change, one undo step whose undo and redo check
every record's values first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.labels import field_label
from egov_network.services.bulk import (
    BulkChange,
    BulkEditError,
    BulkEditor,
    BulkField,
    BulkPreview,
    BulkProblem,
)
from egov_network.services.registry import Services
from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.editors.common import reference
from egov_network.ui.errors import translate
from egov_network.ui.fields import BoolField, DateField, EnumField, FieldWidget, IntField
from egov_network.ui.operations import Operations

#: Problems listed by name at most; the rest are counted.
SHOWN_PROBLEMS = 200
#: As many records refused for the same reason share one line ("19 contacts: …").
GROUP_FROM = 6
#: Names that line lists before "…".
NAMES_IN_GROUP = 8
#: Pause after an input before the preview runs (typing a date is several inputs).
PREVIEW_DELAY_MS = 120


def records_text(entity: str, n: int) -> str:
    """ "37 contacts", "1 authority": a count of records of ``entity`` in the user's language."""
    one, many = _COUNTED.get(entity, _COUNTED[""])
    return (
        QCoreApplication.translate("BulkEdit", one)
        if n == 1
        else QCoreApplication.translate("BulkEdit", many).format(n=QLocale().toString(n))
    )


#: Per entity, how one and how many of its records are counted (translated under "BulkEdit").
_COUNTED: dict[str, tuple[str, str]] = {
    "authority": (
        QT_TRANSLATE_NOOP("BulkEdit", "1 authority"),
        QT_TRANSLATE_NOOP("BulkEdit", "{n} authorities"),
    ),
    "contact": (QT_TRANSLATE_NOOP("BulkEdit", "1 contact"), QT_TRANSLATE_NOOP("BulkEdit", "{n} contacts")),
    "topic": (QT_TRANSLATE_NOOP("BulkEdit", "1 topic"), QT_TRANSLATE_NOOP("BulkEdit", "{n} topics")),
    "meeting": (QT_TRANSLATE_NOOP("BulkEdit", "1 meeting"), QT_TRANSLATE_NOOP("BulkEdit", "{n} meetings")),
    "action_item": (
        QT_TRANSLATE_NOOP("BulkEdit", "1 action item"),
        QT_TRANSLATE_NOOP("BulkEdit", "{n} action items"),
    ),
    "expertise": (
        QT_TRANSLATE_NOOP("BulkEdit", "1 expert topic"),
        QT_TRANSLATE_NOOP("BulkEdit", "{n} expert topics"),
    ),
    "participation": (
        QT_TRANSLATE_NOOP("BulkEdit", "1 participant"),
        QT_TRANSLATE_NOOP("BulkEdit", "{n} participants"),
    ),
    "": (QT_TRANSLATE_NOOP("BulkEdit", "1 record"), QT_TRANSLATE_NOOP("BulkEdit", "{n} records")),
}


def label_of(name: str) -> str:
    """The translated label of a field, as the forms show it."""
    return QCoreApplication.translate("Fields", field_label(name))


def step_text(entity: str, field: str, n: int) -> str:
    """The undo step's name: "Set “Network role” for 37 authorities"."""
    return QCoreApplication.translate("BulkEdit", "Set “{field}” for {records}").format(
        field=label_of(field), records=records_text(entity, n)
    )


class BulkEditDialog(QDialog):
    """Choose a field and a value for ``ids``; ``accept`` applies it through ``operations``.

    After an accepted dialog ``change`` holds what was done. A refusal at the
    last moment (a record changed elsewhere since the preview) keeps the
    dialog open, says which record and why, and writes nothing.
    """

    def __init__(
        self,
        services: Services,
        operations: Operations,
        entity: str,
        ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_edit_dialog")
        self.services = services
        self.operations = operations
        self.entity = entity
        self.ids = list(dict.fromkeys(ids))
        self.editor = BulkEditor(services)
        self.change: BulkChange | None = None
        self.preview: BulkPreview | None = None
        self.setWindowTitle(
            self.tr("Set a field for {records}").format(records=records_text(entity, len(self.ids)))
        )
        self.resize(620, 420)

        self.field_box = QComboBox(self)
        self.field_box.setObjectName("bulk_field")
        self.field_box.setAccessibleName(self.tr("Field"))
        self.values = QStackedWidget(self)
        # As tall as its field, not more: the room below is the problem list's.
        self.values.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.widgets: dict[str, FieldWidget] = {}
        self.specs = self.editor.fields(entity)
        # The value widgets start at what the first selected record holds.
        first = self.editor.services[entity].find(self.ids[0]) if self.ids else None
        for spec in self.specs:
            self.field_box.addItem(label_of(spec.name), spec.name)
            widget = self._value_widget(spec)
            widget.set_accessible(self.tr("New value of “{field}”").format(field=label_of(spec.name)))
            widget.set_value(getattr(first, spec.name, None))
            widget.changed.connect(self.schedule_preview)
            self.widgets[spec.name] = widget
            self.values.addWidget(widget)
        form = QFormLayout()
        field_label_ = QLabel(self.tr("&Field:"), self)
        field_label_.setBuddy(self.field_box)
        self.value_label = QLabel(self.tr("&Value:"), self)
        form.addRow(field_label_, self.field_box)
        form.addRow(self.value_label, self.values)

        self.summary = QLabel(self)
        self.summary.setObjectName("bulk_summary")
        self.summary.setWordWrap(True)
        self.problem_label = QLabel(self.tr("Cannot be changed:"), self)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems = QListWidget(self)
        self.problems.setObjectName("bulk_problems")
        self.problems.setAccessibleName(self.tr("Records that cannot be changed"))
        # A problem is a sentence: wrapped, never cut off at the right edge.
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)  # where one record's sentence ends
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.problems, 1)
        self.room = layout.count()
        layout.addStretch(1)  # takes the room while there are no problems (see _show)
        self.layout_ = layout
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.field_box.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()

    # -- choosing --------------------------------------------------------------------

    def _value_widget(self, spec: BulkField) -> FieldWidget:
        if spec.kind == "enum" and spec.enum is not None:
            return EnumField(spec.enum, required=spec.required, parent=self)
        if spec.kind == "bool":
            return BoolField(label_of(spec.name), self)
        if spec.kind == "int":
            return IntField(spec.low if spec.low is not None else 0, spec.high or 2**31 - 1, self)
        if spec.kind == "date":
            return DateField(self)
        if spec.target == "contact":
            title = self.tr("Choose a contact")
        elif spec.target == "topic":
            title = self.tr("Choose a topic")
        else:
            title = self.tr("Choose an authority")
        return reference(self.services, spec.target or "authority", title, self)

    def field(self) -> str | None:
        return self.field_box.currentData()

    def set_field(self, name: str) -> FieldWidget:
        """Choose the field ``name``; returns its value widget."""
        self.field_box.setCurrentIndex(self.field_box.findData(name))
        return self.widgets[name]

    def value(self) -> Any:
        field = self.field()
        return self.widgets[field].value() if field else None

    def _field_chosen(self) -> None:
        field = self.field()
        if field is None:
            self.summary.setText(self.tr("No field of these records can be set for several at once."))
            self.ok_button.setEnabled(False)
            self.problem_label.hide()
            self.problems.hide()
            return
        widget = self.widgets[field]
        self.values.setCurrentWidget(widget)
        self.value_label.setBuddy(widget.focus_target())
        self.update_preview()

    # -- the preview --------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self.ok_button.setEnabled(False)  # until the preview of the new value is in
        self._timer.start()

    def update_preview(self) -> None:
        """Check every selected record against the chosen value and say what would happen."""
        self._timer.stop()
        field = self.field()
        if field is None:
            return
        try:
            self.preview = self.editor.preview(self.entity, self.ids, field, self.value())
        except EgovError as error:  # the database went away or is busy: say so, allow nothing
            self.preview = None
            self._show([error.text(translate)], "")
            return
        preview = self.preview
        parts = []
        if preview.changing:
            parts.append(
                self.tr("Changes {records}.").format(records=records_text(self.entity, len(preview.changing)))
            )
        if preview.unchanged:
            parts.append(
                self.tr("Already set for {records}.").format(
                    records=records_text(self.entity, len(preview.unchanged))
                )
            )
        if not preview.changing and not preview.problems and preview.value_problem is None:
            parts = [self.tr("Nothing would change: every selected record has this value already.")]
        if preview.problems:
            parts.append(
                self.tr("{records} cannot take this value (see below).").format(
                    records=records_text(self.entity, len(preview.problems))
                )
            )
        lines = self.problem_lines(preview.problems)
        if preview.value_problem is not None:
            lines.insert(0, preview.value_problem.text(translate))
            parts = [self.tr("This value cannot be set.")]
        self._show(lines, " ".join(parts))

    def problem_lines(self, problems: Sequence[BulkProblem]) -> list[str]:
        """One line per refused record; many refused for the same reason share one line."""
        by_message: dict[str, list[str]] = {}
        for problem in problems:
            by_message.setdefault(problem.message(translate), []).append(problem.name)
        lines = []
        for message, names in by_message.items():
            if len(names) < GROUP_FROM:
                lines += [f"{name}: {message}" for name in names]
                continue
            shown = ", ".join(names[:NAMES_IN_GROUP]) + (" …" if len(names) > NAMES_IN_GROUP else "")
            lines.append(
                self.tr("{records}: {problem} ({names})").format(
                    records=records_text(self.entity, len(names)), problem=message, names=shown
                )
            )
        return lines

    def _show(self, problems: list[str], summary: str) -> None:
        self.summary.setText(summary)
        self.problems.clear()
        self.problems.addItems(problems[:SHOWN_PROBLEMS])
        if len(problems) > SHOWN_PROBLEMS:
            self.problems.addItem(self.tr("… and {n} more").format(n=len(problems) - SHOWN_PROBLEMS))
        self.problem_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        self.layout_.setStretch(self.room, 0 if problems else 1)
        self.ok_button.setEnabled(self.preview is not None and self.preview.ok)

    # -- applying -----------------------------------------------------------------------

    def accept(self) -> None:
        """Apply as one undo step; on a refusal stay open and say why (nothing was written)."""
        self.update_preview()  # never apply a preview older than what the fields say
        preview = self.preview
        if preview is None or not preview.ok:
            # Records changed elsewhere since the last preview: it now says which and why.
            self.summary.setText(self.tr("Nothing was changed.") + " " + self.summary.text())
            return
        text = step_text(self.entity, preview.field, len(preview.changing))
        editor, entity, ids, field, value = self.editor, self.entity, self.ids, preview.field, preview.value
        done: list[BulkChange] = []

        def forward() -> BulkChange:
            if done:  # redo: write again what the first run wrote, values checked
                editor.redo(done[0])
            else:
                done.append(editor.apply(entity, ids, field, value, expected=preview.current))
            return done[0]

        def backward() -> None:
            editor.undo(done[0])

        try:
            self.change = self.operations.call(forward, backward, text)
        except EgovError as error:  # refused after all, or stopped waiting for a busy database
            # Said until the next input; OK tries again with a fresh preview.
            if isinstance(error, BulkEditError):
                lines = self.problem_lines(error.problems)
            else:
                lines = error.text(translate).splitlines()
            self._show(lines, self.tr("Nothing was changed."))
            return
        super().accept()


def bulk_edit(
    parent: QWidget | None, services: Services, operations: Operations, entity: str, ids: list[int]
) -> BulkChange | None:
    """Ask for a field and value for ``ids`` and set it as one undo step; None when cancelled.

    The window's "Set field…" action calls it with the workspace's
    ``selected_ids()`` and ``window.undoable``.
    """
    if not ids:
        return None
    dialog = BulkEditDialog(services, operations, entity, ids, parent)
    try:
        dialog.exec()
        return dialog.change
    finally:
        dialog.deleteLater()
