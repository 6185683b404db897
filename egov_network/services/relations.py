"""Related records of one record, joined with the names a person reads.

The editors show these beside a record (an authority's contacts, a contact's
topics and meetings, a topic's experts, a meeting's participants). Each
function is one short read and returns plain rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import null, select
from sqlalchemy.orm import aliased

from egov_network.services.queries import ContactListQuery
from egov_network.services.sql_terms import level_rank, person_name
from egov_network.services.topic_tree import subtree_of
from egov_network.store.database import Store
from egov_network.store.models import (
    ActionItem,
    Authority,
    AuthorityTopic,
    Contact,
    Expertise,
    Meeting,
    MeetingTopic,
    Participation,
    Topic,
)


@dataclass(frozen=True)
class Link:
    """A related record: ``id`` of the link row (or the record), ``target_id`` of the record shown."""

    id: int
    target_id: int
    name: str
    detail: str | None = None
    level: str | None = None
    note: str | None = None
    when: datetime | None = None


@dataclass(frozen=True)
class ExpertLink:
    """An expertise row of a topic's Experts tab: the person, and the topic the expertise is in.

    ``topic_id``/``topic`` name the topic itself or, when sub-topics are
    included, the sub-topic the person is expert in.
    """

    id: int
    target_id: int
    name: str
    detail: str | None
    level: str | None
    note: str | None
    topic_id: int
    topic: str


@dataclass(frozen=True)
class RosterRow:
    """One participant of a meeting."""

    id: int
    contact_id: int
    name: str
    authority: str | None
    status: str
    role: str
    #: Academic title (Dr., Prof. Dr.): printed before the name on a sign-in sheet.
    title: str | None = None

    @property
    def titled_name(self) -> str:
        """ "Dr. Brockmann, Anna": the name with the academic title, as people sign."""
        return f"{self.title} {self.name}" if self.title else self.name


@dataclass(frozen=True)
class ActionRow:
    """An action item with its owner's and meeting's names."""

    id: int
    meeting_id: int
    text: str
    owner_id: int | None
    owner: str | None
    due_on: date | None
    done_on: date | None
    meeting: str
    version: int


#: The owner of an action item, beside its meeting. Made once: building an alias copies
#: every column of the table (3 of the 4 ms of reading one meeting's action items).
_OWNER = aliased(Contact)


class Relations:
    """Read-only look-ups of related records for the editors."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def contacts_of_authority(self, authority_id: int) -> list[Link]:
        query = (
            select(Contact.id, Contact.id, person_name(), Contact.function)
            .where(Contact.authority_id == authority_id)
            .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        )
        return self._links(query)

    def people_of_list(self, list_id: int, filter_text: str = "") -> list[Link]:
        """The people of a list: a static list's members, or whom a saved search's filter finds now."""
        query = ContactListQuery(self.store)
        ids = query.ids(filter_text) if filter_text else query.ids(scope={"list_id": list_id})
        rows = query.rows(ids)
        keys = [c.key for c in query.columns]
        last, first, title, authority = (
            keys.index(k) for k in ("last_name", "first_name", "title", "authority")
        )
        links = []
        for ident in ids:
            row = rows.get(ident)
            if row is None:
                continue
            name = ", ".join(
                part for part in (row[last], " ".join(p for p in (row[title], row[first]) if p)) if part
            )
            links.append(Link(ident, ident, name, row[authority]))
        return links

    def members_of_authority(self, authority_id: int) -> list[Link]:
        query = (
            select(Authority.id, Authority.id, Authority.name, Authority.kind)
            .where(Authority.parent_id == authority_id)
            .order_by(Authority.name_key, Authority.id)
        )
        return self._links(query)

    def topics_of_authority(self, authority_id: int) -> list[Link]:
        query = (
            select(AuthorityTopic.id, Topic.id, Topic.name, null(), null(), AuthorityTopic.note)
            .join(Topic, Topic.id == AuthorityTopic.topic_id)
            .where(AuthorityTopic.authority_id == authority_id)
            .order_by(Topic.name_key, Topic.id)
        )
        return self._links(query)

    def topics_of_contact(self, contact_id: int) -> list[Link]:
        """The contact's expertise: link id is the expertise row."""
        query = (
            select(Expertise.id, Topic.id, Topic.name, null(), Expertise.level, Expertise.note)
            .join(Topic, Topic.id == Expertise.topic_id)
            .where(Expertise.contact_id == contact_id)
            .order_by(level_rank().desc(), Topic.name_key)
        )
        return self._links(query)

    def meetings_of_contact(self, contact_id: int) -> list[Link]:
        """Meetings the contact was on the list of; ``level`` carries the attendance status."""
        query = (
            select(
                Participation.id,
                Meeting.id,
                Meeting.title,
                Participation.role,
                Participation.status,
                null(),
                Meeting.starts_at,
            )
            .join(Meeting, Meeting.id == Participation.meeting_id)
            .where(Participation.contact_id == contact_id)
            .order_by(Meeting.starts_at.desc())
        )
        return self._links(query)

    def experts_of_topic(self, topic_id: int, *, subtopics: bool = False) -> list[ExpertLink]:
        """Experts ranked by level, then by name; with ``subtopics`` also those of every topic below.

        A person expert in several of these topics is listed once per topic,
        each row naming its topic; the own topic comes first among them.
        """
        query = (
            select(
                Expertise.id,
                Contact.id,
                person_name(),
                Authority.name,
                Expertise.level,
                Expertise.note,
                Topic.id,
                Topic.name,
            )
            .join(Contact, Contact.id == Expertise.contact_id)
            .join(Topic, Topic.id == Expertise.topic_id)
            .outerjoin(Authority, Authority.id == Contact.authority_id)
        )
        if subtopics:
            tree = subtree_of(topic_id)
            query = query.join(tree, tree.c.topic == Expertise.topic_id)
        else:
            query = query.where(Expertise.topic_id == topic_id)
        query = query.order_by(
            level_rank().desc(),
            Contact.last_name_key,
            Contact.first_name_key,
            Contact.id,
            Expertise.topic_id != topic_id,
            Topic.name_key,
        )
        return [ExpertLink(*row) for row in self._rows(query)]

    def authorities_of_topic(self, topic_id: int) -> list[Link]:
        query = (
            select(AuthorityTopic.id, Authority.id, Authority.name, null(), null(), AuthorityTopic.note)
            .join(Authority, Authority.id == AuthorityTopic.authority_id)
            .where(AuthorityTopic.topic_id == topic_id)
            .order_by(Authority.name_key, Authority.id)
        )
        return self._links(query)

    def meetings_of_topic(self, topic_id: int) -> list[Link]:
        query = (
            select(
                MeetingTopic.id, Meeting.id, Meeting.title, null(), Meeting.status, null(), Meeting.starts_at
            )
            .join(Meeting, Meeting.id == MeetingTopic.meeting_id)
            .where(MeetingTopic.topic_id == topic_id)
            .order_by(Meeting.starts_at.desc())
        )
        return self._links(query)

    def subtopics(self, topic_id: int) -> list[Link]:
        query = (
            select(Topic.id, Topic.id, Topic.name)
            .where(Topic.parent_id == topic_id)
            .order_by(Topic.name_key, Topic.id)
        )
        return self._links(query)

    def topics_of_meeting(self, meeting_id: int) -> list[Link]:
        query = (
            select(MeetingTopic.id, Topic.id, Topic.name)
            .join(Topic, Topic.id == MeetingTopic.topic_id)
            .where(MeetingTopic.meeting_id == meeting_id)
            .order_by(Topic.name_key, Topic.id)
        )
        return self._links(query)

    def topic_names(self) -> list[tuple[int, str]]:
        """Every topic as (id, name) by name: the checklist of a meeting's topics."""
        query = select(Topic.id, Topic.name).order_by(Topic.name_key, Topic.id)
        return [(ident, name) for ident, name in self._rows(query)]

    def roster(self, meeting_id: int) -> list[RosterRow]:
        """The meeting's participants by name."""
        query = (
            select(
                Participation.id,
                Contact.id,
                person_name(),
                Authority.name,
                Participation.status,
                Participation.role,
                Contact.title,
            )
            .join(Contact, Contact.id == Participation.contact_id)
            .outerjoin(Authority, Authority.id == Contact.authority_id)
            .where(Participation.meeting_id == meeting_id)
            .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        )
        return [RosterRow(*row) for row in self._rows(query)]

    def action_items(self, meeting_id: int | None = None, *, open_only: bool = False) -> list[ActionRow]:
        """Action items of one meeting (or all), soonest due first."""
        owner = _OWNER
        query = (
            select(
                ActionItem.id,
                ActionItem.meeting_id,
                ActionItem.text,
                owner.id,
                person_name(owner),
                ActionItem.due_on,
                ActionItem.done_on,
                Meeting.title,
                ActionItem.version,
            )
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(owner, owner.id == ActionItem.owner_contact_id)
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        )
        if meeting_id is not None:
            query = query.where(ActionItem.meeting_id == meeting_id)
        if open_only:
            query = query.where(ActionItem.done_on.is_(None))
        return [ActionRow(*row) for row in self._rows(query)]

    def name_of(self, entity: str, ident: int | None) -> str:
        """The display name of one record (for reference fields)."""
        if ident is None:
            return ""
        column = {
            "authority": Authority.name,
            "topic": Topic.name,
            "meeting": Meeting.title,
        }.get(entity)
        with self.store.read() as session:
            if entity == "contact":
                row = session.execute(
                    select(Contact.first_name, Contact.last_name).where(Contact.id == ident)
                ).first()
                return " ".join(p for p in row if p) if row else ""
            if column is None:
                raise ValueError(entity)
            return session.scalar(select(column).where(column.table.c.id == ident)) or ""

    def _rows(self, query: Any) -> list[Any]:
        """The rows of ``query``, read on the connection rather than through the ORM session.

        These are plain columns, so the ORM's result layer has nothing to do
        but costs as much as the read (a meeting's 1,000 participants: 30 -> 15 ms).
        """
        with self.store.read() as session:
            return list(session.connection().execute(query))

    def _links(self, query: Any) -> list[Link]:
        return [Link(*row) for row in self._rows(query)]
