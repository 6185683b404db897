"""Shared fixtures: headless Qt, and a fresh database for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display is needed to run the tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from egov_network.services.demo import load_demo
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.migrate import open_store


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep platformdirs (database, logs, settings) inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "network.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.dispose()


@pytest.fixture
def services(store: Store) -> Services:
    return Services.over(store)


@pytest.fixture
def demo(services: Services) -> Services:
    """The services over a database holding the demo network."""
    load_demo(services)
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
    """A message box nobody answers would hang a headless run; make it a failure instead.

    Tests that expect a dialog patch the method themselves (their patch wins,
    being applied later).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
