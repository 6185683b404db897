"""A record's fields in a form, with the services' messages shown next to each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from egov_network.domain.errors import ValidationError
from egov_network.domain.labels import field_label
from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.errors import translate
from egov_network.ui.fields import FieldWidget


class RecordForm(QWidget):
    """Labelled fields in order; ``values()`` is what the service gets.

    Each field has an error line under it, hidden until a save fails; the
    message starts with a warning sign so colour is not the only signal.
    """

    changed = Signal()

    def __init__(self, fields: list[tuple[str, FieldWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = dict(fields)
        self._errors: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in fields:
            text = QCoreApplication.translate("Fields", field_label(key))
            label = QLabel(f"&{text}:" if "&" not in text else f"{text}:", self)
            label.setBuddy(widget.focus_target())
            widget.set_accessible(text)
            widget.changed.connect(self.changed)
            # An edit of the field takes its old message away: it spoke of the old value.
            widget.changed.connect(lambda key=key: self.clear_error(key))
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOR};")
            error.hide()
            self._errors[key] = error
            column = QWidget(self)
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            stack.addWidget(widget)
            stack.addWidget(error)
            layout.addRow(label, column)

    def load(self, values: dict[str, Any]) -> None:
        self.clear_errors()
        for key, widget in self.fields.items():
            widget.set_value(values.get(key))
        self._loaded = self.values()

    def values(self) -> dict[str, Any]:
        return {key: widget.value() for key, widget in self.fields.items()}

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from what was loaded."""
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        first: FieldWidget | None = None
        for key, label in self._errors.items():
            problems = error.for_field(key)
            if problems:
                label.setText("⚠ " + " ".join(p.message(translate) for p in problems))
                label.show()
                self.fields[key].editor.setAccessibleDescription(label.text())
                first = first or self.fields[key]
        if first is not None:
            first.focus_target().setFocus()

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for key in self._errors:
            self.clear_error(key)

    def clear_error(self, key: str) -> None:
        label = self._errors[key]
        if label.isHidden():
            return
        label.hide()
        label.clear()
        self.fields[key].editor.setAccessibleDescription("")
