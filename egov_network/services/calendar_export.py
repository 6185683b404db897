"""Meetings as ``.ics`` files: one meeting (to add, or as an invitation) and the feed of planned meetings.

Reads the meeting, its participants and their email addresses in one short
read each and hands plain rows to ``exchange.calendar``, which builds the
bytes. ``write_ics`` puts them on disk through a temporary file renamed into
place, so a crash never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from egov_network.domain.enums import MeetingStatus, ParticipationRole
from egov_network.exchange.calendar import (
    ENGLISH,
    CalendarAttendee,
    CalendarFile,
    CalendarMeeting,
    CalendarPerson,
    Method,
    MissingOrganizer,
    Wording,
    feed_calendar,
    meeting_calendar,
)
from egov_network.exchange.xlsx import atomic_target
from egov_network.services.registry import Services
from egov_network.store.models import Authority, Contact, Meeting

__all__ = [
    "CalendarFile",
    "CalendarPerson",
    "Method",
    "MissingOrganizer",
    "meeting_ics",
    "planned_ics",
    "write_ics",
]

#: Who sends an invitation when the caller names nobody: the first participant in these roles.
_ORGANIZING = (ParticipationRole.ORGANISER, ParticipationRole.MODERATOR)


def meeting_ics(
    services: Services,
    meeting_id: int,
    method: Method | str = Method.PUBLISH,
    *,
    organizer: CalendarPerson | None = None,
    now: datetime | None = None,
    wording: Wording = ENGLISH,
) -> CalendarFile:
    """One meeting as ``.ics``: PUBLISH without people, REQUEST with ORGANIZER and ATTENDEEs.

    ``left_out`` of the result names the participants without (or with a
    repeated) email address. For REQUEST without ``organizer`` the first
    participant who organises (then moderates) and has an address sends it;
    when there is none, ``MissingOrganizer`` is raised. Raises ``NotFoundError``
    for an unknown meeting.
    """
    method = Method(method)
    with services.store.read() as session:
        services.meetings.load(session, meeting_id)
        meeting = _meetings(session, Meeting.id == meeting_id)[0]
    attendees = _attendees(services, meeting_id) if method is not Method.PUBLISH else []
    if method is not Method.PUBLISH and organizer is None:
        organizer = _organizer(attendees)
    return meeting_calendar(
        meeting, method, organizer=organizer, attendees=attendees, now=now, wording=wording
    )


def planned_ics(
    services: Services,
    *,
    name: str | None = None,
    now: datetime | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """Every planned meeting, soonest first, as one PUBLISH feed."""
    with services.store.read() as session:
        meetings = _meetings(session, Meeting.status == MeetingStatus.PLANNED)
    return feed_calendar(meetings, name=name, now=now, wording=wording)


def write_ics(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it (``ExportError`` on failure)."""
    with atomic_target(Path(path)) as temp:
        temp.write_bytes(data)


def _meetings(session: Any, condition: Any) -> list[CalendarMeeting]:
    query = (
        select(
            Meeting.id,
            Meeting.title,
            Meeting.starts_at,
            Meeting.ends_at,
            Meeting.place,
            Meeting.online_link,
            Meeting.agenda,
            Meeting.status,
            Meeting.version,
            Authority.name,
            Meeting.created_at,
            Meeting.updated_at,
        )
        .outerjoin(Authority, Authority.id == Meeting.host_authority_id)
        .where(condition)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [CalendarMeeting(*row) for row in session.execute(query)]


def _attendees(services: Services, meeting_id: int) -> list[CalendarAttendee]:
    """The roster with each person's name as a calendar shows it ("Dr. Anna Brockmann") and email."""
    roster = services.relations.roster(meeting_id)
    with services.store.read() as session:
        people = {
            ident: (" ".join(part for part in (title, first, last) if part), email)
            for ident, title, first, last, email in session.execute(
                select(Contact.id, Contact.title, Contact.first_name, Contact.last_name, Contact.email).where(
                    Contact.id.in_([row.contact_id for row in roster])
                )
            )
        }
    found = []
    for row in roster:
        name, email = people.get(row.contact_id, (row.titled_name, None))
        found.append(CalendarAttendee(name or row.titled_name, email, row.role, row.status, row.contact_id))
    return found


def _organizer(attendees: Sequence[CalendarAttendee]) -> CalendarPerson:
    for role in _ORGANIZING:
        for person in attendees:
            if person.role == role and (person.email or "").strip():
                return CalendarPerson(person.name, person.email)
    raise MissingOrganizer("no organiser or moderator of the meeting has an email address")
