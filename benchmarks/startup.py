"""Scripts for the cold-start figure, run with ``python -c`` in a fresh process.

Each prints ``BENCH-READY <json>`` once the first paint of a table has
finished: the wall clock then (the parent took its own just before starting
the process, so the difference is process start to a usable window) and the
process's resident memory at that moment.
"""

from __future__ import annotations

#: Shared head: watch paints of table viewports, report after the first qualifying one.
_HEAD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

def _rss():
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out

class Watch(QObject):
    def __init__(self, need_rows):
        super().__init__()
        self.need_rows = need_rows
        self.done = False
        self.rows = 0

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if isinstance(view, QTableView) and obj is view.viewport() and view.model() is not None:
                self.rows = view.model().rowCount()
                if self.rows > 0 or not self.need_rows:
                    self.done = True
                    QTimer.singleShot(0, self.report)
        return False

    def report(self):
        ready = time.time()
        memory = _rss()
        print("BENCH-READY " + json.dumps(
            {"ready": ready, "rss_kb": memory.get("VmRSS", 0), "hwm_kb": memory.get("VmHWM", 0),
             "rows": self.rows}), flush=True)
        QApplication.instance().quit()

app = QApplication([sys.argv[0]])
"""

#: The real program: ``egov_network.app.main`` with a database, until the contacts table has painted rows.
APP = (
    _HEAD
    + r"""
watch = Watch(need_rows=True)
app.installEventFilter(watch)
QTimer.singleShot(120_000, app.quit)
from egov_network.app import main
main(["egov-network", "--database", sys.argv[1]])
"""
)

#: The floor: a bare QMainWindow with an empty QTableView, started the same way.
FLOOR = (
    _HEAD
    + r"""
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMainWindow
watch = Watch(need_rows=False)
app.installEventFilter(watch)
window = QMainWindow()
view = QTableView(window)
view.setModel(QStandardItemModel(0, 11, view))
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
QTimer.singleShot(120_000, app.quit)
app.exec()
"""
)
