"""Moving what depends on a record to another one, so the record can go (or merge later).

An authority that is dissolved hands its contacts, member authorities and
hosted meetings to another authority; a topic that is folded into another
hands over its experts, authorities, meetings and sub-topics. Each move is
one transaction and returns which rows it moved, so undo moves exactly those
rows back and refuses (``ConflictError``) when one of them no longer points
where the move left it. A link the target already has (the same
person is an expert for both topics) is not duplicated: it stays where it
was and is counted in ``Moved.kept``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egov_network.domain.errors import ConflictError, EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.services.base import EntityService
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.models import (
    Authority,
    AuthorityTopic,
    Base,
    Contact,
    Expertise,
    Meeting,
    MeetingTopic,
    Topic,
)


@dataclass(frozen=True)
class _Link:
    """One kind of row that points at the record: its model, the pointing column, and who writes it."""

    model: type[Base]
    column: str
    #: The entity whose service writes these rows (None: a plain link row without one).
    entity: str | None
    #: Columns that, together with ``column``, must stay unique (a link the target has already).
    unique_with: str | None = None


@dataclass
class Moved:
    """What a move did: (entity, id) per moved row, and how many links stayed."""

    source: int
    target: int
    rows: list[tuple[str, int]] = field(default_factory=list)
    kept: int = 0

    @property
    def count(self) -> int:
        return len(self.rows)


_AUTHORITY_LINKS = (
    _Link(Contact, "authority_id", "contact"),
    _Link(Authority, "parent_id", "authority"),
    _Link(Meeting, "host_authority_id", "meeting"),
)
_TOPIC_LINKS = (
    _Link(Expertise, "topic_id", "expertise", unique_with="contact_id"),
    _Link(AuthorityTopic, "topic_id", "authority_topic", unique_with="authority_id"),
    _Link(MeetingTopic, "topic_id", None, unique_with="meeting_id"),
    _Link(Topic, "parent_id", "topic"),
)


class Moves:
    """Hands over what depends on a record to another record of the same kind."""

    def __init__(self, store: Store, services: Sequence[EntityService[Any, Any]]) -> None:
        self.store = store
        self._services = {service.entity: service for service in services}

    def authority_dependents(self, source: int, target: int) -> Moved:
        """Contacts, member authorities and hosted meetings of ``source`` go to ``target``."""
        return self._move(_AUTHORITY_LINKS, Authority, source, target)

    def topic_dependents(self, source: int, target: int) -> Moved:
        """Experts, authorities, meetings and sub-topics of ``source`` go to ``target``."""
        return self._move(_TOPIC_LINKS, Topic, source, target)

    def undo(self, moved: Moved) -> None:
        """Move exactly those rows back; refused when one was pointed elsewhere since."""
        self._shift(moved, moved.target, moved.source)

    def redo(self, moved: Moved) -> Moved:
        """Move the same rows again (after an undo), checked the same way."""
        self._shift(moved, moved.source, moved.target)
        return moved

    def _shift(self, moved: Moved, expected: int, value: int) -> None:
        links = {_entity_of(link.model): link for link in (*_AUTHORITY_LINKS, *_TOPIC_LINKS)}
        with self.store.write() as session:
            for entity, ident in moved.rows:
                self._set(session, links[entity], ident, value, expected)

    # -- the work ----------------------------------------------------------------------

    def _move(self, links: Sequence[_Link], model: type[Base], source: int, target: int) -> Moved:
        if source == target:
            raise EgovError(
                QT_TRANSLATE_NOOP("Errors", "Choose another record than the one whose links are moved.")
            )
        with self.store.write() as session:
            for ident in (source, target):
                if session.get(model, ident) is None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("Errors", "The record no longer exists (it may have been deleted).")
                    )
            moved = Moved(source, target)
            for link in links:
                column = getattr(link.model, link.column)
                rows = list(session.scalars(select(link.model).where(column == source)))
                taken: set[Any] = set()
                if link.unique_with:
                    partner = getattr(link.model, link.unique_with)
                    taken = set(session.scalars(select(partner).where(column == target)))
                for row in rows:
                    if link.unique_with and getattr(row, link.unique_with) in taken:
                        moved.kept += 1
                        continue
                    if link.model is Topic and row.id == target:
                        moved.kept += 1  # a topic cannot become its own parent
                        continue
                    self._set(session, link, row.id, target, source)
                    moved.rows.append((_entity_of(link.model), row.id))
            return moved

    def _set(self, session: Session, link: _Link, ident: int, value: int, expected: int) -> None:
        """Point one row from ``expected`` to ``value`` through its service; refused if it points elsewhere.

        The value, not the version, is checked: this program's own later
        edits of the row (undone or not) do not block the move's undo, only a
        change of the link itself does.
        """
        service = self._services.get(link.entity) if link.entity else None
        if service is None:
            row = session.get(link.model, ident)
            if row is None or getattr(row, link.column) != expected:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "A linked record was changed elsewhere in the meantime.")
                )
            setattr(row, link.column, value)
            session.flush()
            meeting = getattr(row, "meeting_id")  # noqa: B009 - any link row
            history.log_links(session, history.UNLINKED, [("meeting", meeting, "topic", expected)])
            history.log_links(session, history.LINKED, [("meeting", meeting, "topic", value)])
            # A meeting's topics are part of the meeting (as MeetingService.set_topics says).
            Store.record("updated", "meeting", getattr(row, "meeting_id"))  # noqa: B009 - any link row
            return
        service.change(ident, {link.column: value}, expected_values={link.column: expected})


def _entity_of(model: type[Base]) -> str:
    return {
        Contact: "contact",
        Authority: "authority",
        Meeting: "meeting",
        Expertise: "expertise",
        AuthorityTopic: "authority_topic",
        MeetingTopic: "meeting_topic",
        Topic: "topic",
    }[model]
