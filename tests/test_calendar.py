"""Meetings as .ics files on the demo network, read back by icalendar and by vobject."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import vobject
from icalendar import Calendar
from sqlalchemy import select

from egov_network.domain.dates import default_end
from egov_network.exchange.calendar import (
    CalendarMeeting,
    LeftOutReason,
    feed_calendar,
    meeting_calendar,
)
from egov_network.services.calendar_export import (
    CalendarPerson,
    Method,
    MissingOrganizer,
    meeting_ics,
    planned_ics,
    write_ics,
)
from egov_network.services.registry import Services
from egov_network.store.models import Contact, Meeting

BERLIN = "Europe/Berlin"


def meeting_id(services: Services, title_start: str) -> int:
    with services.store.read() as session:
        found = session.scalar(select(Meeting.id).where(Meeting.title.startswith(title_start)))
        assert found is not None
        return found


def contact_id(services: Services, last_name: str) -> int:
    with services.store.read() as session:
        found = session.scalar(select(Contact.id).where(Contact.last_name == last_name))
        assert found is not None
        return found


def give_email(services: Services, last_name: str, email: str) -> int:
    ident = contact_id(services, last_name)
    services.contacts.update(ident, {"email": email})
    return ident


def parse(data: bytes) -> tuple[Any, Any]:
    """The file read by both parsers (each must accept it)."""
    return Calendar.from_ical(data), vobject.readOne(data.decode("utf-8"))


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def check_raw(data: bytes) -> None:
    """CRLF line ends, every physical line at most 75 octets and whole UTF-8 on its own."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a character split across a fold would fail here


def check_time(data: bytes, start_utc: datetime, end_utc: datetime, index: int = 0) -> None:
    """DTSTART/DTEND carry TZID Europe/Berlin and name the given instants, in both parsers."""
    event = events(data)[index]
    for name, expected in (("DTSTART", start_utc), ("DTEND", end_utc)):
        assert f"{name};TZID={BERLIN}:".encode() in data
        prop = event[name]
        assert prop.params["TZID"] == BERLIN
        assert prop.dt.astimezone(UTC) == expected
    # vobject keeps the first zone it met under a TZID for the whole process; forget
    # the earlier tests' ones so this file's own VTIMEZONE is the one read.
    vars(vobject.icalendar)["__tzidMap"].clear()
    parsed = vobject.readOne(data.decode("utf-8"))
    vevent = parsed.vevent_list[index]
    assert vevent.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == [BERLIN]
    # vobject builds the zone from the file's own VTIMEZONE (dateutil's tzical): this checks its rules.
    assert type(vevent.dtstart.value.tzinfo).__name__ == "_tzicalvtz"
    assert vevent.dtstart.value.astimezone(UTC) == start_utc
    assert vevent.dtend.value.astimezone(UTC) == end_utc


def test_publish_has_the_meeting_and_no_people(demo: Services) -> None:
    ident = meeting_id(demo, "Barcamp")
    result = meeting_ics(demo, ident, Method.PUBLISH)
    check_raw(result.data)
    calendar, parsed = parse(result.data)
    assert calendar["METHOD"] == "PUBLISH"
    assert len(calendar.walk("VTIMEZONE")) == 1
    (event,) = calendar.walk("VEVENT")
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert str(event["SUMMARY"]) == "Barcamp „Digitale Familie 2017“"
    assert str(event["LOCATION"]) == "Norderstedt"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert parsed.vevent.summary.value == "Barcamp „Digitale Familie 2017“"
    assert not hasattr(parsed.vevent, "attendee")
    agenda = demo.meetings.get(ident).agenda
    assert agenda and str(event["DESCRIPTION"]).startswith(agenda.strip())
    # Winter: 09:30 CET is 08:30 UTC.
    check_time(
        result.data, datetime(2017, 1, 27, 8, 30, tzinfo=UTC), datetime(2017, 1, 27, 15, 0, tzinfo=UTC)
    )


