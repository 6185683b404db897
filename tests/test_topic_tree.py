"""The expert topics as one tree: sub-topics under parents, experts counted over sub-topics, moves undoable.

Driven through the real window (pytest-qt, headless) and checked against the
store: the tree, its filter, "Move to…", drag and drop (through the model's
drop, and once through a real drag under Xvfb when it is installed), loops
refused with a message, and the parent topic's Experts tab.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from egov_network.services.registry import Services
from egov_network.services.topic_tree import TopicForest, TopicTree
from egov_network.store.database import Store
from egov_network.ui import topic_picker
from egov_network.ui.editors.topic import TopicEditor
from egov_network.ui.main_window import MainWindow
from egov_network.ui.topic_picker import ParentChoice, TopicParentDialog
from egov_network.ui.topic_tree_model import TOPIC_MIME_TYPE, TopicTreeModel
from egov_network.ui.topic_workspace import TopicWorkspace

ROOT = Path(__file__).resolve().parent.parent


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=settings_in(tmp_path))
    qtbot.addWidget(main)
    main.show()
    main.go_to(list(main.workspaces).index("topic"))
    yield main
    for workspace in main.workspaces.values():
        if workspace.editor.is_dirty():
            workspace.editor.revert()
    main.undo_stack.clear()


def topics_of(window: MainWindow) -> TopicWorkspace:
    workspace = window.workspaces["topic"]
    assert isinstance(workspace, TopicWorkspace)
    return workspace


def ids_by_name(services: Services) -> dict[str, int]:
    return {topic.name: topic.id for topic in services.topics.all()}


def children_shown(model: TopicTreeModel, parent: int | None) -> list[str]:
    """The names the tree shows below ``parent`` (None: the top level), in order."""
    index = QModelIndex() if parent is None else model.index_of(parent)
    assert index is not None, f"topic {parent} is not shown"
    return [model.index(row, 0, index).data() for row in range(model.rowCount(index))]


def column(model: TopicTreeModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def shown_parent(model: TopicTreeModel, ident: int) -> int | None:
    index = model.index_of(ident)
    assert index is not None
    return model.id_of(index.parent())


class Reports:
    """Stands in for the runner's message box: what would have been said."""

    def __init__(self, window: MainWindow) -> None:
        self.said: list[tuple[str, str]] = []
        window.undoable.report = lambda title, text: self.said.append((title, text))


# -- the service -----------------------------------------------------------------------------


def test_the_tree_orders_siblings_in_german_and_counts_each_expert_once(services: Services) -> None:
    topics, people = services.topics, services.contacts
    wissen = topics.create({"name": "Wissen"}).id
    austausch = topics.create({"name": "austausch", "parent_id": wissen}).id
    zusammen = topics.create({"name": "Zusammenarbeit", "parent_id": wissen}).id
    oeffentlich = topics.create({"name": "Öffentlichkeit", "parent_id": wissen}).id
    netz = topics.create({"name": "Netzwerk", "parent_id": zusammen}).id
    anna, bert, cara = (people.create({"last_name": n}).id for n in ("Anna", "Bert", "Cara"))
    for contact, topic in ((anna, oeffentlich), (anna, netz), (bert, zusammen), (cara, wissen), (bert, netz)):
        services.expertise.create({"contact_id": contact, "topic_id": topic, "level": "expert"})

    forest = TopicTree(services.store).read()
    # DIN 5007: case ignored, Ö as O (SQLite's NOCASE put it after Z).
    assert [forest.nodes[i].name for i in forest.children_of(wissen)] == [
        "austausch",
        "Öffentlichkeit",
        "Zusammenarbeit",
    ]
    assert forest.children_of(zusammen) == (netz,)
    assert forest.children_of(None) == (wissen,)
    counts = {
        forest.nodes[i].name: (forest.nodes[i].own_experts, forest.nodes[i].experts) for i in forest.nodes
    }
    # Anna is expert in two topics below Wissen and counts once; Bert in Zusammenarbeit and below it.
    assert counts == {
        "Wissen": (1, 3),
        "austausch": (0, 0),
        "Öffentlichkeit": (1, 1),
        "Zusammenarbeit": (1, 2),
        "Netzwerk": (2, 2),
    }
    assert [i for i, _depth in forest.walk()] == [wissen, austausch, oeffentlich, zusammen, netz]
    assert forest.path(netz) == "Wissen › Zusammenarbeit › Netzwerk"
    assert austausch in forest.subtree(wissen) and forest.subtree(zusammen) == {zusammen, netz}


