"""Who knows what: people ranked by how much they can help with a topic, each with its evidence.

A query names a topic (by id), or gives text: a topic's name or synonym, or
free words. Text is folded like every filter (``domain.text.fold_query``).
A topic whose name or synonym *is* the text is meant exactly; otherwise every
topic whose stored ``search_text`` (name, synonyms, description) holds all
the words is in scope, and so are people whose own expertise note holds them.
A topic always brings its sub-topics along (the ``Topic.parent_id`` tree), and
a hit on a sub-topic names the sub-topic.

The evidence of a person:

* expertise on the topics in scope: level and note;
* meetings about them (``MeetingTopic``) the person attended, by role: spoke,
  moderated, organised, took part;
* their authority's experience in them (``AuthorityTopic``: what it built);
* for text queries: expertise notes that mention the words.

A candidate has expertise in scope (or a note holding the words) or spoke,
moderated or organised at a meeting on the topic; having attended one, and
the authority's experience, only add to a candidate's score (at network
scale a broad topic's audiences are a third of all people).

Ranking runs in SQL, one statement over every candidate; only the best
``DEFAULT_LIMIT`` are then read in full by a few statements over their ids,
so 100,000 contacts cost a handful of statements, never one per person.
Order: active people before former ones, then by score (level first, then
what they did at meetings, then their authority), then in German name order.
The explanation of a row ("Expert · spoke at 2 meetings on the topic") is
built from templates marked for translation under the context
"ExpertFinder"; ``Wording`` renders them in English or German.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from egov_network.domain.enums import ConsentScope, ExpertiseLevel, ParticipationRole, ParticipationStatus
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, catalogue_translator, no_translation
from egov_network.domain.text import fold, fold_query, sort_key
from egov_network.services.consent import not_withdrawn
from egov_network.services.queries import like_pattern
from egov_network.services.sql_terms import level_rank, person_name
from egov_network.store.database import Store
from egov_network.store.models import (
    Authority,
    AuthorityTopic,
    Contact,
    Expertise,
    Meeting,
    MeetingTopic,
    Participation,
    Topic,
)

CONTEXT = "ExpertFinder"

#: Points of a person's best level on the topics in scope.
LEVEL_POINTS = {ExpertiseLevel.INTERESTED: 20, ExpertiseLevel.EXPERIENCED: 50, ExpertiseLevel.EXPERT: 80}
#: Each further topic in scope the person has expertise in (counted up to MAX_EXTRA_TOPICS).
EXTRA_TOPIC_POINTS, MAX_EXTRA_TOPICS = 5, 3
#: Per meeting on the topic, by role; at most MAX_MEETINGS meetings of one role count.
ROLE_POINTS = {
    ParticipationRole.SPEAKER: 12,
    ParticipationRole.MODERATOR: 12,
    ParticipationRole.ORGANISER: 8,
    ParticipationRole.PARTICIPANT: 3,
}
MAX_MEETINGS = 5
#: Their authority has experience in the topic.
AUTHORITY_POINTS = 6
#: Their own expertise note mentions the words asked for.
NOTE_POINTS = 10
#: Meeting titles kept per person as evidence.
MAX_TITLES = 5
#: Ids bound per ``IN (...)`` where the database has no JSON table functions.
CHUNK = 500
#: How many people a search reads in full by default; the rest are only counted.
DEFAULT_LIMIT = 200
#: Roles that make someone a candidate on their own: they presented, not just listened.
ACTIVE_ROLES = (ParticipationRole.SPEAKER, ParticipationRole.MODERATOR, ParticipationRole.ORGANISER)
ATTENDED = ParticipationStatus.ATTENDED.value

# -- the words of a row ------------------------------------------------------------------

_LEVEL_IN_TOPICS = QT_TRANSLATE_NOOP("ExpertFinder", "{level} in {count} topics")
_ROLE_ONE = {
    ParticipationRole.SPEAKER: QT_TRANSLATE_NOOP("ExpertFinder", "spoke at 1 meeting on the topic"),
    ParticipationRole.MODERATOR: QT_TRANSLATE_NOOP("ExpertFinder", "moderated 1 meeting on the topic"),
    ParticipationRole.ORGANISER: QT_TRANSLATE_NOOP("ExpertFinder", "organised 1 meeting on the topic"),
    ParticipationRole.PARTICIPANT: QT_TRANSLATE_NOOP("ExpertFinder", "attended 1 meeting on the topic"),
}
_ROLE_MANY = {
    ParticipationRole.SPEAKER: QT_TRANSLATE_NOOP("ExpertFinder", "spoke at {count} meetings on the topic"),
    ParticipationRole.MODERATOR: QT_TRANSLATE_NOOP("ExpertFinder", "moderated {count} meetings on the topic"),
    ParticipationRole.ORGANISER: QT_TRANSLATE_NOOP("ExpertFinder", "organised {count} meetings on the topic"),
    ParticipationRole.PARTICIPANT: QT_TRANSLATE_NOOP(
        "ExpertFinder", "attended {count} meetings on the topic"
    ),
}
_NOTE_MENTIONS = QT_TRANSLATE_NOOP("ExpertFinder", "own note mentions “{words}”")
_AUTHORITY_KNOWS = QT_TRANSLATE_NOOP("ExpertFinder", "their authority has experience in it")
_FORMER = QT_TRANSLATE_NOOP("ExpertFinder", "former")
_CONSENT = QT_TRANSLATE_NOOP("ExpertFinder", "consent since {date}")
_CONSENT_SCOPE = QT_TRANSLATE_NOOP("ExpertFinder", "consent since {date}: {scope}")
_NO_CONSENT = QT_TRANSLATE_NOOP("ExpertFinder", "no consent recorded")
_EVIDENCE_LEVEL = QT_TRANSLATE_NOOP("ExpertFinder", "{level} in {topic}")
_EVIDENCE_LEVEL_NOTE = QT_TRANSLATE_NOOP("ExpertFinder", "{level} in {topic}: {note}")
_EVIDENCE_MEETINGS = QT_TRANSLATE_NOOP("ExpertFinder", "Meetings: {titles}")
_EVIDENCE_AUTHORITY = QT_TRANSLATE_NOOP("ExpertFinder", "{authority} on {topic}: {note}")
_EVIDENCE_AUTHORITY_PLAIN = QT_TRANSLATE_NOOP("ExpertFinder", "{authority} works on {topic}")
_HEADING = QT_TRANSLATE_NOOP("ExpertFinder", "Who knows about {topics}?")
_HEADING_WORDS = QT_TRANSLATE_NOOP("ExpertFinder", "Who knows about “{words}”?")
_NOBODY = QT_TRANSLATE_NOOP("ExpertFinder", "Nobody found.")
_NO_TOPIC = QT_TRANSLATE_NOOP("ExpertFinder", "No topic and no expertise note matches “{words}”.")
_FOUND = QT_TRANSLATE_NOOP("ExpertFinder", "{count} people found")
_FOUND_ONE = QT_TRANSLATE_NOOP("ExpertFinder", "1 person found")
_NO_AUTHORITY = QT_TRANSLATE_NOOP("ExpertFinder", "no authority")

#: German for the templates above, used when a German rendering's translator has none yet
#: (as the exports do for their sheet names): the CLI's ``--german`` reads the shipped
#: catalogue, which learns new strings only when the translators catch up.
GERMAN = {
    _LEVEL_IN_TOPICS: "{level} in {count} Themen",
    _ROLE_ONE[ParticipationRole.SPEAKER]: "sprach auf 1 Treffen zum Thema",
    _ROLE_ONE[ParticipationRole.MODERATOR]: "moderierte 1 Treffen zum Thema",
    _ROLE_ONE[ParticipationRole.ORGANISER]: "organisierte 1 Treffen zum Thema",
    _ROLE_ONE[ParticipationRole.PARTICIPANT]: "nahm an 1 Treffen zum Thema teil",
    _ROLE_MANY[ParticipationRole.SPEAKER]: "sprach auf {count} Treffen zum Thema",
    _ROLE_MANY[ParticipationRole.MODERATOR]: "moderierte {count} Treffen zum Thema",
    _ROLE_MANY[ParticipationRole.ORGANISER]: "organisierte {count} Treffen zum Thema",
    _ROLE_MANY[ParticipationRole.PARTICIPANT]: "nahm an {count} Treffen zum Thema teil",
    _NOTE_MENTIONS: "eigene Notiz erwähnt „{words}“",
    _AUTHORITY_KNOWS: "die eigene Behörde hat Erfahrung damit",
    _FORMER: "ehemalig",
    _CONSENT: "Einwilligung seit {date}",
    _CONSENT_SCOPE: "Einwilligung seit {date}: {scope}",
    _NO_CONSENT: "keine Einwilligung erfasst",
    _EVIDENCE_LEVEL: "{level} in {topic}",
    _EVIDENCE_LEVEL_NOTE: "{level} in {topic}: {note}",
    _EVIDENCE_MEETINGS: "Treffen: {titles}",
    _EVIDENCE_AUTHORITY: "{authority} zu {topic}: {note}",
    _EVIDENCE_AUTHORITY_PLAIN: "{authority} arbeitet an {topic}",
    _HEADING: "Wer kennt sich aus mit {topics}?",
    _HEADING_WORDS: "Wer kennt sich aus mit „{words}“?",
    _NOBODY: "Niemand gefunden.",
    _NO_TOPIC: "Kein Thema und keine Notiz zur Expertise passt zu „{words}“.",
    _FOUND: "{count} Personen gefunden",
    _FOUND_ONE: "1 Person gefunden",
    _NO_AUTHORITY: "keine Behörde",
}


@dataclass(frozen=True)
class Wording:
    """Renders the finder's texts: ``translate`` (the UI's, or the CLI's catalogue) and the language.

    ``german`` also picks the date format (23.11.2026) and the German
    fallback of a template the translator does not know yet.
    """

    translate: Translator = no_translation
    german: bool = False
    #: How a date reads; the window passes its locale's format. None: 23.11.2026 or 2026-11-23.
    day_format: Callable[[date], str] | None = None

    @classmethod
    def for_cli(cls, german: bool) -> Wording:
        """What ``egov-network-cli experts [--german]`` prints in."""
        return cls(catalogue_translator("de"), True) if german else cls()

    def text(self, template: str, **params: Any) -> str:
        translated = self.translate(CONTEXT, template)
        if self.german and translated == template:
            translated = GERMAN.get(template, template)
        return translated.format(**params) if params else translated

    def level(self, level: ExpertiseLevel | None) -> str:
        return self.translate("Enum", level.label) if level is not None else ""

    def day(self, value: date) -> str:
        if self.day_format is not None:
            return self.day_format(value)
        return f"{value:%d.%m.%Y}" if self.german else value.isoformat()


# -- query and result --------------------------------------------------------------------


@dataclass(frozen=True)
class ExpertQuery:
    """What the finder is asked: a topic (``topic_id`` wins over ``text``) and filters.

    ``state`` is a federal state code ("05"), ``kind`` an authority kind
    value, ``cohort`` a cohort number; ``level_at_least`` keeps only people
    with expertise at that level or above on a topic in scope.
    """

    topic_id: int | None = None
    text: str = ""
    state: str | None = None
    cohort: int | None = None
    kind: str | None = None
    level_at_least: ExpertiseLevel | None = None
    include_former: bool = True

    def is_empty(self) -> bool:
        return self.topic_id is None and not fold_query(self.text)


@dataclass(frozen=True)
class TopicChoice:
    """A topic to pick (tree and completion): ``path`` is "Parent › Child"."""

    id: int
    parent_id: int | None
    name: str
    synonyms: tuple[str, ...]
    path: str
    depth: int


@dataclass(frozen=True)
class TopicExpertise:
    """One expertise of a hit on a topic in scope (or one whose note mentions the words)."""

    topic_id: int
    topic: str
    level: ExpertiseLevel | None
    note: str | None
    by_note: bool = False


@dataclass(frozen=True)
class AuthorityKnows:
    """The hit's authority has experience in a topic in scope (``note``: what it built)."""

    topic: str
    note: str | None


