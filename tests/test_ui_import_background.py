"""The import preview reads in the background: progress, Stop, and re-deciding without reading again."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from egov_network.exchange.imports import FileRows
from egov_network.services.registry import Services
from egov_network.ui import import_dialog
from egov_network.ui.import_dialog import ImportDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def people(path: Path, rows: int) -> Path:
    path.write_text(
        "Vorname;Nachname;E-Mail;Behörde\n"
        + "".join(f"Vor{i};Nach{i};p{i}@example.org;Neustadt\n" for i in range(rows)),
        encoding="utf-8",
    )
    return path


def counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every reading of a file by the dialog, by worksheet."""
    reads: list[str | None] = []
    real = import_dialog.read_file_rows

    def read(path: Path, sheet: str | None = None, *args: Any, **kwargs: Any) -> FileRows:
        reads.append(sheet)
        return real(path, sheet, *args, **kwargs)

    monkeypatch.setattr(import_dialog, "read_file_rows", read)
    return reads


def test_the_preview_shows_progress_while_reading_and_stop_leaves_nothing_written(
    qtbot, services: Services, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = people(tmp_path / "viele.csv", 50)
    release = threading.Event()
    real = import_dialog.read_file_rows

    def slow_read(path: Path, sheet: str | None = None, *args: Any, **kwargs: Any) -> FileRows:
        # Reports like a long file, then waits until the test has looked (or the user stopped).
        report = kwargs["progress"]
        for n in range(1000, 1_000_000, 1000):
            report(n)  # raises Cancelled once Stop was pressed
            if release.wait(0.01):
                break
        return real(path, sheet, *args, **kwargs)

    monkeypatch.setattr(import_dialog, "read_file_rows", slow_read)
    before = services.contacts.count_all()
    dialog = ImportDialog(services, source, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The window answers while the file is read: the bar counts rows, Stop is offered.
    qtbot.waitUntil(lambda: "rows read" in dialog.summary.text(), timeout=10_000)
    assert "rows read" in dialog.progress.format()
    assert dialog.is_loading() and dialog.progress.isVisible() and dialog.stop_button.isVisible()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.task.cancelled, timeout=10_000):  # type: ignore[union-attr]
        dialog.stop_button.click()
    assert not dialog.is_loading() and not dialog.progress.isVisible()
    assert "stopped" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert services.contacts.count_all() == before
    # Still usable: another choice reads again and decides.
    release.set()
    dialog.create_authorities.setChecked(True)
    assert dialog.wait_loaded(10_000)
    assert dialog.preview is not None and len(dialog.preview.rows) == 50
    assert dialog.import_button.isEnabled() and "50 to create" in dialog.summary.text()


def test_changing_kind_mapping_or_option_decides_again_without_reading_the_file(
    qtbot, services: Services, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = counting_reads(monkeypatch)
    dialog = ImportDialog(services, people(tmp_path / "l.csv", 30), settings)
    qtbot.addWidget(dialog)
    assert dialog.wait_loaded()
    first = dialog.preview
    assert first is not None and "Neustadt" in first.missing_authorities()
    dialog.create_authorities.setChecked(True)
    assert dialog.wait_loaded() and dialog.preview is not first
    assert dialog.preview is not None and dialog.preview.create_missing_authorities
    dialog.kind.setCurrentIndex(dialog.kind.findData("authorities"))
    assert dialog.wait_loaded() and dialog.preview is not None and dialog.preview.kind == "authorities"
    dialog.kind.setCurrentIndex(dialog.kind.findData("contacts"))
    assert dialog.wait_loaded()
    dialog.reload(mapping={"Vorname": None, "Nachname": "last_name", "E-Mail": "email", "Behörde": None})
    assert dialog.wait_loaded() and dialog.preview is not None
    assert "first_name" not in dialog.preview.rows[0].values
    assert reads == [None]  # read once, decided five times


def test_another_worksheet_is_read_once_and_kept(
    qtbot, services: Services, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Erste"
    first.append(["Nachname", "E-Mail"])
    first.append(["Eins", "eins@example.org"])
    second = workbook.create_sheet("Zweite")
    second.append(["Nachname", "E-Mail"])
    second.append(["Zwei", "zwei@example.org"])
    second.append(["Drei", "drei@example.org"])
    path = tmp_path / "zwei.xlsx"
    workbook.save(path)
    reads = counting_reads(monkeypatch)
    dialog = ImportDialog(services, path, settings)
    qtbot.addWidget(dialog)
    assert dialog.wait_loaded()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Erste", "Zweite"]
    assert dialog.sheet.isEnabled()
    dialog.sheet.setCurrentIndex(1)
    assert dialog.wait_loaded() and dialog.preview is not None and len(dialog.preview.rows) == 2
    dialog.sheet.setCurrentIndex(0)
    assert dialog.wait_loaded() and dialog.preview is not None and len(dialog.preview.rows) == 1
    assert reads == [None, "Zweite"]
