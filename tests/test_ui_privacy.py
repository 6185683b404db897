"""The window's data protection: consent tab, the menu, report as PDF pages, retention review, Art. 30."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from egov_network.domain.enums import ConsentStatus
from egov_network.services import privacy
from egov_network.services.mailing import recipients
from egov_network.services.registry import Services
from egov_network.ui import erase_dialog
from egov_network.ui.consent_tab import ConsentTab
from egov_network.ui.main_window import MainWindow
from egov_network.ui.processing_dialog import ProcessingDialog
from egov_network.ui.retention_dialog import RetentionDialog


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.undo_stack.clear()


@pytest.fixture
def person(services: Services, authority: int) -> int:
    return services.contacts.create(
        {
            "first_name": "Hedda",
            "last_name": "Hollerbusch",
            "email": "hedda@example.org",
            "authority_id": authority,
        }
    ).id


def _consent_tab(window: MainWindow, person: int) -> ConsentTab:
    window.open_record("contact", person)
    editor = window.workspaces["contact"].editor
    tab: ConsentTab = editor.consent  # type: ignore[attr-defined]
    editor.tabs.setCurrentWidget(tab)
    return tab


def _answers(tab: ConsentTab, monkeypatch: pytest.MonkeyPatch, scope: str = "contact") -> None:
    def ask(status: ConsentStatus) -> dict[str, Any]:
        assert tab.ident is not None
        return {"contact_id": tab.ident, "status": status.value, "on_date": date.today(), "scope": scope}

    monkeypatch.setattr(tab, "ask", ask)


def _button(tab: ConsentTab, text: str) -> Any:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in tab.findChildren(QPushButton) if b.text().replace("&", "").startswith(text))


def test_the_consent_tab_records_given_and_withdrawn_with_undo(
    window: MainWindow, services: Services, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _consent_tab(window, person)
    assert tab.state.text() == "No consent recorded."
    _answers(tab, monkeypatch)
    _button(tab, "Consent given").click()
    assert tab.records.model.rowCount() == 1
    assert "Contact for network matters: Given" in tab.state.text()
    assert recipients(services.store, [person]).included
    _button(tab, "Withdrawn").click()
    assert tab.records.model.rowCount() == 2
    assert "Contact for network matters: Withdrawn" in tab.state.text()
    assert recipients(services.store, [person]).left_out == [("Hedda Hollerbusch", "consent withdrawn")]
    assert window.undo_stack.undoText() == "Record withdrawal"
    window.undoable.undo()
    assert tab.records.model.rowCount() == 1  # the tab followed the undo through the change path
    assert recipients(services.store, [person]).included
    # The details form no longer has consent fields to type into.
    assert "consent_on" not in window.workspaces["contact"].editor.form.fields


def test_the_data_protection_menu_holds_its_four_entries(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.privacy.menu.actions() if not a.isSeparator()]
    assert titles == [
        "Data protection report…",
        "Erase person…",
        "Retention review…",
        "Records of processing…",
    ]
    assert window.privacy.menu.menuAction() in window.menuBar().actions()
    contact_actions = window.workspaces["contact"].selection_actions
    assert window.privacy.report_action in contact_actions and window.privacy.erase_action in contact_actions


def _ink(image: QImage) -> float:
    """The share of sampled pixels that are not white: an empty page has about 0."""
    dark = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_report_is_saved_as_pdf_pages(
    window: MainWindow, services: Services, person: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.consents.create(
        {"contact_id": person, "status": "given", "on_date": "2026-01-10", "scope": "photos"}
    )
    target = tmp_path / "auskunft"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)")
    )
    window.open_record("contact", person)
    written = window.privacy.report()
    assert written == tmp_path / "auskunft.pdf"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(written), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2  # the sections and the records of processing do not fit one page
    assert all(_ink(QImage(str(page))) > 0.005 for page in pages)
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    assert "Hedda Hollerbusch" in text and "Photos" in text and "Records of processing" in text
    assert "Wrote the data protection report" in window.statusBar().currentMessage()


def test_erase_from_the_window_asks_and_can_be_cancelled(
    window: MainWindow, services: Services, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_record("contact", person)
    monkeypatch.setattr(erase_dialog.EraseDialog, "exec", lambda self: 0)
    window.privacy.erase_action.trigger()
    assert services.contacts.find(person) is not None


def test_retention_review_lists_and_anonymises(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    services: Services,
    person: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = RetentionDialog(services, window.undoable, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text() == "People to review: 1", timeout=10_000)
    assert dialog.people.model.rowCount() == 1
    dialog.years.setValue(7)
    assert privacy.retention_years(services.store) == 7  # stored in the database: the CLI sees it
    qtbot.waitUntil(lambda: dialog.summary.text() == "People to review: 1", timeout=10_000)
    dialog.people.select_all()
    chosen: list[bool] = []

    def confirm(self: erase_dialog.EraseDialog) -> int:
        chosen.append(self.anonymise.isChecked())
        return 1

    monkeypatch.setattr(erase_dialog.EraseDialog, "exec", confirm)
    dialog.anonymise_button.click()
    assert chosen == [True]
    qtbot.waitUntil(lambda: dialog.people.model.rowCount() == 0, timeout=10_000)
    assert services.contacts.find(person) is None
    assert not window.undo_stack.canUndo()


def test_records_of_processing_are_edited_and_kept(qtbot, window: MainWindow, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = ProcessingDialog(services.store, window)
    qtbot.addWidget(dialog)
    assert "Art. 30" in dialog.text.toPlainText()
    dialog.text.setPlainText("Zweck: Netzwerkarbeit. Daten: dienstliche Kontaktdaten.")
    dialog.accept()
    assert (
        privacy.processing_text(services.store) == "Zweck: Netzwerkarbeit. Daten: dienstliche Kontaktdaten."
    )


def test_the_consent_tab_shows_a_consent_typed_in_before_records(
    window: MainWindow, services: Services, person: int
) -> None:
    services.contacts.update(person, {"consent_on": "2017-01-27"})
    tab = _consent_tab(window, person)
    assert tab.state.text().startswith("Consent given on ") and "no record yet" in tab.state.text()
