"""Unexpected exceptions: written to the log file and shown in a dialog, never lost."""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from egov_network import files
from egov_network.domain.errors import EgovError
from egov_network.store.health import is_damage_error

log = logging.getLogger("egov_network")


def translate(context: str, text: str) -> str:
    """The core's translator signature, served by Qt's translators."""
    return QCoreApplication.translate(context, text)


def show_error(parent: object, title: str, error: EgovError) -> None:
    """A user-facing error from the core, in the user's language."""
    QMessageBox.critical(parent, title, error.text(translate))  # type: ignore[arg-type]


def without_messages(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> str:
    """A traceback for the log: where it happened and which exception, without the exception's text.

    An exception's text can quote the data at hand ("'Meier' is not ...",
    a file name, a row's values); the log is kept for weeks and sent along
    with support questions, so it names no people: frames and types only.
    The dialog still shows the full text to the user at the screen.
    """
    if value is None:
        return f"{kind.__module__}.{kind.__qualname__}\n"
    parts: list[str] = []
    seen: set[int] = set()
    current: traceback.TracebackException | None = traceback.TracebackException(
        kind, value, tb, capture_locals=False
    )
    chain: list[traceback.TracebackException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for link in reversed(chain):
        if parts:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        # Frames without their source lines: a line may quote data (a test's, a script's).
        parts.extend(f'  File "{at.filename}", line {at.lineno}, in {at.name}\n' for at in link.stack)
        name = getattr(link, "exc_type_str", None) or _type_name(link)
        parts.append(f"{name} (message left out of the log: it may name people)\n")
    return "".join(parts)


def _type_name(link: traceback.TracebackException) -> str:
    kind = getattr(link, "exc_type", None)
    return f"{kind.__module__}.{kind.__qualname__}" if kind is not None else "exception"


class PrivateLogHandler(RotatingFileHandler):
    """The rotated log file, created 0600 whatever the umask (it belongs to the user alone)."""

    def _open(self) -> io.TextIOWrapper:
        handle = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, files.PRIVATE_FILE)
        files.make_private(Path(self.baseFilename))
        return open(handle, "a", encoding=self.encoding, errors=self.errors)


class ExceptionHook:
    """Replaces ``sys.excepthook``: logs the traceback, then tells the user where it is.

    A dialog is only shown on the GUI thread with an application running; from
    other threads the error is logged (the thread's task reports its failure).
    """

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False
        #: Called when SQLite reports the open file damaged (the next start then checks it fully).
        self.on_damage: Callable[[], None] | None = None

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(
        self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
    ) -> None:
        log.error("Unexpected error:\n%s", without_messages(kind, value, tb))
        damaged = is_damage_error(value)
        if damaged and self.on_damage is not None:
            self.on_damage()
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
                    "The database file is damaged: part of it could not be read, and the last action was "
                    "not completed. Close the program and start it again: it then checks the whole file "
                    "and offers the newest backup or a rescue of the data.",
                )
                if damaged
                else app.translate(
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
    """Log to ``folder/egov-network.log`` (rotated, private); returns the file path."""
    files.private_folder(folder)
    path = folder / "egov-network.log"
    for existing in log.handlers:
        if isinstance(existing, logging.FileHandler) and Path(existing.baseFilename) == path:
            return path
    handler = PrivateLogHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
