"""Writing to a group: who is left out and why, mailto links a client accepts, addresses to paste."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from egov_network.services.mailing import Recipient, address_text, mailto_links, recipients
from egov_network.services.registry import Services
from egov_network.ui import mailing
from egov_network.ui.editors.meeting import MeetingEditor
from egov_network.ui.main_window import MainWindow


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    c = services.contacts
    return {
        "anna": c.create(
            {
                "last_name": "Müller",
                "first_name": "Anna",
                "title": "Dr.",
                "email": "anna@example.org",
                "consent_on": "2026-01-15",
                "consent_method": "email",
            }
        ).id,
        "ben": c.create({"last_name": "Berg", "first_name": "Ben", "email": "ben@example.org"}).id,
        "cem": c.create({"last_name": "Celik", "consent_on": "2026-01-15", "consent_method": "email"}).id,
        "dora": c.create(
            {
                "last_name": "Dorn",
                "email": "dora@example.org",
                "active": False,
                "consent_on": "2026-01-15",
                "consent_method": "email",
            }
        ).id,
    }


def test_only_active_people_with_an_address_and_consent_are_written_to(
    services: Services, people: dict[str, int]
) -> None:
    found = recipients(services.store, list(people.values()))
    assert [r.email for r in found.included] == ["anna@example.org"]
    assert found.left_out == [
        ("Ben Berg", "no consent recorded"),
        ("Celik", "no e-mail address"),
        ("Dorn", "no longer active in the network"),
    ]
    with_basis = recipients(services.store, list(people.values()), include_without_consent=True)
    assert [r.email for r in with_basis.included] == ["anna@example.org", "ben@example.org"]


def test_long_lists_are_split_into_links_a_mail_client_accepts() -> None:
    many = [Recipient(i, f"Person {i}", f"person.number{i}@kommune-beispiel.de") for i in range(300)]
    links = mailto_links(many, subject="Einladung: Barcamp „Digitale Familie“")
    assert len(links) > 1 and all(len(link) <= 2000 for link in links)
    addresses = [a for link in links for a in unquote(link.split("bcc=")[1].split("&")[0]).split(",")]
    assert addresses == [p.email for p in many]  # nobody lost, nobody twice, in order
    assert all(link.startswith("mailto:?bcc=") for link in links)
    assert "subject=Einladung%3A%20Barcamp%20%E2%80%9EDigitale%20Familie%E2%80%9C" in links[0]
    to = mailto_links(many[:2], field_name="to", subject="Hallo")
    assert to == [
        "mailto:person.number0@kommune-beispiel.de,person.number1@kommune-beispiel.de?subject=Hallo"
    ]


def test_addresses_to_paste_quote_names_with_commas() -> None:
    people = [
        Recipient(1, "Dr. Anna Müller", "anna@example.org"),
        Recipient(2, "Amt 10, Digitales", "amt@x.de"),
    ]
    assert address_text(people) == 'Dr. Anna Müller <anna@example.org>; "Amt 10, Digitales" <amt@x.de>'


@pytest.fixture
def window(qtbot, services: Services, people: dict[str, int], tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main


def _answer(qtbot, act) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, mailing.MailDialog)
        seen.append(dialog.summary.text())
        seen.append(dialog.left_out.toPlainText())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def test_write_email_from_the_contacts_says_who_is_left_out_then_opens_the_client(
    qtbot, window: MainWindow, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(mailing, "open_url", lambda url: opened.append(url.toString()) or True)
    contacts = window.workspaces["contact"]
    contacts.filter.setText("e")  # everyone: the list shows a filter, so all shown are meant
    contacts.apply_filter()
    seen = _answer(qtbot, lambda d: (d.legal_basis.setChecked(True), d.write_button.click()))
    window.mail_action.trigger()
    assert seen[0] == "1 of 4 people get the e-mail. Left out:"
    assert "Ben Berg: no consent recorded" in seen[1] and "Dorn: no longer active in the network" in seen[1]
    assert opened == ["mailto:?bcc=ben@example.org,anna@example.org"]  # in the list's order (Berg, Müller)
    assert "E-mail to 2 people" in window.statusBar().currentMessage()
    # The field chosen is remembered; copying puts "Name <address>" on the clipboard.
    seen = _answer(qtbot, lambda d: (d.field.setCurrentIndex(0), d.copy_button.click()))
    window.mail_action.trigger()
    assert QApplication.clipboard().text() == "Dr. Anna Müller <anna@example.org>"
    assert window.settings.value(mailing.FIELD_SETTING) == "to"


def test_a_meeting_writes_to_those_who_attended_with_its_title(
    qtbot, window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp Nord", "kind": "barcamp", "starts_at": "2027-01-15T10:00"}
    )
    services.participations.add(meeting.id, [people["anna"], people["ben"]])
    roster = services.relations.roster(meeting.id)
    services.participations.update(
        next(r.id for r in roster if r.contact_id == people["anna"]), {"status": "attended"}
    )
    meetings = window.workspaces["meeting"]
    window.go_to(window.row_of("meeting"))
    assert meetings.select_id(meeting.id)
    editor = meetings.editor
    assert isinstance(editor, MeetingEditor)
    asked: list[tuple[list[int], str]] = []
    editor.mail_requested.disconnect()
    editor.mail_requested.connect(lambda ids, subject: asked.append((ids, subject)))
    editor.participants.mail({"attended"})
    editor.participants.mail({"invited"})
    assert asked == [([people["anna"]], "Barcamp Nord"), ([people["ben"]], "Barcamp Nord")]