def test_the_filter_keeps_every_term_and_shows_the_ancestors(services: Services) -> None:
    topics = services.topics
    recht = topics.create({"name": "Rechtsrahmen"}).id
    gesetz = topics.create({"name": "E-Government-Gesetz", "parent_id": recht, "synonyms": "EGovG"}).id
    bund = topics.create({"name": "Bund", "parent_id": gesetz, "description": "Gesetz des Bundes"}).id
    topics.create({"name": "Müllabfuhr"})
    forest = TopicTree(services.store).read()
    assert forest.matching("  ") is None
    assert forest.matching("egovg") == {gesetz}
    assert forest.matching("GESETZ bundes") == {bund}
    assert forest.matching("mullabfuhr") == forest.matching("muellabfuhr") != set()
    assert forest.with_ancestors({bund}) == {recht, gesetz, bund}


def test_a_loop_of_parents_in_old_data_hides_no_topic(services: Services) -> None:
    first = services.topics.create({"name": "Erstes"}).id
    second = services.topics.create({"name": "Zweites", "parent_id": first}).id
    person = services.contacts.create({"last_name": "Kreis"}).id
    services.expertise.create({"contact_id": person, "topic_id": second, "level": "expert"})
    store: Store = services.store
    with store.write() as session:  # the service refuses this; an old file might hold it
        session.connection().exec_driver_sql(f"UPDATE topic SET parent_id = {second} WHERE id = {first}")
    forest = TopicTree(store).read()
    assert set(forest.nodes) == {first, second}
    assert {i for i, _depth in forest.walk()} == {first, second}
    assert forest.nodes[first].experts == 1 and forest.nodes[second].experts == 1


def test_the_tree_model_passes_the_model_tester(qtmodeltester, demo: Services) -> None:
    model = TopicTreeModel(TopicTree(demo.store))
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    model.set_filter("gesetz")
    qtmodeltester.check(model, force_py=True)


# -- the window's tree -------------------------------------------------------------------------


