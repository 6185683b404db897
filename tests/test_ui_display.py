"""How values read in the tables and pickers: four-digit years, the locale's order."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from egov_network.ui.display import date_format, datetime_format, format_value

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
C = QLocale.c()


def test_german_dates_read_as_a_german_coordinator_writes_them() -> None:
    assert format_value(date(2026, 11, 23), "date", GERMAN) == "23.11.2026"
    assert format_value(datetime(2026, 11, 23, 14, 30), "datetime", GERMAN) == "23.11.2026 14:30"


def test_years_always_have_four_digits() -> None:
    assert "yyyy" in date_format(AMERICAN)
    assert format_value(date(2026, 11, 23), "date", AMERICAN) == "11/23/2026"


def test_no_locale_gives_iso_dates_not_qts_c_pattern() -> None:
    assert format_value(date(2016, 5, 2), "date", C) == "2016-05-02"
    assert datetime_format(C) == "yyyy-MM-dd HH:mm"
