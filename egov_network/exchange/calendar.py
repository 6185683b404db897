"""iCalendar files of meetings: "add to my calendar", invitations, and a feed of planned meetings.

Plain rows in, ``.ics`` bytes out (built with ``icalendar``); no Qt, no
database. Stored meeting times are naive wall times in Europe/Berlin; every
DTSTART/DTEND carries ``TZID=Europe/Berlin`` and the calendar holds one
VTIMEZONE for it, written with yearly rules (the form Outlook and Thunderbird
write themselves), so no client shifts the time.

* ``Method.PUBLISH``: the meeting alone, no ORGANIZER or ATTENDEE, for
  "add to my calendar" and the feed.
* ``Method.REQUEST``: an invitation with ORGANIZER and one ATTENDEE per person
  with an email address; who has none (or shares an address already used) is
  handed back in ``CalendarFile.left_out`` so the caller can say so. A
  cancelled meeting sent as an invitation goes out as ``METHOD:CANCEL``
  (RFC 5546 §3.2.5), which is what removes it from the attendees' calendars.

The UID is stable per meeting (its id and creation time), SEQUENCE is the
meeting's version minus one, so it rises with every change of the meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from egov_network.domain.dates import default_end
from egov_network.domain.enums import MeetingStatus, ParticipationRole, ParticipationStatus

#: The zone the stored wall times are in.
TZID = "Europe/Berlin"
ZONE = ZoneInfo(TZID)
PRODID = "-//egov-network//Meetings//DE"
#: The right part of every UID.
UID_DOMAIN = "egov-network"
#: Since 1996 summer time in Berlin ends in October (before, in September).
_RULES_SINCE = date(1996, 1, 1)


class Method(StrEnum):
    """The iTIP method of a calendar file (RFC 5546)."""

    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


class LeftOutReason(StrEnum):
    """Why a participant is not an ATTENDEE of an invitation."""

    NO_EMAIL = "no_email"
    DUPLICATE_EMAIL = "duplicate_email"


@dataclass(frozen=True)
class CalendarMeeting:
    """One meeting as the calendar needs it; ``ends_at`` None means the default duration."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str | None = None
    online_link: str | None = None
    agenda: str | None = None
    status: str = MeetingStatus.PLANNED
    version: int = 1
    host: str | None = None
    #: Goes into the UID, so two databases' meeting 7 are not the same event.
    created_at: datetime | None = None
    #: UTC, as stored; becomes LAST-MODIFIED.
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CalendarPerson:
    """The organizer of an invitation."""

    name: str
    email: str | None


@dataclass(frozen=True)
class CalendarAttendee:
    """A participant: ``role`` a ParticipationRole value, ``status`` a ParticipationStatus value."""

    name: str
    email: str | None
    role: str = ParticipationRole.PARTICIPANT
    status: str = ParticipationStatus.INVITED
    contact_id: int | None = None


@dataclass(frozen=True)
class LeftOut:
    """A participant not written as ATTENDEE, and why."""

    attendee: CalendarAttendee
    reason: LeftOutReason


@dataclass(frozen=True)
class CalendarFile:
    """The bytes of an ``.ics`` file and who could not be invited in it."""

    data: bytes
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class Wording:
    """Texts the builder adds to DESCRIPTION; English defaults, the UI may pass translated ones."""

    host: str = "Host: {host}"
    online: str = "Online: {link}"


#: The English wording, the default of every builder.
ENGLISH = Wording()


class MissingOrganizer(ValueError):  # noqa: N818 - the name says what is missing
    """An invitation needs an organizer with an email address."""


