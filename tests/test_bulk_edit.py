"""Bulk edit: one field for many records, previewed, one transaction, one undo step.

The service part runs without a window; the dialog is driven in the real
main window as a coordinator would: select rows, Set field…, choose, OK,
Ctrl+Z, Ctrl+Shift+Z.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from egov_network.domain.errors import ConflictError
from egov_network.services.bulk import BulkEditError, BulkEditor
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.ui.bulk_edit import BulkEditDialog, bulk_edit
from egov_network.ui.fields import BoolField, DateField, EnumField
from egov_network.ui.main_window import MainWindow
from egov_network.ui.workspace import Workspace

# -- the service ----------------------------------------------------------------------


def ids_of(demo: Services, *names: str) -> list[int]:
    by_name = {a.name: a.id for a in demo.authorities.all()}
    return [by_name[name] for name in names]


def test_the_fields_offered_come_from_the_services_and_never_names_or_keys(demo: Services) -> None:
    bulk = BulkEditor(demo)
    offered = {entity: [f.name for f in bulk.fields(entity)] for entity in bulk.services}
    assert offered["authority"] == [
        "kind",
        "state",
        "parent_id",
        "network_role",
        "cohort",
        "member_since",
        "member_until",
    ]
    assert offered["contact"] == ["authority_id", "consent_on", "consent_method", "active"]
    assert offered["meeting"] == ["kind", "host_authority_id", "status"]
    assert offered["participation"] == ["status", "role"]  # not which meeting or person it is
    assert offered["action_item"] == ["owner_contact_id", "due_on", "done_on"]  # not its meeting
    assert offered["expertise"] == ["level"]
    cohort = bulk.field("authority", "cohort")
    assert (cohort.kind, cohort.low, cohort.high, cohort.required) == ("int", 1, 99, False)
    assert bulk.field("authority", "network_role").required
    assert bulk.field("contact", "authority_id").target == "authority"
    with pytest.raises(KeyError):
        bulk.preview("authority", ids_of(demo, "Kreis Borken"), "name", "Kreis X")


def test_preview_counts_and_names_every_refused_record(demo: Services) -> None:
    bulk = BulkEditor(demo)
    chosen = ids_of(demo, "Kreis Borken", "Stadt Düren", "Hochschule Harz", "Syncwork AG")
    preview = bulk.preview("authority", chosen, "state", "05")
    assert (len(preview.changing), len(preview.unchanged), preview.problems) == (2, 2, ())
    assert preview.ok
    refused = bulk.preview("authority", chosen, "state", "09")
    assert not refused.ok
    wrong = "Municipality key (AGS): The municipality key starts with 05, but the state is Bavaria."
    assert [p.text() for p in refused.problems] == [f"Kreis Borken: {wrong}", f"Stadt Düren: {wrong}"]
    bad = bulk.preview("authority", chosen, "cohort", 500)
    assert bad.value_problem is not None
    assert bad.value_problem.text() == "Cohort: Enter a number from 1 to 99."
    assert not bad.ok


def test_apply_is_one_transaction_one_change_and_undo_checks_values(demo: Services) -> None:
    bulk = BulkEditor(demo)
    chosen = ids_of(demo, "Kreis Borken", "Kreis Steinfurt", "Stadt Ibbenbüren")
    with Store.collect() as changes:
        done = bulk.apply("authority", chosen, "network_role", "guest")
    assert len(changes) == 1  # one commit
    assert changes[0].updated == {"authority": set(chosen)}
    assert changes[0].changed_fields("authority") == {"network_role"}
    assert done.count == 3
    assert {demo.authorities.get(i).network_role for i in chosen} == {"guest"}
    bulk.undo(done)
    assert {demo.authorities.get(i).network_role for i in chosen} == {"partner"}
    bulk.redo(done)
    assert {demo.authorities.get(i).network_role for i in chosen} == {"guest"}
    # Someone changes one of them; the undo refuses and leaves all three as they are.
    demo.authorities.update(chosen[1], {"network_role": "model_municipality"})
    with pytest.raises(ConflictError, match="Kreis Steinfurt"):
        bulk.undo(done)
    assert [demo.authorities.get(i).network_role for i in chosen] == ["guest", "model_municipality", "guest"]


def test_a_refused_record_leaves_every_record_as_it_was(demo: Services) -> None:
    bulk = BulkEditor(demo)
    chosen = ids_of(demo, "Kreis Borken", "Stadt Düren", "Kreis Steinfurt")
    with pytest.raises(BulkEditError) as refused:
        bulk.apply("authority", chosen, "member_until", date(2015, 6, 30))
    assert refused.value.text() == "Stadt Düren: Member until: “Member until” lies before “member since”."
    assert [demo.authorities.get(i).member_until for i in chosen] == [None, None, None]


def test_moving_contacts_keeps_their_former_positions(demo: Services) -> None:
    bulk = BulkEditor(demo)
    target = ids_of(demo, "Syncwork AG")[0]
    people = [link.target_id for link in demo.relations.contacts_of_authority(ids_of(demo, "Stadt Düren")[0])]
    assert people
    before = {i: demo.contacts.get(i).authority_id for i in people}
    done = bulk.apply("contact", people, "authority_id", target)
    assert {demo.contacts.get(i).authority_id for i in people} == {target}
    moved = [i for i, a in before.items() if a not in (None, target)]
    assert all(demo.contacts.positions(i) for i in moved)  # validated and recorded like a single edit
    bulk.undo(done)
    assert {i: demo.contacts.get(i).authority_id for i in people} == before


# -- the dialog in the window -----------------------------------------------------------


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    yield main
    for workspace in main.workspaces.values():
        workspace.editor.revert()


def open_authorities(window: MainWindow) -> Workspace:
    window.go_to(list(window.workspaces).index("authority"))
    return window.workspaces["authority"]


def select_rows(workspace: Workspace, rows: list[int]) -> None:
    selection = workspace.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = workspace.model.index(row, 0)
        selection.select(
            QItemSelection(index, index),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def shown(workspace: Workspace, key: str) -> list[str]:
    column = [c.key for c in workspace.model.columns].index(key)
    return [workspace.model.index(r, column).data() for r in range(workspace.model.rowCount())]


def run_dialog(workspace: Workspace, window: MainWindow, drive: Callable[[BulkEditDialog], None]) -> Any:
    """``bulk_edit`` as the menu calls it; ``drive`` answers the dialog from inside its exec()."""
    failures: list[BaseException] = []

    def answer() -> None:
        dialog = next(d for d in workspace.findChildren(BulkEditDialog) if d.isVisible())
        try:
            drive(dialog)
        except BaseException as error:  # reported after exec() returns, not swallowed by Qt
            failures.append(error)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    result = bulk_edit(workspace, window.services, window.undoable, workspace.key, workspace.selected_ids())
    if failures:
        raise failures[0]
    return result


def test_set_network_role_for_the_selection_with_preview_undo_and_redo(qtbot, window: MainWindow) -> None:
    authorities = open_authorities(window)
    rows = list(range(authorities.model.rowCount()))
    select_rows(authorities, rows)
    ids = authorities.selected_ids()
    before = shown(authorities, "network_role")
    assert before.count("Guest") == 1 and len(ids) == 22

    def drive(dialog: BulkEditDialog) -> None:
        assert dialog.windowTitle() == "Set a field for 22 authorities"
        widget = dialog.set_field("network_role")
        assert isinstance(widget, EnumField)
        widget.combo.setCurrentIndex(widget.combo.findData("guest"))
        qtbot.waitUntil(lambda: "Changes 21 authorities" in dialog.summary.text(), timeout=2000)
        assert dialog.summary.text() == "Changes 21 authorities. Already set for 1 authority."
        assert dialog.ok_button.isEnabled()
        assert not dialog.problems.isVisible()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    done = run_dialog(authorities, window, drive)
    assert done is not None and done.count == 21
    assert set(shown(authorities, "network_role")) == {"Guest"}
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Set “Network role” for 21 authorities"
    assert "Set “Network role” for 21 authorities" in window.statusBar().currentMessage()
    window.undoable.undo()
    assert shown(authorities, "network_role") == before
    window.undoable.redo()
    assert set(shown(authorities, "network_role")) == {"Guest"}
    assert {window.services.authorities.get(i).network_role for i in ids} == {"guest"}


def test_refused_records_are_named_and_nothing_is_written(qtbot, window: MainWindow) -> None:
    authorities = open_authorities(window)
    names = shown(authorities, "name")
    select_rows(authorities, [names.index("Kreis Borken"), names.index("Kreis Steinfurt")])
    borken, steinfurt = ids_of(window.services, "Kreis Borken", "Kreis Steinfurt")
    versions = {i: window.services.authorities.get(i).version for i in (borken, steinfurt)}

    def drive(dialog: BulkEditDialog) -> None:
        # An invalid state for these districts: the preview names each, OK stays off.
        state = dialog.set_field("state")
        assert isinstance(state, EnumField)
        state.combo.setCurrentIndex(state.combo.findData("09"))
        qtbot.waitUntil(lambda: dialog.problems.count() == 2, timeout=2000)
        assert dialog.problems.item(0).text().startswith("Kreis Borken: Municipality key (AGS):")
        assert not dialog.ok_button.isEnabled()
        # A date both can take, until someone else gives Kreis Borken a later "member since".
        until = dialog.set_field("member_until")
        assert isinstance(until, DateField)
        until.line.setText("30.06.2015")
        until.changed.emit()
        qtbot.waitUntil(lambda: dialog.summary.text() == "Changes 2 authorities.", timeout=2000)
        assert dialog.ok_button.isEnabled()
        window.services.authorities.update(borken, {"member_since": date(2016, 1, 1)})
        versions[borken] += 1
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # stays open and says why
        assert dialog.summary.text().startswith("Nothing was changed.")
        assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
            "Kreis Borken: Member until: “Member until” lies before “member since”."
        ]
        assert not dialog.ok_button.isEnabled()

    assert run_dialog(authorities, window, drive) is None
    assert window.undo_stack.count() == 0
    for ident in (borken, steinfurt):
        record = window.services.authorities.get(ident)
        assert (record.member_until, record.state, record.version) == (None, "05", versions[ident])


def test_an_undo_over_someone_elses_change_is_refused_in_words(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.go_to(list(window.workspaces).index("contact"))
    contacts = window.workspaces["contact"]
    select_rows(contacts, [0, 1, 2])
    ids = contacts.selected_ids()

    def drive(dialog: BulkEditDialog) -> None:
        active = dialog.set_field("active")
        assert isinstance(active, BoolField)
        active.check.setChecked(False)
        qtbot.waitUntil(lambda: dialog.summary.text() == "Changes 3 contacts.", timeout=2000)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    run_dialog(contacts, window, drive)
    assert shown(contacts, "active")[:3] == ["No", "No", "No"]
    name = window.services.contacts.get(ids[1])
    window.services.contacts.update(ids[1], {"active": True})  # someone else, meanwhile
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.undoable.undo()
    assert len(warnings) == 1
    assert "Set “Active” for 3 contacts" in warnings[0] and name.last_name in warnings[0]
    assert [window.services.contacts.get(i).active for i in ids] == [False, True, False]
    assert window.undo_stack.count() == 0  # the refused step left the stack


def test_many_records_refused_for_one_reason_share_a_line(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    contacts.view.selectAll()
    ids = contacts.selected_ids()
    dialog = BulkEditDialog(window.services, window.undoable, "contact", ids, contacts)
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): nothing waits on it
    consent = dialog.set_field("consent_on")
    assert isinstance(consent, DateField)
    consent.set_value(date(date.today().year + 2, 1, 1))
    consent.changed.emit()
    dialog.update_preview()
    assert dialog.problems.count() == 1
    line = dialog.problems.item(0).text()
    reason = "Consent given on: Consent cannot be given in the future."
    assert line.startswith(f"{len(ids)} contacts: {reason} (")
    assert line.endswith(" …)")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
