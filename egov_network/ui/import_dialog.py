"""File > Import: pick a file, check the column mapping, review the preview, then import in one step.

Reading lives in ``egov_network.exchange.imports``, deciding and writing in
``egov_network.services.importing`` (no Qt); the reading and deciding run in a
worker with a progress bar that can be stopped. This dialog shows the preview
row by row (create / update / skip and why), lets the coordinator change a
row's decision, or many rows' at once, and the column mapping, and runs the
import as one undo step. The mapping is remembered per kind of list, so the
next file from the same member needs no fixing. The table itself (lazy, for files of 100,000 rows) is
``egov_network.ui.import_preview_model``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS, ListColumn
from egov_network.exchange.imports import FileRows, Preview, RowAction, read_file_rows
from egov_network.services import importing
from egov_network.services.registry import Services
from egov_network.ui.errors import translate
from egov_network.ui.import_preview_model import PreviewTable
from egov_network.ui.operations import Operations
from egov_network.ui.tasks import Progress, Task, run_task

KINDS = ("contacts", "authorities")
_COLUMNS: dict[str, tuple[ListColumn, ...]] = {"contacts": CONTACT_COLUMNS, "authorities": AUTHORITY_COLUMNS}


class MappingDialog(QDialog):
    """Which field each column of the file fills; "(not imported)" leaves a column out."""

    def __init__(
        self, headers: list[str], mapping: dict[str, str | None], kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the file"))
        self.setObjectName("mapping_dialog")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose for each column of the file which field it fills."), self))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        fields = [c for c in _COLUMNS[kind] if c.importable]
        for header in headers:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not imported)"), None)
            for column in fields:
                combo.addItem(QCoreApplication.translate("Headers", column.english), column.key)
            index = combo.findData(mapping.get(header))
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            label = QLabel(header or self.tr("(no header)"), self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[header] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in self.combos.items()}


class ImportDialog(QDialog):
    """The preview of one file: what each row will do, changeable, and the Import button.

    The file is read and its rows decided in a worker (``ui.tasks``) while a
    progress bar counts the rows and a Stop button cancels; the window stays
    responsive. The rows read are kept (packed, per worksheet), so choosing
    another kind, mapping or option decides them again without reading the
    file; only a worksheet not read yet is read.
    """

    def __init__(
        self, services: Services, path: Path, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.path = path
        self.settings = settings
        self._preview: Preview | None = None
        #: Rows read per worksheet (None: the CSV file's one table), reused by every re-decision.
        self._read: dict[str | None, FileRows] = {}
        self.task: Task | None = None
        self._filling_sheets = False
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.resize(1000, 620)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Contacts"), "contacts")
        self.kind.addItem(self.tr("Member authorities"), "authorities")
        form.addRow(self.tr("&Import as:"), self.kind)
        self.sheet = QComboBox(self)
        form.addRow(self.tr("&Worksheet:"), self.sheet)
        self.create_authorities = QCheckBox(
            self.tr("&Create authorities that the file names but the network does not have yet"), self
        )
        form.addRow("", self.create_authorities)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.columns_button = QPushButton(self.tr("C&olumns…"), self)
        self.columns_button.clicked.connect(self.edit_mapping)
        row.addWidget(self.columns_button)
        layout.addLayout(row)

        loading = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(self.tr("Progress of reading the file"))
        self.progress.setTextVisible(True)
        loading.addWidget(self.progress, 1)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("import_stop")
        self.stop_button.clicked.connect(self.stop)
        loading.addWidget(self.stop_button)
        layout.addLayout(loading)

        self.table = PreviewTable(self)
        self.table.setObjectName("preview")
        self.table.setAccessibleName(self.tr("Preview of the import"))
        self.table.preview_model.decisions_changed.connect(self._update_summary)
        self.table.bulk_changed.connect(self._bulk_changed)
        layout.addWidget(self.table, 1)

        bulk = QHBoxLayout()
        self.decision_button = QPushButton(self.tr("Decision for the &selected rows"), self)
        self.decision_button.setMenu(self.table.decision_menu)
        self.decision_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.decision_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        bulk.addWidget(self.decision_button)
        bulk.addStretch(1)
        layout.addLayout(bulk)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        # The worksheets are known once the file is open (in the worker).
        self.sheet.addItem(self.tr("(reading the file …)"), None)
        self.sheet.setEnabled(False)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload(keep_mapping=False))
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.create_authorities.toggled.connect(lambda _on: self.reload())
        self.reload(keep_mapping=False)

    # -- preview --------------------------------------------------------------------

    @property
    def preview(self) -> Preview | None:
        """The decided preview; None while none is (yet) decided or the file cannot be read.

        Read while the rows are still being decided, it waits for them (the
        window keeps painting meanwhile): code that opens the dialog and looks
        at once sees the finished preview.
        """
        self.wait_loaded()
        return self._preview

    def wait_loaded(self, timeout_ms: int = 120_000) -> bool:
        """Let the reading and deciding under way finish; False when it took longer than ``timeout_ms``."""
        task = self.task
        return task is None or task.wait(timeout_ms)

    def is_loading(self) -> bool:
        return self.task is not None and self.task.is_running()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_sheet(self) -> str | None:
        sheet = self.sheet.currentData()
        return None if sheet is None else str(sheet)

    def remembered_mapping(self) -> dict[str, str | None] | None:
        stored = self.settings.value(f"import/mapping/{self.current_kind()}")
        if not stored:
            return None
        try:
            loaded = json.loads(str(stored))
        except ValueError:
            return None
        return loaded if isinstance(loaded, dict) else None

    def _sheet_changed(self, _index: int) -> None:
        if not self._filling_sheets:
            self.reload(keep_mapping=False)

    def reload(self, *, keep_mapping: bool = True, mapping: dict[str, str | None] | None = None) -> None:
        """Decide the rows again with the current choices, in a worker; reads the file only if needed."""
        if mapping is None:
            mapping = self._preview.mapping if keep_mapping and self._preview else self.remembered_mapping()
        if self.task is not None and self.task.is_running():
            self.task.cancel()  # its outcome is ignored: a newer choice wins
        sheet, kind = self.current_sheet(), self.current_kind()
        create = self.create_authorities.isChecked()
        known = self._read.get(sheet)
        services, path = self.services, self.path

        def work(progress: Progress) -> tuple[FileRows, Preview]:
            rows = known
            if rows is None:
                rows = read_file_rows(
                    path,
                    sheet,
                    progress=lambda n: progress.report(n, 0, "read"),
                )
            preview = importing.decide_rows(
                services,
                rows,
                kind,
                mapping,
                create_missing_authorities=create,
                progress=lambda done, total: progress.report(done, total, "check"),
            )
            return rows, preview

        self._preview = None
        self.table.show_preview(None)
        self.import_button.setEnabled(False)
        self.columns_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name} …").format(name=path.name))
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setFormat(self.tr("Reading …"))
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        task = run_task(work)  # run_task keeps the heap out of the collector's sight
        self.task = task
        # Bound methods, not lambdas: Qt drops the connections when the dialog goes,
        # so a worker still finishing never reaches a deleted widget.
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._stopped)

    def stop(self) -> None:
        """Stop reading; nothing was written, and any option change reads again."""
        if self.task is not None and self.task.is_running():
            self.stop_button.setEnabled(False)
            self.task.cancel()

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.sender() is not self.task:  # an earlier choice's work, superseded
            return
        number = self.locale().toString
        if text == "read":
            said = self.tr("{rows} rows read").format(rows=number(done))
        else:
            said = self.tr("{done} of {total} rows checked").format(done=number(done), total=number(total))
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))
        self.progress.setFormat(said)
        # A busy bar shows no text in most styles: the count is said beside it too.
        self.summary.setText(self.tr("Reading {name} …").format(name=self.path.name) + " " + said)

    def _done_loading(self) -> None:
        self.progress.hide()
        self.stop_button.hide()

    def _loaded(self, result: tuple[FileRows, Preview]) -> None:
        if self.sender() is not self.task:
            return
        rows, preview = result
        self._read[rows.sheet if rows.sheets else None] = rows
        if rows.sheets and self.sheet.itemData(0) is None:
            self._filling_sheets = True  # filling the list is no choice of the coordinator's
            self.sheet.clear()
            for name in rows.sheets:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(max(self.sheet.findData(rows.sheet), 0))
            self._filling_sheets = False
        elif not rows.sheets:
            self.sheet.setItemText(0, self.tr("(a CSV file has one table)"))
        self.sheet.setEnabled(self.sheet.count() > 1)
        self._done_loading()
        self._preview = preview
        self.columns_button.setEnabled(True)
        self.create_authorities.setEnabled(self.current_kind() == "contacts")
        self.table.show_preview(preview)
        self._update_summary()

    def _failed(self, error: object) -> None:
        if self.sender() is not self.task:
            return
        self._done_loading()
        if not isinstance(error, EgovError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.summary.setText(error.text(translate))

    def _stopped(self) -> None:
        if self.sender() is not self.task:
            return
        self._done_loading()
        self.summary.setText(
            self.tr("Reading was stopped; nothing was imported. Change an option to read the file again.")
        )

    def done(self, result: int) -> None:
        # Closing the dialog stops the work it started; nothing waits for it.
        if self.task is not None and self.task.is_running():
            self.task.cancel()
        super().done(result)

    def _bulk_changed(self, _changed: int, refused: int) -> None:
        self._update_summary()  # drops the note of an earlier bulk change
        if refused:
            # Said once after the change, so a select-all followed by "Update"
            # does not look as if it had updated every row.
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("{count} of the selected rows do not allow this and keep their decision.").format(
                    count=self.locale().toString(refused)
                )
            )

    def _update_summary(self) -> None:
        preview = self._preview
        if preview is None:
            return
        counts = preview.counts()
        number = self.locale().toString
        text = self.tr("{create} to create, {update} to update, {skip} to skip.").format(
            create=number(counts[RowAction.CREATE]),
            update=number(counts[RowAction.UPDATE]),
            skip=number(counts[RowAction.SKIP]),
        )
        # What concerns the whole file ("no column holds the last name") comes first.
        notes = [note.text(translate) for note in preview.notes]
        if notes:
            text = " ".join(notes) + " " + text
        missing = preview.missing_authorities()
        if missing:
            text += " " + self.tr("Authorities not in the network: {names}.").format(names=", ".join(missing))
        unmapped = [h for h, key in preview.mapping.items() if key is None and h]
        if unmapped:
            text += " " + self.tr("Columns not imported: {names}.").format(names=", ".join(unmapped))
        self.summary.setText(text)
        self.import_button.setEnabled(counts[RowAction.CREATE] + counts[RowAction.UPDATE] > 0)

    def edit_mapping(self) -> None:
        preview = self._preview
        if preview is None:
            return
        dialog = MappingDialog(list(preview.mapping), dict(preview.mapping), self.current_kind(), self)
        if dialog.exec():
            mapping = dialog.mapping()
            self.settings.setValue(f"import/mapping/{self.current_kind()}", json.dumps(mapping))
            self.reload(mapping=mapping)


def ask_source(parent: QWidget, settings: QSettings) -> Path | None:
    folder = str(settings.value("import/folder", "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import a list"),
        folder,
        QCoreApplication.translate(
            "ImportDialog", "Lists and contact cards (*.xlsx *.csv *.vcf *.vcard);;All files (*)"
        ),
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue("import/folder", str(path.parent))
    return path


def run_import(
    parent: QWidget, services: Services, actions: Operations, settings: QSettings, path: Path | None = None
) -> None:
    """The whole import flow; the import becomes one undo step and ends with a summary."""
    path = path or ask_source(parent, settings)
    if path is None:
        return
    # A file that cannot be read says so in the dialog (it is read in the background).
    dialog = ImportDialog(services, path, settings, parent)
    if not dialog.exec() or dialog.preview is None:
        return
    preview = dialog.preview
    outcome: dict[str, importing.ImportResult] = {}

    def forward() -> None:
        # First run applies the preview; a redo after undo brings back the very
        # same records (same ids, versions checked) instead of importing again.
        if "result" in outcome:
            importing.redo_import(services, outcome["result"])
        else:
            outcome["result"] = importing.apply_preview(services, preview)

    def backward() -> None:
        importing.undo_import(services, outcome["result"])

    try:
        actions.call(
            forward,
            backward,
            QCoreApplication.translate("ImportDialog", "Import of {name}").format(name=path.name),
        )
    except EgovError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            QCoreApplication.translate("ImportDialog", "Nothing was imported.")
            + "\n\n"
            + error.text(translate),
        )
        return
    result = outcome["result"]
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportDialog", "Import finished"),
        QCoreApplication.translate(
            "ImportDialog",
            "{created} created, {updated} updated, {skipped} skipped. Edit > Undo takes it all back.",
        ).format(created=len(result.created), updated=len(result.updated), skipped=result.skipped),
    )
