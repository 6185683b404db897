"""search text

Adds ``search_text`` (the folded text the list filter searches) to authority,
contact, topic and meeting, and fills it for the rows already there; makes
the contact name index case-insensitive like the list's sort.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:16:56.749097
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from egov_network.domain.text import searchable

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The searched columns as of this revision, copied rather than imported from
#: store/search.py: a migration must keep doing what it did when it was written.
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "authority": ("name", "short_name", "ags", "city", "email"),
    "contact": ("title", "first_name", "last_name", "department", "function", "email", "phone", "mobile"),
    "meeting": ("title", "place"),
    "topic": ("name", "synonyms", "description"),
}


def upgrade() -> None:
    for table in SEARCH_FIELDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    _fill_search_text()
    # The contact list sorts names with COLLATE NOCASE; an index in the same
    # collation lets SQLite read the sorted ids from the index instead of sorting.
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_last_name_first_name")
        batch_op.create_index(
            "ix_contact_last_name_first_name",
            [sa.text("last_name COLLATE NOCASE"), sa.text("first_name COLLATE NOCASE")],
            unique=False,
        )


def _fill_search_text() -> None:
    """Compute search_text for existing rows with plain SQL (no ORM models in migrations)."""
    connection = op.get_bind()
    for table, fields in SEARCH_FIELDS.items():
        columns = ", ".join(fields)
        rows = connection.execute(sa.text(f"SELECT id, {columns} FROM {table}")).fetchall()
        updates = [{"id": row[0], "search_text": searchable(row[1:])} for row in rows]
        if updates:
            connection.execute(
                sa.text(f"UPDATE {table} SET search_text = :search_text WHERE id = :id"), updates
            )


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_last_name_first_name")
        batch_op.create_index("ix_contact_last_name_first_name", ["last_name", "first_name"], unique=False)
    for table in reversed(SEARCH_FIELDS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("search_text")
