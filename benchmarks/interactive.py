"""The in-window figures, in one process: filter, sort, scroll, and opening records in the editor.

The real ``MainWindow`` runs over a copy of the database on the offscreen Qt
platform. Each timed step includes a synchronous repaint of what changed, so
it measures "keystroke to updated table", not only the model. Floors use a
plain ``sqlite3`` connection or a trivial table model in the same process.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.data import LARGE_MEETING_PARTICIPANTS, prepare_meeting
from benchmarks.stats import rss_kb
from egov_network.app import settle_start_up_objects, warm_up_in_background
from egov_network.domain.text import fold_query
from egov_network.services.queries import QUERIES, like_pattern
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store
from egov_network.ui.main_window import MainWindow
from egov_network.ui.picker import PickerDialog
from egov_network.ui.workspace import Workspace

#: What coordinators type, letter by letter: a surname, an authority's name, an email domain, a
#: dialling code, and two words (a person at an authority). The names occur in generated networks.
TYPED = ("müller", "ahornbrück", "@neurosen", "+49 221", "müller ahorn")
#: The same for the other lists: what a coordinator types there (words of generated networks).
LIST_TYPED = {
    "topic": ("datenschutz", "ozg", "e-akte", "register"),
    "authority": ("landkreis", "stadt bremen", "ahornbrück", "05"),
    "meeting": ("workshop", "barcamp 2024", "lenkungskreis", "bremen"),
    "action_item": ("protokoll", "entwurf leitfaden", "kontakt", "bremen"),
}


class PickerFilter:
    """The contact picker (participants for a meeting) as ``measure_filter`` drives a workspace."""

    def __init__(self, dialog: PickerDialog) -> None:
        self.dialog = dialog
        self.model = dialog.model
        self.filter = dialog.filter
        self.view = dialog.view

    def apply_filter(self) -> None:
        self.dialog.filter_timer.apply()


def measure_picker(app: QApplication, window: MainWindow, database: Path, repeat: int) -> dict[str, Any]:
    """Typing in the contact picker the meeting editor opens to add participants."""
    dialog = PickerDialog(
        QUERIES["contact"](window.services.store), "Teilnehmende", multiple=True, parent=window
    )
    dialog.show()
    app.processEvents()
    try:
        return {
            "rows": dialog.model.rowCount(),
            "filter": measure_filter(app, PickerFilter(dialog), repeat),  # type: ignore[arg-type]
            "filter_floor": measure_filter_floor(database, repeat),
        }
    finally:
        dialog.close()
        dialog.deleteLater()
        app.processEvents()


def typing_steps(text: str) -> list[str]:
    """The filter field's text after each keystroke of ``text``."""
    return [text[:i] for i in range(1, len(text) + 1)]


