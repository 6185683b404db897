"""The damaged-file dialog, headless: its buttons clicked in code, on real damaged files (no exec())."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from egov_network import app as app_module
from egov_network.services.registry import Services
from egov_network.store.backup_set import list_backups, make_backup
from egov_network.store.health import DatabaseFileError, Problem
from egov_network.store.migrate import open_store
from egov_network.ui.damaged_dialog import DamagedFileDialog, HealthWatch, damage_suspected, mark_suspected
from tests.test_damaged import HOSTILE, TOPICS, build, damage


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refusal(path: Path) -> DatabaseFileError:
    with pytest.raises(DatabaseFileError) as caught:
        open_store(path)
    return caught.value


def topics_in(path: Path) -> int:
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM topic").scalar() or 0)
    finally:
        store.dispose()


@pytest.fixture
def damaged_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / HOSTILE
    build(path, topics=TOPICS)
    make_backup(path, reason="manual")
    store = open_store(path)
    Services.over(store).topics.create({"name": "Nach der Sicherung"})
    store.dispose()
    damage(path)
    return path


def aside_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def test_the_dialog_says_what_is_wrong_and_restores_the_newest_backup(
    qtbot, damaged_with_backup: Path
) -> None:
    path = damaged_with_backup
    before = digest(path)
    dialog = DamagedFileDialog(refusal(path))
    qtbot.addWidget(dialog)
    assert "is damaged" in dialog.message.text()
    assert "damaged-" in dialog.advice.text()
    newest = list_backups(path)[0]
    assert f"Topics: {TOPICS}" in dialog.backup_label.text()
    assert newest.made_at.strftime("%Y") in dialog.backup_label.text()
    assert not dialog.restore_button.isHidden() and not dialog.rescue_button.isHidden()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    # The damaged file is kept, byte for byte, under a new name; the backup's data is at the old one.
    [aside] = aside_files(path)
    assert dialog.aside == aside and digest(aside) == before
    assert topics_in(path) == TOPICS


def test_rescue_shows_the_counts_before_the_rescued_data_is_used(qtbot, damaged_with_backup: Path) -> None:
    path = damaged_with_backup
    before = digest(path)
    dialog = DamagedFileDialog(refusal(path))
    qtbot.addWidget(dialog)
    dialog.rescue_button.click()
    qtbot.waitUntil(lambda: not dialog.use_button.isHidden(), timeout=30_000)
    assert dialog.rescued is not None
    rescued = dialog.rescued.counts["topic"]
    assert TOPICS - 20 < rescued <= TOPICS + 1
    assert f"Topics: {rescued}" in dialog.status.text()
    assert dialog.rescue_button.isHidden()
    # Nothing changed yet: the user's file is where it was, the rescue beside it.
    assert digest(path) == before and not aside_files(path) and dialog.rescued.path.is_file()
    dialog.use_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [aside] = aside_files(path)
    assert digest(aside) == before
    assert topics_in(path) == rescued


def test_quit_changes_nothing(qtbot, damaged_with_backup: Path) -> None:
    path = damaged_with_backup
    before = sorted((p.name, digest(p)) for p in path.parent.iterdir() if p.is_file())
    dialog = DamagedFileDialog(refusal(path))
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert sorted((p.name, digest(p)) for p in path.parent.iterdir() if p.is_file()) == before


def test_a_newer_file_says_update_and_offers_neither_backup_nor_rescue(qtbot, tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "neu.sqlite"
    build(path, topics=3)
    make_backup(path, reason="manual")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    error = refusal(path)
    assert error.problem is Problem.NEWER
    dialog = DamagedFileDialog(error)
    qtbot.addWidget(dialog)
    assert "newer version" in dialog.message.text() and "newest version" in dialog.advice.text()
    assert dialog.restore_button.isHidden() and dialog.rescue_button.isHidden()


def test_a_file_that_is_not_a_database_offers_no_rescue(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "liste.sqlite"
    path.write_text("Name;E-Mail\n" * 500, encoding="utf-8")
    dialog = DamagedFileDialog(refusal(path))
    qtbot.addWidget(dialog)
    assert "not a database" in dialog.message.text()
    assert dialog.rescue_button.isHidden() and dialog.restore_button.isHidden()
    assert "no verified backup" in dialog.backup_label.text()


def test_the_program_opens_the_restored_file_after_the_dialog(
    qtbot, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[DatabaseFileError] = []

    def answer(error: DatabaseFileError, parent: QWidget | None = None) -> bool:
        asked.append(error)
        dialog = DamagedFileDialog(error)
        qtbot.addWidget(dialog)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
        return True

    monkeypatch.setattr(app_module, "ask_about", answer)
    session = app_module.open_with_way_out(app_module.parse_args(["--database", str(damaged_with_backup)]))
    assert session is not None and asked and asked[0].problem is Problem.DAMAGED
    try:
        with session.store.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM topic").scalar() == TOPICS
    finally:
        session.close()
    monkeypatch.setattr(app_module, "ask_about", lambda error, parent=None: False)
    damage(damaged_with_backup)
    assert (
        app_module.open_with_way_out(app_module.parse_args(["--database", str(damaged_with_backup)])) is None
    )


def test_the_background_check_tells_the_user_about_damage_in_words(
    qtbot, damaged_with_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    watch = HealthWatch(parent, damaged_with_backup, settings)
    assert watch.due()
    task = watch.start()
    assert task is not None
    qtbot.waitUntil(lambda: watch.problems is not None, timeout=30_000)
    assert watch.problems and shown and "found damage" in shown[0]
    assert not watch.due()  # a week until the next full check
    assert watch.start() is None  # a small file: the start already read every page


def test_damage_seen_while_open_makes_the_next_start_check_the_whole_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_damaged import break_an_index

    path = tmp_path / HOSTILE
    build(path, topics=30)
    break_an_index(path)
    monkeypatch.setattr(QMessageBox, "open", lambda box: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    watch = HealthWatch(parent, path)
    watch.start()
    qtbot.waitUntil(lambda: watch.problems is not None, timeout=30_000)
    assert watch.problems and damage_suspected(path)
    args = app_module.parse_args(["--database", str(path)])
    with pytest.raises(DatabaseFileError) as caught:
        app_module.open_session(args)  # the whole integrity_check, not the quick one
    assert caught.value.problem is Problem.DAMAGED
    mark_suspected(path, False)
    app_module.open_session(args).close()  # the quick check alone lets it open


def test_a_damaged_page_hit_while_working_is_explained_in_words(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from egov_network.ui.errors import ExceptionHook

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    hook = ExceptionHook(tmp_path / "log.txt")
    seen: list[bool] = []
    hook.on_damage = lambda: seen.append(True)
    error = DatabaseError("SELECT 1", None, sqlite3.DatabaseError("database disk image is malformed"))
    hook(type(error), error, None)
    assert seen == [True]
    assert shown and "database file is damaged" in shown[0] and "backup" in shown[0]


def test_closing_the_dialog_during_a_rescue_cancels_it_and_leaves_nothing(
    qtbot, damaged_with_backup: Path
) -> None:
    path = damaged_with_backup
    before = sorted(p.name for p in path.parent.iterdir())
    dialog = DamagedFileDialog(refusal(path))
    qtbot.addWidget(dialog)
    task = dialog.start_rescue()
    dialog.reject()  # Esc or the close button while the worker runs
    assert not task.is_running() and dialog.result() == QDialog.DialogCode.Rejected
    after = sorted(p.name for p in path.parent.iterdir())
    # Cancelled at its first step, or (on a fast machine) done already: never a half-written file.
    assert not any(name.endswith(".partial") or name.startswith(".rescue-") for name in after)
    if task.outcome == "cancelled":
        assert after == before
    else:
        assert task.outcome == "succeeded" and len(after) == len(before) + 1
