"""A scanning filter on a very long list: the first rows at once, the rest from a worker.

The demo network stands in for a million contacts: the limits that make a
list "long" are lowered, so the window takes the same path it takes there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from egov_network.services import queries
from egov_network.services.registry import Services
from egov_network.ui import table_model
from egov_network.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(demo, settings=settings)
    main.show()
    contacts = main.workspaces["contact"]
    total = contacts.model.rowCount()
    # The demo's contacts count as a very long list, and a first look checks only a few.
    monkeypatch.setattr(type(contacts.model.source), "scan_limit", 1)
    monkeypatch.setattr(queries, "CHECK_LIMIT", 1)
    monkeypatch.setattr(table_model, "STREAM_LIMIT", total // 2)
    monkeypatch.setattr(table_model, "FIRST_ROWS", 3)
    monkeypatch.setattr(queries, "START_RUNS", (4,))
    yield main
    assert main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_first_rows_show_at_once_and_the_rest_follows(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    query = contacts.model.source
    expected = query.ids("e", "last_name")
    assert len(expected) > 4
    contacts.filter.setText("e")
    contacts.apply_filter()
    # What the window shows before the worker is done: the first matches, in order, said so.
    first = [contacts.model.id_at(row) for row in range(contacts.model.rowCount())]
    assert first == expected[: len(first)] and len(first) < len(expected)
    assert "still searching" in contacts.count_label.toolTip()
    assert contacts.count_label.text() == f"{len(first)} rows…"
    qtbot.waitUntil(contacts.model.is_complete, timeout=5000)
    shown = [contacts.model.id_at(row) for row in range(contacts.model.rowCount())]
    assert shown == expected
    assert contacts.count_label.text() == f"{len(expected)} rows"


def test_a_newer_filter_drops_the_late_rows_of_the_earlier_one(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    query = contacts.model.source
    contacts.filter.setText("e")
    contacts.apply_filter()
    assert not contacts.model.is_complete()
    contacts.filter.setText("e zzzzqq")
    contacts.apply_filter()
    qtbot.wait(300)  # the first worker delivers meanwhile
    qtbot.waitUntil(contacts.model.is_complete, timeout=5000)
    assert contacts.model.rowCount() == len(query.ids("e zzzzqq")) == 0


def test_typing_on_narrows_what_is_still_to_come(qtbot, window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    query = contacts.model.source
    contacts.filter.setText("e")
    contacts.apply_filter()
    contacts.filter.setText("er")  # grown while the rest of "e" is being checked
    contacts.apply_filter()
    qtbot.waitUntil(contacts.model.is_complete, timeout=5000)
    assert [contacts.model.id_at(row) for row in range(contacts.model.rowCount())] == query.ids(
        "er", "last_name"
    )


def test_every_listed_id_is_there_for_an_action_at_once(window: MainWindow) -> None:
    contacts = window.workspaces["contact"]
    query = contacts.model.source
    contacts.filter.setText("a")
    contacts.apply_filter()
    assert not contacts.model.is_complete()
    # "Write to everyone listed" does not wait for the worker, and gets everyone.
    assert contacts.model.ids() == query.ids("a", "last_name")
    assert contacts.model.is_complete()


def test_scrolling_through_a_long_list_keeps_a_few_pages_and_shows_every_row(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(table_model, "PAGE", 4)
    monkeypatch.setattr(table_model, "KEPT_ROWS", 8)
    query = queries.QUERIES["contact"](demo.store)
    model = table_model.LazyTableModel(query)
    expected = query.rows(query.ids())
    for row in range(model.rowCount()):
        ident = model.id_at(row)
        shown = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        assert shown == (expected[ident][0] or "")
        assert len(model._rows) <= 8 + 4  # what a scroll holds on to: a few pages