def test_request_names_organizer_and_attendees_with_umlauts(demo: Services) -> None:
    ident = meeting_id(demo, "Gespräch auf Führungsebene")
    give_email(demo, "Vitt", "klaus.vitt@bmi.example")
    give_email(demo, "Lühr", "luehr@bremen.example")
    give_email(demo, "Brockmann", "brockmann@example.org")
    result = meeting_ics(demo, ident, Method.REQUEST)
    check_raw(result.data)
    calendar, parsed = parse(result.data)
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["ORGANIZER"]) == "mailto:klaus.vitt@bmi.example"
    assert event["ORGANIZER"].params["CN"] == "Klaus Vitt"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert set(attendees) == {
        "mailto:klaus.vitt@bmi.example",
        "mailto:luehr@bremen.example",
        "mailto:brockmann@example.org",
    }
    luehr = attendees["mailto:luehr@bremen.example"]
    assert luehr["CN"] == "Lühr"
    assert (luehr["ROLE"], luehr["PARTSTAT"], luehr["RSVP"]) == ("REQ-PARTICIPANT", "ACCEPTED", "TRUE")
    assert attendees["mailto:klaus.vitt@bmi.example"]["ROLE"] == "CHAIR"
    assert attendees["mailto:brockmann@example.org"]["CN"] == "Dr. Brockmann"
    # Those without an address are handed back, not silently dropped.
    assert sorted(o.attendee.name for o in result.left_out) == ["Kahlen", "Schlusche"]
    assert {o.reason for o in result.left_out} == {LeftOutReason.NO_EMAIL}
    by_vobject = {a.value: a.params for a in parsed.vevent.attendee_list}
    assert by_vobject["mailto:luehr@bremen.example"]["CN"] == ["Lühr"]
    assert parsed.vevent.organizer.value == "mailto:klaus.vitt@bmi.example"
    # Summer: 14:00 CEST is 12:00 UTC.
    check_time(
        result.data, datetime(2016, 6, 13, 12, 0, tzinfo=UTC), datetime(2016, 6, 13, 14, 0, tzinfo=UTC)
    )


def test_partstat_follows_the_participation_status(demo: Services) -> None:
    ident = meeting_id(demo, "Abschlussveranstaltung")
    give_email(demo, "Stember", "stember@hs-harz.example")
    give_email(demo, "Tigges", "tigges@example.org")
    speaker = give_email(demo, "Rothkranz", "rothkranz@example.org")
    excused = next(r for r in demo.relations.roster(ident) if r.contact_id == speaker)
    demo.participations.update(excused.id, {"status": "excused"})
    organizer = CalendarPerson("Geschäftsstelle Netzwerk", "netzwerk@example.org")
    result = meeting_ics(demo, ident, "REQUEST", organizer=organizer)
    (event,) = events(result.data)
    assert event["ORGANIZER"].params["CN"] == "Geschäftsstelle Netzwerk"
    stats = {str(a): (a.params["ROLE"], a.params["PARTSTAT"]) for a in event["ATTENDEE"]}
    assert stats == {
        "mailto:stember@hs-harz.example": ("REQ-PARTICIPANT", "ACCEPTED"),
        "mailto:tigges@example.org": ("REQ-PARTICIPANT", "NEEDS-ACTION"),
        "mailto:rothkranz@example.org": ("REQ-PARTICIPANT", "DECLINED"),
    }
    assert [a.params["CN"] for a in event["ATTENDEE"] if "stember" in str(a)] == ["Prof. Dr. Jürgen Stember"]


def test_a_name_with_comma_and_semicolon_round_trips(demo: Services) -> None:
    ident = meeting_id(demo, "Gespräch auf Führungsebene")
    person = give_email(demo, "Lühr", "luehr@bremen.example")
    demo.contacts.update(person, {"first_name": "Hans-Henning", "last_name": "Lühr; Meyer, Jr."})
    organizer = CalendarPerson("Müller, Anna; Geschäftsstelle", "mueller@example.org")
    result = meeting_ics(demo, ident, Method.REQUEST, organizer=organizer)
    check_raw(result.data)
    calendar, parsed = parse(result.data)
    (event,) = calendar.walk("VEVENT")
    (attendee,) = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
    assert attendee.params["CN"] == "Hans-Henning Lühr; Meyer, Jr."
    assert event["ORGANIZER"].params["CN"] == "Müller, Anna; Geschäftsstelle"
    assert parsed.vevent.attendee.params["CN"] == ["Hans-Henning Lühr; Meyer, Jr."]
    assert parsed.vevent.organizer.params["CN"] == ["Müller, Anna; Geschäftsstelle"]
    assert str(attendee) == "mailto:luehr@bremen.example"


