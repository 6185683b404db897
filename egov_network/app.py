"""Starting the desktop program: arguments, paths, store, QApplication, main window.

Everything the window needs is built here and handed in; nothing is global.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from egov_network import APP_NAME, __version__, files, paths
from egov_network.domain.errors import EgovError
from egov_network.services.demo import build_demo_database
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.health import DatabaseFileError
from egov_network.store.migrate import open_store
from egov_network.ui import language
from egov_network.ui.backups_dialog import BackupKeeper
from egov_network.ui.damaged_dialog import (
    HealthWatch,
    ask_about,
    damage_suspected,
    mark_suspected,
    offers_a_way_out,
)
from egov_network.ui.errors import ExceptionHook, log, setup_logging, translate
from egov_network.ui.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="egov-network", description="The egov-network desktop program.")
    parser.add_argument("--version", action="version", version=f"egov-network {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help=f"database file or SQLAlchemy URL (default: {paths.default_database()})",
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh temporary copy of the demo network")
    parser.add_argument(
        "--language",
        choices=language.SUPPORTED,
        help="user interface language (default: the setting, else the system's)",
    )
    # Qt's own options (-platform, -style …) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


@dataclass
class Session:
    """The open database of this run, and a temporary folder to remove at exit."""

    store: Store
    demo: bool
    temp_dir: Path | None = None

    def close(self) -> None:
        self.store.dispose()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)


def open_session(args: argparse.Namespace) -> Session:
    """Open what the arguments ask for; ``--demo`` never touches the user's files."""
    if args.demo:
        temp_dir = Path(tempfile.mkdtemp(prefix="egov-network-demo-"))
        try:
            target = temp_dir / "demo-network.sqlite"
            build_demo_database(target)
            return Session(open_store(target, create=False), demo=True, temp_dir=temp_dir)
        except BaseException:
            shutil.rmtree(temp_dir, ignore_errors=True)
            raise
    if not args.database:
        files.private_folder(paths.data_dir())  # the program's own folder: for the user alone
    target = args.database or paths.default_database()
    # Damage seen while the file was open last time: SQLite's full check before it opens again.
    thorough = damage_suspected(target)
    session = Session(open_store(target, thorough_check=thorough), demo=False)
    if thorough:
        mark_suspected(target, False)  # it passed (or was restored or rescued)
    return session


def make_settings_private(settings: QSettings) -> None:
    """The settings file (it remembers searches, paths, the organizer's address) and its folder: 0600/0700.

    Qt writes the file anew on every sync but keeps the mode of the one it
    replaces, so creating it private once keeps it private.
    """
    if settings.format() != QSettings.Format.NativeFormat or sys.platform in ("win32", "darwin"):
        return  # the registry / a plist in the user's own Library
    path = Path(settings.fileName())
    files.private_folder(path.parent)
    files.create_private(path)


#: How long after the window opens the background checks of the file begin.
HEALTH_CHECK_DELAY_MS = 3000


def open_with_way_out(args: argparse.Namespace) -> Session | None:
    """``open_session``; a damaged, foreign or newer file gets the damaged-file dialog first.

    None when the user chose Quit there; after Restore or Rescue the file at
    the same path holds that data (the damaged one was kept under a new name)
    and is opened like any other.
    """
    try:
        return open_session(args)
    except DatabaseFileError as error:
        if args.demo or not offers_a_way_out(error):
            raise
        # SQLite's findings name pages and cells, never record contents: safe for the log.
        log.warning("Cannot open database: %s (%s)", error.problem.value, error.reason[:300])
        if not ask_about(error):
            return None
    return open_session(args)


def quit_on_signals(app: QApplication) -> QTimer:
    """Let Ctrl+C and a logout's SIGTERM end the event loop, so the store is closed properly.

    Python only runs signal handlers when it holds control; the timer hands it
    control a few times a second while Qt waits for events.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    # Everything this program writes holds personal data: for the user alone,
    # and nothing half-written by a killed earlier run is left lying about.
    files.restrict_umask()
    files.remove_leftovers()
    log_file = setup_logging(paths.log_dir())
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    hook = ExceptionHook(log_file)
    hook.install()
    settings = QSettings()
    make_settings_private(settings)
    language.current.install(language.choose(args.language, settings))

    try:
        session = open_with_way_out(args)
    except EgovError as error:
        log.warning("Cannot open database: %s", error.text())
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), error.text(translate))
        return 2
    if session is None:  # Quit in the damaged-file dialog: nothing was changed
        return 2
    log.info("Opened %s", session.store.describe())
    try:
        window = MainWindow(Services.over(session.store), demo=session.demo)
        window.show()
        # Automatic backups (not of the demo's temporary copy); a restore opens a
        # new window over a new store, which the session then closes at the end.
        backups = BackupKeeper(
            window,
            enabled=not session.demo,
            on_replaced=lambda new: setattr(session, "store", new.services.store),
        )
        path = session.store.path
        if not session.demo and path is not None:
            # The weekly integrity check, or the rest of a big file's quick check, in a worker;
            # a few seconds after the start, so it does not compete with the first paint and clicks.
            QTimer.singleShot(HEALTH_CHECK_DELAY_MS, HealthWatch(window, path).start)
            hook.on_damage = lambda: mark_suspected(path)
        quit_on_signals(app)
        QTimer.singleShot(0, settle_start_up_objects)  # once the window is painted
        QTimer.singleShot(0, warm_up_in_background)
        code = app.exec()
        backups.at_exit()  # after changes: a last backup, with a visible progress
        return code
    finally:
        session.close()


def warm_up_in_background() -> None:
    """Prepare what the first save needs (the email and phone checks) in a worker thread."""
    from egov_network.domain.validation import warm_up
    from egov_network.ui.tasks import run_task

    run_task(lambda _progress: warm_up())


def settle_start_up_objects() -> None:
    """Keep the objects of the start-up (modules, Qt wrappers, mappings) out of full collections.

    Python's full garbage collection walks every tracked object, ~100,000 once
    the window is up: a 60-90 ms stall at a random keystroke (measured while
    filtering 100,000 contacts). What exists now mostly lives until the end;
    no collection runs first, as that would be the same stall at start-up.
    """
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
