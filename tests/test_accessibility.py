"""Screen readers and keyboards: every focusable widget has a name; the work can be done by keys alone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui.export_dialog import ExportDialog, export_choices
from egov_network.ui.import_dialog import ImportDialog, MappingDialog
from egov_network.ui.main_window import MainWindow
from egov_network.ui.picker import PickerDialog
from egov_network.ui.shortcuts_dialog import ShortcutsDialog


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main.show()
    yield main
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader would announce without a name, as "Class objectName"."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if not accessible_name(widget):
            parent = type(widget.parent()).__name__
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return missing


def every_tab_shown(window: MainWindow) -> Iterator[str]:
    """Visit each workspace with a record selected and each editor tab: (where) for messages."""
    for row, (key, workspace) in enumerate(window.workspaces.items()):
        window.navigation.setCurrentRow(row)
        workspace.view.selectRow(0)
        for tab in range(workspace.editor.tabs.count()):
            workspace.editor.tabs.setCurrentIndex(tab)
            yield f"{key} tab {tab}"


def test_every_focusable_widget_of_the_main_window_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    problems = []
    for where in every_tab_shown(window):
        problems += [f"{where}: {m}" for m in unnamed_focusable(window)]
    assert sorted(set(problems)) == []


def dialogs(window: MainWindow, demo: Services, tmp_path: Path) -> list[QWidget]:
    source = tmp_path / "liste.csv"
    source.write_text("Vorname;Nachname;E-Mail\nAnna;Muster;anna@example.org\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)
    meeting = window.workspaces["meeting"].editor
    window.workspaces["meeting"].view.selectRow(0)
    choices = export_choices(demo, filtered_contacts=[], selected_contacts=[], meeting=None, german=False)
    imported = ImportDialog(demo, source, settings, window)
    return [
        ExportDialog(choices, 0, window),
        imported,
        MappingDialog(list(imported.preview.mapping), imported.preview.mapping, "contacts", window),  # type: ignore[union-attr]
        PickerDialog(QUERIES["contact"](demo.store), "Contacts", multiple=True, parent=window),
        meeting.action_item_dialog(),
        ShortcutsDialog(window.menuBar(), window),
    ]


def test_every_focusable_widget_of_each_dialog_has_an_accessible_name(
    qtbot, window: MainWindow, demo: Services, tmp_path: Path
) -> None:
    problems = []
    for dialog in dialogs(window, demo, tmp_path):
        dialog.show()
        problems += [f"{type(dialog).__name__}: {m}" for m in unnamed_focusable(dialog)]
        dialog.close()
    assert problems == []


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        # The offscreen platform has no window manager to re-activate the main
        # window when a modal dialog closes; a desktop does that by itself.
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        for _ in range(100):
            QApplication.processEvents()
            if QApplication.activeWindow() is window:
                break
            time.sleep(0.01)
        widget = QApplication.focusWidget() or window
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press to whatever has the focus, as the keyboard would deliver it."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus (fails when the tab order never reaches it)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stuck at {focused()!r}")


def answer_picker(qtbot, text: str) -> None:
    """When the modal picker opens: type ``text`` in its search; Enter picks the first hit, Enter accepts."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        qtbot.keyClicks(focused(), text)
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)


def test_keyboard_only_create_a_contact_link_a_topic_and_record_attendance(
    qtbot, window: MainWindow, demo: Services
) -> None:
    window.activateWindow()
    window.workspaces["contact"].view.setFocus()
    contacts = window.workspaces["contact"]
    editor = contacts.editor

    # New contact: Ctrl+N, type the last name, Ctrl+S.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab_to(qtbot, editor.form.fields["last_name"].editor)
    qtbot.keyClicks(focused(), "Kowalski")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.ident is not None
    created = demo.contacts.get(editor.ident)
    assert created.last_name == "Kowalski"

    # Link a topic: Ctrl+Tab to the topics tab, Tab to "Add topic…", Space, pick by typing.
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == 1
    add_topic = next(b for b in editor.tabs.currentWidget().findChildren(QPushButton) if "topic" in b.text())
    tab_to(qtbot, add_topic)
    answer_picker(qtbot, "Datenschutz")
    press(qtbot, Qt.Key.Key_Space)
    topics = {link.name for link in demo.relations.topics_of_contact(created.id)}
    assert "Datenschutz" in topics

    # Record attendance: Ctrl+4, filter to the Barcamp, Tab to the table, pick the row.
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    meetings = window.workspaces["meeting"]
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Barcamp")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1)
    tab_to(qtbot, meetings.view)
    press(qtbot, Qt.Key.Key_Down)
    meeting = meetings.editor
    assert meeting.ident is not None
    # Participants tab (Ctrl+Tab from the editor), "Add participants…", pick Kowalski.
    tab_to(qtbot, meeting.tabs.tabBar())
    while meeting.tabs.currentWidget() is not meeting.participants:
        press(qtbot, Qt.Key.Key_Right)
    add = next(b for b in meeting.participants.findChildren(QPushButton) if "participants" in b.text())
    tab_to(qtbot, add)
    answer_picker(qtbot, "Kowalski")
    press(qtbot, Qt.Key.Key_Space)
    row = next(r for r in meeting.participants.rows() if r.contact_id == created.id)
    # Select that row by keys, then Set status > Attended from the button's menu.
    tab_to(qtbot, meeting.participants.table)
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    while meeting.participants.selected() != [row]:
        press(qtbot, Qt.Key.Key_Down)
    status = next(b for b in meeting.participants.findChildren(QPushButton) if "status" in b.text())
    tab_to(qtbot, status)

    def choose_attended() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        attended = next(a for a in menu.actions() if a.text().replace("&", "") == "Attended")
        while menu.activeAction() is not attended:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose_attended)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            p.contact_id == created.id and p.status == "attended"
            for p in demo.participations.for_meeting(meeting.ident)
        )
    )
