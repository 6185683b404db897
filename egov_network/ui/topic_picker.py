"""Choosing where topics go: "(top level)" or another topic, picked from the topic tree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_network.services.topic_tree import TopicForest
from egov_network.ui.picker import search_field

#: The item's topic id (absent: the top level).
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ParentChoice:
    """The chosen new parent: a topic id, or None for the top level."""

    parent_id: int | None


class TopicParentDialog(QDialog):
    """The topic tree with "(top level)" on top; ``chosen()`` is the selected place.

    The topics being moved and everything below them cannot be chosen (a
    topic cannot go below itself): they are shown greyed, so the tree keeps
    its shape. A filter narrows the tree like the workspace's.
    """

    def __init__(self, forest: TopicForest, moving: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forest = forest
        if len(moving) == 1:
            title = self.tr("Move “{name}” to…").format(name=forest.nodes[moving[0]].name)
        else:
            title = self.tr("Move {n} topics to…").format(n=len(moving))
        self.setWindowTitle(title)
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.filter = search_field(self, layout)
        heading = QLabel(self.tr("New &parent topic:"), self)
        layout.addWidget(heading)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("New parent topic"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        heading.setBuddy(self.tree)
        layout.addWidget(self.tree, 1)

        blocked: set[int] = set()
        for ident in moving:
            blocked |= forest.subtree(ident)
        self.top_level = QTreeWidgetItem(self.tree, [self.tr("(top level)")])
        self.items: dict[int, QTreeWidgetItem] = {}
        below_itself = QCoreApplication.translate(
            "Errors", "A topic cannot be placed below itself or its own sub-topics."
        )
        for ident, _depth in forest.walk():
            above = forest.parent_of(ident)
            owner = self.items[above] if above is not None else self.tree.invisibleRootItem()
            item = QTreeWidgetItem(owner, [forest.nodes[ident].name])
            item.setData(0, TOPIC_ROLE, ident)
            if ident in blocked:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
                item.setToolTip(0, below_itself)
            self.items[ident] = item
        self.tree.expandAll()
        #: Topics the search matches (None: no search).
        self._matches: set[int] | None = None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        ok.setText(self.tr("&Move"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.itemSelectionChanged.connect(lambda: ok.setEnabled(self.chosen() is not None))
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._accept_if_chosen())
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._first_match)
        self.filter.setFocus()

    def chosen(self) -> ParentChoice | None:
        """The selected place, or None while nothing that can take the topics is selected."""
        selected = [item for item in self.tree.selectedItems() if not item.isHidden()]
        if not selected:
            return None
        ident = selected[0].data(0, TOPIC_ROLE)
        return ParentChoice(ident if isinstance(ident, int) else None)

    def choose(self, parent_id: int | None) -> None:
        """Select ``parent_id`` (None: the top level), as a click would."""
        item = self.top_level if parent_id is None else self.items[parent_id]
        self.tree.setCurrentItem(item)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def _filter(self, text: str) -> None:
        matches = self._matches = self.forest.matching(text)
        shown = None if matches is None else self.forest.with_ancestors(matches)
        for ident, item in self.items.items():
            item.setHidden(shown is not None and ident not in shown)

    def _first_match(self) -> None:
        """Enter in the search field: the first topic shown that can be chosen, and on to the tree."""
        for ident, _depth in self.forest.walk():
            item = self.items[ident]
            wanted = self._matches is None or ident in self._matches
            if wanted and not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.tree.setCurrentItem(item)
                break
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_parent(forest: TopicForest, moving: list[int], parent: QWidget | None) -> ParentChoice | None:
    """Ask where ``moving`` go; None when cancelled (tests replace this function)."""
    dialog = TopicParentDialog(forest, moving, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
