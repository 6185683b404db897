"""A damaged file, on real files: the quick check at start, its classes, read-only check, rescue, shares."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path, PureWindowsPath

import pytest

from egov_network import cli
from egov_network.services.registry import Services
from egov_network.store import health, location
from egov_network.store.health import DatabaseFileError, Problem, quick_check
from egov_network.store.location import NetworkShareError, network_filesystem, windows_remote
from egov_network.store.migrate import open_store
from egov_network.store.recover import rescue, set_aside

TOPICS = 600
#: A name with every character a path or a SQLite URI could trip over.
HOSTILE = "Netz #1 ?50% Müller & Söhne.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(path: Path, topics: int = TOPICS) -> None:
    store = open_store(path)
    services = Services.over(store)
    with store.write():
        for number in range(topics):
            services.topics.create({"name": f"Thema {number} " + "x" * 200})
    store.dispose()


def damage(path: Path, pages: int = 2) -> None:
    """Overwrite the cells of ``pages`` leaf pages in the middle of the topic table (not its root)."""
    with sqlite3.connect(path) as connection:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'topic' AND pagetype = 'leaf' ORDER BY pageno"
            )
        ]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    middle = len(leaves) // 2
    for page in leaves[middle : middle + pages]:
        start = (page - 1) * page_size
        data[start + 8 : start + page_size - 100] = b"\xa5" * (page_size - 108)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / HOSTILE
    build(path)
    damage(path)
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_open_store_refuses_a_damaged_file_and_changes_nothing(damaged: Path) -> None:
    before = digest(damaged)
    with pytest.raises(DatabaseFileError) as caught:
        open_store(damaged)
    assert caught.value.problem is Problem.DAMAGED
    assert "is damaged" in caught.value.text() and "was not changed" in caught.value.text()
    assert digest(damaged) == before
    # No "backup" of the damaged file, no -wal or -shm: nothing opened it for writing.
    assert sorted(p.name for p in damaged.parent.iterdir()) == [damaged.name]


def test_a_damaged_file_at_an_older_schema_is_never_migrated(tmp_path: Path) -> None:
    path = tmp_path / "alt.sqlite"
    build(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010'")
    connection.close()
    damage(path)
    before = digest(path)
    with pytest.raises(DatabaseFileError, match="is damaged"):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.sqlite"]


def test_a_file_that_is_not_a_database_is_classified(tmp_path: Path) -> None:
    path = tmp_path / "liste.sqlite"
    path.write_text("Name;E-Mail\n" * 500, encoding="utf-8")
    with pytest.raises(DatabaseFileError) as caught:
        open_store(path)
    assert caught.value.problem is Problem.NOT_A_DATABASE
    assert "not a database this program can open" in caught.value.text()


def test_a_file_of_a_newer_version_is_classified_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "neu.sqlite"
    build(path, topics=3)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_store(path)
    assert caught.value.problem is Problem.NEWER
    assert "newer version" in caught.value.text()
    assert digest(path) == before


def test_a_wal_file_whose_wal_is_missing_is_classified(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    build(path, topics=3)
    store = open_store(path)
    try:
        Services.over(store).topics.create({"name": "Nur im WAL"})
        wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
        assert wal.stat().st_size > 0 and health.shm_frames(shm) > 0
        # Only the main file and its -shm were copied (the -wal, with the last commit, was not).
        copy = tmp_path / "copy" / "live.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(path, copy)
        shutil.copyfile(shm, copy.with_name("live.sqlite-shm"))
    finally:
        store.dispose()
    before = digest(copy)
    with pytest.raises(DatabaseFileError) as caught:
        open_store(copy)
    assert caught.value.problem is Problem.WAL_MISSING
    assert "live.sqlite-wal" in caught.value.text()
    assert digest(copy) == before and not copy.with_name("live.sqlite-wal").exists()


def test_a_folder_and_a_missing_file_are_classified(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError) as caught:
        quick_check(tmp_path)
    assert caught.value.problem is Problem.FOLDER
    with pytest.raises(DatabaseFileError) as caught:
        quick_check(tmp_path / "fehlt.sqlite")
    assert caught.value.problem is Problem.MISSING


def test_the_structural_check_for_big_files_finds_a_file_cut_short_and_a_broken_root(tmp_path: Path) -> None:
    path = tmp_path / "kurz.sqlite"
    build(path, topics=50)
    assert quick_check(path, whole=False).revision is not None
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])  # whole pages, half of them
    with pytest.raises(DatabaseFileError) as caught:
        quick_check(path, whole=False)
    assert caught.value.problem is Problem.DAMAGED and "cut short" in caught.value.reason
    path.write_bytes(data)
    with sqlite3.connect(path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'topic'").fetchone()[0]
    connection.close()
    broken = bytearray(data)
    broken[(root - 1) * 4096 : (root - 1) * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(broken))
    with pytest.raises(DatabaseFileError) as caught:
        quick_check(path, whole=False)
    assert caught.value.problem is Problem.DAMAGED


def test_check_changes_no_byte_of_the_file_or_a_stale_wal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    older = tmp_path / "older.sqlite"
    build(older, topics=20)
    restored = tmp_path / "restored.sqlite"
    shutil.copyfile(older, restored)
    # A -wal written after the copy was taken, lying next to the older restored copy.
    writer = sqlite3.connect(older)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE topic SET name = name || ' geändert'")
    writer.commit()
    shutil.copyfile(older.with_name("older.sqlite-wal"), restored.with_name("restored.sqlite-wal"))
    writer.close()
    wal = restored.with_name("restored.sqlite-wal")
    before = (digest(restored), digest(wal))
    run_cli(capsys, "check", "--database", str(restored))
    assert (digest(restored), digest(wal)) == before


def test_check_leaves_a_rollback_journal_file_in_its_mode(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / HOSTILE
    build(path, topics=5)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    before = digest(path)
    code, out, _ = run_cli(capsys, "check", "--database", str(path))
    assert code == 0 and "OK: no problems found" in out and "topic: 5" in out
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [HOSTILE]


def test_check_reports_a_damaged_file_without_changing_it(
    capsys: pytest.CaptureFixture[str], damaged: Path
) -> None:
    before = digest(damaged)
    code, out, err = run_cli(capsys, "check", "--database", str(damaged))
    assert code == 1, out + err
    assert "PROBLEM: integrity" in out and "Traceback" not in err
    assert digest(damaged) == before
    assert sorted(p.name for p in damaged.parent.iterdir()) == [damaged.name]


def test_check_reports_a_missing_wal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    build(path, topics=3)
    store = open_store(path)
    Services.over(store).topics.create({"name": "Nur im WAL"})
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(path, copy)
    shutil.copyfile(path.with_name("live.sqlite-shm"), tmp_path / "copy.sqlite-shm")
    store.dispose()
    before = digest(copy)
    code, out, _ = run_cli(capsys, "check", "--database", str(copy))
    assert code == 1 and "PROBLEM: incomplete" in out and "copy.sqlite-wal" in out
    assert digest(copy) == before and not (tmp_path / "copy.sqlite-wal").exists()


@pytest.mark.parametrize("use_shell", [True, False], ids=["sqlite3-shell-or-python", "python"])
def test_rescue_writes_what_is_readable_into_a_new_file_with_counts(damaged: Path, use_shell: bool) -> None:
    before = digest(damaged)
    target = damaged.with_name("gerettet #2.sqlite")
    result = rescue(damaged, target, use_shell=use_shell)
    assert result.path == target and target.is_file()
    # Two damaged pages hold a handful of topics; every other one is back.
    assert TOPICS - 20 <= result.counts["topic"] < TOPICS
    assert digest(damaged) == before
    store = open_store(target)
    try:
        names = Services.over(store).topics
        assert store.table_names()
        with store.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM topic_fts WHERE topic_fts MATCH '\"Thema 1 \"'"
            ).scalar()
        assert found and found >= 1  # the full-text index was rebuilt from the rescued rows
        assert names is not None
    finally:
        store.dispose()
    # Only the damaged file and the new one; the private working copy is gone.
    assert sorted(
        p.name for p in damaged.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))
    ) == sorted([damaged.name, target.name])


def test_set_aside_keeps_the_file_and_its_companions_unchanged_under_a_new_name(tmp_path: Path) -> None:
    path = tmp_path / HOSTILE
    path.write_bytes(b"main")
    path.with_name(HOSTILE + "-wal").write_bytes(b"wal")
    path.with_name(HOSTILE + "-shm").write_bytes(b"shm")
    aside = set_aside(path, datetime(2026, 12, 2, 4, 12))
    assert aside.name == HOSTILE + ".damaged-2026-12-02-0412"
    assert not path.exists() and not path.with_name(HOSTILE + "-wal").exists()
    assert aside.read_bytes() == b"main"
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal"
    assert aside.with_name(aside.name + "-shm").read_bytes() == b"shm"
    path.write_bytes(b"again")
    second = set_aside(path, datetime(2026, 12, 2, 4, 12))
    assert second != aside and second.read_bytes() == b"again" and aside.read_bytes() == b"main"


MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/amt rw,relatime shared:20 - cifs //server/amt rw,vers=3.1.1
41 40 8:2 / /mnt/amt/lokal rw,relatime shared:21 - ext4 /dev/sdb1 rw
42 22 0:36 / /srv/nfs\\040daten rw,relatime shared:22 - nfs4 server:/daten rw
"""


