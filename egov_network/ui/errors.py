"""Unexpected exceptions: written to the log file and shown in a dialog, never lost."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from egov_network.domain.errors import EgovError

log = logging.getLogger("egov_network")


def translate(context: str, text: str) -> str:
    """The core's translator signature, served by Qt's translators."""
    return QCoreApplication.translate(context, text)


def show_error(parent: object, title: str, error: EgovError) -> None:
    """A user-facing error from the core, in the user's language."""
    QMessageBox.critical(parent, title, error.text(translate))  # type: ignore[arg-type]


class ExceptionHook:
    """Replaces ``sys.excepthook``: logs the traceback, then tells the user where it is.

    A dialog is only shown on the GUI thread with an application running; from
    other threads the error is logged (the thread's task reports its failure).
    """

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(
        self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
    ) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self._showing:
            return
        self._showing = True  # one dialog at a time, even if the dialog itself fails
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical, app.translate("ExceptionHook", "Unexpected error"), ""
            )
            box.setText(
                app.translate(
                    "ExceptionHook",
                    "Something went wrong that the program did not expect. Your saved data is safe; "
                    "the last action may not have been completed.",
                )
            )
            box.setInformativeText(
                app.translate("ExceptionHook", "Details were written to:\n{path}").format(path=self.log_file)
            )
            box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
            box.exec()
        finally:
            self._showing = False


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/egov-network.log`` (rotated); returns the file path."""
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "egov-network.log"
    for existing in log.handlers:
        if isinstance(existing, logging.FileHandler) and Path(existing.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
