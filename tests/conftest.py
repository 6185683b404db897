"""Shared fixtures: headless Qt, a fresh database for every test, and no test that can hang.

Databases: every test still gets its own file, but it starts as a copy of a
template built once per session (migrated and empty, or holding the demo
network), because migrating (~0.2 s) and loading the demo (~0.7 s) per test
cost most of the suite's time.

Hangs: a modal dialog nobody answers would wait forever in its own event loop.
The QMessageBox / QFileDialog / QInputDialog statics fail at once instead, and
a watchdog closes any other modal dialog or menu that stays open and fails the
test; pytest-timeout (pyproject) is the last resort with a stack dump.
"""

from __future__ import annotations

import os
import shutil
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display is needed to run the tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from egov_network.services.demo import load_demo
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.migrate import open_store

#: A modal dialog or menu open this long in exec() with nobody answering fails
#: its test. Tests answer theirs within milliseconds; the margin is for a loaded
#: machine and stays well under pytest-timeout's 60 s.
DIALOG_PATIENCE_S = 30.0


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test's platformdirs home, beside ``tmp_path``: a test listing its folder sees its own files."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(autouse=True)
def _private_dirs(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep platformdirs (database, logs, settings, the leftovers journal) in a folder of this test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


def _closed_cleanly(path: Path) -> Path:
    """``path`` after its store was disposed: one self-contained file, safe to copy."""
    leftovers = [p.name for p in path.parent.glob(f"{path.name}-*")]
    assert not leftovers, f"template {path.name} left {leftovers} behind (not checkpointed)"
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to the newest revision and holding nothing; never opened by a test."""
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    open_store(path).dispose()
    return _closed_cleanly(path)


@pytest.fixture(scope="session")
def demo_template(empty_template: Path) -> Path:
    """A migrated database holding the demo network, loaded once through the services."""
    path = empty_template.with_name("demo.sqlite")
    shutil.copyfile(empty_template, path)
    store = open_store(path)
    try:
        load_demo(Services.over(store))
    finally:
        store.dispose()
    return _closed_cleanly(path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's database lives; the file does not exist until ``store`` is used."""
    return tmp_path / "network.sqlite"


@pytest.fixture
def store(request: pytest.FixtureRequest, db_path: Path, empty_template: Path) -> Iterator[Store]:
    """This test's own database: a copy of the empty template, or of the demo one for ``demo`` tests.

    Choosing the template here (rather than loading the demo into an empty
    copy later) keeps ``store``, ``services`` and ``demo`` one database, as
    they were when the demo fixture loaded it.
    """
    wants_demo = "demo" in request.fixturenames
    template = request.getfixturevalue("demo_template") if wants_demo else empty_template
    shutil.copyfile(template, db_path)
    opened = open_store(db_path)
    yield opened
    opened.dispose()


@pytest.fixture
def services(store: Store) -> Services:
    return Services.over(store)


@pytest.fixture
def demo(services: Services) -> Services:
    """The services over a database holding the demo network (a copy of ``demo_template``)."""
    return services


@pytest.fixture
def authority(services: Services) -> int:
    """An authority to hang contacts and meetings on."""
    return services.authorities.create(
        {
            "name": "Stadt Norderstedt",
            "kind": "municipality",
            "network_role": "model_municipality",
            "ags": "01060063",
        }
    ).id


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A static dialog nobody answers would hang a headless run; make it a failure instead.

    Tests that expect a dialog patch the method themselves (their patch wins,
    being applied later).
    """

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, unexpected)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    return f"{type(widget).__name__} {widget.windowTitle()!r} {text!r}".strip()


def _shut(widget: QWidget) -> None:
    """Close a dialog or menu so the ``exec()`` waiting on it returns."""
    if isinstance(widget, QDialog):
        widget.reject()
    if widget.isVisible():
        widget.close()
    if widget.isVisible():
        widget.hide()


class ModalWatchdog:
    """Closes a modal dialog or popup menu that stays open unanswered, and remembers it as a failure.

    Its timer fires inside any event loop of the GUI thread, including the
    nested one of a dialog's ``exec()``, which is exactly where a test hangs.
    """

    def __init__(self, patience_s: float) -> None:
        self.patience_s = patience_s
        self.stuck: list[str] = []
        self._current: QWidget | None = None
        self._since = 0.0
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is not self._current:
            self._current, self._since = widget, time.monotonic()
            return
        if widget is None or time.monotonic() - self._since <= self.patience_s:
            return
        # The Python frames under this timer callback: a test that is merely
        # waiting (qtbot.waitUntil) beside a shown dialog is not stuck, one
        # whose code sits in an exec() call is.
        ours = [
            frame
            for frame in traceback.extract_stack()[:-1]
            if "/tests/" in frame.filename or "/egov_network/" in frame.filename
        ]
        if not any("exec(" in (frame.line or "") for frame in ours):
            return  # e.g. qtbot.wait(): pytest-qt's own loop.exec() is not ours
        waiting = [f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in ours]
        self.stuck.append(
            f"{_describe(widget)} stayed open {self.patience_s:.0f} s with nobody answering, opened at\n"
            + "\n".join(waiting)
        )
        self._current = None
        _shut(widget)

    def leftovers(self) -> list[str]:
        """Modal dialogs still shown when the test ends (closed here, so the next test starts clean)."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                found.append(f"{_describe(widget)} still open at the end of the test")
                _shut(widget)
        return found


@pytest.fixture(autouse=True)
def _modal_watchdog(qapp: QApplication) -> Iterator[ModalWatchdog]:
    """Fail (not hang) a test whose modal dialog or menu nobody answers."""
    watchdog = ModalWatchdog(DIALOG_PATIENCE_S)
    watchdog.timer.start()
    yield watchdog
    watchdog.timer.stop()
    problems = watchdog.stuck + watchdog.leftovers()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
