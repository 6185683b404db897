"""Writing to a group: who can be written to, ``mailto:`` links a mail client accepts, addresses to paste.

Only people with an e-mail address, still active in the network and with a
recorded consent (and no withdrawal of "contact for network matters") are
addressed; everyone else is named with the reason before anything opens, so
nobody is written to by accident. A coordinator
who has another legal basis (a member's official contact person) may include
those without recorded consent, and must say so.

Mail clients limit one ``mailto:`` link (Outlook about 2,000 characters), so a
long list is split into several messages, each under ``MAX_LINK``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sqlalchemy import select

from egov_network.domain.enums import ConsentScope
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.services.consent import withdrawn_in
from egov_network.store.database import Store
from egov_network.store.models import Contact

#: The longest ``mailto:`` link one message gets (Outlook's limit is about 2,000 characters).
MAX_LINK = 2000
#: Where the addresses go.
FIELDS = ("to", "cc", "bcc")
_CHUNK = 500

NO_EMAIL = QT_TRANSLATE_NOOP("Mailing", "no e-mail address")
FORMER = QT_TRANSLATE_NOOP("Mailing", "no longer active in the network")
NO_CONSENT = QT_TRANSLATE_NOOP("Mailing", "no consent recorded")
WITHDRAWN = QT_TRANSLATE_NOOP("Mailing", "consent withdrawn")


@dataclass(frozen=True)
class Recipient:
    """One person written to: the name as mail clients show it, and the address."""

    contact_id: int
    name: str
    email: str

    def address(self) -> str:
        """``Name <address>``, the name quoted when it holds characters that separate addresses."""
        name = self.name.replace("\\", "").replace('"', "'")
        if any(ch in name for ch in ',;<>@()[]:"'):
            name = f'"{name}"'
        return f"{name} <{self.email}>" if name else self.email


@dataclass
class Recipients:
    """Who is written to and who is left out (name, translatable reason)."""

    included: list[Recipient] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    #: Left out only for missing consent: what "include with another legal basis" would add.
    without_consent: list[Recipient] = field(default_factory=list)


def recipients(
    store: Store, contact_ids: Sequence[int], *, include_without_consent: bool = False
) -> Recipients:
    """Sort ``contact_ids`` into those written to and those left out, in the order given."""
    rows: dict[int, tuple[Any, ...]] = {}
    unique = list(dict.fromkeys(contact_ids))
    with store.read() as session:
        connection = session.connection()
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            statement = select(
                Contact.id,
                Contact.title,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Contact.active,
                Contact.consent_on,
                withdrawn_in(ConsentScope.CONTACT),
            ).where(Contact.id.in_(chunk))
            for ident, title, first, last, email, active, consent, withdrawn in connection.execute(statement):
                rows[ident] = (title, first, last, email, bool(active), consent, bool(withdrawn))
    result = Recipients()
    for ident in unique:
        if ident not in rows:
            continue  # deleted meanwhile
        title, first, last, email, active, consent, withdrawn = rows[ident]
        name = " ".join(part for part in (title, first, last) if part)
        if not email:
            result.left_out.append((name, NO_EMAIL))
        elif not active:
            result.left_out.append((name, FORMER))
        elif withdrawn:
            # An objection, not a missing record: no other legal basis brings them back.
            result.left_out.append((name, WITHDRAWN))
        elif consent is None and not include_without_consent:
            result.left_out.append((name, NO_CONSENT))
            result.without_consent.append(Recipient(ident, name, email))
        else:
            result.included.append(Recipient(ident, name, email))
    return result


def mailto_links(
    people: Sequence[Recipient], *, field_name: str = "bcc", subject: str = "", limit: int = MAX_LINK
) -> list[str]:
    """``mailto:`` links with the addresses in ``field_name``, as few as fit under ``limit`` each.

    Addresses go without names (clients differ in how they read quoted names in
    a link); one address longer than the limit still gets a message of its own.
    """
    if field_name not in FIELDS:
        raise ValueError(f"field must be one of {FIELDS}, not {field_name!r}")
    subject_part = f"subject={quote(subject, safe='')}" if subject else ""

    def link(addresses: list[str]) -> str:
        joined = ",".join(quote(a, safe="@") for a in addresses)
        if field_name == "to":
            query = subject_part
            return f"mailto:{joined}" + (f"?{query}" if query else "")
        query = "&".join(p for p in (f"{field_name}={joined}", subject_part) if p)
        return f"mailto:?{query}"

    links: list[str] = []
    batch: list[str] = []
    for person in people:
        trial = [*batch, person.email]
        if batch and len(link(trial)) > limit:
            links.append(link(batch))
            batch = [person.email]
        else:
            batch = trial
    if batch:
        links.append(link(batch))
    return links


def address_text(people: Sequence[Recipient]) -> str:
    """``Name <address>; …`` as Outlook and Thunderbird take it pasted into To, CC or BCC."""
    return "; ".join(person.address() for person in people)
