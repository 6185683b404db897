"""Contacts as vCards: read contact, authority address and tags in chunks, hand them to ``exchange/vcards``.

Like the Excel exports (``export_data.py``) this runs Core selects over
chunks of ids and builds no ORM objects, so 100,000 cards stream through in
constant memory; the cards are written while the next chunk is not yet read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from egov_network.domain.enums import ConsentScope
from egov_network.exchange.vcards import VCardPerson, contact_uid, write_vcard_folder, write_vcards
from egov_network.exchange.xlsx import Progress
from egov_network.services.consent import without_withdrawn
from egov_network.services.export_data import EXPORT_CHUNK
from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.services.tags import split_tags
from egov_network.store.database import Store
from egov_network.store.models import Authority, Contact

_COLUMNS = (
    Contact.id,
    Contact.created_at,
    Contact.updated_at,
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Authority.name,
    Contact.department,
    Contact.function,
    Contact.email,
    Contact.phone,
    Contact.mobile,
    Authority.street,
    Authority.postal_code,
    Authority.city,
    Contact.tags,
)


def vcard_people(store: Store, ids: Sequence[int]) -> Iterator[VCardPerson]:
    """A ``VCardPerson`` per contact of ``ids``, in that order; ids that no longer exist are skipped.

    One short read per chunk of ``EXPORT_CHUNK`` ids.
    """
    source = Contact.__table__.outerjoin(Authority.__table__, Authority.id == Contact.authority_id)
    for start in range(0, len(ids), EXPORT_CHUNK):
        chunk = list(ids[start : start + EXPORT_CHUNK])
        statement = select(*_COLUMNS).select_from(source).where(Contact.id.in_(chunk))
        with store.read() as session:
            found = {row[0]: tuple(row) for row in session.connection().execute(statement)}
        for ident in chunk:
            if ident in found:
                yield _person(found[ident])


def _person(row: tuple[Any, ...]) -> VCardPerson:
    (ident, created, updated, title, first, last, authority, department, function) = row[:9]
    email, phone, mobile, street, postal_code, city, tags = row[9:]
    return VCardPerson(
        uid=contact_uid(ident, created),
        last_name=last or "",
        first_name=first,
        title=title,
        organisation=authority,
        department=department,
        function=function,
        email=email,
        phone=phone,
        mobile=mobile,
        street=street,
        postal_code=postal_code,
        city=city,
        categories=tuple(split_tags(tags)),
        revised=updated,
    )


def contact_ids(services: Services, ids: Sequence[int] | None = None, filter_text: str = "") -> list[int]:
    """``ids`` as given, or all contacts the list finds for ``filter_text`` (all for ""), in list order.

    Those who withdrew consent to be contacted are left out: a vCard is for contacting them.
    """
    found = list(ids) if ids is not None else ContactListQuery(services.store).ids(filter_text)
    return without_withdrawn(services.store, found, ConsentScope.CONTACT)[0]


def left_out(services: Services, ids: Sequence[int] | None = None, filter_text: str = "") -> int:
    """How many of the contacts an export would take are left out for a withdrawn consent."""
    found = list(ids) if ids is not None else ContactListQuery(services.store).ids(filter_text)
    return without_withdrawn(services.store, found, ConsentScope.CONTACT)[1]


def export_vcards(
    services: Services,
    path: Path | str,
    ids: Sequence[int] | None = None,
    *,
    filter_text: str = "",
    progress: Progress | None = None,
) -> int:
    """The contacts ``ids`` (or all / those ``filter_text`` finds) as one vCard 3.0 file; the cards written.

    Written atomically; ``progress(done, total)`` returning False cancels
    (``ExportCancelled``) and leaves an existing file as it was. File system
    problems raise ``ExportError`` naming the file.
    """
    wanted = contact_ids(services, ids, filter_text)
    return write_vcards(path, vcard_people(services.store, wanted), len(wanted), progress)


def export_vcard_folder(
    services: Services,
    folder: Path | str,
    ids: Sequence[int] | None = None,
    *,
    filter_text: str = "",
    progress: Progress | None = None,
) -> int:
    """One vCard 3.0 file per contact in ``folder`` (created when missing); the number of files written.

    File names come from the names ("Müller_Anna.vcf"), safe on every system
    and unique within the export; a file of that name already there is replaced.
    """
    wanted = contact_ids(services, ids, filter_text)
    return len(write_vcard_folder(folder, vcard_people(services.store, wanted), len(wanted), progress))
