"""Undoable user actions: each command calls a service and knows how to take it back.

The action runs once *before* the command is pushed (``run``), so a refused
action (invalid input, a delete that is not allowed) never lands on the undo
stack; ``redo`` skips that first run. Failures of a later undo/redo (someone
linked a new participant to a created contact meanwhile) are reported, not raised
into Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from egov_network.domain.errors import EgovError
from egov_network.services.base import EntityService, Snapshot

Reporter = Callable[[EgovError], None]


class ServiceCommand(QUndoCommand):
    """Base: runs ``do`` at once; ``undo``/``redo`` report core errors via ``report``."""

    def __init__(self, text: str, report: Reporter) -> None:
        super().__init__(text)
        self._report = report
        self._first = True

    def do(self) -> None:
        raise NotImplementedError

    def take_back(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.do()
        except EgovError as error:
            self._report(error)
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self.take_back()
        except EgovError as error:
            self._report(error)
            self.setObsolete(True)


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it, redo brings the very same record back."""

    def __init__(
        self, service: EntityService[Any, Any], values: Mapping[str, Any], text: str, report: Reporter
    ) -> None:
        super().__init__(text, report)
        self.service = service
        self.ident = service.create(values).id
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        assert self._snapshot is not None
        self.service.restore(self._snapshot)

    def take_back(self) -> None:
        self._snapshot = self.service.snapshot(self.ident)
        self.service.delete(self.ident)


class EditCommand(ServiceCommand):
    """Change fields of a record; undo puts the old values back."""

    def __init__(
        self,
        service: EntityService[Any, Any],
        ident: int,
        changes: Mapping[str, Any],
        text: str,
        report: Reporter,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(text, report)
        self.service = service
        self.ident = ident
        before = service.get(ident)
        self.old = {key: getattr(before, key) for key in changes}
        self.new = dict(changes)
        self.record = service.update(ident, changes, expected_version=expected_version)

    def do(self) -> None:
        self.service.update(self.ident, self.new)

    def take_back(self) -> None:
        self.service.update(self.ident, self.old)


class DeleteCommand(ServiceCommand):
    """Delete records (all or none); undo restores them with what they owned."""

    def __init__(
        self, service: EntityService[Any, Any], idents: list[int], text: str, report: Reporter
    ) -> None:
        super().__init__(text, report)
        self.service = service
        self.idents = list(idents)
        self.snapshots = service.delete_many(self.idents)

    def do(self) -> None:
        self.snapshots = self.service.delete_many(self.idents)

    def take_back(self) -> None:
        with self.service.store.write():
            for snapshot in self.snapshots:
                self.service.restore(snapshot)


class CallCommand(ServiceCommand):
    """Any pair of forward/backward calls (e.g. setting a meeting's topics)."""

    def __init__(
        self, forward: Callable[[], Any], backward: Callable[[], Any], text: str, report: Reporter
    ) -> None:
        super().__init__(text, report)
        self._forward = forward
        self._backward = backward
        forward()

    def do(self) -> None:
        self._forward()

    def take_back(self) -> None:
        self._backward()


class Actions:
    """Runs commands onto one undo stack; errors of the first run propagate to the caller."""

    def __init__(self, stack: QUndoStack, report: Reporter) -> None:
        self.stack = stack
        self.report = report

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several commands into one undo step (adding three topics at once)."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def create(self, service: EntityService[Any, Any], values: Mapping[str, Any], text: str) -> int:
        command = CreateCommand(service, values, text, self.report)
        self.stack.push(command)
        return command.ident

    def edit(
        self,
        service: EntityService[Any, Any],
        ident: int,
        changes: Mapping[str, Any],
        text: str,
        expected_version: int | None = None,
    ) -> Any:
        command = EditCommand(service, ident, changes, text, self.report, expected_version)
        self.stack.push(command)
        return command.record

    def delete(self, service: EntityService[Any, Any], idents: list[int], text: str) -> None:
        self.stack.push(DeleteCommand(service, idents, text, self.report))

    def call(self, forward: Callable[[], Any], backward: Callable[[], Any], text: str) -> None:
        self.stack.push(CallCommand(forward, backward, text, self.report))
