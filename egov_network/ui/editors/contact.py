"""Editing a contact: the person's details, expert topics with level, meetings, former positions, consent."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from egov_network.domain.enums import ExpertiseLevel, Salutation
from egov_network.domain.text import first_line
from egov_network.services.relations import Link
from egov_network.ui.consent_tab import ConsentTab
from egov_network.ui.display import enum_label, format_value
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import pick, reference
from egov_network.ui.fields import BoolField, EnumField, FieldWidget, LineField, TextField
from egov_network.ui.related import RelatedTable


class ContactEditor(RecordEditor):
    """Details of a person, and who knows what: topics with levels, meetings attended."""

    entity = "contact"

    @property
    def service(self) -> Any:
        return self.services.contacts

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        return [
            ("salutation", EnumField(Salutation, required=False)),
            ("title", LineField()),
            ("first_name", LineField()),
            ("last_name", LineField()),
            ("authority_id", reference(self.services, "authority", self.tr("Choose an authority"), self)),
            ("department", LineField()),
            ("function", LineField()),
            ("email", LineField()),
            ("phone", LineField()),
            ("mobile", LineField()),
            ("active", BoolField(self.tr("still works in the network"))),
            ("notes", TextField()),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"active": True}

    def title_of(self, record: Any) -> str:
        return record.full_name

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        self.topics = RelatedTable[Link](
            self.tr("Expert topics"),
            [
                (self.tr("Topic"), lambda r: r.name),
                (self.tr("Level"), lambda r: enum_label(r.level)),
                (self.tr("Note"), lambda r: first_line(r.note)),
            ],
            self,
        )
        self.topics.add_button(self.tr("&Add topic…"), self.add_topic)
        self.level_button = self.topics.add_button(
            self.tr("Change &level"), self.change_level, needs_selection=True
        )
        level_menu = QMenu(self.level_button)
        for level in ExpertiseLevel:
            level_menu.addAction(enum_label(level.value)).triggered.connect(
                lambda _=False, lv=level.value: self.set_level(lv)
            )
        self.level_button.setMenu(level_menu)
        self.topics.add_button(self.tr("&Remove topic"), self.remove_topic, needs_selection=True)
        self.topics.finish_buttons()
        self.topics.activated.connect(lambda link: self.open_record.emit("topic", link.target_id))

        self.meetings = RelatedTable[Link](
            self.tr("Meetings"),
            [
                (self.tr("Date"), lambda r: format_value(r.when, "datetime")),
                (self.tr("Meeting"), lambda r: r.name),
                (self.tr("Status"), lambda r: enum_label(r.level)),
                (self.tr("Role"), lambda r: enum_label(r.detail)),
            ],
            self,
            stretch=1,
        )
        self.meetings.activated.connect(lambda link: self.open_record.emit("meeting", link.target_id))

        self.positions = RelatedTable[Any](
            self.tr("Former positions"),
            [
                (self.tr("Until"), lambda p: format_value(p.ended_on, "date")),
                (self.tr("Authority"), lambda p: p.authority_name or ""),
                (self.tr("Function"), lambda p: p.function or ""),
            ],
            self,
        )
        # Consent is recorded as records with a history there, not typed into the details.
        self.consent = ConsentTab(self.services, self.undoable, self.run_action, self)
        return [
            (self.tr("&Topics"), self.topics),
            (self.tr("&Meetings"), self.meetings),
            (self.tr("Former &positions"), self.positions),
            (self.tr("&Consent"), self.consent),
        ]

    def related_entities(self) -> set[str]:
        return {"expertise", "participation", "meeting", "topic", "consent"}

    def load_related(self) -> None:
        if self.ident is None:
            self.topics.set_rows([])
            self.meetings.set_rows([])
            self.positions.set_rows([])
            self.consent.load(None)
            return
        relations = self.services.relations
        self.topics.set_rows(relations.topics_of_contact(self.ident))
        self.meetings.set_rows(relations.meetings_of_contact(self.ident))
        self.positions.set_rows(self.services.contacts.positions(self.ident))
        self.consent.load(self.ident)

    # -- expertise ----------------------------------------------------------------

    def add_topic(self) -> None:
        if self.ident is None:
            return
        chosen = pick(self.services, "topic", self.tr("Add expert topics"), self, multiple=True)
        with self.undoable.macro(self.tr("Add expert topics")):
            for topic in chosen:
                values = {
                    "contact_id": self.ident,
                    "topic_id": topic,
                    "level": ExpertiseLevel.INTERESTED.value,
                }
                self.run_action(
                    partial(
                        self.undoable.create, self.services.expertise, values, self.tr("Add expert topic")
                    )
                )

    def change_level(self) -> None:
        self.level_button.showMenu()

    def set_level(self, level: str) -> None:
        with self.undoable.macro(self.tr("Change level")):
            for link in self.topics.selected():
                changes = {"level": level}
                self.run_action(
                    partial(
                        self.undoable.edit, self.services.expertise, link.id, changes, self.tr("Change level")
                    )
                )

    def remove_topic(self) -> None:
        chosen = self.topics.selected()
        if chosen:
            self.run_action(
                lambda: self.undoable.delete(
                    self.services.expertise, [link.id for link in chosen], self.tr("Remove expert topic")
                )
            )