def test_long_umlaut_lines_fold_at_75_octets_without_splitting_a_character(demo: Services) -> None:
    ident = meeting_id(demo, "Barcamp")
    agenda = "Begrüßung, Überblick über die Ergebnisse der Arbeitsgruppen; " * 6 + "ÄÖÜäöüß€" * 30
    title = "Gespräch über Öffentlichkeitsbeteiligung und Bürgerservice " * 3
    demo.meetings.update(ident, {"agenda": agenda, "title": title.strip(), "place": "Straße " * 20})
    for method in (Method.PUBLISH, Method.REQUEST):
        data = meeting_ics(demo, ident, method, organizer=CalendarPerson("Ä" * 50, "a@example.org")).data
        check_raw(data)
        calendar, parsed = parse(data)
        (event,) = calendar.walk("VEVENT")
        assert str(event["DESCRIPTION"]).startswith(agenda.strip())
        assert str(event["SUMMARY"]) == title.strip()
        assert parsed.vevent.description.value.startswith(agenda.strip())
        assert parsed.vevent.summary.value == title.strip()


def test_uid_is_stable_and_sequence_rises_with_an_edit(demo: Services) -> None:
    ident = meeting_id(demo, "Barcamp")
    first = events(meeting_ics(demo, ident).data)[0]
    again = events(meeting_ics(demo, ident).data)[0]
    assert str(first["UID"]) == str(again["UID"])
    assert str(first["UID"]).startswith(f"meeting-{ident}-") and str(first["UID"]).endswith("@egov-network")
    demo.meetings.update(ident, {"place": "Rathaus Norderstedt"})
    edited = events(meeting_ics(demo, ident).data)[0]
    assert str(edited["UID"]) == str(first["UID"])
    assert int(edited["SEQUENCE"]) == int(first["SEQUENCE"]) + 1
    assert str(edited["LOCATION"]) == "Rathaus Norderstedt"
    other = events(meeting_ics(demo, meeting_id(demo, "Abschlussveranstaltung")).data)[0]
    assert str(other["UID"]) != str(first["UID"])


def test_cancelled_meeting(demo: Services) -> None:
    ident = meeting_id(demo, "Barcamp")
    give_email(demo, "Weißenfels", "weissenfels@norderstedt.example")
    demo.meetings.update(ident, {"status": "cancelled"})
    published = events(meeting_ics(demo, ident).data)[0]
    assert str(published["STATUS"]) == "CANCELLED"
    # An invitation of a cancelled meeting tells the calendars to remove it.
    data = meeting_ics(demo, ident, Method.REQUEST).data
    calendar, parsed = parse(data)
    assert calendar["METHOD"] == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert parsed.vevent.status.value == "CANCELLED"


def test_an_explicit_cancel_marks_the_event_cancelled() -> None:
    meeting = CalendarMeeting(3, "Treffen", datetime(2027, 5, 5, 10, 0), version=4)
    data = meeting_calendar(meeting, Method.CANCEL, organizer=CalendarPerson("Org", "o@example.org")).data
    calendar, parsed = parse(data)
    assert calendar["METHOD"] == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 3
    assert parsed.vevent.status.value == "CANCELLED"


def test_invitation_without_any_organizer_address_is_refused(demo: Services) -> None:
    with pytest.raises(MissingOrganizer):
        meeting_ics(demo, meeting_id(demo, "Barcamp"), Method.REQUEST)


