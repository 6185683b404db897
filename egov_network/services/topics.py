"""Expert topics: a small tree of names with descriptions and synonyms."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import TopicRecord
from egov_network.services.base import EntityService, Problems, count
from egov_network.services.fields import reference, required_line
from egov_network.store.models import AuthorityTopic, Expertise, MeetingTopic, Topic


class TopicService(EntityService[Topic, TopicRecord]):
    """Create, change and delete topics; names are unique ignoring case.

    Deleting is refused while sub-topics, experts, authorities or meetings
    use the topic: links are knowledge, so removing them is a separate step.
    """

    model = Topic
    record = TopicRecord
    entity = "topic"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "Topic")
    validators = {
        "name": required_line,
        "parent_id": reference,
        "description": v.text,
        "synonyms": v.synonyms,
    }

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        name = clean.get("name")
        if name and not problems.has("name"):
            clash = session.scalar(select(Topic.id).where(func.lower(Topic.name) == name.lower()))
            if clash is not None and (current is None or clash != current.id):
                problems.add(
                    "name", QT_TRANSLATE_NOOP("Errors", "A topic named “{name}” exists already."), name=name
                )
        self.require_row(session, problems, "parent_id", Topic, clean.get("parent_id"))
        parent = clean.get("parent_id")
        if current is not None and parent is not None and not problems.has("parent_id"):
            seen = parent
            while seen is not None:
                if seen == current.id:
                    problems.add(
                        "parent_id",
                        QT_TRANSLATE_NOOP(
                            "Errors", "A topic cannot be placed below itself or its own sub-topics."
                        ),
                    )
                    break
                seen = session.scalar(select(Topic.parent_id).where(Topic.id == seen))

    def blockers(self, session: Session, obj: Any) -> dict[str, int]:
        return {
            QT_TRANSLATE_NOOP("Errors", "sub-topics"): count(session, Topic.parent_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "experts"): count(session, Expertise.topic_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "authorities"): count(session, AuthorityTopic.topic_id, obj.id),
            QT_TRANSLATE_NOOP("Errors", "meetings"): count(session, MeetingTopic.topic_id, obj.id),
        }

    def all(self) -> list[TopicRecord]:
        with self.store.read() as session:
            return [
                self.to_record(t) for t in session.scalars(select(Topic).order_by(Topic.name_key, Topic.id))
            ]
