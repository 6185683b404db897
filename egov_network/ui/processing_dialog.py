"""Data protection > Records of processing…: the Art. 30 description, edited and stored in the database.

The text goes with every Art. 15 report. Saving is one write of the setting;
an emptied text brings back the default (German and English).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.services import privacy
from egov_network.store.database import Store


class ProcessingDialog(QDialog):
    """Shows the records of processing for editing; ``accept`` stores them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("processing_dialog")
        self.setWindowTitle(self.tr("Records of processing"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "What the network keeps about people and why (GDPR Art. 30). "
                "It is part of every data protection report."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(privacy.processing_text(store), self)
        self.text.setAccessibleName(self.tr("Records of processing"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        default = QPushButton(self.tr("&Default text"), self)
        default.clicked.connect(lambda: self.text.setPlainText(privacy.DEFAULT_PROCESSING))
        buttons.addButton(default, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        privacy.set_processing_text(self.store, self.text.toPlainText())
        super().accept()
