"""Two imports of one file at the same moment create each person once (re-checked under the lock)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select

from egov_network.exchange.imports import RowAction
from egov_network.services import importing
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store
from egov_network.store.models import Contact

PEOPLE = 300


def people_csv(path: Path, authority: str, people: int = PEOPLE) -> Path:
    """Half the people with an email, half known only by name at an authority."""
    lines = ["Vorname;Nachname;E-Mail;Behörde"]
    for n in range(people):
        email = f"person{n}@example.org" if n % 2 == 0 else ""
        lines.append(f"Vor{n};Nach{n};{email};{authority}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def contact_count(services: Services) -> int:
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(Contact)) or 0


def test_a_record_created_after_the_preview_is_updated_not_created_again(
    services: Services, authority: int, tmp_path: Path
) -> None:
    name = services.authorities.get(authority).name
    path = people_csv(tmp_path / "people.csv", name)
    preview = importing.load_preview(services, path, "contacts")
    assert preview.counts()[RowAction.CREATE] == PEOPLE
    # Someone else creates two of the people meanwhile: one by email, one by name.
    services.contacts.create({"first_name": "X", "last_name": "Other", "email": "person0@example.org"})
    services.contacts.create({"first_name": "Vor1", "last_name": "Nach1", "authority_id": authority})
    result = importing.apply_preview(services, preview)
    assert result.found_meanwhile == 2
    assert len(result.created) == PEOPLE - 2
    assert contact_count(services) == PEOPLE
    rows = {row.line: row for row in preview.rows}
    assert "created meanwhile" in " ".join(r.text() for r in rows[2].reasons)
    assert rows[2].action is RowAction.UPDATE  # the file names the person differently: updated
    assert services.contacts.get(result.updated[0]).last_name == "Nach0"


def test_two_threads_with_their_own_store_import_one_file_once(
    services: Services, authority: int, db_path: Path, tmp_path: Path
) -> None:
    path = people_csv(tmp_path / "people.csv", services.authorities.get(authority).name)
    decided = threading.Barrier(2, timeout=60)
    errors: list[BaseException] = []

    def run() -> None:
        store = open_store(db_path)
        try:
            own = Services.over(store)
            preview = importing.load_preview(own, path, "contacts")
            decided.wait()  # both previews are decided before either writes: the race of the issue
            importing.apply_preview(own, preview)
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            store.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert contact_count(services) == PEOPLE


def test_two_cli_processes_started_together_create_each_person_once(
    services: Services, authority: int, db_path: Path, tmp_path: Path
) -> None:
    # Big enough that the two previews overlap (each process needs a second to start).
    people = 3000
    path = people_csv(tmp_path / "people.csv", services.authorities.get(authority).name, people)
    command = [sys.executable, "-m", "egov_network.cli", "import", "contacts", str(path), "--database"]
    processes = [
        subprocess.Popen([*command, str(db_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    assert contact_count(services) == people
    with services.store.read() as session:
        emails = session.scalars(select(Contact.email).where(Contact.email.is_not(None))).all()
    assert len(emails) == len(set(emails)) == people // 2
