"""The "Who knows what?" page driven as a coordinator would: type, pick, filter, open, copy, export, list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import select

from egov_network.services.registry import Services
from egov_network.store.database import Change
from egov_network.store.models import Contact, Topic
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.experts_workspace import FORMER_COLOR, ExpertsWorkspace, ExpertTableModel
from egov_network.ui.operations import Operations

COLUMN = {key: i for i, key in enumerate(ExpertTableModel.KEYS)}


def contact(services: Services, last_name: str) -> int:
    with services.store.read() as session:
        ident = session.scalar(select(Contact.id).where(Contact.last_name == last_name))
    assert ident is not None
    return ident


@pytest.fixture
def page(qtbot, demo: Services) -> Iterator[ExpertsWorkspace]:
    workspace = ExpertsWorkspace(demo)
    workspace.resize(1200, 700)
    workspace.show()
    qtbot.waitExposed(workspace)
    yield workspace
    # No search outlives its test (the page goes after it, not before as with qtbot.addWidget).
    qtbot.waitUntil(lambda: not workspace.is_searching(), timeout=10_000)
    workspace.close()
    workspace.deleteLater()


def shown_names(page: ExpertsWorkspace) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def search(qtbot, page: ExpertsWorkspace, text: str) -> None:
    page.query_field.setText(text)
    page.search_now()
    qtbot.waitUntil(lambda: not page.is_searching() and page.heading.text().endswith("?"), timeout=5000)


def test_typing_key_by_key_shows_the_people_who_know(qtbot, page: ExpertsWorkspace) -> None:
    page.query_field.setFocus()
    qtbot.keyClicks(page.query_field, "Datenschutz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.is_searching(), timeout=5000)
    assert shown_names(page) == ["Egelkamp, Marcus", "Weißenfels, Norbert"]
    model = page.model
    assert model.data(model.index(0, COLUMN["level"])) == "Experienced"
    assert model.data(model.index(0, COLUMN["topic"])) == "Datenschutz"
    assert model.data(model.index(0, COLUMN["why"])) == "Experienced · their authority has experience in it"
    assert model.data(model.index(1, COLUMN["why"])) == "organised 1 meeting on the topic"
    assert model.data(model.index(0, COLUMN["consent"])) == "no"
    assert "Kooperationsmodell" in model.data(model.index(0, COLUMN["why"]), Qt.ItemDataRole.ToolTipRole)
    assert page.heading.text() == "Who knows about Datenschutz?"
    assert page.count_label.text() == "2 people"


def test_enter_searches_at_once_and_the_completer_offers_topic_names(qtbot, page: ExpertsWorkspace) -> None:
    page.query_field.setText("Erprobungsräume")
    qtbot.keyClick(page.query_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5000)
    completions = page.completer.model().stringList()
    assert "Datenschutz" in completions and "ISMS" in completions  # names and synonyms


def test_picking_a_parent_topic_lists_sub_topic_experts_naming_the_sub_topic(
    qtbot, page: ExpertsWorkspace
) -> None:
    items = page.tree.findItems("Rechtsrahmen", Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    rect = page.tree.visualItemRect(items[0])
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.is_searching(), timeout=5000)
    assert page.query_field.text() == "Rechtsrahmen"
    assert page.query().topic_id is not None
    assert page.model.data(page.model.index(0, COLUMN["topic"])) == "E-Government-Gesetz NRW"


def test_the_filters_narrow_the_list(qtbot, page: ExpertsWorkspace) -> None:
    search(qtbot, page, "Interkommunale Zusammenarbeit")
    everyone = shown_names(page)
    assert "Weißenfels, Norbert" in everyone and len(everyone) > 3
    page.level_box.setCurrentIndex(page.level_box.findText("Expert"))
    qtbot.waitUntil(lambda: shown_names(page) == ["Weißenfels, Norbert"], timeout=5000)
    page.level_box.setCurrentIndex(0)
    page.state_box.setCurrentIndex(page.state_box.findText("North Rhine-Westphalia"))
    qtbot.waitUntil(lambda: "Weißenfels, Norbert" not in shown_names(page) and page.model.rowCount() > 0)
    assert "Brönstrup, Rolf" in shown_names(page)
    page.state_box.setCurrentIndex(0)
    page.kind_box.setCurrentIndex(page.kind_box.findText("District"))
    qtbot.waitUntil(lambda: "Brönstrup, Rolf" not in shown_names(page), timeout=5000)
    assert "Lenz, Frank" in shown_names(page)
    page.kind_box.setCurrentIndex(0)
    page.cohort_box.setCurrentIndex(page.cohort_box.findText("1"))
    qtbot.waitUntil(lambda: "Lenz, Frank" in shown_names(page) and "Brönstrup, Rolf" not in shown_names(page))


def test_former_people_are_last_greyed_and_marked_and_can_be_left_out(
    qtbot, page: ExpertsWorkspace, demo: Services
) -> None:
    demo.contacts.update(contact(demo, "Weißenfels"), {"active": False})
    search(qtbot, page, "Interkommunale Zusammenarbeit")
    model = page.model
    last = model.rowCount() - 1
    assert model.data(model.index(last, 1)) == "Weißenfels, Norbert"
    assert model.data(model.index(last, COLUMN["status"])) == "former"
    assert model.data(model.index(last, 1), Qt.ItemDataRole.ForegroundRole) == FORMER_COLOR
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    page.former_box.setChecked(False)
    qtbot.waitUntil(lambda: "Weißenfels, Norbert" not in shown_names(page), timeout=5000)


def test_double_click_and_enter_open_the_person(qtbot, page: ExpertsWorkspace, demo: Services) -> None:
    search(qtbot, page, "Datenschutz")
    view = page.view
    rect = view.visualRect(page.model.index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["contact", contact(demo, "Weißenfels")]
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 1))
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["contact", contact(demo, "Egelkamp")]
    assert "Kooperationsmodell Datenschutz" in page.evidence.toPlainText()


def test_copy_puts_the_rows_on_the_clipboard(qtbot, page: ExpertsWorkspace) -> None:
    search(qtbot, page, "Datenschutz")
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "No.\tName\tAuthority\tLevel\tTopic\tConsent\tStatus\tWhy"
    assert lines[1].startswith("1\tEgelkamp, Marcus\tZweckverband Kommunale ADV-Anwendergemeinschaft West\t")
    assert lines[2].split("\t")[:2] == ["2", "Weißenfels, Norbert"]
    assert len(lines) == 3


def test_export_writes_the_rows_to_the_chosen_file(
    qtbot, page: ExpertsWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, page, "Datenschutz")
    target = tmp_path / "wer-weiss-was"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    with qtbot.waitSignal(page.message, timeout=10_000) as told:
        page.export_button.click()
    written = tmp_path / "wer-weiss-was.xlsx"
    assert told.args == [f"Exported 2 people to {written}."]
    rows = list(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert rows[0][0] == "Who knows about Datenschutz?"
    assert [r[1] for r in rows[4:]] == ["Egelkamp, Marcus", "Weißenfels, Norbert"]


def test_a_cancelled_export_dialog_writes_nothing(qtbot, page: ExpertsWorkspace, monkeypatch) -> None:
    search(qtbot, page, "Datenschutz")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.export_list()
    assert page.export_task is None


def test_results_follow_store_changes_when_shown_and_when_shown_again(
    qtbot, page: ExpertsWorkspace, demo: Services
) -> None:
    search(qtbot, page, "Datenschutz")
    with demo.store.read() as session:
        datenschutz = session.scalar(select(Topic.id).where(Topic.name == "Datenschutz"))
    lenz = contact(demo, "Lenz")
    demo.expertise.create({"contact_id": lenz, "topic_id": datenschutz, "level": "expert"})
    page.on_change(Change(created={"expertise": {1}}))
    qtbot.waitUntil(lambda: shown_names(page)[:1] == ["Lenz, Frank"], timeout=5000)

    page.hide()
    demo.contacts.update(lenz, {"active": False})
    page.on_change(Change(updated={"contact": {lenz}}))
    assert page.is_stale() and shown_names(page)[0] == "Lenz, Frank"
    page.show()
    qtbot.waitUntil(lambda: shown_names(page)[-1:] == ["Lenz, Frank"], timeout=5000)
    assert not page.is_stale()
    page.on_change(Change(updated={"tag": {1}}))  # nothing the ranking reads
    assert not page.is_searching()


def test_add_to_list_announces_the_ids_and_adds_as_one_undo_step(
    qtbot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    operations = Operations(demo.store, stack, ChangeBus(demo.store, window), window)
    page = ExpertsWorkspace(demo, window, operations=operations)
    search(qtbot, page, "Datenschutz")
    assert page.add_action.isEnabled()
    offered: list[list[str]] = []
    monkeypatch.setattr(
        page, "popup", lambda menu, _where: offered.append([a.text() for a in menu.actions()])
    )
    with qtbot.waitSignal(page.add_to_list_requested) as asked:
        page.add_action.trigger()
    people = [contact(demo, "Egelkamp"), contact(demo, "Weißenfels")]
    assert asked.args == [people]
    assert offered and all(not text.startswith("No list yet") for text in offered[0])

    chosen = demo.lists.create({"name": "Verteiler Datenschutz", "kind": "static"}).id
    before = demo.lists.member_counts().get(chosen, 0)
    menu = page.list_menu(people)
    action = next(a for a in menu.actions() if a.text() == "Verteiler Datenschutz")
    with qtbot.waitSignal(page.message) as told:
        action.trigger()
    assert told.args == ["2 people added to “Verteiler Datenschutz”."]
    assert demo.lists.member_counts()[chosen] == before + 2
    stack.undo()
    assert demo.lists.member_counts().get(chosen, 0) == before


def test_without_lists_the_action_says_why_it_is_off(qtbot, demo: Services) -> None:
    class NoLists:
        store = demo.store

    page = ExpertsWorkspace(NoLists())
    qtbot.addWidget(page)
    search(qtbot, page, "Datenschutz")
    assert not page.add_action.isEnabled()
    assert "not available" in page.add_action.toolTip()
    assert not page.add_button.isEnabled()


def test_the_result_model_passes_the_model_tester(qtmodeltester, qtbot, page: ExpertsWorkspace) -> None:
    search(qtbot, page, "Erprobungsräume")
    qtmodeltester.check(page.model)
    empty = ExpertTableModel()
    qtmodeltester.check(empty)
    assert empty.data(QModelIndex()) is None
