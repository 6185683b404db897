"""Plain, immutable rows handed from the services to the UI, the CLI and exports.

ORM objects never leave a session; these dataclasses do. Their fields mirror
the table columns (a test keeps them in step).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Row:
    """Fields every stored row has."""

    id: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class VersionedRow(Row):
    """A row people edit; ``version`` goes back with an update to detect conflicts."""

    version: int


@dataclass(frozen=True)
class AuthorityRecord(VersionedRow):
    """A member authority."""

    name: str
    short_name: str | None
    kind: str
    state: str | None
    ags: str | None
    parent_id: int | None
    network_role: str
    cohort: int | None
    member_since: date | None
    member_until: date | None
    street: str | None
    postal_code: str | None
    city: str | None
    website: str | None
    email: str | None
    phone: str | None
    notes: str | None


@dataclass(frozen=True)
class ContactRecord(VersionedRow):
    """A person."""

    salutation: str
    title: str | None
    first_name: str | None
    last_name: str
    authority_id: int | None
    department: str | None
    function: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    consent_on: date | None
    consent_method: str | None
    consent_scope: str | None
    active: bool
    notes: str | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class PositionRecord(Row):
    """A former position of a contact."""

    contact_id: int
    authority_id: int | None
    authority_name: str | None
    function: str | None
    ended_on: date


@dataclass(frozen=True)
class TopicRecord(VersionedRow):
    """An expert topic."""

    name: str
    parent_id: int | None
    description: str | None
    synonyms: str | None


@dataclass(frozen=True)
class ExpertiseRecord(VersionedRow):
    """A contact's level in a topic."""

    contact_id: int
    topic_id: int
    level: str
    note: str | None


@dataclass(frozen=True)
class AuthorityTopicRecord(VersionedRow):
    """A topic an authority has worked on."""

    authority_id: int
    topic_id: int
    note: str | None


@dataclass(frozen=True)
class MeetingRecord(VersionedRow):
    """A meeting with agenda and minutes."""

    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    place: str | None
    online_link: str | None
    host_authority_id: int | None
    status: str
    agenda: str | None
    minutes: str | None


@dataclass(frozen=True)
class MeetingTopicRecord(Row):
    """A topic of a meeting."""

    meeting_id: int
    topic_id: int


@dataclass(frozen=True)
class ParticipationRecord(VersionedRow):
    """A contact at a meeting."""

    meeting_id: int
    contact_id: int
    status: str
    role: str


@dataclass(frozen=True)
class ActionItemRecord(VersionedRow):
    """An action item of a meeting."""

    meeting_id: int
    text: str
    owner_contact_id: int | None
    due_on: date | None
    done_on: date | None

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self.due_on, self.done_on, today)


def is_overdue(due_on: date | None, done_on: date | None, today: date | None = None) -> bool:
    """An action item is overdue when it is not done and its due date has passed.

    The one definition that the tables, the meeting editor and exports share.
    """
    if done_on is not None or due_on is None:
        return False
    return due_on < (today or date.today())


@dataclass(frozen=True)
class TagRecord(VersionedRow):
    """A free label on contacts, authorities and meetings."""

    name: str


@dataclass(frozen=True)
class ContactListRecord(VersionedRow):
    """A named list of people: static (members kept by hand) or a saved search."""

    name: str
    kind: str
    query: str | None
    description: str | None


@dataclass(frozen=True)
class ConsentRecord(VersionedRow):
    """One consent record: given or withdrawn, when, how, for which scope, recorded by whom."""

    contact_id: int
    status: str
    on_date: date
    method: str | None
    scope: str
    recorded_by: str | None
    note: str | None
