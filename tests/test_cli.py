"""egov-network-cli: demo, check, and clear messages with non-zero exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from egov_network import __version__, cli
from egov_network.services.registry import Services
from egov_network.store.migrate import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_of_the_installed_entry_point() -> None:
    script = Path(sys.executable).with_name("egov-network-cli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "egov_network.cli"]
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"egov-network {__version__}"


def test_demo_then_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, "demo", "--database", str(target))
    assert code == 0 and "Demo network written" in out
    code, out, _ = run(capsys, "check", "--database", str(target))
    assert code == 0, out
    assert "OK: no problems found" in out
    counts = dict(line.strip().split(": ") for line in out.splitlines() if line.startswith("  "))
    assert int(counts["authority"]) >= 20 and int(counts["contact"]) >= 15 and int(counts["meeting"]) >= 6
    assert not list(tmp_path.glob(".*partial*"))


def test_demo_refuses_to_overwrite_data_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mine.sqlite"
    store = open_store(target)
    Services.over(store).topics.create({"name": "Meine Notiz"})
    store.dispose()
    code, _, err = run(capsys, "demo", "--database", str(target))
    assert code == 2 and "--force" in err
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT name FROM topic").fetchall() == [("Meine Notiz",)]
    code, _, _ = run(capsys, "demo", "--database", str(target), "--force")
    assert code == 0
    with sqlite3.connect(target) as connection:
        assert ("Meine Notiz",) not in connection.execute("SELECT name FROM topic").fetchall()
        assert connection.execute("SELECT count(*) FROM authority").fetchone()[0] >= 20


def test_demo_into_an_empty_database_needs_no_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "empty.sqlite"
    open_store(target).dispose()
    assert run(capsys, "demo", "--database", str(target))[0] == 0


def test_demo_refuses_to_overwrite_a_file_that_is_no_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "notes.sqlite"
    target.write_text("wichtige Notizen", encoding="utf-8")
    code, _, err = run(capsys, "demo", "--database", str(target))
    assert code == 2 and "already holds data" in err
    assert target.read_text(encoding="utf-8") == "wichtige Notizen"


def test_check_on_a_fresh_database_counts_zero(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    open_store(db_path).dispose()
    code, out, _ = run(capsys, "check", "--database", str(db_path))
    assert code == 0 and "  contact: 0" in out


def test_check_finds_a_broken_foreign_key(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    open_store(db_path).dispose()
    with sqlite3.connect(db_path) as connection:  # foreign keys are off in a raw connection
        connection.execute(
            "INSERT INTO contact (salutation, last_name, authority_id, active, version, created_at, "
            "updated_at) VALUES ('', 'Waise', 42, 1, 1, '2026-01-01', '2026-01-01')"
        )
    code, out, _ = run(capsys, "check", "--database", str(db_path))
    assert code == 1
    assert "PROBLEM: foreign key: contact" in out


def test_check_reports_an_old_schema_version(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    open_store(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    code, out, _ = run(capsys, "check", "--database", str(db_path))
    assert code == 1 and "schema version is 0000" in out


def test_check_finds_a_damaged_file(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    store = open_store(db_path)
    services = Services.over(store)
    with store.write():
        for number in range(400):
            services.topics.create({"name": f"Thema {number} " + "x" * 200})
    store.dispose()
    with sqlite3.connect(db_path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'topic'").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\xff" * 64  # scribble over the topic table's root page
    db_path.write_bytes(bytes(data))
    code, out, err = run(capsys, "check", "--database", str(db_path))
    assert code == 1, out + err
    assert "PROBLEM: integrity" in out
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing.sqlite", "There is no database file"),
        ("text.sqlite", "not a database this program can open"),
        ("ftp://server/db", "not a database address this program knows"),
    ],
)
def test_check_gives_clear_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: str, message: str
) -> None:
    (tmp_path / "text.sqlite").write_text("Vorname;Nachname\n" * 300, encoding="utf-8")
    argument = target if "://" in target else str(tmp_path / target)
    code, _, err = run(capsys, "check", "--database", argument)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "missing.sqlite").exists()


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["check"])
    assert caught.value.code == 2


def test_export_and_reimport_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "netz.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    members = tmp_path / "mitglieder.xlsx"
    assert cli.main(["export", "members", "--database", str(database), "-o", str(members)]) == 0
    assert members.exists()
    contacts = tmp_path / "kontakte.xlsx"
    assert (
        cli.main(
            [
                "export",
                "contacts",
                "--database",
                str(database),
                "-o",
                str(contacts),
                "--filter",
                "norderstedt",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["import", "contacts", str(contacts), "--database", str(database), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run" in out
    # An unchanged export re-imported changes nothing: every row matches its record by ID.
    assert "create: 0" in out


def test_import_of_an_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "netz.sqlite"
    assert cli.main(["demo", "--database", str(database)]) == 0
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"not a workbook at all")
    assert cli.main(["import", "contacts", str(broken), "--database", str(database)]) == 2
    assert "kaputt.xlsx" in capsys.readouterr().err


def test_german_export_has_german_labels_and_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "netz.sqlite"
    members = tmp_path / "mitglieder.xlsx"
    assert cli.main(["demo", "--database", str(database)]) == 0
    export = ["export", "members", "--database", str(database), "-o", str(members), "--german"]
    assert cli.main(export) == 0
    import openpyxl

    book = openpyxl.load_workbook(members, read_only=True)
    assert book.sheetnames == ["Mitgliederliste", "Behörden", "Ansprechpersonen"]
    cells = {value for row in book["Behörden"].iter_rows(values_only=True) for value in row}
    book.close()
    assert {"Modellkommune", "Nordrhein-Westfalen", "Kreis"} <= cells
    assert not {"Model municipality", "North Rhine-Westphalia", "District"} & cells
    # ... and the German list reads back: every row matches its authority by ID, unchanged.
    capsys.readouterr()
    command = ["import", "authorities", str(members), "--sheet", "Behörden", "--database", str(database)]
    assert cli.main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "create: 0, update: 0" in out and "row " not in out, out


def test_search_prints_grouped_results_as_the_search_field_shows_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["search", "Berlin Abschluss", "--database", str(db), "--german"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Treffen (")
    assert "Abschlussveranstaltung „Modellkommune E-Government“ — 22.09.2016" in out
    assert cli.main(["search", "muller datenschutz", "--database", str(db)]) == 0
    assert "Nothing found for “muller datenschutz”." in capsys.readouterr().out


def test_experts_prints_the_ranked_people_and_writes_the_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import openpyxl

    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(db)]) == 0
    capsys.readouterr()
    target = tmp_path / "experten.xlsx"
    assert cli.main(["experts", "Datenschutz", "--database", str(db), "--german", "--xlsx", str(target)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Wer kennt sich aus mit Datenschutz?"
    assert lines[2].startswith("1. Egelkamp, Marcus") and "Erfahren" in lines[2]
    rows = list(openpyxl.load_workbook(target).worksheets[0].values)
    assert any(row and "Egelkamp, Marcus" in [str(v) for v in row] for row in rows)
    assert cli.main(["experts", "Quantenkryptographie", "--database", str(db)]) == 1


def test_export_vcard_and_ics_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import icalendar
    import vobject

    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--database", str(db)]) == 0
    cards = tmp_path / "kontakte.vcf"
    assert cli.main(["export", "vcard", "--database", str(db), "-o", str(cards), "--filter", "stadt"]) == 0
    names = [card.fn.value for card in vobject.readComponents(cards.read_text(encoding="utf-8"))]
    assert names and all(isinstance(n, str) for n in names)
    feed = tmp_path / "geplant.ics"
    assert cli.main(["export", "ics", "--database", str(db), "--planned", "-o", str(feed)]) == 0
    assert feed.read_bytes().startswith(b"BEGIN:VCALENDAR")
    one = tmp_path / "treffen.ics"
    assert cli.main(["export", "ics", "--database", str(db), "--meeting", "5", "-o", str(one)]) == 0
    event = next(c for c in icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT"))
    assert str(event["SUMMARY"]).startswith("Abschlussveranstaltung")
    assert cli.main(["export", "ics", "--database", str(db), "-o", str(one)]) == 2
    assert "needs --meeting ID or --planned" in capsys.readouterr().err
