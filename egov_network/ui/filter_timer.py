"""Filter as you type: a filter field's text reaches its table after a pause in typing."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

#: Pause after a keystroke before a filter the index answers runs (ms).
TYPING_PAUSE = 150
#: Pause before a filter that scans a long list runs (ms): typing "mü" on the way to
#: "müller" in 100,000 contacts does not stop for two 70-150 ms scans.
SCAN_PAUSE = 600


class Filterable(Protocol):
    """A model a filter field drives (the lazy table model, the topic tree model)."""

    def set_filter(self, text: str) -> None: ...

    def filters_at_once(self, text: str) -> bool: ...


class FilterTimer(QObject):
    """Applies ``field``'s text to ``model`` when typing pauses, or at once on Enter.

    How long the pause is depends on the cost: terms found through the index
    (three letters or more) follow the typing; one or two letters on a long
    list wait until the user stops. ``applied`` is emitted after each change.
    """

    applied = Signal()

    def __init__(self, field: QLineEdit, model: Filterable) -> None:
        super().__init__(field)
        self.field = field
        self.model = model
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.apply)
        field.textChanged.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._timer.setInterval(TYPING_PAUSE if self.model.filters_at_once(text) else SCAN_PAUSE)
        self._timer.start()

    def pending(self) -> bool:
        """Whether typed text has not reached the table yet."""
        return self._timer.isActive()

    def apply(self) -> None:
        """Filter by the field's text now."""
        self._timer.stop()
        self.model.set_filter(self.field.text())
        self.applied.emit()
