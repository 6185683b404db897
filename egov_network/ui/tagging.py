"""Tagging a selection, and managing the tags: rename, merge, delete. Every step is undoable.

The tag dialog shows every tag with a three-state box: checked when all the
selected records carry it, partly when some do. What the user changes is
what is applied: a box left partly checked leaves those records alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.domain.text import fold
from egov_network.services.registry import Services
from egov_network.services.tags import Merge, Tagging, split_tags
from egov_network.store.database import Change
from egov_network.ui.bulk_edit import records_text
from egov_network.ui.errors import translate
from egov_network.ui.operations import Operations


class TagDialog(QDialog):
    """Which tags the selected records carry; check to add, uncheck to remove, type to create."""

    def __init__(
        self, services: Services, entity: str, ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tag_dialog")
        self.entity, self.ids = entity, list(ids)
        self.setWindowTitle(self.tr("Tags of {what}").format(what=records_text(entity, len(self.ids))))
        carried = services.tags.tags_of(entity, self.ids)
        self._initial: dict[int, Qt.CheckState] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("tags")
        self.list.setAccessibleName(self.tr("Tags"))
        for use in services.tags.uses():
            item = QListWidgetItem(use.name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            number = carried.get(use.id, 0)
            state = (
                Qt.CheckState.Checked
                if number == len(self.ids)
                else Qt.CheckState.PartiallyChecked
                if number
                else Qt.CheckState.Unchecked
            )
            if state == Qt.CheckState.PartiallyChecked:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsAutoTristate)
                item.setToolTip(self.tr("On {n} of the selected records").format(n=number))
            item.setCheckState(state)
            item.setData(Qt.ItemDataRole.UserRole, use.id)
            self._initial[use.id] = state
        self.new_tag = QLineEdit(self)
        self.new_tag.setObjectName("new_tag")
        self.new_tag.setPlaceholderText(self.tr("New tag, e.g. Kochbuch"))
        self.new_tag.setAccessibleName(self.tr("New tag"))
        add = QPushButton(self.tr("&Add"), self)
        add.setObjectName("add_tag")
        add.clicked.connect(self.add_typed)
        self.new_tag.returnPressed.connect(self.add_typed)
        label = QLabel(self.tr("&New tag:"), self)
        label.setBuddy(self.new_tag)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Checked: all selected records carry the tag; half-checked: some do (left as it is)."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(380, 420)

    def add_typed(self) -> None:
        """The typed names (several with commas) become checked entries; known ones are checked."""
        for name in split_tags(self.new_tag.text()):
            existing = [
                self.list.item(i)
                for i in range(self.list.count())
                if fold(self.list.item(i).text()) == fold(name)
            ]
            if existing:
                existing[0].setCheckState(Qt.CheckState.Checked)
                self.list.scrollToItem(existing[0])
                continue
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.scrollToItem(item)
        self.new_tag.clear()

    def changes(self) -> tuple[list[str], list[int]]:
        """(names to put on every record, tag ids to take off every record)."""
        if self.new_tag.text().strip():
            self.add_typed()
        add: list[str] = []
        remove: list[int] = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            ident = item.data(Qt.ItemDataRole.UserRole)
            state = item.checkState()
            before = self._initial.get(ident) if ident is not None else Qt.CheckState.Unchecked
            if state == before:
                continue
            if state == Qt.CheckState.Checked:
                add.append(item.text())
            elif state == Qt.CheckState.Unchecked and ident is not None:
                remove.append(ident)
        return add, remove


def apply_tags(
    services: Services,
    operations: Operations,
    entity: str,
    ids: Sequence[int],
    add: list[str],
    remove: list[int],
) -> Tagging | None:
    """Tag ``ids`` as one undo step; None when there is nothing to do."""
    if not ids or (not add and not remove):
        return None
    done: list[Tagging] = []

    def forward() -> Tagging:
        tagging = services.tags.tag(entity, ids, add=add, remove=remove)
        done.append(tagging)
        return tagging

    def backward() -> None:
        services.tags.untag(done.pop())

    what = records_text(entity, len(ids))
    if add and not remove:
        text = QCoreApplication.translate("Tagging", "Tag {what} with {tags}").format(
            what=what, tags=", ".join(add)
        )
    else:
        text = QCoreApplication.translate("Tagging", "Change the tags of {what}").format(what=what)
    result: Tagging = operations.call(forward, backward, text)
    return result


def edit_tags(
    parent: QWidget, services: Services, operations: Operations, entity: str, ids: Sequence[int]
) -> Tagging | None:
    """Ask which tags the records ``ids`` carry and apply the answer (one undo step)."""
    if not ids:
        return None
    dialog = TagDialog(services, entity, ids, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    add, remove = dialog.changes()
    try:
        return apply_tags(services, operations, entity, ids, add, remove)
    except EgovError as error:
        operations.report(dialog.windowTitle(), error.text(translate))
        return None


class ManageTagsDialog(QDialog):
    """Every tag with how often it is used: rename, merge several into one, delete."""

    def __init__(self, services: Services, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manage_tags")
        self.services, self.operations = services, operations
        self.setWindowTitle(self.tr("Manage tags"))
        self.list = QListWidget(self)
        self.list.setObjectName("tags")
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.merge_button = QPushButton(self.tr("&Merge into…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QVBoxLayout()
        for button in (self.rename_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Renaming, merging and deleting change every record that carries the tag; "
                    "Ctrl+Z takes it back."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self._enable)
        operations.bus.changed.connect(self.on_change)
        self.reload()
        self.resize(460, 420)

    def on_change(self, change: Change) -> None:
        if change.ids("tag") or change.entities() & {"contact", "authority", "meeting"}:
            self.reload()

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.list.clear()
        for use in self.services.tags.uses():
            parts = [records_text(kind, n) for kind, n in use.counts.items() if n]
            item = QListWidgetItem(
                f"{use.name}  ({', '.join(parts)})" if parts else f"{use.name}  ({self.tr('unused')})",
                self.list,
            )
            item.setData(Qt.ItemDataRole.UserRole, (use.id, use.name, use.version))
            item.setSelected(use.id in selected)
        self._enable()

    def selected(self) -> list[tuple[int, str, int]]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def selected_ids(self) -> list[int]:
        return [ident for ident, _name, _version in self.selected()]

    def _enable(self) -> None:
        n = len(self.list.selectedItems())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 1 and self.list.count() > 1)
        self.delete_button.setEnabled(n >= 1)

    def rename_selected(self, name: str | None = None) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        ident, old, version = chosen[0]
        if not name:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename tag"), self.tr("New name of “{name}”:").format(name=old), text=old
            )
            if not ok or not name.strip():
                return
        text = self.tr("Rename tag “{old}” to “{new}”").format(old=old, new=name.strip())
        self._run(
            lambda: self.operations.edit(
                self.services.tags, ident, {"name": name}, text, expected_version=version
            )
        )

    def merge_selected(self, target: int | None = None) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if target is None:
            names = [use.name for use in self.services.tags.uses()]
            name, ok = QInputDialog.getItem(
                self, self.tr("Merge tags"), self.tr("Merge the selected tags into:"), names, 0, False
            )
            if not ok:
                return
            target = next(use.id for use in self.services.tags.uses() if use.name == name)
        sources = [ident for ident, _n, _v in chosen if ident != target]
        if not sources:
            return
        target_name = next((use.name for use in self.services.tags.uses() if use.id == target), "")
        text = self.tr("Merge {n} tags into “{name}”").format(n=len(sources), name=target_name)
        merges: list[Merge] = []

        def forward() -> Merge:
            merge = self.services.tags.merge(sources, target)
            merges.append(merge)
            return merge

        def backward() -> None:
            self.services.tags.unmerge(merges.pop())

        self._run(lambda: self.operations.call(forward, backward, text))

    def delete_selected(self, confirm: bool = True) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = ", ".join(self.tr("“{name}”").format(name=name) for _i, name, _v in chosen)
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete tags"),
                self.tr(
                    "Delete {names}? They are taken off every record. You can undo this with Ctrl+Z."
                ).format(names=names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = self.tr("Delete tags {names}").format(names=names)
        self._run(lambda: self.operations.delete(self.services.tags, [i for i, _n, _v in chosen], text))

    def _run(self, action: Any) -> None:
        try:
            action()
        except EgovError as error:
            self.operations.report(self.windowTitle(), error.text(translate))
