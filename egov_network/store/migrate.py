"""Opening a store for use: checks, backup, and schema upgrade at start-up.

The schema changes only through the Alembic revisions in ``migrations/``.
Before a non-empty SQLite database is upgraded it is copied into its backup
set (``backup_set``, reason before-upgrade) with SQLite's backup API and
verified, and the upgrade runs in one transaction, so a failure leaves the
old file untouched and a verified copy in File > Backups.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from egov_network import files
from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.store.backup_set import make_backup
from egov_network.store.database import Store, make_engine, resolve_url, sqlite_path
from egov_network.store.health import quick_check
from egov_network.store.location import refuse_network_share

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision this program writes. Opening a database already at it
#: needs no Alembic at all (its import and script scan cost ~0.3 s of every
#: start); tests/test_migrations.py checks it equals the scripts' head.
HEAD = "0013"

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config  # only when migrating: see HEAD

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    """The revision stamped in the database; None for a new (or foreign) one."""
    if "alembic_version" not in set(store.table_names()):
        return None
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(store: Store) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    tables = set(store.table_names())
    if tables and "alembic_version" not in tables:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "“{location}” is a database, but not one of this program."),
            location=store.describe(),
        )
    current = current_revision(store)
    if current == HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    if current == head:
        return None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{location}” was written by a newer version of this program; please update."
            ),
            location=store.describe(),
        )
    backup = None
    path = store.path
    if path is not None and tables:
        # Into the backup set (File > Backups lists it); raises, and nothing is
        # upgraded, unless the copy was verified.
        backup = make_backup(path, reason="before-upgrade").path
    config = alembic_config()
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def open_store(
    target: str | Path,
    *,
    create: bool = True,
    migrate: bool = True,
    read_only: bool = False,
    thorough_check: bool = False,
) -> Store:
    """Open (and by default create and upgrade) the database at ``target``.

    ``create=False`` refuses a missing file instead of making an empty one,
    which is what ``check`` and ``export`` want. An existing SQLite file first
    passes the quick check (``health.quick_check``): a damaged, foreign or
    newer file raises ``DatabaseFileError`` before anything opens it for
    writing, so it is never backed up as if it were sound, nor migrated.
    ``read_only`` opens without that check (``check`` wants a verdict, not an
    error), without migrating, and changes no byte of the file.
    ``thorough_check`` makes that check SQLite's full ``integrity_check`` (the
    window asks for it after it saw damage while the file was open).
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        refuse_network_share(path)
        if path.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder, not a database file."), path=str(path)
            )
        if not path.exists():
            if not create:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "There is no database file “{path}”."), path=str(path)
                )
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created 0600 before SQLite opens it: its -wal and -shm then get the same mode.
            files.create_private(path)
        elif not read_only:
            quick_check(path, thorough=thorough_check)
            if migrate:
                # Written by an older version or copied in: for its owner alone from now on.
                for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    files.make_private(part)
    store = Store(url, make_engine(url, read_only=True) if read_only else None)
    try:
        store.probe()
        if migrate and not read_only:
            upgrade(store)
    except BaseException:
        store.dispose()
        raise
    return store
