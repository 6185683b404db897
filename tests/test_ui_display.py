"""How values read in the tables and pickers: four-digit years, the locale's order."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from egov_network.domain.enums import FIELD_ENUMS
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


def test_every_enum_a_field_holds_reads_as_its_label() -> None:
    # Whatever translator another test left installed: the label, translated, not the raw value.
    for entity, fields in FIELD_ENUMS.items():
        for field, enum in fields.items():
            for member in enum:
                expected = QCoreApplication.translate("Enum", member.label) if member.value else ""
                assert format_value(member.value, "enum") == expected, f"{entity}.{field} = {member.value!r}"


def test_values_shared_by_two_enums_share_one_label() -> None:
    # A cell knows its value, not its field: a value in two enums must read the same in both.
    labels: dict[str, set[str]] = {}
    for fields in FIELD_ENUMS.values():
        for enum in fields.values():
            for member in enum:
                if member.value:  # an empty value reads as empty, whatever its label
                    labels.setdefault(member.value, set()).add(member.label)
    assert {value: found for value, found in labels.items() if len(found) > 1} == {}
