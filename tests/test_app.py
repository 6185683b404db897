"""The desktop program opens on a database, shows which one, and closes cleanly."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from egov_network import app as app_module
from egov_network.services.registry import Services
from egov_network.ui.errors import ExceptionHook, log, setup_logging
from egov_network.ui.main_window import MainWindow


def test_window_shows_the_database_and_its_workspaces(
    qtbot, services: Services, db_path: Path, authority: int, tmp_path: Path
) -> None:
    window = MainWindow(services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert str(db_path) in window.windowTitle()
    assert str(db_path) in window.location_label.text()
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Contacts",
        "Member authorities",
        "Expert topics",
        "Meetings",
        "Open action items",
        "Who knows what?",
        "Lists of people",
    ]
    assert window.workspaces["authority"].model.rowCount() == 1


def test_window_closes_and_stops_listening(qtbot, services: Services, tmp_path: Path) -> None:
    window = MainWindow(services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    services.topics.create({"name": "Servicekonten"})  # no listener left to touch a closed window


def test_open_session_on_a_named_file(tmp_path: Path) -> None:
    args = app_module.parse_args(["--database", str(tmp_path / "mine.sqlite")])
    session = app_module.open_session(args)
    try:
        assert not session.demo
        assert session.store.path == tmp_path / "mine.sqlite"
    finally:
        session.close()
    assert (tmp_path / "mine.sqlite").exists()


def test_default_database_lives_in_the_user_data_folder(home: Path) -> None:
    session = app_module.open_session(app_module.parse_args([]))
    try:
        assert session.store.path is not None
        assert session.store.path.is_relative_to(home / "xdg-data")
        assert stat.S_IMODE(session.store.path.parent.stat().st_mode) == 0o700
    finally:
        session.close()


def test_qt_arguments_pass_through() -> None:
    args = app_module.parse_args(["-platform", "offscreen", "--demo"])
    assert args.demo


def test_unopenable_database_shows_a_message_and_exits_2(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file that is not a database gets the damaged-file dialog (here: Quit); a folder a message.
    bogus = tmp_path / "kaputt.sqlite"
    bogus.write_bytes(b"\x00garbage" * 1000)
    asked: list[str] = []
    monkeypatch.setattr(
        app_module, "ask_about", lambda error, parent=None: asked.append(error.text()) and False
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.main(["egov-network", "--database", str(bogus)]) == 2
    assert len(asked) == 1 and "kaputt.sqlite" in asked[0] and not shown
    assert bogus.read_bytes() == b"\x00garbage" * 1000
    assert app_module.main(["egov-network", "--database", str(tmp_path)]) == 2
    assert len(shown) == 1 and "is a folder" in shown[0]


def test_unexpected_exception_is_logged_and_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(tmp_path / "logs")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.extend([box.informativeText(), box.detailedText()]) or 0
    )
    hook = ExceptionHook(log_file)
    try:
        raise ValueError("kaputt bei Frau Beispiel")
    except ValueError:
        hook(*sys.exc_info())
    for handler in log.handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    # The log says what and where, not the text: that may name people.
    assert "ValueError" in logged and "test_unexpected_exception_is_logged_and_shown" in logged
    assert "Beispiel" not in logged
    # The person at the screen sees the whole message, and where the log is.
    assert shown and str(log_file) in shown[0] and "kaputt bei Frau Beispiel" in shown[1]
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()


def test_demo_session_is_a_temporary_copy_removed_at_exit(home: Path) -> None:
    session = app_module.open_session(app_module.parse_args(["--demo"]))
    folder = session.temp_dir
    try:
        assert session.demo and folder is not None and folder.is_dir()
        assert Services.over(session.store).authorities.count_all() >= 20
    finally:
        session.close()
    assert not folder.exists()
    assert not (home / "xdg-data").exists(), "the user's own data folder must stay untouched"


def test_python_dash_m_starts_the_desktop_program_entry() -> None:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-m", "egov_network", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("egov-network ")
