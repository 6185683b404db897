"""Export and import as a coordinator runs them from the window: files written, store changed, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from egov_network.domain.records import ContactRecord
from egov_network.exchange.imports import RowAction
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui import export_dialog, import_dialog
from egov_network.ui.import_dialog import ImportDialog, MappingDialog, run_import
from egov_network.ui.import_preview_model import ACTION, WHY
from egov_network.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo: Services, settings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=settings)
    main.show()
    yield main
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def with_email(services: Services, email: str) -> list[ContactRecord]:
    """The contacts the contacts list shows when filtered by ``email``."""
    return [services.contacts.get(i) for i in QUERIES["contact"](services.store).ids(email)]


def choose_export(monkeypatch: pytest.MonkeyPatch, label_part: str, target: Path) -> None:
    """Answer the export dialog with the entry containing ``label_part``, the save dialog with ``target``."""

    def exec_(dialog: export_dialog.ExportDialog) -> int:
        for button in dialog.group.buttons():
            if label_part in button.text():
                assert button.isEnabled(), button.text()
                button.setChecked(True)
                return 1
        raise AssertionError(f"no export entry with {label_part!r}")

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    monkeypatch.setattr("egov_network.ui.export_dialog.ask_target", lambda *_a: target)


def test_export_selected_contacts_writes_exactly_them(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    contacts = window.workspaces["contact"]
    contacts.view.selectRow(0)
    contacts.view.selectionModel().select(
        contacts.model.index(1, 0),
        contacts.view.selectionModel().SelectionFlag.Select
        | contacts.view.selectionModel().SelectionFlag.Rows,
    )
    chosen = set(contacts.selected_ids())
    assert len(chosen) == 2
    target = tmp_path / "auswahl.xlsx"
    choose_export(monkeypatch, "Selected contacts (2)", target)
    window.export(selection=True)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in sheet[1]]
    ids = {row[header.index("ID")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert ids == chosen
    assert "2" in window.statusBar().currentMessage()


def test_export_of_the_current_meeting_is_offered_and_written(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    meetings = window.workspaces["meeting"]
    window.navigation.setCurrentRow(3)
    meetings.view.selectRow(0)
    target = tmp_path / "treffen.xlsx"
    choose_export(monkeypatch, "sign-in sheet", target)
    window.export()
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 3


def test_an_unwritable_target_is_reported_and_no_file_appears(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "liste.xlsx"
    choose_export(monkeypatch, "All contacts", target)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.export()
    assert warnings and "liste.xlsx" in warnings[0]
    assert not target.parent.exists()


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_preview_shows_decisions_and_the_import_is_one_undo_step(
    qtbot,
    window: MainWindow,
    demo: Services,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    source = write_csv(
        tmp_path / "liste.csv",
        "Vorname;Nachname;E-Mail;Behörde\n"
        "Anna;Özdemir;anna.oezdemir@norderstedt.de;Norderstedt\n"
        "Jörg;Weiß;kaputt@;Stadt Norderstedt\n"
        "Anna;Özdemir;ANNA.OEZDEMIR@norderstedt.de;Norderstedt\n",
    )
    before = demo.contacts.count_all()
    dialog = ImportDialog(demo, source, settings, window)
    assert dialog.wait_loaded()
    actions = [row.action for row in dialog.preview.rows]  # type: ignore[union-attr]
    assert actions == [RowAction.CREATE, RowAction.SKIP, RowAction.SKIP]
    assert "email" in dialog.table.model().index(1, 4).data().lower()
    assert "1 to create" in dialog.summary.text()

    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: infos.append(text))
    run_import(window, demo, window.undoable, settings, source)
    assert demo.contacts.count_all() == before + 1
    [created] = with_email(demo, "anna.oezdemir@norderstedt.de")
    assert created.last_name == "Özdemir"
    assert infos and infos[0].startswith("1 created")
    assert window.workspaces["contact"].model.row_of(created.id) is not None

    window.undo_stack.undo()
    assert demo.contacts.count_all() == before
    window.undo_stack.redo()
    assert demo.contacts.count_all() == before + 1


def test_an_update_says_which_fields_it_changes(
    window: MainWindow, demo: Services, settings: QSettings, tmp_path: Path
) -> None:
    person = demo.contacts.create({"last_name": "Zweig", "first_name": "Ida", "email": "ida@example.org"})
    source = write_csv(
        tmp_path / "neu.csv",
        f"ID;Nachname;Vorname;E-Mail;Funktion\n{person.id};Zweig;Ida;ida@example.org;CDO\n",
    )
    dialog = ImportDialog(demo, source, settings, window)
    assert dialog.wait_loaded()
    assert dialog.preview is not None and dialog.preview.rows[0].action == RowAction.UPDATE
    assert dialog.table.model().index(0, WHY).data() == "Changes: Function."


def test_a_file_without_a_last_name_column_says_so_in_words(
    window: MainWindow, demo: Services, settings: QSettings, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "ohne.csv", "Vorname;E-Mail\nAnna;anna@example.org\n")
    dialog = ImportDialog(demo, source, settings, window)
    assert dialog.wait_loaded()
    summary = dialog.summary.text()
    assert "No column holds the last name; new contacts cannot be created." in summary
    assert "last_name" not in summary
    assert not dialog.import_button.isEnabled()


def open_decision(qtbot, dialog: ImportDialog, row: int) -> QComboBox:
    """Click a row's decision as a user would: the one combo box of the table opens its list."""
    table = dialog.table
    index = table.model().index(row, ACTION)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert table.findChildren(QComboBox) == [combo]  # an editor only for the cell being edited
    return combo


