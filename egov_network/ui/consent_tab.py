"""The contact editor's Consent tab: the person's consent records with their history, and new ones.

A consent is never edited: "given" and "withdrawn" are new records, each an
undo step through the window's ``Operations``, so views update through the
change path and the history stays what was recorded. A record typed by
mistake can be removed (also undoable).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.enums import ConsentMethod, ConsentScope, ConsentStatus
from egov_network.domain.records import ConsentRecord
from egov_network.services.registry import Services
from egov_network.ui.display import date_format, format_value, to_qdate
from egov_network.ui.operations import Operations
from egov_network.ui.related import RelatedTable


def _label(enum: Any, value: str | None) -> str:
    if not value:
        return ""
    try:
        return QCoreApplication.translate("Enum", enum(value).label)
    except ValueError:
        return value


class ConsentDialog(QDialog):
    """Asks for one consent record: the date, the scope, how (when given), and a note."""

    def __init__(self, status: ConsentStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setWindowTitle(
            self.tr("Record consent given") if status == ConsentStatus.GIVEN else self.tr("Record withdrawal")
        )
        form = QFormLayout()
        self.on_date = QDateEdit(to_qdate(date.today()), self)
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat(date_format())  # four-digit years, as every other date field
        self.on_date.setMaximumDate(to_qdate(date.today()))
        form.addRow(self.tr("&Date:"), self.on_date)
        self.scope = QComboBox(self)
        for scope in ConsentScope:
            self.scope.addItem(_label(ConsentScope, scope.value), scope.value)
        form.addRow(self.tr("&Scope:"), self.scope)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("(not recorded)"), None)
        for method in ConsentMethod:
            self.method.addItem(_label(ConsentMethod, method.value), method.value)
        form.addRow(self.tr("&How:"), self.method)
        self.note = QLineEdit(self)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self, contact_id: int) -> dict[str, Any]:
        picked: QDate = self.on_date.date()
        return {
            "contact_id": contact_id,
            "status": self.status.value,
            "on_date": date(picked.year(), picked.month(), picked.day()),
            "scope": self.scope.currentData(),
            "method": self.method.currentData(),
            "note": self.note.text().strip() or None,
        }


class ConsentTab(QWidget):
    """The consent records of the contact shown, newest first, with the current state above them.

    ``ask(status)`` shows the dialog and returns the values, or None when
    cancelled; tests replace it so no modal dialog opens.
    """

    def __init__(
        self,
        services: Services,
        operations: Operations,
        run_action: Callable[[Callable[[], Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.run_action = run_action
        self.ident: int | None = None
        self.state = QLabel(self)
        self.state.setObjectName("consent_state")
        self.state.setWordWrap(True)
        self.records = RelatedTable[ConsentRecord](
            self.tr("Consent records"),
            [
                (self.tr("Date"), lambda r: format_value(r.on_date, "date")),
                (self.tr("Status"), lambda r: _label(ConsentStatus, r.status)),
                (self.tr("Scope"), lambda r: _label(ConsentScope, r.scope)),
                (self.tr("How"), lambda r: _label(ConsentMethod, r.method)),
                (self.tr("Recorded by"), lambda r: r.recorded_by or ""),
                (self.tr("Note"), lambda r: r.note or ""),
            ],
            self,
            stretch=-1,
        )
        self.records.add_button(self.tr("Consent &given…"), lambda: self.add(ConsentStatus.GIVEN))
        self.records.add_button(self.tr("&Withdrawn…"), lambda: self.add(ConsentStatus.WITHDRAWN))
        self.records.add_button(self.tr("&Remove record"), self.remove, needs_selection=True)
        self.records.finish_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.records, 1)

    def ask(self, status: ConsentStatus) -> dict[str, Any] | None:
        if self.ident is None:
            return None
        dialog = ConsentDialog(status, self)
        return dialog.values(self.ident) if dialog.exec() else None

    def load(self, ident: int | None) -> None:
        self.ident = ident
        rows = self.services.consents.of_contact(ident) if ident is not None else []
        self.records.set_rows(rows)
        current: dict[str, str] = {}
        for row in reversed(rows):
            current[row.scope] = row.status
        if not current:
            # Typed in or imported before consent had records: shown, and the first new record keeps it.
            typed = self.services.contacts.get(ident).consent_on if ident is not None else None
            if typed is not None:
                self.state.setText(
                    self.tr("Consent given on {date} (entered with the contact, no record yet).").format(
                        date=format_value(typed, "date")
                    )
                )
            else:
                self.state.setText(self.tr("No consent recorded."))
            return
        parts = [
            self.tr("{scope}: {status}").format(
                scope=_label(ConsentScope, scope), status=_label(ConsentStatus, status)
            )
            for scope, status in current.items()
        ]
        self.state.setText(self.tr("Now in force: {state}").format(state="; ".join(parts)))

    def add(self, status: ConsentStatus) -> None:
        values = self.ask(status)
        if values is None:
            return
        text = (
            self.tr("Record consent given") if status == ConsentStatus.GIVEN else self.tr("Record withdrawal")
        )
        self.run_action(lambda: self.operations.create(self.services.consents, values, text))

    def remove(self) -> None:
        chosen = self.records.selected()
        if chosen:
            self.run_action(
                lambda: self.operations.delete(
                    self.services.consents, [r.id for r in chosen], self.tr("Remove consent record")
                )
            )
