"""Backups that restore: made verified, listed fast, thinned, restored, and surviving a kill mid-way."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from egov_network import cli
from egov_network.domain.errors import StoreError
from egov_network.services.generate import generate_database
from egov_network.services.registry import Services
from egov_network.store import backup
from egov_network.store.backup_set import (
    BackupInfo,
    backup_folder,
    keep_indices,
    list_backups,
    make_backup,
    remove_leftovers,
    restore_backup,
    thin_backups,
    verify_backup,
)
from egov_network.store.database import Store
from egov_network.store.migrate import open_store

HOSTILE_NAMES = ["netz #1.sqlite", "frage?.sqlite", "100% Prozent.sqlite", "Grüße und mehr.sqlite"]


def _contacts(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return sorted(row[0] for row in connection.execute("SELECT last_name FROM contact"))


def _new_contact(services: Services, last_name: str) -> int:
    return services.contacts.create({"first_name": "Erika", "last_name": last_name}).id


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_backup_holds_the_data_whatever_the_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / "Ordner #2 ? ü" / name
    path.parent.mkdir()
    store = open_store(path)
    _new_contact(Services.over(store), "Mustermann")
    info = make_backup(path, reason="manual")
    store.dispose()
    assert info.path.parent == backup_folder(path) and info.path.parent.parent == path.parent
    assert _contacts(info.path) == ["Mustermann"]
    assert info.counts["contact"] == 1 and info.reason == "manual"
    assert [b.path for b in list_backups(path)] == [info.path]
    # No stray file at a name cut off at '#' or '?'.
    strays = [
        p for p in tmp_path.rglob("*") if p.is_file() and p.parent not in (path.parent, info.path.parent)
    ]
    assert strays == []


def test_backups_are_private_whatever_the_umask(store: Store, db_path: Path) -> None:
    old = os.umask(0)
    try:
        info = make_backup(db_path, reason="manual")
        other = make_backup(db_path, reason="manual", to=db_path.with_name("kopie.sqlite"))
    finally:
        os.umask(old)
    assert backup_folder(db_path).stat().st_mode & 0o777 == 0o700
    for path in [info.path, info.path.with_name(info.path.name + ".json"), other.path]:
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_the_backup_sees_what_is_still_in_the_wal(services: Services, db_path: Path) -> None:
    _new_contact(services, "Nur-im-WAL")
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    info = make_backup(db_path, reason="automatic")
    assert "Nur-im-WAL" in _contacts(info.path)


def test_a_backup_that_fails_verification_is_reported_and_removes_nothing(
    demo: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_backup(db_path, reason="manual")
    monkeypatch.setattr(backup, "verify_copy", lambda original, copy: "rows differ in contact")
    with pytest.raises(StoreError, match="could not be verified"):
        make_backup(db_path, reason="automatic")
    assert [info.path for info in list_backups(db_path)] == [first.path]
    assert sorted(p.name for p in backup_folder(db_path).iterdir()) == [
        first.path.name,
        first.path.name + ".json",
    ]


def test_half_written_copies_never_count_and_are_removed(demo: Services, db_path: Path) -> None:
    good = make_backup(db_path, reason="manual")
    folder = backup_folder(db_path)
    # What a crash leaves: a partial copy, a copy renamed but without its sidecar, a truncated one.
    (folder / "network-20260101-000000-000000.sqlite.partial").write_bytes(b"SQLite format 3\0" + b"x" * 100)
    orphan = folder / "network-20260102-000000-000000.sqlite"
    orphan.write_bytes(good.path.read_bytes())
    cut = folder / "network-20260103-000000-000000.sqlite"
    cut.write_bytes(good.path.read_bytes()[:4096])
    sidecar = json.loads(good.path.with_name(good.path.name + ".json").read_text())
    sidecar["file"] = cut.name
    (folder / (cut.name + ".json")).write_text(json.dumps(sidecar))
    db_path.with_name(db_path.name + ".partial").write_bytes(b"half a restore")
    assert [info.path for info in list_backups(db_path)] == [good.path]
    removed = remove_leftovers(db_path)
    assert len(removed) == 5
    assert sorted(p.name for p in folder.iterdir()) == [good.path.name, good.path.name + ".json"]
    assert not db_path.with_name(db_path.name + ".partial").exists()


def test_listing_thirty_backups_takes_a_few_milliseconds(demo: Services, db_path: Path) -> None:
    info = make_backup(db_path, reason="automatic")
    sidecar = json.loads(info.path.with_name(info.path.name + ".json").read_text())
    for day in range(1, 30):
        copy = info.path.with_name(f"network-202601{day:02d}-120000-000000.sqlite")
        copy.write_bytes(info.path.read_bytes())
        made = datetime(2026, 1, day, 12, tzinfo=info.made_at.tzinfo)
        (copy.parent / (copy.name + ".json")).write_text(
            json.dumps(sidecar | {"file": copy.name, "made_at": made.isoformat()})
        )
    start = time.perf_counter()
    found = list_backups(db_path)
    seconds = time.perf_counter() - start
    assert len(found) == 30
    assert found[0].path == info.path and found[-1].made_at.day == 1  # newest first
    assert seconds < 0.05, f"{seconds * 1000:.1f} ms"


def _days_back(today: date, *days: int) -> list[datetime]:
    return [datetime(today.year, today.month, today.day, 12) - timedelta(days=d) for d in days]


def test_thinning_keeps_today_then_daily_weekly_monthly() -> None:
    today = date(2026, 12, 2)
    # Twenty backups today, then one a day for two years.
    made = [datetime(2026, 12, 2, 8) + timedelta(minutes=30 * i) for i in range(20)]
    made += _days_back(today, *range(1, 730))
    keep = keep_indices(made, today, keep_today=8, daily=12, weekly=10, monthly=9)
    kept = sorted((made[i] for i in keep), reverse=True)
    assert kept[:8] == sorted(made[:20], reverse=True)[:8]  # the newest eight of today
    days = [moment.date() for moment in kept[8:]]
    assert days[:12] == [today - timedelta(days=d) for d in range(1, 13)]  # the last 12 days
    assert len(keep) == 8 + 12 + 10 + 9
    weekly = days[12:22]
    assert len({d.isocalendar()[:2] for d in weekly}) == 10  # ten different weeks
    monthly = days[22:]
    assert len({(d.year, d.month) for d in monthly}) == 9
    assert monthly[-1] > today - timedelta(days=365)  # nothing older is kept


def test_thinning_never_drops_the_newest_or_the_only_backup() -> None:
    today = date(2026, 12, 2)
    old = _days_back(today, 1000)
    assert keep_indices(old, today) == {0}
    assert keep_indices([], today) == set()
    made = _days_back(today, 900, 800, 1000)
    assert keep_indices(made, today, daily=0, weekly=0, monthly=0) == {1}


def test_thinning_removes_old_backups_after_a_new_verified_one(demo: Services, db_path: Path) -> None:
    first = make_backup(db_path, reason="automatic")
    sidecar_path = first.path.with_name(first.path.name + ".json")
    data = json.loads(sidecar_path.read_text())
    data["made_at"] = (first.made_at - timedelta(days=3000)).isoformat()
    sidecar_path.write_text(json.dumps(data))
    assert thin_backups(db_path) == []  # the only backup stays, however old
    # Sixty more, one a day going back: more than the daily, weekly and monthly slots hold.
    for days in range(1, 61):
        copy = first.path.with_name(f"network-old-{days:03d}.sqlite")
        copy.write_bytes(first.path.read_bytes())
        made = first.made_at - timedelta(days=days)
        (copy.parent / (copy.name + ".json")).write_text(
            json.dumps(data | {"file": copy.name, "made_at": made.isoformat()})
        )
    assert len(list_backups(db_path)) == 61
    newest = make_backup(db_path, reason="automatic")
    kept = list_backups(db_path)
    assert kept[0].path == newest.path
    days_back = [(newest.made_at.date() - info.made_at.date()).days for info in kept[1:]]
    assert days_back[:12] == list(range(1, 13))  # the last twelve days with a backup
    assert len(kept) < 62
    removed = {p.name for p in first.path.parent.glob("network-old-*.sqlite")} ^ {
        f"network-old-{d:03d}.sqlite" for d in range(1, 61)
    }
    assert removed  # some went, copy and sidecar together
    assert all(not (first.path.parent / (name + ".json")).exists() for name in removed)


def test_restore_brings_back_the_data_after_backing_up_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "Netz #3 ?.sqlite"
    store = open_store(path)
    services = Services.over(store)
    _new_contact(services, "Alt")
    saved = make_backup(path, reason="manual")
    _new_contact(services, "Neu")
    store.dispose()
    # A stale -wal beside the file (as after a crash) must not be merged into the restored file.
    path.with_name(path.name + "-wal").write_bytes(b"stale wal pages")
    safety = restore_backup(saved.path, path)
    assert safety is not None and safety.reason == "before-restore"
    assert _contacts(safety.path) == ["Alt", "Neu"]
    assert not path.with_name(path.name + "-wal").exists()
    assert path.stat().st_mode & 0o777 == 0o600
    open_store(path).dispose()  # opens as a database of this program
    assert _contacts(path) == ["Alt"]
    assert {info.reason for info in list_backups(path)} == {"manual", "before-restore"}


def test_a_damaged_backup_is_not_restored(demo: Services, store: Store, db_path: Path) -> None:
    saved = make_backup(db_path, reason="manual")
    store.dispose()
    before = db_path.read_bytes()
    data = bytearray(saved.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    saved.path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"damaged|not a backup"):
        restore_backup(saved.path, db_path)
    assert db_path.read_bytes() == before
    assert [info.reason for info in list_backups(db_path)] == ["manual"]  # no safety copy either


def test_restore_into_a_missing_file_makes_no_safety_copy(
    demo: Services, db_path: Path, tmp_path: Path
) -> None:
    saved = make_backup(db_path, reason="manual")
    target = tmp_path / "neu" / "wiederhergestellt.sqlite"
    assert restore_backup(saved.path, target) is None
    assert _contacts(target) == _contacts(db_path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_backups_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "netz #1 ü.sqlite"
    assert _run(capsys, "demo", "--database", str(path))[0] == 0
    code, out, _ = _run(capsys, "backup", "--database", str(path))
    assert code == 0 and "verified" in out and "manual" in out
    copy = tmp_path / "kopie ?.sqlite"
    code, out, _ = _run(capsys, "backup", "--database", str(path), "--to", str(copy))
    assert code == 0 and copy.is_file()
    code, out, _ = _run(capsys, "backups", "--database", str(path))
    assert code == 0
    [line] = out.splitlines()
    assert "contacts" in line and "authorities" in line and "manual" in line
    assert str(backup_folder(path)) in line
    code, out, _ = _run(capsys, "restore", str(copy), "--database", str(path))
    assert code == 0 and "before-restore" in out
    code, out, _ = _run(capsys, "backups", "--database", str(path))
    lines = out.splitlines()
    assert len(lines) == 2 and "  before-restore  " in lines[0] and "  manual  " in lines[1]


def test_cli_backup_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.sqlite"
    code, _, err = _run(capsys, "backup", "--database", str(missing))
    assert code == 2 and "There is no database file" in err
    assert not missing.exists()
    code, _, err = _run(capsys, "backups", "--database", str(missing))
    assert code == 2 and "There is no database file" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    path = tmp_path / "netz.sqlite"
    _run(capsys, "demo", "--database", str(path))
    before = path.read_bytes()
    code, _, err = _run(capsys, "restore", str(junk), "--database", str(path))
    assert code == 2 and "damaged" in err
    code, _, err = _run(capsys, "restore", str(tmp_path / "nix.sqlite"), "--database", str(path))
    assert code == 2 and "There is no backup file" in err
    assert path.read_bytes() == before
    code, _, err = _run(capsys, "backup", "--database", "postgresql://localhost/netz")
    assert code == 2 and "SQLite file" in err


_BACKUP_IN_A_CHILD = """
import sys
from pathlib import Path
from egov_network.store.backup_set import make_backup
print("start", flush=True)
make_backup(Path(sys.argv[1]), reason="automatic")
print("done", flush=True)
"""


def test_killing_a_backup_midway_leaves_the_previous_backups_and_the_database_intact(tmp_path: Path) -> None:
    path = tmp_path / "groß #1.sqlite"
    generate_database(path, 10_000)
    first = make_backup(path, reason="manual")
    killed_midway = 0
    for delay in (0.05, 0.15, 0.3, 0.45, 0.6):
        child = subprocess.Popen(
            [sys.executable, "-c", _BACKUP_IN_A_CHILD, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "start"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if list(backup_folder(path).glob("*.partial")):
            killed_midway += 1
        listed = list_backups(path)
        assert first.path in [info.path for info in listed]
        for info in listed:
            verify_backup(info.path)  # every listed backup is whole and holds what its sidecar says
            assert info.counts["contact"] == 10_000
    assert killed_midway >= 2, "the kills came too late to hit a backup mid-way"
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (10_000,)
    # The next backup clears what the kills left.
    latest = make_backup(path, reason="automatic")
    assert not list(backup_folder(path).glob("*.partial"))
    assert latest.counts["contact"] == 10_000


def test_a_backup_in_steps_finishes_while_someone_keeps_saving(tmp_path: Path) -> None:
    """Without one read transaction over the copy, every save restarted it: it never finished."""
    path = tmp_path / "netz.sqlite"
    generate_database(path, 2_000)
    store = open_store(path)
    services = Services.over(store)
    before = services.topics.count_all()
    stop = threading.Event()
    saved = [0]

    def keep_saving() -> None:
        while not stop.is_set():
            services.topics.create({"name": f"Thema {saved[0]}"})
            saved[0] += 1
            time.sleep(0.005)

    steps: list[int] = []

    def slow_progress(done: int, total: int) -> None:
        steps.append(done)
        time.sleep(0.01)  # gives the writer time to save between the steps

    outcome: list[object] = []
    writer = threading.Thread(target=keep_saving)
    worker = threading.Thread(
        target=lambda: outcome.append(make_backup(path, reason="automatic", progress=slow_progress))
    )
    writer.start()
    worker.start()
    worker.join(timeout=30)
    stop.set()
    writer.join()
    try:
        assert not worker.is_alive(), f"the backup did not finish while {saved[0]} saves happened"
        [info] = outcome
        assert isinstance(info, BackupInfo)
        assert len(steps) > 3 and saved[0] > 3  # really in steps, really with saves meanwhile
        assert before <= info.counts["topic"] <= before + saved[0]
        verify_backup(info.path)
    finally:
        stop.set()
        store.dispose()


def test_restore_refuses_a_database_another_program_has_open(
    demo: Services, store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = make_backup(db_path, reason="manual")
    _new_contact(demo, "Offen")
    # The store stays open, as when the window is running.
    with pytest.raises(StoreError, match="open in another program"):
        restore_backup(saved.path, db_path)
    code, _, err = _run(capsys, "restore", str(saved.path), "--database", str(db_path))
    assert code == 2 and "open in another program" in err
    assert "Offen" in _contacts(db_path)  # nothing replaced under the open store
    assert [info.reason for info in list_backups(db_path)] == ["manual"]