def pick(qtbot, combo: QComboBox, label: str) -> None:
    """Click ``label`` in the open list of ``combo``."""
    assert combo.view().isVisible()
    items = combo.view()
    item = items.model().index(combo.findText(label), 0)
    assert item.isValid(), [combo.itemText(i) for i in range(combo.count())]
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualRect(item).center())


def test_a_rows_decision_can_be_changed_in_the_preview(
    qtbot, demo: Services, settings: QSettings, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "l.csv", "First name,Last name,Email\nMax,Muster,max@example.org\n")
    dialog = ImportDialog(demo, source, settings)
    assert dialog.wait_loaded()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.table.findChildren(QComboBox)
    combo = open_decision(qtbot, dialog, 0)
    assert combo.accessibleName() == "Action for row 2"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Create", "Skip"]
    pick(qtbot, combo, "Skip")
    assert dialog.preview is not None and dialog.preview.rows[0].action == RowAction.SKIP
    assert dialog.table.model().index(0, ACTION).data() == "Skip"
    assert "0 to create" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    # Clicking elsewhere closes the editor; on the decision cell the keyboard
    # takes the first letter of a choice.
    table = dialog.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 2)).center()
    )
    table.setCurrentIndex(table.model().index(0, ACTION))
    qtbot.keyClick(table, Qt.Key.Key_C)
    assert dialog.preview.rows[0].action == RowAction.CREATE
    assert dialog.import_button.isEnabled()


def test_a_row_that_cannot_be_imported_offers_no_choice_and_is_marked(
    qtbot, demo: Services, settings: QSettings, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "l.csv", "First name,Last name,Email\nMax,Muster,kaputt@\n")
    dialog = ImportDialog(demo, source, settings)
    assert dialog.wait_loaded()
    model = dialog.table.model()
    assert not model.flags(model.index(0, ACTION)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, ACTION).data() == "Skip"
    why = model.index(0, WHY)
    assert "email" in why.data().lower() and why.data(Qt.ItemDataRole.ToolTipRole) == why.data()
    # Red, and a sign beside the words: colour is not the only signal.
    assert why.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert why.data(Qt.ItemDataRole.DecorationRole) is not None


def select_rows(dialog: ImportDialog, first: int, last: int) -> None:
    model = dialog.table.model()
    dialog.table.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, 0)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )


def choose_for_selection(dialog: ImportDialog, label: str) -> None:
    """Open the context menu of the preview and click ``label`` (it must be enabled)."""
    menu = dialog.table.decision_menu
    menu.popup(dialog.table.viewport().mapToGlobal(QPoint(10, 10)))
    [chosen] = [a for a in menu.actions() if a.text().replace("&", "") == label]
    assert chosen.isEnabled(), label
    chosen.trigger()
    menu.hide()


