"""Screen readers and keyboards: every focusable widget has a name; the work can be done by keys alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from egov_network.services.demo import load_demo
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui.export_dialog import ExportDialog, export_choices
from egov_network.ui.import_dialog import ImportDialog, MappingDialog
from egov_network.ui.main_window import MainWindow
from egov_network.ui.picker import PickerDialog


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services)
    return services


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
