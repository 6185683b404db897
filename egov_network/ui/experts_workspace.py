"""The "Who knows what?" page: type a topic or words (or pick a topic), get people ranked with reasons.

The finder (``services.experts``) does the work; at 100,000 contacts a broad
topic takes a few hundred milliseconds, so every search runs in a worker
(``ui.tasks.run_task``) and the window keeps responding while one runs. Only
the newest query's answer is shown: a query typed while one runs waits for
it and then runs once, however many keys were pressed meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.enums import AuthorityKind, ExpertiseLevel, FederalState, ListKind
from egov_network.domain.errors import EgovError
from egov_network.domain.text import sort_key
from egov_network.services.experts import (
    DEFAULT_LIMIT,
    ExpertFinder,
    ExpertHit,
    ExpertQuery,
    ExpertResult,
    TopicChoice,
    Wording,
)
from egov_network.store.database import Change
from egov_network.ui.display import format_value
from egov_network.ui.errors import translate
from egov_network.ui.tasks import Task, run_task

Index = QModelIndex | QPersistentModelIndex

#: Pause after a keystroke before the search runs (ms).
TYPING_PAUSE = 250
#: Text colour of former people's rows: grey, 5.7:1 on white; the Status column says it in words too.
FORMER_COLOR = QColor("#5c5c5c")
#: Widest a fitted column gets (px); the explanation takes the rest of the width.
MAX_COLUMN = 190
#: The topic column is narrower still: the evidence pane below names every topic in full.
MAX_TOPIC_COLUMN = 150
#: What a store change must touch for the ranking to change.
RELEVANT = frozenset(
    {"contact", "authority", "topic", "expertise", "authority_topic", "meeting", "participation"}
)


class ExpertTableModel(QAbstractTableModel):
    """The ranked people of one search, in rank order (read-only; sorting would lose the ranking).

    ``Qt.UserRole`` of any cell is the person's contact id.
    """

    #: "why" last: it stretches to the width of the view, the others fit their contents.
    KEYS = ("rank", "name", "authority", "level", "topic", "consent", "status", "why")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[ExpertHit] = []
        self.wording = Wording(translate, day_format=lambda value: format_value(value, "date"))
        self.headers = {
            "rank": self.tr("No."),
            "name": self.tr("Name"),
            "authority": self.tr("Authority"),
            "level": self.tr("Level"),
            "topic": self.tr("Topic"),
            "why": self.tr("Why"),
            "consent": self.tr("Consent"),
            "status": self.tr("Status"),
        }

    def set_hits(self, hits: Sequence[ExpertHit], wording: Wording) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.wording = wording
        self.endResetModel()

    def hit(self, row: int) -> ExpertHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def ids(self) -> list[int]:
        return [hit.contact_id for hit in self.hits]

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.KEYS):
                return self.headers[self.KEYS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None or not 0 <= index.column() < len(self.KEYS):
            return None
        key = self.KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(hit, key, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "why":
                return "\n".join(t for t in (hit.explanation(self.wording), hit.evidence(self.wording)) if t)
            if key == "consent":
                return hit.consent(self.wording)
            if key == "name":
                return "\n".join(v for v in (hit.email, hit.phone) if v) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not hit.active:
            return FORMER_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "rank":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return hit.contact_id
        return None

    def text(self, hit: ExpertHit, key: str, row: int) -> str:
        """What the cell ``key`` of ``hit`` shows (also what the list copies)."""
        if key == "rank":
            return str(row + 1)
        if key == "name":
            return hit.name
        if key == "authority":
            return hit.authority or ""
        if key == "level":
            return self.wording.level(hit.level)
        if key == "topic":
            return hit.topics
        if key == "why":
            return hit.explanation(self.wording)
        if key == "consent":
            if hit.consent_on is None:
                return self.tr("no")
            return self.tr("yes, since {date}").format(date=format_value(hit.consent_on, "date"))
        if key == "status":
            return "" if hit.active else self.tr("former")
        return ""

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        """The rows (all by default) tab-separated with a header line, as spreadsheets paste them."""
        chosen = range(len(self.hits)) if rows is None else rows
        lines = ["\t".join(self.headers[k] for k in self.KEYS)]
        for row in chosen:
            hit = self.hits[row]
            cells = (self.text(hit, key, row) for key in self.KEYS)
            lines.append("\t".join(" ".join(c.split()) for c in cells))
        return "\n".join(lines) + "\n"


class ExpertsWorkspace(QWidget):
    """ "Who knows what?": a query field and topic tree, filters, the ranked people and what to do with them.

    ``open_record(entity, id)`` asks the window to open a person;
    ``add_to_list_requested(ids)`` is the hook for the lists feature (emitted
    before this page adds to a list itself, which it does only when given
    the window's ``operations`` runner). Store changes come in through
    ``on_change``: shown, the page searches again; hidden, it marks itself
    stale and searches when shown.
    """

    key = "experts"
    open_record = Signal(str, int)
    add_to_list_requested = Signal(list)
    #: "Write e-mail" to the selected (or all listed) people: (contact ids, subject).
    mail_requested = Signal(list, str)
    #: A one-line message for the status bar.
    message = Signal(str)
    #: A search's answer is shown (tests and benchmarks wait for it).
    searched = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None, *, operations: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.finder = ExpertFinder(services.store)
        self.title = self.tr("Who knows what?")
        self.setObjectName("workspace_experts")
        #: The query "Show all" was pressed for: it lists everyone, any other the best DEFAULT_LIMIT.
        self._everyone_for: ExpertQuery | None = None
        self.result = ExpertResult([])
        self._picked: TopicChoice | None = None
        self._topics: list[TopicChoice] = []
        self._tree_items: dict[int, QTreeWidgetItem] = {}
        self._task: Task | None = None
        self._pending: ExpertQuery | None = None
        self._running = ExpertQuery()
        self._stale = False
        self.export_task: Task | None = None

        self.query_field = QLineEdit(self)
        self.query_field.setObjectName("expert_query")
        self.query_field.setPlaceholderText(self.tr("A topic, a synonym or any words, e.g. Datenschutz"))
        self.query_field.setClearButtonEnabled(True)
        self.query_field.setAccessibleName(self.tr("Who knows about"))
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self.completer))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.query_field.setCompleter(self.completer)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("expert_topics")
        self.tree.setHeaderLabels([self.tr("Topics")])
        self.tree.setAccessibleName(self.tr("Expert topics"))
        self.tree.itemActivated.connect(
            lambda item, _column: self.pick_topic(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.tree.itemClicked.connect(
            lambda item, _column: self.pick_topic(item.data(0, Qt.ItemDataRole.UserRole))
        )

        self.state_box = self._choices(
            self.tr("&State:"), self.tr("All states"), _sorted_labels(FederalState), "state"
        )
        self.cohort_box = self._choices(self.tr("C&ohort:"), self.tr("All cohorts"), [], "cohort")
        self.kind_box = self._choices(
            self.tr("&Kind:"), self.tr("All kinds"), _sorted_labels(AuthorityKind), "kind"
        )
        self.level_box = self._choices(
            self.tr("Level at leas&t:"),
            self.tr("Any"),
            [(translate("Enum", level.label), level.value) for level in ExpertiseLevel],
            "level",
        )
        self.former_box = QCheckBox(self.tr("Include forme&r people"), self)
        self.former_box.setChecked(True)
        self.former_box.toggled.connect(self.search_now)

        self.heading = QLabel(self)
        self.heading.setObjectName("expert_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("expert_count")
        self.show_all_button = QPushButton(self.tr("Show &all"), self)
        self.show_all_button.clicked.connect(self.show_all)
        self.show_all_button.hide()

        self.model = ExpertTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("expert_results")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People who know about it"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Double-click and Enter (a single click where the platform activates on one).
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_evidence())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("expert_evidence")
        self.evidence.setReadOnly(True)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("Select a person to see the record behind the ranking."))

        self.open_action = QAction(self.tr("O&pen person"), self)
        self.open_action.triggered.connect(lambda: self.open_row(self.view.currentIndex().row()))
        self.copy_action = QAction(self.tr("&Copy list"), self)
        self.copy_action.setToolTip(
            self.tr("Copy the listed people, tab-separated, for a spreadsheet or mail")
        )
        self.copy_action.triggered.connect(self.copy_list)
        self.copy_selection_action = QAction(self.tr("Copy selected rows"), self)
        self.copy_selection_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_selection_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_selection_action.triggered.connect(self.copy_selection)
        self.view.addAction(self.copy_selection_action)
        self.export_action = QAction(self.tr("E&xport list…"), self)
        self.export_action.triggered.connect(self.export_list)
        self.add_action = QAction(self.tr("Add to &list…"), self)
        self.add_action.triggered.connect(self.request_add_to_list)
        self.lists = getattr(services, "lists", None)
        self._add_tip = (
            self.tr("Put the selected people (or all listed) on a list of people")
            if self.lists is not None
            else self.tr("Lists of people are not available in this version yet")
        )
        self.add_action.setToolTip(self._add_tip)

        self.setLayout(self._layout())
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE)
        self._timer.timeout.connect(self.search_now)
        self.query_field.textEdited.connect(self._typed)
        self.query_field.returnPressed.connect(self.search_now)
        self.reload_topics()
        self._show_result(ExpertResult([]))

    # -- building --------------------------------------------------------------------------

    def _choices(self, label: str, everything: str, items: Sequence[tuple[str, Any]], name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"expert_{name}")
        box.addItem(everything, None)
        for text, value in items:
            box.addItem(text, value)
        box.setAccessibleName(label.replace("&", "").rstrip(":"))
        box.currentIndexChanged.connect(self.search_now)
        box.setProperty("label", label)
        return box

    def _button(self, action: QAction) -> QPushButton:
        """A push button that triggers ``action`` and follows it (enabled, tooltip)."""
        button = QPushButton(action.text(), self)
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

        action.changed.connect(follow)
        follow()
        return button

    def _layout(self) -> QVBoxLayout:
        top = QHBoxLayout()
        label = QLabel(self.tr("Who knows about &what:"), self)
        label.setBuddy(self.query_field)
        top.addWidget(label)
        top.addWidget(self.query_field, 1)

        filters = QHBoxLayout()
        for box in (self.state_box, self.cohort_box, self.kind_box, self.level_box):
            caption = QLabel(str(box.property("label")), self)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addWidget(self.former_box)
        filters.addStretch(1)

        status = QHBoxLayout()
        status.addWidget(self.heading, 1)
        status.addWidget(self.count_label)
        status.addWidget(self.show_all_button)

        buttons = QHBoxLayout()
        self.open_button = self._button(self.open_action)
        self.copy_button = self._button(self.copy_action)
        self.export_button = self._button(self.export_action)
        self.add_button = self._button(self.add_action)
        self.mail_button = QPushButton(self.tr("Write &e-mail…"), self)
        self.mail_button.setObjectName("experts_mail")
        self.mail_button.clicked.connect(self.write_mail)
        for button in (
            self.open_button,
            self.copy_button,
            self.export_button,
            self.add_button,
            self.mail_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(status)
        self.result_splitter = QSplitter(Qt.Orientation.Vertical, results)
        self.result_splitter.addWidget(self.view)
        self.result_splitter.addWidget(self.evidence)
        self.result_splitter.setStretchFactor(0, 4)
        self.result_splitter.setStretchFactor(1, 1)
        self.result_splitter.setChildrenCollapsible(False)
        results_layout.addWidget(self.result_splitter, 1)
        results_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter_experts")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(results)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 1000])

        layout = QVBoxLayout()
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        return layout

    # -- topics ----------------------------------------------------------------------------

    def reload_topics(self) -> None:
        """Read the topics again (tree, completion) and the cohorts of the filter."""
        self._topics = self.finder.topics()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for topic in self._topics:
            above = items.get(topic.parent_id) if topic.parent_id is not None else None
            item = QTreeWidgetItem([topic.name])
            item.setData(0, Qt.ItemDataRole.UserRole, topic.id)
            synonyms = "; ".join(topic.synonyms)
            item.setToolTip(0, f"{topic.path}\n{synonyms}" if synonyms else topic.path)
            if above is not None:
                above.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[topic.id] = item
        self._tree_items = items
        self.tree.expandToDepth(0)
        words = dict.fromkeys(name for t in self._topics for name in (t.name, *t.synonyms))
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(words, key=str.casefold))
        if self._picked is not None:
            self._picked = next((t for t in self._topics if t.id == self._picked.id), None)
        current = self.cohort_box.currentData()
        self.cohort_box.blockSignals(True)
        while self.cohort_box.count() > 1:
            self.cohort_box.removeItem(1)
        for cohort in self.finder.cohorts():
            self.cohort_box.addItem(str(cohort), cohort)
        self.cohort_box.setCurrentIndex(max(0, self.cohort_box.findData(current)))
        self.cohort_box.blockSignals(False)

    def pick_topic(self, topic_id: int | None) -> None:
        """Search for one topic (and its sub-topics), as picked in the tree."""
        topic = next((t for t in self._topics if t.id == topic_id), None)
        if topic is None:
            return
        self._picked = topic
        self.query_field.setText(topic.name)  # setText, not typing: textEdited stays quiet
        self.search_now()

    def _typed(self, _text: str) -> None:
        self._picked = None
        self.tree.clearSelection()
        self._timer.start()

    # -- searching --------------------------------------------------------------------------

    def query(self) -> ExpertQuery:
        """The query the controls describe now."""
        level = self.level_box.currentData()
        picked = self._picked if self._picked and self.query_field.text() == self._picked.name else None
        return ExpertQuery(
            topic_id=picked.id if picked else None,
            text=self.query_field.text(),
            state=self.state_box.currentData(),
            cohort=self.cohort_box.currentData(),
            kind=self.kind_box.currentData(),
            level_at_least=ExpertiseLevel(level) if level else None,  # combo data comes back as str
            include_former=self.former_box.isChecked(),
        )

    def search_now(self) -> None:
        """Run the query the controls describe (in a worker; the newest query wins)."""
        self._timer.stop()
        query = self.query()
        if query.is_empty():
            self._pending = None
            self._show_result(ExpertResult([]), query)
            return
        if self._task is not None and self._task.is_running():
            self._pending = query
            return
        self._start(query)

    def show_all(self) -> None:
        """List everyone the current query finds, not only the best ``DEFAULT_LIMIT``."""
        self._everyone_for = self.query()
        self.search_now()

    def is_searching(self) -> bool:
        return self._timer.isActive() or (self._task is not None and self._task.is_running())

    def _start(self, query: ExpertQuery) -> None:
        finder = self.finder
        limit = None if query == self._everyone_for else DEFAULT_LIMIT
        # No parent: a page closed while its search runs must not take the task's signals
        # along (the worker would emit on a deleted object). Bound methods, not lambdas,
        # so the connections end with the page.
        task = run_task(lambda _progress: finder.search(query, limit))
        self._task, self._running = task, query
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(self._next)

    def _succeeded(self, result: ExpertResult) -> None:
        self._answered(self._running, result)

    def _next(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)

    def _answered(self, query: ExpertQuery, result: ExpertResult) -> None:
        if self._pending is not None and self._pending != query:
            return  # a newer query follows at once; showing this one would only flicker
        if query != self.query():
            return  # the controls moved on (an emptied field, say)
        self._show_result(result, query)

    def _failed(self, error: object) -> None:
        text = error.text(translate) if isinstance(error, EgovError) else str(error)
        self.message.emit(self.tr("The search failed: {error}").format(error=text))

    def _wording(self) -> Wording:
        german = self.locale().language() == QLocale.Language.German
        return Wording(translate, german, day_format=lambda value: format_value(value, "date"))

    def _show_result(self, result: ExpertResult, query: ExpertQuery | None = None) -> None:
        selected = set(self.selected_ids())
        self.result = result
        wording = self._wording()
        self.model.set_hits(result.hits, wording)
        if query is None or query.is_empty():
            self.heading.setText(self.tr("Type a topic or pick one in the tree."))
        else:
            self.heading.setText(result.heading(wording))
        shown, total = len(result.hits), max(result.total, len(result.hits))
        if query is not None and not query.is_empty() and not shown:
            self.count_label.setText(self.tr("nobody found"))
        elif shown < total:
            self.count_label.setText(
                self.tr("best {shown} of {total} shown").format(shown=shown, total=total)
            )
        elif shown:
            self.count_label.setText(
                self.tr("{n} people").format(n=shown) if shown != 1 else self.tr("1 person")
            )
        else:
            self.count_label.setText("")
        self.show_all_button.setVisible(shown < total)
        for action in (self.copy_action, self.export_action):
            action.setEnabled(bool(shown))
        self.add_action.setEnabled(bool(shown) and self.lists is not None)
        self.open_action.setEnabled(bool(shown))
        self._fit_columns()
        self._mark_topics(result)
        rows = [i for i, hit in enumerate(result.hits) if hit.contact_id in selected]
        if rows:
            self.view.selectRow(rows[0])
        self._show_evidence()
        self.searched.emit()

    def _mark_topics(self, result: ExpertResult) -> None:
        """Select in the tree the topics the query was understood as (their sub-topics come along)."""
        self.tree.clearSelection()
        chosen = set(result.topics)
        for item in self._tree_items.values():
            if item.text(0) in chosen:
                item.setSelected(True)
                self.tree.scrollToItem(item)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column, key in enumerate(self.model.KEYS[:-1]):
            most = MAX_TOPIC_COLUMN if key == "topic" else MAX_COLUMN
            if header.sectionSize(column) > most:
                header.resizeSection(column, most)

    def _show_evidence(self) -> None:
        hit = self.model.hit(self.view.currentIndex().row())
        if hit is None:
            self.evidence.setPlainText("")
            return
        wording = self.model.wording
        lines = [f"{hit.name}" + (f" — {hit.authority}" if hit.authority else "")]
        contact = ", ".join(v for v in (hit.email, hit.phone) if v)
        lines += [line for line in (contact, hit.consent(wording)) if line]
        lines += [f"• {line}" for line in hit.evidence(wording).splitlines()]
        self.evidence.setPlainText("\n".join(lines))

    # -- store changes ------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        """A change was announced: search again if shown, else remember to when shown."""
        if not change.entities() & RELEVANT:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._refresh(change)

    def is_stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh(None)

    def _refresh(self, change: Change | None) -> None:
        if change is None or "topic" in change.entities() or "authority" in change.entities():
            self.reload_topics()
        if not self.query().is_empty():
            self.search_now()

    # -- actions ------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.hits[row].contact_id for row in rows if row < len(self.model.hits)]

    def open_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.open_record.emit("contact", hit.contact_id)

    def write_mail(self) -> None:
        """Ask the window to write to the selected people, or to everyone listed."""
        ids = self.selected_ids() or [hit.contact_id for hit in self.model.hits]
        self.mail_requested.emit(ids, self.heading.text())

    def copy_list(self) -> None:
        """The listed people, tab-separated with a header line, to the clipboard."""
        QGuiApplication.clipboard().setText(self.model.as_text())
        self.message.emit(self.tr("Copied {n} people to the clipboard.").format(n=len(self.model.hits)))

    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if rows:
            QGuiApplication.clipboard().setText(self.model.as_text(rows))

    def export_list(self) -> None:
        """Write the listed people to an Excel file the user chooses (in a worker)."""
        if not self.model.hits:
            return
        suggested = self.tr("Who knows what") + ".xlsx"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        result, german = self.result, self._wording().german
        from egov_network.exchange.expert_list import export_experts  # openpyxl only when needed

        task = run_task(lambda _progress: export_experts(target, result, translate=translate, german=german))
        self.export_task = task
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)

    def _exported(self, done: Any) -> None:
        self.message.emit(self.tr("Exported {n} people to {file}.").format(n=done.rows, file=str(done.path)))

    def _export_failed(self, error: object) -> None:
        text = error.text(translate) if isinstance(error, EgovError) else str(error)
        QMessageBox.warning(self, self.tr("Export the list"), text)

    # -- lists (the hook for the lists feature) ----------------------------------------------

    def request_add_to_list(self) -> None:
        """Announce ``add_to_list_requested(ids)``; with an operations runner, offer the lists here too."""
        ids = self.selected_ids() or self.model.ids()
        if not ids:
            return
        self.add_to_list_requested.emit(ids)
        if self.operations is None or self.lists is None:
            return
        self.popup(self.list_menu(ids), self.add_button.mapToGlobal(self.add_button.rect().bottomLeft()))

    def popup(self, menu: QMenu, where: Any) -> None:
        """Show ``menu`` at ``where`` until a choice is made (a test replaces this)."""
        menu.exec(where)

    def list_menu(self, ids: list[int]) -> QMenu:
        """The static lists to put ``ids`` on (a saved search finds its people itself)."""
        menu = QMenu(self)
        lists = [r for r in self.lists.all() if r.kind == ListKind.STATIC.value] if self.lists else []
        for record in lists:
            action = menu.addAction(record.name)
            action.triggered.connect(lambda _checked=False, ident=record.id: self.add_to_list(ident, ids))
        if not lists:
            empty = menu.addAction(self.tr("No list yet: create one under Lists first"))
            empty.setEnabled(False)
        return menu

    def add_to_list(self, list_id: int, ids: Sequence[int]) -> None:
        """Put ``ids`` on the static list ``list_id`` as one undo step of the window."""
        if self.operations is None or self.lists is None:
            return
        lists, wanted = self.lists, list(ids)
        record = lists.get(list_id)
        added: list[int] = []

        def forward() -> list[int]:
            added[:] = lists.add_members(list_id, wanted)
            return list(added)

        def backward() -> None:
            lists.remove_members(list_id, list(added), expected=True)

        text = self.tr("Add {n} people to “{list}”").format(n=len(wanted), list=record.name)
        try:
            new = self.operations.call(forward, backward, text)
        except EgovError as error:
            QMessageBox.warning(self, self.tr("Add to list"), error.text(translate))
            return
        self.message.emit(self.tr("{n} people added to “{list}”.").format(n=len(new or []), list=record.name))

    # -- the menu and settings -----------------------------------------------------------------

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (self.open_action, self.copy_selection_action, self.copy_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.key}/results", self.result_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for name, splitter in (("splitter", self.splitter), ("results", self.result_splitter)):
            state = settings.value(f"{self.key}/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)


def _sorted_labels(enum: Any) -> list[tuple[str, str]]:
    """(translated label, stored value) of an enum, in the reader's alphabetical order."""
    labelled = [(translate("Enum", member.label), member.value) for member in enum]
    return sorted(labelled, key=lambda pair: sort_key(pair[0]) or "")