def test_many_rows_take_one_decision_from_the_menu(
    qtbot, demo: Services, settings: QSettings, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "l.csv",
        "First name,Last name,Email\n"
        "Max,Muster,max@example.org\n"
        "Eva,Muster,eva@example.org\n"
        "Jo,Muster,kaputt@\n"
        "Ida,Muster,ida@example.org\n",
    )
    dialog = ImportDialog(demo, source, settings)
    assert dialog.wait_loaded()
    assert not dialog.decision_button.isEnabled()
    select_rows(dialog, 0, 2)
    assert dialog.decision_button.isEnabled()
    assert dialog.decision_button.menu() is dialog.table.decision_menu
    choose_for_selection(dialog, "Skip")
    assert dialog.preview is not None
    assert [row.action for row in dialog.preview.rows] == [RowAction.SKIP] * 3 + [RowAction.CREATE]
    assert "1 to create, 0 to update, 3 to skip." in dialog.summary.text()

    # Row 3 cannot be created: it keeps "Skip", and the summary says so.
    choose_for_selection(dialog, "Create")
    assert [row.action for row in dialog.preview.rows] == [RowAction.CREATE] * 2 + [
        RowAction.SKIP,
        RowAction.CREATE,
    ]
    assert "1 of the selected rows do not allow this" in dialog.summary.text()
    # No selected row can be updated: the menu does not offer it.
    dialog.table.decision_menu.popup(QPoint(0, 0))
    assert not dialog.table.decision_actions[RowAction.UPDATE].isEnabled()
    dialog.table.decision_menu.hide()


def test_a_long_file_opens_without_a_widget_per_row_and_its_decisions_count(
    qtbot,
    window: MainWindow,
    demo: Services,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    rows = 20_000
    source = write_csv(
        tmp_path / "lang.csv",
        "Vorname;Nachname;E-Mail\n" + "".join(f"Vor{i};Nach{i};p{i}@example.org\n" for i in range(rows)),
    )
    before = demo.contacts.count_all()

    def decide(dialog: ImportDialog) -> int:
        assert dialog.wait_loaded()
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.model().rowCount() == rows
        assert f"{dialog.locale().toString(rows)} to create" in dialog.summary.text()  # 20,000 or 20.000
        # The viewport, scroll bars and headers: a fixed few, not ~10 per row as with a combo box per row.
        assert len(table.findChildren(QWidget)) < 40
        assert not table.findChildren(QComboBox)
        # One row far down skipped through its cell, the first hundred through the menu.
        pick(qtbot, open_decision(qtbot, dialog, 12_345), "Skip")
        select_rows(dialog, 0, 99)
        choose_for_selection(dialog, "Skip")
        assert len(table.findChildren(QComboBox)) <= 1
        assert f"{dialog.locale().toString(rows - 101)} to create" in dialog.summary.text()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", decide)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: infos.append(text))
    run_import(window, demo, window.undoable, settings, source)
    assert demo.contacts.count_all() == before + rows - 101
    assert not with_email(demo, "p12345@example.org")
    assert not with_email(demo, "p99@example.org")
    assert with_email(demo, "p100@example.org")
    assert infos and infos[0].startswith(f"{rows - 101} created, 0 updated, 101 skipped")


def test_column_mapping_can_be_fixed_and_is_remembered(
    qtbot, demo: Services, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "l.csv", "Vorname;Zuname;Elektropost\nErika;Mustermann;erika@example.org\n")
    dialog = ImportDialog(demo, source, settings)
    assert dialog.wait_loaded()
    assert dialog.preview is not None and dialog.preview.rows[0].action == RowAction.SKIP

    def fix(self: MappingDialog) -> int:
        self.combos["Zuname"].setCurrentIndex(self.combos["Zuname"].findData("last_name"))
        self.combos["Elektropost"].setCurrentIndex(self.combos["Elektropost"].findData("email"))
        return 1

    monkeypatch.setattr(MappingDialog, "exec", fix)
    dialog.edit_mapping()
    assert dialog.preview.rows[0].action == RowAction.CREATE
    again = ImportDialog(demo, source, settings)
    assert again.wait_loaded()
    assert again.preview is not None and again.preview.rows[0].action == RowAction.CREATE


def test_a_broken_file_gets_a_clear_message_and_changes_nothing(
    qtbot,
    window: MainWindow,
    demo: Services,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    said: list[str] = []

    def look(dialog: ImportDialog) -> int:
        assert dialog.wait_loaded()
        said.append(dialog.summary.text())
        assert not dialog.import_button.isEnabled()
        return 1  # even an accepted dialog imports nothing without a preview

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", look)
    before = demo.contacts.count_all()
    run_import(window, demo, window.undoable, settings, broken)
    assert demo.contacts.count_all() == before
    assert not window.undo_stack.canUndo()
    assert said and "kaputt.xlsx" in said[0] and "damaged" in said[0]
