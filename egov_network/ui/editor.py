"""The editor beside a workspace table: a record's form, its related records, Save and Revert."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from egov_network.domain.errors import BusyError, ConflictError, EgovError, NotFoundError, ValidationError
from egov_network.services.base import EntityService
from egov_network.services.registry import Services
from egov_network.store.database import Change
from egov_network.ui.errors import translate
from egov_network.ui.fields import FieldWidget
from egov_network.ui.form import RecordForm
from egov_network.ui.history_tab import HistoryTab
from egov_network.ui.operations import Operations


class RecordEditor(QWidget):
    """Edits one record of ``service``; subclasses give the fields and extra tabs.

    ``load(id)`` shows a record, ``load(None)`` starts a new one. Saving goes
    through the operation runner (``Operations``), so it can be undone like
    everything else, and reaches every view as one announced change.
    ``saved(id)`` fires after a save, ``dirty_changed(bool)`` on edits.
    """

    saved = Signal(int)
    dirty_changed = Signal(bool)
    #: Ask the main window to show another record: (entity, id).
    open_record = Signal(str, int)
    #: "Write e-mail" to these people (contact ids) with this subject: the window asks and opens the client.
    mail_requested = Signal(list, str)
    #: "Invite participants" of this meeting (id): calendar invitation and e-mail, made by the window.
    invite_requested = Signal(int)

    #: Which entity this edits, e.g. "contact".
    entity = ""

    def __init__(self, services: Services, actions: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        #: Runs undoable service calls (not ``actions``: that is QWidget.actions()).
        self.undoable = actions
        self.ident: int | None = None
        self.version: int | None = None
        #: While our own save runs: its announcement must not reload the form under it.
        self._saving = False
        self.form = RecordForm(self.build_fields(), self)
        self.form.changed.connect(self._on_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self._heading = ""
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        # One line, shortened with a tooltip: a long action item must not push
        # the form down or clip the heading.
        self.heading.setWordWrap(False)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.heading)
        self.hidden_notice = QLabel(self.tr("The filter hides this record; it is still open here."), self)
        self.hidden_notice.setObjectName("hidden_notice")
        self.hidden_notice.setWordWrap(True)
        self.hidden_notice.hide()
        layout.addWidget(self.hidden_notice)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Record details"))
        scroll = QScrollArea(self.tabs)
        scroll.setAccessibleName(self.tr("Details"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("&Details"))
        for title, widget in self.build_tabs():
            self.tabs.addTab(widget, title)
        # Last, on every editor: who changed what of this record (issue 15).
        self.history_tab = HistoryTab(services, self.entity, self.tabs)
        self.tabs.addTab(self.history_tab, self.tr("History"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        layout.addWidget(buttons)
        self._update_buttons()
        self.setEnabled(False)

    # -- to override ------------------------------------------------------------

    @property
    def service(self) -> EntityService[Any, Any]:
        raise NotImplementedError

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        raise NotImplementedError

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        """Tabs of related records beside the details."""
        return []

    def title_of(self, record: Any) -> str:
        return str(getattr(record, "name", None) or getattr(record, "title", ""))

    def new_values(self) -> dict[str, Any]:
        """Initial values of a new record."""
        return {}

    def load_related(self) -> None:
        """Fill the related tabs for ``self.ident`` (None: clear them)."""

    def related_entities(self) -> set[str]:
        """Entities whose changes require ``load_related`` again."""
        return set()

    # -- behaviour --------------------------------------------------------------

    def load(self, ident: int | None) -> None:
        """Show record ``ident`` or a blank new one; callers ask ``maybe_leave`` first."""
        if ident is None:
            self._show(None, None)
            return
        try:
            record = self.service.get(ident)
        except NotFoundError:
            self.clear()
            return
        self._show(ident, record)

    def _show(self, ident: int | None, record: Any) -> None:
        """Fill the form from ``record`` (already read: a save hands back what it stored)."""
        self.setEnabled(True)
        if ident != self.ident:
            self.hidden_notice.hide()
        self.ident = ident
        if record is None:
            self.version = None
            self.form.load(self.new_values())
            self.set_heading(self.tr("New record"))
        else:
            self.version = getattr(record, "version", None)
            self.form.load({k: getattr(record, k, None) for k in self.form.fields})
            self.set_heading(self.title_of(record))
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, ident is not None)
        self.history_tab.show_record(ident)
        self.load_related()
        self._update_buttons()

    def set_hidden_by_filter(self, hidden: bool) -> None:
        """Say so when the table's filter no longer shows the record open here."""
        self.hidden_notice.setVisible(hidden)

    def clear(self) -> None:
        self.hidden_notice.hide()
        self.ident = None
        self.version = None
        self.form.load({})
        self.history_tab.show_record(None)
        self.set_heading("")
        self.setEnabled(False)
        self._update_buttons()

    def set_heading(self, title: str) -> None:
        """Show ``title``'s first line as the heading, elided to the width; the whole text is the tooltip."""
        self._heading = title.strip().splitlines()[0] if title.strip() else ""
        self.heading.setToolTip(title if title.strip() != self._heading else "")
        self._elide_heading()

    def _elide_heading(self) -> None:
        if not self.heading.isVisible():
            # No real width yet; the first resize on showing elides it.
            self.heading.setText(self._heading)
            return
        metrics = self.heading.fontMetrics()
        shown = metrics.elidedText(self._heading, Qt.TextElideMode.ElideRight, max(self.heading.width(), 80))
        self.heading.setText(shown)
        if shown != self._heading:
            self.heading.setToolTip(self._heading)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide_heading()

    def is_dirty(self) -> bool:
        return self.isEnabled() and (self.form.is_dirty() or (self.ident is None and self.isEnabled()))

    def save(self) -> bool:
        """Save the form; on invalid input show the messages and return False."""
        if not self.isEnabled():
            return True
        self._saving = True
        try:
            if self.ident is None:
                label = self.tr("Create “{name}”").format(name=self._name_for_undo())
                ident = self.undoable.create(self.service, self.form.values(), label)
                record = self.service.get(ident)
            else:
                changes = self.form.changes()
                if not changes:
                    return True
                label = self.tr("Edit “{name}”").format(name=self.heading.text())
                record = self.undoable.edit(
                    self.service, self.ident, changes, label, expected_version=self.version
                )
                ident = record.id
        except ValidationError as error:
            self.form.show_errors(error)
            return False
        except ConflictError as error:
            QMessageBox.warning(self, self.tr("Changed elsewhere"), error.text(translate))
            return False
        except BusyError:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The database stayed busy, so nothing was saved. Your changes are still in the form."
                ),
            )
            return False
        except EgovError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.text(translate))
            return False
        finally:
            self._saving = False
        # The service handed back what it stored: show that, without reading it again.
        self._show(ident, record)
        self.saved.emit(ident)
        return True

    def revert(self) -> None:
        if self.ident is None:
            self.clear()
        else:
            self.load(self.ident)
        self.dirty_changed.emit(False)

    def maybe_leave(self) -> bool:
        """Before showing another record: ask about unsaved changes. False means stay."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has unsaved changes. Save them?").format(name=self.heading.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def on_change(self, change: Change) -> None:
        """Keep the shown record current when it changed elsewhere (undo, another view)."""
        if self.ident is None or self._saving:
            return
        self.history_tab.on_change(change)
        mine = self.ident in change.updated.get(self.entity, set()) or self.ident in change.created.get(
            self.entity, set()
        )
        if self.ident in change.deleted.get(self.entity, set()):
            self.clear()
            return
        if mine and not self.form.is_dirty():
            self.load(self.ident)
        elif change.entities() & self.related_entities():
            self.load_related()

    def run_action(self, action: Callable[[], Any]) -> None:
        """Run an undoable change of related records; a refusal becomes a message, not a crash."""
        try:
            action()
        except EgovError as error:
            QMessageBox.warning(self, self.tr("Not possible"), error.text(translate))

    def focus_first_field(self) -> None:
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.focus_target().setFocus()

    def _name_for_undo(self) -> str:
        values = self.form.values()
        return str(values.get("name") or values.get("title") or values.get("last_name") or "")

    def _on_changed(self) -> None:
        self._update_buttons()
        self.dirty_changed.emit(self.is_dirty())

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
