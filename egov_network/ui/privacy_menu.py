"""The window's "Data protection" menu: report, erase, retention review, records of processing.

Kept out of the main window so it stays small: the window builds one
``PrivacyMenu`` and adds its menu (and the contact actions to the contacts'
context menu). The person acted on is the selected contact, or the one open
in the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from egov_network.domain.errors import EgovError
from egov_network.services import privacy
from egov_network.services.registry import Services
from egov_network.ui.errors import translate
from egov_network.ui.operations import Operations


class PrivacyMenu(QObject):
    """Builds the menu and runs its actions; ``people()`` says whom the person actions are about."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        operations: Operations,
        people: Callable[[], list[int]],
        tell: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.operations = operations
        self.people = people
        self.tell = tell
        self.menu = QMenu(self.tr("Data &protection"), window)
        self.report_action = QAction(self.tr("Data protection &report…"), window)
        self.report_action.triggered.connect(lambda: self.report())
        self.erase_action = QAction(self.tr("&Erase person…"), window)
        self.erase_action.triggered.connect(lambda: self.erase())
        self.retention_action = QAction(self.tr("Re&tention review…"), window)
        self.retention_action.triggered.connect(self.retention)
        self.processing_action = QAction(self.tr("Records of &processing…"), window)
        self.processing_action.triggered.connect(self.processing)
        for action in (self.report_action, self.erase_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.retention_action, self.processing_action):
            self.menu.addAction(action)

    def _german(self) -> bool:
        return self.window.locale().language() == QLocale.Language.German

    def report(self, ident: int | None = None) -> Path | None:
        """Save the Art. 15 report of one person as PDF, Excel or JSON (chosen by the file type)."""
        from egov_network.ui.person_report import save_report

        chosen = [ident] if ident is not None else self.people()
        if len(chosen) != 1:
            self.tell(self.tr("Select one person for the data protection report."))
            return None
        wording = privacy.Wording(translate, self._german())
        title = self.tr("Data protection report")
        try:
            report = privacy.person_report(self.services.store, chosen[0], wording)
        except EgovError as error:
            QMessageBox.warning(self.window, title, error.text(translate))
            return None
        name, kind = QFileDialog.getSaveFileName(
            self.window,
            title,
            f"{report.title} {report.name}.pdf",
            ";;".join(
                (
                    self.tr("PDF documents (*.pdf)"),
                    self.tr("Excel workbook (*.xlsx)"),
                    self.tr("JSON, machine-readable (*.json)"),
                )
            ),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".xlsx", ".json"):
            suffix = ".xlsx" if "xlsx" in kind else ".json" if "json" in kind else ".pdf"
            path = path.with_name(path.name + suffix)
        try:
            save_report(report, path)
        except EgovError as error:
            QMessageBox.warning(self.window, title, error.text(translate))
            return None
        self.tell(self.tr("Wrote the data protection report to {path}").format(path=path))
        return path

    def erase(self, ids: list[int] | None = None) -> privacy.EraseResult | None:
        """Erase the selected people after the confirmation (not undoable)."""
        from egov_network.ui.erase_dialog import erase_people

        chosen = ids if ids is not None else self.people()
        if not chosen:
            self.tell(self.tr("Select the people to erase first."))
            return None
        result = erase_people(self.window, self.services, self.operations, chosen)
        if result is not None:
            self.tell(
                self.tr("Erased {n} people; this cannot be undone.").format(n=result.erased)
                if result.erased != 1
                else self.tr("Erased one person; this cannot be undone.")
            )
        return result

    def retention(self) -> None:
        from egov_network.ui.retention_dialog import RetentionDialog

        RetentionDialog(self.services, self.operations, self.window).exec()

    def processing(self) -> None:
        from egov_network.ui.processing_dialog import ProcessingDialog

        if ProcessingDialog(self.services.store, self.window).exec():
            self.tell(self.tr("Records of processing saved."))
