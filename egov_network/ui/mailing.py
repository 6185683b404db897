"""Write to a group from the window: who is left out and why, then the mail client or the clipboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_network.services.mailing import FIELDS, Recipients, address_text, mailto_links, recipients
from egov_network.store.database import Store

#: How a link reaches the mail client; tests put their own here (no client opens in a test).
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
#: Where the chosen field (To, CC, BCC) is remembered.
FIELD_SETTING = "mail/field"


class MailDialog(QDialog):
    """Before writing: how many are written to, who is left out and why, the field and the subject."""

    def __init__(
        self,
        store: Store,
        contact_ids: Sequence[int],
        settings: QSettings,
        *,
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mail_dialog")
        self.store, self.ids, self.settings = store, list(contact_ids), settings
        self.setWindowTitle(self.tr("Write e-mail"))
        self.summary = QLabel(self)
        self.summary.setObjectName("mail_summary")
        self.summary.setWordWrap(True)
        self.left_out = QPlainTextEdit(self)
        self.left_out.setObjectName("left_out")
        self.left_out.setReadOnly(True)
        self.left_out.setAccessibleName(self.tr("Left out, with the reason"))
        self.field = QComboBox(self)
        for key, text in zip(
            FIELDS, (self.tr("To"), self.tr("CC"), self.tr("BCC (nobody sees the others)")), strict=True
        ):
            self.field.addItem(text, key)
        chosen = str(settings.value(FIELD_SETTING, "bcc") or "bcc")
        self.field.setCurrentIndex(max(0, FIELDS.index(chosen) if chosen in FIELDS else 2))
        self.subject = QLineEdit(subject, self)
        self.legal_basis = QCheckBox(
            self.tr("Also write to those without recorded consent: there is another legal basis"), self
        )
        self.legal_basis.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Addresses in:"), self.field)
        form.addRow(self.tr("&Subject:"), self.subject)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = QPushButton(self.tr("&Write e-mail"), self)
        self.copy_button = QPushButton(self.tr("&Copy addresses"), self)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.write_button.clicked.connect(self.write)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.left_out, 1)
        layout.addWidget(self.legal_basis)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        #: Whether the mail client was opened (else the addresses were copied).
        self.written = False
        self._update()

    def _update(self) -> None:
        self.result_ = recipients(self.store, self.ids, include_without_consent=self.legal_basis.isChecked())
        found: Recipients = self.result_
        self.summary.setText(
            self.tr("{n} of {all} people get the e-mail.").format(n=len(found.included), all=len(self.ids))
            + (" " + self.tr("Left out:") if found.left_out else "")
        )
        self.left_out.setPlainText(
            "\n".join(
                f"{name}: {QCoreApplication.translate('Mailing', reason)}" for name, reason in found.left_out
            )
        )
        self.left_out.setVisible(bool(found.left_out))
        self.legal_basis.setVisible(bool(found.without_consent) or self.legal_basis.isChecked())
        self.write_button.setEnabled(bool(found.included))
        self.copy_button.setEnabled(bool(found.included))

    def links(self) -> list[str]:
        return mailto_links(
            self.result_.included, field_name=str(self.field.currentData()), subject=self.subject.text()
        )

    def write(self) -> None:
        """Open the mail client once per message (a long list is split to what one link holds)."""
        self.settings.setValue(FIELD_SETTING, self.field.currentData())
        for link in self.links():
            open_url(QUrl(link, QUrl.ParsingMode.StrictMode))
        self.written = True
        self.accept()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(address_text(self.result_.included))
        self.settings.setValue(FIELD_SETTING, self.field.currentData())
        self.accept()
