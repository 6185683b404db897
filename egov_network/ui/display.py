"""Turning stored values into text a coordinator reads, in the UI's locale."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from egov_network.domain import enums

#: Text colour of error messages and overdue items: dark red, 7.4:1 on white,
#: always paired with words (colour is never the only signal).
ERROR_COLOR = "#a4000f"

#: Stored enum value -> English label, over every enum a field holds (domain.enums.FIELD_ENUMS).
#: A cell knows only its value, not its field; values two enums share have one label.
_ENUM_LABELS: dict[str, str] = {
    member.value: member.label
    for fields in enums.FIELD_ENUMS.values()
    for enum in fields.values()
    for member in enum
    if member.value
}


def enum_label(value: str | None) -> str:
    if not value:
        return ""
    return QCoreApplication.translate("Enum", _ENUM_LABELS.get(value, value))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


#: Date and time patterns per locale name: asking the locale and rewriting its pattern took
#: several microseconds per cell.
_FORMATS: dict[tuple[str, str], str] = {}


def _cached(kind: str, locale: QLocale, make: Callable[[QLocale], str]) -> str:
    key = (kind, locale.name())
    found = _FORMATS.get(key)
    if found is None:
        found = _FORMATS[key] = make(locale)
    return found


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern, always with a four-digit year (23.11.2026, 11/23/2026).

    Qt's short formats use two-digit years in several locales, which makes
    "26" ambiguous in a network whose records span decades; the "C" locale
    (no locale set, as on a bare server) gets ISO 8601 instead of Qt's "d MM yyyy".
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time pattern without seconds (14:30, 2:30 PM); 24 h for "C"."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format(locale: QLocale | None = None) -> str:
    return f"{date_format(locale)} {time_format(locale)}"


def format_value(value: Any, kind: str, locale: QLocale | None = None) -> str:
    """Display text of a cell: dates as 23.11.2026 under German locale, enums translated."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if kind == "datetime" and isinstance(value, datetime):
        # Date and time apart, as ``datetime_format`` joins them: a QDateTime looks up the
        # time zone (30 microseconds a cell, a tenth of a meetings list's repaint).
        date_text = locale.toString(to_qdate(value.date()), _cached("date", locale, date_format))
        time_text = locale.toString(
            QTime(value.hour, value.minute, value.second), _cached("time", locale, time_format)
        )
        return f"{date_text} {time_text}"
    if kind == "date" and isinstance(value, date):
        return locale.toString(to_qdate(value), _cached("date", locale, date_format))
    if kind == "enum":
        return enum_label(str(value))
    if kind == "bool":
        return (
            QCoreApplication.translate("Display", "Yes")
            if value
            else QCoreApplication.translate("Display", "No")
        )
    if kind == "int" and isinstance(value, int):
        return locale.toString(value)
    return str(value)
