"""The German translation is complete, current, and what a German coordinator actually sees."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget, QWidget

from egov_network.services.demo import load_demo
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui import language
from egov_network.ui.export_dialog import ExportDialog, export_choices
from egov_network.ui.import_dialog import ImportDialog, MappingDialog
from egov_network.ui.main_window import MainWindow
from egov_network.ui.picker import PickerDialog
from egov_network.ui.shortcuts_dialog import ShortcutsDialog

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "egov_network_de.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = [form.text or "" for form in element.iter("numerusform")]
    return forms or [element.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


def test_every_german_message_is_finished_and_keeps_placeholders_and_mnemonics() -> None:
    problems = []
    for context, source, message in messages():
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind is not None:
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        for text in translations(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has no German text")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
            elif mnemonics(text) != mnemonics(source):
                problems.append(f"{context}: {source!r} -> {text!r} loses or adds a keyboard mnemonic")
    assert problems == []


def test_the_translation_file_knows_every_string_of_the_code(tmp_path: Path) -> None:
    # lupdate over the current sources must find nothing new: a string added
    # to the code without a German translation fails here.
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "egov_network").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], check=True, timeout=120)
    root = ET.parse(copy).getroot()
    new = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == []


@pytest.fixture
def german(qtbot) -> Iterator[None]:
    language.current.install("de")
    yield
    language.current.install("en")


@pytest.fixture
def window(qtbot, german: None, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    load_demo(services)
    main = MainWindow(services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main.show()
    yield main
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def english_only() -> set[str]:
    """English source strings whose German differs (so seeing them means a missed translation)."""
    found = set()
    for _context, source, message in messages():
        plain = source.replace("&", "")
        if all(text.replace("&", "") != plain for text in translations(message)) and len(plain) > 2:
            found.add(source.replace("&", ""))
    return found


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a user reads on ``root``'s visible widgets, menus included."""
    yield "title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        if isinstance(widget, QMenu):
            yield name, widget.title()
            for action in widget.actions():
                yield name, action.text()
        model = getattr(widget, "model", None)
        if callable(model) and model() is not None and hasattr(widget, "horizontalHeader"):
            for column in range(model().columnCount()):
                yield (
                    f"{name} header",
                    str(model().headerData(column, widget.horizontalHeader().orientation())),
                )


def untranslated(root: QWidget) -> list[str]:
    english = english_only()
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in visible_texts(root)
            if text and text.replace("&", "") in english
        }
    )


def test_the_main_window_in_german_shows_no_english(qtbot, window: MainWindow) -> None:
    seen = []
    for key, workspace in window.workspaces.items():
        window.navigation.setCurrentRow(window.row_of(key))
        workspace.view.setCurrentIndex(workspace.model.index(0, 0))
        for tab in range(workspace.editor.tabs.count()):
            workspace.editor.tabs.setCurrentIndex(tab)
            seen += untranslated(window)
    window.navigation.setCurrentRow(window.row_of("experts"))
    seen += untranslated(window)
    for menu in window.menuBar().findChildren(QMenu):
        seen += untranslated(menu)
    assert sorted(set(seen)) == []
    assert window.menuBar().actions()[0].text() == "&Datei"


def test_the_dialogs_in_german_show_no_english(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Vorname;Nachname;E-Mail\nAnna;Muster;kaputt@\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)
    window.workspaces["meeting"].view.selectRow(0)
    imported = ImportDialog(services, source, settings, window)
    choices = export_choices(
        services, filtered_contacts=[1], selected_contacts=[1], meeting=(1, "x"), german=True
    )
    dialogs: list[QWidget] = [
        ExportDialog(choices, 0, window),
        imported,
        MappingDialog(list(imported.preview.mapping), imported.preview.mapping, "contacts", window),  # type: ignore[union-attr]
        PickerDialog(QUERIES["contact"](services.store), "Kontakte", multiple=True, parent=window),
        window.workspaces["meeting"].editor.action_items.dialog(),
        ShortcutsDialog(window.menuBar(), window),
    ]
    seen = []
    for dialog in dialogs:
        dialog.show()
        seen += [f"{type(dialog).__name__} {line}" for line in untranslated(dialog)]
        dialog.close()
    assert seen == []
    # The preview's reasons come from the core and are German too.
    assert "E-Mail" in imported.table.model().index(0, 4).data()


def test_the_shortcuts_page_lists_the_menu_shortcuts(qtbot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window.menuBar(), window)
    keys = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+I", "Ctrl+F", "Ctrl+S"} <= {k.replace("Strg", "Ctrl") for k in keys}