def test_planned_feed_holds_only_planned_meetings(demo: Services) -> None:
    assert events(planned_ics(demo)) == []  # the demo's meetings were all held
    summer = demo.meetings.create(
        {
            "title": "Arbeitstreffen Wärmeplanung",
            "kind": "working_meeting",
            "starts_at": datetime(2027, 7, 5, 9, 0),
            "ends_at": datetime(2027, 7, 5, 12, 30),
            "place": "Kreishaus, Raum 1; Eingang B",
            "online_link": "https://meet.example.org/waerme",
        }
    )
    winter = demo.meetings.create(
        {"title": "Jahresauftakt", "kind": "conference", "starts_at": datetime(2027, 1, 20, 18, 0)}
    )
    demo.meetings.create(
        {
            "title": "Abgesagt",
            "kind": "other",
            "starts_at": datetime(2027, 3, 1, 10, 0),
            "status": "cancelled",
        }
    )
    data = planned_ics(demo, name="Netzwerk: geplante Treffen")
    check_raw(data)
    calendar, parsed = parse(data)
    assert calendar["METHOD"] == "PUBLISH"
    assert len(calendar.walk("VTIMEZONE")) == 1
    found = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in found] == ["Jahresauftakt", "Arbeitstreffen Wärmeplanung"]
    assert [e.summary.value for e in parsed.vevent_list] == ["Jahresauftakt", "Arbeitstreffen Wärmeplanung"]
    assert {str(e["UID"]) for e in found} == {
        str(events(meeting_ics(demo, m.id).data)[0]["UID"]) for m in (summer, winter)
    }
    # No end: the default duration (two hours), 18:00 CET is 17:00 UTC.
    end = default_end(datetime(2027, 1, 20, 18, 0)) - timedelta(hours=1)
    check_time(data, datetime(2027, 1, 20, 17, 0, tzinfo=UTC), end.replace(tzinfo=UTC), index=0)
    check_time(
        data, datetime(2027, 7, 5, 7, 0, tzinfo=UTC), datetime(2027, 7, 5, 10, 30, tzinfo=UTC), index=1
    )
    waerme = found[1]
    assert str(waerme["LOCATION"]) == "Kreishaus, Raum 1; Eingang B | https://meet.example.org/waerme"
    assert str(waerme["URL"]) == "https://meet.example.org/waerme"
    assert "ATTENDEE" not in waerme and "ORGANIZER" not in waerme


def test_a_duplicate_address_is_left_out_once() -> None:
    from egov_network.exchange.calendar import CalendarAttendee

    meeting = CalendarMeeting(7, "Treffen", datetime(2027, 10, 31, 10, 0))
    people = [
        CalendarAttendee("Anna", "team@example.org"),
        CalendarAttendee("Bernd", "TEAM@example.org"),
        CalendarAttendee("Cem", None),
    ]
    result = meeting_calendar(
        meeting, Method.REQUEST, organizer=CalendarPerson("Org", "o@example.org"), attendees=people
    )
    assert [(o.attendee.name, o.reason) for o in result.left_out] == [
        ("Bernd", LeftOutReason.DUPLICATE_EMAIL),
        ("Cem", LeftOutReason.NO_EMAIL),
    ]
    # The day summer time ends: 10:00 CET is 09:00 UTC.
    check_time(
        result.data, datetime(2027, 10, 31, 9, 0, tzinfo=UTC), datetime(2027, 10, 31, 11, 0, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    ("local", "offset_hours"),
    [
        (datetime(1975, 7, 1, 10, 0), 1),  # no summer time before 1980
        (datetime(1980, 5, 1, 10, 0), 2),
        (datetime(1990, 9, 20, 10, 0), 2),
        (datetime(1990, 10, 10, 10, 0), 1),  # until 1995 summer time ended in September
        (datetime(1995, 10, 10, 10, 0), 1),
        (datetime(1996, 10, 10, 10, 0), 2),
        (datetime(2001, 3, 20, 10, 0), 1),
    ],
)
def test_old_meetings_get_the_rules_of_their_years(local: datetime, offset_hours: int) -> None:
    data = feed_calendar([CalendarMeeting(1, "Alt", local, local + timedelta(hours=1))])
    check_raw(data)
    start = (local - timedelta(hours=offset_hours)).replace(tzinfo=UTC)
    check_time(data, start, start + timedelta(hours=1))


def test_write_ics_replaces_the_file_whole(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "treffen.ics"
    target.write_bytes(b"old")
    data = meeting_ics(demo, meeting_id(demo, "Barcamp")).data
    write_ics(target, data)
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