@dataclass(frozen=True)
class ExpertHit:
    """One person the finder found, with everything that ranks them.

    ``meetings`` counts meetings on the topics in scope per role the person
    attended in; ``titles`` names a few of them (latest first).
    """

    contact_id: int
    name: str
    authority_id: int | None
    authority: str | None
    email: str | None
    phone: str | None
    active: bool
    consent_on: date | None
    consent_scope: str | None
    score: int
    level: ExpertiseLevel | None
    expertise: tuple[TopicExpertise, ...]
    meetings: Mapping[ParticipationRole, int]
    titles: tuple[str, ...]
    authority_topics: tuple[AuthorityKnows, ...]
    note_words: tuple[str, ...] = ()

    @property
    def topics(self) -> str:
        """The topics (sub-topics by their own name) the person has expertise in, best first."""
        return ", ".join(e.topic for e in self.expertise)

    @property
    def consented(self) -> bool:
        return self.consent_on is not None

    def explanation(self, wording: Wording = Wording()) -> str:
        """Why the person is listed where they are: "Expert · spoke at 2 meetings on the topic"."""
        parts: list[str] = []
        if self.level is not None:
            rated = [e for e in self.expertise if e.level is not None]
            level = wording.level(self.level)
            parts.append(
                level if len(rated) < 2 else wording.text(_LEVEL_IN_TOPICS, level=level, count=len(rated))
            )
        for role in ROLE_ORDER:
            count = self.meetings.get(role, 0)
            if count == 1:
                parts.append(wording.text(_ROLE_ONE[role]))
            elif count > 1:
                parts.append(wording.text(_ROLE_MANY[role], count=count))
        if self.note_words and any(e.by_note for e in self.expertise):
            parts.append(wording.text(_NOTE_MENTIONS, words=" ".join(self.note_words)))
        if self.authority_topics:
            parts.append(wording.text(_AUTHORITY_KNOWS))
        return " · ".join(parts)

    def evidence(self, wording: Wording = Wording()) -> str:
        """The record behind the explanation, one line each: notes, meeting titles, the authority's work."""
        lines = []
        for item in self.expertise:
            level = wording.level(item.level) if item.level is not None else ""
            if item.note:
                lines.append(
                    wording.text(_EVIDENCE_LEVEL_NOTE, level=level, topic=item.topic, note=item.note)
                )
            else:
                lines.append(wording.text(_EVIDENCE_LEVEL, level=level, topic=item.topic))
        if self.titles:
            lines.append(wording.text(_EVIDENCE_MEETINGS, titles="; ".join(self.titles)))
        authority = self.authority or wording.text(_NO_AUTHORITY)
        for known in self.authority_topics:
            if known.note:
                lines.append(
                    wording.text(_EVIDENCE_AUTHORITY, authority=authority, topic=known.topic, note=known.note)
                )
            else:
                lines.append(wording.text(_EVIDENCE_AUTHORITY_PLAIN, authority=authority, topic=known.topic))
        return "\n".join(lines)

    def consent(self, wording: Wording = Wording()) -> str:
        """ "consent since 2016-03-01: Expertendatenbank", or that none is recorded."""
        if self.consent_on is None:
            return wording.text(_NO_CONSENT)
        if self.consent_scope:
            return wording.text(_CONSENT_SCOPE, date=wording.day(self.consent_on), scope=self.consent_scope)
        return wording.text(_CONSENT, date=wording.day(self.consent_on))


