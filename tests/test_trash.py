"""The trash: a delete keeps the record and what it owned, restorable after the program was closed;
undo takes the item out again; restoring, deleting for good, emptying, purging after N days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from egov_network.domain.errors import ConflictError
from egov_network.services import trash as ts
from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.services.search_all import SearchAll
from egov_network.store.migrate import open_store


def anna(services: Services) -> int:
    return services.contacts.create(
        {
            "first_name": "Anna",
            "last_name": "Zyxwobel",
            "function": "Referentin",
            "consent_on": date(2025, 3, 4),
        }
    ).id


def test_a_deleted_contact_is_in_the_trash_and_in_no_list_or_search(demo: Services) -> None:
    demo.store.actor = "alice"
    ident = anna(demo)
    assert SearchAll(demo.store).search("Zyxwobel").total == 1
    demo.contacts.delete(ident)
    (item,) = demo.trash.items()
    assert (item.entity, item.record_id, item.label, item.actor) == (
        "contact",
        ident,
        "Zyxwobel, Anna",
        "alice",
    )
    assert abs(item.deleted_at - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=1)
    assert ident not in ContactListQuery(demo.store).ids()
    assert SearchAll(demo.store).search("Zyxwobel").total == 0


def test_restorable_after_the_program_was_closed_with_what_it_owned(db_path: Path, demo: Services) -> None:
    ident = anna(demo)
    topic = demo.topics.all()[0]
    demo.expertise.create({"contact_id": ident, "topic_id": topic.id, "level": "expert", "note": "seit 2020"})
    meeting = demo.meetings.create(
        {"title": "Zyx-Barcamp", "kind": "barcamp", "starts_at": datetime(2027, 1, 15, 10, 30)}
    ).id
    before = demo.contacts.get(ident)
    demo.contacts.delete(ident)
    demo.meetings.delete(meeting)
    demo.store.dispose()

    store = open_store(db_path, create=False)
    try:
        again = Services.over(store)
        items = {i.entity: i for i in again.trash.items()}
        assert again.trash.restore(items["contact"].id) == ("contact", ident)
        again.trash.restore(items["meeting"].id)
        restored = again.contacts.get(ident)
        assert restored == before  # every field, the consent date a date again, the same version
        assert isinstance(restored.consent_on, date)
        assert [link.note for link in again.relations.topics_of_contact(ident)] == ["seit 2020"]
        assert again.meetings.get(meeting).starts_at == datetime(2027, 1, 15, 10, 30)
        assert again.trash.items() == []
        assert [e.action for e in again.history.of_record("contact", ident)][:2] == ["restored", "deleted"]
    finally:
        store.dispose()


def test_undo_of_a_delete_takes_the_item_out_of_the_trash(services: Services) -> None:
    ident = anna(services)
    (snapshot,) = services.contacts.delete_many([ident])
    assert services.trash.count() == 1
    services.contacts.restore(snapshot)  # what the window's undo does
    assert services.trash.count() == 0
    assert services.contacts.get(ident).last_name == "Zyxwobel"


def test_a_restore_whose_meeting_is_gone_is_refused_in_words(demo: Services) -> None:
    meeting = demo.meetings.create(
        {"title": "Zyx", "kind": "workshop", "starts_at": datetime(2027, 2, 1, 9)}
    ).id
    item = demo.action_items.create({"meeting_id": meeting, "text": "Protokoll schreiben"}).id
    demo.action_items.delete(item)
    demo.meetings.delete(meeting)
    entry = next(i for i in demo.trash.items() if i.entity == "action_item")
    with pytest.raises(ConflictError, match="Protokoll schreiben"):
        demo.trash.restore(entry.id)
    assert demo.action_items.find(item) is None
    assert demo.trash.count() == 2  # nothing half-written, the item stays


def test_delete_for_good_empty_and_purge_after_days(services: Services) -> None:
    ids = [services.topics.create({"name": f"Thema {i}"}).id for i in range(4)]
    for ident in ids:
        services.topics.delete(ident)
    items = services.trash.items()
    assert [i.record_id for i in items] == ids[::-1]  # newest first
    assert services.trash.delete_for_good([items[0].id]) == 1
    later = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=31)
    assert services.trash.purge_older_than(40, now=later) == 0
    assert services.trash.purge_older_than(30, now=later) == 3
    services.topics.delete(services.topics.create({"name": "Noch eins"}).id)
    assert services.trash.empty() == 1
    assert services.trash.items() == []


def test_link_rows_go_to_no_trash(demo: Services) -> None:
    ident = anna(demo)
    expertise = demo.expertise.create(
        {"contact_id": ident, "topic_id": demo.topics.all()[0].id, "level": "expert"}
    )
    demo.expertise.delete(expertise.id)
    assert demo.trash.count() == 0


def test_purge_api_for_the_erase(services: Services) -> None:
    ident = anna(services)
    other = services.contacts.create({"last_name": "Meier"}).id
    services.contacts.delete(ident)
    services.contacts.delete(other)
    with services.store.write() as session:
        assert len(ts.items_mentioning(session, "zyxwobel")) == 1  # case-insensitive
        assert ts.items_mentioning(session, "%") == []  # a LIKE wildcard is a plain character
        assert ts.purge_records(session, [("contact", ident)]) == 1
        assert ts.remove_items(session, ts.items_mentioning(session, "Meier")) == 1
    assert services.trash.count() == 0


def test_a_new_record_never_takes_the_id_of_one_in_the_trash(services: Services) -> None:
    first = services.topics.create({"name": "Alt"}).id
    services.topics.delete(first)  # the newest record: SQLite alone would hand its id out again
    second = services.topics.create({"name": "Neu"}).id
    assert second != first
    assert [e.label for e in services.history.of_record("topic", second)] == ["Neu"]
    services.trash.restore(services.trash.items()[0].id)
    assert {t.name for t in services.topics.all()} == {"Alt", "Neu"}


def test_a_restored_contact_is_on_its_lists_again(services: Services) -> None:
    ident = anna(services)
    listed = services.lists.create({"name": "Verteiler", "kind": "static"}).id
    services.lists.add_members(listed, [ident])
    services.contacts.delete(ident)
    assert [link.id for link in services.relations.people_of_list(listed)] == []
    services.trash.restore(services.trash.items()[0].id)
    assert [link.id for link in services.relations.people_of_list(listed)] == [ident]


def test_items_referring_find_a_deleted_meeting_by_its_participant(demo: Services) -> None:
    ident = anna(demo)
    meeting = demo.meetings.create(
        {"title": "Zyx", "kind": "workshop", "starts_at": datetime(2027, 2, 1, 9)}
    ).id
    demo.participations.add(meeting, [ident])
    demo.meetings.delete(meeting)
    with demo.store.read() as session:
        (item,) = ts.items_referring(session, "contact", ident)
        assert ts.items_mentioning(session, "Zyxwobel") == []  # the payload names the person by id only
        assert ts.items_referring(session, "contact", ident + 1000) == []
    assert demo.trash.items()[0].id == item
