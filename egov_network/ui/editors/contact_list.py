"""Editing a list of people: its name and kind, a saved search's filter, a static list's members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from egov_network.domain.enums import ListKind
from egov_network.services.experts import ExpertFinder, ExpertQuery
from egov_network.services.lists import expert_words_of, filter_of
from egov_network.services.relations import Link
from egov_network.ui.editor import RecordEditor
from egov_network.ui.fields import EnumField, FieldWidget, LineField, TextField
from egov_network.ui.related import RelatedTable


class ContactListEditor(RecordEditor):
    """A static list (members added from the contacts) or a saved search (a contacts filter)."""

    entity = "contact_list"
    #: "Show the people": (list id) — the main window shows the contacts of the list.
    show_people = Signal(int)

    @property
    def service(self) -> Any:
        return self.services.lists

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        return [
            ("name", LineField()),
            ("kind", EnumField(ListKind, required=True)),
            ("query", LineField()),
            ("description", TextField()),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"kind": ListKind.STATIC.value}

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        self.members = RelatedTable[Link](
            self.tr("People"),
            [(self.tr("Name"), lambda r: r.name), (self.tr("Authority"), lambda r: r.detail or "")],
            self,
            multiple=True,
        )
        self.members.activated.connect(lambda link: self.open_record.emit("contact", link.target_id))
        self.members.add_button(self.tr("Show in &Contacts"), self._show_people)
        self.remove_button = self.members.add_button(
            self.tr("&Remove from the list"), self.remove_selected, needs_selection=True
        )
        self.members.finish_buttons()
        return [(self.tr("&People"), self.members)]

    def related_entities(self) -> set[str]:
        return {"contact_list", "contact", "authority", "contact_tag", "expertise", "topic", "tag"}

    def load_related(self) -> None:
        ident = self.ident
        record = self.services.lists.find(ident) if ident else None
        rows: list[Link] = []
        if record is not None and record.kind == ListKind.EXPERTS.value:
            # Ranked as "Who knows what?" ranks them, best first.
            hits = ExpertFinder(self.services.store).find(ExpertQuery(text=expert_words_of(record)))
            rows = [Link(hit.contact_id, hit.contact_id, hit.name, hit.authority) for hit in hits]
        elif ident:
            rows = self.services.relations.people_of_list(ident, filter_of(record) if record else "")
        self.members.set_rows(rows)
        saved = record is not None and record.kind != ListKind.STATIC.value
        self.remove_button.setVisible(not saved)
        if ident:
            self.tabs.setTabText(
                self.tabs.indexOf(self.members), self.tr("&People ({n})").format(n=len(rows))
            )

    def _show_people(self) -> None:
        if self.ident is not None:
            self.show_people.emit(self.ident)

    def remove_selected(self) -> None:
        ident = self.ident
        people = [link.target_id for link in self.members.selected()]
        if ident is None or not people:
            return
        lists = self.services.lists
        text = self.tr("Remove {n} people from the list").format(n=len(people))
        self.run_action(
            lambda: self.undoable.call(
                lambda: lists.remove_members(ident, people),
                lambda: lists.add_members(ident, people),
                text,
            )
        )
