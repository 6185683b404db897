"""Printouts from the program: sign-in sheet, minutes, member list and address list as PDF pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from egov_network import cli
from egov_network.services.queries import MeetingListQuery
from egov_network.services.registry import Services
from egov_network.ui import language, printing
from egov_network.ui.main_window import MainWindow


def pages_of(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


@pytest.fixture
def final_event(demo: Services) -> int:
    """The final event in Berlin: 10 named participants, minutes and action items."""
    ids = MeetingListQuery(demo.store).ids("abschlussveranstaltung")
    assert len(ids) == 1
    return ids[0]


def test_the_sign_in_sheet_names_people_with_titles_and_has_rows_to_sign(
    qapp, demo: Services, final_event: int, tmp_path: Path
) -> None:
    language.current.install("de")
    try:
        sheet = printing.signin_sheet(demo, final_event)
        assert "Prof. Dr. Stember, Jürgen" in sheet.body and "Dr. Brockmann" in sheet.body
        assert "Unterschrift" in sheet.body and "22.09.2016" in sheet.body
        assert 'cellpadding="9"' in sheet.body  # 9 pt around 10 pt text: rows of about 10.6 mm
        path = tmp_path / "anwesenheit.pdf"
        assert printing.save_pdf(sheet, path) == pages_of(path) == 1
    finally:
        language.current.install("en")


def test_minutes_member_list_and_address_list_print(
    qapp, demo: Services, final_event: int, tmp_path: Path
) -> None:
    minutes = printing.minutes(demo, final_event)
    assert "Action items" in minutes.body and "Kooperationsvertrag" in minutes.body
    members = printing.member_list(demo)
    assert members.landscape and "<b>Stadt Norderstedt</b>" in members.body
    for name, printout in (
        ("minutes", minutes),
        ("members", members),
        ("addresses", printing.address_list(demo)),
    ):
        path = tmp_path / f"{name}.pdf"
        assert printing.save_pdf(printout, path) == pages_of(path) >= 1
    assert not list(tmp_path.glob("*.partial"))


def test_print_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(db)]) == 0
    pdf = tmp_path / "mitglieder.pdf"
    assert cli.main(["print", "members", "--database", str(db), "--pdf", str(pdf), "--german"]) == 0
    assert pages_of(pdf) >= 2
    assert cli.main(["print", "signin", "--database", str(db), "--pdf", str(pdf)]) == 2
    assert "needs --meeting" in capsys.readouterr().err


def test_save_as_pdf_from_the_window(
    qtbot, demo: Services, final_event: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "protokoll.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.workspaces["meeting"].editor.clear()
    window.print_out("minutes", pdf=True)
    assert not target.exists() and "Open a meeting first" in window.statusBar().currentMessage()
    window.open_record("meeting", final_event)
    window.print_out("minutes", pdf=True)
    assert pages_of(target) >= 1 and "Wrote" in window.statusBar().currentMessage()