#: The order roles are named in an explanation (and weigh in the ranking).
ROLE_ORDER = (
    ParticipationRole.SPEAKER,
    ParticipationRole.MODERATOR,
    ParticipationRole.ORGANISER,
    ParticipationRole.PARTICIPANT,
)


@dataclass(frozen=True)
class ExpertResult:
    """The ranked hits and how the query was understood: the topics it chose (without sub-topics)."""

    hits: list[ExpertHit]
    topics: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    scope: frozenset[int] = field(default_factory=frozenset)
    #: How many people matched; more than ``len(hits)`` when the search was limited.
    total: int = 0

    def heading(self, wording: Wording = Wording()) -> str:
        if self.topics:
            return wording.text(_HEADING, topics=", ".join(self.topics))
        return wording.text(_HEADING_WORDS, words=" ".join(self.words))


# -- topics --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Topic:
    id: int
    parent_id: int | None
    name: str
    synonyms: str | None
    search_text: str
    key: str


class _Topics:
    """All topics in memory (a few hundred): names, the tree, and which ones a text means."""

    def __init__(self, rows: Iterable[_Topic]) -> None:
        self.by_id = {row.id: row for row in rows}
        self.children: dict[int | None, list[int]] = {}
        # The stored sort key (German order), not sort_key() per search: no folding per keystroke.
        for row in sorted(self.by_id.values(), key=lambda r: (r.key, r.id)):
            parent = row.parent_id if row.parent_id in self.by_id else None
            self.children.setdefault(parent, []).append(row.id)

    def subtree(self, roots: Iterable[int]) -> set[int]:
        found: set[int] = set()
        pending = [r for r in roots if r in self.by_id]
        while pending:
            ident = pending.pop()
            if ident not in found:  # a loop of parents in old data ends here
                found.add(ident)
                pending.extend(self.children.get(ident, ()))
        return found

    def meant_by(self, text: str) -> list[int]:
        """Topics ``text`` means: those it names exactly (name or synonym), else all holding its words."""
        terms = fold_query(text)
        if not terms:
            return []
        wanted = " ".join(terms)
        exact = [
            row.id
            for row in self.by_id.values()
            if wanted == " ".join(fold_query(row.name))
            or any(wanted == " ".join(fold_query(s)) for s in _synonyms(row.synonyms))
        ]
        if exact:
            return exact
        return [row.id for row in self.by_id.values() if all(t in row.search_text for t in terms)]

    def outermost(self, idents: Iterable[int]) -> list[int]:
        """``idents`` without those below another of them (their subtree is in scope anyway)."""
        chosen = set(idents)
        result = []
        for ident in chosen:
            parent, seen = self.by_id[ident].parent_id, {ident}
            while parent is not None and parent in self.by_id and parent not in seen:
                if parent in chosen:
                    break
                seen.add(parent)
                parent = self.by_id[parent].parent_id
            else:
                result.append(ident)
        return sorted(result, key=lambda i: (self.by_id[i].key, i))

    def choices(self) -> list[TopicChoice]:
        out: list[TopicChoice] = []
        pending: list[tuple[int, int, str]] = [(i, 0, "") for i in reversed(self.children.get(None, []))]
        seen: set[int] = set()
        while pending:
            ident, depth, above = pending.pop()
            if ident in seen:
                continue
            seen.add(ident)
            row = self.by_id[ident]
            path = f"{above} › {row.name}" if above else row.name
            out.append(TopicChoice(ident, row.parent_id, row.name, _synonyms(row.synonyms), path, depth))
            pending.extend((c, depth + 1, path) for c in reversed(self.children.get(ident, [])))
        # Topics in a loop of parents (old data) are still offered, at the top level.
        for ident, row in self.by_id.items():
            if ident not in seen:
                out.append(TopicChoice(ident, None, row.name, _synonyms(row.synonyms), row.name, 0))
        return out


