"""The program's Ctrl shortcuts win over the bindings of the window's one-line text fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

#: Keys a one-line text field keeps for itself; every other Ctrl combination is the program's.
_TEXT_KEYS = frozenset(
    {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y}
    | {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End}
    | {Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Insert}
)


class ProgramShortcutsFirst(QObject):
    """Lets the program's Ctrl shortcuts win over a line edit's own bindings.

    On X11 a QLineEdit takes Ctrl+E as "end of line", so Export did nothing
    while the cursor was in the filter (or any form field), which is exactly
    when one wants to export the filtered list. Text editing keys (copy,
    paste, undo typing, word moves) stay the field's.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and Qt.Key(event.key()) not in _TEXT_KEYS:
                event.ignore()
                return True
        return False

    def watch(self, window: QWidget) -> None:
        """Apply to every one-line field of ``window`` (filters, form fields, date fields)."""
        for field in window.findChildren(QLineEdit):
            field.installEventFilter(self)
