"""Editing a member authority: details, its contacts, member authorities and topics."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from egov_network.domain.enums import AuthorityKind, FederalState, NetworkRole
from egov_network.domain.text import first_line
from egov_network.services.relations import Link
from egov_network.ui.display import enum_label
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import pick, reference
from egov_network.ui.fields import DateField, EnumField, FieldWidget, IntField, LineField, TextField
from egov_network.ui.related import RelatedTable


class AuthorityEditor(RecordEditor):
    """Details of an authority, the people who work there and what it has built."""

    entity = "authority"

    @property
    def service(self) -> Any:
        return self.services.authorities

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        return [
            ("name", LineField()),
            ("short_name", LineField()),
            ("kind", EnumField(AuthorityKind, required=True)),
            ("network_role", EnumField(NetworkRole, required=True)),
            ("cohort", IntField(1, 99)),
            ("state", EnumField(FederalState, required=False)),
            ("ags", LineField()),
            ("parent_id", reference(self.services, "authority", self.tr("Part of which authority?"), self)),
            ("member_since", DateField()),
            ("member_until", DateField()),
            ("street", LineField()),
            ("postal_code", LineField()),
            ("city", LineField()),
            ("website", LineField()),
            ("email", LineField()),
            ("phone", LineField()),
            ("notes", TextField()),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"kind": AuthorityKind.MUNICIPALITY.value, "network_role": NetworkRole.PARTNER.value}

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        self.contacts = RelatedTable[Link](
            self.tr("Contacts"),
            [(self.tr("Name"), lambda r: r.name), (self.tr("Function"), lambda r: r.detail or "")],
            self,
        )
        self.contacts.activated.connect(lambda link: self.open_record.emit("contact", link.target_id))
        self.members = RelatedTable[Link](
            self.tr("Member authorities"),
            [(self.tr("Name"), lambda r: r.name), (self.tr("Kind"), lambda r: enum_label(r.detail))],
            self,
        )
        self.members.activated.connect(lambda link: self.open_record.emit("authority", link.target_id))
        self.topics = RelatedTable[Link](
            self.tr("Topics"),
            [(self.tr("Topic"), lambda r: r.name), (self.tr("What they did"), lambda r: first_line(r.note))],
            self,
        )
        self.topics.add_button(self.tr("&Add topic…"), self.add_topic)
        self.topics.add_button(self.tr("&Edit note…"), self.edit_note, needs_selection=True)
        self.topics.add_button(self.tr("&Remove topic"), self.remove_topic, needs_selection=True)
        self.topics.finish_buttons()
        self.topics.activated.connect(lambda link: self.open_record.emit("topic", link.target_id))
        return [
            (self.tr("&Contacts"), self.contacts),
            (self.tr("&Members"), self.members),
            (self.tr("&Topics"), self.topics),
        ]

    def related_entities(self) -> set[str]:
        return {"contact", "authority", "authority_topic", "topic"}

    def load_related(self) -> None:
        relations = self.services.relations
        ident = self.ident
        self.contacts.set_rows(relations.contacts_of_authority(ident) if ident else [])
        self.members.set_rows(relations.members_of_authority(ident) if ident else [])
        self.topics.set_rows(relations.topics_of_authority(ident) if ident else [])
        if ident:
            self.tabs.setTabText(1, self.tr("&Contacts ({n})").format(n=len(self.contacts.rows())))
            self.tabs.setTabText(2, self.tr("&Members ({n})").format(n=len(self.members.rows())))

    def add_topic(self) -> None:
        if self.ident is None:
            return
        chosen = pick(self.services, "topic", self.tr("Add topics"), self, multiple=True)
        service = self.services.authority_topics
        with self.undoable.macro(self.tr("Add topics")):
            for topic in chosen:
                values = {"authority_id": self.ident, "topic_id": topic}
                self.run_action(partial(self.undoable.create, service, values, self.tr("Add topic")))

    def edit_note(self) -> None:
        service = self.services.authority_topics
        for link in self.topics.selected():
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("What they did"), link.name, link.note or ""
            )
            if ok:
                self.run_action(
                    partial(self.undoable.edit, service, link.id, {"note": text}, self.tr("Edit topic note"))
                )

    def remove_topic(self) -> None:
        chosen = self.topics.selected()
        if chosen:
            self.run_action(
                lambda: self.undoable.delete(
                    self.services.authority_topics, [link.id for link in chosen], self.tr("Remove topic")
                )
            )
