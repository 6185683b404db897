"""agenda, minutes and action items searchable

"Search everything" finds a meeting by what its agenda and minutes say, and
an action item by its text, case-, accent- and umlaut-tolerant like the
filters. Neither was in a stored search text:

* ``meeting.notes_text``: the folded agenda and minutes (with the ä->ae
  variant, ``domain.text.searchable``), kept beside ``search_text`` rather than
  in it, so the meetings filter stays about title, place and date and the
  search can rank a title match above a minutes match;
* ``action_item.search_text``: the folded text of the item, like the other
  tables' search text.

Each gets an FTS5 trigram index (``meeting_notes_fts``, ``action_item_fts``),
"external content" kept in step by triggers like those of 0003, so every
writer updates them. Existing rows are filled here; the store's listeners
(store/search.py) keep the columns true from then on.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from egov_network.domain.text import searchable

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Copied, not imported from store/search.py: a migration keeps doing what it did.
#: (table, new column, FTS index, columns whose folded text it holds)
TEXTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("meeting", "notes_text", "meeting_notes_fts", ("agenda", "minutes")),
    ("action_item", "search_text", "action_item_fts", ("text",)),
)
_BATCH = 2_000


def _fill(table: str, column: str, sources: tuple[str, ...]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {', '.join(sources)} FROM {table}"))
    statement = sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :ident")
    batch: list[dict[str, object]] = []
    for ident, *values in rows:
        value = searchable(values)
        if value:
            batch.append({"ident": ident, "value": value})
        if len(batch) >= _BATCH:
            connection.execute(statement, batch)
            batch = []
    if batch:
        connection.execute(statement, batch)


def _index(table: str, column: str, fts: str) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5("
        f"{column}, content='{table}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END"
    )
    # Only when the text changed: most edits (status, a date, a version bump) leave it alone.
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {column} ON {table} "
        f"WHEN old.{column} IS NOT new.{column} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    for table, column, fts, sources in TEXTS:
        # Plain ADD COLUMN: SQLite adds columns in place, the tables' triggers stay.
        op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))
        _fill(table, column, sources)
        _index(table, column, fts)


def downgrade() -> None:
    for table, column, fts, _sources in reversed(TEXTS):
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
        # ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch rebuild would lose the triggers.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