def test_network_shares_are_found_in_the_mount_table_longest_mount_point_first() -> None:
    assert network_filesystem(Path("/home/anna/netz.sqlite"), MOUNTINFO) is None
    assert network_filesystem(Path("/mnt/amt/netz.sqlite"), MOUNTINFO) == "cifs"
    assert network_filesystem(Path("/mnt/amt/lokal/netz.sqlite"), MOUNTINFO) is None
    assert network_filesystem(Path("/srv/nfs daten/netz.sqlite"), MOUNTINFO) == "nfs4"
    assert network_filesystem(Path("/mnt/amtx/netz.sqlite"), MOUNTINFO) is None  # not inside /mnt/amt
    mounts = "server:/x /mnt/nfs nfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"  # /proc/mounts format
    assert network_filesystem(Path("/mnt/nfs/a.sqlite"), mounts) == "nfs"


def test_unc_paths_are_network_shares() -> None:
    assert windows_remote(PureWindowsPath(r"\\server\share\netz.sqlite")) == "UNC"
    assert windows_remote(PureWindowsPath(r"\\?\UNC\server\share\netz.sqlite")) == "UNC"
    assert windows_remote(PureWindowsPath(r"C:\Users\anna\netz.sqlite")) is None


def test_open_store_refuses_a_database_on_a_network_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    table = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 22 0:35 / {share} rw - cifs //server/amt rw\n"
    monkeypatch.setattr(location, "read_mount_table", lambda: table)
    with pytest.raises(NetworkShareError) as caught:
        open_store(share / "netz.sqlite")
    assert "network share (cifs)" in caught.value.text() and "team mode" in caught.value.text()
    assert not (share / "netz.sqlite").exists()
    open_store(tmp_path / "lokal.sqlite").dispose()  # beside the share, a local folder: fine


