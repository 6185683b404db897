"""Keeping ``search_text`` up to date: the one place that decides what a row's filter finds.

ORM ``before_insert``/``before_update`` listeners recompute the folded text
from the row's own columns on every flush, so no service has to remember it.
A contact's authority name is deliberately *not* stored here: the list query
matches it through a join, so renaming an authority rewrites no contacts.

Writes that bypass the ORM unit of work (Core inserts, ORM bulk statements)
must set ``search_text`` themselves, with ``search_text_of`` or
``egov_network.domain.text.searchable``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import event

from egov_network.domain.text import searchable
from egov_network.store.models import Authority, Base, Contact, Meeting, Topic

#: Per model, the columns whose text the list filter finds.
SEARCH_FIELDS: dict[type[Base], tuple[str, ...]] = {
    Contact: ("title", "first_name", "last_name", "department", "function", "email", "phone", "mobile"),
    Authority: ("name", "short_name", "ags", "city", "email"),
    Topic: ("name", "synonyms", "description"),
    Meeting: ("title", "place"),
}


def _shown_dates(value: Any) -> list[str]:
    """A meeting's start as the lists show it, so typing what one sees finds it.

    German (22.09.2016), British English (22/09/2016), ISO (2016-09-22), and
    the time (10:00); each is a word of its own in the search text.
    """
    if not isinstance(value, datetime):
        return []
    return [f"{value:%d.%m.%Y}", f"{value:%d/%m/%Y}", value.date().isoformat(), f"{value:%H:%M}"]


#: Per model, values derived from columns that the filter finds too: (column, derive).
SEARCH_DERIVED: dict[type[Base], tuple[tuple[str, Callable[[Any], list[str]]], ...]] = {
    Meeting: (("starts_at", _shown_dates),),
}

#: Columns derived from others; records and input forms leave them out.
DERIVED_COLUMNS = frozenset({"search_text"})


def search_text_of(model: type[Base], values: Any) -> str:
    """The search text of a row given as an ORM object or a mapping of column values."""
    fields = SEARCH_FIELDS[model]
    get: Callable[[str], Any] = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    texts: list[Any] = [get(name) for name in fields]
    for column, derive in SEARCH_DERIVED.get(model, ()):
        texts.extend(derive(get(column)))
    return searchable(texts)


def _refresh(_mapper: Any, _connection: Any, target: Any) -> None:
    # Always recompute rather than checking which attributes changed: it is
    # cheap, and a changed folding rule then heals rows on their next edit.
    text = search_text_of(type(target), target)
    if target.search_text != text:
        target.search_text = text


def register() -> None:
    """Attach the listeners (idempotent; done when ``egov_network.store`` is imported)."""
    for model in SEARCH_FIELDS:
        for name in ("before_insert", "before_update"):
            if not event.contains(model, name, _refresh):
                event.listen(model, name, _refresh)


register()
