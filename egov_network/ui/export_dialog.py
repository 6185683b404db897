"""File > Export: choose a list, a file name, and write it with a progress dialog that can cancel.

The workbook itself is built by ``egov_network.exchange.exports`` (no Qt);
this module only asks what to export and where, and runs the export in a
worker (``egov_network.ui.tasks``) while a progress dialog counts the rows:
the export calls back every few hundred rows, and the callback reports the
progress and answers whether to go on (False after Cancel).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.exchange import exports
from egov_network.services.registry import Services
from egov_network.ui import progress as progress_dialog
from egov_network.ui.errors import translate
from egov_network.ui.tasks import Cancelled, Progress

#: An export as the dialog runs it: (path, progress) -> result.
ExportCall = Callable[[Path, Callable[[int, int], bool]], Any]


@dataclass(frozen=True)
class ExportChoice:
    """One entry of the export dialog: what it says, the file name it suggests, how it runs."""

    label: str
    file_name: str
    run: ExportCall
    enabled: bool = True


def export_choices(
    services: Services,
    *,
    filtered_contacts: Sequence[int],
    selected_contacts: Sequence[int],
    meeting: tuple[int, str] | None,
    german: bool,
) -> list[ExportChoice]:
    """What File > Export offers, given the contacts filter and selection and the current meeting."""

    def call(function: Callable[..., Any], *args: Any) -> ExportCall:
        return lambda path, progress: function(
            services, path, *args, translate=translate, german=german, progress=progress
        )

    choices = [
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "Member list (authorities and their contact persons)"),
            QCoreApplication.translate("ExportDialog", "Member list"),
            call(exports.export_members),
        ),
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "All contacts"),
            QCoreApplication.translate("ExportDialog", "Contacts"),
            call(exports.export_contacts, None),
        ),
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "Contacts of the current filter or list ({n})").format(
                n=len(filtered_contacts)
            ),
            QCoreApplication.translate("ExportDialog", "Contacts"),
            call(exports.export_contacts, list(filtered_contacts)),
            enabled=bool(filtered_contacts),
        ),
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "Selected contacts ({n})").format(
                n=len(selected_contacts)
            ),
            QCoreApplication.translate("ExportDialog", "Contacts"),
            call(exports.export_contacts, list(selected_contacts)),
            enabled=bool(selected_contacts),
        ),
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "Expert topics with their experts"),
            QCoreApplication.translate("ExportDialog", "Expert topics"),
            call(exports.export_topics),
        ),
        ExportChoice(
            QCoreApplication.translate("ExportDialog", "Overview of all meetings"),
            QCoreApplication.translate("ExportDialog", "Meetings"),
            call(exports.export_meetings),
        ),
    ]
    if meeting is not None:
        ident, title = meeting
        choices.append(
            ExportChoice(
                QCoreApplication.translate(
                    "ExportDialog", "Meeting {title}: participants (sign-in sheet), minutes, action items"
                ).format(title=title),
                QCoreApplication.translate("ExportDialog", "Meeting"),
                call(exports.export_meeting, ident),
            )
        )
    else:
        choices.append(
            ExportChoice(
                QCoreApplication.translate(
                    "ExportDialog", "A meeting: select one in the Meetings workspace first"
                ),
                QCoreApplication.translate("ExportDialog", "Meeting"),
                call(exports.export_meetings),
                enabled=False,
            )
        )
    return choices


class ExportDialog(QDialog):
    """Asks which list to export; ``choice()`` is the picked ``ExportChoice``."""

    def __init__(
        self, choices: Sequence[ExportChoice], preferred: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setObjectName("export_dialog")
        self._choices = list(choices)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to export?"), self))
        self.group = QButtonGroup(self)
        for index, choice in enumerate(self._choices):
            button = QRadioButton(choice.label, self)
            button.setEnabled(choice.enabled)
            self.group.addButton(button, index)
            layout.addWidget(button)
        start = preferred if self._choices[preferred].enabled else 0
        first = self.group.button(start)
        first.setChecked(True)
        first.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        return self._choices[self.group.checkedId()]


def ask_target(parent: QWidget, settings: QSettings, file_name: str) -> Path | None:
    """A save dialog in the last export folder; '.xlsx' is added when the name lacks it."""
    folder = str(settings.value("export/folder", "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export to Excel"),
        str(Path(folder) / f"{file_name}.xlsx"),
        QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.setValue("export/folder", str(path.parent))
    return path


def run_with_progress(parent: QWidget, title: str, work: ExportCall, path: Path) -> Any | None:
    """Run an export in a worker with a progress dialog that can cancel; its result, or None if not done.

    The rows are written in a pool thread (``ui.tasks``); the GUI thread only
    shows the progress, so the window keeps painting without ``processEvents``.
    Cancel makes the export stop at its next progress call, and the export
    itself removes the half-written file. A failure is told here.
    """
    text = QCoreApplication.translate("ExportDialog", "Writing {file} …").format(file=path.name)

    def in_worker(progress: Progress) -> Any:
        def report(done: int, total: int) -> bool:
            if progress.cancelled:
                return False
            try:
                progress.report(done, total)
            except Cancelled:
                return False
            return True

        try:
            return work(path, report)
        except exports.ExportCancelled:
            raise Cancelled from None

    return progress_dialog.run_with_progress(parent, title, text, in_worker)
