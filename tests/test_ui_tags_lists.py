"""Tags and lists of people as a coordinator uses them in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QToolButton

from egov_network.services.registry import Services
from egov_network.ui.editors.contact_list import ContactListEditor
from egov_network.ui.main_window import MainWindow
from egov_network.ui.tagging import ManageTagsDialog, TagDialog


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.undo_stack.clear()


def _select_rows(workspace, rows: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    selection = workspace.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            workspace.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return workspace.selected_ids()


def _column(workspace, key: str, ident: int):  # type: ignore[no-untyped-def]
    column = next(i for i, c in enumerate(workspace.model.columns) if c.key == key)
    index = workspace.model.index_of(ident)
    assert index is not None
    return workspace.model.index(index.row(), column).data()


def _answer_tag_dialog(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        field = dialog.findChild(QLineEdit, "new_tag")
        qtbot.keyClicks(field, typed)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_tagging_a_selection_shows_in_the_table_filters_and_undoes(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    ids = _select_rows(contacts, [0, 1, 2])
    _answer_tag_dialog(qtbot, "Kochbuch-Redaktion")
    window.tags_action.trigger()
    assert all(_column(contacts, "tags", i) == "Kochbuch-Redaktion" for i in ids)
    assert "Kochbuch-Redaktion" in window.statusBar().currentMessage()
    contacts.filter.setText("#kochbuch-red")
    contacts.apply_filter()
    assert sorted(contacts.model.ids()) == sorted(ids)
    assert contacts.count_label.text().startswith("3")
    window.undoable.undo()
    assert contacts.model.ids() == []
    assert window.services.tags.uses("contact") == []


def test_the_tag_button_filters_by_a_tag_in_use(qtbot, window: MainWindow) -> None:
    authorities = window.workspaces["authority"]
    window.go_to(1)
    button = authorities.findChild(QToolButton, "tag_filter")
    assert button is not None
    menu = button.menu()
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if a.text().startswith("Kochbuch"))
    assert entry.text() == "Kochbuch  (8)"  # the eight model municipalities of the demo
    entry.trigger()
    assert authorities.filter.text() == "#Kochbuch"
    assert authorities.model.rowCount() == 8


def test_renaming_and_merging_tags_is_undoable(qtbot, window: MainWindow, demo: Services) -> None:
    dialog = ManageTagsDialog(demo, window.undoable, window)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[0].startswith("Abschluss 2016") and names[1].startswith("Kochbuch")
    dialog.list.item(1).setSelected(True)
    dialog.rename_selected("Kochbuch für E-Government")
    authorities = window.workspaces["authority"]
    window.go_to(1)
    tagged = demo.tags.uses("authority")
    kochbuch = next(u for u in tagged if u.name == "Kochbuch für E-Government")
    assert dialog.list.item(1).text().startswith("Kochbuch für E-Government")  # the dialog follows the change
    some = next(iter(authorities.model.ids()))
    assert _column(authorities, "tags", some) in (None, "Kochbuch für E-Government")
    dialog.list.clearSelection()
    dialog.list.item(0).setSelected(True)
    dialog.merge_selected(target=kochbuch.id)
    assert [u.name for u in demo.tags.uses()] == ["Kochbuch für E-Government"]
    window.undoable.undo()
    window.undoable.undo()
    assert [u.name for u in demo.tags.uses()] == ["Abschluss 2016", "Kochbuch"]


def test_adding_people_to_a_new_list_shows_it_in_the_navigation(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = window.workspaces["contact"]
    ids = _select_rows(contacts, [0, 2])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (window.tr("New list…"), True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Verteiler Kochbuch-Redaktion", True))
    window.add_to_list_action.trigger()
    rows = {
        window.navigation.item(r).text().strip(): r
        for r in range(len(window.workspaces), window.navigation.count())
    }
    assert "Verteiler Kochbuch-Redaktion" in rows
    window.navigation.setCurrentRow(rows["Verteiler Kochbuch-Redaktion"])
    assert window.stack.currentWidget() is contacts
    assert sorted(contacts.model.ids()) == sorted(ids)
    assert contacts.scope_bar.isVisible() and "Verteiler Kochbuch-Redaktion" in contacts.scope_label.text()
    # Remove one from the list, then undo both steps: the list goes from the navigation.
    _select_rows(contacts, [0])
    removed = contacts.selected_ids()
    window.remove_from_list_action.trigger()
    assert len(removed) == 1 and set(contacts.model.ids()) == set(ids) - set(removed)
    window.undoable.undo()
    assert sorted(contacts.model.ids()) == sorted(ids)
    window.undoable.undo()
    assert all(
        window.navigation.item(r).text().strip() != "Verteiler Kochbuch-Redaktion"
        for r in range(window.navigation.count())
    )
    assert not contacts.scope_bar.isVisible()
    # "Show all" is back to everyone.
    assert contacts.model.rowCount() > 2


def test_a_saved_search_from_the_navigation_finds_people_when_opened(
    qtbot, window: MainWindow, demo: Services
) -> None:
    row = next(
        r
        for r in range(window.navigation.count())
        if window.navigation.item(r).text().strip() == "Fachleute Datenschutz"
    )
    window.navigation.setCurrentRow(row)
    contacts = window.workspaces["contact"]
    assert contacts.filter.text() == "datenschutz"
    topic = next(t for t in demo.topics.all() if t.name == "Datenschutz")
    experts = {link.target_id for link in demo.relations.experts_of_topic(topic.id)}
    assert experts and experts <= set(contacts.model.ids())
    window.navigation.setCurrentRow(0)  # Contacts: everyone again
    assert contacts.filter.text() == "" and not contacts.scope_bar.isVisible()


def test_the_list_editor_shows_its_people(qtbot, window: MainWindow, demo: Services) -> None:
    lists = window.workspaces["contact_list"]
    window.go_to(window.row_of("contact_list"))
    record = next(r for r in demo.lists.all() if r.name == "Verteiler Modellkommunen")
    assert lists.select_id(record.id)
    editor = lists.editor
    assert isinstance(editor, ContactListEditor)
    people = editor.members.rows()
    assert len(people) == 7 and all(p.detail for p in people)
    tabs = lists.editor.tabs
    assert tabs.tabText(tabs.indexOf(editor.members)).endswith("(7)")
    assert tabs.tabText(0) == "&Details"  # the form's tab keeps its name


def test_a_list_shown_is_what_the_export_offers_as_the_current_list(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egov_network.ui import export_dialog

    offered: list[list[str]] = []

    class Recorder:
        def __init__(self, choices, preferred, parent) -> None:  # type: ignore[no-untyped-def]
            offered.append([c.label for c in choices if c.enabled])

        def exec(self) -> bool:
            return False

    monkeypatch.setattr(export_dialog, "ExportDialog", Recorder)
    record = next(r for r in demo.lists.all() if r.name == "Verteiler Modellkommunen")
    window.show_list(record.id)
    window.export_action.trigger()
    assert "Contacts of the current filter or list (7)" in offered[-1]


def test_a_saved_expert_search_opens_who_knows_what_ranked_anew(
    qtbot, window: MainWindow, demo: Services
) -> None:
    saved = demo.lists.create({"name": "Datenschutz-Fachleute", "kind": "experts", "query": "Datenschutz"})
    row = next(
        r
        for r in range(window.navigation.count())
        if window.navigation.item(r).text().strip() == "Datenschutz-Fachleute"
    )
    window.navigation.setCurrentRow(row)
    page = window.experts
    assert window.stack.currentWidget() is page and page.query_field.text() == "Datenschutz"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.is_searching(), timeout=5000)
    assert page.model.index(0, 1).data() == "Egelkamp, Marcus"
    # The Lists workspace shows the same people, in the same order.
    lists = window.workspaces["contact_list"]
    window.go_to(window.row_of("contact_list"))
    assert lists.select_id(saved.id)
    editor = lists.editor
    assert isinstance(editor, ContactListEditor)
    assert [p.name for p in editor.members.rows()] == ["Egelkamp, Marcus", "Weißenfels, Norbert"]
