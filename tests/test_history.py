"""The change history: every kind of writer records who, when, which record and each field's
before -> after in the transaction of its change; reading, paging, the purge API and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from egov_network.cli import main
from egov_network.domain.errors import ValidationError
from egov_network.services import history as hs
from egov_network.services import importing
from egov_network.services.bulk import BulkEditor
from egov_network.services.history import entry_line
from egov_network.services.registry import Services
from egov_network.store.models import change_log


def person(services: Services, last: str = "Meier", first: str = "Anna", **more: object) -> int:
    return services.contacts.create({"first_name": first, "last_name": last, **more}).id


def changes_of(
    services: Services, entity: str, ident: int
) -> list[tuple[str, dict[str, tuple[object, object]]]]:
    return [(e.action, e.changes) for e in services.history.of_record(entity, ident)]


def test_create_change_delete_record_who_when_what(services: Services) -> None:
    services.store.actor = "alice"
    before = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1)
    ident = person(services, function="Referent")
    services.contacts.update(ident, {"function": "Referatsleiter"})
    services.contacts.delete(ident)
    entries = services.history.of_record("contact", ident)
    assert [e.action for e in entries] == ["deleted", "changed", "created"]  # newest first
    assert {e.actor for e in entries} == {"alice"}
    assert all(before <= e.at <= datetime.now(UTC).replace(tzinfo=None) for e in entries)
    assert {e.label for e in entries} == {"Meier, Anna"}
    assert entries[1].changes == {"function": ("Referent", "Referatsleiter")}
    assert entries[2].changes["last_name"] == (None, "Meier")


def test_the_os_user_is_the_default_actor(services: Services) -> None:
    import getpass

    ident = person(services)
    assert services.history.of_record("contact", ident)[0].actor == getpass.getuser()


def test_an_action_that_fails_leaves_no_history(services: Services) -> None:
    with pytest.raises(ValidationError), services.store.write():
        person(services, last="Schulz")
        services.contacts.create({"first_name": "no last name"})
    with services.store.read() as session:
        assert session.scalar(select(func.count()).select_from(change_log)) == 0
    assert services.contacts.count_all() == 0


def test_references_are_named_and_a_changed_reference_shows_both_names(services: Services) -> None:
    old = services.authorities.create(
        {"name": "Stadt Altdorf", "kind": "municipality", "network_role": "model_municipality"}
    ).id
    new = services.authorities.create(
        {"name": "Stadt Neudorf", "kind": "municipality", "network_role": "model_municipality"}
    ).id
    ident = person(services, authority_id=old)
    services.contacts.update(ident, {"authority_id": new})
    assert services.history.of_record("contact", ident)[0].changes == {
        "authority_id": ("Stadt Altdorf", "Stadt Neudorf")
    }


def test_links_show_in_the_history_of_both_records(demo: Services) -> None:
    ident = person(demo)
    topic = demo.topics.all()[0]
    expertise = demo.expertise.create({"contact_id": ident, "topic_id": topic.id, "level": "expert"})
    demo.expertise.update(expertise.id, {"level": "interested"})
    demo.expertise.delete(expertise.id)
    assert changes_of(demo, "contact", ident)[:3] == [
        ("unlinked", {"topic_id": (topic.name, None)}),
        ("link changed", {"topic_id": (topic.name, topic.name), "level": ("expert", "interested")}),
        ("linked", {"topic_id": (None, topic.name), "level": (None, "expert")}),
    ]
    assert changes_of(demo, "topic", topic.id)[0] == ("unlinked", {"contact_id": ("Meier, Anna", None)})

    meeting = demo.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2027, 1, 15, 10)}
    ).id
    demo.participations.add(meeting, [ident])
    assert changes_of(demo, "meeting", meeting)[0] == (
        "linked",
        {"contact_id": (None, "Meier, Anna"), "status": (None, "invited"), "role": (None, "participant")},
    )
    assert changes_of(demo, "contact", ident)[0][1]["meeting_id"] == (None, "Barcamp")

    demo.meetings.set_topics(meeting, [topic.id])
    assert changes_of(demo, "meeting", meeting)[0] == ("linked", {"topic": (None, topic.name)})
    assert changes_of(demo, "topic", topic.id)[0] == ("linked", {"meeting": (None, "Barcamp")})


def test_tags_and_list_members_are_links(services: Services) -> None:
    a, b = person(services), person(services, "Schulz", "Bernd")
    tagging = services.tags.tag("contact", [a, b], add=["Pilot"])
    assert changes_of(services, "contact", a)[0] == ("linked", {"tag": (None, "Pilot")})
    services.tags.untag(tagging)
    assert changes_of(services, "contact", b)[0] == ("unlinked", {"tag": ("Pilot", None)})

    services.tags.tag("contact", [a], add=["OZG"])
    services.tags.tag("contact", [b], add=["Onlinezugang"])
    uses = {u.name: u.id for u in services.tags.uses()}
    services.tags.merge([uses["Onlinezugang"]], uses["OZG"])
    assert changes_of(services, "contact", b)[:2] == [
        ("unlinked", {"tag": ("Onlinezugang", None)}),
        ("linked", {"tag": (None, "OZG")}),
    ]
    assert changes_of(services, "tag", uses["Onlinezugang"])[0] == (
        "merged",
        {"tag": ("Onlinezugang", "OZG")},
    )

    listed = services.lists.create({"name": "Verteiler", "kind": "static"}).id
    services.lists.add_members(listed, [a])
    assert changes_of(services, "contact_list", listed)[0] == ("linked", {"contact": (None, "Meier, Anna")})
    assert changes_of(services, "contact", a)[0] == ("linked", {"contact_list": (None, "Verteiler")})
    services.lists.remove_members(listed, [a])
    assert changes_of(services, "contact", a)[0] == ("unlinked", {"contact_list": ("Verteiler", None)})


def test_bulk_edit_writes_one_entry_per_record(demo: Services) -> None:
    ids = [person(demo, f"Person{i}") for i in range(3)]
    BulkEditor(demo).apply("contact", ids, "active", False)
    assert all(changes_of(demo, "contact", i)[0] == ("changed", {"active": (True, False)}) for i in ids)


def test_an_import_records_each_new_record_in_one_batch_and_its_undo(
    services: Services, tmp_path: Path
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Vorname;Nachname;Behörde;Funktion\nAnna;Meier;Stadt Altdorf;Referentin\n"
        "Bernd;Schulz;Stadt Altdorf;Leiter\n",
        encoding="utf-8",
    )
    preview = importing.load_preview(services, csv, "contacts", create_missing_authorities=True)
    result = importing.apply_preview(services, preview)
    assert len(result.created) == 2
    entries = [services.history.of_record("contact", i)[0] for i in result.created]
    assert [e.action for e in entries] == ["imported", "imported"]
    assert entries[0].label == "Meier, Anna"
    assert entries[0].changes["authority_id"] == (None, "Stadt Altdorf")
    assert entries[0].changes["function"] == (None, "Referentin")
    assert len({e.batch for e in entries}) == 1  # one action, one batch
    importing.undo_import(services, result)
    assert services.history.of_record("contact", result.created[0])[0].action == "deleted"
    importing.redo_import(services, result)
    assert services.history.of_record("contact", result.created[0])[0].action == "imported"


def test_undo_of_an_edit_is_a_new_entry(services: Services) -> None:
    ident = person(services, function="Referent")
    edit = services.contacts.change(ident, {"function": "Leiter"})
    services.contacts.change(ident, edit.before, expected_values=edit.after)  # what undo does
    assert changes_of(services, "contact", ident)[:2] == [
        ("changed", {"function": ("Leiter", "Referent")}),
        ("changed", {"function": ("Referent", "Leiter")}),
    ]


def test_recent_pages_newest_first_and_filters_by_kind(services: Services) -> None:
    ids = [person(services, f"P{i}") for i in range(5)]
    services.topics.create({"name": "Wasser"})
    first = services.history.recent(limit=3)
    assert [e.entity for e in first] == ["topic", "contact", "contact"]
    rest = services.history.recent(limit=10, before_id=first[-1].id)
    assert [e.record_id for e in rest] == [ids[2], ids[1], ids[0]]
    assert [e.entity for e in services.history.recent(entities=["topic"])] == ["topic"]


def test_purge_api_removes_a_records_entries_and_finds_mentions(demo: Services) -> None:
    ident = person(demo, "Zyxwobel", "Quirin")
    meeting = demo.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2027, 1, 15, 10)}
    ).id
    demo.participations.add(meeting, [ident])
    with demo.store.write() as session:
        mentioning = hs.entries_mentioning(session, "Zyxwobel")
        assert len(mentioning) == 3  # the contact's created and linked, the meeting's linked
        assert hs.purge_records(session, [("contact", ident)]) == 2
        assert hs.remove_entries(session, hs.entries_mentioning(session, "Zyxwobel")) == 1
        assert hs.entries_mentioning(session, "") == []
    assert demo.history.of_record("contact", ident) == []
    assert demo.history.of_record("meeting", meeting)[0].action == "created"


def test_cli_history_lines_and_a_bad_record(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.store.actor = "alice"
    ident = person(services, function="Referent")
    services.contacts.update(ident, {"function": "Referatsleiter"})
    services.store.dispose()
    assert main(["history", "--database", str(db_path), "--record", f"contact:{ident}"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(
        f"  alice  changed contact {ident} “Meier, Anna”: function: Referent → Referatsleiter"
    )
    assert lines[0][:16] == services.history.of_record("contact", ident)[0].at.replace(
        tzinfo=UTC
    ).astimezone().strftime("%Y-%m-%d %H:%M")
    assert "created contact" in lines[1]
    assert main(["history", "--database", str(db_path), "--german"]) == 0
    german = capsys.readouterr().out
    assert "Funktion: Referent → Referatsleiter" in german
    assert "Aktiv: ✓" in german  # a flag as a mark, not "True"
    for bad in ("contact", "person:3", "contact:x"):
        assert main(["history", "--database", str(db_path), "--record", bad]) == 2
        assert "KIND:ID" in capsys.readouterr().err


def test_entry_line_words_stored_codes_and_dates(services: Services, authority: int) -> None:
    from egov_network.domain.i18n import catalogue_translator

    ident = person(services)
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2027, 1, 15, 10)}
    ).id
    services.participations.create({"meeting_id": meeting, "contact_id": ident, "status": "attended"})
    services.meetings.update(meeting, {"ends_at": datetime(2027, 1, 15, 16, 30)})
    german = catalogue_translator("de")
    linked = entry_line(services.history.of_record("contact", ident)[0], german=True, translate=german)
    assert "Status: Teilgenommen" in linked and "attended" not in linked
    changed = entry_line(services.history.of_record("meeting", meeting)[0], german=True, translate=german)
    assert "15.01.2027 16:30" in changed and "2027-01-15" not in changed


def test_entry_line_names_a_created_field_without_an_arrow(services: Services) -> None:
    ident = person(services)
    line = entry_line(services.history.of_record("contact", ident)[0])
    assert "created contact" in line and "last_name: Meier" in line and "→" not in line


def test_moving_a_topics_links_writes_both_topics_into_the_history(services: Services) -> None:
    old, new = services.topics.create({"name": "Alt"}).id, services.topics.create({"name": "Neu"}).id
    ident = person(services)
    services.expertise.create({"contact_id": ident, "topic_id": old, "level": "expert"})
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2027, 1, 15, 10)}
    ).id
    services.meetings.set_topics(meeting, [old])
    services.moves.topic_dependents(old, new)
    assert changes_of(services, "contact", ident)[0] == ("link changed", {"topic_id": ("Alt", "Neu")})
    assert changes_of(services, "meeting", meeting)[:2] == [
        ("linked", {"topic": (None, "Neu")}),
        ("unlinked", {"topic": ("Alt", None)}),
    ]
