"""The import preview as model/view: one row per row of the file, however long the file is.

The preview used to be a QTableWidget with a QComboBox per row: ~10 widgets
a row (the combo box and its popup), so 200,000 widgets, 15 s and 1 GB for a
file of 20,000 rows. Here the table is a ``QTableView`` over
``PreviewModel``, which asks a ``PreviewRow`` for its texts only when the view
paints that row (a compact row rebuilds its values on access, so those texts
are not kept for every row either). The decision column is painted to look like
a combo box; ``ActionDelegate`` creates a real one only for the cell being
edited. Many rows at once take a decision from ``PreviewTable.decision_menu``
(context menu, or the dialog's button).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from egov_network.domain.labels import FIELD_LABELS
from egov_network.exchange.imports import Preview
from egov_network.exchange.preview_rows import PreviewRow, RowAction
from egov_network.ui.errors import translate
from egov_network.ui.table_model import fit_columns

Index = QModelIndex | QPersistentModelIndex

# The choices a row offers (a list of ``RowAction``), for the delegate's combo box.
ACTIONS_ROLE = Qt.ItemDataRole.UserRole + 1
# The row's line in the file, for the editor's accessible name.
LINE_ROLE = Qt.ItemDataRole.UserRole + 2

ROW, ACTION, RECORD, MATCHES, WHY = range(5)
# Rows whose texts are kept: a few screenfuls, so repainting and scrolling
# back do not rebuild them, while a scroll through 100,000 rows keeps no more.
TEXT_CACHE_ROWS = 256
# Widest the record column gets on opening (fit_columns stops others at 320 px).
RECORD_MAX_WIDTH = 420
# Dark red: 7.4:1 on white, the colour of overdue items in the lists.
PROBLEM_COLOUR = QColor("#a4000f")


_SELECTABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
_NO_CHOICE, _CHOICE = 1, 2


def action_label(action: RowAction) -> str:
    """A decision as the user reads it."""
    return {
        RowAction.CREATE: QCoreApplication.translate("ImportDialog", "Create"),
        RowAction.UPDATE: QCoreApplication.translate("ImportDialog", "Update"),
        RowAction.SKIP: QCoreApplication.translate("ImportDialog", "Skip"),
    }[action]


@dataclass(frozen=True)
class _Texts:
    """What the view shows of one row besides its line and decision."""

    record: str
    matches: str
    why: str
    problem: bool


class PreviewModel(QAbstractTableModel):
    """The rows of a ``Preview``; the decision column is editable where a row has a choice.

    ``decisions_changed`` is emitted once per edit or bulk change, so the
    dialog recounts the summary once, not once per row.
    """

    decisions_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[PreviewRow] = ()
        self._texts: OrderedDict[int, _Texts] = OrderedDict()
        # Per row: 0 not yet known, _NO_CHOICE, _CHOICE (more than one decision possible).
        self._choice = bytearray()
        self._problem_icon: QIcon | None = None

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        self._choice = bytearray(len(self._rows))
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def texts(self, row: int) -> _Texts:
        """The row's texts, built on first need and kept while the row is among the recent ones."""
        texts = self._texts.get(row)
        if texts is not None:
            self._texts.move_to_end(row)
            return texts
        preview_row = self._rows[row]
        reasons = preview_row.reasons
        why = [reason.text(translate) for reason in reasons]
        if preview_row.changes:
            # What an update would change, so "Update" is not a blind decision.
            changed = preview_row.changes
            fields = ", ".join(QCoreApplication.translate("Fields", FIELD_LABELS.get(k, k)) for k in changed)
            note = QCoreApplication.translate("ImportDialog", "Changes: {fields}.")
            why.insert(0, note.format(fields=fields))
        texts = _Texts(
            record=preview_row.describe(),
            matches=preview_row.match_text(),
            why="; ".join(why),
            # An unreadable cell or a value the validation rejects: what the
            # coordinator has to fix in the file, not a mere "skipped".
            problem=preview_row.broken or any(reason.problem is not None for reason in reasons),
        )
        self._texts[row] = texts
        if len(self._texts) > TEXT_CACHE_ROWS:
            self._texts.popitem(last=False)
        return texts

    # -- decisions --------------------------------------------------------------------

    def set_actions(self, rows: Iterable[int], action: RowAction) -> tuple[int, int]:
        """Give ``action`` to each of ``rows`` that allows it: (rows changed, rows that do not allow it)."""
        changed: list[int] = []
        refused = 0
        for row in rows:
            preview_row = self._rows[row]
            if action not in preview_row.allowed_actions():
                refused += 1
            elif preview_row.action is not action:
                preview_row.action = action
                changed.append(row)
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, ACTION), self.index(last, ACTION))
        if changed:
            self.decisions_changed.emit()
        return len(changed), refused

    def allowed_among(self, rows: Iterable[int]) -> set[RowAction]:
        """Every decision at least one of ``rows`` allows (what a bulk change can do to them)."""
        allowed: set[RowAction] = set()
        for row in rows:
            allowed.update(self._rows[row].allowed_actions())
            if len(allowed) == len(RowAction):
                break
        return allowed

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Kept cheap: the view asks for flags whenever it paints or selects a cell.
        if index.column() != ACTION:
            return _SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags
        row = index.row()
        known = self._choice[row]
        if not known:
            # What a row allows depends on its match and validation, never on
            # its current decision: worked out once per row, kept in one byte.
            known = _CHOICE if len(self._rows[row].allowed_actions()) > 1 else _NO_CHOICE
            self._choice[row] = known
        return _EDITABLE if known == _CHOICE else _SELECTABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        preview_row = self._rows[row]
        if role == LINE_ROLE:
            return preview_row.line
        if column == ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(preview_row.line)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == ACTION:
            if role == Qt.ItemDataRole.DisplayRole:
                return action_label(preview_row.action)
            if role == Qt.ItemDataRole.EditRole:
                return preview_row.action
            if role == ACTIONS_ROLE:
                return preview_row.allowed_actions()
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None  # the view asks for a dozen roles per cell; only these need the row's texts
        texts = self.texts(row)
        if column == WHY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return texts.why
            if texts.problem and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PROBLEM_COLOUR)
            if texts.problem and role == Qt.ItemDataRole.DecorationRole:
                # A sign beside the words, not only red (EN 301 549: colour is never the only signal).
                return self._icon()
            return None
        text = texts.record if column == RECORD else texts.matches
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return None

    def _icon(self) -> QIcon:
        if self._problem_icon is None:
            self._problem_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._problem_icon

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != ACTION:
            return False
        changed, _refused = self.set_actions([index.row()], RowAction(value))
        return changed > 0

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Action"),
            QCoreApplication.translate("ImportDialog", "Record"),
            QCoreApplication.translate("ImportDialog", "Matches"),
            QCoreApplication.translate("ImportDialog", "Why"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def _runs(rows: list[int]) -> Iterable[tuple[int, int]]:
    """Ascending ``rows`` as (first, last) runs of neighbours: one dataChanged per run, not per row."""
    start = previous = None
    for row in rows:
        if previous is not None and row == previous + 1:
            previous = row
            continue
        if start is not None and previous is not None:
            yield start, previous
        start = previous = row
    if start is not None and previous is not None:
        yield start, previous


class ActionDelegate(QStyledItemDelegate):
    """The decision column: painted like a combo box, edited with one that lives only while editing."""

    def _combo_option(self, option: QStyleOptionViewItem, text: str) -> QStyleOptionComboBox:
        combo = QStyleOptionComboBox()
        combo.rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        combo.state = option.state | QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        combo.state &= ~QStyle.StateFlag.State_HasFocus  # type: ignore[attr-defined]
        combo.palette = option.palette  # type: ignore[attr-defined]
        combo.fontMetrics = option.fontMetrics  # type: ignore[attr-defined]
        combo.direction = option.direction  # type: ignore[attr-defined]
        combo.currentText = text
        combo.frame = True
        combo.editable = False
        return combo

    def combo_size(self, widget: QWidget | None) -> QSize:
        """A combo box wide enough for the longest decision (as the editor will be)."""
        style = widget.style() if widget is not None else QApplication.style()
        metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
        width = max(metrics.horizontalAdvance(action_label(action)) for action in RowAction)
        option = QStyleOptionComboBox()
        option.fontMetrics = metrics  # type: ignore[attr-defined]
        option.frame = True
        contents = QSize(width + 8, metrics.height())
        return style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return self.combo_size(option.widget)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)  # one possible decision: plain text, nothing to open
            return
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        # The selection background first, so a selected row reads as one band.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        combo = self._combo_option(option, str(index.data(Qt.ItemDataRole.DisplayRole)))
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for action in index.data(ACTIONS_ROLE) or ():
            combo.addItem(action_label(action), action)
        combo.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Action for row {line}").format(
                line=index.data(LINE_ROLE)
            )
        )
        # A pick counts at once (the summary follows, as it did with a combo box
        # per row); the editor stays until the focus moves on.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentData() is not None:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]