# Keyed by the enums; a plain stored string finds its member (StrEnum hashes as its value).
_ROLES: dict[str, str] = {
    ParticipationRole.ORGANISER: "CHAIR",
    ParticipationRole.MODERATOR: "CHAIR",
    ParticipationRole.SPEAKER: "REQ-PARTICIPANT",
    ParticipationRole.PARTICIPANT: "REQ-PARTICIPANT",
}
_PARTSTATS: dict[str, str] = {
    ParticipationStatus.INVITED: "NEEDS-ACTION",
    ParticipationStatus.REGISTERED: "ACCEPTED",
    ParticipationStatus.ATTENDED: "ACCEPTED",
    ParticipationStatus.EXCUSED: "DECLINED",
    # They had said yes; the calendar records answers, not attendance.
    ParticipationStatus.NO_SHOW: "ACCEPTED",
}
_STATUSES: dict[str, str] = {
    MeetingStatus.PLANNED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def role_of(role: str) -> str:
    """The iCalendar ROLE of a participation role (unknown: REQ-PARTICIPANT)."""
    return _ROLES.get(role, "REQ-PARTICIPANT")


def partstat_of(status: str) -> str:
    """The iCalendar PARTSTAT of a participation status (unknown: NEEDS-ACTION)."""
    return _PARTSTATS.get(status, "NEEDS-ACTION")


def status_of(status: str) -> str:
    """The VEVENT STATUS of a meeting status (unknown: TENTATIVE)."""
    return _STATUSES.get(status, "TENTATIVE")


def meeting_uid(meeting: CalendarMeeting, domain: str = UID_DOMAIN) -> str:
    """``meeting-<id>-<created>@<domain>``: the same for every export of one meeting."""
    created = f"-{meeting.created_at:%Y%m%dT%H%M%S}" if meeting.created_at else ""
    return f"meeting-{meeting.id}{created}@{domain}"


def meeting_calendar(
    meeting: CalendarMeeting,
    method: Method = Method.PUBLISH,
    *,
    organizer: CalendarPerson | None = None,
    attendees: Sequence[CalendarAttendee] = (),
    now: datetime | None = None,
    domain: str = UID_DOMAIN,
    wording: Wording = ENGLISH,
) -> CalendarFile:
    """One meeting as an ``.ics`` file; REQUEST and CANCEL need an ``organizer`` with email.

    ``attendees`` are ignored for PUBLISH; for the others, those without an
    address (or with one already used) end up in ``left_out``. Raises ``MissingOrganizer``.
    """
    method = Method(method)
    if method is not Method.PUBLISH and meeting.status == MeetingStatus.CANCELLED:
        method = Method.CANCEL
    event = _event(meeting, now, domain, wording)
    if method is Method.CANCEL:
        event.pop("STATUS", None)
        event.add("status", "CANCELLED")  # RFC 5546: a CANCEL says so in its STATUS too
    left_out: list[LeftOut] = []
    if method is not Method.PUBLISH:
        if organizer is None or not (organizer.email or "").strip():
            raise MissingOrganizer("an invitation needs an organizer with an email address")
        event.add("organizer", _address(organizer.name, organizer.email or ""))
        seen: set[str] = set()
        for person in attendees:
            email = (person.email or "").strip()
            if not email:
                left_out.append(LeftOut(person, LeftOutReason.NO_EMAIL))
                continue
            if email.casefold() in seen:
                left_out.append(LeftOut(person, LeftOutReason.DUPLICATE_EMAIL))
                continue
            seen.add(email.casefold())
            address = _address(person.name, email)
            address.params["CUTYPE"] = "INDIVIDUAL"
            address.params["ROLE"] = role_of(person.role)
            address.params["PARTSTAT"] = partstat_of(person.status)
            address.params["RSVP"] = "TRUE"
            event.add("attendee", address)
    calendar = _calendar(method, [meeting])
    calendar.add_component(event)
    return CalendarFile(calendar.to_ical(), left_out)


def feed_calendar(
    meetings: Iterable[CalendarMeeting],
    *,
    name: str | None = None,
    now: datetime | None = None,
    domain: str = UID_DOMAIN,
    wording: Wording = ENGLISH,
) -> bytes:
    """Several meetings as one PUBLISH calendar with one VTIMEZONE (``name`` becomes X-WR-CALNAME)."""
    meetings = list(meetings)
    calendar = _calendar(Method.PUBLISH, meetings)
    if name:
        calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(_event(meeting, now, domain, wording))
    return bytes(calendar.to_ical())


def _calendar(method: Method, meetings: Sequence[CalendarMeeting]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method.value)
    days = [m.starts_at.date() for m in meetings]
    calendar.add_component(berlin_timezone(min(days, default=date.today())))
    return calendar


def berlin_timezone(first: date) -> Timezone:
    """The VTIMEZONE of Europe/Berlin, valid for meetings on or after ``first``.

    From 1996 on two yearly rules (last Sunday of March and of October)
    describe the zone exactly: the short form Outlook expects. For older
    meetings the earlier rules are added (summer time from 1980, ending in
    September until 1995).
    """
    zone = Timezone()
    zone.add("tzid", TZID)
    if first < _RULES_SINCE:
        zone.add_component(_observance(TimezoneStandard, "CET", _CET, _CET, datetime(1970, 1, 1)))
        zone.add_component(_observance(TimezoneDaylight, "CEST", _CET, _CEST, datetime(1980, 4, 6, 2)))
        zone.add_component(
            _observance(
                TimezoneStandard,
                "CET",
                _CEST,
                _CET,
                datetime(1980, 9, 28, 3),
                {"freq": "yearly", "bymonth": 9, "byday": "-1su", "until": datetime(1995, 10, 1, tzinfo=UTC)},
            )
        )
        summer_start, winter_start = datetime(1981, 3, 29, 2), datetime(1996, 10, 27, 3)
    else:
        summer_start, winter_start = datetime(1970, 3, 29, 2), datetime(1970, 10, 25, 3)
    march = {"freq": "yearly", "bymonth": 3, "byday": "-1su"}
    october = {"freq": "yearly", "bymonth": 10, "byday": "-1su"}
    zone.add_component(_observance(TimezoneDaylight, "CEST", _CET, _CEST, summer_start, march))
    zone.add_component(_observance(TimezoneStandard, "CET", _CEST, _CET, winter_start, october))
    return zone


_CET, _CEST = timedelta(hours=1), timedelta(hours=2)


def _observance(
    kind: type[TimezoneStandard] | type[TimezoneDaylight],
    name: str,
    offset_from: timedelta,
    offset_to: timedelta,
    start: datetime,
    rule: dict[str, Any] | None = None,
) -> TimezoneStandard | TimezoneDaylight:
    """One STANDARD or DAYLIGHT part; ``start`` is the local time before the change, as RFC 5545 wants."""
    part = kind()
    part.add("tzname", name)
    part.add("tzoffsetfrom", offset_from)
    part.add("tzoffsetto", offset_to)
    part.add("dtstart", start)
    if rule:
        part.add("rrule", rule)
    return part


def _event(meeting: CalendarMeeting, now: datetime | None, domain: str, wording: Wording) -> Event:
    start = meeting.starts_at.replace(tzinfo=None, second=0, microsecond=0)
    end = (meeting.ends_at or default_end(start)).replace(tzinfo=None, second=0, microsecond=0)
    event = Event()
    event.add("uid", meeting_uid(meeting, domain))
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("sequence", max(meeting.version - 1, 0))
    event.add("summary", _line(meeting.title))
    event.add("dtstart", start.replace(tzinfo=ZONE))
    event.add("dtend", max(end, start).replace(tzinfo=ZONE))
    event.add("status", status_of(meeting.status))
    if meeting.updated_at is not None:
        event.add("last-modified", meeting.updated_at.replace(tzinfo=UTC))
    place, link = _line(meeting.place or ""), (meeting.online_link or "").strip()
    location = " | ".join(part for part in (place, link) if part)
    if location:
        event.add("location", location)
    if link:
        event.add("url", link)
    description = _description(meeting, link, wording)
    if description:
        event.add("description", description)
    return event


def _description(meeting: CalendarMeeting, link: str, wording: Wording) -> str:
    """The agenda, then the online link (Outlook shows no URL) and the host."""
    parts = [(meeting.agenda or "").replace("\r\n", "\n").replace("\r", "\n").strip()]
    if link and link not in parts[0]:
        parts.append(wording.online.format(link=link))
    if meeting.host:
        parts.append(wording.host.format(host=_line(meeting.host)))
    return "\n\n".join(part for part in parts if part)


def _line(text: str) -> str:
    return " ".join(text.split())


def _address(name: str, email: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email.strip()}")
    # A double quote cannot stand in a parameter; icalendar would write RFC 6868's ^',
    # which Outlook and vobject show literally.
    cn = _line(name).replace('"', "'")
    if cn:
        address.params["CN"] = vText(cn)
    return address
