"""The meeting and action item editors driven as a coordinator would, checked against the store."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from egov_network.services.registry import Services
from egov_network.store.database import Change
from egov_network.store.migrate import open_store
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.editors import action_item_dialog, meeting_participants
from egov_network.ui.editors.action_item import ActionItemEditor
from egov_network.ui.editors.action_item_dialog import ActionItemDialog
from egov_network.ui.editors.meeting import MeetingEditor
from egov_network.ui.fields import TextField
from egov_network.ui.operations import Operations
from egov_network.ui.related import RelatedTable
from egov_network.ui.row_model import EMPHASIS_ROLE

MINUTES = (
    "TOP 1  Begrüßung\n"
    "  Frau Brönstrup begrüßt die Runde.\n"
    "\n"
    "TOP 2  Servicekonten\n"
    "    - Anbindung bis Q3   \n"
    "\t- Datenschutz prüfen\n"
    "\n\n"
)


@pytest.fixture
def reported() -> list[str]:
    return []


@pytest.fixture
def actions(qtbot, services: Services, reported: list[str]) -> Operations:
    """The window's operation runner over a bare host widget; refusals are collected, not shown."""
    host = QWidget()
    qtbot.addWidget(host)
    bus = ChangeBus(services.store, host)
    return Operations(
        services.store, QUndoStack(host), bus, host, report=lambda _t, text: reported.append(text)
    )


@pytest.fixture
def people(services: Services, authority: int) -> list[int]:
    """Four contacts, in alphabetical order of their last names."""
    names = [("Anna", "Albers"), ("Bernd", "Brandt"), ("Clara", "Claßen"), ("Dieter", "Dorn")]
    return [
        services.contacts.create({"first_name": f, "last_name": last, "authority_id": authority}).id
        for f, last in names
    ]


@pytest.fixture
def meeting(services: Services) -> int:
    return services.meetings.create(
        {
            "title": "Arbeitstreffen Servicekonten",
            "kind": "working_meeting",
            "starts_at": datetime(2026, 3, 4, 10, 0),
            "ends_at": datetime(2026, 3, 4, 12, 0),
            "status": "planned",
        }
    ).id


@pytest.fixture
def other_meeting(services: Services) -> int:
    return services.meetings.create(
        {"title": "Barcamp", "kind": "barcamp", "starts_at": datetime(2026, 5, 1, 9, 0)}
    ).id


