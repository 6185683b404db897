"""All services over one store, built once and handed to the UI and CLI (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from egov_network.services.authorities import AuthorityService, AuthorityTopicService
from egov_network.services.base import EntityService
from egov_network.services.consent import ConsentService
from egov_network.services.contacts import ContactService, ExpertiseService
from egov_network.services.history import History
from egov_network.services.lists import ContactListService
from egov_network.services.meetings import (
    ActionItemService,
    MeetingService,
    ParticipationService,
)
from egov_network.services.moving import Moves
from egov_network.services.relations import Relations
from egov_network.services.tags import TagService
from egov_network.services.topics import TopicService
from egov_network.services.trash import Trash
from egov_network.store.check import record_counts
from egov_network.store.database import Store


@dataclass(frozen=True)
class Services:
    """The use cases of one open database."""

    store: Store
    authorities: AuthorityService
    authority_topics: AuthorityTopicService
    contacts: ContactService
    expertise: ExpertiseService
    topics: TopicService
    meetings: MeetingService
    participations: ParticipationService
    action_items: ActionItemService
    relations: Relations
    moves: Moves
    tags: TagService
    lists: ContactListService
    consents: ConsentService
    history: History
    trash: Trash

    @classmethod
    def over(cls, store: Store) -> Services:
        authorities, contacts, topics = AuthorityService(store), ContactService(store), TopicService(store)
        meetings, expertise = MeetingService(store), ExpertiseService(store)
        authority_topics = AuthorityTopicService(store)
        action_items, lists = ActionItemService(store), ContactListService(store)
        trashable: list[EntityService[Any, Any]] = [
            authorities,
            contacts,
            topics,
            meetings,
            action_items,
            lists,
        ]
        return cls(
            store=store,
            authorities=authorities,
            authority_topics=authority_topics,
            contacts=contacts,
            expertise=expertise,
            topics=topics,
            meetings=meetings,
            participations=ParticipationService(store),
            action_items=action_items,
            relations=Relations(store),
            moves=Moves(store, [authorities, contacts, topics, meetings, expertise, authority_topics]),
            tags=TagService(store),
            consents=ConsentService(store),
            lists=lists,
            history=History(store),
            trash=Trash(store, {s.entity: s for s in trashable}),
        )

    def counts(self) -> dict[str, int]:
        """Number of records per table, for overviews."""
        return record_counts(self.store)
