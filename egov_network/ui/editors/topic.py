"""Editing an expert topic: details, its experts ranked by level, authorities, meetings, sub-topics."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from egov_network.domain.text import first_line
from egov_network.services.relations import ExpertLink, Link
from egov_network.ui.display import enum_label, format_value
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import reference
from egov_network.ui.fields import FieldWidget, LineField, TextField
from egov_network.ui.related import RelatedTable


class TopicEditor(RecordEditor):
    """A topic and who knows about it."""

    entity = "topic"

    @property
    def service(self) -> Any:
        return self.services.topics

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        return [
            ("name", LineField()),
            ("parent_id", reference(self.services, "topic", self.tr("Parent topic"), self)),
            ("synonyms", LineField()),
            ("description", TextField()),
        ]

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        # A parent topic lists its sub-topics' experts too; the Topic column says where each is expert.
        self.experts = RelatedTable[ExpertLink](
            self.tr("Experts"),
            [
                (self.tr("Level"), lambda r: enum_label(r.level)),
                (self.tr("Name"), lambda r: r.name),
                (self.tr("Topic"), lambda r: r.topic),
                (self.tr("Authority"), lambda r: r.detail or ""),
                (self.tr("Note"), lambda r: first_line(r.note)),
            ],
            self,
        )
        self.experts.activated.connect(lambda link: self.open_record.emit("contact", link.target_id))
        self.experts.add_button(
            self.tr("Write &e-mail to the experts"),
            lambda: self.mail_requested.emit(
                list(dict.fromkeys(link.target_id for link in self.experts.rows())), self.heading.text()
            ),
        )
        self.experts.finish_buttons()
        self.authorities = RelatedTable[Link](
            self.tr("Authorities"),
            [
                (self.tr("Authority"), lambda r: r.name),
                (self.tr("What they did"), lambda r: first_line(r.note)),
            ],
            self,
        )
        self.authorities.activated.connect(lambda link: self.open_record.emit("authority", link.target_id))
        self.meetings = RelatedTable[Link](
            self.tr("Meetings"),
            [
                (self.tr("Date"), lambda r: format_value(r.when, "datetime")),
                (self.tr("Meeting"), lambda r: r.name),
                (self.tr("Status"), lambda r: enum_label(r.level)),
            ],
            self,
            stretch=1,
        )
        self.meetings.activated.connect(lambda link: self.open_record.emit("meeting", link.target_id))
        self.subtopics = RelatedTable[Link](
            self.tr("Sub-topics"), [(self.tr("Topic"), lambda r: r.name)], self
        )
        self.subtopics.activated.connect(lambda link: self.open_record.emit("topic", link.target_id))
        return [
            (self.tr("&Experts"), self.experts),
            (self.tr("&Authorities"), self.authorities),
            (self.tr("&Meetings"), self.meetings),
            (self.tr("&Sub-topics"), self.subtopics),
        ]

    def related_entities(self) -> set[str]:
        return {"expertise", "authority_topic", "meeting", "topic", "contact", "authority"}

    def load_related(self) -> None:
        relations = self.services.relations
        ident = self.ident
        experts = relations.experts_of_topic(ident, subtopics=True) if ident else []
        self.experts.set_rows(experts)
        self.authorities.set_rows(relations.authorities_of_topic(ident) if ident else [])
        self.meetings.set_rows(relations.meetings_of_topic(ident) if ident else [])
        self.subtopics.set_rows(relations.subtopics(ident) if ident else [])
        if ident:
            # People, not rows: someone expert in two sub-topics is listed twice but counted once.
            people = len({row.target_id for row in experts})
            self.tabs.setTabText(1, self.tr("&Experts ({n})").format(n=people))
