"""Search everything from the toolbar, typed key by key: grouped results, marked words, Enter opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow
from egov_network.ui.search_popup import HTML_ROLE, KIND_ROLE, SearchField


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    for workspace in main.workspaces.values():
        workspace.editor.revert()


@pytest.fixture
def field(window: MainWindow) -> SearchField:
    """The window's own search field, in its main toolbar, opening records in the window."""
    assert isinstance(window.search_field, SearchField)
    return window.search_field


def rows(search: SearchField) -> list[tuple[str, str]]:
    """(kind of row, its text) as the list shows them."""
    shown = search.results
    return [(shown.item(r).data(KIND_ROLE), shown.item(r).text()) for r in range(shown.count())]


def current_text(search: SearchField) -> str:
    return search.results.currentItem().text()


def type_in(qtbot, search: SearchField, text: str) -> None:
    search.focus_search()
    search.clear()
    for letter in text:
        qtbot.keyClick(search, letter)  # key by key, as typed
    qtbot.waitUntil(lambda: search.results.isVisible() and not search.pending(), timeout=3000)


def test_who_knows_about_datenschutz_from_the_search_field(
    qtbot, window: MainWindow, field: SearchField
) -> None:
    assert field.placeholderText() == "Search everything (Ctrl+K)" and field.isClearButtonEnabled()
    type_in(qtbot, field, "Datenschutz")
    shown = rows(field)
    assert ("header", "Contacts (1)") in shown and ("header", "Expert topics (2)") in shown
    assert ("hit", "Egelkamp, Marcus\nGeschäftsführer IT-Management KAAW · IT-Management · "
            "Zweckverband Kommunale ADV-Anwendergemeinschaft West") in shown  # fmt: skip
    # The expert's row says why: the topic, marked, with the level.
    egelkamp = next(
        r for r in range(field.results.count()) if field.results.item(r).text().startswith("Egelkamp")
    )
    row_html = field.results.item(egelkamp).data(HTML_ROLE)
    assert "<i>Topics:</i> <b>Datenschutz</b> (Experienced)" in row_html
    # The list is under the field, over the window, and the keyboard stayed in the field.
    assert field.results.parent() is window
    assert field.results.geometry().top() >= field.mapTo(window, field.rect().bottomLeft()).y()
    assert QApplication.focusWidget() is field
    # The first hit is chosen; Enter opens the person in the contacts workspace.
    assert current_text(field).startswith("Egelkamp")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current().key == "contact"
    assert window.current().editor.heading.text() == "Marcus Egelkamp"
    assert not field.results.isVisible()


def test_down_moves_past_headers_and_enter_opens_the_topic(
    qtbot, window: MainWindow, field: SearchField
) -> None:
    type_in(qtbot, field, "Datenschutz")
    qtbot.keyClick(field, Qt.Key.Key_Down)  # past the "Expert topics (2)" heading
    assert current_text(field).startswith("Datenschutz\n")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert current_text(field).startswith("Egelkamp")
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    topic = next(t for t in window.services.topics.all() if t.name == "Datenschutz")
    assert window.current().key == "topic" and window.current().editor.ident == topic.id


def test_who_spoke_at_the_final_event_in_berlin(qtbot, window: MainWindow, field: SearchField) -> None:
    type_in(qtbot, field, "Berlin Abschluss")
    first = field.results.currentItem()
    assert first.text().startswith("Abschlussveranstaltung „Modellkommune E-Government“ — ")
    assert first.data(HTML_ROLE).startswith("<b>Abschluss</b>veranstaltung")
    assert "Bundespresseamts, <b>Berlin</b>" in first.data(HTML_ROLE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    editor = window.workspaces["meeting"].editor
    assert window.current().key == "meeting" and editor.heading.text().startswith("Abschlussveranstaltung")
    speakers = [row.name for row in editor.participants.rows() if row.role == "speaker"]
    assert "Vitt, Klaus" in speakers and "Stember, Jürgen" in speakers and len(speakers) == 6


@pytest.fixture
def german_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_a_meeting_by_its_date_as_shown_and_a_click_opens_it(
    qtbot, german_dates: None, window: MainWindow, field: SearchField
) -> None:
    type_in(qtbot, field, "22.09.2016")
    shown = rows(field)
    assert shown[0] == ("header", "Meetings (1)")
    assert shown[1][1].startswith("Abschlussveranstaltung „Modellkommune E-Government“ — 22.09.2016\n")
    assert (
        field.results.item(1)
        .data(HTML_ROLE)
        .startswith("Abschlussveranstaltung „Modellkommune E-Government“ — <b>22.09.2016</b>")
    )
    rect = field.results.visualItemRect(field.results.item(1))
    qtbot.mouseClick(field.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current().key == "meeting"
    assert window.workspaces["meeting"].editor.heading.text().startswith("Abschlussveranstaltung")


def test_ctrl_k_puts_the_cursor_in_the_search_field(qtbot, window: MainWindow, field: SearchField) -> None:
    table = window.current().view
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "eg")
    qtbot.waitUntil(lambda: field.results.isVisible() and not field.pending(), timeout=3000)
    assert rows(field)[0] == ("header", "Contacts (1)")
    assert rows(field)[1][1].startswith("Egelkamp, Marcus")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is table


def test_escape_closes_the_list_and_gives_the_focus_back(
    qtbot, window: MainWindow, field: SearchField
) -> None:
    table = window.current().view
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    type_in(qtbot, field, "kochbuch")
    assert field.results.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.results.isVisible()
    assert QApplication.focusWidget() is table
    assert field.text() == "kochbuch"  # what was typed stays for the next Ctrl+K


def test_nothing_found_says_so_and_clearing_closes_the_list(
    qtbot, window: MainWindow, field: SearchField
) -> None:
    type_in(qtbot, field, "xyzzy")
    assert rows(field) == [("empty", "Nothing found for “xyzzy”.")]
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert field.results.isVisible()
    field.clear()
    assert not field.results.isVisible()
    assert isinstance(field, QLineEdit)


def test_ctrl_k_from_a_table_puts_the_cursor_in_the_search_field(
    qtbot, window: MainWindow, field: SearchField
) -> None:
    contacts = window.workspaces["contact"]
    contacts.view.setFocus()
    window.activateWindow()
    qtbot.keyClick(contacts.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field
    for letter in "Kochbuch":
        qtbot.keyClick(field, letter)
    qtbot.waitUntil(lambda: field.results.isVisible() and not field.pending(), timeout=3000)
    assert any(kind == "header" and text.startswith("Expert topics") for kind, text in rows(field))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is contacts.view
