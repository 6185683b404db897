"""The longest stall of the GUI thread while the window previews an import and writes an export.

A ``QTimer`` that should fire every 10 ms records when it really fired; the
largest gap between two firings is how long the window could not paint or
answer a click. Both jobs run exactly as the window runs them: the import
through ``ImportDialog`` (reading and deciding in a worker, the table filled on
the GUI thread), the export through ``run_with_progress`` (a worker and the
progress dialog). The floor is the same timer on an idle event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK_MS = 10


class StallMeter:
    """Largest gap between firings of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def __enter__(self) -> StallMeter:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self._tick()  # the gap up to the end counts too


def _idle_floor(seconds: float) -> float:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    with StallMeter() as meter:
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
    return meter.worst


def _warm_up() -> None:
    """Create and show a dialog with a table once, as the main window has long done before File > Import.

    The first widget of a process pays for style, fonts and platform set-up
    (~60 ms offscreen); that is start-up, not the preview.
    """
    from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QProgressBar, QTableView, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for widget in (QTableView(dialog), QComboBox(dialog), QProgressBar(dialog)):
        layout.addWidget(widget)
    dialog.show()
    QApplication.processEvents()
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()


def _preview(services: Any, source: Path, folder: Path) -> tuple[float, float, int]:
    from PySide6.QtCore import QSettings

    from egov_network.ui.import_dialog import ImportDialog

    settings = QSettings(str(folder / "stall-settings.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    with StallMeter() as meter:
        dialog = ImportDialog(services, source, settings)
        dialog.show()
        if not dialog.wait_loaded(1_800_000):
            raise RuntimeError("the import preview did not finish")
    seconds = time.perf_counter() - start
    rows = len(dialog._preview.rows) if dialog._preview is not None else 0
    dialog.close()
    dialog.deleteLater()
    return meter.worst, seconds, rows


def _export(services: Any, target: Path) -> tuple[float, float, int]:
    from PySide6.QtWidgets import QWidget

    from egov_network.exchange import exports
    from egov_network.ui.export_dialog import run_with_progress

    parent = QWidget()
    parent.show()

    def work(path: Path, progress: Callable[[int, int], bool]) -> Any:
        return exports.export_contacts(services, path, None, progress=progress)

    start = time.perf_counter()
    with StallMeter() as meter:
        result = run_with_progress(parent, "Export", work, target)
    seconds = time.perf_counter() - start
    parent.close()
    if result is None:
        raise RuntimeError("the export did not finish")
    return meter.worst, seconds, int(result.rows)


def run(database: Path, source: Path, target: Path) -> dict[str, Any]:
    """Stalls (seconds) during the preview of ``source`` and the export of all contacts to ``target``."""
    from PySide6.QtWidgets import QApplication

    from egov_network.services.registry import Services
    from egov_network.store.migrate import open_store

    app = QApplication.instance() or QApplication([])
    services = Services.over(open_store(database, create=False))
    _warm_up()
    floor = _idle_floor(1.0)
    preview_stall, preview_seconds, rows = _preview(services, source, target.parent)
    app.processEvents()
    export_stall, export_seconds, exported = _export(services, target)
    return {
        "floor": floor,
        "preview_stall": preview_stall,
        "preview_seconds": preview_seconds,
        "preview_rows": rows,
        "export_stall": export_stall,
        "export_seconds": export_seconds,
        "export_rows": exported,
    }
