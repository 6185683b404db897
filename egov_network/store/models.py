"""SQLAlchemy 2.0 models of the network (design.md section 2).

Enum-valued columns are plain strings validated by the services, so adding a
value later needs no table rebuild. Foreign keys that point at people or
authorities are RESTRICT: the services decide what a delete may take along,
the database makes sure nothing slips through. Rows owned by a parent
(participations, action items, expertise links) cascade with it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)

# Stable constraint names, so Alembic batch migrations can find them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LINE = 300


def utcnow() -> datetime:
    """Naive UTC now: SQLite keeps no zone, so every timestamp is UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base: every row has an id and created/updated timestamps."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Versioned:
    """Mixin for rows people edit: a version number for optimistic conflict detection.

    SQLAlchemy adds ``WHERE version = :old`` to every UPDATE and raises
    ``StaleDataError`` when another writer got there first.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Searchable:
    """Mixin for rows the list filter searches: a folded copy of their text.

    ``search_text`` is derived, never typed: ``store/search.py`` recomputes it
    on every ORM insert and update (see there for which columns feed it).
    SQLite's LIKE folds ASCII case only, so matching "muller" to "Müller" needs
    the folded copy; the server default lets raw SQL inserts omit it.
    """

    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


def key_of(required: bool = False) -> Mapped[Any]:
    """A sort key column beside a text column (``<column>_key``, see store/search.py).

    Lists sort by it instead of the text: German order (DIN 5007) in any
    database, through an ordinary index. Required texts have a NOT NULL key,
    so the planner may walk its index in order without an extra NULLS LAST.
    """
    if required:
        return mapped_column(String(LINE), nullable=False, default="", server_default="")
    return mapped_column(String(LINE), nullable=True)


def count_column() -> Mapped[Any]:
    """A count of other rows pointing at this one, kept by triggers (migration 0013).

    Lists sort by it through an index instead of counting per row: sorting
    20,000 meetings by a correlated count of 400,000 participations took 55-70 ms.
    """
    return mapped_column(Integer, nullable=False, default=0, server_default="0")


def tags_column() -> Mapped[Any]:
    """The ", "-joined names of a record's tags (or their sort keys), kept by triggers (migration 0009)."""
    return mapped_column(Text, nullable=True)


class Authority(Searchable, Versioned, Base):
    """A member organisation; ``parent`` links a consortium's or district's members."""

    __tablename__ = "authority"

    name: Mapped[str] = mapped_column(String(LINE))
    short_name: Mapped[str | None] = mapped_column(String(LINE))
    kind: Mapped[str] = mapped_column(String(40))
    state: Mapped[str | None] = mapped_column(String(2))
    ags: Mapped[str | None] = mapped_column(String(8), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("authority.id", ondelete="RESTRICT"), index=True)
    network_role: Mapped[str] = mapped_column(String(40))
    cohort: Mapped[int | None] = mapped_column(Integer)
    member_since: Mapped[date | None] = mapped_column(Date)
    member_until: Mapped[date | None] = mapped_column(Date)
    street: Mapped[str | None] = mapped_column(String(LINE))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(LINE))
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(LINE))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = key_of(required=True)
    short_name_key: Mapped[str | None] = key_of()
    city_key: Mapped[str | None] = key_of()
    tags: Mapped[str | None] = tags_column()
    tags_key: Mapped[str | None] = tags_column()
    #: How many contacts it has, kept by triggers (migration 0013) so the list sorts by it.
    contact_count: Mapped[int] = count_column()

    parent: Mapped[Authority | None] = relationship(remote_side="Authority.id")

    __table_args__ = (
        Index("ix_authority_name", "name"),
        Index("ix_authority_contact_count", "contact_count"),
        # The list's sort columns (migration 0013).
        *(
            Index(f"ix_authority_{column}", column)
            for column in (
                "short_name_key",
                "city_key",
                "kind",
                "state",
                "network_role",
                "cohort",
                "member_since",
                "tags_key",
            )
        ),
    )


