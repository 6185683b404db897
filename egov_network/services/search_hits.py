"""The rows "search everything" shows: a found record's title, detail line, matched fields and snippet.

``search_all`` decides which records are found and in which order; this
module reads only those (a handful per kind) and says how each reads, with
the spans of the search terms marked (``domain.highlight``). The snippet is
shown when a term occurs only in a field the two lines do not show (minutes,
a description, an expert topic, an e-mail address): it is the text around
that match.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from egov_network.domain.enums import FIELD_ENUMS, ExpertiseLevel
from egov_network.domain.highlight import Marked, find, mark, occurring, snippet
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator
from egov_network.domain.text import first_line

FORMER = QT_TRANSLATE_NOOP("Search", "former")
EXPERTS = QT_TRANSLATE_NOOP("Search", "Experts: {n}")
DUE = QT_TRANSLATE_NOOP("Search", "due {date}")
DONE = QT_TRANSLATE_NOOP("Search", "done {date}")
DASH = " — "
DOT = " · "
#: Stored enum value -> English label (as ui/display.py reads them).
_ENUM_LABELS = {
    member.value: member.label
    for enums in FIELD_ENUMS.values()
    for enum in enums.values()
    for member in enum
    if member.value
}
_RANKS = {level.value: level.rank for level in ExpertiseLevel}


@dataclass(frozen=True)
class Hit:
    """One found record as the results show it.

    ``title`` and ``detail`` are the two lines of the row; ``fields`` are the
    record's fields that hold a term, best first (keys of
    ``domain.labels.FIELD_LABELS``); ``snippet`` is the text around a match the
    two lines do not show, from ``snippet_field``. Every text carries the
    spans of the terms in it.
    """

    entity: str
    id: int
    title: Marked
    detail: Marked
    fields: tuple[str, ...] = ()
    snippet: Marked | None = None
    snippet_field: str | None = None

    @property
    def field(self) -> str | None:
        """The field of the best match."""
        return self.fields[0] if self.fields else None


#: (field, text) of a shown line, and (field, text, terms it matches or None to look) of the others.
Shown = list[tuple[str, str | None]]
Hidden = list[tuple[str, str | None, frozenset[str] | None]]


def make_hit(
    entity: str, ident: int, terms: Sequence[str], title: str, shown: Shown, detail: str, hidden: Hidden
) -> Hit:
    """A hit from its two lines, the fields behind them (``shown``) and the fields not shown."""
    fields: list[str] = []
    visible: set[str] = set()
    for name, value in shown:
        found = find(value, terms)[1]
        if found:
            fields.append(name)
            visible |= found
    chosen: tuple[str, Marked] | None = None
    for name, value, matched in hidden:
        found = matched if matched is not None else occurring(value, terms)
        if not found:
            continue
        fields.append(name)
        if chosen is None and found - visible:
            chosen = (name, snippet(value, terms))
    return Hit(
        entity,
        ident,
        mark(title, terms),
        mark(detail, terms),
        tuple(dict.fromkeys(fields)),
        chosen[1] if chosen else None,
        chosen[0] if chosen else None,
    )


def _ids(ids: Sequence[int] | set[int]) -> str:
    return json.dumps(sorted(ids))


def _when(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


class HitReader:
    """Reads the found rows of each kind and turns them into ``Hit``s (one query per kind, or two).

    ``topics`` are the topics each long term matches, with everything below
    them; a contact found through one shows it as an expert topic.
    """

    def __init__(
        self,
        db: sqlite3.Connection,
        terms: Sequence[str],
        topics: Mapping[str, set[int]],
        children: Mapping[int | None, list[int]],
        translate: Translator,
        format_date: Callable[[date], str],
    ) -> None:
        self.db, self.terms, self.topics, self.children = db, terms, topics, children
        self.translate, self.format_date = translate, format_date

    def enum(self, value: str | None) -> str:
        return self.translate("Enum", _ENUM_LABELS.get(value, value)) if value else ""

    def rows(self, sql: str, ids: Sequence[int], *params: Any) -> dict[int, tuple[Any, ...]]:
        """``sql`` (its first ``?`` the JSON list of ``ids``) by the first column."""
        return {row[0]: row for row in self.db.execute(sql, (_ids(ids), *params))}

    def contact(self, ids: Sequence[int]) -> list[Hit]:
        rows = self.rows(
            "SELECT c.id, c.title, c.first_name, c.last_name, c.function, c.department, c.email, c.phone,"
            " c.mobile, c.active, a.name FROM contact c LEFT JOIN authority a ON a.id = c.authority_id"
            " WHERE c.id IN (SELECT value FROM json_each(?))",
            ids,
        )
        known: dict[int, list[tuple[str, str, int]]] = {}
        matched = set().union(*self.topics.values()) if self.topics else set()
        if matched:
            for contact, name, level, topic in self.db.execute(
                # "+": through the shown people's expertise, not every expert of the topics.
                "SELECT e.contact_id, t.name, e.level, t.id FROM expertise e"
                " JOIN topic t ON t.id = e.topic_id WHERE e.contact_id IN (SELECT value FROM json_each(?))"
                " AND +e.topic_id IN (SELECT value FROM json_each(?))",
                (_ids(ids), _ids(matched)),
            ):
                known.setdefault(contact, []).append((name, level, topic))
        hits = []
        for ident in ids:
            _id, title, first, last, function, department, email, phone, mobile, active, authority = rows[
                ident
            ]
            given = " ".join(p for p in (title, first) if p)
            parts = [p for p in (function, department, authority) if p]
            if not active:
                parts.append(self.translate("Search", FORMER))
            topics = sorted(known.get(ident, ()), key=lambda t: (-_RANKS.get(t[1], -1), t[0]))
            topics_text = DOT.join(f"{name} ({self.enum(level)})" for name, level, _t in topics)
            through = frozenset(
                term for term, tree in self.topics.items() if any(t in tree for _n, _l, t in topics)
            )
            hits.append(
                make_hit(
                    "contact",
                    ident,
                    self.terms,
                    last + (", " + given if given else ""),
                    [
                        ("last_name", last),
                        ("first_name", first),
                        ("title", title),
                        ("function", function),
                        ("department", department),
                        ("authority_id", authority),
                    ],
                    DOT.join(parts),
                    [
                        ("email", email, None),
                        ("phone", phone, None),
                        ("mobile", mobile, None),
                        ("topics", topics_text, through | find(topics_text, self.terms)[1]),
                    ],
                )
            )
        return hits

    def authority(self, ids: Sequence[int]) -> list[Hit]:
        rows = self.rows(
            "SELECT id, name, short_name, kind, city, ags, email FROM authority"
            " WHERE id IN (SELECT value FROM json_each(?))",
            ids,
        )
        hits = []
        for ident in ids:
            _id, name, short_name, kind, city, ags, email = rows[ident]
            parts = [p for p in (short_name, self.enum(kind), city) if p]
            shown = [("name", name), ("short_name", short_name), ("city", city)]
            hidden: Hidden = [("ags", ags, None), ("email", email, None)]
            hits.append(make_hit("authority", ident, self.terms, name, shown, DOT.join(parts), hidden))
        return hits

    def topic(self, ids: Sequence[int]) -> list[Hit]:
        rows = self.rows(
            "SELECT t.id, t.name, t.synonyms, t.description, p.name FROM topic t"
            " LEFT JOIN topic p ON p.id = t.parent_id WHERE t.id IN (SELECT value FROM json_each(?))",
            ids,
        )
        hits = []
        for ident in ids:
            _id, name, synonyms, description, parent = rows[ident]
            # A parent topic's experts include its sub-topics' (each person once).
            (experts,) = self.db.execute(
                "SELECT count(DISTINCT contact_id) FROM expertise WHERE topic_id IN"
                " (SELECT value FROM json_each(?))",
                (_ids(subtree(self.children, [ident])),),
            ).fetchone()
            parts = [parent, self.translate("Search", EXPERTS).format(n=experts)]
            hits.append(
                make_hit(
                    "topic",
                    ident,
                    self.terms,
                    name,
                    [("name", name), ("parent_id", parent)],
                    DOT.join(p for p in parts if p),
                    [("synonyms", synonyms, None), ("description", description, None)],
                )
            )
        return hits

    def meeting(self, ids: Sequence[int]) -> list[Hit]:
        rows = self.rows(
            "SELECT id, title, starts_at, place, kind, agenda, minutes FROM meeting"
            " WHERE id IN (SELECT value FROM json_each(?))",
            ids,
        )
        hits = []
        for ident in ids:
            _id, title, starts_at, place, kind, agenda, minutes = rows[ident]
            when = _when(starts_at)
            # The start as the meetings' search text holds it (store/search.py), so a typed date is marked.
            dates = f"{when:%d.%m.%Y} {when:%d/%m/%Y} {when.date().isoformat()} {when:%H:%M}"
            hits.append(
                make_hit(
                    "meeting",
                    ident,
                    self.terms,
                    title + DASH + self.format_date(when.date()),
                    [("title", title), ("starts_at", dates), ("place", place)],
                    DOT.join(p for p in (place, self.enum(kind)) if p),
                    [("agenda", agenda, None), ("minutes", minutes, None)],
                )
            )
        return hits

    def action_item(self, ids: Sequence[int]) -> list[Hit]:
        rows = self.rows(
            "SELECT i.id, i.text, i.due_on, i.done_on, m.title, m.starts_at, o.last_name, o.first_name"
            " FROM action_item i JOIN meeting m ON m.id = i.meeting_id LEFT JOIN contact o"
            " ON o.id = i.owner_contact_id WHERE i.id IN (SELECT value FROM json_each(?))",
            ids,
        )
        hits = []
        for ident in ids:
            _id, text, due_on, done_on, meeting, starts_at, last, first = rows[ident]
            line = first_line(text)
            parts = [meeting + DASH + self.format_date(_when(starts_at).date())]
            if last:
                parts.append(", ".join(p for p in (last, first) if p))
            if done_on:
                parts.append(self.translate("Search", DONE).format(date=self.format_date(_day(done_on))))
            elif due_on:
                parts.append(self.translate("Search", DUE).format(date=self.format_date(_day(due_on))))
            rest = (text or "").strip()[len(line) :].strip()
            hidden: Hidden = [("text", rest, None)] if rest else []
            hits.append(
                make_hit("action_item", ident, self.terms, line, [("text", line)], DOT.join(parts), hidden)
            )
        return hits


def subtree(children: Mapping[int | None, list[int]], roots: Sequence[int]) -> set[int]:
    """``roots`` and every topic below them (a loop of parents in old data ends the walk)."""
    seen: set[int] = set()
    todo = list(roots)
    while todo:
        ident = todo.pop()
        if ident not in seen:
            seen.add(ident)
            todo.extend(children.get(ident, ()))
    return seen
