"""The dialog shown at start when the database file cannot be used: what is wrong, in words, and the ways out.

Restore the newest verified backup, try to rescue the data into a new file
(its counts are shown before it is used), or quit. Whatever is chosen, the
user's file is never changed: before anything is put at its name it is
renamed, with its ``-wal`` and ``-shm``, to ``<name>.damaged-DATE``. The
copying, the rescue and the renaming are ``store.recover``; the rescue runs in
a worker so the dialog stays responsive and can be cancelled.

Also the checks of an open window's file in the background (``HealthWatch``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.store.backup_set import BackupInfo, list_backups
from egov_network.store.health import WHOLE_CHECK_BYTES, DatabaseFileError, FullCheck, Problem
from egov_network.store.recover import RescueResult, accept_rescue, rescue, rescued_path, restore_into
from egov_network.ui.backups_dialog import made_text
from egov_network.ui.errors import log, translate
from egov_network.ui.tasks import Progress, Task, run_task

#: How often the full ``integrity_check`` runs over the open file.
FULL_CHECK_EVERY = timedelta(days=7)
_RESCUABLE = {Problem.DAMAGED, Problem.WAL_MISSING}
_RESTORABLE = {Problem.DAMAGED, Problem.WAL_MISSING, Problem.NOT_A_DATABASE}


def counts_text(counts: dict[str, int]) -> str:
    """ "Contacts: 12, Authorities: 4, Meetings: 3, Topics: 20" in the user's language."""
    contacts = QCoreApplication.translate("DamagedFileDialog", "Contacts: {n}")
    authorities = QCoreApplication.translate("DamagedFileDialog", "Authorities: {n}")
    meetings = QCoreApplication.translate("DamagedFileDialog", "Meetings: {n}")
    topics = QCoreApplication.translate("DamagedFileDialog", "Topics: {n}")
    parts = [
        contacts.format(n=counts.get("contact", 0)),
        authorities.format(n=counts.get("authority", 0)),
        meetings.format(n=counts.get("meeting", 0)),
        topics.format(n=counts.get("topic", 0)),
    ]
    return ", ".join(parts)


