"""The store: SQLite settings, transaction scopes, URL handling, records matching tables."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from egov_network.domain import records
from egov_network.domain.errors import StoreError
from egov_network.services.registry import Services
from egov_network.store import models, search
from egov_network.store.database import Store, resolve_url
from egov_network.store.migrate import open_store


def test_sqlite_connections_have_foreign_keys_wal_and_busy_timeout(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_writes_begin_immediate_so_a_second_writer_waits_not_deadlocks(store: Store, db_path: Path) -> None:
    with store.write() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db_path, timeout=0)
        try:
            # The write lock is taken at BEGIN, before this transaction wrote anything.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_nested_writes_are_one_transaction_and_roll_back_together(services: Services) -> None:
    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), services.store.write():
        services.topics.create({"name": "Datenschutz"})
        services.topics.create({"name": "IT-Sicherheit"})
        raise BoomError
    assert services.topics.count_all() == 0


def test_listeners_hear_one_change_per_committed_action_and_nothing_on_rollback(services: Services) -> None:
    heard = []
    services.store.subscribe(heard.append)
    with services.store.write():
        first = services.topics.create({"name": "Portalverbund"})
        second = services.topics.create({"name": "Servicekonten"})
    assert len(heard) == 1 and heard[0].created == {"topic": {first.id, second.id}}
    with pytest.raises(RuntimeError), services.store.write():
        services.topics.create({"name": "Bürgerportal"})
        raise RuntimeError
    assert len(heard) == 1


#: Tables that only link two records: no record type, nobody edits their fields.
LINK_TABLES = {"contact_tag", "authority_tag", "meeting_tag", "contact_list_member"}


@pytest.mark.parametrize(
    "model",
    [m for m in models.ENTITY_TABLES if m.__tablename__ not in LINK_TABLES],
    ids=lambda m: m.__tablename__,
)
def test_records_mirror_the_table_columns(model: type[models.Base]) -> None:
    record = {
        "authority": records.AuthorityRecord,
        "contact": records.ContactRecord,
        "position": records.PositionRecord,
        "topic": records.TopicRecord,
        "expertise": records.ExpertiseRecord,
        "authority_topic": records.AuthorityTopicRecord,
        "meeting": records.MeetingRecord,
        "meeting_topic": records.MeetingTopicRecord,
        "participation": records.ParticipationRecord,
        "action_item": records.ActionItemRecord,
        "tag": records.TagRecord,
        "contact_list": records.ContactListRecord,
        "consent": records.ConsentRecord,
    }[model.__tablename__]
    derived = search.DERIVED_COLUMNS
    assert {f.name for f in fields(record)} == {c.name for c in inspect(model).columns} - derived


def test_path_and_url_resolution(tmp_path: Path) -> None:
    assert resolve_url(tmp_path / "a.sqlite").database == str(tmp_path / "a.sqlite")
    assert resolve_url("sqlite:///x.db").database == "x.db"
    with pytest.raises(StoreError, match="not a database address"):
        resolve_url("mongodb://localhost/db")


def test_open_refuses_missing_file_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no database file"):
        open_store(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_open_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "liste.sqlite"
    bogus.write_text("Name;E-Mail\n" * 500, encoding="utf-8")
    with pytest.raises(StoreError, match="not a database this program can open"):
        open_store(bogus)
    assert bogus.read_text(encoding="utf-8").startswith("Name;E-Mail")


def test_open_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_open_creates_missing_parent_folders(tmp_path: Path) -> None:
    store = open_store(tmp_path / "deep" / "er" / "network.sqlite")
    store.dispose()
    assert (tmp_path / "deep" / "er" / "network.sqlite").is_file()
