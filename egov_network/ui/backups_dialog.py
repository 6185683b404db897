"""File > Backups: the list of verified backups, Back up now, Restore, Open read-only, Show folder.

Also the automatic backups of a window (``AutoBackup``): after changes, at
most every 30 minutes of work in a worker, and once more when the program
closes. The copying itself is ``store.backup_set``; nothing here touches SQL.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from egov_network import files
from egov_network.domain.enums import FIELD_ENUMS, LabelledEnum
from egov_network.domain.errors import EgovError
from egov_network.domain.labels import field_label
from egov_network.services.registry import Services
from egov_network.services.search_all import SearchAll
from egov_network.store.backup_set import (
    BackupInfo,
    backup_folder,
    list_backups,
    make_backup,
    open_read_only,
    remove_leftovers,
    restore_backup,
)
from egov_network.store.database import Change
from egov_network.store.migrate import open_store
from egov_network.ui.display import format_value
from egov_network.ui.errors import translate
from egov_network.ui.search_popup import SearchResultList
from egov_network.ui.tasks import Progress, Task, run_task

if TYPE_CHECKING:
    from egov_network.ui.main_window import MainWindow

#: At most one automatic backup per this much work (only if something changed).
AUTO_INTERVAL_MS = 30 * 60 * 1000
#: Fields of a record the read-only view leaves out: bookkeeping, not content.
_HIDDEN_FIELDS = {"id", "version", "created_at", "updated_at", "search_text"}
#: How long closing the program waits for its last backup before giving up (and saying so).
EXIT_WAIT_MS = 120_000


def _reason_label(reason: str) -> str:
    labels = {
        "automatic": QCoreApplication.translate("Backups", "automatic"),
        "manual": QCoreApplication.translate("Backups", "made by hand"),
        "before-upgrade": QCoreApplication.translate("Backups", "before an upgrade"),
        "before-restore": QCoreApplication.translate("Backups", "before a restore"),
    }
    return labels.get(reason, reason)


def made_text(info: BackupInfo) -> str:
    """The backup's date and time in the user's format ("02.12.2026 14:05")."""
    return format_value(info.made_at, "datetime")


def size_text(size: int) -> str:
    # SI units (kB, MB) as file managers show them; one decimal is enough to compare.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _shown(value: object) -> str:
    """A stored value as the window shows it (one place for that: ``ui.display.format_value``)."""
    if isinstance(value, LabelledEnum):
        return format_value(value.value, "enum")
    kinds = ((bool, "bool"), (datetime, "datetime"), (date, "date"), (int, "int"))
    kind = next((name for cls, name in kinds if isinstance(value, cls)), "text")
    return format_value(value, kind)


def _show_progress(bar: QProgressBar | QProgressDialog, done: int, total: int) -> None:
    bar.setRange(0, total)
    bar.setValue(done)


def _error_text(error: object) -> str:
    if isinstance(error, EgovError):
        return error.text(translate)
    return str(error)


def _backup_work(database: Path, reason: str) -> Callable[[Progress], BackupInfo]:
    def work(progress: Progress) -> BackupInfo:
        return make_backup(database, reason=reason, progress=lambda done, total: progress.report(done, total))

    return work


class AutoBackup(QObject):
    """The automatic backups of one window's database file.

    Counts the changes the window's bus announces; every ``interval_ms`` of
    work, if there were any, a backup runs in a worker (the window keeps
    working). ``at_exit()`` makes the last one in the foreground with a
    visible progress, waits at most ``EXIT_WAIT_MS`` and says when it failed.
    A failed verification is always shown, never only logged.
    """

    def __init__(self, window: MainWindow, interval_ms: int = AUTO_INTERVAL_MS) -> None:
        super().__init__(window)
        path = window.services.store.path
        assert path is not None, "automatic backups are for SQLite files"
        self.window = window
        self.database = path
        #: Changes announced since the last backup began that it did not cover.
        self.changes = 0
        self.task: Task | None = None
        self.last: BackupInfo | None = None
        self.failure: str = ""
        remove_leftovers(path)  # what a crash during an earlier backup left
        window.bus.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_if_changed)
        self.timer.start()

    def _changed(self, change: Change) -> None:
        if not change.is_empty():
            self.changes += 1

    def run_if_changed(self) -> Task | None:
        """Start a background backup when something changed since the last one; the task, if started."""
        if not self.changes or (self.task is not None and self.task.is_running()):
            return None
        covered = self.changes
        task = run_task(_backup_work(self.database, "automatic"), self)
        task.succeeded.connect(lambda info: self._succeeded(covered, info))
        task.failed.connect(self._failed)
        self.task = task
        return task

    def _succeeded(self, covered: int, info: BackupInfo) -> None:
        self.changes = max(0, self.changes - covered)  # changes made meanwhile wait for the next one
        self.last = info
        self.failure = ""
        self.window.show_message(
            QCoreApplication.translate("Backups", "Backup made and verified: {date}").format(
                date=made_text(info)
            )
        )

    def _failed(self, error: object) -> None:
        self.failure = _error_text(error)
        # Not modal: the user keeps working, but cannot miss it.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Backups", "Automatic backup failed"),
            QCoreApplication.translate(
                "Backups",
                "The automatic backup did not succeed: {error}\n"
                "Your data is unchanged; please make a backup by hand (File > Backups).",
            ).format(error=self.failure),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("auto_backup_failed")
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.window.show_message(
            QCoreApplication.translate("Backups", "Automatic backup failed: {error}").format(
                error=self.failure
            )
        )

    def stop(self) -> None:
        self.timer.stop()
        try:
            self.window.bus.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass  # the bus is gone with its window

    def at_exit(self, wait_ms: int = EXIT_WAIT_MS) -> bool:
        """The backup when the program closes after changes; True when none was needed or it succeeded."""
        self.timer.stop()
        if self.task is not None and self.task.is_running():
            self.task.wait(wait_ms)
        if not self.changes:
            return True
        dialog = QProgressDialog(
            QCoreApplication.translate("Backups", "Making a backup before closing …"), "", 0, 0
        )
        dialog.setObjectName("backup_at_exit")
        dialog.setWindowTitle(QCoreApplication.translate("Backups", "Backup"))
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        dialog.show()
        task = run_task(_backup_work(self.database, "automatic"))
        task.progressed.connect(lambda done, total, _t: _show_progress(dialog, done, total))
        finished = task.wait(wait_ms)
        dialog.close()
        dialog.deleteLater()
        if finished and task.outcome == "succeeded":
            self.changes = 0
            return True
        problem = (
            _error_text(task.result)
            if finished
            else QCoreApplication.translate("Backups", "it took too long and was stopped")
        )
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Backups", "Backup failed"),
            QCoreApplication.translate(
                "Backups", "The backup when closing did not succeed: {error}\nYour data is saved in {path}."
            ).format(error=problem, path=str(self.database)),
        )
        return False


def restore_and_reopen(window: MainWindow, info: BackupInfo) -> MainWindow | None:
    """Replace the window's database with ``info`` and open a new window over it; the new window.

    The old window closes first (its editor may keep unsaved changes: then
    nothing happens), its store is closed, ``restore_backup`` backs up the
    current file and replaces it, and a new window opens on the restored file.
    If the restore fails, the window reopens on the unchanged file and says why.
    """
    store = window.services.store
    path = store.path
    app = QCoreApplication.instance()
    # Between closing the old window and showing the new one no window is open:
    # that must not end the program.
    quit_on_close = bool(app.property("quitOnLastWindowClosed")) if app is not None else False
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        if path is None or not window.close():
            return None
        for auto in window.findChildren(AutoBackup):
            # A backup still copying holds the file open: let it finish first.
            auto.stop()
            if auto.task is not None and auto.task.is_running():
                auto.task.wait(EXIT_WAIT_MS)
        store.dispose()
        return _restore_closed(window, info, path)
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)


def _restore_closed(window: MainWindow, info: BackupInfo, path: Path) -> MainWindow | None:
    dialog = QProgressDialog(
        QCoreApplication.translate("Backups", "Restoring the backup of {date} …").format(
            date=made_text(info)
        ),
        "",
        0,
        0,
    )
    dialog.setObjectName("restore_progress")
    dialog.setWindowTitle(QCoreApplication.translate("Backups", "Restore"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setMinimumDuration(0)
    dialog.show()
    task = run_task(lambda _progress: restore_backup(info.path, path))
    task.wait(EXIT_WAIT_MS)
    dialog.close()
    dialog.deleteLater()
    from egov_network.ui.main_window import MainWindow

    try:
        reopened = open_store(path)
    except EgovError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("Backups", "Cannot open the database"), error.text(translate)
        )
        return None
    new = MainWindow(Services.over(reopened), demo=window.demo, settings=window.settings)
    new.show()
    if task.outcome == "succeeded":
        new.show_message(
            QCoreApplication.translate("Backups", "Restored the backup of {date}.").format(
                date=made_text(info)
            )
        )
    else:
        problem = (
            _error_text(task.result)
            if task.outcome == "failed"
            else QCoreApplication.translate("Backups", "it took too long")
        )
        new.show_message(
            QCoreApplication.translate("Backups", "The backup was not restored: {error}").format(
                error=problem
            )
        )
        QMessageBox.warning(
            new,
            QCoreApplication.translate("Backups", "Restore failed"),
            QCoreApplication.translate("Backups", "The backup was not restored: {error}").format(
                error=problem
            ),
        )
    window.replaced.emit(new)
    window.deleteLater()
    return new


class BackupsDialog(QDialog):
    """The backups of the window's database: date, size, record counts and reason, newest first.

    Back up now runs in a worker with a progress bar; a failure is shown in
    the dialog in red. Restore asks first, naming the date. Open read-only
    opens a ``ReadOnlyBackup`` window to look something up.
    """

    COLUMNS = ("date", "size", "contact", "authority", "meeting", "reason")

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        path = window.services.store.path
        assert path is not None
        self.database = path
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.backups: list[BackupInfo] = []
        self.task: Task | None = None
        self.viewers: list[ReadOnlyBackup] = []

        self.folder_label = QLabel(
            self.tr("Backups of this database are kept in {folder}").format(folder=str(backup_folder(path)))
        )
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Size"),
                self.tr("Contacts"),
                self.tr("Authorities"),
                self.tr("Meetings"),
                self.tr("Reason"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_read_only())
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.read_only_button = QPushButton(self.tr("&Open read-only"), self)
        self.read_only_button.clicked.connect(self.open_read_only)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self.show_folder)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.read_only_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.database)
        self.table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, info in enumerate(self.backups):
            cells = [
                made_text(info),
                size_text(info.size),
                locale.toString(info.counts.get("contact", 0)),
                locale.toString(info.counts.get("authority", 0)),
                locale.toString(info.counts.get("meeting", 0)),
                _reason_label(info.reason),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= column <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not self.backups:
            self.status.setText(self.tr("No backups yet. “Back up now” makes the first one."))
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        busy = self.task is not None and self.task.is_running()
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(chosen and not busy)
        self.read_only_button.setEnabled(chosen)

    def back_up_now(self) -> Task:
        """Make a backup in a worker; the list shows it once it is verified."""
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Making a backup …"))
        self.progress.setRange(0, 0)
        self.progress.show()
        task = run_task(_backup_work(self.database, "manual"), self)
        self.task = task
        task.progressed.connect(lambda done, total, _t: _show_progress(self.progress, done, total))
        task.succeeded.connect(self._backed_up)
        task.failed.connect(self._backup_failed)
        task.finished.connect(self._enable)
        task.finished.connect(self.progress.hide)
        self._enable()
        return task

    def _backed_up(self, info: BackupInfo) -> None:
        self.refresh()
        self.table.selectRow(0)
        self.status.setText(self.tr("Backup made and verified: {date}").format(date=made_text(info)))

    def _backup_failed(self, error: object) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold")
        self.status.setText(self.tr("The backup failed: {error}").format(error=_error_text(error)))

    def restore_selected(self) -> MainWindow | None:
        """Ask, naming the date, then restore the chosen backup; the window reopens on it."""
        info = self.selected()
        if info is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the database with the backup of {date}?\n\n"
                "It holds {contacts} contacts, {authorities} authorities and {meetings} meetings. "
                "The current file is backed up first, so this can be taken back."
            ).format(
                date=made_text(info),
                contacts=info.counts.get("contact", 0),
                authorities=info.counts.get("authority", 0),
                meetings=info.counts.get("meeting", 0),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.accept()
        return restore_and_reopen(self.window_, info)

    def open_read_only(self) -> ReadOnlyBackup | None:
        info = self.selected()
        if info is None:
            return None
        try:
            viewer = ReadOnlyBackup(info, self.window_)
        except EgovError as error:
            self._backup_failed(error)
            return None
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def show_folder(self) -> None:
        folder = backup_folder(self.database)
        files.private_folder(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ReadOnlyBackup(QWidget):
    """A window over a backup opened read-only, to look something up: search, and the found record's fields.

    The store refuses every write (SQLite opens the file read-only) and this
    window offers none; the title says "read-only".
    """

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("read_only_backup")
        self.info = info
        self.store = open_read_only(info.path)
        self.services = Services.over(self.store)
        self.by_entity: dict[str, Any] = {
            service.entity: service
            for service in vars(self.services).values()
            if isinstance(getattr(service, "entity", None), str) and hasattr(service, "get")
        }
        self.setWindowTitle(self.tr("Backup of {date}, read-only").format(date=made_text(info)))
        self.resize(900, 560)
        self.search_all = SearchAll(
            self.store,
            translate=QCoreApplication.translate,
            format_date=lambda day: format_value(day, "date"),
        )
        self.field = QLineEdit(self)
        self.field.setObjectName("backup_search")
        self.field.setPlaceholderText(self.tr("Search this backup"))
        self.field.setAccessibleName(self.tr("Search this backup"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._timer: QTimer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search)
        self.results = SearchResultList(self)
        self.results.setAccessibleName(self.tr("Found in this backup"))
        self.results.currentItemChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.details.setObjectName("backup_record")
        self.details.setAccessibleName(self.tr("Record in this backup"))
        banner = QLabel(
            self.tr("Backup of {date} ({reason}), read-only: nothing can be changed here.").format(
                date=made_text(info), reason=_reason_label(info.reason)
            ),
            self,
        )
        banner.setObjectName("read_only_banner")
        banner.setStyleSheet("background: #fff4ce; padding: 6px")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.results)
        splitter.addWidget(self.details)
        splitter.setSizes([400, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.field)
        layout.addWidget(splitter, 1)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.store.dispose()
        super().closeEvent(event)

    def search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.results.clear()
            self.details.clear()
            return
        results = self.search_all.search(text)
        from egov_network.services.search_all import GROUP_LABELS

        heading = {
            group.entity: "{kind} ({count})".format(
                kind=QCoreApplication.translate("Search", GROUP_LABELS[group.entity]), count=group.total
            )
            for group in results.groups
        }
        self.results.show_results(results, heading)
        self._show_current(self.results.currentItem(), None)

    def _value_text(self, entity: str, name: str, value: object) -> str:
        """A field's value in words: an enum's label, the name of a linked record, dates in the locale."""
        enum = FIELD_ENUMS.get(entity, {}).get(name)
        if enum is not None and isinstance(value, str):
            return format_value(value, "enum")
        linked = self.by_entity.get(name[: -len("_id")]) if name.endswith("_id") else None
        if linked is not None and isinstance(value, int):
            found = linked.find(value)
            return str(getattr(found, "name", value)) if found is not None else str(value)
        return _shown(value)

    def _show_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        target = self.results.target(self.results.row(item)) if item is not None else None
        if target is None:
            self.details.clear()
            return
        entity, ident = target
        service = self.by_entity.get(entity)
        record = service.find(ident) if service is not None else None
        if record is None or not is_dataclass(record):
            self.details.clear()
            return
        rows = []
        for item_field in fields(record):
            name, value = item_field.name, getattr(record, item_field.name)
            # Bookkeeping (ids, versions, sort keys) says nothing to the reader.
            if name in _HIDDEN_FIELDS or name.endswith("_key") or value is None or value in ("", []):
                continue
            label = QCoreApplication.translate("Fields", field_label(name))
            shown = self._value_text(entity, name, value)
            rows.append(f"<tr><th align='left'>{html.escape(label)}</th><td>{html.escape(shown)}</td></tr>")
        self.details.setHtml("<table cellspacing='4'>" + "".join(rows) + "</table>")


class BackupKeeper(QObject):
    """The automatic backups of the program's current window; follows a restore to the new window.

    ``on_replaced(new_window)`` lets the owner (app.py) hold the new window's
    store. ``at_exit()`` makes the closing backup of whichever window is current.
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        enabled: bool = True,
        on_replaced: Callable[[MainWindow], None] | None = None,
    ) -> None:
        super().__init__()
        self.enabled = enabled
        self.on_replaced = on_replaced
        self.auto: AutoBackup | None = None
        self.window = window
        self._adopt(window)

    def _adopt(self, window: MainWindow) -> None:
        if self.auto is not None:
            self.auto.stop()
        self.window = window
        path = window.services.store.path
        self.auto = AutoBackup(window) if self.enabled and path is not None else None
        window.replaced.connect(self._replaced)

    def _replaced(self, window: MainWindow) -> None:
        self._adopt(window)
        if self.on_replaced is not None:
            self.on_replaced(window)

    def at_exit(self) -> bool:
        return self.auto.at_exit() if self.auto is not None else True
