"""Long work behind a cancellable progress dialog: the export's, the erase's, any worker's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from egov_network.domain.errors import EgovError
from egov_network.ui.errors import translate
from egov_network.ui.tasks import Progress, run_task


def run_with_progress(parent: QWidget, title: str, text: str, work: Callable[[Progress], Any]) -> Any | None:
    """Run ``work`` in a pool thread behind a progress dialog that can cancel; its result, or None.

    The GUI thread only shows the progress, so the window keeps painting
    without ``processEvents``. Cancel asks the work to stop at its next
    progress report. A failure in words (``EgovError``) is shown here; any
    other failure is raised for the exception hook.
    """
    dialog = QProgressDialog(text, QCoreApplication.translate("ExportDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(360)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # short work finishes before it would flash up
    dialog.setAutoReset(False)  # reaching the maximum is not the end: a file may still be saved
    dialog.setAutoClose(False)
    task = run_task(work)  # run_task keeps the heap out of the collector's sight

    def show(done: int, total: int, _text: str) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)

    task.progressed.connect(show)
    dialog.canceled.connect(task.cancel)
    try:
        # A local event loop (as a modal dialog's exec) until the worker is done.
        task.wait(2**31 - 1)
    finally:
        dialog.canceled.disconnect(task.cancel)
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
    if task.outcome == "failed":
        error = task.result
        if isinstance(error, EgovError):
            QMessageBox.warning(parent, title, error.text(translate))
            return None
        raise error
    return task.result if task.outcome == "succeeded" else None
