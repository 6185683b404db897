"""List queries behind the workspace tables: ids of a filter and sort, then rows by page.

A table keeps only the ids of its current query and asks for display rows of
the pages it shows, so 100,000 contacts cost one id list, not 100,000 objects.
Filtering and sorting both run in SQL:

* the filter folds each whitespace-separated term (``domain.text.fold``) and
  requires every term in the row's stored ``search_text`` (``LIKE '%term%'``);
  contacts also match on their authority's search text, through the join;
* any column sorts; text in German order (DIN 5007) through the stored sort
  key beside it (``<column>_key``, kept by store/search.py) and otherwise
  case-insensitively (``COLLATE NOCASE``: e-mail addresses, codes); empty
  values last in both directions, ties broken by id so the order is stable.

A filter that only grew ("mül" -> "müll", or a second word) narrows the list
the table already holds (``narrowed``): the rows of the new term come from the
trigram index as an unordered set and the old order is kept, so no ORDER BY
runs per keystroke.

Lookup values (a contact's authority name, a meeting's host) come from LEFT
JOINs on primary keys, added to the id query only when its filter or sort
uses them. Counts are correlated scalar subqueries over indexed foreign keys:
they are evaluated only for the rows of a page, or when sorted by.
"""

from __future__ import annotations

import functools
import itertools
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    func,
    inspect,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import ColumnClause, FromClause, Label, ScalarSelect, exists
from sqlalchemy.sql.util import find_tables

from egov_network.domain.enums import ExpertiseLevel
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, catalogue
from egov_network.domain.text import fold, fold_query
from egov_network.services.sql_terms import person_name
from egov_network.store.database import Store
from egov_network.store.fts import FTS_TABLES, MIN_TERM, matching_ids
from egov_network.store.models import (
    ActionItem,
    Authority,
    AuthorityTag,
    Contact,
    ContactList,
    ContactListMember,
    ContactTag,
    Expertise,
    Meeting,
    MeetingTag,
    MeetingTopic,
    Tag,
    Topic,
)

#: A filter term starting with this finds records by tag ("#kochbuch", "#koch" while typing;
#: "_" stands for a space in the tag's name).
TAG_MARK = "#"

#: Ids per ``IN (...)`` list; well below SQLite's bound-parameter limit.
CHUNK = 500
#: A filter term without index support (one or two letters) costs a keystroke's
#: time (~15 ms) while it scans at most SCAN_LIMIT rows (a ``LIKE`` scan reads
#: ~2 rows per microsecond: 10 ms for 20,000 contacts, 50-100 ms for 100,000) or
#: checks at most CHECK_LIMIT listed rows by id (~3 microseconds a row).
SCAN_LIMIT = 20_000
CHECK_LIMIT = 5_000
#: The runs of listed ids ``narrowed_start`` checks by id for the first rows to show: each
#: statement also reads what the list joins (a contact's authority), so few and growing.
START_RUNS = (1_500, 4_500, 13_500)


@dataclass(frozen=True)
class Column:
    """One column of a list: stable key, English label (translated by the UI), value kind."""

    key: str  # stable id, used for QSettings and sorting
    label: str  # English, marked for translation under context "Columns"
    kind: str  # "text" | "date" | "datetime" | "int" | "enum" | "bool"
    visible: bool = True  # shown by default