@pytest.fixture
def editor(qtbot, services: Services, actions: Operations, meeting: int) -> MeetingEditor:
    widget = MeetingEditor(services, actions)
    qtbot.addWidget(widget)
    # As in a workspace: announced changes reach the editor.
    actions.bus.changed.connect(widget.on_change)
    widget.load(meeting)
    return widget


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer at once and note their text."""
    shown: list[str] = []

    def note(parent, title, text, *args):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", note)
    monkeypatch.setattr(QMessageBox, "information", note)
    return shown


def choose(monkeypatch: pytest.MonkeyPatch, ids: list[int]) -> list[tuple[str, bool]]:
    """Make the record picker return ``ids``; returns what was asked for."""
    asked: list[tuple[str, bool]] = []

    def fake_pick(services, entity, title, parent, *, multiple=False):  # type: ignore[no-untyped-def]
        asked.append((entity, multiple))
        return list(ids)

    # Both places of the meeting editor that open the picker.
    for module in (meeting_participants, action_item_dialog):
        monkeypatch.setattr(module, "pick", fake_pick)
    return asked


def select_rows(table, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    table.table.clearSelection()
    for row in rows:
        table.table.selectionModel().select(
            table.table.model().index(row, 0),
            table.table.selectionModel().SelectionFlag.Select
            | table.table.selectionModel().SelectionFlag.Rows,
        )


def column(table: RelatedTable[Any], index: int) -> list[str]:
    model = table.table.model()
    return [model.index(r, index).data() for r in range(model.rowCount())]


def status_of(services: Services, meeting: int, field: str = "status") -> dict[int, str]:
    """contact id -> status (or role) as the Participants tab reads it."""
    return {row.contact_id: getattr(row, field) for row in services.relations.roster(meeting)}


# -- details -----------------------------------------------------------------------


def test_create_a_meeting_through_the_form(qtbot, services: Services, actions: Operations) -> None:
    editor = MeetingEditor(services, actions)
    actions.bus.changed.connect(editor.on_change)
    qtbot.addWidget(editor)
    before = services.meetings.count_all()
    editor.load(None)
    assert editor.is_dirty()
    qtbot.keyClicks(editor.form.fields["title"].focus_target(), "Werkstattgespraech Familienleistungen")
    qtbot.keyClicks(editor.form.fields["place"].focus_target(), "Rathaus Norderstedt")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert services.meetings.count_all() == before + 1
    assert editor.ident is not None
    stored = services.meetings.get(editor.ident)
    assert stored.title == "Werkstattgespraech Familienleistungen"
    assert stored.place == "Rathaus Norderstedt"
    assert (stored.kind, stored.status) == ("working_meeting", "planned")
    assert stored.starts_at.minute == 0 and stored.starts_at > datetime.now()
    assert stored.starts_at - datetime.now() <= timedelta(hours=1)
    assert stored.minutes is None
    assert not editor.is_dirty()
    assert editor.heading.text() == "Werkstattgespraech Familienleistungen"


def test_end_before_start_is_shown_at_the_end_field_and_nothing_saved(
    qtbot, services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    editor.form.fields["ends_at"].set_value(datetime(2026, 3, 4, 9, 0))
    editor.form.changed.emit()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "before the start" in editor.form.error_text("ends_at")
    assert services.meetings.get(meeting).ends_at == datetime(2026, 3, 4, 12, 0)
    assert editor.is_dirty()
    assert actions.stack.count() == 0


def test_new_meeting_with_end_before_start_is_not_created(
    qtbot, services: Services, actions: Operations
) -> None:
    editor = MeetingEditor(services, actions)
    actions.bus.changed.connect(editor.on_change)
    qtbot.addWidget(editor)
    editor.load(None)
    qtbot.keyClicks(editor.form.fields["title"].focus_target(), "Falsch herum")
    start = editor.form.fields["starts_at"].value()
    editor.form.fields["ends_at"].set_value(start - timedelta(hours=2))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "before the start" in editor.form.error_text("ends_at")
    assert services.meetings.count_all() == 0
    assert editor.ident is None


# -- participants ------------------------------------------------------------------


def test_add_three_participants_at_once_is_one_undo_step(
    qtbot,
    monkeypatch,
    services: Services,
    editor: MeetingEditor,
    actions: Operations,
    meeting: int,
    people: list[int],
) -> None:
    asked = choose(monkeypatch, people[:3])
    add_button = next(
        b for b in editor.participants.findChildren(type(editor.save_button)) if "Add" in b.text()
    )
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)

    assert asked == [("contact", True)]
    stored = services.relations.roster(meeting)
    assert sorted(p.contact_id for p in stored) == sorted(people[:3])
    assert {p.status for p in stored} == {"invited"}
    assert column(editor.participants, 0) == ["Albers, Anna", "Brandt, Bernd", "Claßen, Clara"]
    assert column(editor.participants, 1) == ["Stadt Norderstedt"] * 3
    tab = editor.tabs.tabText(editor.tabs.indexOf(editor.participants))
    assert "3" in tab and "0 attended" in tab

    assert actions.stack.count() == 1
    actions.stack.undo()
    assert services.relations.roster(meeting) == []
    actions.stack.redo()
    assert len(services.relations.roster(meeting)) == 3


def test_adding_people_already_on_the_list_adds_only_the_new_ones(
    monkeypatch,
    services: Services,
    editor: MeetingEditor,
    actions: Operations,
    meeting: int,
    people: list[int],
    no_dialogs,
) -> None:
    services.participations.add(meeting, people[:2], status="attended")
    editor.load(meeting)
    choose(monkeypatch, people[:3])
    editor.participants.add()
    stored = {p.contact_id: p.status for p in services.relations.roster(meeting)}
    assert stored == {people[0]: "attended", people[1]: "attended", people[2]: "invited"}
    actions.stack.undo()  # takes back exactly the one created, not the two present before
    assert {p.contact_id for p in services.relations.roster(meeting)} == set(people[:2])

    choose(monkeypatch, people[:2])
    editor.participants.add()
    assert no_dialogs and "already" in no_dialogs[0]
    assert (actions.stack.count(), actions.stack.index()) == (1, 0)  # nothing pushed: redo still there
    assert {p.contact_id for p in services.relations.roster(meeting)} == set(people[:2])


def test_set_status_of_two_then_undo_restores_each(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people[:3])
    services.participations.set_many(
        [p.id for p in services.relations.roster(meeting) if p.contact_id == people[1]],
        status="excused",
    )
    editor.load(meeting)
    select_rows(editor.participants, [0, 1])
    assert editor.participants.status_button.isEnabled()
    editor.participants.set_participation("status", "attended")

    status = {p.contact_id: p.status for p in services.relations.roster(meeting)}
    assert status == {people[0]: "attended", people[1]: "attended", people[2]: "invited"}
    assert column(editor.participants, 2)[:2] == ["Attended", "Attended"]
    assert "2 attended" in editor.tabs.tabText(editor.tabs.indexOf(editor.participants))
    assert [r.contact_id for r in editor.participants.selected()] == people[:2]  # still selected

    # A second change applies to the same two people (their rows were reloaded, with new versions).
    editor.participants.set_participation("role", "speaker")
    assert status_of(services, meeting, "role") == {
        people[0]: "speaker",
        people[1]: "speaker",
        people[2]: "participant",
    }
    actions.stack.undo()
    assert set(status_of(services, meeting, "role").values()) == {"participant"}

    actions.stack.undo()
    status = {p.contact_id: p.status for p in services.relations.roster(meeting)}
    assert status == {people[0]: "invited", people[1]: "excused", people[2]: "invited"}
    actions.stack.redo()
    assert services.relations.roster(meeting)[1].status == "attended"


def test_stale_undo_of_attendance_says_so_and_keeps_the_other_programs_change(
    services: Services,
    editor: MeetingEditor,
    actions: Operations,
    meeting: int,
    people: list[int],
    db_path: Path,
    reported: list[str],
) -> None:
    services.participations.add(meeting, people[:2])
    editor.load(meeting)
    editor.participants.select_all()
    editor.participants.set_participation("status", "attended")
    # Another program on the same file records that Bernd was excused after all.
    other = open_store(db_path)
    try:
        bernd = next(
            row for row in Services.over(other).relations.roster(meeting) if row.contact_id == people[1]
        )
        Services.over(other).participations.set_many([bernd.id], status="excused")
    finally:
        other.dispose()

    actions.undo()
    assert reported and "cannot be undone" in reported[0] and "Bernd Brandt" in reported[0]
    assert status_of(services, meeting) == {people[0]: "attended", people[1]: "excused"}
    assert actions.stack.count() == 0  # the refused step left the stack


def test_meetings_open_on_the_participants_tab_once_it_is_in_front(
    qtbot, services: Services, editor: MeetingEditor, meeting: int, other_meeting: int, people: list[int]
) -> None:
    """Going through meetings, the tab the coordinator chose stays in front, showing each one's list."""
    services.participations.add(meeting, people)
    services.participations.add(other_meeting, people[2:])
    editor.show()
    editor.load(meeting)
    editor.tabs.setCurrentWidget(editor.participants)
    for ident, names in (
        (other_meeting, ["Claßen, Clara", "Dorn, Dieter"]),
        (meeting, ["Albers, Anna", "Brandt, Bernd", "Claßen, Clara", "Dorn, Dieter"]),
        (other_meeting, ["Claßen, Clara", "Dorn, Dieter"]),
    ):
        editor.load(ident)
        assert editor.tabs.currentWidget() is editor.participants
        assert column(editor.participants, 0) == names
        title = editor.tabs.tabText(editor.tabs.currentIndex())
        assert f"({len(names)}, 0 attended)" in title
        header = editor.participants.table.horizontalHeader()
        assert all(header.sectionSize(c) > 0 for c in range(header.count()))  # sized for this list


