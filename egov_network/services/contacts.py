"""Contacts, their former positions, and their expertise."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.enums import ConsentMethod, ExpertiseLevel, Salutation
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import ContactRecord, ExpertiseRecord, PositionRecord
from egov_network.services.base import EntityService, Problems, count
from egov_network.services.fields import (
    enum_of,
    reference,
    required_line,
    required_reference,
    short_line,
)
from egov_network.store.models import (
    ActionItem,
    Authority,
    Contact,
    ContactListMember,
    ContactTag,
    Expertise,
    Participation,
    Position,
    Topic,
)


class ContactService(EntityService[Contact, ContactRecord]):
    """Create, change and delete contacts.

    When a contact's authority or function changes, the old one is kept as a
    ``Position`` so the network remembers where people used to work. Deleting
    is refused while the person has meeting participations or action items;
    expertise and position history go with the person.
    """

    model = Contact
    record = ContactRecord
    #: List memberships too: a contact restored from the trash (or by undo) is on its lists again.
    children = (
        (Expertise, "contact_id"),
        (Position, "contact_id"),
        (ContactTag, "contact_id"),
        (ContactListMember, "contact_id"),
    )
    entity = "contact"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "Contact")
    validators = {
        "salutation": lambda value: enum_of(Salutation)(value or ""),
        "title": short_line(60),
        "first_name": v.line,
        "last_name": required_line,
        "authority_id": reference,
        "department": v.line,
        "function": v.line,
        "email": v.email,
        "phone": v.phone,
        "mobile": v.phone,
        "consent_on": v.a_date,
        "consent_method": enum_of(ConsentMethod, required=False),
        "consent_scope": v.line,
        "active": lambda value: True if value is None else v.flag(value),
        "notes": v.text,
    }

    def describe(self, obj: Any) -> str:
        return " ".join(p for p in (obj.first_name, obj.last_name) if p)

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "authority_id", Authority, clean.get("authority_id"))
        consent_on = clean.get("consent_on")
        if consent_on and consent_on > date.today():
            problems.add("consent_on", QT_TRANSLATE_NOOP("Errors", "Consent cannot be given in the future."))

    def after_write(self, session: Session, obj: Any, before: ContactRecord | None) -> None:
        if before is None:
            return
        moved = before.authority_id != obj.authority_id or before.function != obj.function
        if moved and (before.authority_id is not None or before.function):
            authority_name = (
                session.scalar(select(Authority.name).where(Authority.id == before.authority_id))
                if before.authority_id is not None
                else None
            )
            session.add(
                Position(
                    contact_id=obj.id,
                    authority_id=before.authority_id,
                    authority_name=authority_name,
                    function=before.function,
                    ended_on=date.today(),
                )
            )

    def blockers(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "meeting participations"): count(
                session, Participation.contact_id, obj.id
            ),
            QT_TRANSLATE_NOOP("Errors", "action items"): count(session, ActionItem.owner_contact_id, obj.id),
        }

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "expert topics"): count(session, Expertise.contact_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "former positions"): count(session, Position.contact_id, obj.id),
        }

    def positions(self, contact_id: int) -> list[PositionRecord]:
        """Former positions, most recent first."""
        with self.store.read() as session:
            rows = session.scalars(
                select(Position)
                .where(Position.contact_id == contact_id)
                .order_by(Position.ended_on.desc(), Position.id.desc())
            )
            return [
                PositionRecord(**{f: getattr(r, f) for f in PositionRecord.__dataclass_fields__})
                for r in rows
            ]


class ExpertiseService(EntityService[Expertise, ExpertiseRecord]):
    """Which contact knows which topic, at which level."""

    model = Expertise
    record = ExpertiseRecord
    entity = "expertise"
    history_sides = ("contact_id", "topic_id")
    label = QT_TRANSLATE_NOOP("Errors", "Expert topic")
    validators = {
        "contact_id": required_reference,
        "topic_id": required_reference,
        "level": enum_of(ExpertiseLevel),
        "note": v.text,
    }

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "contact_id", Contact, clean["contact_id"])
        self.require_row(session, problems, "topic_id", Topic, clean["topic_id"])
        duplicate = session.scalar(
            select(Expertise.id).where(
                Expertise.contact_id == clean["contact_id"], Expertise.topic_id == clean["topic_id"]
            )
        )
        if duplicate is not None and (current is None or duplicate != current.id):
            problems.add("topic_id", QT_TRANSLATE_NOOP("Errors", "This person already has this topic."))