def test_every_step_works_on_a_path_with_hash_question_mark_percent_space_and_umlauts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "Ordner #3 ?x% Ü"
    folder.mkdir()
    path = folder / HOSTILE
    build(path, topics=30)
    assert quick_check(path).revision is not None and quick_check(path, whole=False).revision is not None
    code, out, _ = run_cli(capsys, "check", "--database", str(path))
    assert code == 0 and "topic: 30" in out
    damage(path, pages=1)
    with pytest.raises(DatabaseFileError):
        open_store(path)
    result = rescue(path, folder / "gerettet ?#%.sqlite", use_shell=False)
    assert 20 <= result.counts["topic"] < 30
    aside = set_aside(path)
    assert aside.parent == folder and aside.is_file()
    # No stray file at a name cut off at '#' or '?' (the old URI bug).
    assert not any(p.name in ("Netz ", "Ordner ") for p in tmp_path.rglob("*"))


def break_an_index(path: Path) -> None:
    """Make an index disagree with its table: only the full integrity_check notices, not quick_check."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE INDEX ix_probe ON topic (name)")
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_probe ON topic (id)' WHERE name = 'ix_probe'"
        )
    connection.close()


def test_a_thorough_check_finds_what_the_quick_check_cannot(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    build(path, topics=30)
    break_an_index(path)
    assert quick_check(path).revision is not None
    before = digest(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_store(path, thorough_check=True)
    assert caught.value.problem is Problem.DAMAGED and "missing from index" in caught.value.reason
    assert digest(path) == before


def test_sqlite_damage_is_recognised_through_sqlalchemy_wrappers() -> None:
    from sqlalchemy.exc import DatabaseError, OperationalError

    malformed = sqlite3.DatabaseError("database disk image is malformed")
    assert health.is_damage_error(DatabaseError("SELECT 1", None, malformed))
    assert not health.is_damage_error(
        OperationalError("SELECT 1", None, sqlite3.OperationalError("database is locked"))
    )
    assert not health.is_damage_error(ValueError("malformed"))


def test_a_cancelled_rescue_leaves_nothing_behind(damaged: Path) -> None:
    class StopError(Exception):
        """What the window's worker raises from the progress call when the user cancels."""

    def cancel(_done: int, _total: int) -> None:
        raise StopError

    target = damaged.with_name("gerettet.sqlite")
    with pytest.raises(StopError):
        rescue(damaged, target, cancel, use_shell=False)
    assert sorted(p.name for p in damaged.parent.iterdir()) == [damaged.name]


