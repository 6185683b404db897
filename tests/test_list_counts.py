"""The counts the lists show and sort by, kept by the database (migration 0013), and the action
items' filter through the trigram indexes."""

from __future__ import annotations

from sqlalchemy import text

from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services


def _shown(services: Services, entity: str, key: str, ident: int) -> object:
    query = QUERIES[entity](services.store)
    column = [c.key for c in query.columns].index(key)
    return query.rows([ident])[ident][column]


def test_participants_and_open_items_follow_every_write(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00"}
    )
    other = services.meetings.create(
        {"title": "Workshop", "kind": "workshop", "starts_at": "2017-03-01T09:00"}
    )
    people = [services.contacts.create({"last_name": f"Person {n}"}).id for n in range(3)]
    first, *_ = services.participations.add(meeting.id, people)
    item = services.action_items.create({"meeting_id": meeting.id, "text": "Kochbuch lesen"})
    services.action_items.create({"meeting_id": meeting.id, "text": "Protokoll schreiben"})
    assert _shown(services, "meeting", "participants", meeting.id) == 3
    assert _shown(services, "meeting", "open_items", meeting.id) == 2

    # Done, moved to another meeting, removed: each write keeps the counts true.
    done = services.action_items.update(item.id, {"done_on": "2017-02-01"}, expected_version=item.version)
    assert _shown(services, "meeting", "open_items", meeting.id) == 1
    services.action_items.update(
        item.id, {"meeting_id": other.id, "done_on": None}, expected_version=done.version
    )
    assert _shown(services, "meeting", "open_items", other.id) == 1
    assert _shown(services, "meeting", "open_items", meeting.id) == 1
    services.participations.delete(first.id)
    assert _shown(services, "meeting", "participants", meeting.id) == 2

    # Sorted by them, most first.
    meetings = QUERIES["meeting"](services.store)
    assert meetings.ids("", "participants", True) == [meeting.id, other.id]
    services.action_items.create({"meeting_id": other.id, "text": "Einladen"})
    assert meetings.ids("", "open_items", True) == [other.id, meeting.id]


def test_a_meeting_back_from_the_trash_counts_its_participants_once(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00"}
    )
    people = [services.contacts.create({"last_name": f"Person {n}"}).id for n in range(4)]
    services.participations.add(meeting.id, people)
    services.action_items.create({"meeting_id": meeting.id, "text": "Kochbuch"})
    (snapshot,) = services.meetings.delete_many([meeting.id])
    services.meetings.restore(snapshot)
    assert _shown(services, "meeting", "participants", meeting.id) == 4
    assert _shown(services, "meeting", "open_items", meeting.id) == 1
    with services.store.read() as session:
        stored = session.execute(
            text("SELECT participant_count, open_item_count FROM meeting WHERE id = :id"), {"id": meeting.id}
        ).one()
    assert tuple(stored) == (4, 1)


def test_an_authoritys_contacts_follow_moves_and_deletes(services: Services) -> None:
    north = services.authorities.create(
        {"name": "Stadt Norderstedt", "kind": "municipality", "network_role": "partner"}
    )
    south = services.authorities.create(
        {"name": "Kreis Steinfurt", "kind": "district", "network_role": "partner"}
    )
    person = services.contacts.create({"last_name": "Vitt", "authority_id": north.id})
    services.contacts.create({"last_name": "Lenz", "authority_id": north.id})
    assert _shown(services, "authority", "contacts", north.id) == 2
    services.contacts.update(person.id, {"authority_id": south.id}, expected_version=person.version)
    assert (
        _shown(services, "authority", "contacts", north.id),
        _shown(services, "authority", "contacts", south.id),
    ) == (
        1,
        1,
    )
    services.contacts.delete(person.id)
    assert _shown(services, "authority", "contacts", south.id) == 0
    assert QUERIES["authority"](services.store).ids("", "contacts", True) == [north.id, south.id]


def test_action_items_are_found_by_their_text_owner_and_meeting(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Lenkungskreis", "kind": "other", "starts_at": "2017-01-27T09:00"}
    )
    owner = services.contacts.create({"last_name": "Quellmalz"})
    own = services.action_items.create({"meeting_id": meeting.id, "text": "Entwurf Leitfaden"})
    owned = services.action_items.create(
        {"meeting_id": meeting.id, "text": "Anrufen", "owner_contact_id": owner.id}
    )
    items = QUERIES["action_item"](services.store)
    assert items.ids("leitf") == [own.id]  # own text, from its index
    assert items.ids("quellm") == [owned.id]  # the owner's name
    assert sorted(items.ids("lenkungs")) == sorted([own.id, owned.id])  # the meeting's title
    assert items.ids("qu") == [owned.id]  # two letters: scanned through the joins
    # Narrowing the open items keeps to the scope and gives what the full query gives.
    shown = items.ids("", None, False, {"open": 1})
    assert items.narrowed(shown, ["an"], scope={"open": 1}) == items.ids("an", None, False, {"open": 1})
    services.action_items.update(owned.id, {"text": "Zurückrufen"}, expected_version=owned.version)
    assert items.ids("zurueckr") == [owned.id] and items.ids("anrufen") == []
