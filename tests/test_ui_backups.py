"""File > Backups in the window: list, Back up now, Restore (the window reopens), read-only, automatic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from egov_network.services.registry import Services
from egov_network.store import backup
from egov_network.store.backup_set import backup_folder, list_backups, make_backup
from egov_network.store.database import Store
from egov_network.ui.backups_dialog import AutoBackup, BackupKeeper, BackupsDialog, ReadOnlyBackup, made_text
from egov_network.ui.main_window import MainWindow


def _close(window: MainWindow) -> None:
    for workspace in window.workspaces.values():
        if workspace.editor.is_dirty():
            workspace.editor.revert()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main.show()
    yield main
    _close(main)


def _new_contact(window: MainWindow, last_name: str) -> int:
    return window.undoable.create(
        window.services.contacts, {"first_name": "Erika", "last_name": last_name}, "New contact"
    )


def _cells(dialog: BackupsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_the_file_menu_opens_the_list_with_date_size_counts_and_reason(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    make_backup(db_path, reason="manual")
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    made, size, contacts, authorities, meetings, reason = _cells(dialog, 0)
    assert made == made_text(list_backups(db_path)[0])
    contact_count = window.services.contacts.count_all()
    assert contacts == str(contact_count) and int(authorities) > 0 and int(meetings) > 0
    assert size.endswith(" kB") and "." in size  # 0.8 MB of demo network
    assert reason == "made by hand"
    assert dialog.restore_button.isEnabled() and dialog.read_only_button.isEnabled()
    dialog.close()


def test_back_up_now_runs_in_a_worker_and_lists_the_new_backup(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    dialog = window.show_backups()
    assert dialog.table.rowCount() == 0 and "No backups yet" in dialog.status.text()
    task = dialog.back_up_now()
    assert not dialog.backup_button.isEnabled()  # one backup at a time
    assert task.wait(20_000)
    assert task.outcome == "succeeded"
    assert dialog.table.rowCount() == 1
    assert "made and verified" in dialog.status.text()
    assert dialog.backup_button.isEnabled()
    [info] = list_backups(db_path)
    assert info.reason == "manual"
    dialog.close()


def test_a_failed_verification_is_shown_in_the_dialog(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "verify_copy", lambda original, copy: "rows differ in contact")
    dialog = window.show_backups()
    task = dialog.back_up_now()
    assert task.wait(20_000)
    assert "The backup failed" in dialog.status.text() and "could not be verified" in dialog.status.text()
    assert dialog.table.rowCount() == 0
    dialog.close()


def test_restore_asks_naming_the_date_then_reopens_the_window_on_the_restored_file(
    qtbot, demo: Services, store: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    before = demo.contacts.count_all()
    saved = make_backup(db_path, reason="manual")
    _new_contact(window, "Nach-der-Sicherung")
    assert demo.contacts.count_all() == before + 1
    replaced: list[MainWindow] = []
    window.replaced.connect(replaced.append)
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = window.show_backups()
    dialog.table.selectRow(0)
    # An automatic backup still copying when the user restores: the restore waits for it.
    auto = AutoBackup(window, interval_ms=10_000_000)
    auto.changes = 1
    assert auto.run_if_changed() is not None
    new = dialog.restore_selected()
    assert new is not None and replaced == [new]
    try:
        assert made_text(saved) in asked[0]
        assert new.isVisible() and not window.isVisible()
        assert new.services.contacts.count_all() == before  # the window shows the restored file
        assert new.services.store is not store
        assert "Restored the backup" in new.statusBar().currentMessage()
        reasons = [info.reason for info in list_backups(db_path)]
        assert reasons == ["before-restore", "automatic", "manual"]  # the file before it was backed up first
        assert list_backups(db_path)[0].counts["contact"] == before + 1
        assert list_backups(db_path)[1].counts["contact"] == before + 1
        assert QApplication.quitOnLastWindowClosed()  # restored after the swap
    finally:
        _close(new)
        new.services.store.dispose()


def test_restore_cancelled_changes_nothing(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(db_path, reason="manual")
    _new_contact(window, "Bleibt")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    dialog = window.show_backups()
    assert dialog.restore_selected() is None
    assert window.isVisible()
    assert [info.reason for info in list_backups(db_path)] == ["manual"]
    dialog.close()


def test_a_backup_opens_read_only_to_look_something_up(qtbot, window: MainWindow, db_path: Path) -> None:
    _new_contact(window, "Nachschlagbar")
    make_backup(db_path, reason="manual")
    before = list_backups(db_path)[0].path.read_bytes()
    dialog = window.show_backups()
    viewer = dialog.open_read_only()
    assert isinstance(viewer, ReadOnlyBackup)
    assert "read-only" in viewer.windowTitle() and "Backup of" in viewer.windowTitle()
    viewer.field.setText("Nachschlagbar")
    viewer.search()
    texts = [viewer.results.item(row).text() for row in range(viewer.results.count())]
    assert any("Nachschlagbar" in text for text in texts)
    assert "Nachschlagbar" in viewer.details.toPlainText()  # the first hit's fields
    with pytest.raises(Exception, match="readonly"):
        viewer.services.contacts.create({"first_name": "Nicht", "last_name": "Erlaubt"})
    viewer.close()
    dialog.close()
    assert list_backups(db_path)[0].path.read_bytes() == before  # not a byte changed


def test_show_folder_opens_the_backup_folder(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.show_backups()
    dialog.folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [backup_folder(db_path)]
    assert backup_folder(db_path).stat().st_mode & 0o777 == 0o700
    dialog.close()


def test_automatic_backup_runs_in_a_worker_only_after_changes(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    auto = AutoBackup(window, interval_ms=10_000_000)
    assert auto.run_if_changed() is None  # nothing changed yet
    _new_contact(window, "Automatisch")
    task = auto.run_if_changed()
    assert task is not None and task.wait(20_000) and task.outcome == "succeeded"
    [info] = list_backups(db_path)
    assert info.reason == "automatic" and auto.changes == 0
    assert "Backup made" in window.statusBar().currentMessage()
    assert auto.run_if_changed() is None  # nothing new since
    auto.stop()


def test_a_failing_automatic_backup_is_shown(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "verify_copy", lambda original, copy: "rows differ in contact")
    auto = AutoBackup(window, interval_ms=10_000_000)
    _new_contact(window, "Fehlschlag")
    task = auto.run_if_changed()
    assert task is not None and task.wait(20_000)
    boxes = [box for box in window.findChildren(QMessageBox) if box.objectName() == "auto_backup_failed"]
    assert boxes and boxes[0].isVisible() and "could not be verified" in boxes[0].text()
    assert auto.changes == 1  # still to be backed up
    boxes[0].close()
    auto.stop()


def test_closing_after_changes_makes_a_backup_with_visible_progress(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    keeper = BackupKeeper(window)
    _new_contact(window, "Beim-Schliessen")
    shown: list[str] = []

    def note_progress() -> None:
        shown.extend(d.labelText() for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog))

    timer = QTimer()
    timer.timeout.connect(note_progress)
    timer.start(1)
    assert keeper.at_exit()
    timer.stop()
    [info] = list_backups(db_path)
    assert info.reason == "automatic"
    assert info.counts["contact"] == window.services.contacts.count_all()
    assert any("before closing" in text for text in shown)


def test_closing_without_changes_makes_no_backup(qtbot, window: MainWindow, db_path: Path) -> None:
    keeper = BackupKeeper(window)
    assert keeper.at_exit()
    assert list_backups(db_path) == []


def test_a_failing_backup_at_close_is_said(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "verify_copy", lambda original, copy: "rows differ in contact")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    keeper = BackupKeeper(window)
    _new_contact(window, "Geht-nicht")
    assert not keeper.at_exit()
    assert warned and "could not be verified" in warned[0]
