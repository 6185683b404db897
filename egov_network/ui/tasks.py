"""Long work off the GUI thread: a function run in ``QThreadPool`` with progress and cancel.

``run_task(work)`` starts ``work(progress)`` in a pool thread and returns a
``Task`` whose signals arrive on the GUI thread (the ``Task`` object lives
there, so Qt queues the emits from the worker). The work reports with
``progress.report(done, total, text)`` and calls ``progress.check()`` at
safe points; after ``Task.cancel()`` that raises ``Cancelled``, which ends
the work and is announced as ``cancelled`` instead of ``failed``. The work
must not touch widgets; it gets its own database sessions through the
services as usual (one short session per call).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal


class Cancelled(Exception):  # noqa: N818 - it is a signal, not an error
    """Raised inside the work by ``Progress.check()`` once the user cancelled."""


class Progress:
    """What the work sees: report how far it is, and whether to stop (thread-safe)."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._stop = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Tell the GUI how far the work is (``total`` 0: unknown); also a cancel point."""
        self.check()
        self._task.progressed.emit(int(done), int(total), text)


class _Runner(QRunnable):
    """Runs the work in a pool thread and hands its outcome to the task."""

    def __init__(self, task: Task, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.progress)
        except Cancelled:
            task._finish("cancelled", None)
        except BaseException as error:  # every failure goes to the GUI as a value
            task._finish("failed", error)
        else:
            task._finish("succeeded", result)


class Task(QObject):
    """One piece of background work; its signals are delivered on the GUI thread.

    ``succeeded(result)``, ``failed(exception)`` or ``cancelled()`` fires
    exactly once, then ``finished()``.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    _done = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self)
        self._running = True
        self.outcome: str | None = None
        self.result: Any = None
        # Emitted in the worker, received here on the GUI thread (queued).
        self._done.connect(self._deliver)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check()``; it cannot be forced."""
        self.progress.cancel()

    def is_running(self) -> bool:
        return self._running

    def _finish(self, outcome: str, value: Any) -> None:
        self._done.emit(outcome, value)

    def _deliver(self, outcome: str, value: Any) -> None:
        self._running = False
        self.outcome = outcome
        self.result = value
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the task has delivered its outcome (for the CLI-like callers and tests).

        Returns False when ``timeout_ms`` passed first. The GUI keeps painting meanwhile.
        """
        if not self._running:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        if self._running:
            loop.exec()
        timer.stop()
        self.finished.disconnect(loop.quit)
        return not self._running


#: Tasks started and not yet finished (so a dropped reference does not end them early).
_running: set[Task] = set()


def run_task(work: Callable[[Progress], Any], parent: QObject | None = None) -> Task:
    """Start ``work(progress)`` in the global thread pool; connect to the returned task's signals.

    Connect before control returns to the event loop: the outcome is delivered
    through the loop, so no signal is missed even when the work is instant.
    """
    # What exists now lives on: moved out of the collector's sight, so a full
    # collection triggered by the worker's allocations (it holds the GIL for
    # 100-300 ms over the whole heap) does not freeze the window.
    gc.freeze()
    task = Task(parent)
    # Keep the task alive until it delivered its outcome, even if the caller drops it.
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(_Runner(task, work))
    return task
