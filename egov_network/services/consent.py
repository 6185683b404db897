"""Consent as records: given or withdrawn, when, how, for which scope, and who recorded it.

A person's consent history is the list of ``consent`` rows; nothing is
overwritten, a withdrawal is a new record. For fast lists the contact keeps the
current state, derived here after every consent write (never typed):
``consent_on``/``consent_method`` of the newest "given" record of a scope still
in force, and ``consent_withdrawn`` the scopes whose newest record is a
withdrawal. Exports, mail and vCards read ``consent_withdrawn`` (``withdrawn_in``
below builds their condition), so a withdrawal counts from the moment it is
recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from egov_network.domain import validation as v
from egov_network.domain.enums import ConsentMethod, ConsentScope, ConsentStatus
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.domain.records import ConsentRecord
from egov_network.services.base import EntityService, Problems, Snapshot
from egov_network.services.fields import enum_of, required_reference
from egov_network.store.database import Store
from egov_network.store.history import actor_of
from egov_network.store.models import Consent, Contact

#: Ids per ``IN (...)`` (SQLite before 3.32 allows 999 parameters).
_CHUNK = 500


def withdrawn_in(scope: ConsentScope) -> ColumnElement[bool]:
    """SQL: the contact withdrew consent for ``scope`` (its newest record for it is a withdrawal)."""
    # ", "-joined codes; no code is a part of another, so a LIKE finds exactly one.
    return Contact.consent_withdrawn.like(f"%{scope.value}%")


def not_withdrawn(scope: ConsentScope) -> ColumnElement[bool]:
    """SQL: the contact has not withdrawn consent for ``scope``."""
    return or_(Contact.consent_withdrawn.is_(None), ~withdrawn_in(scope))


def without_withdrawn(store: Store, ids: Sequence[int], scope: ConsentScope) -> tuple[list[int], int]:
    """``ids`` (in their order) without those who withdrew consent for ``scope``, and how many those were."""
    wanted = list(ids)
    withdrawn: set[int] = set()
    with store.read() as session:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            statement = select(Contact.id).where(Contact.id.in_(chunk), withdrawn_in(scope))
            withdrawn.update(session.scalars(statement))
    return [i for i in wanted if i not in withdrawn], len(withdrawn)


def refresh_state(session: Session, contact_id: int) -> None:
    """Derive the contact's current consent state from its records (inside the caller's write)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return
    rows = session.scalars(
        select(Consent).where(Consent.contact_id == contact_id).order_by(Consent.on_date, Consent.id)
    ).all()
    newest: dict[str, Consent] = {}
    for row in rows:
        newest[row.scope] = row
    given = [row for row in newest.values() if row.status == ConsentStatus.GIVEN]
    withdrawn = sorted(scope for scope, row in newest.items() if row.status == ConsentStatus.WITHDRAWN)
    latest = max(given, key=lambda row: (row.on_date, row.id)) if given else None
    values = {
        "consent_on": latest.on_date if latest else None,
        "consent_method": latest.method if latest else None,
        "consent_withdrawn": ", ".join(withdrawn) or None,
    }
    changed = [key for key, value in values.items() if getattr(contact, key) != value]
    for key in changed:
        setattr(contact, key, values[key])
    if changed:
        session.flush()
        Store.record("updated", "contact", contact_id, fields=changed)


class ConsentService(EntityService[Consent, ConsentRecord]):
    """Record consent given or withdrawn; every write re-derives the person's current state.

    Records are added and (for undo, or a record typed by mistake) removed;
    they are not edited, so the history stays what was recorded.
    """

    model = Consent
    record = ConsentRecord
    entity = "consent"
    label = QT_TRANSLATE_NOOP("Errors", "Consent")
    validators = {
        "contact_id": required_reference,
        "status": enum_of(ConsentStatus),
        "on_date": lambda value: v.a_date(value, required=True),
        "method": enum_of(ConsentMethod, required=False),
        "scope": enum_of(ConsentScope),
        "recorded_by": v.line,
        "note": v.text,
    }

    def describe(self, obj: Any) -> str:
        return f"#{obj.id}"

    def clean(self, session: Session, values: dict[str, Any], current: Any | None) -> dict[str, Any]:
        if not values.get("recorded_by"):
            values = {**values, "recorded_by": actor_of(session)}
        return super().clean(session, values, current)

    def check(self, session: Session, clean: dict[str, Any], current: Any, problems: Problems) -> None:
        self.require_row(session, problems, "contact_id", Contact, clean["contact_id"])
        on = clean.get("on_date")
        if on and on > date.today():
            problems.add("on_date", QT_TRANSLATE_NOOP("Errors", "Consent cannot be given in the future."))

    def create(self, values: Any) -> ConsentRecord:
        with self.store.write() as session:
            self._keep_typed_state(session, values.get("contact_id"))
            return super().create(values)

    @staticmethod
    def _keep_typed_state(session: Session, contact_id: Any) -> None:
        """A consent typed or imported into the contact's fields becomes its first record.

        Otherwise the first record added would replace it, and undoing that
        record would leave the person with no consent at all.
        """
        contact = session.get(Contact, contact_id) if isinstance(contact_id, int) else None
        if contact is None or contact.consent_on is None:
            return
        if session.scalar(select(Consent.id).where(Consent.contact_id == contact.id).limit(1)) is not None:
            return
        session.add(
            Consent(
                contact_id=contact.id,
                status=ConsentStatus.GIVEN.value,
                on_date=contact.consent_on,
                method=contact.consent_method,
                scope=ConsentScope.CONTACT.value,
                note=contact.consent_scope,
            )
        )
        session.flush()

    def after_write(self, session: Session, obj: Any, before: ConsentRecord | None) -> None:
        refresh_state(session, obj.contact_id)

    def delete(
        self,
        ident: int,
        *,
        expected_version: int | None = None,
        expected_values: Any = None,
    ) -> ConsentRecord:
        with self.store.write() as session:
            gone = super().delete(ident, expected_version=expected_version, expected_values=expected_values)
            refresh_state(session, gone.contact_id)
            return gone

    def restore(self, snapshot: Snapshot) -> ConsentRecord:
        with self.store.write() as session:
            back = super().restore(snapshot)
            refresh_state(session, back.contact_id)
            return back

    def of_contact(self, contact_id: int) -> list[ConsentRecord]:
        """A person's consent records, newest first (the history the consent tab shows)."""
        with self.store.read() as session:
            rows = session.scalars(
                select(Consent)
                .where(Consent.contact_id == contact_id)
                .order_by(Consent.on_date.desc(), Consent.id.desc())
            )
            return [self.to_record(row) for row in rows]

    def current(self, contact_id: int) -> dict[str, str]:
        """Scope code -> status of its newest record, for the scopes the person has records of."""
        state: dict[str, str] = {}
        for row in reversed(self.of_contact(contact_id)):
            state[row.scope] = row.status
        return state