def test_status_menu_offers_every_status_and_sets_the_role_too(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people[:2])
    editor.load(meeting)
    labels = [a.text() for a in editor.participants.status_button.menu().actions()]
    assert labels == ["Invited", "Registered", "Attended", "Excused", "No-show"]
    select_rows(editor.participants, [1])
    next(a for a in editor.participants.role_button.menu().actions() if a.text() == "Speaker").trigger()
    roles = {p.contact_id: p.role for p in services.relations.roster(meeting)}
    assert roles == {people[0]: "participant", people[1]: "speaker"}
    actions.stack.undo()
    assert {p.role for p in services.relations.roster(meeting)} == {"participant"}


def test_remove_participants_and_undo(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people)
    editor.load(meeting)
    editor.participants.select_all()
    assert len(editor.participants.selected()) == 4
    select_rows(editor.participants, [0, 3])
    editor.participants.remove()
    assert {p.contact_id for p in services.relations.roster(meeting)} == {people[1], people[2]}
    assert editor.participants.model.rowCount() == 2
    actions.stack.undo()
    assert len(services.relations.roster(meeting)) == 4


def test_double_click_on_a_participant_opens_the_contact(
    qtbot, services: Services, editor: MeetingEditor, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, [people[2]])
    editor.load(meeting)
    with qtbot.waitSignal(editor.open_record) as signal:
        editor.participants.table.activated.emit(editor.participants.model.index(0, 0))
    assert signal.args == ["contact", people[2]]


