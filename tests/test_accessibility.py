"""Screen readers and keyboards: every focusable widget has a name; the work can be done by keys alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget

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
    for key, workspace in window.workspaces.items():
        window.navigation.setCurrentRow(window.row_of(key))
        workspace.view.setCurrentIndex(workspace.model.index(0, 0))
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
        meeting.action_items.dialog(),
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


class Keyboard:
    """Key presses as a keyboard delivers them: to the focus widget of the window on top.

    It never waits on a window manager: the main window is activated by the
    test itself (the offscreen platform does that at once; shortcuts need an
    active window), and keys for a modal dialog go to the dialog's own focus
    widget, which Qt tracks whether or not the dialog is active.
    """

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def focused(self) -> QWidget:
        """The widget that gets the next key: in the open modal dialog, else in the main window."""
        top = QApplication.activeModalWidget()
        if top is None:
            top = self.window
            if QApplication.activeWindow() is not top:
                # After a modal dialog closes nothing re-activates the window
                # offscreen (a desktop's window manager would); do it here.
                top.activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=5000)
        return top.focusWidget() or top

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)

    def tab_to(self, target: QWidget, limit: int = 60) -> None:
        """Press Tab until ``target`` has the focus (fails when the tab order never reaches it)."""
        for _ in range(limit):
            if self.focused() is target:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target!r}; stuck at {self.focused()!r}")


W = TypeVar("W", bound=QWidget)


@contextmanager
def answering(kind: type[W], answer: Callable[[W], None]) -> Iterator[None]:
    """Inside the block, answer the first modal ``kind`` (a dialog, or a popup menu) that opens.

    A 10 ms timer looks for it from within the dialog's own event loop, so
    it does not matter when (or how late, on a loaded machine) ``exec()``
    starts; a popup that does not block (a button's menu) is answered right
    after the block. The block fails when no such dialog opened, when ``answer``
    raised, or when the dialog stayed open after it; the dialog is then
    rejected so that ``exec()`` returns instead of hanging the run.
    """
    answered: list[W] = []
    problems: list[BaseException] = []

    def look() -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if not isinstance(widget, kind) or answered:
            return
        answered.append(widget)
        timer.stop()
        try:
            answer(widget)
        except BaseException as error:  # re-raised once exec() has returned
            problems.append(error)
        if widget.isVisible():
            problems.append(AssertionError(f"{type(widget).__name__} stayed open after it was answered"))
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
    # A button's menu is a popup that does not block: it is open now, not during the block.
    look()
    if problems:
        raise problems[0]
    assert answered, f"no {kind.__name__} opened"


def pick_by_typing(keyboard: Keyboard, text: str) -> Callable[[PickerDialog], None]:
    """The picker's answer by keys: type ``text`` in its search; Enter picks the first hit, Enter accepts."""

    def answer(dialog: PickerDialog) -> None:
        assert keyboard.focused() is dialog.filter, "the picker opens with the focus in its search"
        keyboard.type(text)
        keyboard.press(Qt.Key.Key_Return)
        assert dialog.chosen(), f"nothing found for {text!r}"
        keyboard.press(Qt.Key.Key_Return)

    return answer


def choose_from_menu(qtbot, label: str) -> Callable[[QMenu], None]:
    """A popup menu's answer by keys: Down until ``label`` is active, then Enter."""

    def answer(menu: QMenu) -> None:
        wanted = next(a for a in menu.actions() if a.text().replace("&", "") == label)
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is wanted:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is wanted, f"Down never reached {label!r}"
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    return answer


def test_keyboard_only_create_a_contact_link_a_topic_and_record_attendance(
    qtbot, window: MainWindow, demo: Services
) -> None:
    keys = Keyboard(qtbot, window)
    contacts = window.workspaces["contact"]
    contacts.view.setFocus()
    editor = contacts.editor

    # New contact: Ctrl+N, type the last name, Ctrl+S.
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keys.tab_to(editor.form.fields["last_name"].editor)
    keys.type("Kowalski")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.ident is not None
    created = demo.contacts.get(editor.ident)
    assert created.last_name == "Kowalski"

    # Link a topic: Ctrl+Tab to the topics tab, Tab to "Add topic…", Space, pick by typing.
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == 1
    add_topic = next(b for b in editor.tabs.currentWidget().findChildren(QPushButton) if "topic" in b.text())
    keys.tab_to(add_topic)
    with answering(PickerDialog, pick_by_typing(keys, "Datenschutz")):
        keys.press(Qt.Key.Key_Space)
    topics = {link.name for link in demo.relations.topics_of_contact(created.id)}
    assert "Datenschutz" in topics

    # Record attendance: Ctrl+4, filter to the Barcamp, Tab to the table, pick the row.
    keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    meetings = window.workspaces["meeting"]
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keys.type("Barcamp")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1)
    keys.tab_to(meetings.view)
    keys.press(Qt.Key.Key_Down)
    meeting = meetings.editor
    assert meeting.ident is not None
    # Participants tab (arrow keys on the tab bar), "Add participants…", pick Kowalski.
    keys.tab_to(meeting.tabs.tabBar())
    for _ in range(meeting.tabs.count()):
        if meeting.tabs.currentWidget() is meeting.participants:
            break
        keys.press(Qt.Key.Key_Right)
    assert meeting.tabs.currentWidget() is meeting.participants
    add = next(b for b in meeting.participants.findChildren(QPushButton) if "participants" in b.text())
    keys.tab_to(add)
    with answering(PickerDialog, pick_by_typing(keys, "Kowalski")):
        keys.press(Qt.Key.Key_Space)
    row = next(r for r in meeting.participants.rows() if r.contact_id == created.id)
    # Select that row by keys, then Set status > Attended from the button's menu.
    keys.tab_to(meeting.participants.table)
    keys.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len(meeting.participants.rows())):
        if meeting.participants.selected() == [row]:
            break
        keys.press(Qt.Key.Key_Down)
    assert meeting.participants.selected() == [row]
    status = next(b for b in meeting.participants.findChildren(QPushButton) if "status" in b.text())
    keys.tab_to(status)
    with answering(QMenu, choose_from_menu(qtbot, "Attended")):
        keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            p.contact_id == created.id and p.status == "attended"
            for p in demo.relations.roster(meeting.ident)
        )
    )
