"""The background task helper: outcome on the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from egov_network.ui.tasks import Progress, run_task


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    seen: list[tuple[int, int, str, bool]] = []
    worker_threads: list[int] = []

    def work(progress: Progress) -> int:
        worker_threads.append(threading.get_ident())
        for i in range(3):
            progress.report(i + 1, 3, f"row {i + 1}")
        return 42

    task = run_task(work)
    task.progressed.connect(lambda d, t, s: seen.append((d, t, s, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=2000)
    assert seen[-1] == (3, 3, "row 3", True)
    assert not task.is_running()


def test_cancel_stops_the_work_and_says_cancelled(qtbot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for i in range(500):
            progress.report(i, 500)
            steps.append(i)
            time.sleep(0.01)

    task = run_task(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert len(steps) < 500
    assert task.outcome == "cancelled"


def test_an_error_in_the_work_is_delivered_not_raised(qtbot) -> None:
    def work(_progress: Progress) -> None:
        raise ValueError("bad row 7")

    task = run_task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert "bad row 7" in str(blocker.args[0])


def test_wait_processes_events_until_done(qtbot) -> None:
    task = run_task(lambda _p: time.sleep(0.05) or "done")
    assert task.wait(5000)
    assert task.result == "done"
