"""Keeping ``search_text`` and the sort keys up to date: what a row's filter finds and how it sorts.

ORM ``before_insert``/``before_update`` listeners recompute the folded text
from the row's own columns on every flush, so no service has to remember it.
A contact's authority name is deliberately *not* stored here: the list query
matches it through a join, so renaming an authority rewrites no contacts.

Each sortable text column has a ``<column>_key`` beside it
(``domain.text.sort_key``: German order, DIN 5007), recomputed by the same
listeners; the lists sort by the key through an ordinary index, which works
alike in every database and for every tool reading the file.

A meeting's agenda and minutes are folded into ``notes_text`` by the same
listeners (``NOTES_FIELDS``): "search everything" finds them through an index
of their own (migration 0008), the meetings filter does not.

Writes that bypass the ORM unit of work (Core inserts, ORM bulk statements)
must set these columns themselves, with ``derived_values``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import event

from egov_network.domain.text import searchable, sort_key
from egov_network.store.models import ActionItem, Authority, Base, Contact, ContactList, Meeting, Tag, Topic

#: Per model, the columns whose text the list filter finds.
SEARCH_FIELDS: dict[type[Base], tuple[str, ...]] = {
    Contact: ("title", "first_name", "last_name", "department", "function", "email", "phone", "mobile"),
    Authority: ("name", "short_name", "ags", "city", "email"),
    Topic: ("name", "synonyms", "description"),
    Meeting: ("title", "place"),
    ActionItem: ("text",),
}

#: Per model, further folded texts kept beside ``search_text``: column -> source columns.
#: A meeting's agenda and minutes are found by "search everything" (services/search_all.py)
#: through their own index, not by the meetings filter (migration 0008).
NOTES_FIELDS: dict[type[Base], dict[str, tuple[str, ...]]] = {
    Meeting: {"notes_text": ("agenda", "minutes")},
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

#: Per model, the text columns lists sort by their key (``<column>_key``). E-mail
#: addresses and phone numbers are ASCII and sort by themselves (NOCASE).
SORT_KEYS: dict[type[Base], tuple[str, ...]] = {
    Contact: ("last_name", "first_name", "title", "department", "function"),
    Authority: ("name", "short_name", "city"),
    Topic: ("name", "synonyms", "description"),
    Meeting: ("title", "place"),
    ActionItem: ("text",),
    Tag: ("name",),
    ContactList: ("name",),
}
#: Columns counting other rows, kept by triggers (migration 0013): column -> (counted table, its
#: column pointing here, condition or None). A write that re-inserts a row with its children (a
#: restore) recounts with ``recount``, since the triggers count the children again.
COUNT_COLUMNS: dict[str, tuple[str, str, str | None]] = {
    "participant_count": ("participation", "meeting_id", None),
    "open_item_count": ("action_item", "meeting_id", "done_on IS NULL"),
    "contact_count": ("contact", "authority_id", None),
}
#: Characters of a long text its sort key keeps: enough to order any list.
KEY_LENGTH = 200

#: Columns derived from others; records and input forms leave them out
#: (``topics``, ``tags`` and their keys are kept by triggers, see migrations 0007 and 0009).
DERIVED_COLUMNS = frozenset(
    {"search_text", "topics", "topics_key", "tags", "tags_key"}
    # The current consent state and the erase marker: kept by services/consent.py and privacy.py.
    | {"consent_withdrawn", "anonymised"}
    | {name for columns in NOTES_FIELDS.values() for name in columns}
    # Counts kept for sorting by triggers (migration 0013).
    | set(COUNT_COLUMNS)
    | {f"{name}_key" for names in SORT_KEYS.values() for name in names}
)


def key_name(column: str) -> str:
    """The name of the sort key column beside ``column``."""
    return f"{column}_key"


def sort_keys_of(model: type[Base], values: Any) -> dict[str, str | None]:
    """The sort keys of a row given as an ORM object or a mapping of column values."""
    get: Callable[[str], Any] = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    keys: dict[str, str | None] = {}
    for name in SORT_KEYS.get(model, ()):
        text = get(name)
        key = sort_key(text[:KEY_LENGTH] if isinstance(text, str) else None)
        column = model.__table__.c[key_name(name)]
        keys[key_name(name)] = key if key is not None or column.nullable else ""
    return keys


def derived_values(model: type[Base], values: Any) -> dict[str, Any]:
    """Every derived column of a row (search text, sort keys), for writes that bypass the ORM."""
    derived: dict[str, Any] = dict(sort_keys_of(model, values))
    if model in SEARCH_FIELDS:
        derived["search_text"] = search_text_of(model, values)
    for column, sources in NOTES_FIELDS.get(model, {}).items():
        if isinstance(values, dict):
            derived[column] = searchable(values.get(name) for name in sources)
        else:
            derived[column] = searchable(getattr(values, name) for name in sources)
    return derived


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
    for name, value in derived_values(type(target), target).items():
        if getattr(target, name) != value:
            setattr(target, name, value)


def register() -> None:
    """Attach the listeners (idempotent; done when ``egov_network.store`` is imported)."""
    for model in {*SEARCH_FIELDS, *SORT_KEYS}:
        for name in ("before_insert", "before_update"):
            if not event.contains(model, name, _refresh):
                event.listen(model, name, _refresh)


register()
