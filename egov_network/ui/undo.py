"""Undo commands: each stores what its service handed back and replays it, values checked.

A command's constructor performs the action once (through the operation
runner, ``ui/operations.py``), so a refused action never lands on the undo
stack; the first ``redo`` that Qt calls on push is skipped. Services hand back
what undo needs: ``create`` the new record, ``change`` the values it replaced,
``delete_many`` snapshots. Every replay passes the values the command last
stored and the service checks that the fields still hold it, so an undo over someone
else's newer change raises ``ConflictError``, changes nothing, and the runner
says so in words, while this program's own later steps, undone first, never
block it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from egov_network.services.base import Edit, EntityService, Snapshot

if TYPE_CHECKING:
    from egov_network.ui.operations import Operations


class ServiceCommand(QUndoCommand):
    """Base: ``do``/``take_back`` run through the runner, which retries, reports and announces."""

    def __init__(self, text: str, runner: Operations) -> None:
        super().__init__(text)
        self._runner = runner
        self._first = True

    def do(self) -> None:
        raise NotImplementedError

    def take_back(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if not self._runner.replay(self.do, self.text(), undoing=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._runner.replay(self.take_back, self.text(), undoing=True):
            # Qt drops an obsolete command: the refused step leaves the stack,
            # the ones around it stay.
            self.setObsolete(True)


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it (if unchanged since), redo brings the very same record back."""

    def __init__(
        self, service: EntityService[Any, Any], values: Mapping[str, Any], text: str, runner: Operations
    ) -> None:
        super().__init__(text, runner)
        self.service = service
        self.record = service.create(values)
        self.ident: int = self.record.id
        #: What the record holds as created (and as brought back): undo refuses if it changed.
        self._values = service.values_of(self.record)
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        assert self._snapshot is not None
        self.service.restore(self._snapshot)

    def take_back(self) -> None:
        (self._snapshot,) = self.service.delete_many([self.ident], {self.ident: self._values})


class EditCommand(ServiceCommand):
    """Change fields of a record; undo puts back the values the service said it replaced."""

    def __init__(
        self,
        service: EntityService[Any, Any],
        ident: int,
        changes: Mapping[str, Any],
        text: str,
        runner: Operations,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(text, runner)
        self.service = service
        self.ident = ident
        self.edit: Edit[Any] = service.change(ident, changes, expected_version=expected_version)
        self.record = self.edit.record

    @property
    def changed(self) -> bool:
        return bool(self.edit.before)

    def do(self) -> None:
        # The fields must still hold what undo put back; other fields may have moved on.
        self.service.change(self.ident, self.edit.after, expected_values=self.edit.before)

    def take_back(self) -> None:
        self.service.change(self.ident, self.edit.before, expected_values=self.edit.after)


class DeleteCommand(ServiceCommand):
    """Delete records (all or none); undo restores them with what they owned, redo checks versions."""

    def __init__(
        self, service: EntityService[Any, Any], idents: list[int], text: str, runner: Operations
    ) -> None:
        super().__init__(text, runner)
        self.service = service
        self.idents = list(idents)
        self.snapshots = service.delete_many(self.idents)

    def do(self) -> None:
        expected = {s.ident: self.service.values_in(s) for s in self.snapshots}
        self.snapshots = self.service.delete_many(self.idents, expected)

    def take_back(self) -> None:
        with self.service.store.write():
            for snapshot in self.snapshots:
                self.service.restore(snapshot)


class CallCommand(ServiceCommand):
    """Any pair of forward/backward calls (setting a meeting's topics, an import).

    Both calls must check versions themselves (pass what they saw to the
    service), so a stale replay raises ``ConflictError`` instead of writing.
    """

    def __init__(
        self, forward: Callable[[], Any], backward: Callable[[], Any], text: str, runner: Operations
    ) -> None:
        super().__init__(text, runner)
        self._forward = forward
        self._backward = backward
        self.result = forward()

    def do(self) -> None:
        self._forward()

    def take_back(self) -> None:
        self._backward()
