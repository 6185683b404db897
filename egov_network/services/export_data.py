"""Read-only queries behind the Excel exports: plain tuples in chunks, never ORM objects.

An export of 100,000 contacts must not build 100,000 ORM objects (1.9 s and
hundreds of MB, design.md section 6). Every function here runs Core selects
and hands back tuples chunk by chunk, so the exporter writes one chunk while
the next is not yet read. People who withdrew consent for a list are left
out of it and counted in ``left_out``. Which fields a list has is decided by the caller
(``exchange/headers.py``); this module only knows how to fetch a field by key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from egov_network.domain.enums import ConsentScope, ExpertiseLevel
from egov_network.services.consent import not_withdrawn, withdrawn_in
from egov_network.services.queries import CHUNK, AuthorityListQuery, ContactListQuery
from egov_network.store.database import Store
from egov_network.store.models import Authority, Contact, Expertise, Topic

#: Rows per fetched chunk; ids go into one ``IN (...)``. 2,000 instead of the
#: tables' 500 saves ~0.2 s per 100,000 contacts in per-statement overhead; SQLite
#: before 3.32 allows only 999 parameters per statement.
EXPORT_CHUNK = 2000 if sqlite3.sqlite_version_info >= (3, 32) else CHUNK

_contact_authority = aliased(Authority, name="export_contact_authority")
_parent_topic = aliased(Topic, name="export_parent_topic")

#: SQL for each contact field key an export may ask for.
CONTACT_FIELDS: dict[str, Any] = {
    "id": Contact.id,
    "salutation": Contact.salutation,
    "title": Contact.title,
    "first_name": Contact.first_name,
    "last_name": Contact.last_name,
    "authority": _contact_authority.name,
    "authority_id": Contact.authority_id,
    "function": Contact.function,
    "department": Contact.department,
    "email": Contact.email,
    "phone": Contact.phone,
    "mobile": Contact.mobile,
    "active": Contact.active,
    "notes": Contact.notes,
    "tags": Contact.tags,
}

#: SQL for each authority field key an export may ask for.
AUTHORITY_FIELDS: dict[str, Any] = {column.key: column for column in Authority.__table__.columns}

_LEVEL_RANK = case({level.value: level.rank for level in ExpertiseLevel}, value=Expertise.level, else_=-1)


def _person_name() -> Any:
    """ "Last, First" like the app's lists; a missing first name drops the comma."""
    return func.trim(
        func.coalesce(Contact.last_name, "") + ", " + func.coalesce(Contact.first_name, ""), ", "
    )


#: Authorities per chunk of the member list: each brings its contact persons along
#: (about nine each at network scale), and a chunk is held three ways while written.
MEMBER_CHUNK = 500


