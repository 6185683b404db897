"""Consent as records: history, current state, old fields migrated, every output honouring a withdrawal."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook

from egov_network.domain.errors import ValidationError
from egov_network.exchange import exports
from egov_network.services.mailing import recipients
from egov_network.services.registry import Services
from egov_network.services.vcard_export import export_vcards, left_out
from egov_network.store.database import Store
from egov_network.store.migrate import alembic_config, open_store


@pytest.fixture
def people(services: Services, authority: int) -> dict[str, int]:
    c = services.contacts
    return {
        "anna": c.create(
            {
                "last_name": "Amsel",
                "first_name": "Anna",
                "email": "anna@example.org",
                "authority_id": authority,
            }
        ).id,
        "bert": c.create(
            {
                "last_name": "Buchfink",
                "first_name": "Bert",
                "email": "bert@example.org",
                "authority_id": authority,
            }
        ).id,
    }


def _give(services: Services, ident: int, scope: str, on: str = "2026-01-10") -> None:
    services.consents.create(
        {"contact_id": ident, "status": "given", "on_date": on, "scope": scope, "method": "email"}
    )


def _withdraw(services: Services, ident: int, scope: str, on: str = "2026-02-10") -> None:
    services.consents.create({"contact_id": ident, "status": "withdrawn", "on_date": on, "scope": scope})


def test_records_keep_the_history_and_the_contact_the_current_state(
    services: Services, people: dict[str, int]
) -> None:
    anna = people["anna"]
    _give(services, anna, "contact")
    _give(services, anna, "photos", "2026-01-12")
    assert services.contacts.get(anna).consent_on == date(2026, 1, 12)
    _withdraw(services, anna, "contact")
    history = services.consents.of_contact(anna)
    assert [(r.status, r.scope) for r in history] == [
        ("withdrawn", "contact"),
        ("given", "photos"),
        ("given", "contact"),
    ]
    assert all(r.recorded_by for r in history)  # who recorded it: the OS user
    assert services.consents.current(anna) == {"contact": "withdrawn", "photos": "given"}
    # Photos still in force: the consent date is that one's.
    assert services.contacts.get(anna).consent_on == date(2026, 1, 12)
    _withdraw(services, anna, "photos")
    assert services.contacts.get(anna).consent_on is None


def test_undoing_a_record_restores_the_state_before(services: Services, people: dict[str, int]) -> None:
    anna = people["anna"]
    _give(services, anna, "contact")
    _withdraw(services, anna, "contact")
    newest = services.consents.of_contact(anna)[0]
    snapshot = services.consents.snapshot(newest.id)
    services.consents.delete(newest.id)
    assert recipients(services.store, [anna]).included  # the withdrawal is gone again
    services.consents.restore(snapshot)
    assert not recipients(services.store, [anna]).included


def test_a_consent_in_the_future_or_with_an_unknown_scope_is_refused(
    services: Services, people: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.consents.create(
            {"contact_id": people["anna"], "status": "given", "on_date": "2999-01-01", "scope": "moon"}
        )
    assert caught.value.fields() == {"on_date", "scope"}
    assert services.consents.of_contact(people["anna"]) == []


def test_typed_consent_becomes_the_first_record(services: Services, people: dict[str, int]) -> None:
    anna = people["anna"]
    services.contacts.update(anna, {"consent_on": "2017-01-27", "consent_method": "registration"})
    _withdraw(services, anna, "contact")
    assert [(r.status, str(r.on_date)) for r in services.consents.of_contact(anna)] == [
        ("withdrawn", "2026-02-10"),
        ("given", "2017-01-27"),
    ]


def test_the_old_consent_fields_are_migrated_into_records(db_path: Path) -> None:
    store = open_store(db_path)
    services = Services.over(store)
    ident = services.contacts.create(
        {
            "last_name": "Alt",
            "consent_on": "2016-03-01",
            "consent_method": "written",
            "consent_scope": "Expertendatenbank",
        }
    ).id
    # Back to the schema before consent records, as a file of the previous version.
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    store.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE consent")
        connection.execute("DROP TABLE setting")
        connection.execute("ALTER TABLE contact DROP COLUMN consent_withdrawn")
        connection.execute("ALTER TABLE contact DROP COLUMN anonymised")
        connection.execute("UPDATE alembic_version SET version_num = '0011'")
    store = open_store(db_path)
    try:
        [record] = Services.over(store).consents.of_contact(ident)
        assert (record.status, record.on_date, record.method, record.scope, record.note) == (
            "given",
            date(2016, 3, 1),
            "written",
            "contact",
            "Expertendatenbank",
        )
    finally:
        store.dispose()


def test_mail_leaves_out_a_withdrawal_even_with_another_legal_basis(
    services: Services, people: dict[str, int]
) -> None:
    _give(services, people["anna"], "contact")
    _give(services, people["bert"], "contact")
    _withdraw(services, people["bert"], "contact")
    found = recipients(services.store, list(people.values()), include_without_consent=True)
    assert [r.email for r in found.included] == ["anna@example.org"]
    assert found.left_out == [("Bert Buchfink", "consent withdrawn")]


def test_vcards_leave_out_a_withdrawal(services: Services, people: dict[str, int], tmp_path: Path) -> None:
    _withdraw(services, people["bert"], "contact")
    target = tmp_path / "k.vcf"
    assert export_vcards(services, target) == 1
    assert left_out(services) == 1
    text = target.read_text(encoding="utf-8")
    assert "Amsel" in text and "Buchfink" not in text


def test_contact_and_member_lists_leave_out_a_withdrawal_for_their_scope(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    _withdraw(services, people["anna"], "contact")
    _withdraw(services, people["bert"], "member_list")
    contacts = exports.export_contacts(services, tmp_path / "c.xlsx")
    members = exports.export_members(services, tmp_path / "m.xlsx")
    assert (contacts.left_out, members.left_out) == (1, 1)
    contact_names = {
        c.value for row in load_workbook(tmp_path / "c.xlsx").worksheets[0].iter_rows() for c in row
    }
    member_names = {
        c.value for ws in load_workbook(tmp_path / "m.xlsx").worksheets for row in ws.iter_rows() for c in row
    }
    assert "Buchfink" in contact_names and "Amsel" not in contact_names
    assert "Anna Amsel" in member_names and not any("Buchfink" in str(v) for v in member_names)


def test_printouts_leave_out_a_withdrawal(services: Services, people: dict[str, int]) -> None:
    from egov_network.ui import printing

    _withdraw(services, people["anna"], "contact")
    _withdraw(services, people["bert"], "member_list")
    addresses = printing.address_list(services)
    members = printing.member_list(services)
    assert addresses.left_out == 1 and "Amsel" not in addresses.body and "Buchfink" in addresses.body
    assert members.left_out == 1 and "Buchfink" not in members.body and "Amsel" in members.body


def test_state_is_kept_for_lists_without_reading_records(
    store: Store, services: Services, people: dict[str, int]
) -> None:
    _withdraw(services, people["anna"], "contact")
    _withdraw(services, people["anna"], "photos")
    with store.read() as session:
        [(state,)] = session.connection().exec_driver_sql(
            "SELECT consent_withdrawn FROM contact WHERE id = ?", (people["anna"],)
        )
    assert state == "contact, photos"


def test_the_expert_finder_leaves_out_a_withdrawal_from_the_expert_database(
    services: Services, people: dict[str, int]
) -> None:
    from egov_network.services.experts import ExpertFinder, ExpertQuery

    topic = services.topics.create({"name": "Servicekonten"}).id
    for ident in people.values():
        services.expertise.create({"contact_id": ident, "topic_id": topic, "level": "expert"})
    finder = ExpertFinder(services.store)
    assert {h.contact_id for h in finder.search(ExpertQuery(topic_id=topic)).hits} == set(people.values())
    _withdraw(services, people["bert"], "expert_database")
    _withdraw(services, people["anna"], "photos")  # another scope: still an expert
    assert [h.contact_id for h in finder.search(ExpertQuery(topic_id=topic)).hits] == [people["anna"]]
