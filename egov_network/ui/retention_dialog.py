"""Data protection > Retention review…: people kept longer than needed, and erasing them in bulk.

Lists people without activity (participation, change, creation) for the
retention period, and people without consent or who withdrew it, each with
the reason. The period is a setting of the database, so the command line and
every window agree. The chosen people are anonymised or deleted through the
same confirmation and worker as "Erase person…".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from egov_network.domain.errors import EgovError
from egov_network.services import privacy
from egov_network.services.registry import Services
from egov_network.ui.display import format_value
from egov_network.ui.erase_dialog import erase_people
from egov_network.ui.errors import translate
from egov_network.ui.operations import Operations
from egov_network.ui.related import RelatedTable
from egov_network.ui.tasks import Task, run_task


def reason_text(candidate: privacy.Candidate) -> str:
    params = dict(candidate.params)
    if "date" in params:
        params["date"] = format_value(candidate.last_activity, "date")
    return QCoreApplication.translate("Privacy", candidate.reason).format(**params)


class RetentionDialog(QDialog):
    """The review list with the period above it; "Anonymise…" and "Delete…" act on the selection."""

    def __init__(self, services: Services, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("List people without activity for &more than"), self)
        self.years = QSpinBox(self)
        self.years.setRange(1, 50)
        self.years.setSuffix(" " + self.tr("years"))
        self.years.setValue(privacy.retention_years(services.store))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("retention_summary")
        layout.addWidget(self.summary)
        self.people = RelatedTable[privacy.Candidate](
            self.tr("People to review"),
            [
                (self.tr("Name"), lambda c: c.name),
                (self.tr("Authority"), lambda c: c.authority or ""),
                (self.tr("Last activity"), lambda c: format_value(c.last_activity, "date")),
                (self.tr("Reason"), reason_text),
            ],
            self,
            multiple=True,
            stretch=-1,
            ident=lambda c: c.contact_id,
        )
        self.anonymise_button = self.people.add_button(
            self.tr("&Anonymise selected…"), lambda: self.erase(anonymise=True), needs_selection=True
        )
        self.delete_button = self.people.add_button(
            self.tr("&Delete selected…"), lambda: self.erase(anonymise=False), needs_selection=True
        )
        self.people.add_button(self.tr("Select &all"), self.people.select_all)
        self.people.finish_buttons()
        layout.addWidget(self.people, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.years.valueChanged.connect(self.period_changed)
        self._generation = 0
        self.task: Task | None = None
        self.finished.connect(self._forget)
        self.refresh()

    def _forget(self) -> None:
        self._generation += 1  # a search still running ends unseen

    def period_changed(self, years: int) -> None:
        privacy.set_retention_years(self.services.store, years)
        self.refresh()

    def refresh(self) -> None:
        """Look for the people in a worker (seconds at 100,000 contacts); the list fills when found."""
        self._generation += 1
        generation, years = self._generation, self.years.value()
        self.summary.setText(self.tr("Looking for people to review…"))
        # No parent: the dialog may close first; a result for a closed dialog is dropped (_generation).
        self.task = run_task(lambda _progress: privacy.retention_candidates(self.services.store, years))
        self.task.succeeded.connect(lambda found: self._show(generation, found))
        self.task.failed.connect(lambda error: self._failed(generation, error))

    def _show(self, generation: int, found: list[privacy.Candidate]) -> None:
        if generation != self._generation:
            return  # the period changed meanwhile: a newer search is under way
        self.people.set_rows(found)
        self.summary.setText(self.tr("People to review: {n}").format(n=len(found)))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, EgovError):
            raise error
        self.summary.setText(error.text(translate))

    def erase(self, *, anonymise: bool) -> None:
        ids = [c.contact_id for c in self.people.selected()]
        if erase_people(self, self.services, self.operations, ids, anonymise=anonymise) is not None:
            self.refresh()