class DamagedFileDialog(QDialog):
    """What is wrong with the database file and the ways out: Restore, Rescue, Quit.

    After ``accept()`` ``database`` names the file to open (the user's path, now
    holding the restored or rescued data) and ``aside`` where the damaged file
    was kept; after ``reject()`` (Quit) nothing was changed.
    """

    def __init__(
        self, error: DatabaseFileError, backups: list[BackupInfo] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.database = error.path
        self.backups = list_backups(error.path) if backups is None else backups
        self.aside: Path | None = None
        self.rescued: RescueResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        # Grow with the status lines a restore or rescue adds, never squeeze the texts over each other.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.message = QLabel(error.text(translate))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.advice = QLabel(self._advice())
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        newest = self.backups[0] if self.backups and error.problem in _RESTORABLE else None
        self.newest = newest
        self.backup_label = QLabel(
            self.tr("Newest verified backup: {date}, {counts}.").format(
                date=made_text(newest), counts=counts_text(newest.counts)
            )
            if newest
            else self.tr("There is no verified backup of this file.")
        )
        self.backup_label.setWordWrap(True)
        self.backup_label.setVisible(error.problem in _RESTORABLE)
        layout.addWidget(self.backup_label)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore it"))
        self.restore_button.setVisible(newest is not None)
        self.restore_button.clicked.connect(self.restore)
        self.rescue_button = QPushButton(self.tr("Try to rescue the data"))
        self.rescue_button.setVisible(error.problem in _RESCUABLE)
        self.rescue_button.clicked.connect(self.start_rescue)
        self.use_button = QPushButton(self.tr("Use the rescued data"))
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self.use_rescued)
        self.cancel_button = QPushButton(self.tr("Cancel the rescue"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_rescue)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for button in (
            self.restore_button,
            self.rescue_button,
            self.use_button,
            self.cancel_button,
            self.quit_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def reject(self) -> None:
        """Quit (also Esc and the window's close button): a rescue under way is cancelled first."""
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()  # its half-written file is removed before the program ends
        super().reject()

    def _advice(self) -> str:
        problem = self.error.problem
        if problem is Problem.NEWER:
            return self.tr(
                "Install the newest version of this program to open it. The file was left as it is."
            )
        return self.tr(
            "Your file stays as it is: before a backup or the rescued data takes its place, it is "
            "kept under a new name beside it (“{name}.damaged-” and the date), together with its "
            "-wal and -shm files. Quit changes nothing."
        ).format(name=self.database.name)

    def _busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.rescue_button, self.use_button, self.quit_button):
            button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)

    def restore(self) -> Task | None:
        """In a worker: set the damaged file aside, put a verified copy of the newest backup at its name."""
        if self.newest is None:
            return None
        backup, database = self.newest.path, self.database
        self.status.setText(self.tr("Restoring the backup …"))
        self._busy(True)
        self.cancel_button.setVisible(False)  # a copy is verified as a whole; it is not cut off halfway
        self.progress.setRange(0, 0)
        self.task = run_task(lambda _progress: restore_into(backup, database), self)
        self.task.succeeded.connect(self._restored)
        self.task.failed.connect(self._failed)
        return self.task

    def _restored(self, aside: Path | None) -> None:
        self._busy(False)
        self.aside = aside
        log.info("Restored a backup over a damaged database; the damaged file was kept aside")
        self.accept()

    def start_rescue(self) -> Task:
        """Read what can be read into a new file, in a worker; its counts are shown when it is done."""
        target = rescued_path(self.database)
        self.status.setText(self.tr("Rescuing the data into “{name}” …").format(name=target.name))
        self._busy(True)
        self.progress.setRange(0, 0)

        def work(progress: Progress) -> RescueResult:
            return rescue(self.database, target, lambda done, total: progress.report(done, total))

        self.task = run_task(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._rescued)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._rescue_cancelled)
        return self.task

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel_rescue(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _rescue_cancelled(self) -> None:
        self._busy(False)
        self.status.setText(self.tr("The rescue was cancelled; nothing was changed."))

    def _rescued(self, result: RescueResult) -> None:
        self._busy(False)
        self.rescued = result
        self.status.setText(
            self.tr(
                "Rescued into “{name}”: {counts}. Compare these numbers with what you expect, then use "
                "the rescued data or quit (the rescued file stays beside your file)."
            ).format(name=result.path.name, counts=counts_text(result.counts))
        )
        self.use_button.setVisible(True)
        self.rescue_button.setVisible(False)  # one rescued file is enough; a second would read the same

    def _failed(self, error: object) -> None:
        self._busy(False)
        text = error.text(translate) if isinstance(error, EgovError) else str(error)
        self.status.setText(self.tr("That did not work: {reason}").format(reason=text))

    def use_rescued(self) -> None:
        """Set the damaged file aside and put the rescued file at its name."""
        if self.rescued is None:
            return
        try:
            self.aside = accept_rescue(self.rescued, self.database)
        except OSError as error:
            self._failed(error)
            return
        log.info("Using rescued data in place of a damaged database; the damaged file was kept aside")
        self.accept()


def _key(database: str | Path) -> str:
    """The settings key of a file (its resolved path; slashes would make groups)."""
    resolved = str(Path(database).expanduser().resolve())
    return resolved.replace("/", "|").replace("\\", "|")


def damage_suspected(database: str | Path, settings: QSettings | None = None) -> bool:
    """Whether damage was seen while ``database`` was open (the next start checks it thoroughly)."""
    if "://" in str(database):
        return False
    value = (settings or QSettings()).value("integrity-suspect/" + _key(database), False)
    return value in (True, "true", "1", 1)


def mark_suspected(database: str | Path, suspected: bool = True, settings: QSettings | None = None) -> None:
    """Remember (or forget) that ``database`` showed damage while open."""
    store = settings or QSettings()
    if suspected:
        store.setValue("integrity-suspect/" + _key(database), True)
    else:
        store.remove("integrity-suspect/" + _key(database))


def ask_about(error: DatabaseFileError, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when restored or rescued data now sits at the file's path."""
    dialog = DamagedFileDialog(error, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def offers_a_way_out(error: DatabaseFileError) -> bool:
    """Whether the dialog has more to say than the error: not for a folder or a missing file."""
    return error.problem not in (Problem.FOLDER, Problem.MISSING)


class HealthWatch(QObject):
    """The checks of an open window's file that do not fit into the start, in a worker.

    Once a week SQLite's full ``integrity_check`` (the last run is remembered
    per file in the settings); on other starts of a file too big for the whole
    ``quick_check`` before the window opens (``health.WHOLE_CHECK_BYTES``),
    that check. Damage found is shown in words, never only logged.
    """

    def __init__(self, parent: QWidget, database: Path, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.database = database
        self.settings = settings or QSettings()
        self.key = "integrity/" + _key(database)
        self.task: Task | None = None
        self.problems: list[str] | None = None
        self.box: QMessageBox | None = None
        self.check: FullCheck | None = None
        self.thorough = False

    def due(self, now: datetime | None = None) -> bool:
        """Whether the weekly full check is due."""
        try:
            when = datetime.fromisoformat(str(self.settings.value(self.key, "")))
        except ValueError:
            return True
        return (now or datetime.now()) - when >= FULL_CHECK_EVERY

    def start(self) -> Task | None:
        thorough = self.due()
        if not thorough and self.database.stat().st_size <= WHOLE_CHECK_BYTES:
            return None  # the start already read every page
        check = self.check = FullCheck(self.database, thorough=thorough)
        # Quitting must not wait for a check of a big file (15 s at 100,000 contacts).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(check.stop)
        self.thorough = thorough
        # No parent: the window may be replaced (a restore) while the check runs;
        # a bound slot of this object is dropped with it, not called on a dead one.
        self.task = run_task(lambda _progress: check.run())
        self.task.succeeded.connect(self._done)
        return self.task

    def stop(self) -> None:
        """Interrupt a running check (nothing is recorded; it runs again at the next start)."""
        if self.check is not None:
            self.check.stop()

    def _done(self, problems: list[str] | None) -> None:
        if problems is None:
            return  # stopped: not a verdict
        self.problems = problems
        if self.thorough:
            self.settings.setValue(self.key, datetime.now().isoformat(timespec="seconds"))
        if not problems:
            log.info("Background integrity check: no problems")
            return
        log.warning("Background integrity check found %d problems", len(problems))
        mark_suspected(self.database, settings=self.settings)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The database file is damaged"),
            self.tr(
                "A check of “{path}” in the background found damage ({problem}).\n\nChanges you make "
                "now may be lost. Close the program and start it again: it then checks the whole file "
                "and offers the newest backup or a rescue of the data."
            ).format(path=str(self.database), problem=problems[0]),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()  # not exec(): the window keeps running
        self.box = box
