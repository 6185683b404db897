"""Data protection > Erase person…: the confirmation that lists what goes, then the erase in a worker.

The confirmation names the people and counts what goes with them (positions,
expertise, participations, action items, list memberships, tags, consent,
history); the user chooses "remove entirely" or "anonymise" (meetings keep
their head count) and whether the older backups, which still hold the data,
are deleted too. It says plainly that this cannot be undone: the erase is not
put on the undo stack, and the stack is emptied (``Operations.irreversible``).
The erase runs in a worker with a progress dialog; cancelling before it ends
rolls the one transaction back, so nothing is half erased.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.services import privacy
from egov_network.services.registry import Services
from egov_network.store.database import Change, Store
from egov_network.ui.errors import translate
from egov_network.ui.operations import Operations
from egov_network.ui.progress import run_with_progress
from egov_network.ui.tasks import Cancelled, Progress


class EraseDialog(QDialog):
    """Asks before erasing: who, what goes (counts), how (remove or anonymise), and the backups."""

    def __init__(self, plan: privacy.ErasePlan, backups: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erase_dialog")
        self.setWindowTitle(self.tr("Erase person"))
        layout = QVBoxLayout(self)
        if len(plan.names) == 1:
            lead = self.tr("Erase {name} for good (GDPR Art. 17)?").format(name=plan.names[0])
        else:
            lead = self.tr("Erase these {n} people for good (GDPR Art. 17)?").format(n=len(plan.names))
            lead += "\n" + ", ".join(plan.names[:10]) + (" …" if len(plan.names) > 10 else "")
        self.lead = QLabel(lead, self)
        self.lead.setWordWrap(True)
        layout.addWidget(self.lead)
        goes = [
            QCoreApplication.translate("Privacy", label) + f": {plan.counts[key]}"
            for key, label in privacy.ERASE_PARTS.items()
            if plan.counts.get(key)
        ]
        what = (
            self.tr("With them go:") + "\n• " + "\n• ".join(goes) if goes else self.tr("Nothing else goes.")
        )
        self.what = QLabel(what, self)
        self.what.setObjectName("erase_counts")
        layout.addWidget(self.what)
        self.remove = QRadioButton(self.tr("&Remove entirely (their meeting participations go too)"), self)
        self.anonymise = QRadioButton(
            self.tr("&Anonymise: meetings keep their head count as an “anonymised participant”"), self
        )
        self.remove.setChecked(True)
        layout.addWidget(self.remove)
        layout.addWidget(self.anonymise)
        self.purge = QCheckBox(
            self.tr(
                "Also delete the {n} older backups: they still hold the data until they rotate out"
            ).format(n=backups),
            self,
        )
        self.purge.setVisible(backups > 0)
        layout.addWidget(self.purge)
        warning = self.tr(
            "This cannot be undone: the data is overwritten in the file, the history and the search index."
        )
        if backups:
            warning += " " + self.tr("Older backups keep it until they rotate out, unless deleted here.")
        self.warning = QLabel(warning, self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("erase_warning")
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.ok.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Cancel is the default: Enter alone must not erase anybody.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)


def erase_work(
    services: Services, ids: Sequence[int], *, anonymise: bool, anonymous_name: str, purge: bool
) -> Callable[[Progress], tuple[privacy.EraseResult, list[Change], int]]:
    """The erase as worker code: the result, the changes to announce, and the backups deleted."""

    def work(progress: Progress) -> tuple[privacy.EraseResult, list[Change], int]:
        def report(done: int, total: int) -> None:
            progress.report(done, total)  # raises Cancelled: the one transaction rolls back

        with Store.collect() as changes:
            result = privacy.erase(
                services.store, ids, anonymise=anonymise, anonymous_name=anonymous_name, progress=report
            )
        path = services.store.path
        removed = privacy.purge_backups(path) if purge and path is not None else 0
        return result, changes, removed

    return work


def erase_people(
    parent: QWidget,
    services: Services,
    operations: Operations,
    ids: Sequence[int],
    *,
    anonymise: bool = False,
) -> privacy.EraseResult | None:
    """Ask, then erase ``ids``; what was done, or None when the user cancelled (nothing changed).

    ``anonymise`` preselects the mode (the retention review's "Anonymise selected…").
    """
    title = QCoreApplication.translate("EraseDialog", "Erase person")
    if not ids:
        return None
    try:
        plan = privacy.erase_plan(services.store, ids)
    except EgovError as error:
        QMessageBox.warning(parent, title, error.text(translate))
        return None
    path: Path | None = services.store.path
    backups = len(privacy.older_backups(path)) if path is not None else 0
    dialog = EraseDialog(plan, backups, parent)
    dialog.anonymise.setChecked(anonymise)
    if not dialog.exec():
        return None
    work = erase_work(
        services,
        ids,
        anonymise=dialog.anonymise.isChecked(),
        anonymous_name=QCoreApplication.translate("Privacy", privacy.ANONYMOUS),
        purge=dialog.purge.isChecked(),
    )
    text = QCoreApplication.translate("EraseDialog", "Erasing …")
    try:
        outcome = run_with_progress(parent, title, text, work)
    except Cancelled:  # pragma: no cover - run_with_progress turns a cancel into None
        return None
    if outcome is None:
        return None
    result, changes, _removed = outcome
    if result.erased == 1:
        done = QCoreApplication.translate("EraseDialog", "Erased one person")
    else:
        done = QCoreApplication.translate("EraseDialog", "Erased {n} people").format(n=result.erased)
    operations.irreversible(changes, done)
    return result
