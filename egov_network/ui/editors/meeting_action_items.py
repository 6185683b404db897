"""The meeting editor's "Action items" tab: who does what by when, written in the meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from egov_network.domain.errors import EgovError
from egov_network.domain.records import is_overdue
from egov_network.domain.text import first_line
from egov_network.services.relations import ActionRow, RosterRow
from egov_network.ui.display import format_value
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.action_item_dialog import ActionItemDialog
from egov_network.ui.errors import translate
from egov_network.ui.related import RelatedTable


def overdue(row: ActionRow) -> bool:
    return is_overdue(row.due_on, row.done_on, date.today())


def due_text(row: ActionRow) -> str:
    """The due date, saying "(overdue)" in words: the red colour is never the only signal."""
    shown = format_value(row.due_on, "date")
    if overdue(row):
        return QCoreApplication.translate("ActionItemsTab", "{date} (overdue)").format(date=shown)
    return shown


class ActionItemsTab(RelatedTable[ActionRow]):
    """The meeting's action items, overdue ones emphasised; New, Edit, Mark done and Delete.

    ``participants()`` gives the meeting's participant list, offered first
    as owners in the item dialog.
    """

    def __init__(self, host: RecordEditor, participants: Callable[[], list[RosterRow]]) -> None:
        # self.tr() is not there before the widget is: the same context, spelt out for lupdate.
        super().__init__(
            QCoreApplication.translate("ActionItemsTab", "Action items"),
            [
                (QCoreApplication.translate("ActionItemsTab", "Due"), due_text),
                (QCoreApplication.translate("ActionItemsTab", "Action item"), lambda r: first_line(r.text)),
                (QCoreApplication.translate("ActionItemsTab", "Owner"), lambda r: r.owner or ""),
                (
                    QCoreApplication.translate("ActionItemsTab", "Done"),
                    lambda r: format_value(r.done_on, "date"),
                ),
            ],
            host,
            multiple=True,
            stretch=1,
        )
        self.host = host
        self.meeting: int | None = None
        self._participants = participants
        self.add_button(self.tr("&New action item…"), self.new_item)
        self.edit_button = self.add_button(self.tr("&Edit…"), lambda: self.edit_item())
        self.done_button = self.add_button(self.tr("Mark &done"), self.mark_done)
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete)
        self.finish_buttons()
        self.selection_changed.connect(self._update_buttons)
        self.activated.connect(lambda row: self.edit_item(row))
        self._update_buttons()

    def load(self, meeting: int | None) -> None:
        self.meeting = meeting
        relations = self.host.services.relations
        self.set_rows(relations.action_items(meeting) if meeting is not None else [], emphasise=overdue)

    def title(self) -> str:
        if self.meeting is None:
            return self.tr("&Action items")
        still_open = sum(1 for row in self.rows() if row.done_on is None)
        return self.tr("&Action items ({n} open)").format(n=still_open)

    def _update_buttons(self) -> None:
        rows = self.selected()
        self.edit_button.setEnabled(len(rows) == 1)
        self.done_button.setEnabled(any(row.done_on is None for row in rows))
        self.delete_button.setEnabled(bool(rows))

    def dialog(self, row: ActionRow | None = None) -> ActionItemDialog:
        """The dialog for a new item (``row`` None) or for changing ``row``; not yet shown."""
        assert self.meeting is not None
        meeting = self.meeting
        service = self.host.services.action_items
        undoable = self.host.undoable
        record = service.get(row.id) if row is not None else None

        def submit(values: dict[str, Any]) -> None:
            if record is None:
                text = self.tr("New action item “{text}”").format(text=first_line(values.get("text"))[:40])
                undoable.create(service, {**values, "meeting_id": meeting}, text)
                return
            changes = {k: v for k, v in values.items() if getattr(record, k) != v}
            if changes:
                text = self.tr("Edit action item “{text}”").format(text=first_line(record.text)[:40])
                undoable.edit(service, record.id, changes, text, expected_version=record.version)

        return ActionItemDialog(self.host.services, self._participants(), submit, record, self)

    def new_item(self) -> None:
        if self.meeting is not None:
            self.dialog(None).exec()

    def edit_item(self, row: ActionRow | None = None) -> None:
        if row is None:
            rows = self.selected()
            if len(rows) != 1:
                return
            row = rows[0]
        try:
            dialog = self.dialog(row)
        except EgovError as error:  # deleted in another program: say so and show the list as it is now
            QMessageBox.warning(self, self.tr("Not possible"), error.text(translate))
            self.host.load_related()
            return
        dialog.exec()

    def mark_done(self) -> None:
        rows = [row for row in self.selected() if row.done_on is None]
        if not rows:
            return
        today = date.today()
        service = self.host.services.action_items
        undoable = self.host.undoable
        text = self.tr("Mark %n action item(s) done", "", len(rows))
        with undoable.macro(text):  # one undo step for the whole selection
            for row in rows:
                changes = {"done_on": today}
                self.host.run_action(
                    partial(undoable.edit, service, row.id, changes, text, expected_version=row.version)
                )

    def delete(self) -> None:
        rows = self.selected()
        if rows:
            ids = [row.id for row in rows]
            text = self.tr("Delete %n action item(s)", "", len(ids))
            service = self.host.services.action_items
            self.host.run_action(lambda: self.host.undoable.delete(service, ids, text))
