"""The two kinds of list an import reads: their columns and how their cells are converted.

Nothing here knows the database: which service and table a kind writes to is
``egov_network.services.importing``'s business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from egov_network.domain.enums import AuthorityKind, FederalState, NetworkRole, Salutation
from egov_network.exchange import matching
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS, ListColumn

#: Fields whose cells are not turned into text (numbers, flags, dates).
NO_TEXT = frozenset({"id", "active", "cohort", "member_since"})
#: The network role a new authority gets when the file does not say.
DEFAULT_ROLE = NetworkRole.PARTNER.value


@dataclass(frozen=True)
class ImportKind:
    """How one kind of list is read: its columns, choice fields and digit-only fields."""

    name: str
    columns: tuple[ListColumn, ...]
    choices: Mapping[str, type[StrEnum]]
    digits: Mapping[str, tuple[int, ...]]

    @property
    def headers(self) -> matching.HeaderTable:
        return HEADERS[self.name]


KINDS: dict[str, ImportKind] = {
    "contacts": ImportKind("contacts", CONTACT_COLUMNS, {"salutation": Salutation}, {}),
    "authorities": ImportKind(
        "authorities",
        AUTHORITY_COLUMNS,
        {"kind": AuthorityKind, "state": FederalState, "network_role": NetworkRole},
        {"ags": (8, 5), "postal_code": (5,)},
    ),
}
HEADERS = {name: matching.HeaderTable(kind.columns) for name, kind in KINDS.items()}


def import_kind(kind: str) -> ImportKind:
    """The kind by name; ``ValueError`` for a kind no list has."""
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    return KINDS[kind]