def like_pattern(term: str) -> str:
    """``%term%`` with LIKE's wildcards and the escape character taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: Any, term: str) -> ColumnElement[bool]:
    return column.like(like_pattern(term), escape="\\")  # type: ignore[no-any-return]


def _text_matches(model: Any, term: str) -> ColumnElement[bool]:
    """Rows of ``model`` whose search text holds ``term``: via the trigram index when it can help."""
    name = model.__tablename__
    if name in FTS_TABLES and len(term) >= MIN_TERM:
        return model.id.in_(matching_ids(name, term))  # type: ignore[no-any-return]
    return _contains(model.search_text, term)


class ListQuery:
    """The ids and display rows of one workspace's table; one subclass per entity.

    Subclasses set ``entity``, ``columns`` and ``scopes`` and describe their
    SQL in ``source`` (the FROM clause), ``expressions`` (one per column key),
    ``matches`` (a filter term), ``default_order`` and ``scope_clause``.
    """

    entity: ClassVar[str]
    columns: ClassVar[tuple[Column, ...]]
    #: Scope keys ``ids()`` accepts.
    scopes: ClassVar[frozenset[str]] = frozenset()
    #: The table whose ``id`` the query lists.
    model: ClassVar[Any]
    #: Columns that order rows equal in the sorted one, before the id does.
    tie_breakers: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: The link table of the listed records' tags and its column naming the record, if taggable.
    tag_link: ClassVar[tuple[Any, str] | None] = None
    #: Own columns whose values other tables decide (kept by triggers), besides joined and counted ones.
    kept_by_others: ClassVar[frozenset[str]] = frozenset()
    #: Rows a scanning filter (a term of one or two letters) may read within a keystroke's time.
    #: Measured at 100,000 contacts: ``LIKE`` reads ~2 contacts per microsecond but under one
    #: meeting (their search text also holds each start date in four spellings).
    scan_limit: ClassVar[int] = SCAN_LIMIT

    def __init__(self, store: Store) -> None:
        self.store = store
        self._expressions = self.expressions()
        self._sort_keys = self.sort_keys()
        missing = {c.key for c in self.columns} - set(self._expressions)
        assert not missing, f"{type(self).__name__}: no SQL for columns {missing}"

    # -- what subclasses describe ------------------------------------------

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        """Lookup tables as (alias, ON clause), LEFT JOINed where a column or the filter uses them."""
        return []

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        """Per column key, the stored sort keys it orders by instead of its shown text.

        Columns without one sort by their value (text case-insensitively).
        """
        return {}

    def source(self, used: Sequence[Any] | None = None) -> FromClause:
        """The listed table plus the joins ``used`` refers to (all of them when None).

        Joining only what the statement uses keeps SQLite free to scan a
        covering index: with an unused LEFT JOIN in place it picked a worse plan
        (275 ms instead of 25 ms for the default contact sort at 100,000 rows).
        """
        wanted: set[Any] | None = None
        if used is not None:
            wanted = set()
            for clause in used:
                wanted.update(find_tables(clause, check_columns=True, include_aliases=True))
        source: FromClause = self.model.__table__
        for alias, onclause in self.joins():
            if wanted is None or inspect(alias).selectable in wanted:
                source = source.outerjoin(alias, onclause)
        return source

    def expressions(self) -> dict[str, Any]:
        """SQL for each column key, over ``source()``."""
        raise NotImplementedError

    def matches(self, term: str) -> ColumnElement[bool]:
        """The condition for one folded filter term."""
        return _text_matches(self.model, term)

    def term_condition(self, term: str) -> ColumnElement[bool]:
        """``matches``, or for "#tag" the records carrying a tag whose name starts so."""
        if self.is_tag_term(term):
            return self.model.id.in_(self._tagged(term))  # type: ignore[no-any-return]
        return self.matches(term)

    def listed_condition(self, term: str) -> ColumnElement[bool]:
        """``term_condition`` for checking a few listed rows by id (a list may join instead of IN)."""
        return self.term_condition(term)

    def is_tag_term(self, term: str) -> bool:
        return self.tag_link is not None and term.startswith(TAG_MARK)

    def _tagged(self, term: str) -> Select[Any]:
        assert self.tag_link is not None
        link, column = self.tag_link
        # "#abschluss_2016" for the tag "Abschluss 2016": a filter term has no spaces.
        key = term[len(TAG_MARK) :].replace("_", " ")
        tags = select(Tag.id).where(Tag.name_key.like(like_pattern(key)[1:], escape="\\"))
        return select(getattr(link, column)).where(link.tag_id.in_(tags))

    def default_order(self) -> list[tuple[str, bool]]:
        """(column key, descending) pairs used when no sort key is given."""
        raise NotImplementedError

    def scope_clause(self, key: str, value: int) -> ColumnElement[bool]:
        """The condition of one scope entry (``key`` is in ``scopes``)."""
        return getattr(self.model, key) == value  # type: ignore[no-any-return]

    # -- the interface the tables use --------------------------------------

    def ids(
        self,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        scope: Mapping[str, int] | None = None,
    ) -> list[int]:
        """Ids of the rows matching filter and scope, in the requested order."""
        return self.read_ids(self.id_statement(filter_text, sort_key, descending, scope))

    def indexed(self, term: str) -> bool:
        """Whether rows holding the folded ``term`` are found through an index, not a scan."""
        if self.is_tag_term(term):
            return True  # the few tags, then their links by index
        return self.model.__tablename__ in FTS_TABLES and len(term) >= MIN_TERM

    def narrows(self, term: str, grown: str) -> bool:
        """Whether every row holding ``grown`` holds ``term`` too (then a grown filter only narrows)."""
        return term in grown

    def quick(self, listed: int, total: int, terms: Sequence[str]) -> bool:
        """Whether narrowing ``listed`` of ``total`` rows by ``terms`` takes no more than a keystroke."""
        if all(self.indexed(term) for term in terms):
            return True
        return listed <= CHECK_LIMIT or self.scanned(total) <= self.scan_limit

    def scanned(self, total: int) -> int:
        """Rows a scanning filter reads when the list holds ``total`` rows unfiltered."""
        return total

    def narrowed(
        self,
        ids: Sequence[int],
        terms: Sequence[str],
        scope: Mapping[str, int] | None = None,
        *,
        by_id: bool = False,
    ) -> list[int]:
        """Those of ``ids`` whose rows also hold every folded term of ``terms``, in the order of ``ids``.

        Used when the filter only grew: every row of the new filter is in the
        list already shown, in the order it is shown. "+49" is in 82,000 of
        100,000 contacts; reading its ids unordered from the index and keeping
        the shown order takes ~15 ms, sorting them again in SQL ~130 ms.
        ``by_id`` checks a scanning term on the listed rows however many they are.
        """
        found: set[int] | None = None
        for term in terms:
            # A term without index support scans; restricted to the listed ids
            # when they are few, which is cheaper than scanning every row, and
            # otherwise to the list's scope (the open action items, not all of them).
            within = ids if not self.indexed(term) and (by_id or len(ids) <= CHECK_LIMIT) else None
            statement = self.matching(term, within)
            if within is None and scope and not self.indexed(term) and isinstance(statement, Select):
                statement = statement.where(*(self.scope_clause(k, v) for k, v in scope.items()))
            matching = set(self.read_ids(statement))
            found = matching if found is None else found & matching
        if found is None:
            return list(ids)
        return [ident for ident in ids if ident in found]

    def narrowed_start(
        self, ids: Sequence[int], terms: Sequence[str], wanted: int, scope: Mapping[str, int] | None = None
    ) -> tuple[list[int], int]:
        """The first of ``ids`` that hold every term, in their order: (found, how many of ``ids`` checked).

        For a scan over a long list (one or two letters at 1,000,000 contacts:
        a second and more) the table shows these rows at once and the rest
        follows from a worker (``narrowed`` over ``ids[checked:]``). Checks
        runs of growing length by id (``START_RUNS``) until ``wanted`` rows
        are found, so a rare term costs no more than three short queries.
        """
        found: list[int] = []
        checked = 0
        for length in START_RUNS:
            if checked >= len(ids) or len(found) >= wanted:
                break
            run = ids[checked : checked + length]
            found += self.narrowed(run, terms, scope, by_id=True)
            checked += len(run)
        return found, checked

    def matching(self, term: str, within: Sequence[int] | None = None) -> Select[Any] | CompoundSelect:
        """The ids (unordered) of the rows holding one folded term, among ``within`` if given."""
        if self.is_tag_term(term) and within is None:
            return self._tagged(term)
        if self.indexed(term) and within is None:
            return matching_ids(self.model.__tablename__, term)
        condition = self.term_condition(term) if within is None else self.listed_condition(term)
        conditions = [condition]
        if within is not None:
            # One JSON parameter instead of thousands of bound ids.
            listed = func.json_each(json.dumps(list(within))).table_valued("value")
            conditions.append(self.model.id.in_(select(listed.c.value)))
        return select(self.model.id).select_from(self.source([condition])).where(*conditions)

    def read_ids(self, statement: Select[Any] | CompoundSelect) -> list[int]:
        """The first column of ``statement`` as a list of ints, in the statement's order."""
        with self.store.read() as session:
            connection = session.connection()
            if connection.dialect.name != "sqlite":
                return list(connection.execute(statement).scalars())
            # One JSON array from SQLite instead of a row per id: Python's sqlite3
            # builds a tuple per row, 20 of the 27 ms for 100,000 ids. An aggregate
            # over an ordered subquery keeps its order (SQLite does not flatten it).
            inner = statement.subquery()
            wrapped = select(func.json_group_array(next(iter(inner.c)))).select_from(inner)
            compiled = wrapped.compile(dialect=connection.dialect)
            params = [compiled.params[name] for name in compiled.positiontup or ()]
            driver = connection.connection.driver_connection
            try:
                (text,) = driver.execute(str(compiled), params).fetchone()  # type: ignore[union-attr]
            except sqlite3.OperationalError:  # an SQLite built without JSON functions
                compiled = statement.compile(dialect=connection.dialect)
                params = [compiled.params[name] for name in compiled.positiontup or ()]
                return [row[0] for row in driver.execute(str(compiled), params)]  # type: ignore[union-attr]
            return json.loads(text)  # type: ignore[no-any-return]

    def id_statement(
        self,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        scope: Mapping[str, int] | None = None,
    ) -> Select[Any]:
        """The single SELECT behind ``ids()`` (separate so tests can EXPLAIN it)."""
        conditions = [self.term_condition(term) for term in fold_query(filter_text)]
        for key, value in (scope or {}).items():
            if key not in self.scopes:
                raise ValueError(f"{type(self).__name__}: unknown scope {key!r}")
            conditions.append(self.scope_clause(key, value))
        if sort_key is None:
            order = self.default_order()
            if descending:
                order = [(key, not desc) for key, desc in order]
        else:
            if sort_key not in self._expressions:
                raise ValueError(f"{type(self).__name__}: unknown sort key {sort_key!r}")
            order = [(sort_key, descending)]
            order += [(key, descending) for key in self.tie_breakers.get(sort_key, ())]
        terms: list[Any] = []
        for position, (key, desc) in enumerate(order):
            terms.extend(self._order_terms(key, desc, use_index=not conditions, secondary=position > 0))
        source = self.source([*conditions, *terms])
        # The id as last key makes equal values keep one order between reloads.
        terms.append(self.model.id.desc() if order and order[0][1] else self.model.id)
        return select(self.model.id).select_from(source).where(*conditions).order_by(*terms)

    def rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display values of ``ids`` in ``columns`` order; ids no longer there are absent."""
        found: dict[int, tuple[Any, ...]] = {}
        expressions = [self._expressions[c.key] for c in self.columns]
        with self.store.read() as session:
            for start in range(0, len(ids), CHUNK):
                chunk = list(ids[start : start + CHUNK])
                statement = (
                    select(self.model.id, *expressions)
                    .select_from(self.source())
                    .where(self.model.id.in_(chunk))
                )
                for row in session.connection().execute(statement):
                    found[row[0]] = tuple(row[1:])
        return found

    def order_uses_others(self, keys: Sequence[str]) -> bool:
        """Whether values of other tables decide the order of these columns (a joined name, a count).

        A change of only other records then can move rows of this list, so
        the table asks for its ids again instead of only repainting.
        """
        for key in keys:
            expression = self._expressions.get(key)
            column = getattr(expression, "expression", expression)
            own = isinstance(column, ColumnClause) and column.table is self.model.__table__
            if not own or key in self.kept_by_others:
                return True
        return False

    # -- helpers -----------------------------------------------------------

    def _order_terms(
        self, key: str, descending: bool, use_index: bool = True, secondary: bool = False
    ) -> list[Any]:
        keyed = self._sort_keys.get(key)
        # Enum values are lower-case codes: ordered as stored, so an ordinary index serves the sort.
        nocase = keyed is None and self._kind(key) == "text"
        terms: list[Any] = []
        for position, expression in enumerate(keyed or (self._expressions[key],)):
            terms.append(
                self._order_term(expression, descending, use_index, nocase, secondary or position > 0)
            )
        return terms

    def _order_term(
        self, expression: Any, descending: bool, use_index: bool, nocase: bool, secondary: bool
    ) -> Any:
        nullable = self._nullable(expression)
        if not use_index and isinstance(getattr(expression, "expression", expression), ColumnClause):
            # SQLite's unary "+" keeps the value but hides the column from the
            # planner. With a filter, SQLite (lacking statistics) would otherwise
            # walk the sort index with one table lookup per row (170 ms for "mül"
            # at 100,000 contacts) instead of scanning and sorting the few
            # matches (35 ms).
            expression = UnaryExpression(
                getattr(expression, "expression", expression),
                operator=operators.custom_op("+"),
                type_=expression.type,
            )
        if nocase:
            expression = expression.collate("NOCASE")
        # SQLite sorts NULL as the smallest value: last when descending already,
        # first when ascending. NULLS LAST is added only where it changes the
        # order, because it keeps SQLite from walking an index in sort order;
        # and not for a secondary key, where empty sorts first as in a phone
        # book ("Müller" before "Müller, Anna").
        if descending:
            return expression.desc()
        if nullable and not secondary:
            return expression.asc().nulls_last()
        return expression.asc()

    def _kind(self, key: str) -> str:
        for column in self.columns:
            if column.key == key:
                return column.kind
        return "text"

    def _nullable(self, expression: Any) -> bool:
        if isinstance(expression, Label) and isinstance(expression.element, ScalarSelect):
            return False  # a count is never NULL
        column = getattr(expression, "expression", expression)
        # Only NOT NULL columns of the listed table itself are safe: a LEFT
        # JOIN's NOT NULL column is still NULL when nothing is joined.
        return not (isinstance(column, ColumnClause) and column.table is self.model.__table__) or bool(
            getattr(column, "nullable", True)
        )


def count_of(column: Any, equals: Any, *conditions: ColumnElement[bool]) -> ColumnElement[int]:
    """A correlated ``count(*)`` of rows whose ``column`` equals ``equals``."""
    statement = select(func.count()).where(column == equals, *conditions)
    return statement.scalar_subquery().label(f"{column.key}_count")  # type: ignore[return-value]


class ContactListQuery(ListQuery):
    """Contacts. Scopes: ``authority_id`` (the contacts of one authority)."""

    entity = "contact"
    model = Contact
    scopes = frozenset({"authority_id", "list_id"})
    tag_link = (ContactTag, "contact_id")
    kept_by_others = frozenset({"topics"})
    columns = (
        Column("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), "text"),
        Column("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), "text"),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "text"),
        Column("authority", QT_TRANSLATE_NOOP("Columns", "Authority"), "text"),
        Column("function", QT_TRANSLATE_NOOP("Columns", "Function"), "text"),
        Column("department", QT_TRANSLATE_NOOP("Columns", "Department"), "text", visible=False),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), "text"),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), "text"),
        Column("mobile", QT_TRANSLATE_NOOP("Columns", "Mobile"), "text", visible=False),
        Column("topics", QT_TRANSLATE_NOOP("Columns", "Topics"), "text", visible=False),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), "text", visible=False),
        Column("active", QT_TRANSLATE_NOOP("Columns", "Active"), "bool"),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Changed"), "datetime", visible=False),
    )

    # People with one last name by first name, as in a phone book; the
    # (last_name, first_name) index then serves the sort without a sort step
    # (47 -> 27 ms at 100,000 contacts).
    tie_breakers = {"last_name": ("first_name",)}

    _authority = aliased(Authority, name="contact_authority")

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        return [(self._authority, self._authority.id == Contact.authority_id)]

    def expressions(self) -> dict[str, Any]:
        c = Contact
        return {
            "last_name": c.last_name,
            "first_name": c.first_name,
            "title": c.title,
            "authority": self._authority.name,
            "function": c.function,
            "department": c.department,
            "email": c.email,
            "phone": c.phone,
            "mobile": c.mobile,
            "topics": c.topics,
            "tags": c.tags,
            "active": c.active,
            "updated_at": c.updated_at,
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        c = Contact
        return {
            "last_name": (c.last_name_key,),
            "first_name": (c.first_name_key,),
            "title": (c.title_key,),
            "authority": (self._authority.name_key,),
            "function": (c.function_key,),
            "department": (c.department_key,),
            "topics": (c.topics_key,),
            "tags": (c.tags_key,),
        }

    def scope_clause(self, key: str, value: int) -> ColumnElement[bool]:
        if key == "list_id":
            members = select(ContactListMember.contact_id).where(ContactListMember.list_id == value)
            return Contact.id.in_(members)
        return super().scope_clause(key, value)

    def matches(self, term: str) -> ColumnElement[bool]:
        # Per term, so "müller gütersloh" finds Ms Müller of the city of Gütersloh.
        # The authority side is an IN over the (few) matching authorities rather
        # than a condition on the joined row: a condition on contact alone lets
        # SQLite filter while scanning (55 ms instead of 210 ms at 100,000 contacts)
        # and the id query needs no join at all.
        if len(term) >= MIN_TERM:
            authorities: Any = matching_ids("authority", term)
        else:
            authorities = select(Authority.id).where(_contains(Authority.search_text, term))
        conditions = [_text_matches(Contact, term), Contact.authority_id.in_(authorities)]
        if len(term) >= MIN_TERM:
            # Topics and levels from three letters on: one or two letters are in
            # most topic names, and would list almost every expert (0.3 -> 0.8 s).
            conditions.append(Contact.id.in_(_experts_matching(term)))
        return or_(*conditions)

    def default_order(self) -> list[tuple[str, bool]]:
        return [("last_name", False), ("first_name", False)]

    def listed_condition(self, term: str) -> ColumnElement[bool]:
        if self.is_tag_term(term) or len(term) >= MIN_TERM:
            return self.term_condition(term)
        # A few listed contacts: their own authority through the join, instead of
        # scanning every authority (110,000 at 1,000,000 contacts: 140 ms a statement).
        return or_(_contains(Contact.search_text, term), _contains(self._authority.search_text, term))

    def narrows(self, term: str, grown: str) -> bool:
        # From three letters on a term also finds experts by topic: "st" -> "sta" is no narrowing.
        return term in grown and not (len(term) < MIN_TERM <= len(grown))

    def matching(self, term: str, within: Sequence[int] | None = None) -> Select[Any] | CompoundSelect:
        if self.is_tag_term(term) or not self.indexed(term) or within is not None:
            return super().matching(term, within)
        # Each side straight from its index; a row may come twice, which a set absorbs.
        return union_all(
            matching_ids("contact", term),
            select(Contact.id).where(Contact.authority_id.in_(matching_ids("authority", term))),
            _experts_matching(term),
        )

    def ids(
        self,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        scope: Mapping[str, int] | None = None,
    ) -> list[int]:
        if sort_key == "authority" and not scope and not fold_query(filter_text):
            return self._ids_by_authority(descending)
        return super().ids(filter_text, sort_key, descending, scope)

    def _order_terms(
        self, key: str, descending: bool, use_index: bool = True, secondary: bool = False
    ) -> list[Any]:
        terms = super()._order_terms(key, descending, use_index, secondary)
        if key == "authority":
            # The order of _ids_by_authority: an authority's contacts stay together
            # even when two authorities share a name.
            terms.append(Contact.authority_id.desc() if descending else Contact.authority_id.asc())
        return terms

    def _ids_by_authority(self, descending: bool) -> list[int]:
        """All contacts by their authority's name: walk the authorities in name order.

        Sorting 100,000 contacts on the joined name needs a temporary B-tree
        (75-110 ms); walking the authorities' name key index and each one's
        contacts through ``ix_contact_authority_id`` reads them in order (~35 ms).
        Contacts of one authority stay together, by id; those without one come
        last, as empty values do in every sort.
        """
        direction = (lambda e: e.desc()) if descending else (lambda e: e.asc())
        named = (
            select(Contact.id)
            .select_from(Authority)
            .join(Contact, Contact.authority_id == Authority.id)
            .order_by(direction(Authority.name_key), direction(Authority.id), direction(Contact.id))
        )
        unnamed = select(Contact.id).where(Contact.authority_id.is_(None)).order_by(direction(Contact.id))
        return self.read_ids(named) + self.read_ids(unnamed)


#: Distinct names for the sub-topic CTEs of one statement (one per filter term).
_CTE_NAMES = itertools.count()


def _experts_matching(term: str) -> Select[Any]:
    """Contacts with expertise in a topic whose text holds ``term``, or at a level whose name does.

    "Datenschutz" finds the people who know about data protection, "expert"
    or "Experte" those at that level, though neither word is in their own record.
    """
    # A parent topic's experts include its sub-topics' experts ("Rechtsrahmen" finds
    # the people who know the E-Government laws below it).
    found = select(Topic.id.label("id")).where(Topic.id.in_(matching_ids("topic", term)))
    tree = found.cte(f"topics_under_{next(_CTE_NAMES)}", recursive=True)
    tree = tree.union_all(select(Topic.id).where(Topic.parent_id == tree.c.id))
    levels = [level for level, names in _level_names().items() if any(term in name for name in names)]
    condition: ColumnElement[bool] = Expertise.topic_id.in_(select(tree.c.id))
    if levels:
        # Equalities, not IN (...): read_ids binds parameters itself, without expanding lists.
        condition = or_(condition, *(Expertise.level == level for level in levels))
    return select(Expertise.contact_id).where(condition)


@functools.cache
def _level_names() -> dict[str, list[str]]:
    """Per level value, the folded names it is searched by: value, English and German label.

    Read once: the German catalogue is a file.
    """
    german = catalogue("de")
    return {
        level.value: [fold(n) for n in (level.value, level.label, german.get(("Enum", level.label))) if n]
        for level in ExpertiseLevel
    }


class AuthorityListQuery(ListQuery):
    """Member authorities. Scopes: ``parent_id`` (the members of a consortium or district)."""

    entity = "authority"
    model = Authority
    scopes = frozenset({"parent_id"})
    tag_link = (AuthorityTag, "authority_id")
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "text"),
        Column("short_name", QT_TRANSLATE_NOOP("Columns", "Short name"), "text"),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "enum"),
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"), "enum"),
        Column("ags", QT_TRANSLATE_NOOP("Columns", "AGS"), "text"),
        Column("network_role", QT_TRANSLATE_NOOP("Columns", "Network role"), "enum"),
        Column("cohort", QT_TRANSLATE_NOOP("Columns", "Cohort"), "int"),
        Column("member_since", QT_TRANSLATE_NOOP("Columns", "Member since"), "date"),
        Column("city", QT_TRANSLATE_NOOP("Columns", "City"), "text"),
        Column("parent", QT_TRANSLATE_NOOP("Columns", "Part of"), "text"),
        Column("contacts", QT_TRANSLATE_NOOP("Columns", "Contacts"), "int"),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), "text", visible=False),
    )

    kept_by_others = frozenset({"contacts"})
    # 11,000 authorities at 100,000 contacts: 8-12 ms a scan, and the repaint on top.
    scan_limit = 8_000

    _parent = aliased(Authority, name="parent_authority")

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        return [(self._parent, self._parent.id == Authority.parent_id)]

    def expressions(self) -> dict[str, Any]:
        a = Authority
        return {
            "name": a.name,
            "short_name": a.short_name,
            "kind": a.kind,
            "state": a.state,
            "ags": a.ags,
            "network_role": a.network_role,
            "cohort": a.cohort,
            "member_since": a.member_since,
            "city": a.city,
            "parent": self._parent.name,
            # Kept by triggers (migration 0013): sorting by it walks an index.
            "contacts": a.contact_count,
            "tags": a.tags,
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        a = Authority
        return {
            "name": (a.name_key,),
            "short_name": (a.short_name_key,),
            "city": (a.city_key,),
            "parent": (self._parent.name_key,),
            "tags": (a.tags_key,),
        }

    def default_order(self) -> list[tuple[str, bool]]:
        return [("name", False)]


class TopicListQuery(ListQuery):
    """Expert topics. Scopes: ``parent_id`` (the subtopics of one topic)."""

    entity = "topic"
    model = Topic
    scopes = frozenset({"parent_id"})
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "text"),
        Column("parent", QT_TRANSLATE_NOOP("Columns", "Parent topic"), "text"),
        Column("synonyms", QT_TRANSLATE_NOOP("Columns", "Synonyms"), "text"),
        Column("experts", QT_TRANSLATE_NOOP("Columns", "Experts"), "int"),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), "text", visible=False),
    )

    _parent = aliased(Topic, name="parent_topic")

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        return [(self._parent, self._parent.id == Topic.parent_id)]

    def expressions(self) -> dict[str, Any]:
        t = Topic
        return {
            "name": t.name,
            "parent": self._parent.name,
            "synonyms": t.synonyms,
            "experts": count_of(Expertise.topic_id, t.id),
            "description": t.description,
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        t = Topic
        return {
            "name": (t.name_key,),
            "parent": (self._parent.name_key,),
            "synonyms": (t.synonyms_key,),
            "description": (t.description_key,),
        }

    def default_order(self) -> list[tuple[str, bool]]:
        return [("name", False)]


class MeetingListQuery(ListQuery):
    """Meetings. Scopes: ``topic_id`` (meetings about a topic), ``host_authority_id``."""

    entity = "meeting"
    model = Meeting
    scopes = frozenset({"topic_id", "host_authority_id"})
    tag_link = (MeetingTag, "meeting_id")
    columns = (
        Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Start"), "datetime"),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "text"),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "enum"),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), "text"),
        Column("host", QT_TRANSLATE_NOOP("Columns", "Host"), "text"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum"),
        Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), "int"),
        Column("open_items", QT_TRANSLATE_NOOP("Columns", "Open action items"), "int"),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), "text", visible=False),
    )

    kept_by_others = frozenset({"participants", "open_items"})
    # 20,000 meetings at 100,000 contacts: 21-29 ms a scan.
    scan_limit = 8_000

    _host = aliased(Authority, name="host_authority")

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        return [(self._host, self._host.id == Meeting.host_authority_id)]

    def expressions(self) -> dict[str, Any]:
        m = Meeting
        return {
            "starts_at": m.starts_at,
            "title": m.title,
            "kind": m.kind,
            "place": m.place,
            "host": self._host.name,
            "status": m.status,
            # Kept by triggers (migration 0013): sorting 20,000 meetings by a correlated
            # count took 55-70 ms, by the indexed column a few.
            "participants": m.participant_count,
            "open_items": m.open_item_count,
            "tags": m.tags,
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        return {
            "title": (Meeting.title_key,),
            "place": (Meeting.place_key,),
            "host": (self._host.name_key,),
            "tags": (Meeting.tags_key,),
        }

    def scope_clause(self, key: str, value: int) -> ColumnElement[bool]:
        if key == "topic_id":
            return exists().where(  # type: ignore[no-any-return]
                and_(MeetingTopic.meeting_id == Meeting.id, MeetingTopic.topic_id == value)
            )
        return super().scope_clause(key, value)

    def default_order(self) -> list[tuple[str, bool]]:
        return [("starts_at", True)]


class ActionItemListQuery(ListQuery):
    """Action items. Scopes: ``open`` (1: not done, 0: done), ``meeting_id``, ``owner_contact_id``.

    The filter searches their own folded text and the owner's and the
    meeting's search text, each through its trigram index.
    """

    entity = "action_item"
    model = ActionItem
    scopes = frozenset({"open", "meeting_id", "owner_contact_id"})
    columns = (
        Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), "date"),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Action item"), "text"),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), "text"),
        Column("meeting", QT_TRANSLATE_NOOP("Columns", "Meeting"), "text"),
        Column("meeting_start", QT_TRANSLATE_NOOP("Columns", "Meeting date"), "datetime"),
        Column("done_on", QT_TRANSLATE_NOOP("Columns", "Done"), "date", visible=False),
    )

    _owner = aliased(Contact, name="owner_contact")
    _meeting = aliased(Meeting, name="item_meeting")

    def joins(self) -> list[tuple[Any, ColumnElement[bool]]]:
        return [
            (self._owner, self._owner.id == ActionItem.owner_contact_id),
            (self._meeting, self._meeting.id == ActionItem.meeting_id),
        ]

    def expressions(self) -> dict[str, Any]:
        owner = self._owner
        return {
            "due_on": ActionItem.due_on,
            "text": func.substr(ActionItem.text, 1, 200),
            # "Last, First" as every list names a person; NULL (not "") without an
            # owner, so items nobody owns sort last like every other empty value.
            "owner": func.nullif(person_name(owner), ""),
            "meeting": self._meeting.title,
            "meeting_start": self._meeting.starts_at,
            "done_on": ActionItem.done_on,
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        return {
            "text": (ActionItem.text_key,),
            # By last name, then first name, as "Last, First" reads.
            "owner": (self._owner.last_name_key, self._owner.first_name_key),
            "meeting": (self._meeting.title_key,),
        }

    def matches(self, term: str) -> ColumnElement[bool]:
        if len(term) < MIN_TERM:
            # One or two letters: the joined owner's and meeting's text of each listed item.
            # An IN over the contacts holding "la" would scan all of them (125 ms at 100,000).
            return or_(
                _contains(ActionItem.search_text, term),
                _contains(self._owner.search_text, term),
                _contains(self._meeting.search_text, term),
            )
        # As the contacts' authority side: IN over the owners and meetings that
        # match, each from its own trigram index, so no join is needed.
        return or_(
            _text_matches(ActionItem, term),
            ActionItem.owner_contact_id.in_(matching_ids("contact", term)),
            ActionItem.meeting_id.in_(matching_ids("meeting", term)),
        )

    def indexed(self, term: str) -> bool:
        return len(term) >= MIN_TERM

    def scanned(self, total: int) -> int:
        # A short term reads three texts per item (its own, the owner's, the meeting's):
        # 35-40 ms for the 8,800 open items at 100,000 contacts.
        return 3 * total

    def matching(self, term: str, within: Sequence[int] | None = None) -> Select[Any] | CompoundSelect:
        if not self.indexed(term) or within is not None:
            return super().matching(term, within)
        return union_all(
            matching_ids("action_item", term),
            select(ActionItem.id).where(ActionItem.owner_contact_id.in_(matching_ids("contact", term))),
            select(ActionItem.id).where(ActionItem.meeting_id.in_(matching_ids("meeting", term))),
        )

    def scope_clause(self, key: str, value: int) -> ColumnElement[bool]:
        if key == "open":
            return ActionItem.done_on.is_(None) if value else ActionItem.done_on.is_not(None)
        return super().scope_clause(key, value)

    def default_order(self) -> list[tuple[str, bool]]:
        return [("due_on", False)]


class ContactListListQuery(ListQuery):
    """Lists of people and saved searches (no scopes)."""

    entity = "contact_list"
    model = ContactList
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "text"),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "enum"),
        Column("members", QT_TRANSLATE_NOOP("Columns", "People on the list"), "int"),
        Column("query", QT_TRANSLATE_NOOP("Columns", "Filter"), "text"),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), "text"),
    )

    def expressions(self) -> dict[str, Any]:
        c = ContactList
        return {
            "name": c.name,
            "kind": c.kind,
            "members": count_of(ContactListMember.list_id, c.id),
            "query": c.query,
            "description": func.substr(c.description, 1, 200),
        }

    def sort_keys(self) -> dict[str, tuple[Any, ...]]:
        return {"name": (ContactList.name_key,)}

    def matches(self, term: str) -> ColumnElement[bool]:
        # A few lists: no stored search text, the folded name is enough.
        return or_(
            _contains(ContactList.name_key, term), _contains(func.lower(ContactList.description), term)
        )

    def default_order(self) -> list[tuple[str, bool]]:
        return [("name", False)]


#: The list query of each entity, by the entity name used in change notifications.
QUERIES: dict[str, type[ListQuery]] = {
    query.entity: query
    for query in (
        ContactListQuery,
        AuthorityListQuery,
        TopicListQuery,
        MeetingListQuery,
        ActionItemListQuery,
        ContactListListQuery,
    )
}