class ConstantModel(QAbstractTableModel):
    """A table of fixed size whose every cell is the same short text: the floor for scrolling."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self._rows = rows
        self._columns = columns

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return "Mustermann" if role == Qt.ItemDataRole.DisplayRole else None


def _clock(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure_filter(
    app: QApplication, workspace: Workspace, repeat: int, typed: tuple[str, ...] = TYPED
) -> dict[str, Any]:
    """Keystroke to repainted table, for every prefix of every typed string.

    A keystroke costs what the window does for it: the filter the
    ``FilterTimer`` runs after the short typing pause (timed as if the pause had
    passed), or, for a filter that waits for a longer pause (one or two letters
    on a long list), only taking the keystroke. Those waiting filters are
    then timed as they run after a pause, on their own: ``paused``.
    """
    times: list[float] = []
    paused: list[float] = []
    streamed: list[float] = []  # pause over to every row listed, where the rest came from a worker
    matches: dict[str, int] = {}
    for _ in range(repeat):
        for text in typed:
            for step in typing_steps(text):
                waits = not workspace.model.filters_at_once(step)

                def keystroke(step: str = step, waits: bool = waits) -> None:
                    workspace.filter.setText(step)  # starts the FilterTimer
                    if not waits:
                        workspace.apply_filter()
                    workspace.view.viewport().repaint()

                times.append(_clock(keystroke))
            matches[text] = workspace.model.rowCount()
            workspace.filter.clear()
            workspace.apply_filter()
            app.processEvents()
        # The user who pauses after every letter: each waiting filter runs.
        for text in typed:
            for step in typing_steps(text):
                waits = not workspace.model.filters_at_once(step)
                workspace.filter.setText(step)

                def pause_over() -> None:
                    workspace.apply_filter()
                    workspace.view.viewport().repaint()

                if waits:
                    started = time.perf_counter()
                    paused.append(_clock(pause_over))
                    # On a very long list the first rows show and a worker brings the rest.
                    complete = getattr(workspace.model, "is_complete", lambda: True)
                    if not complete():
                        while not complete():
                            app.processEvents()
                            time.sleep(0.001)
                        streamed.append(time.perf_counter() - started)
                else:
                    pause_over()
            workspace.filter.clear()
            workspace.apply_filter()
            app.processEvents()
    return {"times": times, "paused": paused, "streamed": streamed, "matches": matches}


def measure_filter_floor(
    database: Path, repeat: int, table: str = "contact", typed: tuple[str, ...] = TYPED
) -> list[float]:
    """The same keystrokes as plain ``SELECT id FROM <table> WHERE search_text LIKE ...``."""
    connection = sqlite3.connect(database)
    times: list[float] = []
    try:
        for _ in range(repeat):
            for text in typed:
                for step in typing_steps(text):
                    terms = fold_query(step)
                    where = " AND ".join(["search_text LIKE ? ESCAPE '\\'"] * len(terms)) or "1"
                    sql = f"SELECT id FROM {table} WHERE {where}"
                    patterns = [like_pattern(t) for t in terms]
                    times.append(_clock(lambda sql=sql, p=patterns: connection.execute(sql, p).fetchall()))
    finally:
        connection.close()
    return times


def measure_sort(workspace: Workspace, repeat: int) -> dict[str, list[float]]:
    """Header click to repainted table, every column both ways; times per "key asc|desc"."""
    result: dict[str, list[float]] = {}
    view = workspace.view
    header = view.horizontalHeader()
    for _ in range(repeat):
        for column, spec in enumerate(workspace.model.columns):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                name = f"{spec.key} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"

                def click(column: int = column, order: Qt.SortOrder = order) -> None:
                    # What a header click does; QTableView.sortByColumn would sort twice.
                    header.setSortIndicator(column, order)
                    view.viewport().repaint()

                result.setdefault(name, []).append(_clock(click))
    # Back to the default order for what follows.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    workspace.model.sort_key = None
    workspace.model.descending = False
    workspace.model.reload()
    return result


def measure_sort_floor(
    database: Path, keys: list[str], repeat: int, table: str = "contact"
) -> dict[str, list[float]]:
    """Plain ``SELECT id ... ORDER BY column`` per sort key: the column's stored sort key where it has
    one, a join for the contacts' authority; keys that are no column of ``table`` have no floor."""
    connection = sqlite3.connect(database)
    columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    result: dict[str, list[float]] = {}
    try:
        for _ in range(repeat):
            for key in keys:
                for direction in ("asc", "desc"):
                    # The contacts' floor stays the raw column, as in earlier runs.
                    if table != "contact" and f"{key}_key" in columns:
                        sql = f"SELECT id FROM {table} ORDER BY {key}_key {direction}"
                    elif key in columns:
                        sql = f"SELECT id FROM {table} ORDER BY {key} {direction}"
                    elif key == "authority" and table == "contact":
                        sql = (
                            "SELECT c.id FROM contact c LEFT JOIN authority a ON a.id = c.authority_id"
                            f" ORDER BY a.name {direction}"
                        )
                    else:
                        continue
                    elapsed = _clock(lambda sql=sql: connection.execute(sql).fetchall())
                    result.setdefault(f"{key} {direction}", []).append(elapsed)
    finally:
        connection.close()
    return result


