"""Data protection: the Art. 15 report (xlsx, JSON, PDF), erase and anonymise, retention, Art. 30, the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from egov_network import cli
from egov_network.domain.errors import NotFoundError
from egov_network.exchange.person_report import write_report
from egov_network.services import privacy
from egov_network.services.registry import Services
from egov_network.store.backup_set import list_backups, make_backup
from egov_network.store.models import Contact, Participation


def make_person(services: Services, authority: int, last: str = "Quastenberg") -> dict[str, int]:
    """A person with something in every section: expertise, participation, action item, list, tag, consent."""
    person = services.contacts.create(
        {
            "last_name": last,
            "first_name": "Wiebke",
            "email": f"wiebke.{last.lower()}@example.org",
            "authority_id": authority,
            "function": "Referentin",
            "notes": "Mag Fahrradfahren",
        }
    ).id
    topic = services.topics.create({"name": "E-Akte"}).id
    services.expertise.create(
        {"contact_id": person, "topic_id": topic, "level": "expert", "note": "führt die E-Akte ein"}
    )
    meeting = services.meetings.create(
        {
            "title": "Barcamp Kochbuch",
            "kind": "barcamp",
            "starts_at": datetime(2026, 3, 5, 10, 0),
            "status": "held",
        }
    ).id
    other = services.contacts.create({"last_name": "Zeuge", "first_name": "Zora"}).id
    services.participations.create({"meeting_id": meeting, "contact_id": person, "status": "attended"})
    services.participations.create({"meeting_id": meeting, "contact_id": other, "status": "attended"})
    item = services.action_items.create(
        {"meeting_id": meeting, "text": "Entwurf verschicken", "owner_contact_id": person}
    ).id
    group = services.lists.create({"name": "Newsletter", "kind": "static"}).id
    services.lists.add_members(group, [person])
    services.tags.tag("contact", [person], ["Pilot 2027"])
    services.consents.create(
        {
            "contact_id": person,
            "status": "given",
            "on_date": "2026-01-10",
            "scope": "contact",
            "method": "email",
        }
    )
    services.contacts.update(person, {"function": "Referatsleiterin"})  # a former position and history
    return {"person": person, "meeting": meeting, "other": other, "item": item, "list": group, "topic": topic}


@pytest.fixture
def held(services: Services, authority: int) -> dict[str, int]:
    return make_person(services, authority)


def test_report_holds_every_section(services: Services, held: dict[str, int]) -> None:
    report = privacy.person_report(services.store, held["person"])
    by_key = {s.key: s for s in report.sections}
    assert list(by_key) == [
        "person",
        "positions",
        "expertise",
        "participations",
        "action_items",
        "lists",
        "tags",
        "consent",
        "history",
    ]
    fields = dict(by_key["person"].rows)
    assert fields["Email"] == "wiebke.quastenberg@example.org" and fields["Notes"] == "Mag Fahrradfahren"
    assert by_key["positions"].rows == [["Stadt Norderstedt", "Referentin", date.today().isoformat()]]
    assert by_key["expertise"].rows == [["E-Akte", "Expert", "führt die E-Akte ein"]]
    assert by_key["participations"].rows[0][:3] == ["Barcamp Kochbuch", "2026-03-05 10:00", "Attended"]
    assert by_key["action_items"].rows[0][:2] == ["Barcamp Kochbuch", "Entwurf verschicken"]
    assert by_key["lists"].rows == [["Newsletter"]] and by_key["tags"].rows == [["Pilot 2027"]]
    assert by_key["consent"].rows[0][:3] == ["2026-01-10", "Given", "Contact for network matters"]
    history = by_key["history"].rows
    assert any("Referentin → Referatsleiterin" in row[-1] for row in history)
    # Zora's own entries are not hers.
    assert not any("Zeuge" in str(row) for row in history)
    assert "Art. 30" in report.processing


def test_report_in_german(services: Services, held: dict[str, int]) -> None:
    from egov_network.domain.i18n import catalogue_translator

    report = privacy.person_report(
        services.store, held["person"], privacy.Wording(catalogue_translator("de"), True)
    )
    titles = [s.title for s in report.sections]
    assert titles[0] == "Personenbezogene Daten" and "Einwilligungen" in titles
    consent = next(s for s in report.sections if s.key == "consent")
    assert consent.rows[0][:2] == ["10.01.2026", "Erteilt"]
    assert report.subtitle.startswith("Auskunft nach Art. 15 DSGVO über Wiebke Quastenberg")
    # The history reads in words too: enum labels and German dates, not stored codes.
    history = "\n".join(row[-1] for row in next(s for s in report.sections if s.key == "history").rows)
    assert "Stufe: Experte/Expertin" in history and "Status: Teilgenommen" in history
    assert "Datum: 10.01.2026; Wie: Per E-Mail; Umfang: Kontakt in Netzwerkangelegenheiten" in history
    assert "attended" not in history and "2026-01-10" not in history and "on_date" not in history


def test_report_as_json_and_xlsx(services: Services, held: dict[str, int], tmp_path: Path) -> None:
    report = privacy.person_report(services.store, held["person"])
    write_report(report, tmp_path / "r.json")
    raw = (tmp_path / "r.json").read_bytes()
    assert "führt".encode() in raw  # UTF-8, not \u escapes
    data = json.loads(raw.decode("utf-8"))
    assert data["person_id"] == held["person"]
    person = {row["field"]: row["value"] for row in data["sections"]["person"]["rows"]}
    assert person["email"] == "wiebke.quastenberg@example.org" and person["authority"] == "Stadt Norderstedt"
    assert data["sections"]["consent"]["rows"][0] == {
        "date": "2026-01-10",
        "status": "given",
        "scope": "contact",
        "method": "email",
        "recorded_by": report.sections[7].data[0][4],
        "note": None,
    }
    changes = [row["changes"] for row in data["sections"]["history"]["rows"]]
    assert {"function": ["Referentin", "Referatsleiterin"]} in changes
    assert "Art. 30" in data["records_of_processing"]

    write_report(report, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames[:3] == ["Personal data", "Former positions", "Expertise"]
    assert book.sheetnames[-1] == "Records of processing"
    cells = {c.value for row in book["Expertise"].iter_rows() for c in row}
    assert "führt die E-Akte ein" in cells


def test_unknown_or_anonymised_person_has_no_report(services: Services, held: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        privacy.person_report(services.store, 9999)
    result = privacy.erase(services.store, [held["person"]], anonymise=True)
    with pytest.raises(NotFoundError):
        privacy.person_report(services.store, result.anonymised[0])


def test_erase_plan_counts_what_goes(services: Services, held: dict[str, int]) -> None:
    plan = privacy.erase_plan(services.store, [held["person"]])
    assert plan.names == ["Wiebke Quastenberg"]
    counts = plan.counts
    assert {
        k: counts[k]
        for k in ("positions", "expertise", "participations", "action_items", "lists", "tags", "consent")
    } == {
        "positions": 1,
        "expertise": 1,
        "participations": 1,
        "action_items": 1,
        "lists": 1,
        "tags": 1,
        "consent": 1,
    }
    assert counts["history"] >= 8  # created, changed, expertise, participation, item, list, tag, consent


def test_erase_removes_the_person_and_keeps_others(services: Services, held: dict[str, int]) -> None:
    result = privacy.erase(services.store, [held["person"]])
    assert result.erased == 1 and result.anonymised == []
    assert services.contacts.find(held["person"]) is None
    roster = services.relations.roster(held["meeting"])
    assert [r.contact_id for r in roster] == [held["other"]]
    item = services.action_items.get(held["item"])
    assert item.owner_contact_id is None and item.text == "Entwurf verschicken"  # the meeting keeps it
    assert services.relations.people_of_list(held["list"]) == []
    assert services.contacts.find(held["other"]) is not None
    assert services.history.of_record("contact", held["other"])  # others keep their history


def test_anonymise_keeps_the_head_count(services: Services, held: dict[str, int]) -> None:
    result = privacy.erase(services.store, [held["person"]], anonymise=True, anonymous_name="Anonymisiert")
    [anonymous] = result.anonymised
    with services.store.read() as session:
        count = session.scalar(
            select(func.count()).select_from(Participation).where(Participation.meeting_id == held["meeting"])
        )
        row = session.get(Contact, anonymous)
        assert row is not None
        personal = (
            row.first_name,
            row.email,
            row.phone,
            row.notes,
            row.authority_id,
            row.function,
            row.consent_on,
        )
    assert count == 2
    assert row.last_name == "Anonymisiert" and row.anonymised and not row.active
    assert personal == (None,) * 7
    assert services.action_items.get(held["item"]).owner_contact_id == anonymous
    # The retention review does not list the placeholder.
    assert anonymous not in {c.contact_id for c in privacy.retention_candidates(services.store, 1)}


def test_erase_is_one_transaction(
    services: Services, held: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(privacy, "purge_index", broken)
    with pytest.raises(RuntimeError):
        privacy.erase(services.store, [held["person"]])
    assert services.contacts.find(held["person"]) is not None
    assert len(services.relations.roster(held["meeting"])) == 2


def test_retention_review_lists_inactive_and_unconsenting_people(
    services: Services, held: dict[str, int]
) -> None:
    store = services.store
    assert privacy.retention_years(store) == privacy.DEFAULT_RETENTION_YEARS
    privacy.set_retention_years(store, 2)
    assert privacy.retention_years(store) == 2
    now = {c.contact_id: c for c in privacy.retention_candidates(store)}
    assert held["person"] not in now  # active now, consent given
    assert now[held["other"]].reason == privacy.NO_CONSENT
    later = {c.contact_id: c for c in privacy.retention_candidates(store, today=date(2030, 1, 1))}
    assert later[held["person"]].reason == privacy.NO_ACTIVITY and later[held["person"]].params["years"] == 2
    services.consents.create(
        {"contact_id": held["person"], "status": "withdrawn", "on_date": date.today(), "scope": "photos"}
    )
    assert held["person"] not in {c.contact_id for c in privacy.retention_candidates(store)}  # photos only
    services.consents.create(
        {"contact_id": held["person"], "status": "withdrawn", "on_date": date.today(), "scope": "contact"}
    )
    reasons = {c.contact_id: c.reason for c in privacy.retention_candidates(store)}
    assert reasons[held["person"]] == privacy.WITHDRAWN


def test_retention_period_must_be_sensible(services: Services) -> None:
    with pytest.raises(privacy.RetentionError, match="from 1 to 50 years"):
        privacy.set_retention_years(services.store, 0)


def test_records_of_processing_default_and_edited(services: Services) -> None:
    store = services.store
    assert "Art. 30" in privacy.processing_text(store) and "Zweck" in privacy.processing_text(store)
    privacy.set_processing_text(store, "Unser Verzeichnis")
    assert privacy.processing_text(store) == "Unser Verzeichnis"
    privacy.set_processing_text(store, "  ")
    assert privacy.processing_text(store) == privacy.DEFAULT_PROCESSING


def test_older_backups_can_be_purged_after_an_erase(
    services: Services, held: dict[str, int], db_path: Path
) -> None:
    make_backup(db_path, reason="manual")
    legacy = db_path.with_name(f"{db_path.stem}.before-0009{db_path.suffix}")  # an earlier version's copy
    legacy.write_bytes(db_path.read_bytes())
    assert len(privacy.older_backups(db_path)) == 2
    privacy.erase(services.store, [held["person"]])
    assert privacy.purge_backups(db_path) == 2
    assert list_backups(db_path) == [] and not legacy.exists()
    assert db_path.exists()


# -- the command line -----------------------------------------------------------------


def test_cli_report_in_three_formats(
    services: Services,
    held: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ident = str(held["person"])
    services.store.dispose()
    for suffix in ("json", "xlsx", "pdf"):
        target = tmp_path / f"auskunft.{suffix}"
        code = cli.main(
            ["person", "report", ident, "--database", str(db_path), "-o", str(target), "--german"]
        )
        assert code == 0 and target.stat().st_size > 0
    data = json.loads((tmp_path / "auskunft.json").read_text(encoding="utf-8"))
    assert data["sections"]["consent"]["title"] == "Einwilligungen"
    assert load_workbook(tmp_path / "auskunft.xlsx").sheetnames[0] == "Personenbezogene Daten"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "auskunft.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Datenschutzauskunft" in text and "Quastenberg" in text and "Einwilligungen" in text
    assert (
        cli.main(["person", "report", ident, "--database", str(db_path), "-o", str(tmp_path / "x.txt")]) == 2
    )
    assert (
        cli.main(["person", "report", "999", "--database", str(db_path), "-o", str(tmp_path / "y.json")]) == 2
    )
    assert "no person with the number 999" in capsys.readouterr().err


def test_cli_erase_refuses_without_a_terminal_and_erases_with_yes(
    services: Services, held: dict[str, int], db_path: Path
) -> None:
    services.store.dispose()
    command = [
        sys.executable,
        "-m",
        "egov_network.cli",
        "person",
        "erase",
        str(held["person"]),
        "--database",
        str(db_path),
    ]
    refused = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)
    assert refused.returncode == 2
    assert "cannot be undone" in refused.stderr and "--yes" in refused.stderr
    assert "meeting participations: 1" in refused.stdout  # what would go was listed
    again = Services.over(services.store)
    assert again.contacts.find(held["person"]) is not None
    done = subprocess.run([*command, "--anonymise", "--yes"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert again.contacts.find(held["person"]) is None
    assert len(again.relations.roster(held["meeting"])) == 2
    again.store.dispose()


def test_cli_erase_asks_on_a_terminal(
    services: Services, held: dict[str, int], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.store.dispose()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert cli.main(["person", "erase", str(held["person"]), "--database", str(db_path)]) == 0
    assert Services.over(services.store).contacts.find(held["person"]) is not None
    monkeypatch.setattr("builtins.input", lambda _prompt: "y")
    assert cli.main(["person", "erase", str(held["person"]), "--database", str(db_path)]) == 0
    assert Services.over(services.store).contacts.find(held["person"]) is None
    services.store.dispose()


def test_cli_review_uses_the_period_the_window_stores(
    services: Services, held: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    privacy.set_retention_years(services.store, 4)
    services.store.dispose()
    assert cli.main(["person", "review", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Retention period: 4 years; people to review: 1")
    assert f"{held['other']}\tZeuge, Zora" in out and "no consent recorded" in out
    assert cli.main(["person", "review", "--database", str(db_path), "--years", "9"]) == 0
    assert privacy.retention_years(Services.over(services.store).store) == 9
    assert cli.main(["person", "review", "--database", str(db_path), "--years", "0"]) == 2
    services.store.dispose()
