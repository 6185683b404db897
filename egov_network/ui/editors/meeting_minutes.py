"""The meeting editor's "Minutes" page: one long text field of the meeting, on a page of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.fields import TextField


class MinutesPage(QWidget):
    """The minutes field with room to write, and its own place for a message.

    The field belongs to the meeting's form (the editor registers it), so it
    is loaded, saved and counted as unsaved like the fields on "Details".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        label = QLabel(self.tr("&Minutes of the meeting:"), self)
        self.field = TextField(self, minimum_lines=20)
        self.field.set_accessible(self.tr("Minutes"))
        self.field.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        label.setBuddy(self.field.focus_target())
        self.error = QLabel(self)
        self.error.setObjectName("error_minutes")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.error)

    def title(self) -> str:
        return self.tr("&Minutes")

    def show_problem(self, text: str) -> None:
        """Show ``text`` below the minutes and put the cursor in them."""
        shown = "⚠ " + text
        self.error.setText(shown)
        self.error.show()
        self.field.editor.setAccessibleDescription(shown)
        self.field.focus_target().setFocus()

    def clear_problem(self) -> None:
        self.error.hide()
        self.field.editor.setAccessibleDescription("")
