"""The main window's workspaces driven as a coordinator would, checked against the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui import editors
from egov_network.ui.main_window import MainWindow
from egov_network.ui.table_model import ID_ROLE, LazyTableModel


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(demo, settings=settings)
    main.show()
    yield main
    # A test may leave a record half-edited on purpose; closing must not ask then.
    for workspace in main.workspaces.values():
        if workspace.editor.is_dirty():
            workspace.editor.revert()
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def column_texts(model: LazyTableModel, key: str) -> list[str]:
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("entity", sorted(QUERIES))
def test_every_table_model_passes_the_model_tester(qtmodeltester, demo: Services, entity: str) -> None:
    model = LazyTableModel(QUERIES[entity](demo.store))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter("e")
    qtmodeltester.check(model, force_py=True)


def test_typing_a_filter_narrows_the_contacts_umlaut_tolerant(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    total = contacts.model.rowCount()
    qtbot.keyClicks(contacts.filter, "weissenfels")
    qtbot.waitUntil(lambda: contacts.model.rowCount() < total)
    assert column_texts(contacts.model, "last_name") == ["Weißenfels"]
    contacts.filter.clear()
    qtbot.keyClicks(contacts.filter, "bronstrup")
    qtbot.waitUntil(lambda: column_texts(contacts.model, "last_name") == ["Brönstrup"])
    assert "1" in contacts.count_label.text()


def test_typing_on_and_back_shows_what_a_fresh_filter_shows(demo: Services) -> None:
    query = QUERIES["contact"](demo.store)
    model = LazyTableModel(query)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    # Letter by letter, a second word, back again, another case, then cleared.
    steps = ["s", "st", "sta", "stad", "stadt", "stadt m", "stadt mü", "stadt m", "stadt", "Stadt ", "st", ""]
    for text in steps:
        model.set_filter(text)
        fresh = query.ids(text, "last_name")
        assert model.ids() == fresh, text
        assert all(model.row_of(ident) == row for row, ident in enumerate(fresh))


def test_short_terms_on_a_long_list_wait_for_a_pause_in_typing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egov_network.services import queries
    from egov_network.ui import filter_timer

    contacts = window.workspaces["contact"]
    total = contacts.model.rowCount()
    # The demo's list counts as long.
    monkeypatch.setattr(type(contacts.model.source), "scan_limit", total - 1)
    monkeypatch.setattr(queries, "CHECK_LIMIT", total - 1)
    qtbot.keyClicks(contacts.filter, "w")
    assert contacts.filter_timer._timer.interval() == filter_timer.SCAN_PAUSE
    qtbot.wait(filter_timer.TYPING_PAUSE + 100)
    assert contacts.model.rowCount() == total  # not filtered yet: the user may type on
    qtbot.waitUntil(lambda: contacts.model.rowCount() < total, timeout=3000)
    # Three letters are found through the index and follow the typing.
    qtbot.keyClicks(contacts.filter, "ei")
    assert contacts.filter_timer._timer.interval() == filter_timer.TYPING_PAUSE
    qtbot.waitUntil(lambda: "Weißenfels" in column_texts(contacts.model, "last_name"))
    # Enter filters at once, whatever the length.
    contacts.filter.clear()
    qtbot.keyClicks(contacts.filter, "w")
    qtbot.keyClick(contacts.filter, Qt.Key.Key_Return)
    assert contacts.model.rowCount() < total and not contacts.filter_timer.pending()


def test_filter_finds_contacts_by_their_authority(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    qtbot.keyClicks(contacts.filter, "dueren")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)
    assert column_texts(contacts.model, "last_name") == ["Rothkranz"]


def test_clicking_a_header_sorts_in_sql(qtbot, window: MainWindow) -> None:
    authorities = window.workspaces["authority"]
    column = next(i for i, c in enumerate(authorities.model.columns) if c.key == "name")
    authorities.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = column_texts(authorities.model, "name")
    assert names == sorted(names, key=str.lower, reverse=True)
    authorities.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert column_texts(authorities.model, "name")[0] == sorted(names, key=str.lower)[0]


def test_create_a_contact_through_the_form(qtbot, window: MainWindow, demo: Services) -> None:
    contacts = window.workspaces["contact"]
    before = demo.contacts.count_all()
    window.new_action.trigger()
    editor = contacts.editor
    qtbot.keyClicks(editor.form.fields["first_name"].focus_target(), "Erika")
    qtbot.keyClicks(editor.form.fields["last_name"].focus_target(), "Mustermann")
    qtbot.keyClicks(editor.form.fields["email"].focus_target(), "erika.mustermann@heidekreis.de")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert demo.contacts.count_all() == before + 1
    created = [
        demo.contacts.get(i) for i in QUERIES["contact"](demo.store).ids("erika.mustermann@heidekreis.de")
    ]
    assert [c.last_name for c in created] == ["Mustermann"]
    assert contacts.model.id_at(contacts.view.currentIndex().row()) == created[0].id


def test_invalid_email_is_shown_next_to_the_field_and_nothing_saved(
    qtbot, window: MainWindow, demo: Services
) -> None:
    contacts = window.workspaces["contact"]
    contacts.select_id(contacts.model.id_at(0))
    editor = contacts.editor
    ident = editor.ident
    email = editor.form.fields["email"].focus_target()
    email.clear()
    qtbot.keyClicks(email, "kein-at-zeichen.de")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "not a valid email address" in editor.form.error_text("email")
    assert demo.contacts.get(ident).email is None
    assert editor.is_dirty()


def test_delete_asks_then_undo_brings_it_back(qtbot, window: MainWindow, demo: Services, monkeypatch) -> None:
    topics = window.workspaces["topic"]
    window.navigation.setCurrentRow(2)
    leaf = demo.topics.create({"name": "Open Data"})  # demo topics are all linked to something
    assert topics.select_id(leaf.id)
    asked: list[str] = []
    topics.deleting.choose = lambda title, text, options: asked.append(text) or options[0][0]
    topics.view.setFocus()
    topics.delete_action.trigger()
    assert asked and leaf.name in asked[0]
    assert demo.topics.find(leaf.id) is None
    assert topics.model.index_of(leaf.id) is None
    window.undo_stack.undo()
    assert demo.topics.get(leaf.id).name == leaf.name
    assert topics.model.index_of(leaf.id) is not None
    window.undo_stack.redo()
    assert demo.topics.find(leaf.id) is None


def test_delete_of_an_authority_with_contacts_names_them_and_offers_the_way_forward(
    qtbot, window: MainWindow, demo: Services, monkeypatch
) -> None:
    authorities = window.workspaces["authority"]
    norderstedt = next(a for a in demo.authorities.all() if a.name == "Stadt Norderstedt")
    authorities.select_id(norderstedt.id)
    asked: list[tuple[str, list[str]]] = []
    authorities.deleting.choose = lambda title, text, options: asked.append((text, [k for k, _ in options]))
    authorities.delete_selected()
    # Checked before asking: no "Delete?" that then fails, but what blocks and the way on.
    ((text, options),) = asked
    assert "contacts: 1" in text and "cannot be deleted" in text
    assert options == ["move"]
    assert demo.authorities.find(norderstedt.id) is not None
    assert window.undo_stack.count() == 0


def test_edit_and_undo_redo_restore_values(qtbot, window: MainWindow, demo: Services) -> None:
    contacts = window.workspaces["contact"]
    ident = contacts.model.id_at(0)
    contacts.select_id(ident)
    function = contacts.editor.form.fields["function"].focus_target()
    old = demo.contacts.get(ident).function
    function.clear()
    qtbot.keyClicks(function, "Leitung Digitalisierung")
    qtbot.mouseClick(contacts.editor.save_button, Qt.MouseButton.LeftButton)
    assert demo.contacts.get(ident).function == "Leitung Digitalisierung"
    window.undo_stack.undo()
    assert demo.contacts.get(ident).function == old
    assert contacts.editor.form.fields["function"].value() == old
    window.undo_stack.redo()
    assert demo.contacts.get(ident).function == "Leitung Digitalisierung"


def test_leaving_a_record_with_unsaved_changes_asks(
    qtbot, window: MainWindow, demo: Services, monkeypatch
) -> None:
    contacts = window.workspaces["contact"]
    first, second = contacts.model.id_at(0), contacts.model.id_at(1)
    contacts.select_id(first)
    qtbot.keyClicks(contacts.editor.form.fields["department"].focus_target(), "Hauptamt")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    contacts.view.selectRow(1)
    assert contacts.editor.ident == first and contacts.editor.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    contacts.view.selectRow(1)
    assert contacts.editor.ident == second
    assert demo.contacts.get(first).department == "Hauptamt"


def test_contact_topics_added_with_level_changed_and_removed(
    qtbot, window: MainWindow, demo: Services, monkeypatch
) -> None:
    contacts = window.workspaces["contact"]
    editor = contacts.editor
    ident = contacts.model.id_at(0)
    contacts.select_id(ident)
    topic = next(t for t in demo.topics.all() if t.name == "Servicekonten")
    monkeypatch.setattr(editors.contact, "pick", lambda *a, **k: [topic.id])
    before = len(editor.topics.rows())
    editor.add_topic()
    assert len(editor.topics.rows()) == before + 1
    row = next(i for i, link in enumerate(editor.topics.rows()) if link.target_id == topic.id)
    editor.topics.table.selectRow(row)
    editor.set_level("expert")
    levels = {link.target_id: link.level for link in demo.relations.topics_of_contact(ident)}
    assert levels[topic.id] == "expert"
    row = next(i for i, link in enumerate(editor.topics.rows()) if link.target_id == topic.id)
    editor.topics.table.selectRow(row)
    editor.remove_topic()
    assert topic.id not in {link.target_id for link in demo.relations.topics_of_contact(ident)}


def test_going_through_meetings_on_their_participants_tab(qtbot, window: MainWindow, demo: Services) -> None:
    """The tab chosen stays in front from meeting to meeting, each showing its own participants."""
    window.go_to(list(window.workspaces).index("meeting"))
    meetings = window.workspaces["meeting"]
    editor = meetings.editor
    meetings.view.selectRow(0)
    editor.tabs.setCurrentWidget(editor.participants)
    listed = 0
    for row in range(meetings.model.rowCount()):
        meetings.view.selectRow(row)
        ident = meetings.model.id_at(row)
        assert editor.ident == ident
        assert editor.tabs.currentWidget() is editor.participants
        expected = [(p.name, p.status) for p in demo.relations.roster(ident)]
        assert [(r.name, r.status) for r in editor.participants.rows()] == expected
        assert f"({len(expected)}, " in editor.tabs.tabText(editor.tabs.currentIndex())
        listed += len(expected)
    assert listed > 10  # the demo's meetings have participants


def test_related_record_is_one_click_away(qtbot, window: MainWindow, demo: Services) -> None:
    authorities = window.workspaces["authority"]
    norderstedt = next(a for a in demo.authorities.all() if a.name == "Stadt Norderstedt")
    authorities.select_id(norderstedt.id)
    (link,) = authorities.editor.contacts.rows()
    authorities.editor.contacts.activated.emit(link)
    assert window.current() is window.workspaces["contact"]
    assert window.current().editor.ident == link.target_id
    assert window.current().editor.heading.text().endswith("Weißenfels")


def test_open_action_items_list_only_open_ones(qtbot, window: MainWindow, demo: Services) -> None:
    items = window.workspaces["action_item"]
    open_ids = {item.id for item in demo.relations.action_items(open_only=True)}
    listed = {items.model.index(r, 0).data(ID_ROLE) for r in range(items.model.rowCount())}
    assert listed == open_ids
    first = next(iter(open_ids))
    demo.action_items.update(first, {"done_on": date.today()})
    # Hidden, the list only notes that it is stale; shown, it is current at once.
    assert items.is_stale()
    window.go_to(list(window.workspaces).index("action_item"))
    assert not items.is_stale()
    assert items.model.row_of(first) is None


def test_layout_and_columns_are_remembered(qtbot, demo: Services, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo, settings=settings)
    qtbot.addWidget(first)
    contacts = first.workspaces["contact"]
    column = next(i for i, c in enumerate(contacts.model.columns) if c.key == "email")
    contacts.view.setColumnHidden(column, True)
    contacts.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.close()
    second = MainWindow(demo, settings=settings)
    qtbot.addWidget(second)
    again = second.workspaces["contact"]
    assert again.view.isColumnHidden(column)
    assert again.model.descending and again.model.sort_key == again.model.columns[0].key


def test_overdue_open_items_say_so_in_words_not_only_colour(window: MainWindow) -> None:
    items = window.workspaces["action_item"]
    due = column_texts(items.model, "due_on")
    # Every open demo item is due before 2026, so each says it is overdue.
    assert due and all(text.endswith("(overdue)") for text in due)


def test_long_columns_leave_room_for_the_others(window: MainWindow) -> None:
    items = window.workspaces["action_item"]
    header = items.view.horizontalHeader()
    text_column = next(i for i, c in enumerate(items.model.columns) if c.key == "text")
    assert header.sectionSize(text_column) <= 320


def test_toolbar_offers_the_everyday_actions_with_text(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.toolbar.actions() if not a.isSeparator()]
    assert texts[:3] == ["New record", "Save record", "Delete selected"]
    # Every button has an icon; the search field at the end is a widget, not a button.
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if not a.isSeparator() and a.text())
    assert window.toolbar.widgetForAction(window.toolbar.actions()[-1]) is window.search_field
