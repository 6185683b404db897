"""How a change travels from the window to the views, and what happens when others write too.

Saving runs the visible list's id query at most once, undo likewise; hidden
lists wait until shown. Another program's newer change is never overwritten
by a stale save or a stale undo. A busy database makes the window wait with a
message and save afterwards instead of losing the edit.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from egov_network.services.registry import Services
from egov_network.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.undo_stack.clear()


def _count_queries(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count id queries per workspace list and record reads of the contacts service."""
    counts: Counter[str] = Counter()
    for key, workspace in window.workspaces.items():
        if key == "topic":
            continue  # the topic tree reads all topics at once, no id query (tests/test_topic_tree.py)
        source = workspace.model.source
        for name in ("ids", "narrowed"):
            original = getattr(source, name)

            def counted(*args, _original=original, _key=key, **kwargs):  # type: ignore[no-untyped-def]
                counts[_key] += 1
                return _original(*args, **kwargs)

            monkeypatch.setattr(source, name, counted)
    original_get = window.services.contacts.get

    def counted_get(ident):  # type: ignore[no-untyped-def]
        counts["get"] += 1
        return original_get(ident)

    monkeypatch.setattr(window.services.contacts, "get", counted_get)
    return counts


def _first_contact(window: MainWindow) -> int:
    contacts = window.workspaces["contact"]
    ident = contacts.model.id_at(0)
    assert contacts.select_id(ident)
    return ident