def _synonyms(text: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (text or "").split(";") if s.strip())


# -- the finder ----------------------------------------------------------------------------


class ExpertFinder:
    """Answers "who knows about …?" over one store, in one short read (no Qt, no ORM objects).

    Ranking runs in SQL over every candidate (one grouped statement: expertise,
    what they did at meetings on the topic, their authority); only the best
    ``limit`` people are then read in full, with their evidence, by a few
    statements over their ids.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- what to pick from ---------------------------------------------------------------

    def topics(self) -> list[TopicChoice]:
        """Every topic in tree order (parents before their sub-topics, siblings in German order)."""
        with self.store.read() as session:
            return self._topics(session.connection()).choices()

    def cohorts(self) -> list[int]:
        """The cohorts member authorities have, in order."""
        statement = (
            select(Authority.cohort)
            .distinct()
            .where(Authority.cohort.is_not(None))
            .order_by(Authority.cohort)
        )
        with self.store.read() as session:
            return [cohort for (cohort,) in session.connection().execute(statement) if cohort is not None]

    # -- the search ----------------------------------------------------------------------

    def find(self, query: ExpertQuery, limit: int | None = DEFAULT_LIMIT) -> list[ExpertHit]:
        """The people who can help with ``query``, best first (former ones after the active)."""
        return self.search(query, limit).hits

    def search(self, query: ExpertQuery, limit: int | None = DEFAULT_LIMIT) -> ExpertResult:
        """``find`` with how the query was understood (the topics it chose) and how many matched."""
        if query.is_empty():
            return ExpertResult([])
        with self.store.read() as session:
            connection = session.connection()
            topics = self._topics(connection)
            if query.topic_id is not None:
                chosen = [query.topic_id] if query.topic_id in topics.by_id else []
                words: list[str] = []
            else:
                chosen = topics.meant_by(query.text)
                words = fold_query(query.text)
            typed = tuple(query.text.split()) if words else ()
            named = tuple(topics.by_id[i].name for i in topics.outermost(chosen))
            scope = sorted(topics.subtree(chosen))
            if not scope and not words:
                return ExpertResult([], named, typed)
            ranked = list(connection.execute(_ranking(connection, scope, words, query, limit)))
            total = int(ranked[0].total) if ranked else 0
            ids = [row.id for row in ranked]
            details = {row.id: row for row in _rows_of(connection, _details(), Contact.id, ids)}
            expertise = self._expertise(connection, topics, ids, scope, words)
            meetings, titles = self._meetings(connection, ids, scope)
            authorities = {row.authority_id for row in details.values() if row.authority_id is not None}
            known = self._authority_topics(connection, topics, scope, authorities)
        hits = [
            _hit(
                details[row.id],
                int(row.score),
                expertise.get(row.id, []),
                meetings.get(row.id, ({}, [])),
                titles,
                known.get(details[row.id].authority_id, ()),
                typed,
            )
            for row in ranked
            if row.id in details
        ]
        return ExpertResult(hits, named, typed, frozenset(scope), total)

    # -- reads -----------------------------------------------------------------------------

    @staticmethod
    def _topics(connection: Connection) -> _Topics:
        rows = connection.execute(
            select(Topic.id, Topic.parent_id, Topic.name, Topic.synonyms, Topic.search_text, Topic.name_key)
        )
        return _Topics(_Topic(i, p, n, s, t or "", k or "") for i, p, n, s, t, k in rows)

    @staticmethod
    def _expertise(
        connection: Connection, topics: _Topics, ids: list[int], scope: list[int], words: list[str]
    ) -> dict[int, list[TopicExpertise]]:
        """The expertise rows of the listed people on topics in scope, or whose note holds the words."""
        found: dict[int, list[TopicExpertise]] = {}
        if not ids:
            return found
        wanted: list[ColumnElement[bool]] = [Expertise.topic_id.in_(scope)] if scope else []
        if words:
            wanted.append(and_(*_note_holds(connection, words)))
        statement = select(Expertise.contact_id, Expertise.topic_id, Expertise.level, Expertise.note).where(
            or_(*wanted)
        )
        in_scope = set(scope)
        for contact, topic, level, note in _rows_of(connection, statement, Expertise.contact_id, ids):
            if topic in topics.by_id:
                found.setdefault(contact, []).append(
                    TopicExpertise(
                        topic, topics.by_id[topic].name, _level(level), note, topic not in in_scope
                    )
                )
        return found

    @staticmethod
    def _meetings(
        connection: Connection, ids: list[int], scope: list[int]
    ) -> tuple[dict[int, tuple[dict[ParticipationRole, int], list[int]]], dict[int, tuple[Any, str]]]:
        """Per listed person: meetings on the topics they attended, counted by role, and their ids; titles."""
        found: dict[int, tuple[dict[ParticipationRole, int], list[int]]] = {}
        if not ids or not scope:
            return found, {}
        statement = (
            select(
                Participation.contact_id,
                Participation.role,
                func.count(),
                _joined_ids(connection, Participation.meeting_id),
            )
            .where(Participation.status == ATTENDED, Participation.meeting_id.in_(_meetings_on(scope)))
            .group_by(Participation.contact_id, Participation.role)
        )
        for contact, role, count, meetings in _rows_of(connection, statement, Participation.contact_id, ids):
            counts, idents = found.setdefault(contact, ({}, []))
            kind = _role(role)
            counts[kind] = counts.get(kind, 0) + int(count)
            idents.extend(int(m) for m in str(meetings).split(","))
        wanted = {m for _, idents in found.values() for m in idents}
        titles = {
            ident: (starts, title)
            for ident, starts, title in _rows_of(
                connection, select(Meeting.id, Meeting.starts_at, Meeting.title), Meeting.id, wanted
            )
        }
        return found, titles

    @staticmethod
    def _authority_topics(
        connection: Connection, topics: _Topics, scope: list[int], authorities: set[int]
    ) -> dict[int, tuple[AuthorityKnows, ...]]:
        if not scope or not authorities:
            return {}
        known: dict[int, list[AuthorityKnows]] = {}
        statement = select(AuthorityTopic.authority_id, AuthorityTopic.topic_id, AuthorityTopic.note).where(
            AuthorityTopic.topic_id.in_(scope)
        )
        for authority, topic, note in _rows_of(
            connection, statement, AuthorityTopic.authority_id, authorities
        ):
            known.setdefault(authority, []).append(AuthorityKnows(topics.by_id[topic].name, note))
        return {a: tuple(sorted(k, key=lambda t: sort_key(t.topic) or "")) for a, k in known.items()}


def _meetings_on(scope: list[int]) -> Select[Any]:
    return select(MeetingTopic.meeting_id).where(MeetingTopic.topic_id.in_(scope))


def _capped(value: Any, most: int) -> Any:
    """``min(value, most)`` in any SQL dialect (SQLite's min() of two is PostgreSQL's least())."""
    return case((value > most, most), else_=value)


def _ranking(
    connection: Connection, scope: list[int], words: list[str], query: ExpertQuery, limit: int | None
) -> Select[Any]:
    """(id, score, total) of the candidates in rank order: one statement, one pass of grouping.

    Expertise rows and attended participations on the topics are stacked
    (UNION ALL) and grouped by person once, which SQLite does in one sort;
    joining separately grouped parts made it scan one part per row. A
    candidate has expertise on a topic in scope (or a note holding the
    words), or spoke, moderated or organised at a meeting on one; attending,
    and their authority's experience, add to a candidate's score.
    """
    rank = level_rank()
    none = literal(0)
    roles = [r.value for r in ROLE_ORDER]

    def stacked(contact: Any, level: Any, topics: Any, noted: Any, role: Any = None) -> list[Any]:
        counts = [none if role is None else case((role == r, 1), else_=0) for r in roles]
        return [
            contact.label("contact_id"),
            level.label("best"),
            topics.label("topics"),
            noted.label("noted"),
            *(count.label(r) for count, r in zip(counts, roles, strict=True)),
        ]

    parts: list[Select[Any]] = []
    if scope:
        parts.append(
            select(*stacked(Expertise.contact_id, rank, literal(1), none)).where(
                Expertise.topic_id.in_(scope)
            )
        )
        parts.append(
            select(*stacked(Participation.contact_id, literal(-1), none, none, Participation.role)).where(
                Participation.status == ATTENDED, Participation.meeting_id.in_(_meetings_on(scope))
            )
        )
    if words:
        outside = [Expertise.topic_id.not_in(scope)] if scope else []
        parts.append(
            select(*stacked(Expertise.contact_id, rank, literal(1), literal(1))).where(
                *_note_holds(connection, words), *outside
            )
        )
    rows = (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("evidence_rows")
    presented = sum(
        (func.sum(rows.c[r.value]) for r in ACTIVE_ROLES[1:]), func.sum(rows.c[ACTIVE_ROLES[0].value])
    )
    best = func.max(rows.c.best)
    grouped = (
        select(
            rows.c.contact_id,
            best.label("best"),
            func.sum(rows.c.topics).label("topics"),
            func.max(rows.c.noted).label("noted"),
            *(func.sum(rows.c[r]).label(r) for r in roles),
        )
        .group_by(rows.c.contact_id)
        .having(or_(best >= 0, presented > 0))
    )
    if query.level_at_least is not None:
        grouped = grouped.having(best >= query.level_at_least.rank)
    people = grouped.subquery("people")

    level_points = case(
        *((people.c.best == level.rank, points) for level, points in LEVEL_POINTS.items()), else_=0
    )
    topics = people.c.topics
    score = level_points + EXTRA_TOPIC_POINTS * case(
        (topics > MAX_EXTRA_TOPICS + 1, MAX_EXTRA_TOPICS), (topics > 1, topics - 1), else_=0
    )
    for role in ROLE_ORDER:
        score = score + ROLE_POINTS[role] * _capped(people.c[role.value], MAX_MEETINGS)
    if scope:
        knows = exists().where(
            AuthorityTopic.authority_id == Contact.authority_id, AuthorityTopic.topic_id.in_(scope)
        )
        score = score + case((knows, AUTHORITY_POINTS), else_=0)
    score = score + NOTE_POINTS * people.c.noted

    # Who withdrew consent to the expert database is not offered as an expert any more.
    conditions: list[ColumnElement[bool]] = [not_withdrawn(ConsentScope.EXPERT_DATABASE)]
    if not query.include_former:
        conditions.append(Contact.active.is_(True))
    if query.state or query.cohort is not None or query.kind:
        conditions.append(
            Contact.authority_id.in_(
                select(Authority.id).where(
                    *([Authority.state == query.state] if query.state else []),
                    *([Authority.cohort == query.cohort] if query.cohort is not None else []),
                    *([Authority.kind == query.kind] if query.kind else []),
                )
            )
        )
    scored = (
        select(
            Contact.id, score.label("score"), Contact.active, Contact.last_name_key, Contact.first_name_key
        )
        .select_from(people)
        .join(Contact, Contact.id == people.c.contact_id)
        .where(*conditions)
        .subquery("scored")
    )
    statement = select(scored.c.id, scored.c.score, func.count().over().label("total")).order_by(
        scored.c.active.desc(),
        scored.c.score.desc(),
        scored.c.last_name_key,
        scored.c.first_name_key,
        scored.c.id,
    )
    return statement.limit(limit) if limit is not None else statement


def _details() -> Select[Any]:
    """What a hit shows of a person, for the listed ids."""
    return (
        select(
            Contact.id,
            person_name().label("name"),
            Contact.authority_id,
            Authority.name.label("authority"),
            Contact.email,
            Contact.phone,
            Contact.active,
            Contact.consent_on,
            Contact.consent_scope,
        )
        .select_from(Contact)
        .outerjoin(Authority, Authority.id == Contact.authority_id)
    )


def _hit(
    row: Any,
    score: int,
    expertise: list[TopicExpertise],
    meetings: tuple[dict[ParticipationRole, int], list[int]],
    titles: Mapping[int, tuple[Any, str]],
    known: Sequence[AuthorityKnows],
    words: tuple[str, ...],
) -> ExpertHit:
    ordered = sorted(
        expertise,
        key=lambda e: (e.by_note, -(e.level.rank if e.level else -1), sort_key(e.topic) or "", e.topic_id),
    )
    rated = [e.level for e in ordered if e.level is not None]
    counts, idents = meetings
    shown = sorted((titles[m] for m in set(idents) if m in titles), key=lambda t: t[0], reverse=True)
    return ExpertHit(
        contact_id=row.id,
        name=row.name,
        authority_id=row.authority_id,
        authority=row.authority,
        email=row.email,
        phone=row.phone,
        active=bool(row.active),
        consent_on=row.consent_on,
        consent_scope=row.consent_scope,
        score=score,
        level=max(rated, key=lambda level: level.rank) if rated else None,
        expertise=tuple(ordered),
        meetings=dict(counts),
        titles=tuple(title for _, title in shown[:MAX_TITLES]),
        authority_topics=tuple(known),
        note_words=words,
    )


def _role(value: str) -> ParticipationRole:
    try:
        return ParticipationRole(value)
    except ValueError:
        return ParticipationRole.PARTICIPANT  # an unknown role (older data) still took part


def _level(value: str) -> ExpertiseLevel | None:
    try:
        return ExpertiseLevel(value)
    except ValueError:
        return None  # an unknown level (older data): shown without one, ranked by the rest


def _note_holds(connection: Connection, words: list[str]) -> list[ColumnElement[bool]]:
    """Conditions for an expertise note holding every folded word (umlaut- and case-tolerant).

    Notes have no folded copy in the store, so SQLite folds them with the
    same ``domain.text.fold`` as the query, registered on the connection; the
    call runs only for rows that have a note. Elsewhere ``lower()`` has to do.
    """
    note: Any = func.lower(Expertise.note)
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        if isinstance(driver, sqlite3.Connection):
            driver.create_function("egov_fold", 1, _fold_or_none, deterministic=True)
            note = func.egov_fold(Expertise.note)
    return [Expertise.note.is_not(None), *(note.like(like_pattern(w), escape="\\") for w in words)]


def _joined_ids(connection: Connection, column: Any) -> Any:
    """The ids of a group as one "3,17,42" text (an aggregate every database spells its own way)."""
    if connection.dialect.name == "postgresql":
        return func.string_agg(cast(column, String), ",")
    return func.group_concat(column)


def _fold_or_none(text: str | None) -> str | None:
    return fold(text) if isinstance(text, str) else None


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _rows_of(connection: Connection, statement: Any, key: Any, ids: Collection[int]) -> list[Any]:
    """``statement`` for the rows whose ``key`` is in ``ids``: one JSON parameter on SQLite, else chunks."""
    if not ids:
        return []
    if connection.dialect.name == "sqlite":
        listed = func.json_each(json.dumps(sorted(ids))).table_valued("value")
        try:
            return list(connection.execute(statement.where(key.in_(select(listed.c.value)))))
        except OperationalError as error:  # an SQLite built without JSON functions: chunks
            if "json_each" not in str(error):
                raise
    rows: list[Any] = []
    for chunk in _chunks(sorted(ids)):
        rows.extend(connection.execute(statement.where(key.in_(chunk))))
    return rows


# -- plain text, for the command line --------------------------------------------------------


def render_lines(result: ExpertResult, wording: Wording = Wording(), *, evidence: bool = True) -> list[str]:
    """The ranked people as the CLI prints them: a heading, one line per person, evidence indented.

    "1. Egelkamp, Marc (Zweckverband KAAW) — Experienced · their authority has
    experience in it [consent since …]"; former people are marked.
    """
    lines = [result.heading(wording)]
    if not result.hits:
        if not result.topics and result.words:
            lines.append(wording.text(_NO_TOPIC, words=" ".join(result.words)))
        else:
            lines.append(wording.text(_NOBODY))
        return lines
    count = len(result.hits)
    lines.append(wording.text(_FOUND_ONE) if count == 1 else wording.text(_FOUND, count=count))
    for rank, hit in enumerate(result.hits, start=1):
        where = f" ({hit.authority})" if hit.authority else ""
        former = "" if hit.active else f" [{wording.text(_FORMER)}]"
        topic = f" — {hit.topics}" if hit.topics else ""
        lines.append(f"{rank}. {hit.name}{where}{former}{topic}: {hit.explanation(wording)}")
        contact = ", ".join(v for v in (hit.email, hit.phone) if v)
        lines.append("   " + "; ".join(p for p in (contact, hit.consent(wording)) if p))
        if evidence:
            lines.extend(f"   - {line}" for line in hit.evidence(wording).splitlines())
    return lines
