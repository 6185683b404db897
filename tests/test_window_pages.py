"""The main window's own pages beyond the workspaces: "Who knows what?" from the navigation and Ctrl+7."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(lambda: not main.experts.is_searching(), timeout=10_000)


def test_who_knows_what_from_the_window_opens_the_person(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.go_to(window.row_of("experts"))  # Ctrl+6
    page = window.experts
    assert window.stack.currentWidget() is page
    assert QApplication.focusWidget() is page.query_field
    assert not window.new_action.isEnabled()  # no record to create on this page
    qtbot.keyClicks(page.query_field, "Datenschutz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.is_searching(), timeout=5000)
    first = page.model.index(0, 1).data()
    assert first == "Egelkamp, Marcus"
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspaces["contact"]
    assert window.current().editor.heading.text() == "Marcus Egelkamp"
    assert window.new_action.isEnabled()


def test_the_view_menu_reaches_every_page(window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.menu() and "View" in a.text())
    shortcuts = [
        a.shortcut().toString() for a in view.actions() if a.shortcut().toString().startswith("Ctrl+")
    ]
    assert shortcuts[:7] == [f"Ctrl+{n}" for n in range(1, 8)] and "Ctrl+K" in shortcuts
