"""Input widgets for the record forms, one per kind of field, all with the same small interface.

``value()`` returns what the services take (None for empty), ``set_value``
shows a stored value, ``changed`` fires on any edit. Empty dates are real:
a date field shows a blank, not 01.01.2000.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from egov_network.ui.display import date_format, datetime_format, enum_label, to_qdate, to_qdatetime

#: The "no date" value of date widgets, shown as blank via specialValueText.
_NO_DATE = QDate(1800, 1, 1)


class FieldWidget(QWidget):
    """Wraps one input widget; subclasses implement value/set_value."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.editor: QWidget = self

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_accessible(self, name: str, description: str = "") -> None:
        self.editor.setAccessibleName(name)
        if isinstance(self.editor, QAbstractSpinBox):
            # The text field inside a date or number box takes the focus, so a
            # screen reader announces it: it needs the same name.
            inner = self.editor.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(name)
        if description:
            self.editor.setAccessibleDescription(description)

    def focus_target(self) -> QWidget:
        return self.editor


class LineField(FieldWidget):
    """One line of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.line = QLineEdit(self)
        self.layout_.addWidget(self.line)
        self.line.textEdited.connect(self.changed)
        self.setFocusProxy(self.line)

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)


class TextField(FieldWidget):
    """Multi-line text kept exactly as typed (minutes, notes, agenda)."""

    def __init__(self, parent: QWidget | None = None, *, minimum_lines: int = 3) -> None:
        super().__init__(parent)
        self.editor = self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * minimum_lines + 12)
        self.layout_.addWidget(self.text)
        self.text.textChanged.connect(self.changed)
        self.setFocusProxy(self.text)

    def value(self) -> str | None:
        text = self.text.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText("" if value is None else str(value))
        self.text.blockSignals(False)


class EnumField(FieldWidget):
    """A choice from a fixed set; optional fields offer an empty entry."""

    def __init__(self, enum: type[StrEnum], *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.combo = QComboBox(self)
        if not required:
            self.combo.addItem("", None)
        for member in enum:
            if member.value or not required:
                if member.value == "" and not required:
                    continue
                self.combo.addItem(enum_label(member.value), member.value)
        self.layout_.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return data if data else (None if self.combo.findData("") < 0 else "")

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value if value is not None else None)
        if index < 0 and value in (None, ""):
            index = 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)


class DateField(FieldWidget):
    """A date with a calendar; blank means no date. Follows the locale's format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText(" ")
        self.date.setDate(_NO_DATE)
        clear = QToolButton(self)
        clear.setText("×")
        clear.setToolTip(self.tr("Clear the date"))
        clear.setAccessibleName(self.tr("Clear the date"))
        clear.clicked.connect(self._clear)
        self.layout_.addWidget(self.date, 1)
        self.layout_.addWidget(clear)
        self.date.dateChanged.connect(self.changed)
        self.setFocusProxy(self.date)

    def _clear(self) -> None:
        self.date.setDate(_NO_DATE)
        self.changed.emit()

    def value(self) -> date | None:
        qdate = self.date.date()
        return None if qdate == _NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: Any) -> None:
        self.date.blockSignals(True)
        self.date.setDate(to_qdate(value) if isinstance(value, date) else _NO_DATE)
        self.date.blockSignals(False)


class DateTimeField(FieldWidget):
    """A date and time; blank means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_format())
        self.when.setMinimumDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
        self.when.setSpecialValueText(" ")
        self.when.setDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
        self.layout_.addWidget(self.when)
        self.when.dateTimeChanged.connect(self.changed)
        self.setFocusProxy(self.when)

    def value(self) -> datetime | None:
        qdt = self.when.dateTime()
        if qdt.date() == _NO_DATE:
            return None
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: Any) -> None:
        self.when.blockSignals(True)
        self.when.setDateTime(
            to_qdatetime(value) if isinstance(value, datetime) else QDateTime(_NO_DATE, QTime(0, 0))
        )
        self.when.blockSignals(False)


class IntField(FieldWidget):
    """A small whole number; 0 shows blank and means none."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.spin = QSpinBox(self)
        self.spin.setRange(low - 1, high)
        self.spin.setSpecialValueText(" ")
        self.layout_.addWidget(self.spin)
        self.layout_.addStretch(1)
        self.spin.valueChanged.connect(self.changed)
        self.setFocusProxy(self.spin)

    def value(self) -> int | None:
        return None if self.spin.value() == self.spin.minimum() else self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value if isinstance(value, int) else self.spin.minimum())
        self.spin.blockSignals(False)


class BoolField(FieldWidget):
    """Yes or no."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = self.check = QCheckBox(text, self)
        self.layout_.addWidget(self.check)
        self.check.toggled.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)


class ReferenceField(FieldWidget):
    """Another record (an authority, a contact), chosen from a searchable list.

    ``choose`` opens the picker and returns an id or None; ``name_of`` turns an
    id into the name shown.
    """

    def __init__(
        self,
        choose: Callable[[], int | None],
        name_of: Callable[[int | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self._name_of = name_of
        self._id: int | None = None
        self.editor = self.shown = QLineEdit(self)
        self.shown.setReadOnly(True)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Choose…"))
        self.pick.setAccessibleName(self.tr("Choose…"))
        self.clear = QToolButton(self)
        self.clear.setText("×")
        self.clear.setToolTip(self.tr("Remove the link"))
        self.clear.setAccessibleName(self.tr("Remove the link"))
        self.layout_.addWidget(self.shown, 1)
        self.layout_.addWidget(self.pick)
        self.layout_.addWidget(self.clear)
        self.pick.clicked.connect(self.open_picker)
        self.clear.clicked.connect(lambda: self._set(None, emit=True))
        self.setFocusProxy(self.pick)

    def open_picker(self) -> None:
        chosen = self._choose()
        if chosen is not None:
            self._set(chosen, emit=True)

    def _set(self, ident: int | None, *, emit: bool) -> None:
        changed = ident != self._id
        self._id = ident
        self.shown.setText(self._name_of(ident))
        self.shown.setCursorPosition(0)  # show the start of a long meeting title, not its end
        self.shown.setToolTip(self.shown.text())
        if emit and changed:
            self.changed.emit()

    def value(self) -> int | None:
        return self._id

    def set_value(self, value: Any) -> None:
        self._set(value if isinstance(value, int) else None, emit=False)

    def focus_target(self) -> QWidget:
        return self.pick
