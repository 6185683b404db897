"""One workspace: a filter field, the table of records, and the editor beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from egov_network.store.database import Change
from egov_network.ui.deleting import DeleteFlow
from egov_network.ui.editor import RecordEditor
from egov_network.ui.filter_timer import FilterTimer
from egov_network.ui.table_model import LazyTableModel, ListSource, fit_columns


class Workspace(QWidget):
    """Table over a list query + record editor (master-detail).

    Filtering and sorting are delegated to the SQL-backed model; the
    workspace keeps selection, editor and table in step and asks before an
    unsaved record is left.
    """

    #: A one-line message for the status bar.
    message = Signal(str)
    #: "Export selection…" from the context menu; the main window asks what and where.
    export_selection = Signal()
    #: A link of the start text of an empty list: "import" or "demo" (the main window acts).
    start_requested = Signal(str)

    #: Where the header's state is kept in the settings (below the workspace key).
    header_setting = "header"

    def __init__(
        self, key: str, title: str, source: Any, editor: RecordEditor, parent: QWidget | None = None
    ) -> None:
        """``source`` is what ``build_model`` lists: a ``ListSource`` (list query) for a table."""
        super().__init__(parent)
        self.key = key
        self.title = title
        self.editor = editor
        self.setObjectName(f"workspace_{key}")

        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F): type part of any visible text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {title}").format(title=title))
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        self.count_label = QLabel(self)

        self.model: LazyTableModel = self.build_model(source)
        self.view: QTableView = self.build_view()
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # Tab leaves the table for the next control (rows are chosen with the arrow keys).
        self.view.setTabKeyNavigation(False)
        header = self.header()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )
        for column, spec in enumerate(self.model.columns):
            self.view.setColumnHidden(column, not spec.visible)
        #: Columns are sized to their rows when first shown (a hidden workspace's
        #: sizing cost ~60 ms of every start each), unless saved widths came back.
        self._columns_sized = False
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self.editor.focus_first_field())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(filter_label)
        self.filter_row.addWidget(self.filter, 1)
        self.filter_row.addWidget(self.count_label)
        left_layout.addLayout(self.filter_row)
        # Which list of people the table shows, when it shows one ("Verteiler …").
        self.scope_bar = QWidget(self)
        self.scope_bar.setObjectName("scope_bar")
        scope_layout = QHBoxLayout(self.scope_bar)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.scope_label = QLabel(self.scope_bar)
        self.scope_label.setObjectName("scope_label")
        show_all = QPushButton(self.tr("Show &all"), self.scope_bar)
        show_all.setObjectName("show_all")
        show_all.clicked.connect(self.clear_list)
        scope_layout.addWidget(self.scope_label, 1)
        scope_layout.addWidget(show_all)
        self.scope_bar.hide()
        left_layout.addWidget(self.scope_bar)
        #: The list of people shown: (list id, its name, whether a saved search), or None.
        self.shown_list: tuple[int, str, bool] | None = None
        #: Actions on the selected records the main window adds (Tags…, Add to list…, Set field…).
        self.selection_actions: list[QAction] = []
        self.start_text = QLabel(self)
        self.start_text.setObjectName("start_text")
        self.start_text.setWordWrap(True)
        self.start_text.setTextFormat(Qt.TextFormat.RichText)
        self.start_text.setText(
            "<p><b>"
            + self.tr("Nothing here yet.")
            + "</b></p><p>"
            + self.tr(
                "<a href='new'>Create the first record</a> (Ctrl+N), "
                "<a href='import'>import an Excel list</a> (Ctrl+I) "
                "or <a href='demo'>try the demo network</a> in a separate window."
            )
            + "</p>"
        )
        self.start_text.setOpenExternalLinks(False)
        self.start_text.linkActivated.connect(self._start_link)
        self.start_text.setContentsMargins(8, 8, 8, 8)
        self.start_text.hide()
        left_layout.addWidget(self.start_text)
        left_layout.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{key}")
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.filter_timer = FilterTimer(self.filter, self.model)
        self.filter_timer.applied.connect(self._filtered)
        completed = getattr(self.model, "completed", None)
        if completed is not None:  # the rest of a long scan arrived from its worker
            completed.connect(self._filtered)
        self.filter.returnPressed.connect(self.apply_filter)
        editor.saved.connect(self._after_save)
        self._changing_row = False
        #: Changes announced while this workspace was hidden (applied when shown).
        self._stale: list[Change] = []
        self._update_count()

        self.deleting = DeleteFlow(self)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)

    # -- the list: overridden by a workspace over another model (the topic tree) ------

    def build_model(self, source: ListSource) -> Any:
        """The model of the list: a lazy table over the list query ``source``."""
        return LazyTableModel(source, self)

    def build_view(self) -> Any:
        """The view of ``self.model``: a sortable table (the query sorts)."""
        view = QTableView(self)
        view.setObjectName("table")
        view.setModel(self.model)
        # No indicator first: enabling sorting re-sorts by the indicator, and Qt's
        # default one is "column 0 descending"; the query has its own default order.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.verticalHeader().hide()
        return view

    def header(self) -> QHeaderView:
        """The column header of the view."""
        return self.view.horizontalHeader()

    def fit_columns(self) -> None:
        fit_columns(self.view)

    def shown_count(self) -> int:
        """How many records the list shows now (the count label)."""
        return self.model.rowCount()

    def name_of(self, ident: int) -> str:
        """A record's name as the list shows it (its first column)."""
        index = self.model.index_of(ident)
        if index is None:
            return self.editor.heading.text() if ident == self.editor.ident else ""
        return str(index.data() or "")

    def add_menu_actions(self, menu: QMenu) -> None:
        """Actions of this kind of list for the context menu (after New); none by default."""

    # -- a list of people ------------------------------------------------------------

    def show_list(self, ident: int, name: str, saved_filter: str | None) -> None:
        """Show only the people of a list: a static list's members, or what a saved search finds."""
        if saved_filter is None:
            self.model.set_scope({"list_id": ident})
            self.filter.clear()
        else:
            self.model.set_scope(None)
            self.filter.setText(saved_filter)
        self.apply_filter()
        self.shown_list = (ident, name, saved_filter is not None)
        text = self.tr("Saved search “{name}”") if saved_filter is not None else self.tr("List “{name}”")
        self.scope_label.setText("<b>" + text.format(name=name) + "</b>")
        self.scope_bar.show()
        self._filtered()

    def clear_list(self) -> None:
        """Back to everyone (the list's filter goes with it)."""
        if self.shown_list is None:
            return
        saved = self.shown_list[2]
        self.shown_list = None
        self.scope_bar.hide()
        self.model.set_scope(None)
        if saved:
            self.filter.clear()
        self.apply_filter()

    # -- filtering and columns ---------------------------------------------------

    def apply_filter(self) -> None:
        self.filter_timer.apply()

    def _update_count(self) -> None:
        rows = self.locale().toString(self.shown_count())
        if getattr(self.model, "is_complete", lambda: True)():
            self.count_label.setText(self.tr("{n} rows").format(n=rows))
            self.count_label.setToolTip("")
        else:
            # Short beside the filter (the sentence was cut off there); the whole of it
            # is the tooltip and goes to the status bar.
            self.count_label.setText(self.tr("{n} rows…").format(n=rows))
            self.count_label.setToolTip(self.tr("{n} rows so far, still searching…").format(n=rows))
        self._update_start_text()

    def _filtered(self) -> None:
        """After a filter change: the count goes to the status bar; the editor says if the filter hides it."""
        self._update_count()
        self.message.emit(self.count_label.toolTip() or self.count_label.text())
        ident = self.editor.ident
        self.editor.set_hidden_by_filter(ident is not None and self.model.index_of(ident) is None)

    def _update_start_text(self) -> None:
        """An empty list without a filter shows what to do first, instead of a blank table."""
        empty = self.model.rowCount() == 0 and not self.filter.text().strip()
        self.start_text.setVisible(empty)

    def column_menu(self) -> QMenu:
        """Checkable list of columns (View menu and header context menu)."""
        menu = QMenu(self.tr("&Columns"), self)
        for column, spec in enumerate(self.model.columns):
            action = menu.addAction(self.model.tr_label(spec.label))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.view.setColumnHidden(c, not shown))
        return menu

    # -- selection and editor ----------------------------------------------------

    def selected_ids(self) -> list[int]:
        indexes = sorted(self.view.selectionModel().selectedRows(), key=self._place)
        ids = (self.model.id_of(index) for index in indexes)
        return list(dict.fromkeys(i for i in ids if i is not None))

    def _place(self, index: QModelIndex) -> tuple[int, ...]:
        """Where ``index`` is in the list, top to bottom (rows of its parents first, in a tree)."""
        rows = []
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return tuple(reversed(rows))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._changing_row:
            return
        ident = self.model.id_of(current)
        if ident is not None and ident == self.editor.ident:
            return
        if not self.editor.maybe_leave():
            # Stay on the record with unsaved changes: at once, and again once a
            # mouse click has finished, since the view then selects the clicked row.
            self.follow_editor()
            QTimer.singleShot(0, self.follow_editor)
            return
        if ident is None:
            self.editor.clear()
        else:
            self.editor.load(ident)

    def follow_editor(self) -> None:
        """Select the editor's record in the table (or nothing), without loading anything."""
        self._changing_row = True
        try:
            index = self.model.index_of(self.editor.ident) if self.editor.ident is not None else None
            selection = self.view.selectionModel()
            if index is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._changing_row = False

    def select_id(self, ident: int) -> bool:
        """Select and show record ``ident``; clears the filter if it hides the record."""
        index = self.model.index_of(ident)
        if index is None and self.filter.text():
            self.filter.clear()
            self.apply_filter()
            index = self.model.index_of(ident)
        if index is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        if self.editor.ident != ident:
            self.editor.load(ident)
        return True

    def new_record(self) -> None:
        if not self.editor.maybe_leave():
            return
        self.view.clearSelection()
        self.editor.load(None)
        self.editor.focus_first_field()
        self.message.emit(self.tr("New record: fill in the form and save"))

    def _after_save(self, ident: int) -> None:
        # The announced change has refreshed the list already; only follow the record.
        # A record the filter no longer shows stays open and says so: the user's
        # filter is not thrown away because of one save.
        self.follow_editor()
        self.editor.set_hidden_by_filter(self.model.index_of(ident) is None)
        self.message.emit(self.tr("Saved “{name}”").format(name=self.editor.heading.text()))

    def delete_selected(self) -> None:
        """Del: delete the selected records, or say what still links to them and offer the way on."""
        ids = self.selected_ids() or ([self.editor.ident] if self.editor.ident is not None else [])
        if not ids:
            return
        names = [self.name_of(i) for i in ids[:5]]
        # German quotes „…“ in German: the quoting is part of the translation.
        what = ", ".join(self.tr("“{name}”").format(name=n) for n in names) + (
            self.tr(" and {n} more").format(n=len(ids) - 5) if len(ids) > 5 else ""
        )
        self.deleting.run(ids, what)

    def _start_link(self, link: str) -> None:
        if link == "new":
            self.new_record()
        else:
            self.start_requested.emit(link)

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        edit = menu.addAction(self.tr("&Edit"))
        edit.triggered.connect(self.editor.focus_first_field)
        menu.addAction(self.tr("&New")).triggered.connect(self.new_record)
        self.add_menu_actions(menu)
        if self.selection_actions:
            menu.addSeparator()
            for action in self.selection_actions:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        if self.key in ("contact", "meeting"):
            export = menu.addAction(self.tr("E&xport selection to Excel…"))
            export.setEnabled(bool(self.selected_ids()))
            export.triggered.connect(self.export_selection)
        menu.addSeparator()
        menu.addMenu(self.column_menu())
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- store changes ------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        """A change was announced: refresh once if shown, otherwise remember it for when shown."""
        if not self.isVisible():
            self._stale.append(change)
            return
        self._apply(change)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._columns_sized:
            self._columns_sized = True
            self.fit_columns()
        super().showEvent(event)
        if self._stale:
            stale, self._stale = self._stale, []
            self._apply(Change.merge(stale))

    def is_stale(self) -> bool:
        """Whether changes arrived while hidden that this workspace has not shown yet."""
        return bool(self._stale)

    def _apply(self, change: Change) -> None:
        # Rows that move or go under the cursor are not the user choosing another record.
        self._changing_row = True
        try:
            self._refresh_for(change)
        finally:
            self._changing_row = False
        self.editor.on_change(change)
        current = self.view.selectionModel().currentIndex()
        shown = self.model.id_of(current)
        if shown != self.editor.ident:
            # A reloaded list lost its selection: the table follows the editor again.
            self.follow_editor()

    def _refresh_for(self, change: Change) -> None:
        if self.shown_list is not None and self.shown_list[0] in change.ids("contact_list"):
            # Who is on the shown list changed: the id query of the list runs again.
            self.model.refresh_ids(set(self.model.ids()) or {0})
            self._update_count()
            return
        entity = self.model.source.entity
        mine = change.ids(entity)
        others = change.entities() - {entity}
        if (
            mine
            and not (change.created.get(entity) or change.deleted.get(entity))
            and not any(change.deleted.get(e) for e in others)
        ):
            # Only edits of our records: re-query only if one left the filter or moved.
            self.model.refresh_updated(mine, change.changed_fields(entity))
            self._update_count()
        elif mine or any(change.deleted.get(e) for e in others):
            # Our own records (or records whose deletion takes ours along, like a
            # meeting's action items): the id query runs once.
            self.model.refresh_ids(mine or set(self.model.ids()[:1]))
            self._update_count()
        elif others:
            # Only names of related records show in our columns: repaint, no id
            # query, unless they decide the order (sorted by authority, by topics).
            self.model.refresh_related()

    # -- settings -------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/{self.header_setting}", self.header().saveState())
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        settings.setValue(
            f"{self.key}/hidden",
            [c.key for i, c in enumerate(self.model.columns) if self.view.isColumnHidden(i)],
        )

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/{self.header_setting}")
        if isinstance(header, QByteArray):
            self.header().restoreState(header)
            self._columns_sized = True  # the widths the user left
            section = self.header().sortIndicatorSection()
            if self.view.isSortingEnabled() and 0 <= section < len(self.model.columns):
                self.model.sort(section, self.header().sortIndicatorOrder())
        hidden = settings.value(f"{self.key}/hidden")
        if isinstance(hidden, list):
            for column, spec in enumerate(self.model.columns):
                self.view.setColumnHidden(column, spec.key in hidden)
        splitter = settings.value(f"{self.key}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