class Contact(Searchable, Versioned, Base):
    """A person in the network, at most one current authority."""

    __tablename__ = "contact"

    salutation: Mapped[str] = mapped_column(String(10), default="")
    title: Mapped[str | None] = mapped_column(String(60))
    first_name: Mapped[str | None] = mapped_column(String(LINE))
    last_name: Mapped[str] = mapped_column(String(LINE))
    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    department: Mapped[str | None] = mapped_column(String(LINE))
    function: Mapped[str | None] = mapped_column(String(LINE))
    email: Mapped[str | None] = mapped_column(String(LINE), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(40))
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_method: Mapped[str | None] = mapped_column(String(20))
    consent_scope: Mapped[str | None] = mapped_column(String(LINE))
    #: The consent scopes whose newest record is a withdrawal (", "-joined codes), kept by
    #: services/consent.py with ``consent_on``/``consent_method`` as the current state (migration 0012).
    consent_withdrawn: Mapped[str | None] = mapped_column(String(LINE))
    #: An "anonymised participant" an erase left where meetings keep their head count.
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    last_name_key: Mapped[str] = key_of(required=True)
    first_name_key: Mapped[str | None] = key_of()
    title_key: Mapped[str | None] = key_of()
    department_key: Mapped[str | None] = key_of()
    function_key: Mapped[str | None] = key_of()
    #: The names of the topics the person is an expert in, in German order ("Datenschutz, E-Akte"),
    #: and their sort key: kept by database triggers on expertise and topic
    #: (migration 0007), so every way of writing an expertise keeps them true.
    topics: Mapped[str | None] = mapped_column(Text)
    topics_key: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = tags_column()
    tags_key: Mapped[str | None] = tags_column()


# Sort key indexes (store/search.py keeps the keys): SQLite then reads the ids
# of 100,000 contacts in name order straight from an index instead of sorting
# them. Declared after the class because they need the column objects.
Index("ix_contact_last_name_key_first_name_key", Contact.last_name_key, Contact.first_name_key)
# One index per sortable text column of the contacts table: a click on its
# header then reads the ids in order (27 ms at 100,000 contacts) instead of
# sorting them (70-170 ms). Email and phone numbers are ASCII: NOCASE sorts them.
for _name in ("first_name_key", "title_key", "function_key", "department_key", "topics_key"):
    Index(f"ix_contact_{_name}", getattr(Contact, _name))
for _name in ("email", "phone", "mobile"):
    Index(f"ix_contact_{_name}_nocase", getattr(Contact, _name).collate("NOCASE"))
# Sorting contacts by their authority walks the authorities in this order
# (services/queries.py, ContactListQuery._ids_by_authority).
Index("ix_authority_name_key", Authority.name_key)
Index("ix_contact_tags_key", Contact.tags_key)
Index("ix_contact_updated_at", Contact.updated_at)
Index("ix_contact_active", Contact.active)


class Position(Base):
    """A former job of a contact, written when the authority or function changes.

    People change jobs; the network still wants to know that Ms X used to
    run the e-file project in Y. The authority's name is copied so the history
    survives the authority being renamed.
    """

    __tablename__ = "position"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="SET NULL"), index=True
    )
    authority_name: Mapped[str | None] = mapped_column(String(LINE))
    function: Mapped[str | None] = mapped_column(String(LINE))
    ended_on: Mapped[date] = mapped_column(Date)


class Topic(Searchable, Versioned, Base):
    """An expert topic in a small tree."""

    __tablename__ = "topic"

    name: Mapped[str] = mapped_column(String(LINE), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    synonyms: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = key_of(required=True)
    synonyms_key: Mapped[str | None] = key_of()
    description_key: Mapped[str | None] = key_of()


class Expertise(Versioned, Base):
    """What a contact knows about a topic, and how well."""

    __tablename__ = "expertise"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("contact_id", "topic_id"),)


# The experts of the topics a search term matches, with their level, from the index alone
# (services/search_all.py; migration 0010).
Index("ix_expertise_topic_id_level_contact_id", Expertise.topic_id, Expertise.level, Expertise.contact_id)


class AuthorityTopic(Versioned, Base):
    """A topic an authority has experience in (what it built)."""

    __tablename__ = "authority_topic"

    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id", ondelete="CASCADE"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("authority_id", "topic_id"),)


class Meeting(Searchable, Versioned, Base):
    """A barcamp, workshop or other meeting, with agenda and minutes."""

    __tablename__ = "meeting"

    title: Mapped[str] = mapped_column(String(LINE))
    kind: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(LINE))
    online_link: Mapped[str | None] = mapped_column(String(500))
    host_authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    agenda: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)
    title_key: Mapped[str] = key_of(required=True)
    place_key: Mapped[str | None] = key_of()
    #: The folded agenda and minutes, which "search everything" finds through its own
    #: trigram index (migration 0008); derived like ``search_text`` (store/search.py).
    notes_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    tags: Mapped[str | None] = tags_column()
    tags_key: Mapped[str | None] = tags_column()
    #: Participations and open action items, kept by triggers (migration 0013) so the list sorts by them.
    participant_count: Mapped[int] = count_column()
    open_item_count: Mapped[int] = count_column()

    __table_args__ = (
        Index("ix_meeting_participant_count", "participant_count"),
        Index("ix_meeting_open_item_count", "open_item_count"),
        # The list's sort columns: a meeting row holds agenda and minutes, too long to scan (migration 0013).
        *(
            Index(f"ix_meeting_{column}", column)
            for column in ("title_key", "place_key", "kind", "status", "tags_key")
        ),
    )