def test_saving_a_contact_runs_the_visible_list_query_once(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = _first_contact(window)
    editor = window.workspaces["contact"].editor
    counts = _count_queries(window, monkeypatch)
    editor.form.fields["email"].set_value("neu@example.org")
    assert editor.save()
    assert counts["contact"] <= 1
    assert {k: n for k, n in counts.items() if k not in ("contact", "get")} == {}
    assert counts["get"] <= 1
    assert demo.contacts.get(ident).email == "neu@example.org"
    row = window.workspaces["contact"].model.row_of(ident)
    assert row is not None

    counts.clear()
    window.undoable.undo()
    assert counts["contact"] <= 1
    assert {k: n for k, n in counts.items() if k not in ("contact", "get")} == {}
    assert demo.contacts.get(ident).email != "neu@example.org"
    assert editor.form.fields["email"].value() != "neu@example.org"
    assert "neu@example.org" not in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().startswith("Undone:")


def test_hidden_lists_refresh_when_shown(qtbot, window: MainWindow, demo: Services) -> None:
    ident = _first_contact(window)
    authorities = window.workspaces["authority"]
    editor = window.workspaces["contact"].editor
    editor.form.fields["last_name"].set_value("Zwischenname")
    assert editor.save()
    assert authorities.is_stale()
    window.go_to(list(window.workspaces).index("authority"))
    assert not authorities.is_stale()
    assert demo.contacts.get(ident).last_name == "Zwischenname"


def _other_program(database: Path, code: str) -> None:
    """Run ``code`` in another process on the same database file (``services`` is open there)."""
    script = (
        "from egov_network.services.registry import Services\n"
        "from egov_network.store import migrate\n"
        f"services = Services.over(migrate.open_store({str(database)!r}))\n"
    ) + textwrap.dedent(code)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _database_of(services: Services) -> Path:
    path = services.store.path
    assert path is not None
    return path


def test_stale_save_and_stale_undo_keep_the_other_programs_change(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    reports: list[str] = []
    window.undoable.report = lambda _title, text: reports.append(text)
    ident = _first_contact(window)
    editor = window.workspaces["contact"].editor
    database = _database_of(demo)

    # A stale save: the other program changed the function after we opened the record.
    _other_program(database, f"services.contacts.update({ident}, {{'function': 'Amtsleitung'}})")
    editor.form.fields["function"].set_value("Sachbearbeitung")
    assert not editor.save()
    assert warnings and "changed elsewhere" in warnings[0]
    assert demo.contacts.get(ident).function == "Amtsleitung"

    # A stale undo: we save, the other program changes the record again, we undo.
    editor.load(ident)
    editor.form.fields["function"].set_value("Referat E-Government")
    assert editor.save()
    _other_program(database, f"services.contacts.update({ident}, {{'function': 'Digitallotse'}})")
    window.undoable.undo()
    assert reports and "cannot be undone" in reports[0] and "changed elsewhere" in reports[0]
    assert demo.contacts.get(ident).function == "Digitallotse"
    assert not window.undo_stack.canUndo() or window.undo_stack.undoText() != "Edit"


def _hold_write_lock(database: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program that takes the write lock, says so, holds it ``seconds`` and commits."""
    script = textwrap.dedent(
        f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(database)!r}, isolation_level=None)
        c.execute("BEGIN IMMEDIATE")
        c.execute("UPDATE topic SET description = description WHERE id = (SELECT min(id) FROM topic)")
        print("locked", flush=True)
        time.sleep({seconds})
        c.execute("COMMIT")
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_busy_database_makes_the_window_wait_and_then_save(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected message {a[2]}"))
    ident = _first_contact(window)
    editor = window.workspaces["contact"].editor
    editor.form.fields["function"].set_value("Wartet auf die Sperre")
    holder = _hold_write_lock(_database_of(demo), 1.5)
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())

    probe = QTimer()
    probe.timeout.connect(look)
    probe.start(100)
    try:
        assert editor.save()
    finally:
        probe.stop()
        holder.wait(30)
    assert seen and "busy" in seen[0]
    assert demo.contacts.get(ident).function == "Wartet auf die Sperre"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_giving_up_on_a_busy_database_keeps_the_edit_in_the_form(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ident = _first_contact(window)
    editor = window.workspaces["contact"].editor
    before = demo.contacts.get(ident).function
    editor.form.fields["function"].set_value("Nicht verloren")
    holder = _hold_write_lock(_database_of(demo), 8)

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.cancel()

    probe = QTimer()
    probe.timeout.connect(give_up)
    probe.start(200)
    try:
        assert not editor.save()
    finally:
        probe.stop()
        holder.kill()
        holder.wait(30)
    assert warnings and "still in the form" in warnings[0]
    assert editor.form.fields["function"].value() == "Nicht verloren"
    assert editor.is_dirty()
    assert demo.contacts.get(ident).function == before
    editor.revert()  # nobody is there to answer "Save changes?" when the window closes


def test_the_cli_waits_for_a_busy_database_then_says_so(demo: Services, tmp_path: Path) -> None:
    database = _database_of(demo)
    demo.store.dispose()
    listing = tmp_path / "neu.csv"
    listing.write_text("Nachname;Vorname;E-Mail\nBusy;Berta;berta.busy@example.org\n", encoding="utf-8")

    def import_while_locked(wait: str, locked_for: float) -> subprocess.CompletedProcess[str]:
        holder = _hold_write_lock(database, locked_for)
        command = [sys.executable, "-m", "egov_network.cli", "--wait", wait, "import", "contacts"]
        try:
            return subprocess.run(
                [*command, str(listing), "--database", str(database)],
                capture_output=True,
                text=True,
                timeout=60,
            )
        finally:
            holder.wait(30)

    gave_up = import_while_locked("0.5", 4)
    assert gave_up.returncode == 3, gave_up.stderr
    assert "busy" in gave_up.stderr and "Traceback" not in gave_up.stderr
    waited = import_while_locked("20", 1)
    assert waited.returncode == 0, waited.stderr
    with sqlite3.connect(database) as connection:
        (found,) = connection.execute(
            "SELECT count(*) FROM contact WHERE email = 'berta.busy@example.org'"
        ).fetchone()
    assert found == 1


def test_an_edit_that_keeps_its_place_repaints_without_an_id_query(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = window.workspaces["contact"]
    contacts.filter.setText("m")
    contacts.apply_filter()
    ident = contacts.model.id_at(0)
    assert contacts.select_id(ident)
    counts = _count_queries(window, monkeypatch)
    contacts.editor.form.fields["phone"].set_value("+49 40 123456")
    assert contacts.editor.save()
    assert counts["contact"] == 1  # the one check: does the edited row still match "m"?
    phone_column = next(i for i, c in enumerate(contacts.model.columns) if c.key == "phone")
    row = contacts.model.row_of(ident)
    assert row is not None
    assert "123456" in contacts.model.index(row, phone_column).data()


def test_an_edit_that_moves_or_leaves_the_filter_updates_the_list(
    qtbot, window: MainWindow, demo: Services
) -> None:
    contacts = window.workspaces["contact"]
    ident = contacts.model.id_at(0)
    assert contacts.select_id(ident)
    contacts.editor.form.fields["last_name"].set_value("Zzyzx")
    assert contacts.editor.save()
    assert contacts.model.row_of(ident) == contacts.model.rowCount() - 1  # sorted by last name: now last

    contacts.filter.setText("zzyzx")
    contacts.apply_filter()
    assert contacts.model.ids() == [ident]
    # Changed elsewhere (not through this window's editor, which follows its record).
    demo.contacts.update(ident, {"last_name": "Anders"})
    assert contacts.model.ids() == []  # no longer matches the filter


def test_this_programs_own_later_steps_never_block_an_undo(qtbot, window: MainWindow, demo: Services) -> None:
    ops, contacts = window.undoable, demo.contacts
    created = ops.create(contacts, {"last_name": "Albers"}, "Create")
    record = contacts.get(created)
    ops.edit(contacts, created, {"function": "eins"}, "e1", expected_version=record.version)
    ops.edit(contacts, created, {"department": "zwei"}, "e2")
    reports: list[str] = []
    ops.report = lambda _title, text: reports.append(text)
    ops.undo()
    ops.undo()
    assert contacts.get(created).function is None and contacts.get(created).department is None
    ops.undo()  # the create: the record is as created again, so it may go
    assert contacts.find(created) is None
    assert reports == []
    ops.redo()
    ops.redo()
    assert contacts.get(created).function == "eins"
    assert reports == []


def test_an_edit_that_leaves_the_filter_takes_its_row_out_without_an_id_query(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = window.workspaces["contact"]
    ident = contacts.model.id_at(0)
    demo.contacts.update(ident, {"department": "Zzqx-Referat"})
    contacts.filter.setText("zzqx")
    contacts.apply_filter()
    assert contacts.model.ids() == [ident]
    assert contacts.select_id(ident)
    counts = _count_queries(window, monkeypatch)
    contacts.editor.form.fields["department"].set_value("Hauptamt")
    assert contacts.editor.save()
    # The save's check of its one row ran; the list's id query did not.
    assert counts["contact"] == 1
    assert contacts.model.ids() == [] and contacts.filter.text() == "zzqx"
    assert contacts.editor.ident == ident and contacts.editor.hidden_notice.isVisible()


def test_renaming_an_authority_moves_its_contacts_when_sorted_by_authority(
    qtbot, window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    contacts = window.workspaces["contact"]
    column = next(i for i, c in enumerate(contacts.model.columns) if c.key == "authority")
    contacts.model.sort(column, Qt.SortOrder.AscendingOrder)
    last = contacts.model.id_at(contacts.model.rowCount() - 1)
    authority = demo.contacts.get(last).authority_id
    if authority is None:  # the last ones have none: take the last with one
        last = next(
            i for i in reversed(contacts.model.ids()) if demo.contacts.get(i).authority_id is not None
        )
        authority = demo.contacts.get(last).authority_id
    assert authority is not None
    demo.authorities.update(authority, {"name": "Aaa-Verwaltung"})
    assert contacts.model.row_of(last) == 0  # moved to the top, as the Authority column now reads
    # Sorted by last name, a rename repaints only: no id query.
    contacts.model.sort(0, Qt.SortOrder.AscendingOrder)
    counts = _count_queries(window, monkeypatch)
    demo.authorities.update(authority, {"name": "Zzz-Verwaltung"})
    assert counts["contact"] == 0