class PreviewTable(QTableView):
    """The preview's table: a lazy model, the decision delegate, and decisions for many rows at once."""

    # (rows changed, selected rows that do not allow the decision), after a bulk change.
    bulk_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_model = PreviewModel(self)
        self.setModel(self.preview_model)
        self.delegate = ActionDelegate(self)
        self.setItemDelegateForColumn(ACTION, self.delegate)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # F2, a double click or a letter ("s" for Skip) opens the editor; a single
        # click on a decision opens its list right away (``_clicked``).
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The header asks the selection whether each whole column is selected,
        # i.e. the flags of every row, whenever it repaints: 1.2-1.6 s after a
        # select-all of 100,000 rows. A selection of its own (always empty)
        # spares that; it only ever shaded the header of selected columns.
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(self.preview_model, self))
        self.clicked.connect(self._clicked)

        self.decision_menu = QMenu(self.tr("Decision for the selected rows"), self)
        self.decision_actions: dict[RowAction, QAction] = {}
        for action, text in (
            (RowAction.CREATE, self.tr("&Create")),
            (RowAction.UPDATE, self.tr("&Update")),
            (RowAction.SKIP, self.tr("&Skip")),
        ):
            item = self.decision_menu.addAction(text)
            item.triggered.connect(lambda _checked=False, action=action: self.set_selected(action))
            self.decision_actions[action] = item
        self.decision_menu.aboutToShow.connect(self._offer_decisions)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def show_preview(self, preview: Preview | None) -> None:
        self.preview_model.set_preview(preview)
        if preview is not None and preview.rows:
            fit_columns(self)
            # The record ("Dr. Anna Müller <a.mueller@…>") is what the coordinator
            # reads first: a little more room than fit_columns allows any column,
            # the reasons take the rest.
            wanted = min(self.sizeHintForColumn(RECORD), RECORD_MAX_WIDTH)
            if wanted > self.columnWidth(RECORD):
                self.setColumnWidth(RECORD, wanted)
            # Rows as high as the decision's combo box, so the editor fits its cell.
            vertical = self.verticalHeader()
            vertical.setDefaultSectionSize(
                max(vertical.defaultSectionSize(), self.delegate.combo_size(self).height())
            )
            # The reasons take what is left and no more: text past the right
            # edge behind a horizontal scroll bar would go unread (the tool tip
            # shows an elided reason in full).
            self.horizontalHeader().setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)

    # -- many rows ----------------------------------------------------------------------

    def selected_rows(self) -> Iterable[int]:
        """The selected rows, read from the selection's ranges.

        A select-all of 100,000 rows is one range; ``selectedRows()`` would
        make 100,000 indexes of it.
        """
        selection: QItemSelection = self.selectionModel().selection()
        seen: set[int] = set()
        for number in range(selection.size()):
            selected = selection.at(number)
            for row in range(selected.top(), selected.bottom() + 1):
                if row not in seen:
                    seen.add(row)
                    yield row

    def set_selected(self, action: RowAction) -> None:
        """Give ``action`` to every selected row that allows it; the others keep their decision."""
        rows = sorted(self.selected_rows())
        if not rows:
            return
        changed, refused = self.preview_model.set_actions(rows, action)
        self.bulk_changed.emit(changed, refused)

    def _offer_decisions(self) -> None:
        # Worked out when the menu opens, not on every selection change: a
        # select-all of 100,000 rows is then looked at once.
        allowed = self.preview_model.allowed_among(self.selected_rows())
        for action, item in self.decision_actions.items():
            item.setEnabled(action in allowed)

    def _context_menu(self, position: QPoint) -> None:
        self.decision_menu.popup(self.viewport().mapToGlobal(position))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != ACTION or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
            return  # Ctrl/Shift+click extends the selection for a bulk change
        # The cell looks like a combo box, so one click opens its list, as the
        # combo box per row did.
        self.edit(index)
        editor = self.indexWidget(index)
        if isinstance(editor, QComboBox):
            editor.showPopup()
