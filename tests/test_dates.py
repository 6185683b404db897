"""Dates and times as coordinators type them, and what the services store of them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from egov_network.domain import validation as v
from egov_network.domain.dates import default_end, parse_date, parse_datetime
from egov_network.domain.errors import FieldProblem

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.01.2027", date(2027, 1, 15)),
        ("15.1.27", date(2027, 1, 15)),
        ("5.3.2027", date(2027, 3, 5)),
        ("15.01.", date(2026, 1, 15)),
        ("15012027", date(2027, 1, 15)),
        ("2027-01-15", date(2027, 1, 15)),
        (" 15.01.2027 ", date(2027, 1, 15)),
        ("3.5.98", date(1998, 5, 3)),
        ("1.1.46", date(2046, 1, 1)),
        ("1.1.47", date(1947, 1, 1)),
    ],
)
def test_german_dates_as_typed(typed: str, meant: date) -> None:
    assert parse_date(typed, today=TODAY) == meant


def test_english_dates_month_first() -> None:
    assert parse_date("01/15/2027", today=TODAY, month_first=True) == date(2027, 1, 15)
    with pytest.raises(FieldProblem):
        parse_date("01/15/2027", today=TODAY)  # under German rules a slash date is not guessed


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.01.2027 10:00", datetime(2027, 1, 15, 10, 0)),
        ("15.1.27 9:30", datetime(2027, 1, 15, 9, 30)),
        ("15.01.2027 10 Uhr", datetime(2027, 1, 15, 10, 0)),
        ("2027-01-15T10:00", datetime(2027, 1, 15, 10, 0)),
        ("2027-01-15 10:00", datetime(2027, 1, 15, 10, 0)),
        ("15.01.2027", datetime(2027, 1, 15, 0, 0)),
    ],
)
def test_date_and_time_as_typed(typed: str, meant: datetime) -> None:
    assert parse_datetime(typed, today=TODAY) == meant


def test_a_time_alone_is_that_time_on_the_given_day() -> None:
    assert parse_datetime("15:30", on_day=date(2027, 1, 15)) == datetime(2027, 1, 15, 15, 30)
    with pytest.raises(FieldProblem) as refused:
        parse_datetime("15:30")
    assert "no date" in refused.value.template


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("31.02.2027", "not a day of the calendar"),
        ("15.13.2027", "not a day of the calendar"),
        ("15.01.2027 25:00", "not a time of day"),
        ("15.01.2027 10:", "not a date and time"),
        ("15012027 15:3", "not a date and time"),
        ("gestern", "not a date"),
        ("15.01.20277", "not a date"),
    ],
)
def test_incomplete_or_impossible_entries_are_refused_in_words(typed: str, words: str) -> None:
    with pytest.raises(FieldProblem) as refused:
        parse_datetime(typed, today=TODAY)
    assert words in refused.value.template.format(**refused.value.params)


def test_an_offset_is_converted_to_local_time_not_dropped() -> None:
    stored = v.a_datetime("2027-01-15T10:00+05:00")
    expected = datetime(2027, 1, 15, 10, 0, tzinfo=timezone(timedelta(hours=5))).astimezone()
    assert stored == expected.replace(tzinfo=None)
    aware = datetime(2027, 1, 15, 10, 0, tzinfo=UTC)
    assert v.a_datetime(aware) == aware.astimezone().replace(tzinfo=None)


def test_the_default_end_stays_on_the_start_day() -> None:
    assert default_end(datetime(2027, 1, 15, 10, 0)) == datetime(2027, 1, 15, 12, 0)
    assert default_end(datetime(2027, 1, 15, 23, 0)) == datetime(2027, 1, 15, 23, 59)


def test_english_twelve_hour_times() -> None:
    assert parse_datetime("1/15/2027 2:30 PM", month_first=True) == datetime(2027, 1, 15, 14, 30)
    assert parse_datetime("1/15/2027 12:05 am", month_first=True) == datetime(2027, 1, 15, 0, 5)
    with pytest.raises(FieldProblem):
        parse_datetime("1/15/2027 13:00 PM", month_first=True)
