"""Carries the store's change events into Qt as a signal, on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from egov_network.store.database import Change, Store


class ChangeBus(QObject):
    """Emits ``changed(Change)`` once per user action; views refresh what it names.

    The window's operation runner announces its own changes (``announce``),
    after the undo push. Writes that did not go through it (a worker, another
    part of the program) reach the bus through the store's listeners; both are
    delivered on the GUI thread, since the bus lives there and Qt queues
    emits from other threads.
    """

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.subscribe(self._forward)
        self._listening = True

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def announce(self, change: Change) -> None:
        """Announce one change (the operation runner's, tagged with it as initiator)."""
        self.changed.emit(change)

    def close(self) -> None:
        """Stop listening; safe to call twice (a window can be closed twice)."""
        if self._listening:
            self._listening = False
            self._store.unsubscribe(self._forward)
