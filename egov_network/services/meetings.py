"""Meetings with their topics, participants and action items."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from egov_network.domain import validation as v
from egov_network.domain.enums import (
    MeetingKind,
    MeetingStatus,
    ParticipationRole,
    ParticipationStatus,
)
from egov_network.domain.errors import ConflictError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import (
    ActionItemRecord,
    MeetingRecord,
    ParticipationRecord,
)
from egov_network.domain.text import first_line
from egov_network.services.base import EntityService, Problems, Snapshot, count
from egov_network.services.fields import (
    enum_of,
    reference,
    required_datetime,
    required_line,
    required_reference,
)
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.models import (
    ActionItem,
    Authority,
    Contact,
    Meeting,
    MeetingTag,
    MeetingTopic,
    Participation,
    Topic,
)

_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” was changed elsewhere in the meantime. Reload it and try again."
)
_TOPICS_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "The topics of “{name}” were changed elsewhere in the meantime. Reload it and try again."
)


class MeetingService(EntityService[Meeting, MeetingRecord]):
    """Create, change and delete meetings and set their topics.

    A meeting owns its participations, action items and topic links: deleting
    it takes them along (``dependents`` lets the UI say so before asking).
    """

    model = Meeting
    record = MeetingRecord
    children = (
        (Participation, "meeting_id"),
        (ActionItem, "meeting_id"),
        (MeetingTopic, "meeting_id"),
        (MeetingTag, "meeting_id"),
    )
    entity = "meeting"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "Meeting")
    validators = {
        "title": required_line,
        "kind": enum_of(MeetingKind),
        "starts_at": required_datetime,
        "ends_at": v.a_datetime,
        "place": v.line,
        "online_link": v.website,
        "host_authority_id": reference,
        "status": lambda value: enum_of(MeetingStatus)(value or MeetingStatus.PLANNED),
        "agenda": v.text,
        "minutes": v.text,
    }

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        start, end = clean.get("starts_at"), clean.get("ends_at")
        if start and end and end < start:
            problems.add("ends_at", QT_TRANSLATE_NOOP("Errors", "The end lies before the start."))
        self.require_row(session, problems, "host_authority_id", Authority, clean.get("host_authority_id"))

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "participants"): count(session, Participation.meeting_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "action items"): count(session, ActionItem.meeting_id, obj.id),
        }

    def topic_ids(self, meeting_id: int) -> list[int]:
        with self.store.read() as session:
            return list(
                session.scalars(select(MeetingTopic.topic_id).where(MeetingTopic.meeting_id == meeting_id))
            )

    def set_topics(
        self, meeting_id: int, topic_ids: Iterable[int], *, expected: Iterable[int] | None = None
    ) -> None:
        """Make the meeting's topics exactly ``topic_ids``.

        ``expected`` is the topic set the caller saw (an undo: the set its
        forward step left). When the meeting's topics are no longer that set,
        someone changed them since, and ``ConflictError`` is raised with
        nothing written, so an undo cannot overwrite the newer choice.
        """
        wanted = set(topic_ids)
        with self.store.write() as session:
            meeting = self.load(session, meeting_id)
            links = {
                link.topic_id: link
                for link in session.scalars(select(MeetingTopic).where(MeetingTopic.meeting_id == meeting_id))
            }
            if expected is not None and set(expected) != set(links):
                raise ConflictError(_TOPICS_CHANGED, name=self.describe(meeting))
            missing = [t for t in wanted if session.get(Topic, t) is None]
            if missing:
                problems = Problems()
                problems.add(
                    "topics", QT_TRANSLATE_NOOP("Errors", "The selected record does not exist (any more).")
                )
                problems.raise_if_any()
            for topic_id, link in links.items():
                if topic_id not in wanted:
                    session.delete(link)
            for topic_id in wanted - set(links):
                session.add(MeetingTopic(meeting_id=meeting_id, topic_id=topic_id))
            if wanted != set(links):
                Store.record("updated", self.entity, meeting_id)
            for verb, topics in (
                (history.UNLINKED, set(links) - wanted),
                (history.LINKED, wanted - set(links)),
            ):
                history.log_links(session, verb, (("meeting", meeting_id, "topic", t) for t in topics))
                history.log_links(session, verb, (("topic", t, "meeting", meeting_id) for t in topics))


class ParticipationService(EntityService[Participation, ParticipationRecord]):
    """Who was invited to and attended a meeting, in which role."""

    model = Participation
    record = ParticipationRecord
    entity = "participation"
    history_sides = ("meeting_id", "contact_id")
    label = QT_TRANSLATE_NOOP("Errors", "Participant")
    validators = {
        "meeting_id": required_reference,
        "contact_id": required_reference,
        "status": lambda value: enum_of(ParticipationStatus)(value or ParticipationStatus.INVITED),
        "role": lambda value: enum_of(ParticipationRole)(value or ParticipationRole.PARTICIPANT),
    }

    def describe(self, obj: Any) -> str:
        """ "Anna Albers (Barcamp)": who, at which meeting, so a conflict message names the person."""
        session = object_session(obj)
        if session is None:
            return f"#{obj.id}"
        person = session.execute(
            select(Contact.first_name, Contact.last_name).where(Contact.id == obj.contact_id)
        ).first()
        title = session.scalar(select(Meeting.title).where(Meeting.id == obj.meeting_id))
        name = " ".join(part for part in person or () if part) or f"#{obj.contact_id}"
        return name if title is None else f"{name} ({title})"

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "meeting_id", Meeting, clean["meeting_id"])
        self.require_row(session, problems, "contact_id", Contact, clean["contact_id"])
        duplicate = session.scalar(
            select(Participation.id).where(
                Participation.meeting_id == clean["meeting_id"],
                Participation.contact_id == clean["contact_id"],
            )
        )
        if duplicate is not None and (current is None or duplicate != current.id):
            problems.add(
                "contact_id", QT_TRANSLATE_NOOP("Errors", "This person is already on the participant list.")
            )

    def add(
        self,
        meeting_id: int,
        contact_ids: Iterable[int],
        status: str = ParticipationStatus.INVITED,
        role: str = ParticipationRole.PARTICIPANT,
    ) -> list[ParticipationRecord]:
        """Add several contacts at once; those already on the list are left as they are."""
        with self.store.write() as session:
            present = set(
                session.scalars(
                    select(Participation.contact_id).where(Participation.meeting_id == meeting_id)
                )
            )
            return [
                self.create({"meeting_id": meeting_id, "contact_id": c, "status": status, "role": role})
                for c in dict.fromkeys(contact_ids)
                if c not in present
            ]

    def set_many(
        self,
        ids: Iterable[int],
        *,
        status: str | None = None,
        role: str | None = None,
        expected: Mapping[int, str] | None = None,
    ) -> list[ParticipationRecord]:
        """Set status and/or role for a selection in one action (all or none).

        ``expected`` maps a participation id to the value the field being set
        holds as the caller knows it: the status shown in the list, or for
        an undo what its step stored. When a row holds another value, someone
        changed it since, and ``ConflictError`` names that person with
        nothing written, so an undo never overwrites a newer choice. (Values,
        not versions: the program's own later steps, undone before this one,
        leave the values as they were but count the version on.)
        """
        ids = list(ids)
        changes = {k: val for k, val in (("status", status), ("role", role)) if val is not None}
        if expected is not None and len(changes) != 1:
            raise ValueError("set_many: 'expected' needs exactly one field to set")
        with self.store.write() as session:
            if expected is not None:
                (field,) = changes
                for ident in ids:
                    obj = self.load(session, ident)
                    if ident in expected and getattr(obj, field) != expected[ident]:
                        raise ConflictError(_CHANGED_ELSEWHERE, name=self.describe(obj))
            return [self.update(i, changes) for i in ids]

    def remove_unchanged(self, ids: Iterable[int], *, status: str, role: str) -> list[Snapshot]:
        """Delete participations that still have ``status`` and ``role`` (the undo of ``add``).

        One whose status or role was changed since (another program noted
        that the person came) is not thrown away: ``ConflictError`` names
        the person and nothing is deleted.
        """
        ids = list(ids)
        with self.store.write() as session:
            for ident in ids:
                obj = self.load(session, ident)
                if (obj.status, obj.role) != (status, role):
                    raise ConflictError(_CHANGED_ELSEWHERE, name=self.describe(obj))
            return self.delete_many(ids)


class ActionItemService(EntityService[ActionItem, ActionItemRecord]):
    """Action items of meetings: who does what by when, and when it was done."""

    model = ActionItem
    record = ActionItemRecord
    entity = "action_item"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "Action item")
    validators = {
        "meeting_id": required_reference,
        "text": lambda value: v.text(value) or v.line(None, required=True),
        "owner_contact_id": reference,
        "due_on": v.a_date,
        "done_on": v.a_date,
    }

    def describe(self, obj: Any) -> str:
        return first_line(obj.text)[:60]

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "meeting_id", Meeting, clean["meeting_id"])
        self.require_row(session, problems, "owner_contact_id", Contact, clean.get("owner_contact_id"))
