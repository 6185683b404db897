"""Schema changes happen only through Alembic, after a backup, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from egov_network.domain.errors import StoreError
from egov_network.services.registry import Services
from egov_network.store.backup_set import backup_folder, list_backups
from egov_network.store.database import Store
from egov_network.store.fts import include_name
from egov_network.store.migrate import current_revision, head_revision, open_store
from egov_network.store.models import Base


def test_migrated_schema_equals_the_models(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree; write a revision: {diff}"


def test_new_database_is_at_head(store: Store) -> None:
    assert current_revision(store) == head_revision()


def _set_revision(path: Path, revision: str) -> None:
    """Pretend the file was written by another program version."""
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_database_written_by_a_newer_program_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    Services.over(store).topics.create({"name": "E-Government-Kochbuch"})
    store.dispose()
    _set_revision(db_path, "not-a-known-revision")
    with pytest.raises(StoreError, match="newer version"):
        open_store(db_path)


def test_backup_is_made_before_an_upgrade_and_holds_the_data(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(db_path)
    Services.over(store).topics.create({"name": "Portalverbund"})
    store.dispose()
    # Simulate a newer program whose head is a revision this file has not seen.
    from egov_network.store import migrate

    calls: list[str] = []
    from alembic import command

    monkeypatch.setattr(migrate, "HEAD", "9999")
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(command, "upgrade", lambda config, target: calls.append(target))
    reopened = open_store(db_path)
    reopened.dispose()
    assert calls == ["head"]
    # The copy is part of the backup set, so File > Backups lists it.
    [listed] = list_backups(db_path)
    assert listed.reason == "before-upgrade"
    assert listed.counts["topic"] == 1
    backup = listed.path
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM topic").fetchall() == [("Portalverbund",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_empty_new_database_needs_no_backup(tmp_path: Path) -> None:
    open_store(tmp_path / "fresh.sqlite").dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []
    assert list_backups(tmp_path / "fresh.sqlite") == []


def test_a_failing_migration_leaves_the_database_unchanged(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    def broken_upgrade(config, target) -> None:
        connection = config.attributes["connection"]
        connection.exec_driver_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("migration failed halfway")

    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    with pytest.raises(RuntimeError, match="halfway"):
        open_store(db_path)
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables


def test_foreign_sqlite_database_is_refused_not_migrated(tmp_path: Path) -> None:
    other = tmp_path / "other-app.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StoreError, match="not one of this program"):
        open_store(other)
    with sqlite3.connect(other) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


def test_the_head_constant_is_the_scripts_head() -> None:
    # open_store skips Alembic when a database is at HEAD; a new migration must move it.
    from egov_network.store.migrate import HEAD

    assert head_revision() == HEAD


@pytest.mark.parametrize(
    "name", ["netz #1.sqlite", "frage?.sqlite", "100% Prozent.sqlite", "Grüße & mehr.sqlite"]
)
def test_the_backup_before_an_upgrade_holds_the_data_whatever_the_path(tmp_path: Path, name: str) -> None:
    """A '#' or '?' in the path cut the backup's URI short: the "backup" was an empty database."""
    from alembic import command

    from egov_network.store.migrate import alembic_config

    path = tmp_path / "Ordner #2 ?" / name
    path.parent.mkdir()
    old = open_store(path, migrate=False)
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        connection.execute(
            text(
                "INSERT INTO topic (name, name_key, version, created_at, updated_at)"
                " VALUES ('Portalverbund', 'portalverbund', 1, '2020-01-01', '2020-01-01')"
            )
        )
    old.dispose()
    upgraded = open_store(path)  # runs 0010 and later, after the verified backup
    upgraded.dispose()
    [listed] = list_backups(path)
    assert listed.reason == "before-upgrade"
    with sqlite3.connect(listed.path) as copy:
        assert copy.execute("SELECT name FROM topic").fetchall() == [("Portalverbund",)]
    expected = (path.parent, listed.path.parent)
    strays = [p.name for p in tmp_path.rglob("*") if p.is_file() and p.parent not in expected]
    assert strays == []  # no file made at a cut-off name


def test_an_upgrade_does_not_start_when_its_backup_cannot_be_verified(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egov_network.store import backup, migrate

    store = open_store(db_path)
    Services.over(store).topics.create({"name": "Portalverbund"})
    store.dispose()
    calls: list[str] = []
    from alembic import command

    monkeypatch.setattr(migrate, "HEAD", "9999")
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(command, "upgrade", lambda config, target: calls.append(target))
    monkeypatch.setattr(backup, "verify_copy", lambda original, copy: "rows differ in topic")
    with pytest.raises(StoreError, match="could not be verified"):
        open_store(db_path)
    assert calls == []  # the upgrade never ran
    assert list_backups(db_path) == []
    assert [p.name for p in backup_folder(db_path).iterdir()] == []  # no unverified copy left
