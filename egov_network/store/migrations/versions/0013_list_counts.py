"""counts kept for sorting

Every list gets the machinery the contacts list has (issue 16):

* ``meeting.participant_count``, ``meeting.open_item_count`` and
  ``authority.contact_count``, kept by triggers on the rows they count, each
  with an index: sorting 20,000 meetings by a correlated count over 400,000
  participations took 55-70 ms, walking an index takes a few.

* indexes for the other columns the meetings and authorities lists sort by:
  a meeting row holds its agenda and minutes, so sorting 20,000 of them by
  title read the whole table (25 ms); walking a covering index takes 2 ms.

(The action items' list filter now reads the trigram index of their text
that "search everything" has had since migration 0008.)

Triggers rather than application code, so every writer keeps the counts:
the ORM, the importer's Core inserts, the generator's raw inserts, a
restore from the trash and the cascades of SQLite itself.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 07:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, count column, counted table, its column pointing at table, condition on the counted row or None).
COUNTS = (
    ("meeting", "participant_count", "participation", "meeting_id", None),
    ("meeting", "open_item_count", "action_item", "meeting_id", "done_on IS NULL"),
    ("authority", "contact_count", "contact", "authority_id", None),
)


#: (table, column) pairs whose sort gets an index of its own.
SORT_INDEXES = (
    ("meeting", "title_key"),
    ("meeting", "place_key"),
    ("meeting", "kind"),
    ("meeting", "status"),
    ("meeting", "tags_key"),
    ("authority", "short_name_key"),
    ("authority", "city_key"),
    ("authority", "kind"),
    ("authority", "state"),
    ("authority", "network_role"),
    ("authority", "cohort"),
    ("authority", "member_since"),
    ("authority", "tags_key"),
)


def _when(condition: str | None, row: str) -> str:
    """The condition on the ``new``/``old`` row, for a trigger's WHERE."""
    if condition is None:
        return ""
    column, _, rest = condition.partition(" ")
    return f" AND {row}.{column} {rest}"


def _triggers(table: str, column: str, counted: str, key: str, condition: str | None) -> list[str]:
    name = f"{counted}_{column}"
    plus = f"UPDATE {table} SET {column} = {column} + 1 WHERE id = new.{key}{_when(condition, 'new')};"
    minus = f"UPDATE {table} SET {column} = {column} - 1 WHERE id = old.{key}{_when(condition, 'old')};"
    watched = key if condition is None else f"{key}, {condition.split(' ')[0]}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {counted} BEGIN {plus} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {counted} BEGIN {minus} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {watched} ON {counted} BEGIN {minus} {plus} END",
    ]


def upgrade() -> None:
    for table, column, counted, key, condition in COUNTS:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
        where = f" AND {condition}" if condition else ""
        op.execute(
            f"UPDATE {table} SET {column} = "
            f"(SELECT count(*) FROM {counted} WHERE {counted}.{key} = {table}.id{where})"
        )
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
        for statement in _triggers(table, column, counted, key, condition):
            op.execute(statement)
    for table, column in SORT_INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(SORT_INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table, column, counted, _key, _condition in reversed(COUNTS):
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {counted}_{column}_{trigger}")
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its triggers.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
