"""Named lists of people: static lists kept by hand and saved searches evaluated when opened.

A static list ("Verteiler Kochbuch-Redaktion") has members; a person can be
on many lists. A saved expert search keeps the words of a "Who knows what?"
query and opens that page, ranked anew. A saved search keeps a contacts filter (which may name tags,
"#Kochbuch", and topics, as the filter finds experts) and is evaluated
every time it is opened, like CiviCRM's smart groups. Both serve the
contacts list as a scope, and with it export, mail and vCards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.enums import ListKind
from egov_network.domain.errors import ConflictError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import ContactListRecord
from egov_network.domain.text import fold
from egov_network.services.base import EntityService, Problems
from egov_network.services.fields import enum_of, required_line
from egov_network.store import history
from egov_network.store.database import Store
from egov_network.store.models import Contact, ContactList, ContactListMember, utcnow

_CHUNK = 500


def saved_query(value: Any) -> str | None:
    """A saved search's query: the contacts filter it stands for ("#kochbuch datenschutz")."""
    return v.line(value, max_len=500)


def expert_words_of(record: ContactListRecord) -> str:
    """The words a saved expert search asks the expert finder ("" for other lists)."""
    return record.query or "" if record.kind == ListKind.EXPERTS.value else ""


def filter_of(record: ContactListRecord) -> str:
    """The contacts filter a saved search stands for ("" for a static list)."""
    if record.kind != ListKind.SAVED.value:
        return ""
    return record.query or ""


class ContactListService(EntityService[ContactList, ContactListRecord]):
    """Create, rename and delete lists; add and remove members (undoable, value-checked)."""

    model = ContactList
    record = ContactListRecord
    entity = "contact_list"
    trashable = True
    label = QT_TRANSLATE_NOOP("Errors", "List")
    validators = {
        "name": required_line,
        "kind": enum_of(ListKind),
        "query": saved_query,
        "description": v.text,
    }
    children = ((ContactListMember, "list_id"),)

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        name = clean.get("name")
        if name and not problems.has("name"):
            for other_id, other in session.execute(select(ContactList.id, ContactList.name)):
                if fold(other) == fold(name) and (current is None or other_id != current.id):
                    problems.add(
                        "name",
                        QT_TRANSLATE_NOOP("Errors", "A list named “{name}” exists already."),
                        name=name,
                    )
                    break
        if clean.get("kind") in (ListKind.SAVED.value, ListKind.EXPERTS.value) and not clean.get("query"):
            problems.add("query", QT_TRANSLATE_NOOP("Errors", "A saved search needs a filter."))

    def owned(self, session: Session, obj: Any) -> dict[str, int]:
        members = session.scalar(select(func.count()).where(ContactListMember.list_id == obj.id)) or 0
        return {QT_TRANSLATE_NOOP("Errors", "list entries"): members}

    def all(self) -> list[ContactListRecord]:
        """Every list, in German order of their names."""
        with self.store.read() as session:
            statement = select(ContactList).order_by(ContactList.name_key, ContactList.id)
            return [self.to_record(obj) for obj in session.scalars(statement)]

    def member_counts(self) -> dict[int, int]:
        """Per static list, how many people are on it."""
        statement = select(ContactListMember.list_id, func.count()).group_by(ContactListMember.list_id)
        with self.store.read() as session:
            return {list_id: number for list_id, number in session.execute(statement)}

    def add_members(self, list_id: int, contact_ids: Sequence[int]) -> list[int]:
        """Put people on a static list; returns those who were not on it yet (what undo takes off)."""
        with self.store.write() as session:
            self._static(session, list_id)
            present = self._members(session, list_id, contact_ids)
            existing = set(session.scalars(select(Contact.id).where(Contact.id.in_(list(contact_ids)))))
            new = [i for i in dict.fromkeys(contact_ids) if i not in present and i in existing]
            now = utcnow()
            for start in range(0, len(new), _CHUNK):
                session.execute(
                    insert(ContactListMember),
                    [
                        {"list_id": list_id, "contact_id": i, "created_at": now, "updated_at": now}
                        for i in new[start : start + _CHUNK]
                    ],
                )
            if new:
                Store.record("updated", self.entity, list_id, fields=["members"])
            self._log_members(session, history.LINKED, list_id, new)
            return new

    def remove_members(
        self, list_id: int, contact_ids: Sequence[int], *, expected: bool = False
    ) -> list[int]:
        """Take people off a static list; returns those who were on it.

        ``expected``: all of them must be on it (an undo of ``add_members``), else nothing changes.
        """
        with self.store.write() as session:
            self._static(session, list_id)
            present = self._members(session, list_id, contact_ids)
            gone = [i for i in dict.fromkeys(contact_ids) if i in present]
            if expected and len(gone) != len(set(contact_ids)):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "The list was changed elsewhere in the meantime.")
                )
            for start in range(0, len(gone), _CHUNK):
                chunk = gone[start : start + _CHUNK]
                session.execute(
                    delete(ContactListMember).where(
                        ContactListMember.list_id == list_id, ContactListMember.contact_id.in_(chunk)
                    )
                )
            if gone:
                Store.record("updated", self.entity, list_id, fields=["members"])
            self._log_members(session, history.UNLINKED, list_id, gone)
            return gone

    @staticmethod
    def _log_members(session: Session, verb: str, list_id: int, contact_ids: Sequence[int]) -> None:
        """Both sides' history: the list names the person, the person the list."""
        history.log_links(session, verb, (("contact_list", list_id, "contact", c) for c in contact_ids))
        history.log_links(session, verb, (("contact", c, "contact_list", list_id) for c in contact_ids))

    def _static(self, session: Session, list_id: int) -> None:
        obj = self.load(session, list_id)
        if obj.kind != ListKind.STATIC.value:  # a saved search or saved expert search
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” is a saved search: its people are found by its filter, not added."
                ),
                name=obj.name,
            )

    @staticmethod
    def _members(session: Session, list_id: int, ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _CHUNK):
            statement = select(ContactListMember.contact_id).where(
                ContactListMember.list_id == list_id,
                ContactListMember.contact_id.in_(unique[start : start + _CHUNK]),
            )
            found.update(session.scalars(statement))
        return found
