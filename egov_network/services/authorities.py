"""Member authorities and the topics they have worked on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.enums import AuthorityKind, FederalState, NetworkRole
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import AuthorityRecord, AuthorityTopicRecord
from egov_network.services.base import EntityService, Problems, count
from egov_network.services.fields import (
    enum_of,
    reference,
    required_line,
    required_reference,
)
from egov_network.store.models import Authority, AuthorityTag, AuthorityTopic, Contact, Meeting, Topic


class AuthorityService(EntityService[Authority, AuthorityRecord]):
    """Create, change and delete member authorities.

    Deleting is refused while contacts, member authorities or hosted meetings
    refer to the authority; its topic links go with it.
    """

    model = Authority
    record = AuthorityRecord
    children = ((AuthorityTopic, "authority_id"), (AuthorityTag, "authority_id"))
    entity = "authority"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "Authority")
    validators = {
        "name": required_line,
        "short_name": v.line,
        "kind": enum_of(AuthorityKind),
        "state": enum_of(FederalState, required=False),
        "ags": v.ags,
        "parent_id": reference,
        "network_role": enum_of(NetworkRole),
        "cohort": lambda value: v.integer(value, low=1, high=99),
        "member_since": v.a_date,
        "member_until": v.a_date,
        "street": v.line,
        "postal_code": v.postal_code,
        "city": v.line,
        "website": v.website,
        "email": v.email,
        "phone": v.phone,
        "notes": v.text,
    }

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        ags, state = clean.get("ags"), clean.get("state")
        if ags and not problems.has("ags") and not problems.has("state"):
            if state is None:
                clean["state"] = ags[:2]  # the key says which state it is in
            elif ags[:2] != state:
                problems.add(
                    "ags",
                    QT_TRANSLATE_NOOP(
                        "Errors", "The municipality key starts with {prefix}, but the state is {state}."
                    ),
                    prefix=ags[:2],
                    state=FederalState(state),
                )
        since, until = clean.get("member_since"), clean.get("member_until")
        if since and until and until < since:
            problems.add(
                "member_until", QT_TRANSLATE_NOOP("Errors", "“Member until” lies before “member since”.")
            )
        self.require_row(session, problems, "parent_id", Authority, clean.get("parent_id"))
        parent = clean.get("parent_id")
        if current is not None and parent is not None and not problems.has("parent_id"):
            # Walk up from the new parent: meeting ourselves would make a loop.
            seen = parent
            while seen is not None:
                if seen == current.id:
                    problems.add(
                        "parent_id",
                        QT_TRANSLATE_NOOP(
                            "Errors", "An authority cannot belong to itself or to one of its own members."
                        ),
                    )
                    break
                seen = session.scalar(select(Authority.parent_id).where(Authority.id == seen))

    def blockers(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "contacts"): count(session, Contact.authority_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "member authorities"): count(session, Authority.parent_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "hosted meetings"): count(session, Meeting.host_authority_id, obj.id),
        }

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "topic links"): count(session, AuthorityTopic.authority_id, obj.id)
        }

    def all(self) -> list[AuthorityRecord]:
        """Every authority by name (small lists: pickers, the demo, exports)."""
        with self.store.read() as session:
            return [
                self.to_record(a)
                for a in session.scalars(select(Authority).order_by(Authority.name_key, Authority.id))
            ]


class AuthorityTopicService(EntityService[AuthorityTopic, AuthorityTopicRecord]):
    """Links between an authority and a topic it has experience in."""

    model = AuthorityTopic
    record = AuthorityTopicRecord
    entity = "authority_topic"
    history_sides = ("authority_id", "topic_id")
    label = QT_TRANSLATE_NOOP("Errors", "Topic of an authority")
    validators = {"authority_id": required_reference, "topic_id": required_reference, "note": v.text}

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "authority_id", Authority, clean["authority_id"])
        self.require_row(session, problems, "topic_id", Topic, clean["topic_id"])
        duplicate = session.scalar(
            select(AuthorityTopic.id).where(
                AuthorityTopic.authority_id == clean["authority_id"],
                AuthorityTopic.topic_id == clean["topic_id"],
            )
        )
        if duplicate is not None and (current is None or duplicate != current.id):
            problems.add("topic_id", QT_TRANSLATE_NOOP("Errors", "This topic is already linked."))

    def for_authority(self, authority_id: int) -> list[AuthorityTopicRecord]:
        with self.store.read() as session:
            rows = session.scalars(select(AuthorityTopic).where(AuthorityTopic.authority_id == authority_id))
            return [self.to_record(r) for r in rows]