class MeetingTopic(Base):
    """A topic a meeting was about."""

    __tablename__ = "meeting_topic"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (UniqueConstraint("meeting_id", "topic_id"),)


class Participation(Versioned, Base):
    """A contact's invitation to, and attendance at, a meeting."""

    __tablename__ = "participation"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))

    __table_args__ = (UniqueConstraint("meeting_id", "contact_id"),)


class ActionItem(Searchable, Versioned, Base):
    """Something agreed at a meeting that someone has to do by a date."""

    __tablename__ = "action_item"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    text_key: Mapped[str] = key_of(required=True)


class Tag(Versioned, Base):
    """A free label ("Kochbuch", "Pilot 2027") on contacts, authorities and meetings."""

    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(LINE), unique=True)
    name_key: Mapped[str] = key_of(required=True)

    __table_args__ = (Index("ix_tag_name_key", "name_key"),)


class ContactTag(Base):
    """A tag on a contact."""

    __tablename__ = "contact_tag"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("contact_id", "tag_id"),)


class AuthorityTag(Base):
    """A tag on an authority."""

    __tablename__ = "authority_tag"

    authority_id: Mapped[int] = mapped_column(ForeignKey("authority.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("authority_id", "tag_id"),)


class MeetingTag(Base):
    """A tag on a meeting."""

    __tablename__ = "meeting_tag"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("meeting_id", "tag_id"),)


class ContactList(Versioned, Base):
    """A named list of people: kept by hand (static) or a saved search evaluated when opened.

    A saved search keeps its query as JSON in ``query`` (filter text, topic,
    expert words); a static list has members.
    """

    __tablename__ = "contact_list"

    name: Mapped[str] = mapped_column(String(LINE), unique=True)
    name_key: Mapped[str] = key_of(required=True)
    kind: Mapped[str] = mapped_column(String(20))
    query: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)


class ContactListMember(Base):
    """A person on a static list."""

    __tablename__ = "contact_list_member"

    list_id: Mapped[int] = mapped_column(ForeignKey("contact_list.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("list_id", "contact_id"),)


class Consent(Versioned, Base):
    """One consent record of a person: given or withdrawn, on a date, how, for one scope, by whom."""

    __tablename__ = "consent"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[str | None] = mapped_column(String(LINE))
    note: Mapped[str | None] = mapped_column(Text)


#: Settings stored in the database (key -> text), so the window and the command line agree.
setting = Table(
    "setting",
    Base.metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text),
)

#: The history: who did what to which record, and each field's before -> after.
#: A Core table, not a ``Base`` model: an entry is written once and never
#: updated, so it has ``at`` and no created/updated pair. ``changes`` is JSON
#: ``{field: [before, after]}``; ``label`` names the record as it was then;
#: ``batch`` groups the entries of one user action (an import, a merge).
change_log = Table(
    "change_log",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, default=utcnow),
    Column("actor", String(LINE), nullable=False),
    Column("action", String(20), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("label", String(LINE)),
    Column("changes", Text),
    Column("batch", String(40)),
    Index("ix_change_log_entity_record_id", "entity", "record_id"),
    Index("ix_change_log_at", "at"),
)

#: The trash: a deleted record and the rows it owned (``payload``: JSON of
#: table name -> rows), restorable after the program was closed.
trash_item = Table(
    "trash_item",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("deleted_at", DateTime, nullable=False, default=utcnow),
    Column("actor", String(LINE), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("label", String(LINE)),
    Column("payload", Text, nullable=False),
    Index("ix_trash_item_entity_record_id", "entity", "record_id"),
    Index("ix_trash_item_deleted_at", "deleted_at"),
)

#: Tables in the order a person thinks of them; ``check`` counts records in this order.
ENTITY_TABLES: tuple[type[Base], ...] = (
    Authority,
    Contact,
    Position,
    Topic,
    Expertise,
    AuthorityTopic,
    Meeting,
    MeetingTopic,
    Participation,
    ActionItem,
    Tag,
    ContactTag,
    AuthorityTag,
    MeetingTag,
    ContactList,
    ContactListMember,
    Consent,
)
