"""THE TRACE TEST (GDPR Art. 17): after an erase, no byte of the person is left in any file the program wrote.

A person with a distinctive name, e-mail and notes gets something in every
part of the program (expertise with a note, a participation, an action item,
a list membership, a tag, consent, history entries, a deleted record in the
trash, a backup). Before the erase the scan must find them (so it can fail);
after the erase, closing the database, and deleting the older backups as the
confirmation offers, it counts every spelling (as typed, lower and upper case,
the search index's folded form, UTF-8 and UTF-16) in the database, its -wal
and -shm, the backups, the log folder and the settings: 0.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from egov_network import paths
from egov_network.domain.text import fold
from egov_network.services import privacy
from egov_network.services.registry import Services
from egov_network.store.backup_set import make_backup
from egov_network.ui import erase_dialog
from egov_network.ui.errors import setup_logging
from egov_network.ui.main_window import MainWindow

FIRST, LAST = "Ysoldé", "Zürnkoflerová"
EMAIL = "ysolde.zuernkoflerova@example.org"
NOTE = "Brombeerhecke7731 am Gartenzaun"
EXPERTISE_NOTE = "Mondlandung4412 im Kochbuch"
WORDS = (FIRST, LAST, EMAIL, "Brombeerhecke7731", "Mondlandung4412", "Gartenzaun")


def _spellings() -> set[bytes]:
    found: set[bytes] = set()
    for word in WORDS:
        for variant in {word, word.lower(), word.upper(), fold(word), word.casefold()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.add(variant.encode(encoding))
    return found


def traces(*folders: Path) -> dict[str, int]:
    """Per file below ``folders``, how often any spelling of the person occurs (files with none left out)."""
    counts: dict[str, int] = {}
    spellings = _spellings()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                number = sum(data.count(s) for s in spellings)
                if number:
                    counts[str(path)] = number
    return counts


def index_as_rebuilt(database: Path, scratch: Path) -> bool:
    """Whether the contacts' full-text index holds exactly what a rebuild from the remaining rows writes.

    The trigram index keeps three-letter pieces in prefix-compressed pages, so
    a byte scan cannot see a deleted person's fragments there; a comparison
    with a freshly rebuilt index can. (A copy: the test's file stays as it is.)
    """
    copy = scratch / "index-check.sqlite"
    copy.write_bytes(database.read_bytes())
    with sqlite3.connect(copy) as connection:
        before = connection.execute("SELECT id, block FROM contact_fts_data ORDER BY id").fetchall()
        connection.execute("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')")
        connection.commit()  # FTS5 writes its pending segment at the commit
        after = connection.execute("SELECT id, block FROM contact_fts_data ORDER BY id").fetchall()
    copy.unlink()
    return before == after


def _person(services: Services, authority: int) -> int:
    person = services.contacts.create(
        {
            "first_name": FIRST,
            "last_name": LAST,
            "email": EMAIL,
            "phone": "+49 40 1234567",
            "authority_id": authority,
            "notes": NOTE,
        }
    ).id
    topic = services.topics.create({"name": "Datenschutz"}).id
    services.expertise.create(
        {"contact_id": person, "topic_id": topic, "level": "expert", "note": EXPERTISE_NOTE}
    )
    meeting = services.meetings.create(
        {"title": "Werkstatt", "kind": "workshop", "starts_at": datetime(2026, 5, 4, 9, 0), "status": "held"}
    ).id
    services.participations.create({"meeting_id": meeting, "contact_id": person, "status": "attended"})
    services.action_items.create(
        {"meeting_id": meeting, "text": "Bericht schreiben", "owner_contact_id": person}
    )
    group = services.lists.create({"name": "Verteiler", "kind": "static"}).id
    services.lists.add_members(group, [person])
    services.tags.tag("contact", [person], ["Pilot 2027"])
    services.consents.create(
        {
            "contact_id": person,
            "status": "given",
            "on_date": "2026-01-10",
            "scope": "contact",
            "note": "per Mail",
        }
    )
    services.contacts.update(person, {"function": "Leiterin"})
    # A deleted record that named them is in the trash: a second list with them on it.
    second = services.lists.create({"name": "Alt", "kind": "static"}).id
    services.lists.add_members(second, [person])
    services.lists.delete(second)
    # Other people and their history stay: the index must still find them.
    for number in range(30):
        services.contacts.create({"last_name": f"Anders{number}", "email": f"anders{number}@example.org"})
    return person


@pytest.fixture
def logged() -> Iterator[Path]:
    folder = paths.log_dir()
    setup_logging(folder)
    yield folder
    root = logging.getLogger("egov_network")
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent == folder:
            root.removeHandler(handler)
            handler.close()


def test_the_service_erase_leaves_no_trace(
    services: Services, authority: int, db_path: Path, home: Path, logged: Path
) -> None:
    person = _person(services, authority)
    make_backup(db_path, reason="manual")
    folders = (db_path.parent, home)
    before = traces(*folders)
    assert before, "the scan must find the person before the erase"
    assert any(".backups" in name for name in before)
    privacy.erase(services.store, [person])
    privacy.purge_backups(db_path)
    services.store.dispose()
    assert traces(*folders) == {}
    assert index_as_rebuilt(db_path, home)
    # The others are still found by the filter (the index was rebuilt, not dropped).
    from egov_network.services.queries import QUERIES

    assert len(QUERIES["contact"](services.store).ids("anders")) == 30
    services.store.dispose()


def test_anonymising_leaves_no_trace_either(
    services: Services, authority: int, db_path: Path, home: Path
) -> None:
    person = _person(services, authority)
    privacy.erase(services.store, [person], anonymise=True)
    services.store.dispose()
    assert traces(db_path.parent, home) == {}
    assert index_as_rebuilt(db_path, home)


def test_the_window_erase_leaves_no_trace_and_cannot_be_undone(
    qtbot,  # type: ignore[no-untyped-def]
    services: Services,
    authority: int,
    db_path: Path,
    home: Path,
    logged: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = _person(services, authority)
    make_backup(db_path, reason="manual")
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.open_record("contact", person)
    contacts = window.workspaces["contact"]
    assert contacts.editor.ident == person
    seen: list[str] = []

    def confirm(dialog: erase_dialog.EraseDialog) -> int:
        seen.extend([dialog.lead.text(), dialog.what.text(), dialog.warning.text()])
        dialog.purge.setChecked(True)  # "also delete the older backups"
        return 1

    monkeypatch.setattr(erase_dialog.EraseDialog, "exec", confirm)
    window.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: services.contacts.find(person) is None, timeout=10_000)
    assert LAST in seen[0] and "cannot be undone" in seen[2]
    assert "meeting participations: 1" in seen[1] and "consent records: 1" in seen[1]
    assert not window.undo_stack.canUndo()  # nothing offers to bring the person back
    assert "Erased one person" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: contacts.editor.ident is None, timeout=5_000)
    assert person not in contacts.model.ids()  # the list followed the change path
    window.save_layout()
    settings.sync()
    window.close()
    services.store.dispose()
    assert traces(db_path.parent, home) == {}
    assert index_as_rebuilt(db_path, home)


def test_a_person_already_in_the_trash_is_erased_from_it(
    services: Services, authority: int, db_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from egov_network import cli

    person = services.contacts.create(
        {"first_name": FIRST, "last_name": LAST, "email": EMAIL, "notes": NOTE, "authority_id": authority}
    ).id
    topic = services.topics.create({"name": "Datenschutz"}).id
    services.expertise.create(
        {"contact_id": person, "topic_id": topic, "level": "expert", "note": EXPERTISE_NOTE}
    )
    services.contacts.delete(person)  # an ordinary delete: the trash keeps everything
    assert services.trash.count() == 1
    services.store.dispose()
    assert traces(db_path.parent, home)
    assert cli.main(["person", "erase", str(person), "--database", str(db_path), "--yes"]) == 0
    assert "items in the trash: 1" in capsys.readouterr().out
    assert traces(db_path.parent, home) == {}
    assert Services.over(services.store).trash.count() == 0
    services.store.dispose()
