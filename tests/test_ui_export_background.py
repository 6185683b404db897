"""The export runs in a worker: the window keeps its event loop, and Cancel leaves no file behind."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from egov_network.exchange import exports
from egov_network.services.registry import Services
from egov_network.ui.export_dialog import run_with_progress


def test_an_export_runs_off_the_gui_thread_and_cancel_leaves_no_file(
    qtbot, demo: Services, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "kontakte.xlsx"
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def held(path: Path, progress: Any) -> Any:
        def slow(done: int, total: int) -> bool:
            # Holds the export at its first report until the user cancels (or 10 s pass).
            deadline = time.monotonic() + 10
            while progress(done, total):
                if time.monotonic() > deadline:
                    return True
                time.sleep(0.01)
            return False

        return exports.export_contacts(demo, path, None, progress=slow)

    def cancel_when_shown() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            if len(ticks) > 5:  # the GUI thread ran its timer meanwhile: not blocked
                dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    canceller = QTimer()
    canceller.setInterval(20)
    canceller.timeout.connect(cancel_when_shown)
    timer.start()
    canceller.start()
    try:
        assert run_with_progress(parent, "Export", held, target) is None
    finally:
        timer.stop()
        canceller.stop()
    assert len(ticks) > 5
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("network.sqlite")]  # no temp file


def test_an_export_in_the_worker_returns_its_result(qtbot, demo: Services, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "kontakte.xlsx"

    def work(path: Path, progress: Any) -> Any:
        return exports.export_contacts(demo, path, None, progress=progress)

    result = run_with_progress(parent, "Export", work, target)
    assert result is not None and result.rows == demo.contacts.count_all()
    assert target.exists()
