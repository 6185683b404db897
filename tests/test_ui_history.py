"""History tab, Recent changes and Trash in the window: through the operation runner and the ChangeBus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow
from egov_network.ui.trash_dialog import PURGE_SETTING, TrashDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo: Services, settings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=settings)
    main.show()
    yield main
    for workspace in main.workspaces.values():
        if workspace.editor.is_dirty():
            workspace.editor.revert()
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def history_rows(window: MainWindow, entity: str) -> list[list[str]]:
    tab = window.workspaces[entity].editor.history_tab
    model = tab.view.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def open_history(window: MainWindow, entity: str, ident: int) -> None:
    window.open_record(entity, ident)
    editor = window.workspaces[entity].editor
    editor.tabs.setCurrentWidget(editor.history_tab)
    assert editor.history_tab.isVisible()


def test_every_record_editor_has_a_history_tab(window: MainWindow, demo: Services) -> None:
    firsts = {
        "contact": demo.contacts,
        "authority": demo.authorities,
        "topic": demo.topics,
        "meeting": demo.meetings,
        "action_item": demo.action_items,
        "contact_list": demo.lists,
    }
    for entity, service in firsts.items():
        editor = window.workspaces[entity].editor
        assert editor.tabs.tabText(editor.tabs.indexOf(editor.history_tab)) == "History"
        ident = demo.history.recent(entities=[entity], limit=1)[0].record_id
        assert service.find(ident) is not None
        open_history(window, entity, ident)
        rows = history_rows(window, entity)
        assert rows and rows[-1][2] == "created", entity  # the oldest entry: it was created


def test_an_edit_and_its_undo_appear_in_the_history_tab(qtbot, window: MainWindow, demo: Services) -> None:
    ident = demo.contacts.create({"first_name": "Anna", "last_name": "Meier", "function": "Referent"}).id
    open_history(window, "contact", ident)
    editor = window.workspaces["contact"].editor
    assert [r[2] for r in history_rows(window, "contact")] == ["created"]
    editor.undoable.edit(demo.contacts, ident, {"function": "Referatsleiter"}, "Edit")
    qtbot.waitUntil(lambda: len(history_rows(window, "contact")) == 2)
    newest = history_rows(window, "contact")[0]
    assert newest[2] == "changed" and newest[-1] == "Function: Referent → Referatsleiter"
    assert newest[1] == demo.store.actor
    window.undoable.undo()
    qtbot.waitUntil(lambda: len(history_rows(window, "contact")) == 3)
    assert history_rows(window, "contact")[0][-1] == "Function: Referatsleiter → Referent"
    assert demo.contacts.get(ident).function == "Referent"


def test_a_link_written_from_the_other_side_shows_in_the_open_record(
    qtbot, window: MainWindow, demo: Services
) -> None:
    ident = demo.contacts.create({"first_name": "Anna", "last_name": "Meier"}).id
    open_history(window, "contact", ident)
    topic = demo.topics.all()[0]
    window.undoable.create(
        demo.expertise, {"contact_id": ident, "topic_id": topic.id, "level": "expert"}, "Add"
    )
    qtbot.waitUntil(lambda: history_rows(window, "contact")[0][2] == "linked")
    assert history_rows(window, "contact")[0][-1] == f"Topic: {topic.name}; Level: Expert"


def test_recent_changes_filters_by_kind_and_opens_the_record(
    qtbot, window: MainWindow, demo: Services
) -> None:
    recent = window.show_recent_changes()
    assert recent.isVisible() and not recent.isModal()
    topic = window.undoable.create(demo.topics, {"name": "Zyx-Wasser"}, "Create")
    qtbot.waitUntil(lambda: recent.model.rowCount() > 0 and recent.entry_at(0).record_id == topic)
    assert recent.model.index(0, 3).data() == "topic “Zyx-Wasser”"
    recent.kind.setCurrentIndex(recent.kind.findData("meeting"))
    assert recent.model.rowCount() > 0
    assert {recent.entry_at(row).entity for row in range(recent.model.rowCount())} == {"meeting"}
    meeting = recent.entry_at(0).record_id
    index = recent.model.index(0, 0)
    recent.view.doubleClicked.emit(index)  # what a double-click on the row sends
    qtbot.waitUntil(lambda: window.current().key == "meeting")
    assert window.workspaces["meeting"].editor.ident == meeting
    recent.close()


def test_recent_changes_reads_a_long_history_page_by_page(window: MainWindow, demo: Services) -> None:
    with demo.store.write():
        ids = [demo.topics.create({"name": f"Thema {i}"}).id for i in range(450)]
    recent = window.show_recent_changes()
    assert recent.model.rowCount() == 200  # the first page only
    recent.model.fetchMore(recent.view.rootIndex())
    assert recent.model.rowCount() == 400
    assert recent.entry_at(0).record_id == ids[-1]
    recent.close()


def trash_dialog(window: MainWindow) -> TrashDialog:
    dialog = window.show_trash()
    assert isinstance(dialog, TrashDialog) and not dialog.isModal()
    dialog.confirm = lambda title, text: True
    return dialog


def trash_names(dialog: TrashDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_trash_restore_is_undoable_and_views_follow(qtbot, window: MainWindow, demo: Services) -> None:
    ident = demo.contacts.create({"first_name": "Anna", "last_name": "Zyxwobel"}).id
    contacts = window.workspaces["contact"]
    window.undoable.delete(demo.contacts, [ident], "Delete")
    assert ident not in ContactListQuery(demo.store).ids()
    dialog = trash_dialog(window)
    assert trash_names(dialog) == ["Zyxwobel, Anna"]
    assert dialog.table.item(0, 0).text() == "contact"
    assert dialog.table.item(0, 3).text() == demo.store.actor
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert trash_names(dialog) == []
    qtbot.waitUntil(lambda: contacts.select_id(ident))
    window.undoable.undo()  # the restore: deleted again, back into the trash
    qtbot.waitUntil(lambda: trash_names(dialog) == ["Zyxwobel, Anna"])
    assert demo.contacts.find(ident) is None
    window.undoable.redo()
    qtbot.waitUntil(lambda: trash_names(dialog) == [])
    assert demo.contacts.find(ident) is not None
    dialog.close()


def test_undo_of_a_delete_in_the_window_empties_the_trash_again(
    qtbot, window: MainWindow, demo: Services
) -> None:
    ident = demo.topics.create({"name": "Zyx"}).id
    window.undoable.delete(demo.topics, [ident], "Delete")
    dialog = trash_dialog(window)
    assert trash_names(dialog) == ["Zyx"]
    window.undoable.undo()
    qtbot.waitUntil(lambda: trash_names(dialog) == [])
    assert demo.trash.count() == 0
    dialog.close()


def test_a_refused_restore_says_why_and_changes_nothing(window: MainWindow, demo: Services) -> None:
    meeting = demo.meetings.create(
        {"title": "Zyx", "kind": "workshop", "starts_at": datetime(2027, 2, 1, 9)}
    ).id
    item = demo.action_items.create({"meeting_id": meeting, "text": "Protokoll schreiben"}).id
    demo.action_items.delete(item)
    demo.meetings.delete(meeting)
    dialog = trash_dialog(window)
    reports: list[str] = []
    dialog.report = lambda title, text: reports.append(text)
    dialog.table.selectRow(trash_names(dialog).index("Protokoll schreiben"))
    dialog.restore_button.click()
    assert len(reports) == 1 and "“Protokoll schreiben” cannot be brought back" in reports[0]
    assert demo.action_items.find(item) is None
    assert len(trash_names(dialog)) == 2
    assert not window.undo_stack.canUndo() or window.undo_stack.undoText() != "Restore “Protokoll schreiben”"
    dialog.close()


def test_delete_for_good_and_empty_trash_ask_first(window: MainWindow, demo: Services) -> None:
    for name in ("Eins", "Zwei", "Drei"):
        demo.topics.delete(demo.topics.create({"name": name}).id)
    dialog = trash_dialog(window)
    asked: list[str] = []
    dialog.confirm = lambda title, text: asked.append(text) is not None and False  # answers No
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert len(trash_names(dialog)) == 3  # "No": nothing went
    dialog.confirm = lambda title, text: asked.append(text) is None  # answers Yes
    dialog.delete_button.click()
    assert trash_names(dialog) == ["Zwei", "Eins"]
    dialog.empty_button.click()
    assert "all 2 records" in asked[-1]
    assert trash_names(dialog) == [] and demo.trash.count() == 0
    assert dialog.empty_label.isVisibleTo(dialog)
    dialog.close()


def test_automatic_purge_is_a_setting_applied_at_start(
    qtbot, demo: Services, settings: QSettings, window: MainWindow
) -> None:
    dialog = trash_dialog(window)
    assert not dialog.purge_box.isChecked()  # default off
    dialog.purge_box.setChecked(True)
    dialog.purge_spin.setValue(7)
    assert int(settings.value(PURGE_SETTING)) == 7
    dialog.close()
    old = demo.topics.create({"name": "Alt"}).id
    demo.topics.delete(old)
    demo.topics.delete(demo.topics.create({"name": "Neu"}).id)
    from egov_network.store.models import trash_item

    with demo.store.write() as session:
        long_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=8)
        session.execute(trash_item.update().where(trash_item.c.record_id == old).values(deleted_at=long_ago))
    again = MainWindow(demo, settings=settings)
    try:
        assert [i.label for i in demo.trash.items()] == ["Neu"]
    finally:
        again.close()
        again.deleteLater()
