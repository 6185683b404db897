"""Files holding personal data are for their owner alone, written beside their target, and never left behind.

Modes are checked with a permissive umask (022) and with the program's own
umask switch disabled, so each file is private because the code makes it so.
"""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from egov_network import cli, files
from egov_network.store.migrate import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A umask that lets everyone read new files, and the program's own umask switch disabled."""
    monkeypatch.setattr(files, "restrict_umask", lambda: None)
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_a_new_database_its_wal_and_shm_are_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new folder" / "netz.sqlite"
    store = open_store(path)
    try:
        from egov_network.services.registry import Services

        Services.over(store).authorities.create(
            {"name": "Stadt Jena", "kind": "municipality", "network_role": "model_municipality"}
        )
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: mode(p) for p in (path, wal, shm)} == {p.name: 0o600 for p in (path, wal, shm)}
    finally:
        store.dispose()


def test_an_existing_readable_database_is_made_private_when_opened(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "netz.sqlite"
    open_store(path).dispose()
    os.chmod(path, 0o644)
    open_store(path).dispose()
    assert mode(path) == 0o600


def test_exports_printouts_and_calendars_are_created_private(
    tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    written = {
        "contacts.xlsx": ["export", "contacts"],
        "members.xlsx": ["export", "members"],
        "people.vcf": ["export", "vcard"],
        "planned.ics": ["export", "ics", "--planned"],
    }
    for name, command in written.items():
        assert cli.main([*command, "--database", str(database), "-o", str(out / name)]) == 0, name
    assert cli.main(["print", "members", "--database", str(database), "--pdf", str(out / "members.pdf")]) == 0
    capsys.readouterr()
    found = {p.name: mode(p) for p in out.iterdir()}
    assert found == {name: 0o600 for name in [*written, "members.pdf"]}


def test_replacing_an_export_keeps_the_mode_the_user_gave_it(tmp_path: Path, open_umask: None) -> None:
    database = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    target = tmp_path / "contacts.xlsx"
    assert cli.main(["export", "contacts", "--database", str(database), "-o", str(target)]) == 0
    os.chmod(target, 0o640)  # shared with the office group on purpose
    assert cli.main(["export", "contacts", "--database", str(database), "-o", str(target)]) == 0
    assert mode(target) == 0o640


def test_an_export_is_on_disk_before_it_is_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        os, "replace", lambda a, b: (events.append(f"replace {Path(b).name}"), real_replace(a, b))[1]
    )
    target = tmp_path / "contacts.xlsx"
    assert cli.main(["export", "contacts", "--database", str(database), "-o", str(target)]) == 0
    at = events.index("replace contacts.xlsx")
    assert "fsync" in events[:at], events  # the data, before the rename
    assert "fsync" in events[at + 1 :], events  # the folder, after it


def test_the_log_and_its_folder_are_private(tmp_path: Path, open_umask: None) -> None:
    from egov_network.ui.errors import log, setup_logging

    folder = tmp_path / "logs"
    path = setup_logging(folder)
    try:
        log.info("started")
        for handler in log.handlers:
            handler.flush()
        assert (mode(folder), mode(path)) == (0o700, 0o600)
    finally:
        _drop_handlers(path)


def test_the_settings_file_is_private(tmp_path: Path, open_umask: None, qapp: object) -> None:
    from PySide6.QtCore import QSettings

    from egov_network.app import make_settings_private

    settings = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "egov-network-test", "privacy"
    )
    make_settings_private(settings)
    settings.setValue("mail/organizer", "Anna Beispiel <anna@example.org>")
    settings.sync()
    path = Path(settings.fileName())
    try:
        assert (mode(path.parent), mode(path)) == (0o700, 0o600)
    finally:
        path.unlink(missing_ok=True)


def _drop_handlers(path: Path) -> None:
    from egov_network.ui.errors import log

    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            log.removeHandler(handler)
            handler.close()


# -- leftovers of a killed export ----------------------------------------------------

EXPORT = """
import sys
from egov_network import cli
sys.exit(cli.main(["export", "contacts", "--database", sys.argv[1], "-o", sys.argv[2]]))
"""


def test_a_killed_export_leaves_nothing_in_the_temp_folder_and_its_leftovers_go_at_the_next_start(
    tmp_path: Path,
) -> None:
    database = tmp_path / "big.sqlite"
    assert cli.main(["generate", "--database", str(database), "--contacts", "3000"]) == 0
    shared_temp = tmp_path / "shared-tmp"
    shared_temp.mkdir()
    out = tmp_path / "exports"
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(shared_temp), "XDG_DATA_HOME": os.environ["XDG_DATA_HOME"]}
    left_behind = 0
    for attempt in range(3):
        target = out / f"contacts-{attempt}.xlsx"
        process = subprocess.Popen([sys.executable, "-c", EXPORT, str(database), str(target)], env=env)
        # Kill it the moment its sheet is being written: the worst time for leftovers.
        deadline = time.monotonic() + 40
        while process.poll() is None and time.monotonic() < deadline:
            if any(p.name.startswith(".openpyxl.") for p in out.iterdir()):
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        process.wait()
        left_behind += len([p for p in out.iterdir() if p.name.startswith(".")])
    assert list(shared_temp.iterdir()) == []  # openpyxl's sheets were never in the shared folder
    assert left_behind > 0  # some kill hit mid-export, or the test proves nothing
    files.remove_leftovers()  # what the window and the command line do first
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert list(files.journal_folder().iterdir()) == []


