"""Free tags on contacts, authorities and meetings: tag a selection, rename, merge, delete.

A tag is a row of its own (renaming it renames it everywhere); each tagged
kind has a link table. The ``tags`` column of a tagged record (names in
German order, for the lists' Tags column) is kept by database triggers
(migration 0009), so every way of writing a link keeps it true.

Tagging a selection is one transaction and hands back a ``Tagging`` that says
exactly which links it added and removed and which tags it created; undo
takes back exactly that, and refuses when someone changed those links since.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.errors import ConflictError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import TagRecord
from egov_network.domain.text import fold, sort_key
from egov_network.services.base import EntityService, Problems
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.models import AuthorityTag, ContactTag, MeetingTag, Tag, utcnow

#: Per tagged entity: its link table and the link's column naming the record.
TAG_LINKS: dict[str, tuple[Any, str]] = {
    "contact": (ContactTag, "contact_id"),
    "authority": (AuthorityTag, "authority_id"),
    "meeting": (MeetingTag, "meeting_id"),
}
#: Ids per IN (...) list.
_CHUNK = 500


def tag_name(value: Any) -> str | None:
    """A tag's name: one line; no comma (lists join tags with one) and no leading "#" (the filter's mark)."""
    text = v.line(value, required=True, max_len=80)
    assert text is not None
    text = text.lstrip("#").strip()
    if not text:
        raise v.FieldProblem(QT_TRANSLATE_NOOP("Errors", "This field is required."))
    if "," in text or ";" in text:
        raise v.FieldProblem(QT_TRANSLATE_NOOP("Errors", "A tag cannot contain a comma or semicolon."))
    return text


def split_tags(text: str | None) -> list[str]:
    """Tag names written in one cell or field ("Kochbuch, #Pilot; OZG"): each trimmed, "#" dropped."""
    if not text:
        return []
    names: list[str] = []
    for part in text.replace(";", ",").split(","):
        name = part.strip().lstrip("#").strip()
        if name and fold(name) not in {fold(n) for n in names}:
            names.append(name)
    return names


@dataclass(frozen=True)
class TagUse:
    """A tag and how many records of each kind carry it."""

    id: int
    name: str
    version: int
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Tagging:
    """What one tagging did: links added and removed (tag id, record id) and tags created."""

    entity: str
    added: list[tuple[int, int]] = field(default_factory=list)
    removed: list[tuple[int, int]] = field(default_factory=list)
    created: list[TagRecord] = field(default_factory=list)

    def changed_records(self) -> set[int]:
        return {record for _, record in (*self.added, *self.removed)}


@dataclass(frozen=True)
class Merge:
    """What merging tags did, for undo: the tags removed (with their links) and links added to the target."""

    target: int
    removed: list[tuple[TagRecord, dict[str, list[int]]]]
    added: dict[str, list[int]]


class TagService(EntityService[Tag, TagRecord]):
    """Tags: names unique ignoring case; deleting one removes it from every record (undoable)."""

    model = Tag
    record = TagRecord
    entity = "tag"
    label = QT_TRANSLATE_NOOP("Errors", "Tag")
    validators = {"name": tag_name}
    children = ((ContactTag, "tag_id"), (AuthorityTag, "tag_id"), (MeetingTag, "tag_id"))

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        name = clean.get("name")
        if name and not problems.has("name"):
            clash = self._named(session, name)
            if clash is not None and (current is None or clash.id != current.id):
                problems.add(
                    "name", QT_TRANSLATE_NOOP("Errors", "A tag named “{name}” exists already."), name=name
                )

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        tagged = 0
        for link, _column in TAG_LINKS.values():
            tagged += session.scalar(select(func.count()).where(link.tag_id == obj.id)) or 0
        return {QT_TRANSLATE_NOOP("Errors", "tag assignments"): tagged}

    def after_write(self, session: Session, obj: Any, before: TagRecord | None) -> None:
        if before is not None and before.name != obj.name:
            # The Tags column of every record carrying it shows the new name.
            self._record_tagged(session, obj.id)

    def delete(self, ident: int, **kwargs: Any) -> TagRecord:
        with self.store.write() as session:
            self._record_tagged(session, ident)
            return super().delete(ident, **kwargs)

    def restore(self, snapshot: Any) -> TagRecord:
        with self.store.write() as session:
            record = super().restore(snapshot)
            self._record_tagged(session, snapshot.ident)
            return record

    # -- reading ----------------------------------------------------------------

    def uses(self, entity: str | None = None) -> list[TagUse]:
        """Every tag with its counts, in German order (only those on ``entity`` records if given)."""
        with self.store.read() as session:
            counts: dict[int, dict[str, int]] = {}
            for kind, (link, _column) in TAG_LINKS.items():
                statement = select(link.tag_id, func.count()).group_by(link.tag_id)
                for tag_id, number in session.execute(statement):
                    counts.setdefault(tag_id, {})[kind] = number
            tags = session.execute(select(Tag.id, Tag.name, Tag.version).order_by(Tag.name_key, Tag.id))
            found = [TagUse(i, name, version, counts.get(i, {})) for i, name, version in tags]
        if entity is not None:
            found = [use for use in found if use.counts.get(entity)]
        return found

    def tags_of(self, entity: str, ids: Sequence[int]) -> dict[int, int]:
        """Per tag id, on how many of the records ``ids`` it is (for a selection's tag dialog)."""
        link, column = TAG_LINKS[entity]
        owner = getattr(link, column)
        result: dict[int, int] = {}
        with self.store.read() as session:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                statement = select(link.tag_id, func.count()).where(owner.in_(chunk)).group_by(link.tag_id)
                for tag_id, number in session.execute(statement):
                    result[tag_id] = result.get(tag_id, 0) + number
        return result

    def names_of(self, entity: str, ident: int) -> list[str]:
        """The tag names of one record, in German order."""
        link, column = TAG_LINKS[entity]
        with self.store.read() as session:
            statement = (
                select(Tag.name)
                .join(link, link.tag_id == Tag.id)
                .where(getattr(link, column) == ident)
                .order_by(Tag.name_key, Tag.id)
            )
            return list(session.scalars(statement))

    # -- tagging ----------------------------------------------------------------

    def tag(
        self, entity: str, ids: Sequence[int], add: Iterable[str] = (), remove: Iterable[int] = ()
    ) -> Tagging:
        """Put the tags named ``add`` (created when new) on every record of ``ids``; take ``remove`` off.

        One transaction; records that already carry a tag are left as they are.
        """
        link, column = TAG_LINKS[entity]
        owner = getattr(link, column)
        result = Tagging(entity)
        with self.store.write() as session:
            add_ids: list[int] = []
            for name in add:
                try:
                    clean = tag_name(name)
                except v.FieldProblem as problem:
                    problems = Problems()
                    problems.add("name", problem.template, **problem.params)
                    problems.raise_if_any()
                assert clean is not None
                existing = self._named(session, clean)
                if existing is None:
                    created = self.create({"name": clean})
                    result.created.append(created)
                    add_ids.append(created.id)
                else:
                    add_ids.append(existing.id)
            present = self._links(session, link, owner, ids)
            now = utcnow()
            new = [
                (t, r) for t in dict.fromkeys(add_ids) for r in dict.fromkeys(ids) if (t, r) not in present
            ]
            if new:
                session.execute(
                    insert(link),
                    [{"tag_id": t, column: r, "created_at": now, "updated_at": now} for t, r in new],
                )
            result.added = new
            gone = [(t, r) for t in dict.fromkeys(remove) for r in dict.fromkeys(ids) if (t, r) in present]
            self._unlink(session, link, owner, gone)
            result.removed = gone
            for record in result.changed_records():
                Store.record("updated", entity, record, fields=["tags"])
            history.log_links(session, history.LINKED, ((entity, r, "tag", t) for t, r in new))
            history.log_links(session, history.UNLINKED, ((entity, r, "tag", t) for t, r in gone))
        return result

    def untag(self, tagging: Tagging) -> None:
        """Take back ``tagging`` (undo); refuses when those links were changed elsewhere since."""
        link, column = TAG_LINKS[tagging.entity]
        owner = getattr(link, column)
        with self.store.write() as session:
            records = [r for _, r in (*tagging.added, *tagging.removed)]
            present = self._links(session, link, owner, records)
            if any(pair not in present for pair in tagging.added) or any(
                pair in present for pair in tagging.removed
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The tags of these records were changed elsewhere in the meantime."
                    )
                )
            self._unlink(session, link, owner, tagging.added)
            history.log_links(
                session, history.UNLINKED, ((tagging.entity, r, "tag", t) for t, r in tagging.added)
            )
            history.log_links(
                session, history.LINKED, ((tagging.entity, r, "tag", t) for t, r in tagging.removed)
            )
            now = utcnow()
            if tagging.removed:
                session.execute(
                    insert(link),
                    [
                        {"tag_id": t, column: r, "created_at": now, "updated_at": now}
                        for t, r in tagging.removed
                    ],
                )
            for created in tagging.created:
                obj = session.get(Tag, created.id)
                if obj is not None and not self._used(session, created.id):
                    session.delete(obj)
                    session.flush()
                    Store.record("deleted", self.entity, created.id)
            for record in tagging.changed_records():
                Store.record("updated", tagging.entity, record, fields=["tags"])

    def merge(self, sources: Sequence[int], target: int) -> Merge:
        """Merge the tags ``sources`` into ``target``: their records carry ``target``, they go."""
        with self.store.write() as session:
            self.load(session, target)
            removed: list[tuple[TagRecord, dict[str, list[int]]]] = []
            added: dict[str, list[int]] = {}
            now = utcnow()
            for source in dict.fromkeys(sources):
                if source == target:
                    continue
                obj = self.load(session, source)
                carried: dict[str, list[int]] = {}
                for entity, (link, column) in TAG_LINKS.items():
                    owner = getattr(link, column)
                    records = list(session.scalars(select(owner).where(link.tag_id == source)))
                    carried[entity] = records
                    having = set(session.scalars(select(owner).where(link.tag_id == target)))
                    new = [r for r in records if r not in having and r not in added.get(entity, [])]
                    if new:
                        session.execute(
                            insert(link),
                            [
                                {"tag_id": target, column: r, "created_at": now, "updated_at": now}
                                for r in new
                            ],
                        )
                        added.setdefault(entity, []).extend(new)
                        history.log_links(session, history.LINKED, ((entity, r, "tag", target) for r in new))
                    history.log_links(
                        session, history.UNLINKED, ((entity, r, "tag", source) for r in records)
                    )
                    for record in records:
                        Store.record("updated", entity, record, fields=["tags"])
                into = history.label_of(session, "tag", target)
                history.write_entries(
                    session,
                    [history.Entry(history.MERGED, self.entity, source, obj.name, {"tag": (obj.name, into)})],
                )
                removed.append((self.to_record(obj), carried))
                session.delete(obj)
                session.flush()
                Store.record("deleted", self.entity, source)
            Store.record("updated", self.entity, target)
            return Merge(target, removed, added)

    def unmerge(self, merge: Merge) -> None:
        """Take back ``merge`` (undo): the merged tags come back with their records."""
        with self.store.write() as session:
            now = utcnow()
            for entity, records in merge.added.items():
                link, column = TAG_LINKS[entity]
                self._unlink(session, link, getattr(link, column), [(merge.target, r) for r in records])
                history.log_links(
                    session, history.UNLINKED, ((entity, r, "tag", merge.target) for r in records)
                )
                for ident in records:
                    Store.record("updated", entity, ident, fields=["tags"])
            for record, carried in merge.removed:
                if self._named(session, record.name) is not None or session.get(Tag, record.id) is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "“{name}” was changed elsewhere in the meantime. Reload it and try again.",
                        ),
                        name=record.name,
                    )
                session.execute(
                    insert(Tag),
                    [
                        {
                            "id": record.id,
                            "name": record.name,
                            "name_key": sort_key(record.name) or "",
                            "version": record.version,
                            "created_at": now,
                            "updated_at": now,
                        }
                    ],
                )
                Store.record("created", self.entity, record.id)
                history.write_entries(
                    session, [history.Entry(history.RESTORED, self.entity, record.id, record.name)]
                )
                for entity, records in carried.items():
                    link, column = TAG_LINKS[entity]
                    if records:
                        session.execute(
                            insert(link),
                            [
                                {"tag_id": record.id, column: r, "created_at": now, "updated_at": now}
                                for r in records
                            ],
                        )
                        history.log_links(
                            session, history.LINKED, ((entity, r, "tag", record.id) for r in records)
                        )
                    for ident in records:
                        Store.record("updated", entity, ident, fields=["tags"])

    # -- helpers ------------------------------------------------------------------

    @staticmethod
    def _named(session: Session, name: str) -> Tag | None:
        key = sort_key(name) or ""
        for tag in session.scalars(select(Tag).where(Tag.name_key == key)):
            if fold(tag.name) == fold(name):
                return tag
        return None

    @staticmethod
    def _links(session: Session, link: Any, owner: Any, ids: Sequence[int]) -> set[tuple[int, int]]:
        present: set[tuple[int, int]] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            present.update(
                (t, r) for t, r in session.execute(select(link.tag_id, owner).where(owner.in_(chunk)))
            )
        return present

    @staticmethod
    def _unlink(session: Session, link: Any, owner: Any, pairs: Sequence[tuple[int, int]]) -> None:
        for start in range(0, len(pairs), _CHUNK):
            chunk = pairs[start : start + _CHUNK]
            session.execute(delete(link).where(tuple_(link.tag_id, owner).in_(chunk)))

    @staticmethod
    def _used(session: Session, tag_id: int) -> bool:
        return any(
            session.scalar(select(func.count()).where(link.tag_id == tag_id))
            for link, _ in TAG_LINKS.values()
        )

    @staticmethod
    def _record_tagged(session: Session, tag_id: int) -> None:
        for entity, (link, column) in TAG_LINKS.items():
            for record in session.scalars(select(getattr(link, column)).where(link.tag_id == tag_id)):
                Store.record("updated", entity, record, fields=["tags"])