def _chunks(ids: Sequence[int], size: int = EXPORT_CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


class ExportData:
    """Chunked, read-only look-ups for the exports (one short read per chunk)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        #: People the lists read so far left out because they withdrew consent for it
        #: (contact lists: "contact for network matters"; member lists: "listing in the member list").
        self.left_out: set[int] = set()

    # -- contacts ------------------------------------------------------------

    def contact_ids(self, filter_text: str = "") -> list[int]:
        """Ids of all contacts (or those the list filter finds), in the list's default order."""
        return ContactListQuery(self.store).ids(filter_text)

    def contacts(self, ids: Sequence[int], keys: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
        """Rows of ``keys`` values for ``ids``, chunk by chunk, in the order of ``ids``.

        Ids that no longer exist are skipped. The first value of every row is
        the contact id, followed by the ``keys`` values.
        """
        columns = [CONTACT_FIELDS[key] for key in keys]
        source = Contact.__table__.outerjoin(
            _contact_authority, _contact_authority.id == Contact.authority_id
        )
        withdrawn = withdrawn_in(ConsentScope.CONTACT)
        for chunk in _chunks(ids):
            statement = (
                select(Contact.id, *columns, withdrawn).select_from(source).where(Contact.id.in_(chunk))
            )
            with self.store.read() as session:
                found: dict[int, tuple[Any, ...]] = {}
                for row in session.connection().execute(statement):
                    if row[-1]:
                        self.left_out.add(row[0])
                    else:
                        found[row[0]] = tuple(row)[:-1]
            yield [found[i] for i in chunk if i in found]

    def expertise_of(self, contact_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        """(topic name, level) per contact, highest level first, then by topic name."""
        result: dict[int, list[tuple[str, str]]] = {}
        for chunk in _chunks(contact_ids):
            statement = (
                select(Expertise.contact_id, Topic.name, Expertise.level)
                .join(Topic, Topic.id == Expertise.topic_id)
                .where(Expertise.contact_id.in_(chunk))
                .order_by(Expertise.contact_id, _LEVEL_RANK.desc(), Topic.name_key)
            )
            with self.store.read() as session:
                for contact_id, topic, level in session.connection().execute(statement):
                    result.setdefault(contact_id, []).append((topic, level))
        return result

    # -- authorities and their contact persons -------------------------------

    def authority_ids(self) -> list[int]:
        """Ids of all authorities in name order."""
        return AuthorityListQuery(self.store).ids()

    def count_member_contacts(self) -> int:
        """Active contacts that belong to an authority (the member list's contact persons)."""
        statement = select(func.count()).where(
            Contact.active.is_(True),
            Contact.authority_id.is_not(None),
            not_withdrawn(ConsentScope.MEMBER_LIST),
        )
        with self.store.read() as session:
            return session.connection().execute(statement).scalar_one()

    def members(
        self, ids: Sequence[int], authority_keys: Sequence[str], contact_keys: Sequence[str]
    ) -> Iterator[list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]]:
        """Chunks of (authority row, its active contacts' rows), authorities in the order of ``ids``.

        Rows start with the record id, then the values of the keys; contacts
        are ordered by name.
        """
        authority_columns = [AUTHORITY_FIELDS[key] for key in authority_keys]
        contact_columns = [CONTACT_FIELDS[key] for key in contact_keys]
        contact_source = Contact.__table__.outerjoin(
            _contact_authority, _contact_authority.id == Contact.authority_id
        )
        withdrawn = withdrawn_in(ConsentScope.MEMBER_LIST)
        for chunk in _chunks(ids, MEMBER_CHUNK):
            authorities = select(Authority.id, *authority_columns).where(Authority.id.in_(chunk))
            contacts = (
                select(Contact.authority_id, Contact.id, *contact_columns, withdrawn)
                .select_from(contact_source)
                .where(Contact.authority_id.in_(chunk), Contact.active.is_(True))
                .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
            )
            with self.store.read() as session:
                connection = session.connection()
                found = {row[0]: tuple(row) for row in connection.execute(authorities)}
                people: dict[int, list[tuple[Any, ...]]] = {}
                for row in connection.execute(contacts):
                    if row[-1]:
                        self.left_out.add(row[1])
                    else:
                        people.setdefault(row[0], []).append(tuple(row[1:-1]))
            yield [(found[i], people.get(i, [])) for i in chunk if i in found]

    # -- topics ----------------------------------------------------------------

    def count_topic_rows(self) -> tuple[int, int]:
        """(expertise rows + topics without experts, people with any expertise)."""
        without = select(func.count()).where(~Topic.id.in_(select(Expertise.topic_id)))
        with self.store.read() as session:
            connection = session.connection()
            expertise = connection.execute(select(func.count()).select_from(Expertise)).scalar_one()
            lonely = connection.execute(without).scalar_one()
            people = connection.execute(select(func.count(func.distinct(Expertise.contact_id)))).scalar_one()
        return expertise + lonely, people

    def topic_experts(self) -> Iterator[list[tuple[Any, ...]]]:
        """(topic, parent topic, person, authority, level, note) chunks; topics without experts once, bare.

        Topics by name; per topic the experts by level (highest first), then name.
        """
        statement = (
            select(
                Topic.name,
                _parent_topic.name,
                _person_name(),
                _contact_authority.name,
                Expertise.level,
                Expertise.note,
            )
            .select_from(Topic)
            .outerjoin(_parent_topic, _parent_topic.id == Topic.parent_id)
            .outerjoin(Expertise, Expertise.topic_id == Topic.id)
            .outerjoin(Contact, Contact.id == Expertise.contact_id)
            .outerjoin(_contact_authority, _contact_authority.id == Contact.authority_id)
            .order_by(
                Topic.name_key,
                Topic.id,
                _LEVEL_RANK.desc(),
                Contact.last_name_key,
                Contact.first_name_key,
                Contact.id,
            )
        )
        yield from self._stream(statement)

    def expert_topics(self) -> list[tuple[int, str]]:
        """(id, name) of the topics that have at least one expert, by name."""
        statement = (
            select(Topic.id, Topic.name)
            .where(Topic.id.in_(select(Expertise.topic_id)))
            .order_by(Topic.name_key, Topic.id)
        )
        with self.store.read() as session:
            return [(row[0], row[1]) for row in session.connection().execute(statement)]

    def expertise_by_person(self) -> Iterator[list[tuple[Any, ...]]]:
        """(contact id, person, authority, topic id, level) chunks, grouped by person in name order."""
        statement = (
            select(Contact.id, _person_name(), _contact_authority.name, Expertise.topic_id, Expertise.level)
            .select_from(Expertise)
            .join(Contact, Contact.id == Expertise.contact_id)
            .outerjoin(_contact_authority, _contact_authority.id == Contact.authority_id)
            .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        )
        yield from self._stream(statement)

    def _stream(self, statement: Any) -> Iterator[list[tuple[Any, ...]]]:
        # One read for the whole list, fetched in partitions: the rows stay in
        # SQLite's cursor until asked for, so memory does not grow with the list.
        with self.store.read() as session:
            result = session.connection().execution_options(yield_per=EXPORT_CHUNK).execute(statement)
            for partition in result.partitions():
                yield [tuple(row) for row in partition]
