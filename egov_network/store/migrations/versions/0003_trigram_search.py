"""trigram search

Adds an FTS5 trigram index over ``search_text`` of contact, authority, topic
and meeting, kept in step by triggers, and fills it from the existing rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Copied, not imported from store/fts.py: a migration keeps doing what it did.
TABLES = ("contact", "authority", "topic", "meeting")


def upgrade() -> None:
    for name in TABLES:
        fts = f"{name}_fts"
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5("
            f"search_text, content='{name}', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {name} BEGIN "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {name} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
        )
        # Only when the text changed: most edits (a version bump, a date) leave it alone.
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {name} "
            f"WHEN old.search_text IS NOT new.search_text BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    for name in reversed(TABLES):
        fts = f"{name}_fts"
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
