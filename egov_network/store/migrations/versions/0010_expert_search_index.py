"""the experts of many topics, read from one index

"Search everything" finds people through the topics a term matches (and
their sub-topics). At network scale a broad term ("daten") matches a hundred
topics with 25,000 expertise rows; reading their ``contact_id`` through
``ix_expertise_topic_id`` looked up every row (80 ms), this covering index
answers from itself (5 ms), levels included.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_expertise_topic_id_level_contact_id"


def upgrade() -> None:
    op.create_index(INDEX, "expertise", ["topic_id", "level", "contact_id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="expertise")
