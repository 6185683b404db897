"""Two programs on one file: a stale undo of the meeting editor's changes is refused, the newer value kept.

Each test opens a second ``Store`` on the test's database, as a second
program (another coordinator's window, a CLI run) would. The first one makes
a change and keeps what its undo expects (as the Participants and Topics
tabs' forward/backward steps do), the second one changes the same rows, and
the first one's undo then ends in ``ConflictError`` with nothing written.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from egov_network.domain.errors import ConflictError
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store


@pytest.fixture
def other(services: Services, db_path: Path) -> Iterator[Services]:
    """A second program on the same database file."""
    store = open_store(db_path)
    yield Services.over(store)
    store.dispose()


@pytest.fixture
def meeting(services: Services) -> int:
    return services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2017, 1, 27, 9, 0)}
    ).id


@pytest.fixture
def people(services: Services) -> list[int]:
    return [
        services.contacts.create({"first_name": first, "last_name": last}).id
        for first, last in (("Anna", "Albers"), ("Bernd", "Brandt"))
    ]


def statuses(services: Services, meeting: int, field: str = "status") -> dict[int, str]:
    return {row.contact_id: getattr(row, field) for row in services.relations.roster(meeting)}


def test_stale_undo_of_set_attendance_is_refused_and_keeps_the_newer_status(
    services: Services, other: Services, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people)
    rows = services.relations.roster(meeting)
    ids = [row.id for row in rows]
    # Forward, as the Participants tab runs it: it expects what the list showed.
    services.participations.set_many(ids, expected={row.id: row.status for row in rows}, status="attended")

    anna = next(row for row in rows if row.contact_id == people[0])
    other.participations.set_many([anna.id], status="excused")

    # The undo expects what its step stored.
    with pytest.raises(ConflictError) as caught:
        services.participations.set_many(ids, expected=dict.fromkeys(ids, "attended"), status="invited")
    assert "Anna Albers (Barcamp)" in caught.value.text() and "changed elsewhere" in caught.value.text()
    # All or none: Bernd was not set back either, and Anna keeps the other program's status.
    assert statuses(services, meeting) == {people[0]: "excused", people[1]: "attended"}


def test_a_first_step_over_a_stale_list_is_refused_too(
    services: Services, other: Services, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people[:1])
    (shown,) = services.relations.roster(meeting)
    other.participations.set_many([shown.id], status="attended")
    with pytest.raises(ConflictError):
        services.participations.set_many([shown.id], expected={shown.id: shown.status}, status="excused")
    assert statuses(services, meeting) == {people[0]: "attended"}


def test_undo_after_the_programs_own_later_steps_goes_through(
    services: Services, meeting: int, people: list[int]
) -> None:
    """Attendance set, then the role; role undone, attendance undone: versions moved on, values did not."""
    services.participations.add(meeting, people)
    ids = [row.id for row in services.relations.roster(meeting)]
    invited, attended = dict.fromkeys(ids, "invited"), dict.fromkeys(ids, "attended")
    participant, speaker = dict.fromkeys(ids, "participant"), dict.fromkeys(ids, "speaker")
    services.participations.set_many(ids, expected=invited, status="attended")
    services.participations.set_many(ids, expected=participant, role="speaker")
    services.participations.set_many(ids, expected=speaker, role="participant")  # undo of the role
    services.participations.set_many(ids, expected=attended, status="invited")  # undo of the attendance
    assert set(statuses(services, meeting).values()) == {"invited"}
    assert set(statuses(services, meeting, "role").values()) == {"participant"}


def test_stale_undo_of_a_role_change_is_refused(
    services: Services, other: Services, meeting: int, people: list[int]
) -> None:
    (first,) = services.participations.add(meeting, people[:1])
    services.participations.set_many([first.id], expected={first.id: "participant"}, role="speaker")
    other.participations.set_many([first.id], role="moderator")
    with pytest.raises(ConflictError):
        services.participations.set_many([first.id], expected={first.id: "speaker"}, role="participant")
    assert statuses(services, meeting, "role") == {people[0]: "moderator"}


def test_expectations_need_one_field(services: Services, meeting: int, people: list[int]) -> None:
    (first,) = services.participations.add(meeting, people[:1])
    with pytest.raises(ValueError):
        services.participations.set_many(
            [first.id], expected={first.id: "invited"}, status="attended", role="speaker"
        )


def test_stale_undo_of_changed_topics_is_refused_and_keeps_the_newer_topics(
    services: Services, other: Services, meeting: int
) -> None:
    privacy, accounts = (services.topics.create({"name": n}).id for n in ("Datenschutz", "Servicekonten"))
    # The Topics tab checks "Datenschutz": forward expects no topics, its undo expects {Datenschutz}.
    services.meetings.set_topics(meeting, {privacy}, expected=set())
    other.meetings.set_topics(meeting, {privacy, accounts}, expected={privacy})

    with pytest.raises(ConflictError) as caught:
        services.meetings.set_topics(meeting, set(), expected={privacy})
    assert "Barcamp" in caught.value.text()
    assert set(services.meetings.topic_ids(meeting)) == {privacy, accounts}


def test_topics_changed_as_expected_go_through(services: Services, meeting: int) -> None:
    privacy = services.topics.create({"name": "Datenschutz"}).id
    services.meetings.set_topics(meeting, {privacy}, expected=set())
    services.meetings.set_topics(meeting, set(), expected={privacy})
    assert services.meetings.topic_ids(meeting) == []


def test_stale_undo_of_adding_participants_is_refused_and_keeps_them(
    services: Services, other: Services, meeting: int, people: list[int]
) -> None:
    created = [record.id for record in services.participations.add(meeting, people)]
    # Meanwhile the other program records that Bernd came.
    bernd = next(row for row in other.relations.roster(meeting) if row.contact_id == people[1])
    other.participations.set_many([bernd.id], status="attended")

    with pytest.raises(ConflictError) as caught:  # the undo of "Add 2 participants"
        services.participations.remove_unchanged(created, status="invited", role="participant")
    assert "Bernd Brandt" in caught.value.text()
    assert statuses(services, meeting) == {people[0]: "invited", people[1]: "attended"}


def test_undo_of_adding_participants_unchanged_since_takes_them_off(
    services: Services, meeting: int, people: list[int]
) -> None:
    created = [record.id for record in services.participations.add(meeting, people)]
    services.participations.remove_unchanged(created, status="invited", role="participant")
    assert services.relations.roster(meeting) == []
