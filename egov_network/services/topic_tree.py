"""The expert topics as one tree: every topic at once, with experts counted over sub-topics.

Topics are few (hundreds), so the topic workspace reads all of them in two
queries instead of paging: the topics themselves and, through a recursive
CTE, the number of distinct experts of each topic's whole subtree (a person
expert in two sub-topics counts once). Siblings are in German alphabetical
order (``domain.text.sort_key``, DIN 5007: "Ö" sorts as "O").

The filter folds its terms like the list queries (``domain.text.fold_query``)
and requires every term in a topic's stored ``search_text``; a matching topic
is shown with its ancestors, so it is found where it lives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import CTE, Select, distinct, func, select

from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.text import fold_query, sort_key
from egov_network.services.queries import Column
from egov_network.store.database import Store
from egov_network.store.models import Expertise, Topic

#: The columns of the topic tree (labels translated by the UI, context "Columns"). The
#: count comes before the synonyms: after them it was out of sight beside the editor.
TREE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "text"),
    Column("experts", QT_TRANSLATE_NOOP("Columns", "Experts (incl. sub-topics)"), "int"),
    Column("synonyms", QT_TRANSLATE_NOOP("Columns", "Synonyms"), "text"),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), "text", visible=False),
)


@dataclass(frozen=True)
class TopicNode:
    """One topic as the tree shows it.

    ``own_experts`` counts the topic's own expertise rows, ``experts`` the
    distinct people with expertise in the topic or any topic below it.
    """

    id: int
    parent_id: int | None
    name: str
    synonyms: str | None
    description: str | None
    version: int
    search_text: str
    own_experts: int
    experts: int

    def value(self, key: str) -> object:
        """The value of column ``key`` (see ``TREE_COLUMNS``)."""
        return getattr(self, key)


@dataclass(frozen=True)
class TopicForest:
    """All topics, with each topic's children in DIN 5007 order; ``None`` is the top level.

    A parent that does not exist, or a loop of parents (which the topic
    service refuses to write but an old file might hold), does not hide
    topics: such a topic is shown at the top level.
    """

    nodes: Mapping[int, TopicNode]
    children: Mapping[int | None, tuple[int, ...]]
    parents: Mapping[int, int | None]

    @classmethod
    def of(cls, nodes: Iterable[TopicNode]) -> TopicForest:
        by_id = {node.id: node for node in nodes}
        ordered = sorted(by_id.values(), key=lambda n: (sort_key(n.name) or "", n.name, n.id))
        below: dict[int | None, list[int]] = {}
        for node in ordered:
            parent = node.parent_id if node.parent_id in by_id else None
            below.setdefault(parent, []).append(node.id)
        # Walk down from the top level; what is not reached hangs in a loop of parents.
        parents: dict[int, int | None] = {}
        children: dict[int | None, list[int]] = {None: []}
        pending: list[int | None] = [None]
        while True:
            while pending:
                parent = pending.pop()
                for child in below.get(parent, []):
                    if child not in parents:
                        parents[child] = parent
                        children.setdefault(parent, []).append(child)
                        pending.append(child)
            stray = next((n.id for n in ordered if n.id not in parents), None)
            if stray is None:
                break
            parents[stray] = None
            children[None].append(stray)
            pending.append(stray)
        children[None].sort(key=lambda i: (sort_key(by_id[i].name) or "", by_id[i].name, i))
        return cls(by_id, {k: tuple(v) for k, v in children.items()}, parents)

    def __len__(self) -> int:
        return len(self.nodes)

    def children_of(self, ident: int | None) -> tuple[int, ...]:
        return self.children.get(ident, ())

    def parent_of(self, ident: int) -> int | None:
        """The topic ``ident`` is shown below (None: the top level)."""
        return self.parents.get(ident)

    def ancestors(self, ident: int) -> list[int]:
        """Parent, grandparent, … of ``ident``, nearest first."""
        found: list[int] = []
        parent = self.parents.get(ident)
        while parent is not None:
            found.append(parent)
            parent = self.parents.get(parent)
        return found

    def subtree(self, ident: int) -> set[int]:
        """``ident`` and every topic below it."""
        found = {ident}
        pending = [ident]
        while pending:
            for child in self.children_of(pending.pop()):
                if child not in found:
                    found.add(child)
                    pending.append(child)
        return found

    def walk(self, parent: int | None = None) -> Iterator[tuple[int, int]]:
        """(id, depth) of every topic below ``parent``, in the order the tree shows them."""
        pending = [(child, 0) for child in reversed(self.children_of(parent))]
        while pending:
            ident, depth = pending.pop()
            yield ident, depth
            pending.extend((child, depth + 1) for child in reversed(self.children_of(ident)))

    def matching(self, filter_text: str) -> set[int] | None:
        """Topics whose search text holds every term of ``filter_text``; None without a filter."""
        terms = fold_query(filter_text)
        if not terms:
            return None
        return {i for i, node in self.nodes.items() if all(t in node.search_text for t in terms)}

    def with_ancestors(self, idents: Iterable[int]) -> set[int]:
        """``idents`` plus every topic above them: what the tree shows for a filter."""
        shown: set[int] = set()
        for ident in idents:
            if ident in self.nodes:
                shown.add(ident)
                shown.update(self.ancestors(ident))
        return shown

    def path(self, ident: int) -> str:
        """ "Parent › Child": how a topic is named where its place matters."""
        names = [self.nodes[i].name for i in reversed([ident, *self.ancestors(ident)])]
        return " › ".join(names)

    def loop_in(self, moving: Iterable[int], parent_id: int | None) -> int | None:
        """The first of ``moving`` that ``parent_id`` is or lies below (moving it there is a loop)."""
        if parent_id is None:
            return None
        above = {parent_id, *self.ancestors(parent_id)}
        return next((ident for ident in moving if ident in above), None)

    def outermost(self, idents: Iterable[int]) -> list[int]:
        """``idents`` without those below another of them: a sub-topic moves with its parent."""
        chosen = list(dict.fromkeys(idents))
        picked = set(chosen)
        return [i for i in chosen if not picked.intersection(self.ancestors(i))]


class TopicTree:
    """Reads the whole topic tree (``TopicForest``) in one short read."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def read(self) -> TopicForest:
        topics = select(
            Topic.id,
            Topic.parent_id,
            Topic.name,
            Topic.synonyms,
            Topic.description,
            Topic.version,
            Topic.search_text,
        )
        own = select(Expertise.topic_id, func.count()).group_by(Expertise.topic_id)
        with self.store.read() as session:
            connection = session.connection()
            rows = list(connection.execute(topics))
            own_counts: dict[int, int] = {t: n for t, n in connection.execute(own)}
            subtree_counts: dict[int, int] = {t: n for t, n in connection.execute(_subtree_experts())}
        return TopicForest.of(
            TopicNode(
                id=ident,
                parent_id=parent,
                name=name,
                synonyms=synonyms,
                description=description,
                version=version,
                search_text=search_text or "",
                own_experts=own_counts.get(ident, 0),
                experts=subtree_counts.get(ident, 0),
            )
            for ident, parent, name, synonyms, description, version, search_text in rows
        )


def subtree_of(topic_id: int | None = None) -> CTE:
    """A recursive CTE (ancestor, topic): every topic paired with itself and each topic below it.

    ``UNION`` rather than ``UNION ALL``: a loop of parents in old data ends
    the recursion instead of running forever. With ``topic_id`` only that
    topic's subtree is built.
    """
    start = select(Topic.id.label("ancestor"), Topic.id.label("topic"))
    if topic_id is not None:
        start = start.where(Topic.id == topic_id)
    tree = start.cte("subtree", recursive=True)
    return tree.union(select(tree.c.ancestor, Topic.id).join(Topic, Topic.parent_id == tree.c.topic))


def _subtree_experts() -> Select[int, int]:
    """(topic id, distinct experts in the topic and below) for topics that have any."""
    tree = subtree_of()
    return (
        select(tree.c.ancestor, func.count(distinct(Expertise.contact_id)))
        .join(Expertise, Expertise.topic_id == tree.c.topic)
        .group_by(tree.c.ancestor)
    )
