"""Editing a meeting: its details, and one tab each for minutes, participants, action items, topics.

The tabs live in their own modules (``meeting_minutes``, ``meeting_participants``,
``meeting_action_items``, ``meeting_topics``); this editor composes them. Every
change a tab makes runs through ``self.undoable`` as one undo step and reaches
the tabs again as an announced change (``on_change`` → ``load_related``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from egov_network.domain.enums import MeetingKind, MeetingStatus
from egov_network.domain.errors import FieldError
from egov_network.domain.validation import FieldProblem
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import reference
from egov_network.ui.editors.meeting_action_items import ActionItemsTab
from egov_network.ui.editors.meeting_minutes import MinutesPage
from egov_network.ui.editors.meeting_participants import ParticipantsTab
from egov_network.ui.editors.meeting_topics import TopicsTab
from egov_network.ui.errors import translate
from egov_network.ui.fields import DateTimeField, EnumField, FieldWidget, LineField, TextField


class MeetingEditor(RecordEditor):
    """A meeting with its minutes, participant list, action items and topics."""

    entity = "meeting"

    @property
    def service(self) -> Any:
        return self.services.meetings

    def build_fields(self) -> list[tuple[str, FieldWidget]]:
        starts, ends = DateTimeField(), DateTimeField()
        # The end follows the start: "15:30" alone means the start's day, and
        # its calendar opens there, keeping the start's time plus two hours.
        ends.after(starts)
        return [
            ("title", LineField()),
            ("kind", EnumField(MeetingKind, required=True)),
            ("starts_at", starts),
            ("ends_at", ends),
            ("place", LineField()),
            ("online_link", LineField()),
            ("host_authority_id", reference(self.services, "authority", self.tr("Choose the host"), self)),
            ("status", EnumField(MeetingStatus, required=True)),
            ("agenda", TextField()),
        ]

    def new_values(self) -> dict[str, Any]:
        next_hour = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        return {
            "status": MeetingStatus.PLANNED.value,
            "kind": MeetingKind.WORKING_MEETING.value,
            "starts_at": next_hour,
        }

    def build_tabs(self) -> list[tuple[str, QWidget]]:
        self.minutes_page = MinutesPage(self)
        # The minutes are a field of the meeting like the others, only shown on
        # their own page: as part of the form they are loaded with the record,
        # saved with it (create values and edit changes) and count as unsaved
        # changes, so leaving the record asks before they are lost.
        self.form.fields["minutes"] = self.minutes_page.field
        self.minutes_page.field.changed.connect(self.form.changed)
        self.participants = ParticipantsTab(self)
        self.action_items = ActionItemsTab(self, self.participants.rows)
        self.topics = TopicsTab(self)
        #: The tabs that show related records, refreshed by ``load_related``.
        self.related_tabs: list[ParticipantsTab | ActionItemsTab | TopicsTab] = [
            self.participants,
            self.action_items,
            self.topics,
        ]
        return [(self.minutes_page.title(), self.minutes_page)] + [
            (tab.title(), tab) for tab in self.related_tabs
        ]

    def related_entities(self) -> set[str]:
        # What the tabs show: participations and action items; the names of
        # contacts (participants, owners), authorities and topics; a meeting's
        # topic links are announced as a change of the meeting.
        return {"participation", "action_item", "contact", "authority", "topic", "meeting"}

    def load_related(self) -> None:
        for tab in self.related_tabs:
            tab.load(self.ident)
            self.tabs.setTabText(self.tabs.indexOf(tab), tab.title())

    def save(self) -> bool:
        """Check the minutes first: their message belongs on the minutes page, not in the form."""
        self.minutes_page.clear_problem()
        if self.isEnabled():
            try:
                self.service.validators["minutes"](self.minutes_page.field.value())
            except FieldProblem as problem:
                self.tabs.setCurrentIndex(self.tabs.indexOf(self.minutes_page))
                self.minutes_page.show_problem(
                    FieldError("minutes", problem.template, problem.params).message(translate)
                )
                return False
        return super().save()