def measure_lists(
    app: QApplication, window: MainWindow, database: Path, repeat: int
) -> dict[str, dict[str, Any]]:
    """Filter and sort of the topics, authorities, meetings and open action items, each with its floors."""
    found: dict[str, dict[str, Any]] = {}
    for key, typed in LIST_TYPED.items():
        workspace = window.workspaces[key]
        window.go_to(window.row_of(key))
        app.processEvents()
        found[key] = {
            "rows": workspace.model.rowCount(),
            "filter": measure_filter(app, workspace, repeat, typed),
            "filter_floor": measure_filter_floor(database, repeat, key, typed),
        }
        if workspace.view.isSortingEnabled():  # the topic tree keeps its order
            found[key]["sort"] = measure_sort(workspace, repeat)
            keys = [c.key for c in workspace.model.columns]
            found[key]["sort_floor"] = measure_sort_floor(database, keys, repeat, key)
    window.go_to(window.row_of("contact"))
    return found


def scroll_through(app: QApplication, view: QTableView) -> list[float]:
    """Page by page from top to bottom, each page repainted; time per page."""
    view.scrollToTop()
    app.processEvents()
    bar = view.verticalScrollBar()
    step = max(1, bar.pageStep())
    times: list[float] = []
    for value in [*range(0, bar.maximum(), step), bar.maximum()]:

        def page(value: int = value) -> None:
            bar.setValue(value)
            view.viewport().repaint()

        times.append(_clock(page))
    return times


def measure_scroll(app: QApplication, workspace: Workspace) -> dict[str, Any]:
    view = workspace.view
    pages = scroll_through(app, view)
    floor_view = QTableView()
    model = ConstantModel(workspace.model.rowCount(), workspace.model.columnCount())
    floor_view.setModel(model)
    floor_view.verticalHeader().hide()
    floor_view.setAlternatingRowColors(True)
    floor_view.setWordWrap(False)
    floor_view.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
    for column in range(model.columnCount()):
        floor_view.setColumnWidth(column, view.columnWidth(column))
        floor_view.setColumnHidden(column, view.isColumnHidden(column))
    floor_view.resize(view.size())
    floor_view.show()
    app.processEvents()
    floor = scroll_through(app, floor_view)
    floor_view.close()
    return {"pages": pages, "floor": floor, "rows": workspace.model.rowCount()}


def measure_editor(
    app: QApplication, window: MainWindow, services: Services, key: str, ids: list[int], repeat: int
) -> dict[str, list[float]]:
    """``editor.load(id)`` with its related tabs, then a repaint; floor: the service's ``get``."""
    window.go_to(list(window.workspaces).index(key))
    app.processEvents()
    editor = window.workspaces[key].editor
    service = editor.service
    times: list[float] = []
    floor: list[float] = []
    for _ in range(repeat):
        for ident in ids:

            def load(ident: int = ident) -> None:
                editor.load(ident)
                editor.repaint()

            times.append(_clock(load))
            floor.append(_clock(lambda ident=ident: service.get(ident)))
    editor.clear()
    return {"times": times, "floor": floor}


def measure_save(
    app: QApplication, window: MainWindow, services: Services, filter_text: str, count: int
) -> dict[str, list[float]]:
    """Saving an edited contact while ``filter_text`` filters the list: Save to repainted table.

    What the window does for it: the write through the operation runner, the
    one announced change, the visible list brought up to date, the editor
    refilled. Floor: the same change written by the service alone.
    """
    window.go_to(list(window.workspaces).index("contact"))
    contacts = window.workspaces["contact"]
    contacts.filter.setText(filter_text)
    contacts.apply_filter()
    app.processEvents()
    editor = contacts.editor
    shown = contacts.model.ids()
    sample = random.Random(2).sample(shown, min(len(shown), count))
    times: list[float] = []
    floor: list[float] = []
    for number, ident in enumerate(sample):
        contacts.select_id(ident)
        app.processEvents()
        editor.form.fields["department"].set_value(f"Referat {number}")

        def save() -> None:
            assert editor.save()
            contacts.view.viewport().repaint()

        times.append(_clock(save))
        write = {"department": f"Amt {number}"}
        floor.append(_clock(lambda i=ident, w=write: services.contacts.change(i, w)))
    contacts.filter.clear()
    contacts.apply_filter()
    window.undo_stack.clear()
    return {"times": times, "floor": floor}


