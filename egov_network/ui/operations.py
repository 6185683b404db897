"""The one way a change made in the window travels: service → undo stack → one announcement.

In the spirit of Anki's collection operations: a widget asks ``Operations``
to create, edit, delete or call something; the runner performs it through the
service (each call one transaction), pushes the undo command, and only then
announces one ``Change`` on the ``ChangeBus``, tagged with the runner as its
initiator. Undo and redo run through the same runner, so they are announced
the same way; a macro (adding twelve participants) is announced once at its
end. Views never refresh by hand: they react to the announcement.

Two things every action gets for free here:

* **A busy database** (another program holds the write lock, e.g. a large
  import) makes the runner wait with a visible, cancellable message and try
  again; nothing is lost, and a cancelled wait leaves the form as it was.
* **A stale undo or redo** (someone changed the record since) is refused by
  the service's version check; the runner says so in words and the step
  leaves the stack without changing anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from egov_network.domain.errors import BusyError, ConflictError, EgovError
from egov_network.services.base import EntityService
from egov_network.store.database import Change, Store
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.errors import translate
from egov_network.ui.undo import CallCommand, CreateCommand, DeleteCommand, EditCommand, ServiceCommand

T = TypeVar("T")
C = TypeVar("C", bound=ServiceCommand)

#: How long one write attempt waits for the lock before the runner shows its message.
WRITE_WAIT_MS = 300
#: Pause between two attempts while the database stays busy.
RETRY_PAUSE_MS = 250


class Operations(QObject):
    """Runs the window's writes; see the module docstring for the path a change takes.

    ``performed(kind, text)`` tells the status bar what just happened: kind is
    ``"done"``, ``"undone"`` or ``"redone"``, text the undo step's name.
    """

    performed = Signal(str, str)

    def __init__(
        self,
        store: Store,
        stack: QUndoStack,
        bus: ChangeBus,
        window: QWidget,
        report: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(window)
        #: Shows a refusal (title, text); a message box unless a test listens instead.
        self.report = report or (lambda title, text: QMessageBox.warning(window, title, text))
        self.store = store
        self.stack = stack
        self.bus = bus
        self._window = window
        self._macro_depth = 0
        #: Inside Operations.undo()/redo(): the step's commands are announced together.
        self._in_step = False
        self._pending: list[Change] = []
        # The window retries itself (with a message) instead of freezing for seconds.
        store.set_write_wait(WRITE_WAIT_MS)

    # -- what editors and dialogs call ---------------------------------------------

    def create(self, service: EntityService[Any, Any], values: Mapping[str, Any], text: str) -> int:
        """Create a record as one undo step; returns its id."""
        command = self._perform(lambda: CreateCommand(service, values, text, self))
        return command.ident

    def edit(
        self,
        service: EntityService[Any, Any],
        ident: int,
        changes: Mapping[str, Any],
        text: str,
        expected_version: int | None = None,
    ) -> Any:
        """Change fields of a record as one undo step; returns the record as stored.

        A change that changes nothing is not put on the undo stack.
        """
        command = self._perform(
            lambda: EditCommand(service, ident, changes, text, self, expected_version),
            push=lambda c: c.changed,
        )
        return command.record

    def delete(self, service: EntityService[Any, Any], idents: list[int], text: str) -> None:
        """Delete records (all or none) as one undo step."""
        self._perform(lambda: DeleteCommand(service, idents, text, self))

    def call(self, forward: Callable[[], Any], backward: Callable[[], Any], text: str) -> Any:
        """Any forward/backward pair as one undo step; returns what ``forward`` returned."""
        return self._perform(lambda: CallCommand(forward, backward, text, self)).result

    def irreversible(self, changes: list[Change], text: str) -> None:
        """Announce an action that cannot be undone (an erase under GDPR Art. 17), run elsewhere.

        Nothing goes on the undo stack, and the stack is emptied: its steps
        may hold the erased data (a deleted record's snapshot, an edit's old
        values) and undoing one would bring it back.
        """
        self.stack.clear()
        self._announce(list(changes))
        self.performed.emit("done", text)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several actions into one undo step, announced once at the end."""
        self.stack.beginMacro(text)
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            self.stack.endMacro()
            if self._macro_depth == 0 and self._pending:
                self._announce([])
                self.performed.emit("done", text)

    def undo(self) -> None:
        """Edit > Undo: one announcement however many commands the step holds."""
        if self.stack.canUndo():
            self._step(self.stack.undo, self.stack.undoText(), "undone")

    def redo(self) -> None:
        """Edit > Redo, announced like undo."""
        if self.stack.canRedo():
            self._step(self.stack.redo, self.stack.redoText(), "redone")

    def _step(self, move: Callable[[], None], text: str, kind: str) -> None:
        self._in_step = True
        try:
            with Store.collect() as changes:
                move()
        finally:
            self._in_step = False
        self._announce(changes)
        if changes:
            self.performed.emit(kind, text)

    # -- the path ------------------------------------------------------------------------

    def _perform(self, make: Callable[[], C], push: Callable[[C], bool] = lambda _c: True) -> C:
        """Run the command's first action (retrying while busy), push it, then announce."""
        with Store.collect() as changes:
            command = self.waiting(make)
        if push(command):
            self.stack.push(command)
        self._announce(changes)
        if self._macro_depth == 0 and push(command):
            self.performed.emit("done", command.text())
        return command

    def replay(self, step: Callable[[], Any], text: str, *, undoing: bool) -> bool:
        """An undo or redo of one command (called by the command); False when it was refused."""
        try:
            with Store.collect() as changes:
                self.waiting(step)
        except EgovError as error:
            self._refused(error, text, undoing=undoing)
            return False
        if not self._in_step:
            # Started by Qt itself (QUndoStack.setIndex, an undo view): announce here;
            # inside Operations.undo()/redo() the step announces all its commands at once.
            self._announce(changes)
        return True

    def _announce(self, changes: list[Change]) -> None:
        self._pending.extend(changes)
        if self._macro_depth or not self._pending:
            return
        change = Change.merge(self._pending, initiator=self)
        self._pending = []
        if not change.is_empty():
            self.bus.announce(change)

    # -- a busy database ---------------------------------------------------------------

    def waiting(self, action: Callable[[], T]) -> T:
        """Run ``action``; while the database is busy, show a message and try again.

        Raises ``BusyError`` only when the user gives up waiting; nothing was
        written then, and the form still holds what was typed.
        """
        dialog: QProgressDialog | None = None
        started = time.monotonic()
        try:
            while True:
                try:
                    return action()
                except BusyError:
                    if dialog is None:
                        dialog = self._busy_dialog()
                    dialog.setLabelText(
                        self.tr(
                            "The database is busy: another program (perhaps an import) is writing to it.\n"
                            "Waiting and trying again… ({seconds} s)"
                        ).format(seconds=int(time.monotonic() - started))
                    )
                    self._pause(RETRY_PAUSE_MS)
                    if dialog.wasCanceled():
                        raise
        finally:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()

    def _busy_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._window)
        dialog.setObjectName("busy_dialog")
        dialog.setWindowTitle(self.tr("Waiting for the database"))
        dialog.setCancelButtonText(self.tr("Stop waiting"))
        dialog.setRange(0, 0)  # no end known: a moving bar
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        # Modal: no second action starts while the first one waits.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    @staticmethod
    def _pause(milliseconds: int) -> None:
        """Wait while the window keeps painting (a nested loop; the modal dialog holds input)."""
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    # -- refusals ----------------------------------------------------------------------

    def _refused(self, error: EgovError, text: str, *, undoing: bool) -> None:
        if undoing:
            title = self.tr("Cannot undo")
            lead = self.tr("This step cannot be undone: {what}. Nothing was changed.").format(what=text)
        else:
            title = self.tr("Cannot redo")
            lead = self.tr("This step cannot be redone: {what}. Nothing was changed.").format(what=text)
        if isinstance(error, ConflictError):
            lead += " " + self.tr("Someone changed these records in the meantime.")
        self.report(title, lead + "\n\n" + error.text(translate))