def test_leftovers_of_a_program_still_running_are_not_touched(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    with files.temporary_beside(target) as temp:
        temp.write_bytes(b"half")
        assert files.remove_leftovers() == []  # this process is alive and still writing
        assert temp.exists()
    assert not temp.exists()


def test_only_our_temporary_names_are_ever_removed(tmp_path: Path) -> None:
    victim = tmp_path / "Protokoll.docx"
    victim.write_bytes(b"important")
    entry = files.private_folder(files.journal_folder()) / "forged.json"
    entry.write_text(f'{{"path": "{victim}", "pid": 999999999}}', encoding="utf-8")
    files.remove_leftovers()
    assert victim.read_bytes() == b"important"
    assert not entry.exists()


# -- the log names nobody ----------------------------------------------------------------


def test_the_log_names_nobody_after_people_were_created_edited_exported_and_deleted(
    tmp_path: Path, qtbot: object
) -> None:
    from egov_network.services.registry import Services
    from egov_network.ui.errors import ExceptionHook, setup_logging

    log_file = setup_logging(tmp_path / "logs")
    try:
        database = tmp_path / "netz.sqlite"
        store = open_store(database)
        services = Services.over(store)
        person = services.contacts.create(
            {
                "last_name": "Zwetschgenbaum",
                "first_name": "Quirina",
                "email": "quirina.zwetschgenbaum@example.org",
            }
        )
        services.contacts.update(person.id, {"function": "Leiterin Obstwiesen"})
        store.dispose()
        assert (
            cli.main(["export", "contacts", "--database", str(database), "-o", str(tmp_path / "c.xlsx")]) == 0
        )
        store = open_store(database)
        services = Services.over(store)
        # An unexpected error whose text quotes the person, as a worker thread would raise it.
        hook = ExceptionHook(log_file)
        try:
            raise ValueError("Zwetschgenbaum <quirina.zwetschgenbaum@example.org> is broken")
        except ValueError as error:
            thread = threading.Thread(target=hook, args=(type(error), error, error.__traceback__))
            thread.start()
            thread.join()
        # A database error: SQLAlchemy would quote the row's values in its text.
        from sqlalchemy import insert

        from egov_network.store.models import Topic

        try:
            with store.write() as session:
                row = {"name": "Zwetschgenbaum-Kunde", "name_key": "zwetschgenbaum", "version": 1}
                session.execute(insert(Topic), [row, row])
        except Exception as error:
            assert "zwetschgenbaum" not in str(error).lower()  # hide_parameters
            thread = threading.Thread(target=hook, args=(type(error), error, error.__traceback__))
            thread.start()
            thread.join()
        services.contacts.delete(person.id)
        store.dispose()
        for handler in logging.getLogger("egov_network").handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8").lower()
        assert "unexpected error" in text and "valueerror" in text  # the log was written
        for trace in ("zwetschgenbaum", "quirina", "obstwiesen"):
            assert trace not in text
    finally:
        _drop_handlers(log_file)


def test_every_file_written_or_read_may_have_any_characters_in_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Netzwerk #2 ?% Übergabe"
    folder.mkdir()
    database = folder / "netz #1?.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    outputs = {
        "Kontakte #1 ?%.xlsx": ["export", "contacts"],
        "Karten ü #.vcf": ["export", "vcard"],
        "Termine ?.ics": ["export", "ics", "--planned"],
    }
    for name, command in outputs.items():
        assert cli.main([*command, "--database", str(database), "-o", str(folder / name)]) == 0, name
    pdf = folder / "Mitglieder %20 #.pdf"
    assert cli.main(["print", "members", "--database", str(database), "--pdf", str(pdf)]) == 0
    assert cli.main(["check", "--database", str(database)]) == 0
    copy = folder / "zweite #?.sqlite"
    assert cli.main(["demo", "--database", str(copy)]) == 0
    assert cli.main(["import", "contacts", str(folder / "Kontakte #1 ?%.xlsx"), "--database", str(copy)]) in (
        0,
        1,
    )
    capsys.readouterr()
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert [n for n in names if n not in {*outputs, pdf.name, database.name, copy.name}] == [
        n for n in names if "backups" in n
    ]
    assert all((folder / name).stat().st_size > 0 for name in [*outputs, pdf.name])
    assert pdf.read_bytes().startswith(b"%PDF")