def test_the_topic_workspace_is_a_tree_of_sub_topics_in_german_order(qtbot, window: MainWindow) -> None:
    topics = topics_of(window)
    assert isinstance(topics.view, QTreeView)
    names = ids_by_name(window.services)
    model = topics.model
    assert children_shown(model, None) == [
        "Digitale Verwaltungsleistungen",
        "Informationssicherheit & Datenschutz",
        "Rechtsrahmen",
        "Verwaltungsorganisation",
        "Wissenstransfer & Zusammenarbeit",
    ]
    assert children_shown(model, names["Wissenstransfer & Zusammenarbeit"]) == [
        "E-Government-Kochbuch",
        "Erprobungsräume",
        "Interkommunale Zusammenarbeit",
        "Öffentlichkeitsarbeit",
        "Projektberichte",
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Experts (incl. sub-topics)", "Synonyms", "Description"]
    assert topics.view.isColumnHidden(column(model, "description"))
    assert topics.count_label.text() == "20 rows"


def test_experts_are_counted_with_the_sub_topics_each_person_once(qtbot, window: MainWindow) -> None:
    topics = topics_of(window)
    services = window.services
    names = ids_by_name(services)
    model = topics.model
    experts = column(model, "experts")
    parent = names["Wissenstransfer & Zusammenarbeit"]
    rows = services.relations.experts_of_topic(parent, subtopics=True)
    people = {row.target_id for row in rows}
    assert len(rows) == 19 and len(people) == 16  # three people are expert in two sub-topics
    index = model.index_of(parent)
    assert index is not None
    assert index.siblingAtColumn(experts).data() == "16"
    assert "16" in index.siblingAtColumn(experts).data(Qt.ItemDataRole.ToolTipRole)
    kochbuch = model.index_of(names["E-Government-Kochbuch"])
    assert kochbuch is not None and kochbuch.siblingAtColumn(experts).data() == "3"

    # A new expertise in a sub-topic reaches the parent's count through the announced change.
    newcomer = services.contacts.create({"last_name": "Neuling"}).id
    window.undoable.create(
        services.expertise,
        {"contact_id": newcomer, "topic_id": names["Öffentlichkeitsarbeit"], "level": "expert"},
        "Expertise",
    )
    index = model.index_of(parent)
    assert index is not None and index.siblingAtColumn(experts).data() == "17"


def test_expand_and_collapse_survive_a_reload_and_the_next_start(
    qtbot, window: MainWindow, demo: Services, tmp_path: Path
) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    model, view = topics.model, topics.view
    recht, leistungen = names["Rechtsrahmen"], names["Digitale Verwaltungsleistungen"]

    def expanded(ident: int) -> bool:
        index = model.index_of(ident)
        assert index is not None
        return view.isExpanded(index)

    assert expanded(recht) and expanded(leistungen)  # the top level starts open
    index = model.index_of(recht)
    assert index is not None
    view.collapse(index)
    assert not expanded(recht)
    assert topics.select_id(names["Portalverbund"])

    # Another topic renamed: the tree reloads and keeps what was open, closed and current.
    kochbuch = names["E-Government-Kochbuch"]
    window.undoable.edit(demo.topics, kochbuch, {"name": "Kochbuch E-Government"}, "Rename")
    assert model.index_of(kochbuch) is not None
    assert not expanded(recht) and expanded(leistungen)
    assert model.id_of(view.currentIndex()) == names["Portalverbund"]

    window.save_layout()
    again = MainWindow(demo, settings=settings_in(tmp_path))
    qtbot.addWidget(again)
    tree = topics_of(again)
    closed = tree.model.index_of(recht)
    opened = tree.model.index_of(leistungen)
    assert closed is not None and opened is not None
    assert not tree.view.isExpanded(closed) and tree.view.isExpanded(opened)


def test_the_filter_shows_matches_with_their_ancestors_expanded(
    qtbot, window: MainWindow, demo: Services
) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    model = topics.model
    parent = names["Wissenstransfer & Zusammenarbeit"]
    index = model.index_of(parent)
    assert index is not None
    topics.view.collapse(index)
    qtbot.keyClicks(topics.filter, "kochbuch")
    qtbot.waitUntil(lambda: model.shown_count() == 2)
    assert children_shown(model, None) == ["Wissenstransfer & Zusammenarbeit"]
    assert children_shown(model, parent) == ["E-Government-Kochbuch"]
    shown_parent_index = model.index_of(parent)
    assert shown_parent_index is not None and topics.view.isExpanded(shown_parent_index)
    match = model.index_of(names["E-Government-Kochbuch"])
    assert match is not None and match.data(Qt.ItemDataRole.FontRole).bold()
    assert shown_parent_index.data(Qt.ItemDataRole.FontRole) is None  # shown for its place only
    assert topics.count_label.text() == "2 rows"

    # Every term must occur; a record the filter hides is said to be hidden.
    assert topics.select_id(names["Datenschutz"]) is True  # clears the filter to show it
    assert model.shown_count() == 20
    topics.filter.setText("daten schutz")
    topics.apply_filter()
    assert set(model.ids()) == {names["Informationssicherheit & Datenschutz"], names["Datenschutz"]}
    topics.filter.setText("kochbuch")
    topics.apply_filter()
    assert not topics.editor.hidden_notice.isHidden()

    # Without the filter the user's own collapsed topic is closed again.
    topics.filter.clear()
    topics.apply_filter()
    index = model.index_of(parent)
    assert index is not None and not topics.view.isExpanded(index)


# -- moving ---------------------------------------------------------------------------------


def test_move_to_puts_a_topic_below_another_and_ctrl_z_moves_it_back(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    datenschutz, recht = names["Datenschutz"], names["Rechtsrahmen"]
    sicherheit = names["Informationssicherheit & Datenschutz"]
    asked: list[list[int]] = []

    def ask(forest: TopicForest, moving: list[int], parent: object) -> ParentChoice:
        asked.append(moving)
        return ParentChoice(recht)

    monkeypatch.setattr(topic_picker, "ask_parent", ask)
    assert topics.select_id(datenschutz)
    assert window.move_action.isEnabled()
    window.move_action.trigger()  # Edit > Move topic to…
    assert asked == [[datenschutz]]
    assert demo.topics.get(datenschutz).parent_id == recht
    assert shown_parent(topics.model, datenschutz) == recht
    assert "Datenschutz" in children_shown(topics.model, recht)
    assert model_current(topics) == datenschutz  # the moved topic stays current, at its new place
    assert topics.editor.form.fields["parent_id"].value() == recht

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    topics.view.setFocus()
    qtbot.keyClick(topics.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo.topics.get(datenschutz).parent_id == sicherheit)
    assert shown_parent(topics.model, datenschutz) == sicherheit
    assert "Datenschutz" not in children_shown(topics.model, recht)
    assert window.statusBar().currentMessage() == "Undone: Move “Datenschutz” below “Rechtsrahmen”"

    # To the top level, from the context menu's action this time.
    monkeypatch.setattr(topic_picker, "ask_parent", lambda *args: ParentChoice(None))
    topics.move_action.trigger()
    assert demo.topics.get(datenschutz).parent_id is None
    assert "Datenschutz" in children_shown(topics.model, None)
    window.go_to(0)
    assert not window.move_action.isEnabled()  # only the topic tree moves topics


def model_current(topics: TopicWorkspace) -> int | None:
    return topics.model.id_of(topics.view.currentIndex())


def test_several_topics_move_as_one_undo_step(qtbot, window: MainWindow, demo: Services) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    recht = names["Rechtsrahmen"]
    sicherheit = names["Informationssicherheit & Datenschutz"]
    moved = [names["Datenschutz"], names["Informationssicherheitsmanagement"]]
    steps = window.undo_stack.count()
    assert topics.move_topics(moved, recht)
    assert [demo.topics.get(i).parent_id for i in moved] == [recht, recht]
    assert window.undo_stack.count() == steps + 1
    window.undoable.undo()
    assert [demo.topics.get(i).parent_id for i in moved] == [sicherheit, sicherheit]
    assert children_shown(topics.model, sicherheit) == ["Datenschutz", "Informationssicherheitsmanagement"]

    # A sub-topic selected with its parent moves along with it and keeps its place below it.
    assert topics.move_topics([sicherheit, moved[0]], recht)
    assert demo.topics.get(sicherheit).parent_id == recht
    assert demo.topics.get(moved[0]).parent_id == sicherheit


def test_dropping_a_topic_on_another_makes_it_a_sub_topic_and_on_empty_space_a_top_level_one(
    qtbot, window: MainWindow, demo: Services
) -> None:
    topics = topics_of(window)
    model = topics.model
    names = ids_by_name(demo)
    portal, recht = names["Portalverbund"], names["Rechtsrahmen"]
    leistungen = names["Digitale Verwaltungsleistungen"]
    assert topics.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    dragged = model.index_of(portal)
    target = model.index_of(recht)
    assert dragged is not None and target is not None
    assert model.flags(dragged) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    data = model.mimeData([dragged, dragged.siblingAtColumn(1)])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, -1, -1, target)
    assert model.dropMimeData(data, move, -1, -1, target)
    qtbot.waitUntil(lambda: demo.topics.get(portal).parent_id == recht)
    assert shown_parent(model, portal) == recht

    data = model.mimeData([model.index_of(portal)])  # type: ignore[list-item]
    assert model.dropMimeData(data, move, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: demo.topics.get(portal).parent_id is None)
    assert "Portalverbund" in children_shown(model, None)
    window.undoable.undo()
    assert demo.topics.get(portal).parent_id == recht
    window.undoable.undo()
    assert demo.topics.get(portal).parent_id == leistungen
    assert shown_parent(model, portal) == leistungen


def test_a_drop_from_elsewhere_is_not_taken(qtbot, window: MainWindow, demo: Services) -> None:
    model = topics_of(window).model
    target = model.index_of(ids_by_name(demo)["Rechtsrahmen"])
    assert target is not None
    foreign = QMimeData()
    foreign.setData(TOPIC_MIME_TYPE, json.dumps({"store": "another.sqlite", "ids": [1]}).encode())
    text = QMimeData()
    text.setText("Datenschutz")
    for data in (foreign, text):
        assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert window.undo_stack.count() == 0


def test_a_topic_moved_below_itself_or_its_sub_topics_is_refused_with_a_message(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    wissen, berichte = names["Wissenstransfer & Zusammenarbeit"], names["Projektberichte"]
    reports = Reports(window)
    before = {t.id: t.parent_id for t in demo.topics.all()}

    model = topics.model
    source = model.index_of(wissen)
    target = model.index_of(berichte)
    assert source is not None and target is not None
    assert model.dropMimeData(model.mimeData([source]), Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: bool(reports.said))
    ((title, text),) = reports.said
    assert title == "Cannot move"
    assert text == (
        "“Wissenstransfer & Zusammenarbeit” cannot be placed below “Projektberichte”: "
        "that is one of its own sub-topics. Nothing was moved."
    )
    assert not topics.move_topics([wissen], wissen)
    assert (
        reports.said[-1][1]
        == "“Wissenstransfer & Zusammenarbeit” cannot be placed below itself. Nothing was moved."
    )
    # Several at once: none of them moves when one would loop.
    assert not topics.move_topics([names["Datenschutz"], wissen], berichte)
    assert {t.id: t.parent_id for t in demo.topics.all()} == before
    assert window.undo_stack.count() == 0

    # Should the tree be out of date, the topic service refuses the loop itself.
    monkeypatch.setattr(TopicForest, "loop_in", lambda self, moving, parent: None)
    assert not topics.move_topics([wissen], berichte)
    assert "A topic cannot be placed below itself or its own sub-topics." in reports.said[-1][1]
    assert {t.id: t.parent_id for t in demo.topics.all()} == before
    assert window.undo_stack.count() == 0
    assert shown_parent(model, berichte) == wissen


def test_the_parent_picker_offers_the_top_level_and_no_place_below_itself(qtbot, demo: Services) -> None:
    forest = TopicTree(demo.store).read()
    names = ids_by_name(demo)
    sicherheit = names["Informationssicherheit & Datenschutz"]
    dialog = TopicParentDialog(forest, [sicherheit])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Move “Informationssicherheit & Datenschutz” to…"
    assert dialog.tree.topLevelItem(0).text(0) == "(top level)"  # type: ignore[union-attr]
    blocked = [i for i, item in dialog.items.items() if not item.flags() & Qt.ItemFlag.ItemIsEnabled]
    assert set(blocked) == forest.subtree(sicherheit)
    assert dialog.chosen() is None
    dialog.choose(None)
    assert dialog.chosen() == ParentChoice(None)
    qtbot.keyClicks(dialog.filter, "gesetz nrw")
    shown = {i for i, item in dialog.items.items() if not item.isHidden()}
    assert shown == {names["Rechtsrahmen"], names["E-Government-Gesetz NRW"]}
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.chosen() == ParentChoice(names["E-Government-Gesetz NRW"])


# -- the parent's Experts tab ----------------------------------------------------------------------


def test_a_parent_topics_experts_tab_lists_its_sub_topics_experts_naming_the_sub_topic(
    qtbot, window: MainWindow, demo: Services
) -> None:
    topics = topics_of(window)
    names = ids_by_name(demo)
    parent = names["Wissenstransfer & Zusammenarbeit"]
    person = demo.contacts.create({"last_name": "Oberthema", "first_name": "Olga"}).id
    demo.expertise.create({"contact_id": person, "topic_id": parent, "level": "expert"})
    assert topics.select_id(parent)
    editor = topics.editor
    assert isinstance(editor, TopicEditor)
    table = editor.experts
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert headers == ["Level", "Name", "Topic", "Authority", "Note"]
    topic_column = headers.index("Topic")
    shown = [
        (table.model.index(r, 1).data(), table.model.index(r, topic_column).data())
        for r in range(table.model.rowCount())
    ]
    assert len(shown) == 20
    assert ("Oberthema, Olga", "Wissenstransfer & Zusammenarbeit") in shown  # its own experts name it
    # Someone expert in two sub-topics is listed once per sub-topic, each naming it.
    assert {topic for name, topic in shown if name == "Stember, Jürgen"} == {
        "E-Government-Kochbuch",
        "Projektberichte",
    }
    assert {topic for _name, topic in shown} >= {"Erprobungsräume", "Interkommunale Zusammenarbeit"}
    assert editor.tabs.tabText(1) == "&Experts (17)"  # people, each once

    # A sub-topic lists only its own.
    assert topics.select_id(names["E-Government-Kochbuch"])
    assert {row.topic for row in table.rows()} == {"E-Government-Kochbuch"}
    assert editor.tabs.tabText(1) == "&Experts (3)"
    # The direct list (exports, the delete flow's move) stays as it was.
    assert {link.topic for link in demo.relations.experts_of_topic(parent)} == {
        "Wissenstransfer & Zusammenarbeit"
    }


# -- a real drag through the view --------------------------------------------------------------------

DRAG_SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from egov_network.services.demo import load_demo
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store
from egov_network.ui.main_window import MainWindow

app = QApplication([])
folder = Path(tempfile.mkdtemp())
services = Services.over(open_store(folder / "demo.sqlite"))
load_demo(services)
window = MainWindow(services, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window.resize(1200, 900)
window.show()
QTest.qWaitForWindowExposed(window)
window.go_to(list(window.workspaces).index("topic"))
topics = window.workspaces["topic"]
names = {t.name: t.id for t in services.topics.all()}
view, viewport = topics.view, topics.view.viewport()
requested = []
topics.model.move_requested.connect(lambda ids, parent: requested.append((ids, parent)))
said = []
window.undoable.report = lambda title, text: said.append(text)

def drag(ident, to):
    topics.select_id(ident)
    QTest.qWait(50)
    moves = iter(range(6))

    def step():
        n = next(moves, None)
        if n is None:
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=to)
        else:
            QTest.mouseMove(viewport, to + QPoint(0, n % 2))
            QTimer.singleShot(20, step)

    QTimer.singleShot(50, step)
    view.startDrag(Qt.DropAction.MoveAction)
    QTest.qWait(200)
    return services.topics.get(ident).parent_id

onto = view.visualRect(topics.model.index_of(names["Rechtsrahmen"])).center()
first = drag(names["Datenschutz"], onto)
empty = QPoint(40, viewport.height() - 5)
second = drag(names["Datenschutz"], empty)
onto_own_child = view.visualRect(topics.model.index_of(names["Projektberichte"])).center()
asked = len(requested)
third = drag(names["Wissenstransfer & Zusammenarbeit"], onto_own_child)
print(json.dumps({
    "onto": first, "empty": second, "own_child": third, "asked": asked,
    "requests": len(requested), "said": said, "names": names,
}))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="a real drag needs an X server (xvfb-run)")
def test_a_real_drag_in_the_tree_moves_the_topic(tmp_path: Path) -> None:
    # The headless platform of the other tests cannot drag (its QDrag returns at
    # once), so this one drags under Xvfb with the mouse, in its own process.
    script = tmp_path / "drag.py"
    script.write_text(textwrap.dedent(DRAG_SCRIPT), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x1000x24", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=50,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    names = result["names"]
    assert result["onto"] == names["Rechtsrahmen"]
    assert result["empty"] is None
    assert result["asked"] == 2
    # The view itself refuses to drop a topic on its own sub-topic: no move is asked for.
    assert result["own_child"] is None
    assert result["requests"] == 2 and result["said"] == []
