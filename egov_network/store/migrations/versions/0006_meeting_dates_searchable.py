"""meeting dates searchable as shown

The meetings filter now finds a meeting by its start as the list shows it
(22.09.2016, 22/09/2016, 2016-09-22, 10:00). The search text of every
meeting is rebuilt once; the FTS triggers keep the index in step.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:10:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from egov_network.store.models import Meeting
from egov_network.store.search import search_text_of

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild() -> None:
    connection = op.get_bind()
    meeting = sa.table(
        "meeting",
        sa.column("id", sa.Integer),
        sa.column("title", sa.String),
        sa.column("place", sa.String),
        sa.column("starts_at", sa.DateTime),
        sa.column("search_text", sa.String),
    )
    rows = connection.execute(sa.select(meeting.c.id, meeting.c.title, meeting.c.place, meeting.c.starts_at))
    updates = []
    for ident, title, place, starts_at in rows:
        if isinstance(starts_at, str):  # raw SQLite text on some drivers
            starts_at = datetime.fromisoformat(starts_at)
        text = search_text_of(Meeting, {"title": title, "place": place, "starts_at": starts_at})
        updates.append({"ident": ident, "text": text})
    if updates:
        connection.execute(
            meeting.update()
            .where(meeting.c.id == sa.bindparam("ident"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )


def upgrade() -> None:
    _rebuild()


def downgrade() -> None:
    # The dates in the search text do no harm to the older program; nothing to undo.
    pass