def measure_participants_tab(
    app: QApplication, window: MainWindow, services: Services, meeting: int, repeat: int
) -> dict[str, Any]:
    """Opening ``meeting`` while its Participants tab is in front: ``editor.load`` to a repainted tab.

    The editor keeps the tab a user chose, so a coordinator going through
    meetings sees each one's participant list first. Every load follows the
    load of another meeting, so each time the tab gets a new list (and sizes
    its columns) rather than the same rows again. Floor: the roster read.
    """
    window.go_to(list(window.workspaces).index("meeting"))
    editor = window.workspaces["meeting"].editor
    other = next(ident for ident in window.workspaces["meeting"].model.ids() if ident != meeting)
    editor.load(meeting)
    editor.tabs.setCurrentWidget(editor.participants)
    app.processEvents()
    times: list[float] = []
    floor: list[float] = []
    for _ in range(repeat):
        editor.load(other)
        editor.repaint()
        app.processEvents()

        def load() -> None:
            editor.load(meeting)
            editor.repaint()

        times.append(_clock(load))
        floor.append(_clock(lambda: services.relations.roster(meeting)))
    rows = editor.participants.model.rowCount()
    editor.tabs.setCurrentIndex(0)
    editor.clear()
    return {"times": times, "floor": floor, "rows": rows}


def run(database: Path, meeting: int, repeat: int, quick: bool) -> dict[str, Any]:
    """All in-window figures on ``database`` (a private copy); ``meeting`` has 200 participants."""
    # The next meeting gets 1,000, before the window opens the file.
    large_meeting = prepare_meeting(database, LARGE_MEETING_PARTICIPANTS, nth=1)
    app = QApplication.instance() or QApplication(["benchmarks"])
    assert isinstance(app, QApplication)
    folder = tempfile.TemporaryDirectory(prefix="egov-bench-settings-")
    settings = QSettings(str(Path(folder.name) / "settings.ini"), QSettings.Format.IniFormat)
    store = open_store(database, create=False)
    services = Services.over(store)
    window = MainWindow(services, settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    settle_start_up_objects()  # as the program does once its window is up
    warm_up_in_background()
    QThreadPool.globalInstance().waitForDone()
    contacts = window.workspaces["contact"]
    result: dict[str, Any] = {"rows": contacts.model.rowCount(), "rss_open_kb": rss_kb()[0]}

    result["filter"] = measure_filter(app, contacts, repeat)
    result["filter_floor"] = measure_filter_floor(database, repeat)
    result["sort"] = measure_sort(contacts, repeat)
    result["sort_floor"] = measure_sort_floor(database, [c.key for c in contacts.model.columns], repeat)
    result["scroll"] = measure_scroll(app, contacts)
    result["lists"] = measure_lists(app, window, database, repeat)
    result["picker"] = measure_picker(app, window, database, repeat)
    # After filtering and sorting every list for a while: what the window holds on to.
    app.processEvents()
    result["rss_after_kb"], result["hwm_after_kb"] = rss_kb()

    all_ids = contacts.model.ids()
    sample = random.Random(1).sample(all_ids, min(len(all_ids), 5 if quick else 20))
    result["contact_editor"] = measure_editor(app, window, services, "contact", sample, repeat)
    result["meeting_editor"] = measure_editor(app, window, services, "meeting", [meeting], 3 * repeat)
    result["participants_tab"] = measure_participants_tab(app, window, services, large_meeting, 3 * repeat)
    result["save_filtered"] = measure_save(app, window, services, "m", 5 if quick else 15)

    window.bus.close()
    window.hide()
    store.dispose()
    folder.cleanup()
    return result
