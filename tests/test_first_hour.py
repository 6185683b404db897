"""What a coordinator notices in the first hour: the window says and keeps what they expect."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=settings_in(tmp_path))
    qtbot.addWidget(main)
    main.show()
    yield main
    for workspace in main.workspaces.values():
        workspace.editor.revert()


def test_a_failed_save_from_the_leave_prompt_keeps_the_table_on_the_edited_record(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = window.workspaces["contact"]
    first, second = contacts.model.id_at(0), contacts.model.id_at(1)
    assert contacts.select_id(first)
    editor = contacts.editor
    editor.form.fields["email"].set_value("kein-at-zeichen")
    editor.form.fields["email"].changed.emit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    rect = contacts.view.visualRect(contacts.model.index(1, 1))
    qtbot.mouseClick(contacts.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: contacts.selected_ids() == [first], timeout=2000)
    assert editor.ident == first
    assert editor.form.error_text("email")
    assert second not in contacts.selected_ids()
    # Fixing the field takes the message away and Save can be pressed.
    editor.form.fields["email"].set_value("richtig@example.org")
    editor.form.fields["email"].changed.emit()
    assert editor.form.error_text("email") == ""
    assert editor.save_button.isEnabled()
    assert editor.save()


class X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+E for "end of line", as QLineEdit does on X11."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_E and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                return True
        return super().event(event)


def test_export_shortcut_works_while_typing_in_the_filter(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(window, "export", lambda **kwargs: asked.append(True))
    contacts = window.workspaces["contact"]
    contacts.filter.setFocus()
    qtbot.keyClicks(contacts.filter, "stadt")
    qtbot.keyClick(contacts.filter, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert contacts.filter.text() == "stadt"
    # Where the field claims the key itself (X11), the program's shortcut still wins.
    claiming = X11LineEdit(contacts)
    claiming.installEventFilter(window.shortcuts_first)
    claiming.show()
    claiming.setFocus()
    qtbot.keyClick(claiming, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True, True]
    qtbot.keyClicks(claiming, "a")
    qtbot.keyClick(
        claiming, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )  # select all stays the field's
    assert claiming.selectedText() == "a"


def test_the_filter_count_and_a_hidden_open_record_are_said(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    assert contacts.select_id(contacts.model.id_at(0))
    contacts.filter.setText("gibt-es-nicht-xyz")
    contacts.apply_filter()
    assert contacts.model.rowCount() == 0
    assert window.statusBar().currentMessage() == contacts.count_label.text()
    assert contacts.editor.hidden_notice.isVisible()
    contacts.filter.clear()
    contacts.apply_filter()
    assert not contacts.editor.hidden_notice.isVisible()


def test_the_program_reopens_the_last_workspace_and_record(qtbot, demo: Services, tmp_path: Path) -> None:
    first = MainWindow(demo, settings=settings_in(tmp_path))
    qtbot.addWidget(first)
    first.show()
    meetings = first.workspaces["meeting"]
    first.go_to(list(first.workspaces).index("meeting"))
    chosen = meetings.model.id_at(2)
    assert meetings.select_id(chosen)
    first.close()
    again = MainWindow(demo, settings=settings_in(tmp_path))
    qtbot.addWidget(again)
    again.show()
    assert again.current().key == "meeting"
    assert again.current().editor.ident == chosen
    assert again.current().selected_ids() == [chosen]


def test_an_empty_database_shows_what_to_do_first(qtbot, services: Services, tmp_path: Path) -> None:
    main = MainWindow(services, settings=settings_in(tmp_path))
    qtbot.addWidget(main)
    main.show()
    contacts = main.workspaces["contact"]
    assert contacts.start_text.isVisible()
    assert "Excel" in contacts.start_text.text()
    opened: list[bool] = []
    main.import_file = lambda: opened.append(True)  # type: ignore[method-assign]
    contacts.start_text.linkActivated.emit("import")
    assert opened == [True]
    contacts.start_text.linkActivated.emit("new")
    assert contacts.editor.isEnabled() and contacts.editor.ident is None
    contacts.editor.form.fields["last_name"].set_value("Erste")
    assert contacts.editor.save()
    assert not contacts.start_text.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("typed", ["22.09.2016", "2016-09-22", "22/09/2016", "22.09.2016 10:00"])
def test_the_meetings_filter_finds_a_date_as_it_is_shown(
    qtbot, window: MainWindow, demo: Services, typed: str
) -> None:
    meetings = window.workspaces["meeting"]
    meetings.filter.setText(typed)
    meetings.apply_filter()
    found = [demo.meetings.get(i).starts_at.date() for i in meetings.model.ids()]
    assert found and set(found) == {date(2016, 9, 22)}


def test_upgrading_an_older_database_makes_its_meeting_dates_findable(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from egov_network.services.queries import QUERIES
    from egov_network.store.migrate import alembic_config, open_store

    path = tmp_path / "old.sqlite"
    config = alembic_config()
    old = open_store(path, migrate=False)
    with old.engine.begin() as connection:  # the schema and a meeting as the previous program left them
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(
            text(
                "INSERT INTO meeting (title, kind, starts_at, status, search_text, version, created_at,"
                " updated_at) VALUES ('Abschlussveranstaltung', 'conference', '2016-09-22 10:00:00',"
                " 'held', 'abschlussveranstaltung', 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00')"
            )
        )
    old.dispose()
    store = open_store(path)  # runs 0006 and later
    try:
        assert QUERIES["meeting"](store).ids("22.09.2016")
    finally:
        store.dispose()


def test_the_contacts_filter_finds_people_by_their_expert_topics(
    qtbot, window: MainWindow, demo: Services
) -> None:
    contacts = window.workspaces["contact"]
    topic = next(t for t in demo.topics.all() if t.name == "Datenschutz")
    experts = {link.target_id for link in demo.relations.experts_of_topic(topic.id)}
    assert experts
    contacts.filter.setText("Datenschutz")
    contacts.apply_filter()
    assert experts <= set(contacts.model.ids())
    contacts.filter.setText("Experte")  # the level, in German
    contacts.apply_filter()
    assert set(contacts.model.ids()) & experts
