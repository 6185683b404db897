"""The expert topics as a Qt tree model over one ``TopicForest`` (services/topic_tree.py).

All topics are held at once: they are few, and a tree needs every parent to
place a child. A filter keeps the matching topics and their ancestors (the
matches in bold). The model never writes: a drop asks for a move with
``move_requested(ids, parent_id)`` and the workspace runs it through the
operation runner, whose announcement reloads the tree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from egov_network.domain.text import fold_query
from egov_network.services.topic_tree import TREE_COLUMNS, TopicForest, TopicNode, TopicTree
from egov_network.ui.display import format_value
from egov_network.ui.table_model import ID_ROLE, VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex

#: What a dragged topic carries: the database it comes from and the topic ids.
TOPIC_MIME_TYPE = "application/x-egov-network-topics"


class TopicTreeModel(QAbstractItemModel):
    """Topics under their parents, siblings in DIN 5007 order; ``ID_ROLE`` gives a topic's id.

    An index's internal id is its topic id. ``index_of``/``id_of`` map
    between topics and indexes like the workspace table model's.
    """

    #: A drop asks to move topics (ids) below another topic (its id, or None for the top level).
    move_requested = Signal(list, object)

    columns = TREE_COLUMNS

    def __init__(self, tree: TopicTree, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.filter_text = ""
        self.forest = TopicForest.of([])
        #: Topics the filter matches (None: no filter, all are shown).
        self.matches: set[int] | None = None
        self._children: dict[int | None, list[int]] = {}
        self._parents: dict[int, int | None] = {}
        self._rows: dict[int, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- contents --------------------------------------------------------------

    def reload(self) -> None:
        """Read the tree again (after a store change); a reset, so views keep no expansion."""
        self.beginResetModel()
        self.forest = self.tree.read()
        self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only topics matching every term of ``text``, with their ancestors."""
        same = fold_query(text) == fold_query(self.filter_text)
        self.filter_text = text
        if same:
            return
        self.beginResetModel()
        self._arrange()
        self.endResetModel()

    def filters_at_once(self, text: str) -> bool:
        """Filtering hundreds of topics in memory follows every keystroke."""
        return True

    def _arrange(self) -> None:
        forest = self.forest
        self.matches = forest.matching(self.filter_text)
        shown = None if self.matches is None else forest.with_ancestors(self.matches)
        self._children = {}
        self._parents = {}
        self._rows = {}
        for ident, _depth in forest.walk():
            if shown is not None and ident not in shown:
                continue
            parent = forest.parent_of(ident)
            siblings = self._children.setdefault(parent, [])
            self._rows[ident] = len(siblings)
            siblings.append(ident)
            self._parents[ident] = parent

    # -- access ------------------------------------------------------------------

    def node(self, ident: int) -> TopicNode:
        return self.forest.nodes[ident]

    def index_of(self, ident: int | None) -> QModelIndex | None:
        """The first-column index of topic ``ident``; None when it is not shown."""
        if ident is None or ident not in self._rows:
            return None
        return self.createIndex(self._rows[ident], 0, ident)

    def id_of(self, index: Index) -> int | None:
        """The topic id of ``index`` (None for the invisible root)."""
        return index.internalId() if index.isValid() else None

    def ids(self) -> list[int]:
        """The topics shown, in the order of the tree (parents before their children)."""
        return [ident for ident, _depth in self.forest.walk() if ident in self._rows]

    def shown_count(self) -> int:
        return len(self._rows)

    @staticmethod
    def tr_label(label: str) -> str:
        return QCoreApplication.translate("Columns", label)

    # -- Qt model interface ------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()  # children hang below the first column only
        siblings = self._children.get(self.id_of(parent), [])
        if not (0 <= row < len(siblings) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        ident = self.id_of(child)
        above = self._parents.get(ident) if ident is not None else None
        if above is None:
            return QModelIndex()
        return self.createIndex(self._rows[above], 0, above)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.id_of(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ident = self.id_of(index)
        if ident is None or ident not in self.forest.nodes:
            return None
        if role == ID_ROLE:
            return ident
        node = self.forest.nodes[ident]
        column = self.columns[index.column()]
        value = node.value(column.key)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            text = format_value(value, column.kind)
            return text.split("\n", 1)[0] + " …" if "\n" in text else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "experts":
                return self.tr("{own} in this topic itself, {all} including its sub-topics").format(
                    own=node.own_experts, all=node.experts
                )
            text = format_value(value, column.kind)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.matches is not None and ident in self.matches:
            return self._bold  # a match, not an ancestor shown for its place
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.tr_label(self.columns[section].label)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the top level takes topics too
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop -------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [TOPIC_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        ids = list(dict.fromkeys(i for index in indexes if (i := self.id_of(index)) is not None))
        payload = {"store": self.tree.store.describe(), "ids": ids}
        data = QMimeData()
        data.setData(TOPIC_MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def _dragged(self, data: QMimeData) -> list[int]:
        """The topic ids ``data`` carries, if it comes from this database; else []."""
        if not data.hasFormat(TOPIC_MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(data.data(TOPIC_MIME_TYPE).data()).decode())
        except ValueError:
            return []
        if not isinstance(payload, dict) or payload.get("store") != self.tree.store.describe():
            return []
        ids = payload.get("ids")
        return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []

    def canDropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._dragged(data))

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropped on a topic or between its children: below it; on empty space: the top level.

        Where among the siblings does not matter (they stay in alphabetical
        order). Nothing is written here: ``move_requested`` asks for it.
        """
        ids = self._dragged(data)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        self.move_requested.emit(ids, self.id_of(parent))
        return True
