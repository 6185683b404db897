"""sort keys in German order, and the contacts' topics

Lists sorted text with SQLite's NOCASE, which folds ASCII only:
"Öffentlichkeitsarbeit" came after "Wissenstransfer", "Öztürk" after
"Weißenfels". Every sortable text column gets a ``<column>_key`` beside it
(DIN 5007 variant 1: case ignored, ä as a, ß as ss), filled here and kept by
the store's listeners; the NOCASE sort indexes give way to indexes on the keys.

Contacts also get ``topics`` (the names of the topics they know about, in
German order) and its key, for the Topics column of the contacts list. Every
way of writing an expertise or renaming a topic must keep them true, so
database triggers do it, like the FTS triggers of 0003.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from egov_network.domain.text import sort_key

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Copied, not imported from store/search.py: a migration keeps doing what it did.
#: Per table, (column, required): a required column's key is NOT NULL ("" for none).
KEYS: dict[str, tuple[tuple[str, bool], ...]] = {
    "contact": (
        ("last_name", True),
        ("first_name", False),
        ("title", False),
        ("department", False),
        ("function", False),
    ),
    "authority": (("name", True), ("short_name", False), ("city", False)),
    "topic": (("name", True), ("synonyms", False), ("description", False)),
    "meeting": (("title", True), ("place", False)),
    "action_item": (("text", True),),
}
KEY_LENGTH = 200
LINE = 300
#: NOCASE indexes the key indexes replace: (table, index, column).
NOCASE_INDEXES = (
    ("contact", "ix_contact_last_name_first_name", "last_name COLLATE NOCASE, first_name COLLATE NOCASE"),
    ("contact", "ix_contact_first_name_nocase", "first_name COLLATE NOCASE"),
    ("contact", "ix_contact_title_nocase", "title COLLATE NOCASE"),
    ("contact", "ix_contact_function_nocase", "function COLLATE NOCASE"),
    ("contact", "ix_contact_department_nocase", "department COLLATE NOCASE"),
    ("authority", "ix_authority_name_nocase", "name COLLATE NOCASE"),
)
KEY_INDEXES = (
    ("contact", "ix_contact_last_name_key_first_name_key", ("last_name_key", "first_name_key")),
    ("contact", "ix_contact_first_name_key", ("first_name_key",)),
    ("contact", "ix_contact_title_key", ("title_key",)),
    ("contact", "ix_contact_function_key", ("function_key",)),
    ("contact", "ix_contact_department_key", ("department_key",)),
    ("contact", "ix_contact_topics_key", ("topics_key",)),
    ("authority", "ix_authority_name_key", ("name_key",)),
)


def _topics_of(contact: str, column: str) -> str:
    """SQL for the ", "-joined topic names (or keys) of one contact, in key order.

    SQLite before 3.44 has no ORDER BY inside group_concat; aggregating an
    ordered subquery keeps its order in practice and is what SQLite documents
    people rely on.
    """
    return (
        f"(SELECT group_concat(value, ', ') FROM (SELECT t.{column} AS value FROM expertise e "
        f"JOIN topic t ON t.id = e.topic_id WHERE e.contact_id = {contact} ORDER BY t.name_key, t.id))"
    )


def _set_topics(where: str) -> str:
    return (
        f"UPDATE contact SET topics = {_topics_of('contact.id', 'name')}, "
        f"topics_key = {_topics_of('contact.id', 'name_key')} WHERE {where}"
    )


TRIGGERS = {
    "expertise_topics_insert": "AFTER INSERT ON expertise BEGIN "
    + _set_topics("id = new.contact_id")
    + "; END",
    "expertise_topics_delete": "AFTER DELETE ON expertise BEGIN "
    + _set_topics("id = old.contact_id")
    + "; END",
    "expertise_topics_update": "AFTER UPDATE OF contact_id, topic_id ON expertise BEGIN "
    + _set_topics("id IN (old.contact_id, new.contact_id)")
    + "; END",
    "topic_topics_update": "AFTER UPDATE OF name, name_key ON topic "
    "WHEN old.name IS NOT new.name OR old.name_key IS NOT new.name_key BEGIN "
    + _set_topics("id IN (SELECT contact_id FROM expertise WHERE topic_id = new.id)")
    + "; END",
}


def _fill(table: str, columns: tuple[tuple[str, bool], ...]) -> None:
    connection = op.get_bind()
    names = [name for name, _ in columns]
    rows = connection.execute(sa.text(f"SELECT id, {', '.join(names)} FROM {table}"))
    updates = []
    for ident, *values in rows:
        update: dict[str, object] = {"ident": ident}
        for (name, required), value in zip(columns, values, strict=True):
            key = sort_key(value[:KEY_LENGTH] if isinstance(value, str) else None)
            update[f"{name}_key"] = "" if key is None and required else key
        updates.append(update)
    if updates:
        assignments = ", ".join(f"{name}_key = :{name}_key" for name in names)
        connection.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :ident"), updates)


def upgrade() -> None:
    for table, columns in KEYS.items():
        # Plain ADD COLUMN: SQLite adds columns in place, triggers stay.
        for name, required in columns:
            op.add_column(
                table,
                sa.Column(
                    f"{name}_key",
                    sa.String(LINE),
                    nullable=not required,
                    server_default="" if required else None,
                ),
            )
        if table == "contact":
            op.add_column(table, sa.Column("topics", sa.Text(), nullable=True))
            op.add_column(table, sa.Column("topics_key", sa.Text(), nullable=True))
        _fill(table, columns)
    for table, index, _columns in NOCASE_INDEXES:
        op.drop_index(index, table_name=table)
    for table, index, key_columns in KEY_INDEXES:
        op.create_index(index, table, list(key_columns), unique=False)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_set_topics("id IN (SELECT contact_id FROM expertise)"))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, index, _columns in KEY_INDEXES:
        op.drop_index(index, table_name=table)
    for table, index, indexed in NOCASE_INDEXES:
        op.execute(f"CREATE INDEX {index} ON {table} ({indexed})")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+) instead of a batch rebuild,
    # which would lose the tables' FTS triggers.
    for table, columns in reversed(KEYS.items()):
        names = [f"{name}_key" for name, _required in columns]
        if table == "contact":
            names += ["topics", "topics_key"]
        for name in reversed(names):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
