"""Excel exports: what a coordinator sees when opening the file (checked with openpyxl)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import update

from egov_network.exchange import exports
from egov_network.exchange.exports import (
    ExportCancelled,
    ExportError,
    export_contacts,
    export_meeting,
    export_meetings,
    export_members,
    export_topics,
)
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS
from egov_network.exchange.xlsx import MAX_CELL, sheet_name
from egov_network.services.export_data import ExportData
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.store.models import Contact

FORMULA_LIKE = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "=1+2"]
BAD_SHEET_CHARS = set("[]:*?/\\")


def open_book(path: Path) -> Workbook:
    return load_workbook(path)


def values(ws: Any) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(values_only=True))


def assert_no_formulas(book: Workbook) -> None:
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (ws.title, cell.coordinate, cell.value)


def assert_sheet_basics(ws: Any, header_row: int = 1) -> None:
    """Bold frozen header, autofilter from the header over all written rows, valid sheet name."""
    assert len(ws.title) <= 31 and not BAD_SHEET_CHARS & set(ws.title)
    header = ws[header_row]
    assert all(cell.font.b for cell in header if cell.value is not None)
    assert ws.freeze_panes == f"A{header_row + 1}"
    last = ws.max_row
    assert ws.auto_filter.ref == f"A{header_row}:{header[-1].column_letter}{last}"
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    for column in ws.column_dimensions.values():
        assert column.width <= 100


def _contact(services: Services, authority: int | None = None, **fields: Any) -> int:
    values = {"last_name": "Muster", **fields}
    if authority is not None:
        values["authority_id"] = authority
    return services.contacts.create(values).id


def _set_raw(services: Services, contact_id: int, **fields: Any) -> None:
    """Store values the validators would refuse (data from elsewhere, older versions)."""
    with services.store.write() as session:
        session.execute(update(Contact).where(Contact.id == contact_id).values(**fields))


# -- contacts -------------------------------------------------------------------------


def test_contact_export_has_typed_columns_and_a_bold_frozen_filtered_header(
    demo: Services, tmp_path: Path
) -> None:
    target = tmp_path / "contacts.xlsx"
    result = export_contacts(demo, target)

    book = open_book(target)
    assert result.path == target and result.sheets == ("Contacts",)
    assert result.rows == demo.contacts.count_all()
    assert book.properties.creator == "egov-network" and book.properties.title == "Contacts"
    ws = book["Contacts"]
    assert_sheet_basics(ws)
    rows = values(ws)
    assert list(rows[0]) == [c.english for c in CONTACT_COLUMNS]
    assert len(rows) == result.rows + 1
    ids = [row[0] for row in rows[1:]]
    assert all(type(i) is int for i in ids) and len(set(ids)) == len(ids)
    assert all(type(row[11]) is bool for row in rows[1:])
    # A contact's topics read "Topic (Level); …", highest level first.
    record = next(r for r in rows[1:] if r[12] and ";" in r[12])
    expected = "; ".join(
        f"{link.name} ({link.level.capitalize()})" for link in demo.relations.topics_of_contact(record[0])
    )  # type: ignore[union-attr]
    assert record[12] == expected
    assert_no_formulas(book)


def test_contact_export_keeps_the_given_ids_and_their_order(demo: Services, tmp_path: Path) -> None:
    all_ids = ExportData(demo.store).contact_ids()
    chosen = [all_ids[3], all_ids[0], all_ids[7]]
    result = export_contacts(demo, tmp_path / "sel.xlsx", chosen)
    rows = values(open_book(result.path)["Contacts"])
    assert [row[0] for row in rows[1:]] == chosen


def test_formula_like_values_come_back_as_the_exact_text(
    services: Services, authority: int, tmp_path: Path
) -> None:
    ids = [
        _contact(services, authority, last_name=text, function=text, first_name="@SUM(A1)", department="#N/A")
        for text in FORMULA_LIKE
    ]
    raw = _contact(services, authority, last_name="Roh")
    _set_raw(services, raw, function="\tTab=1", department="\rCR", title='=HYPERLINK("x")')

    contacts = open_book(export_contacts(services, tmp_path / "c.xlsx").path)
    members = open_book(export_members(services, tmp_path / "m.xlsx").path)
    for book in (contacts, members):
        assert_no_formulas(book)
    rows = {row[0]: row for row in values(contacts["Contacts"])[1:]}
    for ident, text in zip(ids, FORMULA_LIKE, strict=True):
        assert rows[ident][4] == text and rows[ident][6] == text
        assert rows[ident][3] == "@SUM(A1)" and rows[ident][7] == "#N/A"
    assert rows[raw][6] == "\tTab=1"
    assert rows[raw][2] == '=HYPERLINK("x")'
    # Excel's line break is LF; a CR is written as one (documented in exchange/xlsx.py).
    assert rows[raw][7] == "\nCR"
    flat = {row[0]: row for row in values(members["Contact persons"])[1:]}
    assert flat[ids[0]][4] == FORMULA_LIKE[0]


def test_umlauts_emoji_and_control_characters_survive_or_are_replaced(
    services: Services, authority: int, tmp_path: Path
) -> None:
    ident = _contact(
        services, authority, first_name="Jürgen 😀", last_name="Weiß-Öztürk", function="Straße ①"
    )
    _set_raw(services, ident, department="bell\x07and\x00nul\x1b")

    rows = values(open_book(export_contacts(services, tmp_path / "c.xlsx").path)["Contacts"])
    row = rows[1]
    assert (row[3], row[4], row[6]) == ("Jürgen 😀", "Weiß-Öztürk", "Straße ①")
    assert row[7] == "bell\ufffdand\ufffdnul\ufffd"


def test_german_export_writes_german_headers_and_dates(demo: Services, tmp_path: Path) -> None:
    book = open_book(export_members(demo, tmp_path / "m.xlsx", german=True).path)
    assert book.sheetnames == ["Mitgliederliste", "Behörden", "Ansprechpersonen"]
    assert [c.value for c in book["Behörden"][1]] == [c.german for c in AUTHORITY_COLUMNS]
    assert [c.value for c in book["Ansprechpersonen"][1]] == [c.german for c in CONTACT_COLUMNS]
    since = next(c for c in book["Behörden"]["I"][1:] if c.value is not None)
    assert since.number_format == "DD.MM.YYYY" and isinstance(since.value, datetime)

    english = open_book(export_members(demo, tmp_path / "e.xlsx").path)
    since = next(c for c in english["Authorities"]["I"][1:] if c.value is not None)
    assert since.number_format == "YYYY-MM-DD"


def test_translator_is_used_for_sheet_names_headers_and_labels(demo: Services, tmp_path: Path) -> None:
    def shout(context: str, text: str) -> str:
        return f"{context}:{text}"

    book = open_book(export_contacts(demo, tmp_path / "c.xlsx", translate=shout).path)
    ws = book.worksheets[0]
    assert ws.title == "Export_Contacts"  # ":" is not allowed in sheet names
    assert ws["B1"].value == "Headers:Salutation"
    assert {c.value for c in ws["B"][1:]} <= {"Enum:Mr", "Enum:Ms", None}


# -- member list ---------------------------------------------------------------------------


def test_member_list_groups_contact_persons_under_their_authority(demo: Services, tmp_path: Path) -> None:
    result = export_members(demo, tmp_path / "members.xlsx")
    book = open_book(result.path)
    assert result.sheets == ("Member list", "Authorities", "Contact persons")
    for ws in book.worksheets:
        # The member list is a printout: its title and date come above the header.
        assert_sheet_basics(ws, header_row=4 if ws.title == "Member list" else 1)
    assert_no_formulas(book)

    grouped = book["Member list"]
    assert grouped.page_setup.orientation == "landscape"
    assert grouped["A1"].value == "Member list" and grouped["A2"].value.startswith("As of ")
    authority_rows = [row for row in grouped.iter_rows(min_row=5) if row[0].value is not None]
    assert all(cell.font.b for row in authority_rows for cell in row if cell.value is not None)
    assert len(authority_rows) == demo.authorities.count_all()
    # Under each authority row: exactly its active contacts, with name, function, email, phone.
    names = {a.id: a.name for a in (demo.authorities.get(i) for i in ExportData(demo.store).authority_ids())}
    by_name = {name: ident for ident, name in names.items()}
    current: str | None = None
    seen: dict[str, list[str]] = {}
    for row in values(grouped)[4:]:
        if row[0] is not None:
            current = row[0]
            seen[current] = []
            assert row[8] is None
        else:
            assert current is not None and row[8]
            seen[current].append(row[8])
    for name, people in seen.items():
        listed = demo.relations.contacts_of_authority(by_name[name])
        active = [c for c in (demo.contacts.get(link.target_id) for link in listed) if c.active]
        assert sorted(people) == sorted(
            " ".join(p for p in (c.title, c.first_name, c.last_name) if p) for c in active
        )

    authorities = values(book["Authorities"])
    assert list(authorities[0]) == [c.english for c in AUTHORITY_COLUMNS]
    assert {row[0] for row in authorities[1:]} == set(names)
    cohorts = [row[6] for row in authorities[1:] if row[6] is not None]
    assert cohorts and all(type(c) is int for c in cohorts)
    flat = values(book["Contact persons"])
    assert len(flat) - 1 == sum(len(p) for p in seen.values())
    assert result.rows == 2 * (len(flat) - 1 + len(authorities) - 1)


def test_former_contacts_are_not_in_the_member_list(
    services: Services, authority: int, tmp_path: Path
) -> None:
    _contact(services, authority, last_name="Aktiv")
    _contact(services, authority, last_name="Ehemalig", active=False)
    _contact(services, None, last_name="Ohne Behörde")
    book = open_book(export_members(services, tmp_path / "m.xlsx").path)
    assert [row[4] for row in values(book["Contact persons"])[1:]] == ["Aktiv"]
    assert values(book["Member list"])[4][0] == "Stadt Norderstedt"
    assert values(book["Member list"])[4][3] == "01060063"  # the AGS keeps its leading zero


# -- topics ------------------------------------------------------------------------------------


def test_topic_export_lists_experts_and_a_matrix(demo: Services, tmp_path: Path) -> None:
    result = export_topics(demo, tmp_path / "topics.xlsx")
    book = open_book(result.path)
    assert result.sheets == ("Expert topics", "Topic matrix")
    for ws in book.worksheets:
        assert_sheet_basics(ws)
    assert_no_formulas(book)

    long = values(book["Expert topics"])
    assert long[0] == ("Expert topic", "Parent topic", "Name", "Authority", "Level", "Note")
    query = QUERIES["topic"](demo.store)
    topics = {row[0]: ident for ident, row in query.rows(query.ids()).items()}
    # Every topic is listed; its experts in the order of the topic's editor (level, then name).
    assert {row[0] for row in long[1:]} == set(topics)
    for name, ident in topics.items():
        experts = [(r[2], r[4]) for r in long[1:] if r[0] == name and r[2]]
        links = demo.relations.experts_of_topic(ident)
        assert experts == [(x.name, (x.level or "").capitalize()) for x in links]

    matrix = values(book["Topic matrix"])
    header = matrix[0]
    assert header[:2] == ("Name", "Authority")
    # Every (person, topic, level) of the long list is one matrix cell, and nothing else is.
    cells = {(row[0], header[i], row[i]) for row in matrix[1:] for i in range(2, len(header)) if row[i]}
    pairs = {(row[2], row[0], row[4]) for row in long[1:] if row[2]}
    assert cells == pairs


# -- meetings --------------------------------------------------------------------------------------


@pytest.fixture
def meeting(services: Services, authority: int) -> int:
    ident = services.meetings.create(
        {
            "title": "=Barcamp: 2026/27 [Nord]?",
            "kind": "barcamp",
            "starts_at": datetime(2026, 11, 23, 10, 0),
            "ends_at": datetime(2026, 11, 23, 16, 30),
            "place": "Rathaus Norderstedt",
            "host_authority_id": authority,
            "status": "planned",
            "minutes": MINUTES,
        }
    ).id
    people = [_contact(services, authority, last_name=f"Person {i:02d}", first_name="Ä") for i in range(25)]
    services.participations.add(ident, people)
    services.participations.set_many(
        [p.id for p in services.relations.roster(ident)][:3], status="attended", role="speaker"
    )
    services.action_items.create(
        {
            "meeting_id": ident,
            "text": "-Protokoll\nverschicken",
            "owner_contact_id": people[0],
            "due_on": date(2026, 12, 1),
        }
    )
    services.action_items.create(
        {
            "meeting_id": ident,
            "text": "x" * 40_000,
            "due_on": date(2026, 12, 24),
            "done_on": date(2026, 12, 2),
        }
    )
    return ident


MINUTES = (
    "=SUM(A1)\n\n  eingerückt\n@alle\n-minus\n+plus\n\tTab\nZeile mit ß und 😀\n" + "y" * 40_000 + "\nEnde\n"
)


def test_meeting_sign_in_sheet_prints_with_a_repeated_header(
    services: Services, meeting: int, tmp_path: Path
) -> None:
    result = export_meeting(services, tmp_path / "meeting.xlsx", meeting)
    book = open_book(result.path)
    assert_no_formulas(book)
    assert book.properties.title == "=Barcamp: 2026/27 [Nord]?"
    assert result.sheets == ("Sign-in sheet", "Minutes", "Action items")
    ws = book["Sign-in sheet"]
    assert ws["A1"].value == "=Barcamp: 2026/27 [Nord]?" and ws["A1"].font.b
    assert ws["A2"].value == "2026-11-23 10:00–16:30 · Rathaus Norderstedt · Stadt Norderstedt"
    assert_sheet_basics(ws, header_row=4)
    assert [c.value for c in ws[4]] == ["No.", "Name", "Authority", "Status", "Role", "Signature"]
    rows = values(ws)[4:]
    assert len(rows) == 25
    assert [row[0] for row in rows] == list(range(1, 26))
    assert all(row[5] is None for row in rows)
    assert rows[0][1] == "Person 00, Ä" and rows[0][2] == "Stadt Norderstedt"
    assert {row[3] for row in rows} == {"Attended", "Invited"}
    assert ws.print_title_rows == "$4:$4"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws["F5"].border.left.style == "thin"  # the empty signature cell is boxed
    assert ws.row_dimensions[5].height >= 20


def test_meeting_minutes_come_back_exactly(services: Services, meeting: int, tmp_path: Path) -> None:
    book = open_book(export_meeting(services, tmp_path / "meeting.xlsx", meeting).path)
    ws = book["Minutes"]
    assert_sheet_basics(ws)
    assert ws["B2"].alignment.wrap_text
    lines: dict[int, str] = {}
    for number, text in values(ws)[1:]:
        assert type(number) is int
        assert text is None or len(text) <= MAX_CELL
        lines[number] = lines.get(number, "") + (text or "")
    assert "\n".join(lines[i] for i in range(1, max(lines) + 1)) == MINUTES


def test_meeting_action_items_have_real_dates_and_capped_text(
    services: Services, meeting: int, tmp_path: Path
) -> None:
    book = open_book(export_meeting(services, tmp_path / "meeting.xlsx", meeting, german=True).path)
    assert book.sheetnames == ["Teilnehmerliste", "Protokoll", "Aufgaben"]
    ws = book["Aufgaben"]
    assert_sheet_basics(ws)
    rows = values(ws)
    assert rows[0] == ("Aufgabe", "Verantwortlich", "Fällig am", "Erledigt am")
    assert rows[1][:3] == ("-Protokoll\nverschicken", "Person 00, Ä", datetime(2026, 12, 1))
    assert ws["C2"].number_format == "DD.MM.YYYY"
    long_text = rows[2][0]
    assert len(long_text) == MAX_CELL and long_text.endswith("…") and long_text.startswith("xxx")
    assert rows[2][3] == datetime(2026, 12, 2)
    assert book["Teilnehmerliste"]["A2"].value.startswith("23.11.2026 10:00")


def test_meetings_overview_counts_participants_and_open_items(
    services: Services, meeting: int, tmp_path: Path
) -> None:
    result = export_meetings(services, tmp_path / "meetings.xlsx")
    book = open_book(result.path)
    assert_no_formulas(book)
    ws = book["Meetings"]
    assert_sheet_basics(ws)
    rows = values(ws)
    assert rows[0] == (
        "ID", "Start", "Title", "Kind", "Place", "Host", "Status", "Participants", "Open action items", "Tags"
    )  # fmt: skip
    assert rows[1] == (
        meeting, datetime(2026, 11, 23, 10, 0), "=Barcamp: 2026/27 [Nord]?", "Barcamp",
        "Rathaus Norderstedt", "Stadt Norderstedt", "Planned", 25, 1, None,
    )  # fmt: skip
    services.tags.tag("meeting", [meeting], add=["Kochbuch"])
    tagged = values(open_book(export_meetings(services, tmp_path / "tagged.xlsx").path)["Meetings"])
    assert tagged[1][-1] == "Kochbuch"
    assert ws["B2"].number_format == "YYYY-MM-DD HH:MM"
    open_rows = values(book["Open action items"])
    assert open_rows[1][:2] == ("=Barcamp: 2026/27 [Nord]?", "-Protokoll\nverschicken")
    assert len(open_rows) == 2


def test_unknown_meeting_is_reported_and_writes_nothing(services: Services, tmp_path: Path) -> None:
    from egov_network.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        export_meeting(services, tmp_path / "x.xlsx", 999)
    assert list(tmp_path.glob("*.xlsx*")) == []


# -- files: cancel, errors, atomic replace -----------------------------------------------------------


def _many_contacts(services: Services, count: int) -> None:
    with services.store.write():
        for i in range(count):
            services.contacts.create({"last_name": f"Name {i:04d}"})


def test_progress_is_reported_and_cancel_leaves_no_file(services: Services, tmp_path: Path) -> None:
    _many_contacts(services, 1200)
    calls: list[tuple[int, int]] = []
    export_contacts(
        services, tmp_path / "all.xlsx", progress=lambda done, total: calls.append((done, total)) or True
    )
    assert calls[0] == (0, 1200) and calls[-1] == (1200, 1200)
    assert (500, 1200) in calls and (1000, 1200) in calls

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        export_contacts(services, target, progress=lambda done, total: done < 500)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "xlsx" in p.name) == ["all.xlsx"]


@pytest.mark.parametrize("failure", ["cancel", "crash"])
def test_an_existing_file_stays_intact_when_the_export_fails(
    services: Services, tmp_path: Path, failure: str
) -> None:
    _many_contacts(services, 800)
    target = tmp_path / "contacts.xlsx"
    target.write_bytes(b"the previous export")

    def progress(done: int, total: int) -> bool:
        if done >= 500:
            if failure == "crash":
                raise RuntimeError("disk full")
            return False
        return True

    with pytest.raises((ExportCancelled, RuntimeError)):
        export_contacts(services, target, progress=progress)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["contacts.xlsx"]

    export_contacts(services, target)
    assert len(values(open_book(target)["Contacts"])) == 801


def test_missing_folder_is_a_clear_error(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "contacts.xlsx"
    with pytest.raises(ExportError) as error:
        export_contacts(services, target)
    assert str(target) in error.value.text() and "does not exist" in error.value.text()


def test_a_folder_as_target_is_a_clear_error(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "folder.xlsx"
    target.mkdir()
    with pytest.raises(ExportError) as error:
        export_members(services, target)
    assert str(target) in error.value.text()
    assert target.is_dir() and list(target.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_clear_error(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as error:
            export_topics(services, folder / "topics.xlsx")
        assert str(folder / "topics.xlsx") in error.value.text()
    finally:
        folder.chmod(0o700)


def test_replacing_a_file_that_cannot_be_replaced_is_a_clear_error(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a workbook open in Excel cannot be replaced: os.replace raises PermissionError."""
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"old")

    def refuse(src: Any, dst: Any) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as error:
        export_contacts(services, target)
    assert str(target) in error.value.text() and "open in another program" in error.value.text()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["open-in-excel.xlsx"]