# -- minutes -----------------------------------------------------------------------


def test_minutes_kept_exactly_across_save_and_switching_records(
    qtbot, services: Services, editor: MeetingEditor, meeting: int, other_meeting: int
) -> None:
    text = editor.minutes_page.field.text
    qtbot.keyClicks(text, "  Protokoll")
    text.insertPlainText("\n" + MINUTES)
    expected = "  Protokoll\n" + MINUTES
    assert editor.is_dirty() and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert services.meetings.get(meeting).minutes == expected
    editor.load(other_meeting)
    assert editor.minutes_page.field.text.toPlainText() == ""
    editor.load(meeting)
    assert editor.minutes_page.field.text.toPlainText() == expected
    assert services.meetings.get(meeting).minutes == expected
    assert not editor.is_dirty()


def test_only_the_minutes_changed_saves_only_the_minutes(
    qtbot, services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    editor.minutes_page.field.text.setPlainText(MINUTES)
    assert editor.save()
    assert services.meetings.get(meeting).minutes == MINUTES
    assert services.meetings.get(meeting).title == "Arbeitstreffen Servicekonten"
    actions.stack.undo()
    assert services.meetings.get(meeting).minutes is None


def test_new_meeting_is_created_with_its_minutes(qtbot, services: Services, actions: Operations) -> None:
    editor = MeetingEditor(services, actions)
    actions.bus.changed.connect(editor.on_change)
    qtbot.addWidget(editor)
    editor.load(None)
    qtbot.keyClicks(editor.form.fields["title"].focus_target(), "Mit Protokoll")
    editor.minutes_page.field.text.setPlainText(MINUTES)
    assert editor.save()
    assert editor.ident is not None
    assert services.meetings.get(editor.ident).minutes == MINUTES


def test_unsaved_minutes_count_as_changes_and_are_asked_about(
    qtbot, monkeypatch, services: Services, editor: MeetingEditor, meeting: int
) -> None:
    qtbot.keyClicks(editor.minutes_page.field.text, "Nur getippt")
    assert editor.is_dirty()
    assert editor.save_button.isEnabled()
    asked: list[str] = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert editor.maybe_leave() is False
    assert asked and "unsaved" in asked[0]
    assert editor.minutes_page.field.text.toPlainText() == "Nur getippt"

    # A change of the meeting elsewhere (e.g. its topics) does not reload over the typed minutes.
    editor.on_change(Change(updated={"meeting": {meeting}}))
    assert editor.minutes_page.field.text.toPlainText() == "Nur getippt"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert editor.maybe_leave() is True
    assert services.meetings.get(meeting).minutes == "Nur getippt"


def test_revert_throws_away_typed_minutes(
    qtbot, services: Services, editor: MeetingEditor, meeting: int
) -> None:
    services.meetings.update(meeting, {"minutes": MINUTES})
    editor.load(meeting)
    qtbot.keyClicks(editor.minutes_page.field.text, "xyz")
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.minutes_page.field.text.toPlainText() == MINUTES
    assert not editor.is_dirty()


def test_invalid_minutes_are_reported_on_the_minutes_page(
    services: Services, editor: MeetingEditor, meeting: int
) -> None:
    editor.minutes_page.field.text.setPlainText("Text mit \x00 darin")
    assert editor.save() is False
    assert "NUL" in editor.minutes_page.error.text() and not editor.minutes_page.error.isHidden()
    assert editor.tabs.currentWidget() is editor.minutes_page
    assert services.meetings.get(meeting).minutes is None


# -- action items ------------------------------------------------------------------


def test_new_action_item_through_the_dialog(
    qtbot, services: Services, editor: MeetingEditor, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people[:2])
    editor.load(meeting)
    dialog = editor.action_items.dialog(None)
    qtbot.addWidget(dialog)
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert owners == ["(nobody yet)", "Albers, Anna", "Brandt, Bernd", "Other contact…"]
    qtbot.keyClicks(dialog.text.text, "Entwurf Kooperationsvertrag rundschicken")
    dialog.text.text.insertPlainText("\n  mit Anlage 2")
    dialog.owner.setCurrentIndex(2)
    dialog.due_on.set_value(date(2026, 4, 1))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (item,) = services.relations.action_items(meeting)
    assert item.text == "Entwurf Kooperationsvertrag rundschicken\n  mit Anlage 2"
    assert (item.owner_id, item.due_on, item.done_on) == (people[1], date(2026, 4, 1), None)
    assert column(editor.action_items, 1) == ["Entwurf Kooperationsvertrag rundschicken"]
    assert column(editor.action_items, 2) == ["Brandt, Bernd"]


def test_action_item_without_text_keeps_the_dialog_open_with_the_message(
    qtbot, services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    dialog = editor.action_items.dialog(None)
    qtbot.addWidget(dialog)
    dialog.due_on.set_value(date(2026, 4, 1))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "required" in dialog.error_text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.relations.action_items(meeting) == []
    assert actions.stack.count() == 0
    assert dialog.due_on.value() == date(2026, 4, 1)  # nothing typed is lost


def test_owner_can_be_someone_not_on_the_list(
    qtbot, monkeypatch, services: Services, editor: MeetingEditor, meeting: int, people: list[int]
) -> None:
    services.participations.add(meeting, people[:1])
    editor.load(meeting)
    asked = choose(monkeypatch, [people[3]])
    dialog = editor.action_items.dialog(None)
    qtbot.addWidget(dialog)
    other = dialog.owner.findData(-1)
    dialog.owner.setCurrentIndex(other)
    dialog.owner.activated.emit(other)
    assert asked == [("contact", False)]
    assert dialog.owner.currentText() == "Dieter Dorn"
    qtbot.keyClicks(dialog.text.text, "Termin abstimmen")
    dialog.accept()
    (item,) = services.relations.action_items(meeting)
    assert item.owner_id == people[3]

    # Cancelling the picker goes back to the previous owner.
    choose(monkeypatch, [])
    dialog = editor.action_items.dialog(editor.action_items.rows()[0])
    qtbot.addWidget(dialog)
    assert dialog.owner.currentText() == "Dieter Dorn"
    other = dialog.owner.findData(-1)
    dialog.owner.setCurrentIndex(other)
    dialog.owner.activated.emit(other)
    assert dialog.owner.currentText() == "Dieter Dorn"


def test_new_action_item_button_and_edit(
    qtbot, monkeypatch, services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    def fill_and_accept(dialog: ActionItemDialog) -> int:
        if not dialog.text.value():
            dialog.text.text.setPlainText("Folien verschicken")
        else:
            dialog.text.text.setPlainText("Folien verschicken (mit Protokoll)")
            dialog.done_on.set_value(date(2026, 3, 5))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionItemDialog, "exec", fill_and_accept)
    new_button = next(
        b for b in editor.action_items.findChildren(type(editor.save_button)) if "New" in b.text()
    )
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    (item,) = services.relations.action_items(meeting)
    assert item.text == "Folien verschicken"

    select_rows(editor.action_items, [0])
    assert editor.action_items.edit_button.isEnabled()
    qtbot.mouseClick(editor.action_items.edit_button, Qt.MouseButton.LeftButton)
    item = services.action_items.get(item.id)
    assert (item.text, item.done_on) == ("Folien verschicken (mit Protokoll)", date(2026, 3, 5))
    assert actions.stack.count() == 2
    actions.stack.undo()
    assert services.action_items.get(item.id).text == "Folien verschicken"


def test_mark_done_removes_it_from_the_open_items(
    qtbot, services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    first = services.action_items.create(
        {"meeting_id": meeting, "text": "Erstens", "due_on": date(2026, 4, 1)}
    )
    second = services.action_items.create({"meeting_id": meeting, "text": "Zweitens"})
    editor.load(meeting)
    assert "2 open" in editor.tabs.tabText(editor.tabs.indexOf(editor.action_items))
    select_rows(editor.action_items, [0])
    qtbot.mouseClick(editor.action_items.done_button, Qt.MouseButton.LeftButton)

    assert services.action_items.get(first.id).done_on == date.today()
    still_open = [row.id for row in services.relations.action_items(meeting, open_only=True)]
    assert still_open == [second.id]
    assert "1 open" in editor.tabs.tabText(editor.tabs.indexOf(editor.action_items))
    assert column(editor.action_items, 3)[0] != ""

    actions.stack.undo()
    assert services.action_items.get(first.id).done_on is None


def test_mark_several_done_is_one_undo_step(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    for text in ("A", "B", "C"):
        services.action_items.create({"meeting_id": meeting, "text": text})
    editor.load(meeting)
    editor.action_items.select_all()
    editor.action_items.mark_done()
    assert services.relations.action_items(meeting, open_only=True) == []
    assert actions.stack.count() == 1
    actions.stack.undo()
    assert len(services.relations.action_items(meeting, open_only=True)) == 3


def test_delete_action_item_and_undo(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    item = services.action_items.create({"meeting_id": meeting, "text": "Weg damit"})
    editor.load(meeting)
    select_rows(editor.action_items, [0])
    editor.action_items.delete()
    assert services.action_items.find(item.id) is None
    actions.stack.undo()
    assert services.action_items.get(item.id).text == "Weg damit"


def test_overdue_items_say_so_in_text(services: Services, editor: MeetingEditor, meeting: int) -> None:
    today = date.today()
    services.action_items.create(
        {"meeting_id": meeting, "text": "Zu spät", "due_on": today - timedelta(days=3)}
    )
    services.action_items.create(
        {
            "meeting_id": meeting,
            "text": "Spät, aber erledigt",
            "due_on": today - timedelta(days=2),
            "done_on": today,
        }
    )
    services.action_items.create(
        {"meeting_id": meeting, "text": "Rechtzeitig", "due_on": today + timedelta(days=3)}
    )
    editor.load(meeting)
    due = dict(zip(column(editor.action_items, 1), column(editor.action_items, 0), strict=True))
    assert due["Zu spät"].endswith("(overdue)")
    assert "overdue" not in due["Spät, aber erledigt"]
    assert "overdue" not in due["Rechtzeitig"]
    model = editor.action_items.model
    overdue, on_time = model.index(0, 1), model.index(2, 1)
    assert overdue.data(EMPHASIS_ROLE) and not on_time.data(EMPHASIS_ROLE)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold() and on_time.data(Qt.ItemDataRole.FontRole) is None
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOR


# -- topics ------------------------------------------------------------------------


def test_checking_topics_sets_them_and_undo_takes_it_back(
    services: Services, editor: MeetingEditor, actions: Operations, meeting: int
) -> None:
    ids = [
        services.topics.create({"name": name}).id
        for name in ("Datenschutz", "Servicekonten", "Portalverbund")
    ]
    services.meetings.set_topics(meeting, [ids[2]])
    editor.load(meeting)
    assert editor.topics.list.count() == 0  # not read while another tab is in front
    editor.tabs.setCurrentWidget(editor.topics)
    names = [editor.topics.list.item(i).text() for i in range(editor.topics.list.count())]
    assert names == ["Datenschutz", "Portalverbund", "Servicekonten"]
    assert editor.topics.checked() == {ids[2]}

    editor.topics.list.item(0).setCheckState(Qt.CheckState.Checked)  # Datenschutz
    assert set(services.meetings.topic_ids(meeting)) == {ids[0], ids[2]}
    editor.topics.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Portalverbund
    assert set(services.meetings.topic_ids(meeting)) == {ids[0]}

    actions.stack.undo()
    assert set(services.meetings.topic_ids(meeting)) == {ids[0], ids[2]}
    actions.stack.undo()
    assert set(services.meetings.topic_ids(meeting)) == {ids[2]}
    assert editor.topics.checked() == {ids[2]}


def test_empty_editor_has_empty_tabs(
    qtbot, services: Services, actions: Operations, meeting: int, people
) -> None:
    services.participations.add(meeting, people)
    editor = MeetingEditor(services, actions)
    actions.bus.changed.connect(editor.on_change)
    qtbot.addWidget(editor)
    editor.load(meeting)
    assert editor.participants.model.rowCount() == 4
    editor.load(None)
    assert editor.participants.model.rowCount() == 0
    assert editor.topics.list.count() == 0
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.participants))


# -- the action item editor of the "Open action items" list -----------------------


def test_action_item_editor_edits_marks_done_and_opens_the_meeting(
    qtbot, services: Services, actions: Operations, meeting: int, people: list[int]
) -> None:
    item = services.action_items.create(
        {
            "meeting_id": meeting,
            "text": "Bericht schreiben\nbis zur nächsten Sitzung",
            "owner_contact_id": people[0],
        }
    )
    editor = ActionItemEditor(services, actions)
    qtbot.addWidget(editor)
    editor.load(None)
    assert not editor.isEnabled() and editor.ident is None

    editor.load(item.id)
    assert editor.heading.text() == "Bericht schreiben"
    assert editor.meeting.shown.text() == "Arbeitstreffen Servicekonten"
    assert not editor.meeting.pick.isEnabled()
    assert editor.form.fields["owner_contact_id"].value() == people[0]

    editor.form.fields["due_on"].set_value(date(2026, 6, 30))
    editor.form.fields["due_on"].changed.emit()
    assert editor.done_button.isEnabled()
    qtbot.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    stored = services.action_items.get(item.id)
    assert (stored.due_on, stored.done_on) == (date(2026, 6, 30), date.today())
    assert services.relations.action_items(open_only=True) == []
    assert not editor.done_button.isEnabled()
    assert actions.stack.count() == 1

    with qtbot.waitSignal(editor.open_record) as signal:
        qtbot.mouseClick(editor.meeting_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["meeting", meeting]


def test_action_item_editor_shows_validation_at_the_field(
    qtbot, services: Services, actions: Operations, meeting: int
) -> None:
    item = services.action_items.create({"meeting_id": meeting, "text": "Etwas"})
    editor = ActionItemEditor(services, actions)
    qtbot.addWidget(editor)
    editor.load(item.id)
    text = editor.form.fields["text"]
    assert isinstance(text, TextField)
    text.text.clear()
    assert editor.save() is False
    assert "required" in editor.form.error_text("text")
    assert services.action_items.get(item.id).text == "Etwas"
