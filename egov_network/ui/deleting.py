"""Deleting records from a workspace: check what blocks first, then ask, and offer the way forward.

Nothing is asked that then fails: a record others still point to is not
offered for deletion at all. Instead the message says which linked records
block it and offers what a coordinator needs: a contact who left is marked
as former (meetings and history stay); an authority hands its contacts,
member authorities and hosted meetings to another authority; a topic hands
its experts, authorities, meetings and sub-topics to another topic. Each of
these is one undo step, and after a move the delete is offered again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from egov_network.domain.errors import EgovError
from egov_network.services.moving import Moved
from egov_network.ui.editors.common import pick
from egov_network.ui.errors import translate

if TYPE_CHECKING:
    from egov_network.ui.workspace import Workspace


def _listing(counts: dict[str, int]) -> str:
    return "".join(f"\n• {translate('Errors', label)}: {n}" for label, n in counts.items())


class DeleteFlow:
    """Deletes the selected records of one workspace, or says why not and what to do instead.

    ``choose(title, text, options)`` shows the question and returns the chosen
    option key or None (Cancel); tests replace it to answer.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.choose: Callable[[str, str, list[tuple[str, str]]], str | None] = self._ask

    @property
    def _parent(self) -> QWidget:
        return self.workspace

    def run(self, ids: list[int], what: str) -> None:
        editor = self.workspace.editor
        service = editor.service
        try:
            blocking, along = service.delete_check(ids)
        except EgovError as error:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("DeleteFlow", "Cannot delete"), error.text(translate)
            )
            return
        if blocking:
            self._blocked(ids, what, blocking)
            return
        question = QCoreApplication.translate("DeleteFlow", "Delete {what}?").format(what=what)
        if along:
            question += "\n" + QCoreApplication.translate("DeleteFlow", "Deleted with it:") + _listing(along)
        question += "\n\n" + QCoreApplication.translate("DeleteFlow", "You can undo this with Ctrl+Z.")
        if (
            self.choose(
                QCoreApplication.translate("DeleteFlow", "Delete"),
                question,
                [("delete", QCoreApplication.translate("DeleteFlow", "&Delete"))],
            )
            != "delete"
        ):
            return
        try:
            editor.undoable.delete(
                service, ids, QCoreApplication.translate("DeleteFlow", "Delete {what}").format(what=what)
            )
        except EgovError as error:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("DeleteFlow", "Cannot delete"), error.text(translate)
            )
            return
        self.workspace.message.emit(
            QCoreApplication.translate("DeleteFlow", "Deleted {n} record(s); Ctrl+Z brings them back").format(
                n=len(ids)
            )
        )

    # -- when something still points at the record ---------------------------------------

    def _blocked(self, ids: list[int], what: str, blocking: dict[str, int]) -> None:
        text = QCoreApplication.translate(
            "DeleteFlow", "{what} cannot be deleted while these records are linked to it:"
        ).format(what=what)
        text += _listing(blocking)
        entity = self.workspace.key
        options: list[tuple[str, str]] = []
        if entity == "contact":
            text += "\n\n" + QCoreApplication.translate(
                "DeleteFlow",
                "If the person has left, mark them as former instead: meetings and history stay.",
            )
            options.append(("former", QCoreApplication.translate("DeleteFlow", "Mark as &former")))
        elif len(ids) == 1 and entity == "authority":
            text += "\n\n" + QCoreApplication.translate(
                "DeleteFlow",
                "Move its contacts, member authorities and hosted meetings to another authority first.",
            )
            options.append(("move", QCoreApplication.translate("DeleteFlow", "&Move to another authority…")))
        elif len(ids) == 1 and entity == "topic":
            text += "\n\n" + QCoreApplication.translate(
                "DeleteFlow", "Move its experts, authorities, meetings and sub-topics to another topic first."
            )
            options.append(("move", QCoreApplication.translate("DeleteFlow", "&Move to another topic…")))
        choice = self.choose(QCoreApplication.translate("DeleteFlow", "Cannot delete yet"), text, options)
        if choice == "former":
            self._mark_former(ids)
        elif choice == "move":
            self._move(ids[0], what)

    def _mark_former(self, ids: list[int]) -> None:
        ops = self.workspace.editor.undoable
        contacts = self.workspace.editor.service
        with ops.macro(QCoreApplication.translate("DeleteFlow", "Mark as former")):
            for ident in ids:
                try:
                    ops.edit(
                        contacts,
                        ident,
                        {"active": False},
                        QCoreApplication.translate("DeleteFlow", "Mark as former"),
                    )
                except EgovError as error:
                    QMessageBox.warning(
                        self._parent,
                        QCoreApplication.translate("DeleteFlow", "Not possible"),
                        error.text(translate),
                    )
                    return
        self.workspace.message.emit(
            QCoreApplication.translate("DeleteFlow", "Marked {n} contact(s) as former").format(n=len(ids))
        )

    def _move(self, source: int, what: str) -> None:
        entity = self.workspace.key
        services = self.workspace.editor.services
        title = (
            QCoreApplication.translate("DeleteFlow", "Move to another authority")
            if entity == "authority"
            else QCoreApplication.translate("DeleteFlow", "Move to another topic")
        )
        chosen = [i for i in pick(services, entity, title, self._parent) if i != source]
        if not chosen:
            return
        target = chosen[0]
        moves = services.moves
        start = moves.authority_dependents if entity == "authority" else moves.topic_dependents
        done: list[Moved] = []

        def forward() -> Moved:
            # The first run moves what points at ``source`` now; a redo the very same rows.
            done[:] = [moves.redo(done[0]) if done else start(source, target)]  # redo: the same rows
            return done[0]

        def backward() -> None:
            moves.undo(done[0])

        target_name = services.relations.name_of(entity, target)
        try:
            moved: Any = self.workspace.editor.undoable.call(
                forward,
                backward,
                QCoreApplication.translate("DeleteFlow", "Move links of {what} to “{target}”").format(
                    what=what, target=target_name
                ),
            )
        except EgovError as error:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("DeleteFlow", "Not possible"), error.text(translate)
            )
            return
        message = QCoreApplication.translate(
            "DeleteFlow", "Moved {n} linked record(s) to “{target}”."
        ).format(n=moved.count, target=target_name)
        if moved.kept:
            message += " " + QCoreApplication.translate(
                "DeleteFlow", "{n} link(s) stayed because “{target}” has them already."
            ).format(n=moved.kept, target=target_name)
        self.workspace.message.emit(message)
        self.run([source], what)

    # -- the question ------------------------------------------------------------------

    def _ask(self, title: str, text: str, options: list[tuple[str, str]]) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question if options else QMessageBox.Icon.Information, title, text)
        box.setParent(self._parent, box.windowFlags())
        buttons = [(box.addButton(label, QMessageBox.ButtonRole.AcceptRole), key) for key, label in options]
        plain = QMessageBox.StandardButton.Cancel if options else QMessageBox.StandardButton.Ok
        box.setDefaultButton(box.addButton(plain))
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons if button is clicked), None)