def test_every_export_is_registered_for_the_cli(demo: Services, tmp_path: Path) -> None:
    assert set(exports.EXPORTS) == {"members", "contacts", "topics", "meeting", "meetings"}
    for name, function in exports.EXPORTS.items():
        args = (QUERIES["meeting"](demo.store).ids()[0],) if name == "meeting" else ()
        result = function(demo, tmp_path / f"{name}.xlsx", *args)
        book = open_book(result.path)
        assert book.sheetnames == list(result.sheets)
        assert_no_formulas(book)


# -- sheet names ----------------------------------------------------------------------------------------


def test_sheet_names_follow_excels_rules() -> None:
    assert sheet_name("Barcamp: 2026/27 [Nord]?*\\") == "Barcamp_ 2026_27 _Nord____"
    assert sheet_name("'quoted'") == "quoted"
    assert sheet_name("") == "Sheet"
    assert sheet_name("History") == "History_"
    long = sheet_name("Netzwerktreffen der Modellkommunen in Norderstedt")
    assert len(long) == 31
    assert sheet_name("Minutes", ["minutes"]) == "Minutes (2)"
    assert sheet_name("x" * 40, ["x" * 31]) == "x" * 27 + " (2)"
    assert len(sheet_name("😀" * 20).encode("utf-16-le")) // 2 <= 31


# -- LibreOffice sees the same ----------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or ("/usr/bin/soffice" if Path("/usr/bin/soffice").exists() else None)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_same_values(services: Services, authority: int, tmp_path: Path) -> None:
    for text in FORMULA_LIKE:
        _contact(services, authority, last_name=text, first_name="Jürgen 😀", function=text)
    result = export_contacts(services, tmp_path / "contacts.xlsx")
    out = tmp_path / "csv"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(result.path),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    with (out / "contacts.csv").open(encoding="utf-8", newline="") as handle:
        seen = list(csv.reader(handle))
    expected = values(open_book(result.path)["Contacts"])
    assert len(seen) == len(expected)
    for lo_row, xl_row in zip(seen, expected, strict=True):
        for lo, xl in zip(lo_row, xl_row, strict=False):
            if isinstance(xl, bool):
                assert lo.upper() == str(xl).upper()
            else:
                assert lo == ("" if xl is None else str(xl))
