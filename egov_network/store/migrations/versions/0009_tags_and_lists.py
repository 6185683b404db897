"""tags and lists

Free tags on contacts, authorities and meetings (``tag`` and one link table
per kind), with a ``tags`` column (names in German order) and its sort key on
each tagged table, kept by triggers like the contacts' topics of 0007; named
lists of people (``contact_list``: static with members, or a saved search).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINE = 300
#: Tagged tables and their link table's owner column (copied, not imported: a migration keeps doing what it did).
TAGGED = {"contact": "contact_id", "authority": "authority_id", "meeting": "meeting_id"}


def _tags_of(table: str, column: str) -> str:
    """SQL for the ", "-joined tag names (or keys) of the ``table`` row in the outer UPDATE, in key order."""
    owner = TAGGED[table]
    return (
        f"(SELECT group_concat(value, ', ') FROM (SELECT t.{column} AS value FROM {table}_tag l "
        f"JOIN tag t ON t.id = l.tag_id WHERE l.{owner} = {table}.id ORDER BY t.name_key, t.id))"
    )


def _set_tags(table: str, where: str) -> str:
    return (
        f"UPDATE {table} SET tags = {_tags_of(table, 'name')}, tags_key = {_tags_of(table, 'name_key')} "
        f"WHERE {where}"
    )


def _triggers() -> dict[str, str]:
    triggers: dict[str, str] = {}
    for table, owner in TAGGED.items():
        link = f"{table}_tag"
        triggers[f"{link}_insert"] = (
            f"AFTER INSERT ON {link} BEGIN {_set_tags(table, f'id = new.{owner}')}; END"
        )
        triggers[f"{link}_delete"] = (
            f"AFTER DELETE ON {link} BEGIN {_set_tags(table, f'id = old.{owner}')}; END"
        )
        triggers[f"tag_{table}_update"] = (
            "AFTER UPDATE OF name, name_key ON tag "
            "WHEN old.name IS NOT new.name OR old.name_key IS NOT new.name_key BEGIN "
            + _set_tags(table, f"id IN (SELECT {owner} FROM {link} WHERE tag_id = new.id)")
            + "; END"
        )
    return triggers


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "tag",
        sa.Column("name", sa.String(LINE), nullable=False),
        sa.Column("name_key", sa.String(LINE), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_index("ix_tag_name_key", "tag", ["name_key"], unique=False)
    for table, owner in TAGGED.items():
        link = f"{table}_tag"
        op.create_table(
            link,
            sa.Column(owner, sa.Integer(), nullable=False),
            sa.Column("tag_id", sa.Integer(), nullable=False),
            *_timestamps(),
            sa.ForeignKeyConstraint(
                [owner], [f"{table}.id"], name=op.f(f"fk_{link}_{owner}_{table}"), ondelete="CASCADE"
            ),
            sa.ForeignKeyConstraint(
                ["tag_id"], ["tag.id"], name=op.f(f"fk_{link}_tag_id_tag"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{link}")),
            sa.UniqueConstraint(owner, "tag_id", name=op.f(f"uq_{link}_{owner}_tag_id")),
        )
        op.create_index(op.f(f"ix_{link}_tag_id"), link, ["tag_id"], unique=False)
        op.add_column(table, sa.Column("tags", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("tags_key", sa.Text(), nullable=True))
    op.create_index("ix_contact_tags_key", "contact", ["tags_key"], unique=False)
    op.create_table(
        "contact_list",
        sa.Column("name", sa.String(LINE), nullable=False),
        sa.Column("name_key", sa.String(LINE), server_default="", nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("query", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_list")),
        sa.UniqueConstraint("name", name=op.f("uq_contact_list_name")),
    )
    op.create_table(
        "contact_list_member",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["contact_list.id"],
            name=op.f("fk_contact_list_member_list_id_contact_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_list_member_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_list_member")),
        sa.UniqueConstraint("list_id", "contact_id", name=op.f("uq_contact_list_member_list_id_contact_id")),
    )
    op.create_index(
        op.f("ix_contact_list_member_contact_id"), "contact_list_member", ["contact_id"], unique=False
    )
    for name, body in _triggers().items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("contact_list_member")
    op.drop_table("contact_list")
    op.drop_index("ix_contact_tags_key", table_name="contact")
    for table in reversed(TAGGED):
        op.drop_table(f"{table}_tag")
        # ALTER TABLE ... DROP COLUMN, not a batch rebuild that would lose the FTS triggers.
        op.execute(f"ALTER TABLE {table} DROP COLUMN tags_key")
        op.execute(f"ALTER TABLE {table} DROP COLUMN tags")
    op.drop_index("ix_tag_name_key", table_name="tag")
    op.drop_table("tag")
