"""The network-scale generator: proportions, determinism, and data the services accept as it is."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from egov_network import cli
from egov_network.domain.errors import StoreError
from egov_network.services.generate import REFERENCE_DAY, GenerateSummary, generate_database
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.store.check import record_counts, run_check
from egov_network.store.migrate import open_store
from egov_network.store.models import ENTITY_TABLES, ActionItem, Authority, Contact, Meeting, Topic
from egov_network.store.search import derived_values, search_text_of


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerateSummary]:
    """1,000 contacts, generated once for the read-only tests of this module, and its summary."""
    path = tmp_path_factory.mktemp("generated") / "network.sqlite"
    return path, generate_database(path, 1000, seed=7)


@pytest.fixture(scope="module")
def network(generated: tuple[Path, GenerateSummary]) -> Path:
    return generated[0]


@pytest.fixture
def services(network: Path) -> Iterator[Services]:
    store = open_store(network, create=False)
    yield Services.over(store)
    store.dispose()


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for model in ENTITY_TABLES:
            for row in connection.execute(f"SELECT * FROM {model.__tablename__} ORDER BY id"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def test_counts_scale_with_the_contacts(generated: tuple[Path, GenerateSummary]) -> None:
    path, summary = generated
    counts = summary.counts
    assert list(counts) == [m.__tablename__ for m in ENTITY_TABLES]
    assert counts["contact"] == 1000
    assert counts["authority"] == 110  # 11,000 per 100,000
    assert counts["meeting"] == 200  # 20,000 per 100,000
    assert counts["participation"] == 4000  # 400,000 per 100,000
    assert counts["topic"] == 20  # 500 per 100,000, but a tree needs a few
    assert 1300 <= counts["expertise"] <= 1700  # about 1.5 per contact
    assert 1.7 * 200 <= counts["action_item"] <= 2.3 * 200  # about 2 per meeting
    assert summary.seconds > 0
    store = open_store(path, create=False)
    try:
        assert record_counts(store) == counts
    finally:
        store.dispose()


def test_same_seed_same_content_other_seed_other_content(tmp_path: Path) -> None:
    first, again, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    generate_database(first, 100, seed=3)
    generate_database(again, 100, seed=3)
    generate_database(other, 100, seed=4)
    assert content_hash(first) == content_hash(again)
    assert content_hash(first) != content_hash(other)


def test_the_check_passes_and_the_file_is_whole(network: Path) -> None:
    store = open_store(network, create=False, migrate=False)
    try:
        report = run_check(store)
    finally:
        store.dispose()
    assert report.ok, report.problems
    assert not list(network.parent.glob(".*partial*"))
    with sqlite3.connect(network) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_services_take_every_value_as_it_is(services: Services) -> None:
    """Saving a sample unchanged through the services validates it and changes nothing.

    ``update(id, {})`` runs every validator and cross-field check; a value
    it would normalise differently would be written and bump the version.
    """
    samples = {
        services.contacts: 200,
        services.authorities: 60,
        services.topics: 20,
        services.meetings: 60,
        services.expertise: 30,
        services.authority_topics: 20,
        services.participations: 30,
        services.action_items: 30,
    }
    for service, number in samples.items():
        total = service.count_all()
        for ident in range(1, total + 1, max(1, total // number)):
            record = service.update(ident, {})
            assert record.version == 1, (service.entity, ident)  # type: ignore[attr-defined]
    contact = services.contacts.get(1)
    assert contact.last_name and contact.version == 1


def test_stored_search_text_is_what_the_orm_would_write(network: Path) -> None:
    with sqlite3.connect(network) as connection:
        connection.row_factory = sqlite3.Row
        for model in (Authority, Contact, Topic, Meeting, ActionItem):
            for row in connection.execute(f"SELECT * FROM {model.__tablename__} WHERE id % 7 = 1"):
                assert row["search_text"] == search_text_of(model, dict(row))
        for row in connection.execute("SELECT * FROM meeting WHERE minutes IS NOT NULL LIMIT 50"):
            assert row["notes_text"] == derived_values(Meeting, dict(row))["notes_text"] != ""


def test_german_names_and_the_filter_finds_mueller(services: Services) -> None:
    with sqlite3.connect(services.store.path) as connection:  # type: ignore[arg-type]
        last_names = {name for (name,) in connection.execute("SELECT last_name FROM contact")}
        authorities = [name for (name,) in connection.execute("SELECT name FROM authority")]
    assert "Müller" in last_names
    assert any("ß" in name for name in last_names)
    assert any(ch in "".join(last_names) for ch in "äöü")
    assert any(name.startswith("Landkreis ") or name.startswith("Kreis ") for name in authorities)
    assert any(name.startswith("Gemeinde ") for name in authorities)
    assert any(ch in "".join(authorities) for ch in "äöüß")
    query = QUERIES["contact"](services.store)
    found = query.ids("muller")
    muellers = [i for i in found if services.contacts.get(i).last_name == "Müller"]
    assert muellers and set(muellers) <= set(query.ids("mueller"))


def test_keys_states_dates_and_references_fit_together(network: Path) -> None:
    with sqlite3.connect(network) as connection:
        rows = connection.execute(
            "SELECT a.kind, a.state, a.ags, p.ags"
            " FROM authority a LEFT JOIN authority p ON p.id = a.parent_id"
        ).fetchall()
        for kind, state, ags, parent_ags in rows:
            if ags:
                assert ags[:2] == state and len(ags) == (5 if kind == "district" else 8)
            if parent_ags:
                assert ags.startswith(parent_ags)
        assert {kind for kind, *_ in rows} >= {"municipality", "district"}
        statuses = dict(
            connection.execute(
                "SELECT status, max(starts_at) FROM meeting WHERE status != 'cancelled' GROUP BY status"
            ).fetchall()
        )
        assert statuses["held"] < REFERENCE_DAY.isoformat() < statuses["planned"]
        first, last = connection.execute("SELECT min(starts_at), max(starts_at) FROM meeting").fetchone()
        assert first[:4] == "2015" and last[:4] == "2027"
        today = date.today().isoformat()
        overdue = connection.execute(
            "SELECT count(*) FROM action_item WHERE done_on IS NULL AND due_on < ?", (today,)
        ).fetchone()[0]
        done = connection.execute("SELECT count(*) FROM action_item WHERE done_on IS NOT NULL").fetchone()[0]
        assert overdue > 0 and done > 0
        strangers = connection.execute(
            "SELECT count(*) FROM action_item i WHERE owner_contact_id IS NOT NULL AND NOT EXISTS"
            " (SELECT 1 FROM participation p"
            "  WHERE p.meeting_id = i.meeting_id AND p.contact_id = i.owner_contact_id)"
        ).fetchone()[0]
        assert strangers == 0  # owners are among the meeting's participants
        minutes = connection.execute(
            "SELECT minutes FROM meeting WHERE minutes IS NOT NULL LIMIT 1"
        ).fetchone()
        assert minutes[0].count("\n\n") >= 2


def test_refuses_to_replace_data_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite"
    store = open_store(target)
    Services.over(store).topics.create({"name": "Meine Notiz"})
    store.dispose()
    with pytest.raises(StoreError, match="--force"):
        generate_database(target, 50)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT name FROM topic").fetchall() == [("Meine Notiz",)]
    generate_database(target, 50, force=True)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (50,)
    with pytest.raises(ValueError):
        generate_database(tmp_path / "none.sqlite", 0)


def test_cli_generate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "cli.sqlite"
    assert cli.main(["generate", "--database", str(target), "--contacts", "200", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "Generated network written to" in out and "  contact: 200" in out and "  participation: 800" in out
    assert cli.main(["check", "--database", str(target)]) == 0
    capsys.readouterr()
    assert cli.main(["generate", "--database", str(target), "--contacts", "200"]) == 2
    assert "--force" in capsys.readouterr().err
    assert cli.main(["generate", "--database", str(target), "--contacts", "100", "--force"]) == 0
    assert "  contact: 100" in capsys.readouterr().out
    for bad in ("0", "many", "1000001"):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["generate", "--database", str(target), "--contacts", bad])
        assert exit_info.value.code == 2
    # A million is accepted (the benchmarks' largest size): refused only past it.
    assert "from 1 to 1000000, not 1000001" in capsys.readouterr().err
