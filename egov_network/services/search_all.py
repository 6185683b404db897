"""Search everything: one text finds contacts, authorities, topics, meetings and action items.

What it finds: every whitespace-separated term, folded like the filters
(``domain.text.fold_query``: "muller" and "mueller" find "Müller", "strasse"
finds "Straße"), must occur in the record (AND); the terms may sit in
different fields. Per kind:

* contacts: their own fields, their authority's text, or an expert topic:
  a person with expertise in a topic matching the term, or in a sub-topic of
  one, is found ("Datenschutz" finds the people who know about it);
* authorities, topics and meetings: their stored ``search_text`` (a
  meeting's holds its start as shown, "22.09.2016", "2016-09-22"), for
  meetings also the folded agenda and minutes (``notes_text``);
* action items: their text (``search_text``).

How it stays fast (design.md section 6: p95 under 50 ms per keystroke at
100,000 contacts): terms of three or more letters are looked up in the FTS5
trigram indexes (``contact_fts`` … over ``search_text``). Agenda, minutes and
action items got theirs in migration 0008: a stored folded column kept by the
store's listeners (store/search.py) and indexed by triggers, rather than
triggers folding text, since SQLite has no folding function and a stored
copy is what every other search reads. Experts come from a covering index
(migration 0010). Shorter terms are checked with ``LIKE`` on the rows the
long terms found (for meetings in title, place and date only: one or two
letters are in any minutes). A query of only one- or two-letter terms finds
people, authorities and topics whose *name* starts with the first of them,
through the sort key indexes: scanning every contact's text and every
meeting's minutes for "m" would cost a keystroke several times over.

Per kind, the matches are counted from the indexes, stopping past
``RANKED``. Up to that many are ranked by score (below); more are not
scored row by row (30,000 contacts know about "daten"), but walked in an
index's order: names starting with the term first, then strong experts,
then the rest by name; meetings newest first; open action items by due date.
Their count reads "1,000+". Only the rows shown are read in full
(``search_hits``). The SQL is written out and run on the driver connection:
composing it with SQLAlchemy cost more per keystroke (~30 ms) than SQLite
took to answer it. FTS5 is SQLite's, so is this.

Ranking, best first: per term, a match at the start of the name (last name,
authority name, topic name, meeting title, action item text) scores 8, at a
word start in it 6, inside it 4; a secondary field scores a little (a
contact's function or department 2, an expert topic 3 at level expert or
experienced and 1 when interested, a topic's synonyms 3, a meeting's place
2), long texts nothing. Ties: active people, then by name; meetings newest
first; open action items first, by due date.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from egov_network.domain.highlight import undigraph
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.domain.text import fold_query
from egov_network.services.search_hits import Hit, HitReader, subtree
from egov_network.store.database import Store
from egov_network.store.fts import MIN_TERM

__all__ = ["GROUP_LABELS", "KINDS", "Group", "Hit", "SearchAll", "SearchResults"]

#: The kinds in the order the results show them.
KINDS = ("contact", "authority", "topic", "meeting", "action_item")
#: Group headings (context "Search").
GROUP_LABELS = {
    "contact": QT_TRANSLATE_NOOP("Search", "Contacts"),
    "authority": QT_TRANSLATE_NOOP("Search", "Authorities"),
    "topic": QT_TRANSLATE_NOOP("Search", "Expert topics"),
    "meeting": QT_TRANSLATE_NOOP("Search", "Meetings"),
    "action_item": QT_TRANSLATE_NOOP("Search", "Action items"),
}
#: Hits shown per kind unless asked otherwise.
LIMIT = 5
#: Up to this many matches of a kind are ranked by score and counted exactly. Beyond,
#: the kind's rows are walked in an index's order (names starting with the term, then
#: strong experts, then all, by name; meetings newest first) and the count says "more".
RANKED = 1_000
_ESCAPE = " ESCAPE '\\'"


@dataclass(frozen=True)
class Group:
    """The hits of one kind, best first, and how many records of that kind match in all."""

    entity: str
    total: int
    hits: tuple[Hit, ...]
    #: More than ``RANKED`` match: ``total`` is RANKED + 1, read "1,000+".
    more: bool = False


@dataclass(frozen=True)
class SearchResults:
    """Everything one text found: the non-empty groups, in ``KINDS`` order."""

    text: str
    terms: tuple[str, ...]
    groups: tuple[Group, ...] = ()

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)

    def group(self, entity: str) -> Group | None:
        return next((g for g in self.groups if g.entity == entity), None)

    def hits(self) -> list[Hit]:
        """Every hit, in the order shown."""
        return [hit for group in self.groups for hit in group.hits]


def _like(term: str, before: str = "%", after: str = "%") -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{before}{escaped}{after}"


def _phrase(term: str) -> str:
    """A term as an FTS5 phrase: no query syntax from the user."""
    return '"' + term.replace('"', '""') + '"'


@dataclass
class _Sql:
    """A piece of SQL with its ``?`` parameters, in order."""

    text: str = ""
    params: list[Any] = field(default_factory=list)

    @property
    def args(self) -> tuple[str, list[Any]]:
        return self.text, self.params

    @staticmethod
    def join(separator: str, parts: Sequence[_Sql]) -> _Sql:
        return _Sql(separator.join(p.text for p in parts), [v for p in parts for v in p.params])


def _match(index: str, term: str) -> _Sql:
    return _Sql(f"SELECT rowid AS id FROM {index} WHERE {index} MATCH ?", [_phrase(term)])


def _contains(column: str, term: str) -> _Sql:
    return _Sql(f"{column} LIKE ?{_ESCAPE}", [_like(term)])


def _prefix(key: str, term: str) -> _Sql:
    """``key`` starts with ``term``, as a range an index on ``key`` serves."""
    return _Sql(f"({key} >= ? AND {key} < ?)", [term, term[:-1] + chr(ord(term[-1]) + 1)])


def _bonus(condition: _Sql, points: int) -> _Sql:
    return _Sql(f"CASE WHEN {condition.text} THEN {points} ELSE 0 END", condition.params)


def _alternatives(term: str) -> list[str]:
    """The term, and as the sort keys spell it ("ü" folds to "u": "mueller" is also tried as "muller")."""
    return list(dict.fromkeys((term, undigraph(term))))


def _name_score(names: Sequence[str], term: str) -> _Sql:
    """8 when the first name starts with the term, 6 at a word start of any name, 4 inside one, else 0.

    The sort keys are folded names (``<column>_key``), see ``_alternatives``.
    """
    alternatives = _alternatives(term)
    start = [_Sql(f"{names[0]} LIKE ?{_ESCAPE}", [_like(a, before="")]) for a in alternatives]
    words = [
        _Sql(f"(' ' || {name} LIKE ?{_ESCAPE} OR {name} LIKE ?{_ESCAPE})", [_like(a, "% "), _like(a, "%-")])
        for name in names
        for a in alternatives
    ]
    inside = [_contains(name, a) for name in names for a in alternatives]
    parts = [_Sql.join(" OR ", group) for group in (start, words, inside)]
    first, word, inside_any = (part.text for part in parts)
    return _Sql(
        f"CASE WHEN {first} THEN 8 WHEN {word} THEN 6 WHEN {inside_any} THEN 4 ELSE 0 END",
        parts[0].params + parts[1].params + parts[2].params,
    )


#: Tier of a ranking walk: (condition or None for all, ORDER BY an index serves,
#: whether the condition alone implies holding the one term searched for).
_Tier = tuple[_Sql | None, str, bool]


@dataclass
class _Kind:
    """How one kind of record is found and ranked (SQL over its table, named as the table).

    ``sources`` give the ids holding a long term; ``short`` says a row holds a
    short term; ``score`` and ``order`` rank a few hundred matches fully.
    ``tiers`` rank many matches by walking an index instead (the first tier
    gets the term); ``prefix_tiers`` find names starting with a short term
    (no such tiers: a kind is not searched by one or two letters alone).
    """

    table: str
    sources: Callable[[str], list[_Sql]]
    short: Callable[[str], _Sql]
    score: Callable[[str], list[_Sql]]
    order: str
    tiers: Callable[[str], list[_Tier]]
    prefix_tiers: Callable[[str], list[_Tier]] | None = None
    #: Rank every match, however many (a table of hundreds).
    small: bool = False


class SearchAll:
    """Searches every kind of record for one text; see the module docstring for what and how.

    ``translate`` names enum values and the few words of the detail lines
    (contexts "Enum" and "Search"); ``format_date`` writes dates as the reader
    expects them (the window passes its locale's format).
    """

    def __init__(
        self,
        store: Store,
        *,
        translate: Translator = no_translation,
        format_date: Callable[[date], str] = date.isoformat,
    ) -> None:
        self.store = store
        self.translate = translate
        self.format_date = format_date

    def search(self, text: str, limit_per_kind: int = LIMIT) -> SearchResults:
        """The records holding every term of ``text``: per kind the best ``limit_per_kind`` and the total."""
        terms = list(dict.fromkeys(fold_query(text)))
        if not terms:
            return SearchResults(text, ())
        groups = []
        with self.store.read() as session:
            db: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
            children: dict[int | None, list[int]] = {}
            for ident, parent in db.execute("SELECT id, parent_id FROM topic"):
                children.setdefault(parent, []).append(ident)
            topics = {
                term: subtree(children, [row[0] for row in db.execute(*_match("topic_fts", term).args)])
                for term in terms
                if len(term) >= MIN_TERM
            }
            reader = HitReader(db, terms, topics, children, self.translate, self.format_date)
            for kind in _kinds(topics):
                found = _find(db, kind, terms, limit_per_kind)
                if found is not None and found[0]:
                    ids, total = found
                    hits = getattr(reader, kind.table)(ids)
                    groups.append(Group(kind.table, total, tuple(hits), more=total > RANKED))
        return SearchResults(text, tuple(terms), tuple(groups))


def _find(
    db: sqlite3.Connection, kind: _Kind, terms: Sequence[str], limit: int
) -> tuple[list[int], int] | None:
    """The ids of the best ``limit`` matches of ``kind`` and their number (``RANKED + 1``: more)."""
    t = kind.table
    long = [term for term in terms if len(term) >= MIN_TERM]
    short = [_Sql(f"({c.text})", c.params) for c in (kind.short(t) for t in terms if len(t) < MIN_TERM)]
    cap = "" if kind.small else f" LIMIT {RANKED + 1}"
    if long:
        # The ids of the longest (most selective) term, kept if the others hold too:
        # nothing more is read when it has none. "+id": a bare "id IN (<fts>)" is
        # handed to the FTS table as a rowid constraint (190 ms for "barcamp ber").
        first, *others = [
            _Sql.join(" UNION ALL ", kind.sources(term)) for term in sorted(long, key=len, reverse=True)
        ]
        checks = _Sql.join(" AND ", [_Sql(f"+id IN ({o.text})", o.params) for o in others])
        found = _Sql(
            f"SELECT id FROM ({first.text})" + (f" WHERE {checks.text}" if others else ""),
            first.params + checks.params,
        )
        member = _Sql(f"{t}.id IN ({found.text})", found.params)
        tiers = kind.tiers(long[0])
        # With one term and nothing else, a tier marked as a subset needs no membership check.
        alone = len(long) == 1 and not short
    elif kind.prefix_tiers is not None:
        tiers = kind.prefix_tiers(terms[0])
        short = short[1:]
        named = _Sql.join(
            " OR ", [_Sql(f"({c.text})", c.params) for c, _order, _sub in tiers if c is not None]
        )
        member, alone = _Sql(f"({named.text})", named.params), False
    else:
        return None
    where = _Sql.join(" AND ", [member, *short])
    if long and not short:
        count = _Sql(f"SELECT count(*) FROM (SELECT DISTINCT id FROM ({found.text}){cap})", found.params)
    else:
        count = _Sql(f"SELECT count(*) FROM (SELECT {t}.id FROM {t} WHERE {where.text}{cap})", where.params)
    (total,) = db.execute(*count.args).fetchone()
    if not total:
        return [], 0
    if total <= RANKED or kind.small:
        score = _Sql.join(" + ", [part for term in terms for part in kind.score(term)])
        ranked = _Sql(
            f"SELECT {t}.id FROM {t} WHERE {where.text}"
            f" ORDER BY ({score.text}) DESC, {kind.order}, {t}.id LIMIT ?",
            [*where.params, *score.params, limit],
        )
        return [row[0] for row in db.execute(*ranked.args)], total
    # Many: walk the tiers' indexes in order. "+id" keeps the membership a check made
    # on the way, instead of SQLite looking up every member's row to sort them.
    walk = _Sql("+" + where.text, where.params) if long else where
    ids: list[int] = []
    for condition, order, subset in tiers:
        parts = [walk] if condition is None else [condition] if subset and alone else [condition, walk]
        tier = _Sql.join(" AND ", parts)
        exclude = f" AND {t}.id NOT IN ({','.join(map(str, ids))})" if ids else ""
        statement = _Sql(
            f"SELECT {t}.id FROM {t} WHERE {tier.text}{exclude} ORDER BY {order} LIMIT ?",
            [*tier.params, limit - len(ids)],
        )
        ids += [row[0] for row in db.execute(*statement.args)]
        if len(ids) >= limit:
            break
    return ids, total


def _kinds(topics: dict[str, set[int]]) -> list[_Kind]:
    """The five kinds; contacts through the topics each long term found (``topics``)."""

    def experts(term: str, strong: bool = False) -> _Sql:
        levels = " AND level IN ('expert', 'experienced')" if strong else ""
        return _Sql(
            f"SELECT contact_id FROM expertise WHERE topic_id IN (SELECT value FROM json_each(?)){levels}",
            [json.dumps(sorted(topics[term]))],
        )

    def contact_sources(term: str) -> list[_Sql]:
        authorities = _match("authority_fts", term)
        found = [
            _match("contact_fts", term),
            _Sql(f"SELECT id FROM contact WHERE authority_id IN ({authorities.text})", authorities.params),
        ]
        return [*found, experts(term)] if topics.get(term) else found

    def contact_short(term: str) -> _Sql:
        own, theirs = _contains("contact.search_text", term), _contains("search_text", term)
        return _Sql(
            f"{own.text} OR contact.authority_id IN (SELECT id FROM authority WHERE {theirs.text})",
            own.params + theirs.params,
        )

    def contact_score(term: str) -> list[_Sql]:
        keys = ("function", "department")
        parts = [
            _name_score(["contact.last_name_key", "contact.first_name_key"], term),
            _bonus(_Sql.join(" OR ", [_contains(f"contact.{key}_key", term) for key in keys]), 2),
        ]
        if topics.get(term):
            strong, known = experts(term, strong=True), experts(term)
            parts.append(
                _Sql(
                    f"CASE WHEN contact.id IN ({strong.text}) THEN 3 WHEN contact.id IN ({known.text}) THEN 1"
                    " ELSE 0 END",
                    strong.params + known.params,
                )
            )
        return parts

    by_name = "contact.last_name_key, contact.first_name_key"

    def contact_tiers(term: str) -> list[_Tier]:
        starts = _Sql.join(" OR ", [_prefix("contact.last_name_key", a) for a in _alternatives(term)])
        tiers: list[_Tier] = [(starts, by_name, False)]
        if topics.get(term):
            strong = experts(term, strong=True)
            # The first few in the order they were entered, straight from the expertise
            # indexes (0.4 ms; checking 19,000 experts against the names walked: 16 ms).
            first = _Sql(f"contact.id IN ({strong.text} ORDER BY contact_id LIMIT 50)", strong.params)
            tiers.append((first, "contact.id", True))
        return [*tiers, (None, by_name, False)]

    def contact_prefix(term: str) -> list[_Tier]:
        return [
            (_prefix("contact.last_name_key", term), by_name, True),
            (_prefix("contact.first_name_key", term), "contact.first_name_key", True),
        ]

    def meeting_score(term: str) -> list[_Sql]:
        return [_name_score(["meeting.title_key"], term), _bonus(_contains("meeting.place_key", term), 2)]

    def authority_tiers(term: str) -> list[_Tier]:
        starts = _Sql.join(" OR ", [_prefix("authority.name_key", a) for a in _alternatives(term)])
        return [(starts, "authority.name_key", False), (None, "authority.name_key", False)]

    return [
        _Kind(
            "contact",
            contact_sources,
            contact_short,
            contact_score,
            "contact.active DESC, " + by_name,
            contact_tiers,
            contact_prefix,
        ),
        _Kind(
            "authority",
            lambda term: [_match("authority_fts", term)],
            lambda term: _contains("authority.search_text", term),
            lambda term: [
                _name_score(["authority.name_key", "authority.short_name_key"], term),
                _bonus(_contains("authority.city_key", term), 2),
            ],
            "authority.name_key",
            authority_tiers,
            # By the name alone: the short name has no index, and long terms find it.
            lambda term: [(_prefix("authority.name_key", term), "authority.name_key", True)],
        ),
        _Kind(
            "topic",
            lambda term: [_match("topic_fts", term)],
            lambda term: _contains("topic.search_text", term),
            lambda term: [
                _name_score(["topic.name_key"], term),
                _bonus(_contains("topic.synonyms_key", term), 3),
            ],
            "topic.name_key",
            lambda term: [],
            lambda term: [(_prefix("topic.name_key", term), "topic.name_key", True)],
            small=True,
        ),
        _Kind(
            "meeting",
            lambda term: [_match("meeting_fts", term), _match("meeting_notes_fts", term)],
            # One or two letters are in any minutes: looked for in title, place and date only.
            lambda term: _contains("meeting.search_text", term),
            meeting_score,
            "meeting.starts_at DESC",
            lambda term: [(None, "meeting.starts_at DESC", False)],
        ),
        _Kind(
            "action_item",
            lambda term: [_match("action_item_fts", term)],
            lambda term: _contains("action_item.search_text", term),
            lambda term: [_name_score(["action_item.text_key"], term)],
            "action_item.done_on IS NOT NULL, action_item.due_on IS NULL, action_item.due_on,"
            " action_item.text_key",
            lambda term: [
                (_Sql("action_item.done_on IS NULL"), "action_item.due_on", False),
                (None, "action_item.due_on", False),
            ],
        ),
    ]
