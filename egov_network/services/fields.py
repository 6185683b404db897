"""Small validator builders used in the services' field tables."""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from typing import Any

from egov_network.domain import validation as v
from egov_network.domain.i18n import QT_TRANSLATE_NOOP


def required_line(value: Any) -> str | None:
    return v.line(value, required=True)


def enum_of(enum: type[StrEnum], *, required: bool = True) -> Any:
    def validate(value: Any) -> str | None:
        member = v.choice(value, enum, required=required)
        return member.value if member is not None else None

    return validate


#: The largest id a row can have (SQLite's INTEGER PRIMARY KEY is signed 64-bit).
MAX_ID = 2**63 - 1


def reference(value: Any, *, required: bool = False) -> int | None:
    """An id of another row; existence is checked by the service."""
    if value is None or value == "":
        if required:
            raise v.FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value))
        except ValueError:
            raise v.FieldProblem(
                QT_TRANSLATE_NOOP("Errors", "The selected record does not exist (any more).")
            ) from None
    if not 1 <= value <= MAX_ID:
        # SQLite ids are signed 64-bit: a larger number cannot name any row (and would overflow).
        raise v.FieldProblem(QT_TRANSLATE_NOOP("Errors", "The selected record does not exist (any more)."))
    return value


required_reference = partial(reference, required=True)
required_datetime = partial(v.a_datetime, required=True)


def short_line(max_len: int) -> Any:
    return partial(v.line, max_len=max_len)