def test_a_stopped_full_check_gives_no_verdict(tmp_path: Path) -> None:
    path = tmp_path / "stop.sqlite"
    build(path, topics=5)
    check = health.FullCheck(path)
    check.stop()
    assert check.run() is None
    assert health.FullCheck(path).run() == []


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell installed")
def test_the_sqlite3_shell_recovers_where_it_can(tmp_path: Path) -> None:
    """Where the shell's .recover works it is used (Debian 12's, SQLite 3.40.1, fails on every file)."""
    from egov_network.store.recover import _shell_recover

    source = tmp_path / "quelle #1.sqlite"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE topic (id INTEGER PRIMARY KEY, search_text TEXT)")
        connection.executemany("INSERT INTO topic VALUES (?, ?)", [(n, f"Thema {n}") for n in range(1, 51)])
    connection.close()
    target = tmp_path / "ziel.sqlite"
    if not _shell_recover(source, target):
        pytest.skip("this sqlite3 shell's .recover fails (SQL logic error); the rescue reads row by row")
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM topic").fetchone()[0] == 50
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert tables == {"topic"}  # no empty lost_and_found left behind


def test_the_known_revisions_are_the_migrations_revisions() -> None:
    """``known_revisions`` reads file names (fast); they must name each script's own revision."""
    import re

    from egov_network.store.migrate import HEAD

    declared = set()
    for script in health.VERSIONS.glob("[0-9]*_*.py"):
        found = re.search(r'^revision: str = "([^"]+)"', script.read_text(encoding="utf-8"), re.MULTILINE)
        assert found and found.group(1) == script.name.split("_", 1)[0], script.name
        declared.add(found.group(1))
    assert health.known_revisions() == declared and HEAD in declared


def test_a_transaction_cut_off_by_a_crash_is_rolled_back_not_called_damage(tmp_path: Path) -> None:
    """A hot rollback journal (not WAL: a file from elsewhere) is SQLite's normal recovery, not damage."""
    path = tmp_path / "alt #1.sqlite"
    build(path, topics=40)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    crashed = tmp_path / "crash.sqlite"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA cache_size=1")  # the change spills into the file before the commit
    writer.execute("BEGIN")
    writer.execute("UPDATE topic SET name = name || ' halb geschrieben'")
    shutil.copyfile(path, crashed)
    shutil.copyfile(path.with_name(path.name + "-journal"), tmp_path / "crash.sqlite-journal")
    writer.rollback()
    writer.close()
    assert quick_check(crashed).revision is not None
    assert not (tmp_path / "crash.sqlite-journal").exists()
    with sqlite3.connect(crashed) as connection:
        assert (
            connection.execute("SELECT count(*) FROM topic WHERE name LIKE '% halb geschrieben'").fetchone()[
                0
            ]
            == 0
        )
    connection.close()
