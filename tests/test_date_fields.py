"""Typing dates into the window's date fields, key by key, and choosing them from the calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from egov_network.ui.fields import DateField, DateTimeField


@pytest.fixture(autouse=True)
def german() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def typed(qtbot, field, text: str) -> None:
    field.line.setFocus()
    qtbot.keyClicks(field.line, text)


def test_a_date_and_time_typed_key_by_key_is_what_is_stored(qtbot) -> None:
    start = DateTimeField()
    qtbot.addWidget(start)
    typed(qtbot, start, "15.01.2027 10:00")
    assert start.value() == datetime(2027, 1, 15, 10, 0)
    assert start.line.text() == "15.01.2027 10:00"


def test_a_short_date_is_shown_as_understood_before_saving(qtbot) -> None:
    due = DateField()
    qtbot.addWidget(due)
    due.show()
    typed(qtbot, due, "15.1.27")
    assert due.value() == date(2027, 1, 15)
    assert due.hint.isVisible() and "15.01.2027" in due.hint.text()
    qtbot.keyClick(due.line, Qt.Key.Key_Return)
    assert due.line.text() == "15.01.2027"
    assert not due.hint.isVisible()


def test_an_incomplete_entry_is_marked_and_never_becomes_a_value(qtbot) -> None:
    end = DateTimeField()
    qtbot.addWidget(end)
    end.show()
    typed(qtbot, end, "15.01.2027 15:")
    assert end.value() == "15.01.2027 15:"  # the text itself: the service refuses it by name
    assert end.hint.isVisible() and "not a date and time" in end.hint.text()


def test_a_time_alone_in_the_end_means_the_start_day(qtbot) -> None:
    start, end = DateTimeField(), DateTimeField()
    for field in (start, end):
        qtbot.addWidget(field)
    end.after(start)
    start.set_value(datetime(2027, 1, 15, 10, 0))
    typed(qtbot, end, "15:30")
    assert end.value() == datetime(2027, 1, 15, 15, 30)


def test_the_calendar_of_an_empty_field_opens_at_today(qtbot) -> None:
    due = DateField()
    qtbot.addWidget(due)
    due.show()
    due.open_calendar()
    assert due._calendar.selectedDate() == QDate.currentDate()
    due._calendar.clicked.emit(QDate(2027, 3, 4))
    assert due.value() == date(2027, 3, 4)


def test_the_end_calendar_opens_at_the_start_and_keeps_its_time_plus_two_hours(qtbot) -> None:
    start, end = DateTimeField(), DateTimeField()
    for field in (start, end):
        qtbot.addWidget(field)
    end.show()
    end.after(start)
    start.set_value(datetime(2027, 1, 15, 10, 0))
    end.open_calendar()
    assert end._calendar.selectedDate() == QDate(2027, 1, 15)
    end._calendar.clicked.emit(QDate(2027, 1, 15))
    assert end.value() == datetime(2027, 1, 15, 12, 0)


def test_every_date_field_can_be_cleared(qtbot) -> None:
    for field in (DateField(), DateTimeField()):
        qtbot.addWidget(field)
        field.set_value(date(2027, 1, 15) if isinstance(field, DateField) else datetime(2027, 1, 15, 9))
        with qtbot.waitSignal(field.changed, timeout=1000):
            field.clear_button.click()
        assert field.value() is None


def test_a_shown_value_comes_back_unchanged_in_a_12_hour_locale(qtbot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    start = DateTimeField()
    qtbot.addWidget(start)
    start.set_value(datetime(2027, 1, 15, 14, 30))
    assert start.value() == datetime(2027, 1, 15, 14, 30)
    start.line.clear()
    typed(qtbot, start, "1/15/2027 2:30 PM")
    assert start.value() == datetime(2027, 1, 15, 14, 30)


def test_the_meeting_editor_reads_an_end_time_alone_as_the_start_day(qtbot, demo, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from egov_network.ui.main_window import MainWindow

    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    meetings = window.workspaces["meeting"]
    window.go_to(list(window.workspaces).index("meeting"))
    meetings.new_record()
    fields = meetings.editor.form.fields
    fields["title"].set_value("Arbeitstreffen E-Akte")
    fields["starts_at"].line.clear()
    typed(qtbot, fields["starts_at"], "15.01.2027 10:00")
    typed(qtbot, fields["ends_at"], "15:30")
    assert fields["ends_at"].hint.isVisible() and "15.01.2027 15:30" in fields["ends_at"].hint.text()
    assert meetings.editor.save()
    saved = demo.meetings.get(meetings.editor.ident)
    assert (saved.starts_at, saved.ends_at) == (datetime(2027, 1, 15, 10, 0), datetime(2027, 1, 15, 15, 30))
    # An end before the start is refused next to the field, and nothing is saved.
    fields["ends_at"].line.clear()
    typed(qtbot, fields["ends_at"], "15.01.2027 09:00")
    assert not meetings.editor.save()
    assert "before the start" in meetings.editor.form.error_text("ends_at")
    assert demo.meetings.get(saved.id).ends_at == datetime(2027, 1, 15, 15, 30)
    meetings.editor.revert()
