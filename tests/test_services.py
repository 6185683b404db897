"""Use cases without a window: what a coordinator does, and what the store holds afterwards."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from egov_network.domain.errors import ConflictError, DependencyError, NotFoundError, ValidationError
from egov_network.services.registry import Services


def invalid(call, *args) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


# -- authorities --------------------------------------------------------------


def test_authority_state_is_taken_from_the_municipality_key(services: Services) -> None:
    created = services.authorities.create(
        {
            "name": "Stadt Halle (Saale)",
            "kind": "municipality",
            "network_role": "model_municipality",
            "ags": "15002000",
            "cohort": "2",
            "member_since": "01.08.2014",
        }
    )
    stored = services.authorities.get(created.id)
    assert (stored.state, stored.cohort, stored.member_since) == ("15", 2, date(2014, 8, 1))
    assert stored.version == 1


def test_authority_with_several_bad_fields_names_each_field(services: Services) -> None:
    error = invalid(
        services.authorities.create,
        {
            "name": " ",
            "kind": "city-state",
            "network_role": "partner",
            "ags": "05566028",
            "state": "07",
            "email": "poststelle@",
            "member_since": "2018-01-01",
            "member_until": "2017-01-01",
        },
    )
    assert error.fields() == {"name", "kind", "ags", "email", "member_until"}
    assert "Name: This field is required." in error.text()
    assert "Municipality key (AGS): The municipality key starts with 05" in error.text()
    assert services.authorities.count_all() == 0


def test_authority_cannot_be_its_own_ancestor(services: Services) -> None:
    group = services.authorities.create(
        {
            "name": "Bewerbergemeinschaft Ibbenbüren",
            "kind": "consortium",
            "network_role": "model_municipality",
        }
    )
    town = services.authorities.create(
        {"name": "Stadt Ibbenbüren", "kind": "municipality", "network_role": "partner", "parent_id": group.id}
    )
    error = invalid(services.authorities.update, group.id, {"parent_id": town.id})
    assert error.fields() == {"parent_id"}
    assert services.authorities.get(group.id).parent_id is None


def test_deleting_an_authority_with_contacts_or_members_is_refused(
    services: Services, authority: int
) -> None:
    services.contacts.create({"last_name": "Weißenfels", "authority_id": authority})
    services.authorities.create(
        {"name": "Amt Digitale Dienste", "kind": "other", "network_role": "partner", "parent_id": authority}
    )
    with pytest.raises(DependencyError) as caught:
        services.authorities.delete(authority)
    assert caught.value.dependents == {"contacts": 1, "member authorities": 1}
    assert "Stadt Norderstedt" in caught.value.text()
    assert services.authorities.find(authority) is not None


def test_deleting_an_authority_takes_its_topic_links_along(services: Services, authority: int) -> None:
    topic = services.topics.create({"name": "Bürgerportal"})
    services.authority_topics.create({"authority_id": authority, "topic_id": topic.id, "note": "seit 2015"})
    assert services.authorities.delete_check([authority]) == ({}, {"topic links": 1})
    services.authorities.delete(authority)
    assert services.authority_topics.count_all() == 0
    assert services.topics.find(topic.id) is not None


# -- contacts -----------------------------------------------------------------


def test_contact_is_created_with_normalised_phone_and_email(services: Services, authority: int) -> None:
    contact = services.contacts.create(
        {
            "salutation": "mr",
            "first_name": "Norbert",
            "last_name": "Weißenfels",
            "authority_id": authority,
            "function": "Leiter des Amtes Digitale Dienste",
            "email": " N.Weissenfels@Norderstedt.de ",
            "phone": "040 535 95-0",
            "consent_on": "2017-01-27",
            "consent_method": "registration",
        }
    )
    stored = services.contacts.get(contact.id)
    assert stored.phone == "+49 40 535950"
    assert stored.email == "N.Weissenfels@norderstedt.de"
    assert stored.active is True
    assert stored.full_name == "Norbert Weißenfels"


def test_invalid_email_is_reported_on_the_email_field_and_nothing_is_written(services: Services) -> None:
    error = invalid(services.contacts.create, {"last_name": "Lenz", "email": "frank.lenz@cochem-zell"})
    assert error.fields() == {"email"}
    assert error.for_field("email")[0].message() == "“frank.lenz@cochem-zell” is not a valid email address."
    assert services.contacts.count_all() == 0


def test_contact_with_unknown_authority_or_future_consent_is_refused(services: Services) -> None:
    error = invalid(
        services.contacts.create, {"last_name": "Lenz", "authority_id": 999, "consent_on": "2999-01-01"}
    )
    assert error.fields() == {"authority_id", "consent_on"}


def test_moving_a_contact_keeps_the_former_position(services: Services, authority: int) -> None:
    other = services.authorities.create(
        {"name": "Kreis Steinfurt", "kind": "district", "network_role": "partner"}
    )
    contact = services.contacts.create(
        {"last_name": "Egelkamp", "authority_id": authority, "function": "Leiter IT"}
    )
    services.contacts.update(contact.id, {"authority_id": other.id, "function": "Geschäftsführer"})
    history = services.contacts.positions(contact.id)
    assert [(p.authority_name, p.function, p.ended_on) for p in history] == [
        ("Stadt Norderstedt", "Leiter IT", date.today())
    ]
    services.contacts.update(contact.id, {"notes": "nur eine Notiz"})
    assert len(services.contacts.positions(contact.id)) == 1


def test_update_with_a_stale_version_is_a_conflict_not_a_lost_update(services: Services) -> None:
    contact = services.contacts.create({"last_name": "Rothkranz"})
    services.contacts.update(contact.id, {"function": "stv. Leiterin Hauptamt"}, expected_version=1)
    with pytest.raises(ConflictError):
        services.contacts.update(contact.id, {"function": "überschrieben"}, expected_version=1)
    assert services.contacts.get(contact.id).function == "stv. Leiterin Hauptamt"
    assert services.contacts.get(contact.id).version == 2


def test_unchanged_update_does_not_bump_the_version(services: Services) -> None:
    contact = services.contacts.create({"last_name": "Rothkranz"})
    assert services.contacts.update(contact.id, {"last_name": "Rothkranz"}).version == 1


def test_contact_with_participations_cannot_be_deleted(services: Services) -> None:
    contact = services.contacts.create({"last_name": "Neumann"})
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00"}
    )
    services.participations.add(meeting.id, [contact.id])
    with pytest.raises(DependencyError) as caught:
        services.contacts.delete(contact.id)
    assert caught.value.dependents == {"meeting participations": 1}
    assert services.contacts.find(contact.id) is not None


def test_deleting_a_contact_takes_expertise_along_and_returns_the_record(services: Services) -> None:
    contact = services.contacts.create({"last_name": "Stember", "title": "Prof. Dr."})
    topic = services.topics.create({"name": "E-Government-Kochbuch"})
    services.expertise.create({"contact_id": contact.id, "topic_id": topic.id, "level": "expert"})
    gone = services.contacts.delete(contact.id)
    assert gone.last_name == "Stember"
    assert services.expertise.count_all() == 0
    with pytest.raises(NotFoundError):
        services.contacts.get(contact.id)


def test_huge_and_exotic_text_is_refused_or_kept_exactly(services: Services) -> None:
    error = invalid(services.contacts.create, {"last_name": "x" * 1_000_000})
    assert "At most 300 characters" in error.text()
    notes = "Grüße 👋 aus Gütersloh — ß, é, 中文\n" * 1000
    contact = services.contacts.create({"last_name": "Schulz", "notes": notes})
    assert services.contacts.get(contact.id).notes == notes


# -- topics and expertise -----------------------------------------------------


def test_topic_names_are_unique_ignoring_case(services: Services) -> None:
    services.topics.create({"name": "Datenschutz"})
    error = invalid(services.topics.create, {"name": "DATENSCHUTZ"})
    assert "exists already" in error.text()


def test_topic_tree_cannot_loop(services: Services) -> None:
    root = services.topics.create({"name": "Informationssicherheit"})
    child = services.topics.create({"name": "ISMS", "parent_id": root.id})
    assert invalid(services.topics.update, root.id, {"parent_id": child.id}).fields() == {"parent_id"}


def test_topic_in_use_is_not_deleted(services: Services) -> None:
    root = services.topics.create({"name": "Rechtsrahmen"})
    services.topics.create({"name": "E-Government-Gesetz NRW", "parent_id": root.id})
    with pytest.raises(DependencyError) as caught:
        services.topics.delete(root.id)
    assert caught.value.dependents == {"sub-topics": 1}


def test_experts_ranked_by_level_then_name(services: Services) -> None:
    topic = services.topics.create({"name": "IT-Sicherheit"})
    for last, level in (
        ("Zander", "expert"),
        ("Egelkamp", "expert"),
        ("Albers", "interested"),
        ("Ebert", "experienced"),
    ):
        person = services.contacts.create({"last_name": last})
        services.expertise.create({"contact_id": person.id, "topic_id": topic.id, "level": level})
    # What the topic editor's "Experts" tab lists, in its order.
    ranked = [link.name for link in services.relations.experts_of_topic(topic.id)]
    assert ranked == ["Egelkamp", "Zander", "Ebert", "Albers"]


def test_a_contacts_topics_rank_the_strongest_first(services: Services) -> None:
    person = services.contacts.create({"last_name": "Lenz"})
    for name, level in (("Servicekonten", "interested"), ("Portalverbund", "expert"), ("OZG", "experienced")):
        topic = services.topics.create({"name": name})
        services.expertise.create({"contact_id": person.id, "topic_id": topic.id, "level": level})
    # The contact editor's "Topics" tab.
    listed = [(link.name, link.level) for link in services.relations.topics_of_contact(person.id)]
    assert listed == [("Portalverbund", "expert"), ("OZG", "experienced"), ("Servicekonten", "interested")]


def test_expertise_level_must_be_from_the_fixed_set_and_unique_per_topic(services: Services) -> None:
    person = services.contacts.create({"last_name": "Lenz"})
    topic = services.topics.create({"name": "Servicekonten"})
    assert invalid(
        services.expertise.create, {"contact_id": person.id, "topic_id": topic.id, "level": "guru"}
    ).fields() == {"level"}
    services.expertise.create({"contact_id": person.id, "topic_id": topic.id, "level": "interested"})
    assert invalid(
        services.expertise.create, {"contact_id": person.id, "topic_id": topic.id, "level": "expert"}
    ).fields() == {"topic_id"}


# -- meetings -----------------------------------------------------------------


def test_meeting_end_before_start_is_refused(services: Services) -> None:
    error = invalid(
        services.meetings.create,
        {
            "title": "Workshop",
            "kind": "workshop",
            "starts_at": "2016-05-02T14:00",
            "ends_at": "2016-05-02T10:00",
        },
    )
    assert error.fields() == {"ends_at"}


def test_participants_added_in_bulk_and_attendance_set_for_a_selection(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Abschlussveranstaltung", "kind": "conference", "starts_at": datetime(2016, 9, 22, 10, 0)}
    )
    people = [services.contacts.create({"last_name": name}).id for name in ("Vitt", "Ebert", "Schnur")]
    added = services.participations.add(meeting.id, people + people[:1])
    assert len(added) == 3
    assert services.participations.add(meeting.id, people) == []
    services.participations.set_many([p.id for p in added[:2]], status="attended", role="speaker")
    # The meeting editor's "Participants" tab: by name, with status and role.
    stored = [(p.name, p.status, p.role) for p in services.relations.roster(meeting.id)]
    assert stored == [
        ("Ebert", "attended", "speaker"),
        ("Schnur", "invited", "participant"),
        ("Vitt", "attended", "speaker"),
    ]


def test_bulk_status_change_is_all_or_nothing(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00"}
    )
    person = services.contacts.create({"last_name": "Lenz"})
    (participation,) = services.participations.add(meeting.id, [person.id])
    with pytest.raises(NotFoundError):
        services.participations.set_many([participation.id, 999], status="attended")
    assert services.participations.get(participation.id).status == "invited"


def test_minutes_are_kept_exactly(services: Services) -> None:
    minutes = "TOP 1  Begrüßung\n\tTOP 2: Kochbuch\n\n  – Ergebnis: weiter so \n"
    meeting = services.meetings.create(
        {"title": "Treffen", "kind": "working_meeting", "starts_at": "2016-05-02T10:00", "minutes": minutes}
    )
    assert services.meetings.get(meeting.id).minutes == minutes


def test_action_items_open_list_and_mark_done(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00"}
    )
    owner = services.contacts.create({"last_name": "Weißenfels"})
    late = services.action_items.create(
        {
            "meeting_id": meeting.id,
            "text": "Kochbuch fortschreiben",
            "owner_contact_id": owner.id,
            "due_on": "2017-06-30",
        }
    )
    later = services.action_items.create(
        {"meeting_id": meeting.id, "text": "Pressemitteilung", "due_on": "2017-03-01"}
    )
    undated = services.action_items.create({"meeting_id": meeting.id, "text": "Logo abstimmen"})
    # As the meeting's "Action items" tab lists them: soonest due first, undated last.
    listed = services.relations.action_items(meeting.id)
    assert [i.id for i in listed] == [later.id, late.id, undated.id]
    assert listed[1].owner == "Weißenfels"
    assert late.is_overdue(date(2026, 11, 23))
    services.action_items.update(later.id, {"done_on": date(2017, 2, 20)})
    assert [i.id for i in services.relations.action_items(open_only=True)] == [late.id, undated.id]
    assert services.relations.action_items(meeting.id)[0].done_on == date(2017, 2, 20)
    assert invalid(services.action_items.create, {"meeting_id": meeting.id, "text": "  "}).fields() == {
        "text"
    }


def test_deleting_a_meeting_says_what_goes_with_it_then_takes_it_along(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Transfer-Session", "kind": "transfer_session", "starts_at": "2015-11-19T10:00"}
    )
    person = services.contacts.create({"last_name": "Krins"})
    topic = services.topics.create({"name": "Erprobungsräume"})
    services.participations.add(meeting.id, [person.id])
    services.action_items.create(
        {"meeting_id": meeting.id, "text": "Brief an Staatssekretär", "owner_contact_id": person.id}
    )
    services.meetings.set_topics(meeting.id, [topic.id])
    assert services.meetings.delete_check([meeting.id]) == ({}, {"participants": 1, "action items": 1})
    services.meetings.delete(meeting.id)
    assert services.participations.count_all() == 0
    assert services.action_items.count_all() == 0
    assert services.contacts.find(person.id) is not None


def test_set_topics_replaces_the_set(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Workshop", "kind": "workshop", "starts_at": "2016-06-13T10:00"}
    )
    a, b, c = (services.topics.create({"name": n}).id for n in ("A-Thema", "B-Thema", "C-Thema"))
    services.meetings.set_topics(meeting.id, [a, b])
    services.meetings.set_topics(meeting.id, [b, c])
    assert sorted(services.meetings.topic_ids(meeting.id)) == sorted([b, c])
    assert invalid(services.meetings.set_topics, meeting.id, [999]).fields() == {"topics"}


def test_deleted_meeting_comes_back_whole_with_the_same_ids(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": "2017-01-27T09:00", "minutes": "Protokoll"}
    )
    person = services.contacts.create({"last_name": "Lenz"})
    topic = services.topics.create({"name": "Kochbuch"})
    (participation,) = services.participations.add(meeting.id, [person.id], status="attended")
    item = services.action_items.create(
        {"meeting_id": meeting.id, "text": "Kochbuch", "owner_contact_id": person.id}
    )
    services.meetings.set_topics(meeting.id, [topic.id])
    (snapshot,) = services.meetings.delete_many([meeting.id])
    assert services.participations.count_all() == 0
    restored = services.meetings.restore(snapshot)
    assert restored == services.meetings.get(meeting.id) and restored.minutes == "Protokoll"
    assert services.participations.get(participation.id).status == "attended"
    assert services.action_items.get(item.id).owner_contact_id == person.id
    assert services.meetings.topic_ids(meeting.id) == [topic.id]


def test_delete_many_is_all_or_nothing(services: Services) -> None:
    free = services.contacts.create({"last_name": "Frei"})
    busy = services.contacts.create({"last_name": "Beschäftigt"})
    meeting = services.meetings.create({"title": "T", "kind": "other", "starts_at": "2016-01-01T10:00"})
    services.participations.add(meeting.id, [busy.id])
    with pytest.raises(DependencyError):
        services.contacts.delete_many([free.id, busy.id])
    assert services.contacts.find(free.id) is not None
