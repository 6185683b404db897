"""File > Import: pick a file, check the column mapping, review the preview, then import in one step.

Reading, matching and writing live in ``egov_network.exchange.imports`` (no
Qt). This dialog shows the preview row by row (create / update / skip and
why), lets the coordinator change a row's decision, or many rows' at once, and
the column mapping, and runs the import as one undo step. The mapping is
remembered per kind of list, so the next file from the same member needs no
fixing. The table itself (lazy, for files of 100,000 rows) is
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import EgovError
from egov_network.exchange import imports, reading
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS, ListColumn
from egov_network.services import importing
from egov_network.services.registry import Services
from egov_network.ui.errors import translate
from egov_network.ui.import_preview_model import PreviewTable
from egov_network.ui.operations import Operations

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
    """The preview of one file: what each row will do, changeable, and the Import button."""

    def __init__(
        self, services: Services, path: Path, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.path = path
        self.settings = settings
        self.preview: imports.Preview | None = None
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for name in reading.sheet_names(path):
            self.sheet.addItem(name, name)
        if self.sheet.count() == 0:
            self.sheet.addItem(self.tr("(a CSV file has one table)"), None)
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload(keep_mapping=False))
        self.sheet.currentIndexChanged.connect(lambda _i: self.reload(keep_mapping=False))
        self.create_authorities.toggled.connect(lambda _on: self.reload())
        self.reload(keep_mapping=False)

    # -- preview --------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def remembered_mapping(self) -> dict[str, str | None] | None:
        stored = self.settings.value(f"import/mapping/{self.current_kind()}")
        if not stored:
            return None
        try:
            loaded = json.loads(str(stored))
        except ValueError:
            return None
        return loaded if isinstance(loaded, dict) else None

    def reload(self, *, keep_mapping: bool = True, mapping: dict[str, str | None] | None = None) -> None:
        """Read the file again with the current choices and show the preview (or why it cannot be read)."""
        if mapping is None:
            mapping = self.preview.mapping if keep_mapping and self.preview else self.remembered_mapping()
        try:
            self.preview = importing.load_preview(
                self.services,
                self.path,
                self.current_kind(),
                sheet=self.sheet.currentData(),
                mapping=mapping,
                create_missing_authorities=self.create_authorities.isChecked(),
            )
        except EgovError as error:
            self.preview = None
            self.table.show_preview(None)
            self.summary.setText(error.text(translate))
            self.import_button.setEnabled(False)
            self.columns_button.setEnabled(False)
            return
        self.columns_button.setEnabled(True)
        self.create_authorities.setEnabled(self.current_kind() == "contacts")
        self.table.show_preview(self.preview)
        self._update_summary()

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
        assert self.preview is not None
        counts = self.preview.counts()
        number = self.locale().toString
        text = self.tr("{create} to create, {update} to update, {skip} to skip.").format(
            create=number(counts[imports.RowAction.CREATE]),
            update=number(counts[imports.RowAction.UPDATE]),
            skip=number(counts[imports.RowAction.SKIP]),
        )
        # What concerns the whole file ("no column holds the last name") comes first.
        notes = [note.text(translate) for note in self.preview.notes]
        if notes:
            text = " ".join(notes) + " " + text
        missing = self.preview.missing_authorities()
        if missing:
            text += " " + self.tr("Authorities not in the network: {names}.").format(names=", ".join(missing))
        unmapped = [h for h, key in self.preview.mapping.items() if key is None and h]
        if unmapped:
            text += " " + self.tr("Columns not imported: {names}.").format(names=", ".join(unmapped))
        self.summary.setText(text)
        self.import_button.setEnabled(counts[imports.RowAction.CREATE] + counts[imports.RowAction.UPDATE] > 0)

    def edit_mapping(self) -> None:
        if self.preview is None:
            return
        dialog = MappingDialog(
            list(self.preview.mapping), dict(self.preview.mapping), self.current_kind(), self
        )
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
        QCoreApplication.translate("ImportDialog", "Lists (*.xlsx *.csv);;All files (*)"),
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
    try:
        dialog = ImportDialog(services, path, settings, parent)
    except EgovError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportDialog", "Import"), error.text(translate)
        )
        return
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
