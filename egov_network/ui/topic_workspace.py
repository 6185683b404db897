"""The expert topics workspace: the topic tree beside the editor; topics moved by drag and drop."""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from egov_network.domain.errors import EgovError
from egov_network.services.topic_tree import TopicTree
from egov_network.store.database import Change
from egov_network.ui import topic_picker
from egov_network.ui.editor import RecordEditor
from egov_network.ui.errors import translate
from egov_network.ui.table_model import MAX_COLUMN_WIDTH
from egov_network.ui.topic_tree_model import TopicTreeModel
from egov_network.ui.workspace import Workspace

#: Widest the synonyms column gets when sized to its contents (pixels).
SYNONYMS_WIDTH = 200
#: Entities whose changes alter the tree: its topics, and the expertise its counts are made of.
TREE_ENTITIES = frozenset({"topic", "expertise"})


class TopicWorkspace(Workspace):
    """``Workspace`` over the topic tree (``TopicTreeModel`` in a ``QTreeView``).

    Selection, editor, filter and the unsaved-changes prompt work as in every
    workspace. Any announced change of topics or expertise reloads the tree,
    keeping the expanded topics, the current record and the scroll position;
    which topics are expanded is kept in the settings with the layout.
    Moves (drag and drop, "Move to…") go through the operation runner as
    edits of ``parent_id``, so Ctrl+Z undoes them; several topics moved at
    once are one undo step, and a move that would put a topic below itself
    is refused with a message before anything is written.
    """

    # The shared workspace code uses only what both models and views have
    # (index_of/id_of, columns, selection); the tree has its own kinds.
    model: TopicTreeModel  # type: ignore[assignment]
    view: QTreeView  # type: ignore[assignment]

    #: Not the table's "header": the tree has other columns.
    header_setting = "tree_header"

    #: Topics the user has expanded (kept while a filter expands its own choice).
    _expanded: set[int]

    def __init__(
        self, key: str, title: str, tree: TopicTree, editor: RecordEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, title, tree, editor, parent)
        self._expanded = self.expanded_ids()
        self.view.expanded.connect(lambda index: self._note_expanded(index, True))
        self.view.collapsed.connect(lambda index: self._note_expanded(index, False))
        self.model.move_requested.connect(self._dropped)
        self.move_action = QAction(self.tr("&Move to…"), self)
        self.move_action.triggered.connect(self.move_selected)

    # -- the tree ------------------------------------------------------------------

    def build_model(self, source: Any) -> TopicTreeModel:
        return TopicTreeModel(source, self)

    def build_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("tree")
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        # Siblings are always in alphabetical order (DIN 5007); the header does not sort.
        view.setSortingEnabled(False)
        view.setAllColumnsShowFocus(True)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.expandToDepth(0)  # until the settings say otherwise: the top level open
        return view

    def header(self) -> QHeaderView:
        return self.view.header()

    def fit_columns(self) -> None:
        """Columns sized to the topics shown, none wider than the tables' widest.

        Synonyms get less: a long list of them pushed the experts count out of sight.
        """
        header = self.header()
        for column, spec in enumerate(self.model.columns):
            self.view.resizeColumnToContents(column)
            widest = SYNONYMS_WIDTH if spec.key == "synonyms" else MAX_COLUMN_WIDTH
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    def shown_count(self) -> int:
        return self.model.shown_count()

    def _filtering(self) -> bool:
        return self.model.matches is not None

    def expanded_ids(self) -> set[int]:
        """The topics whose sub-topics the view shows now."""
        found = set()
        for ident in self.model.ids():
            index = self.model.index_of(ident)
            if index is not None and self.view.isExpanded(index):
                found.add(ident)
        return found

    def _note_expanded(self, index: QModelIndex, expanded: bool) -> None:
        ident = self.model.id_of(index)
        if ident is None or self._filtering():
            return  # what a filter opens is not what the user chose to keep open
        if expanded:
            self._expanded.add(ident)
        else:
            self._expanded.discard(ident)

    def _expand(self) -> None:
        """After a reset: the user's expanded topics, or with a filter every topic shown."""
        if self._filtering():
            self.view.expandAll()
            return
        for ident in sorted(self._expanded):
            index = self.model.index_of(ident)
            if index is not None:
                self.view.setExpanded(index, True)

    def _filtered(self) -> None:
        self._expand()
        super()._filtered()

    def reload(self) -> None:
        """Read the tree again, keeping what is expanded and where the view is scrolled."""
        vertical = self.view.verticalScrollBar().value()
        horizontal = self.view.horizontalScrollBar().value()
        self.model.reload()
        self._expanded &= set(self.model.forest.nodes)
        self._expand()
        self.view.doItemsLayout()  # scroll ranges for the new rows, before scrolling back
        self.view.verticalScrollBar().setValue(vertical)
        self.view.horizontalScrollBar().setValue(horizontal)
        self._update_count()

    def _refresh_for(self, change: Change) -> None:
        entities = change.entities()
        contacts = change.created.get("contact") or change.deleted.get("contact")
        if entities & TREE_ENTITIES or contacts:
            # A contact's expertise comes and goes with the contact.
            self.reload()

    # -- moving --------------------------------------------------------------------

    def add_menu_actions(self, menu: QMenu) -> None:
        self.move_action.setEnabled(bool(self._moving()))
        menu.addAction(self.move_action)

    def _moving(self) -> list[int]:
        return self.selected_ids() or ([self.editor.ident] if self.editor.ident is not None else [])

    def move_selected(self) -> None:
        """ "Move to…": ask for the new parent of the selected topics, then move them."""
        ids = [i for i in self._moving() if i in self.model.forest.nodes]
        if not ids:
            return
        choice = topic_picker.ask_parent(self.model.forest, ids, self)
        if choice is not None:
            self.move_topics(ids, choice.parent_id)

    def _dropped(self, ids: list[int], parent_id: int | None) -> None:
        # After the drop has finished: a refusal's message must not open inside the drag.
        QTimer.singleShot(0, lambda: self.move_topics(ids, parent_id))

    def move_topics(self, ids: list[int], parent_id: int | None) -> bool:
        """Put topics ``ids`` below ``parent_id`` (None: the top level) as one undo step.

        A sub-topic of another moved topic moves along with it. A loop is
        refused with a message and nothing is written; so is a move of a
        topic changed elsewhere since the tree was read.
        """
        forest = self.model.forest
        moving = forest.outermost(i for i in ids if i in forest.nodes)
        if parent_id is not None and parent_id not in forest.nodes:
            return False
        loop = forest.loop_in(moving, parent_id)
        if loop is not None:
            self._refuse(self._loop_message(loop, parent_id))
            return False
        moving = [i for i in moving if forest.nodes[i].parent_id != parent_id]
        if not moving:
            return True  # already there
        if self.editor.ident in moving and not self.editor.maybe_leave():
            return False
        text = self._move_text(moving, parent_id)
        undoable = self.editor.undoable
        service = self.editor.service
        try:
            if len(moving) == 1:
                node = forest.nodes[moving[0]]
                undoable.edit(service, node.id, {"parent_id": parent_id}, text, expected_version=node.version)
            else:
                with undoable.macro(text):
                    for ident in moving:
                        node = forest.nodes[ident]
                        one = self._move_text([ident], parent_id)
                        undoable.edit(
                            service, ident, {"parent_id": parent_id}, one, expected_version=node.version
                        )
        except EgovError as error:
            self._refuse(error.text(translate))
            return False
        return True

    def _refuse(self, text: str) -> None:
        self.editor.undoable.report(self.tr("Cannot move"), text)

    def _loop_message(self, topic: int, parent_id: int | None) -> str:
        names = self.model.forest.nodes
        if topic == parent_id:
            return self.tr("“{topic}” cannot be placed below itself. Nothing was moved.").format(
                topic=names[topic].name
            )
        return self.tr(
            "“{topic}” cannot be placed below “{target}”: that is one of its own sub-topics. "
            "Nothing was moved."
        ).format(topic=names[topic].name, target=names[parent_id].name if parent_id is not None else "")

    def _move_text(self, moving: list[int], parent_id: int | None) -> str:
        """The undo step's name: what moved where."""
        names = self.model.forest.nodes
        if len(moving) == 1:
            name = names[moving[0]].name
            if parent_id is None:
                return self.tr("Move “{name}” to the top level").format(name=name)
            return self.tr("Move “{name}” below “{parent}”").format(name=name, parent=names[parent_id].name)
        if parent_id is None:
            return self.tr("Move {n} topics to the top level").format(n=len(moving))
        return self.tr("Move {n} topics below “{parent}”").format(n=len(moving), parent=names[parent_id].name)

    # -- settings ------------------------------------------------------------------

    def _expanded_setting(self) -> str:
        """Topic ids are per database, like the last open record."""
        location = hashlib.sha1(self.model.tree.store.describe().encode()).hexdigest()[:12]
        return f"{self.key}/expanded/{location}"

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        if not self._filtering():
            self._expanded = self.expanded_ids()
        settings.setValue(self._expanded_setting(), ",".join(str(i) for i in sorted(self._expanded)))

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        saved = settings.value(self._expanded_setting())
        if not isinstance(saved, str):
            return  # never saved: the top level stays open
        values = {int(part) for part in saved.split(",") if part.strip().isdigit()}
        self._expanded = values & set(self.model.forest.nodes)
        if not self._filtering():
            self.view.collapseAll()
            self._expand()
