"""Contact cards and calendar files from the window's File menu."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from egov_network.services.queries import MeetingListQuery
from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow


def test_vcards_of_a_list_and_the_open_meeting_as_ics(
    qtbot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    target: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target[-1]), ""))
    record = next(r for r in demo.lists.all() if r.name == "Verteiler Modellkommunen")
    window.show_list(record.id)
    target.append(tmp_path / "verteiler.vcf")
    window.vcard_action.trigger()
    cards = list(vobject.readComponents(target[-1].read_text(encoding="utf-8")))
    assert len(cards) == 7 and "Wrote 7 contact cards" in window.statusBar().currentMessage()
    final = MeetingListQuery(demo.store).ids("abschlussveranstaltung")[0]
    window.open_record("meeting", final)
    target.append(tmp_path / "abschluss.ics")
    window.ics_action.trigger()
    event = next(iter(icalendar.Calendar.from_ical(target[-1].read_bytes()).walk("VEVENT")))
    assert str(event["SUMMARY"]).startswith("Abschlussveranstaltung")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_invite_participants_saves_a_request_and_prefills_the_mail(
    qtbot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from egov_network.ui import mailing
    from egov_network.ui.editors.meeting import MeetingEditor

    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "einladung.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Anna Beispiel <anna@kommune.de>", True))
    asked: list[str] = []

    def no_dialog(dialog: mailing.MailDialog) -> int:
        asked.append(dialog.subject.text())
        return 0

    monkeypatch.setattr(mailing.MailDialog, "exec", no_dialog)
    final = MeetingListQuery(demo.store).ids("abschlussveranstaltung")[0]
    window.open_record("meeting", final)
    editor = window.workspaces["meeting"].editor
    assert isinstance(editor, MeetingEditor)
    editor.invite_requested.emit(final)
    data = target.read_bytes()
    assert b"METHOD:REQUEST" in data and b"mailto:anna@kommune.de" in data
    assert asked and asked[0].startswith("Invitation: Abschlussveranstaltung")
    assert "Attach the calendar file" in window.statusBar().currentMessage()
    assert window.settings.value("mail/organizer") == "Anna Beispiel <anna@kommune.de>"


def test_one_vcard_per_contact_and_mail_from_who_knows_what(
    qtbot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    folder = tmp_path / "karten"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.vcard_folder_action.trigger()
    assert len(list(folder.glob("*.vcf"))) == window.workspaces["contact"].model.rowCount() == 19
    asked: list[tuple[list[int], str]] = []
    monkeypatch.setattr(window, "write_mail", lambda ids, subject="": asked.append((ids, subject)))
    window.experts.mail_requested.disconnect()
    window.experts.mail_requested.connect(window.write_mail)
    page = window.experts
    page.query_field.setText("Datenschutz")
    page.search_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.is_searching(), timeout=5000)
    page.mail_button.click()
    assert len(asked) == 1 and len(asked[0][0]) == 2 and "Datenschutz" in asked[0][1]
