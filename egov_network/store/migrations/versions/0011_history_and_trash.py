"""history and trash

``change_log``: who changed what and when, one row per record and action,
written in the transaction of the change (``changes`` holds each field's
before -> after as JSON). ``trash_item``: a deleted record with the rows it
owned, as JSON, so it can be brought back after the program was closed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINE = 300


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(LINE), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(LINE), nullable=True),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.Column("batch", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_entity_record_id", "change_log", ["entity", "record_id"], unique=False)
    op.create_index("ix_change_log_at", "change_log", ["at"], unique=False)
    op.create_table(
        "trash_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(LINE), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(LINE), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_item")),
    )
    op.create_index("ix_trash_item_entity_record_id", "trash_item", ["entity", "record_id"], unique=False)
    op.create_index("ix_trash_item_deleted_at", "trash_item", ["deleted_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_trash_item_deleted_at", table_name="trash_item")
    op.drop_index("ix_trash_item_entity_record_id", table_name="trash_item")
    op.drop_table("trash_item")
    op.drop_index("ix_change_log_at", table_name="change_log")
    op.drop_index("ix_change_log_entity_record_id", table_name="change_log")
    op.drop_table("change_log")
