"""The main window: menus, status bar, and (for now) an overview of the open database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from egov_network import __version__
from egov_network.services.registry import Services
from egov_network.store.database import Change


class MainWindow(QMainWindow):
    """The program's window over one open database.

    It owns no data: everything comes from ``services``; it listens to the
    store's change events to keep the overview current.
    """

    def __init__(self, services: Services, *, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.demo = demo
        self.setObjectName("MainWindow")
        location = services.store.describe()
        suffix = self.tr(" (demo copy)") if demo else ""
        self.setWindowTitle(self.tr("egov-network — {location}").format(location=location) + suffix)
        self.resize(1100, 720)
        self._build_menus()
        self._build_overview(location)
        self.refresh_counts()
        services.store.subscribe(self._on_change)
        self.statusBar().showMessage(self.tr("Opened {location}").format(location=location))

    # -- construction -----------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About egov-network"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_overview(self, location: str) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        heading = QLabel(self.tr("Expert network"), page)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.location_label = QLabel(self.tr("Database: {location}").format(location=location), page)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        layout.addWidget(self.location_label)
        if self.demo:
            note = QLabel(
                self.tr("This is a temporary copy of the demo network. Changes are discarded when you quit."),
                page,
            )
            note.setWordWrap(True)
            layout.addWidget(note)

        self.count_labels: dict[str, QLabel] = {}
        box = QGroupBox(self.tr("In this database"), page)
        box.setMaximumWidth(420)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(48)
        for table, label in self._count_titles().items():
            value = QLabel("–", box)
            value.setObjectName(f"count_{table}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(60)
            self.count_labels[table] = value
            form.addRow(label, value)
        layout.addSpacing(12)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setCentralWidget(page)

    def _count_titles(self) -> dict[str, str]:
        return {
            "authority": self.tr("Member authorities"),
            "contact": self.tr("Contacts"),
            "topic": self.tr("Expert topics"),
            "expertise": self.tr("Expertise links"),
            "meeting": self.tr("Meetings"),
            "participation": self.tr("Participations"),
            "action_item": self.tr("Action items"),
        }

    # -- behaviour ----------------------------------------------------------

    def refresh_counts(self) -> None:
        counts = self.services.counts()
        locale = self.locale()
        for table, label in self.count_labels.items():
            label.setText(locale.toString(counts.get(table, 0)))

    def _on_change(self, change: Change) -> None:
        if change.entities() & set(self.count_labels):
            self.refresh_counts()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About egov-network"),
            self.tr(
                "<p><b>egov-network</b> {version}</p>"
                "<p>Members, contacts, expert topics and meetings of the "
                "“Modellkommune E-Government” expert network, kept on your own computer.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.services.store.unsubscribe(self._on_change)
        super().closeEvent(event)
