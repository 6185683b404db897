"""Search everything: one query over contacts, authorities, topics, meetings and action items."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from egov_network.services.registry import Services
from egov_network.store.migrate import alembic_config, open_store


def _fts_ids(store, index: str, term: str) -> list[int]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q ORDER BY rowid"), {"q": f'"{term}"'}
        )
        return [row[0] for row in rows]


def test_upgrade_makes_agenda_minutes_and_action_items_of_existing_rows_searchable(db_path: Path) -> None:
    config = alembic_config()
    store = open_store(db_path, migrate=False)
    stamp = "'2020-01-01 00:00:00'"
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.execute(
            text(
                "INSERT INTO meeting (id, title, kind, starts_at, status, agenda, minutes, title_key,"
                f" version, created_at, updated_at) VALUES (1, 'Workshop', 'workshop', {stamp}, 'held',"
                " 'Begrüßung; Bürgerportal', 'Treffen in der Hauptstraße. Frau Müller berichtet.',"
                f" 'workshop', 1, {stamp}, {stamp}), (2, 'Ohne Protokoll', 'workshop', {stamp}, 'planned',"
                f" NULL, NULL, 'ohne protokoll', 1, {stamp}, {stamp})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO action_item (id, meeting_id, text, text_key, version, created_at, updated_at)"
                f" VALUES (1, 1, 'Größe der Räume klären', 'große der raume klaren', 1, {stamp}, {stamp})"
            )
        )
    store.dispose()
    upgraded = open_store(db_path)
    try:
        with upgraded.engine.connect() as connection:
            notes = connection.execute(text("SELECT notes_text FROM meeting ORDER BY id")).scalars().all()
        assert notes[0].startswith("begrussung; burgerportal treffen in der hauptstrasse.")
        assert notes[1] == ""
        for term in ("strasse", "muller", "mueller", "burgerportal"):
            assert _fts_ids(upgraded, "meeting_notes_fts", term) == [1], term
        assert _fts_ids(upgraded, "action_item_fts", "grosse") == [1]
        assert _fts_ids(upgraded, "action_item_fts", "groesse") == [1]
        # From now on the store keeps them: an edit through the services moves the index along.
        services = Services.over(upgraded)
        services.meetings.update(2, {"minutes": "Beschluss: Kochbuch überarbeiten"})
        services.action_items.update(1, {"text": "Termin finden"})
        assert _fts_ids(upgraded, "meeting_notes_fts", "uberarbeiten") == [2]
        assert _fts_ids(upgraded, "action_item_fts", "grosse") == []
        assert _fts_ids(upgraded, "action_item_fts", "termin") == [1]
    finally:
        upgraded.dispose()
