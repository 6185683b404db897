"""Input widgets for the record forms, one per kind of field, all with the same small interface.

``value()`` returns what the services take (None for empty), ``set_value``
shows a stored value, ``changed`` fires on any edit. Empty dates are real:
a date field shows a blank, not 01.01.2000, and its calendar opens at today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from egov_network.domain.dates import default_end, parse_date, parse_datetime
from egov_network.domain.errors import FieldProblem, rendered
from egov_network.ui.display import ERROR_COLOR, date_format, enum_label, format_value, to_qdate
from egov_network.ui.errors import translate


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


class _TypedDate(FieldWidget):
    """Base of the date fields: a line to type in, a calendar, a clear button, and what was understood.

    People type dates (``15.01.2027``, ``15.1.27``, ``15.01.2027 10:00``, a
    time alone in an end field); a line under the entry says what the field
    understood, or what is wrong with it, while typing. ``value()`` is the
    parsed value, or the text itself while it cannot be read: the service
    then refuses it with the same message next to the field, so nothing is
    saved that the user did not see. Leaving the field writes what was
    understood back in the locale's format.
    """

    #: Display kind for ``format_value`` ("date" or "datetime").
    kind = "date"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opens_at: Callable[[], date | None] = lambda: None
        #: The value last shown and its text: (None, "") when empty.
        self._shown: tuple[Any, str] = (None, "")
        self.layout_.setSpacing(2)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.editor = self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.placeholder())
        self.line.setClearButtonEnabled(False)
        self.calendar_button = QToolButton(self)
        # A plain arrow: the usual sign of a drop-down, and in every font (an emoji is not).
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose from the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        self.hint = QLabel(self)
        self.hint.setObjectName("date_hint")
        self.hint.hide()
        column.addLayout(row)
        column.addWidget(self.hint)
        self.layout_.addLayout(column)
        self.line.textEdited.connect(self.changed)
        self.line.textChanged.connect(self._explain)
        self.line.editingFinished.connect(self._tidy)
        QShortcut(
            QKeySequence("Alt+Down"), self.line, self.open_calendar, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.setFocusProxy(self.line)

    # -- what subclasses say ----------------------------------------------------

    def placeholder(self) -> str:
        return self.tr("dd.mm.yyyy") if not _month_first() else self.tr("mm/dd/yyyy")

    def parse(self, text: str) -> Any:
        return parse_date(text, month_first=_month_first())

    def from_calendar(self, day: date) -> Any:
        return day

    # -- behaviour ------------------------------------------------------------------

    def opens_at(self, day: Callable[[], date | None]) -> None:
        """Where the calendar of an empty field opens (default: today)."""
        self._opens_at = day

    def read(self) -> tuple[Any, str]:
        """(value, problem): the parsed value and "", or None and the message in words."""
        text = self.line.text().strip()
        if not text:
            return None, ""
        if text == self._shown[1]:
            # Untouched since shown: the value itself, whatever the locale's format looks like.
            return self._shown[0], ""
        try:
            return self.parse(text), ""
        except FieldProblem as problem:
            return None, translate("Errors", problem.template).format(**rendered(problem.params, translate))

    def value(self) -> Any:
        value, problem = self.read()
        return self.line.text().strip() if problem else value

    def set_value(self, value: Any) -> None:
        self._show(value)

    def clear(self) -> None:
        if self.line.text():
            self._show(None)
            self.changed.emit()

    def _show(self, value: Any) -> None:
        text = format_value(value, self.kind) if value is not None else ""
        self._shown = (value, text)
        self.line.setText(text)

    def _explain(self, _text: str) -> None:
        value, problem = self.read()
        if problem:
            self.hint.setText("⚠ " + problem)
            self.hint.setStyleSheet(f"color: {ERROR_COLOR};")
            self.hint.show()
        elif value is not None and format_value(value, self.kind) != self.line.text().strip():
            # Say what "15.1.27" was read as before anything is saved.
            self.hint.setText(self.tr("Understood: {value}").format(value=self.describe(value)))
            self.hint.setStyleSheet("")
            self.hint.show()
        else:
            self.hint.hide()

    def describe(self, value: Any) -> str:
        weekday = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {format_value(value, self.kind)}"

    def _tidy(self) -> None:
        """On leaving the field: write what was understood in the usual form."""
        value, problem = self.read()
        if value is not None and not problem:
            self._show(value)

    def open_calendar(self) -> None:
        value, _problem = self.read()
        current = value.date() if isinstance(value, datetime) else value
        shown = current or self._opens_at() or date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("calendar")
        calendar.setGridVisible(True)
        calendar.setSelectedDate(to_qdate(shown))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qdate: QDate) -> None:
            menu.close()
            self._show(self.from_calendar(date(qdate.year(), qdate.month(), qdate.day())))
            self.changed.emit()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self._calendar = calendar  # tests and screen readers find the open calendar here
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        calendar.setFocus()


class DateField(_TypedDate):
    """A calendar date; blank means no date. Follows the locale's format."""


class DateTimeField(_TypedDate):
    """A date and time; blank means none. An end field can follow its start (``after``)."""

    kind = "datetime"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: DateTimeField | None = None

    def placeholder(self) -> str:
        return self.tr("dd.mm.yyyy hh:mm") if not _month_first() else self.tr("mm/dd/yyyy hh:mm")

    def after(self, start: DateTimeField) -> None:
        """Make this the end of ``start``: its calendar opens at the start's day, a time alone
        means that day, and a day picked keeps the start's time plus two hours."""
        self._start = start
        self.opens_at(lambda: start_day.date() if isinstance(start_day := start.value(), datetime) else None)

    def _start_value(self) -> datetime | None:
        start = self._start.value() if self._start is not None else None
        return start if isinstance(start, datetime) else None

    def parse(self, text: str) -> Any:
        start = self._start_value()
        return parse_datetime(text, month_first=_month_first(), on_day=start.date() if start else None)

    def from_calendar(self, day: date) -> Any:
        value, _problem = self.read()
        if isinstance(value, datetime):
            return datetime.combine(day, value.time())
        start = self._start_value()
        if start is not None:
            return datetime.combine(day, default_end(start).time())
        return datetime.combine(day, time(9, 0))


def _month_first() -> bool:
    """Whether the locale writes the month first (11/23/2026), as English does."""
    return date_format().lower().startswith("m")


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
