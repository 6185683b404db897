"""SQL expressions several readers share: a person's name as lists show it, and level ranks.

One definition each, so the contacts table, the related tabs and the
exports name a person and rank experts the same way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func

from egov_network.domain.enums import ExpertiseLevel
from egov_network.store.models import Contact, Expertise


def person_name(contact: Any = Contact) -> Any:
    """ "Last, First" like the program's lists; a missing first (or last) name drops the comma.

    ``contact`` may be an alias of ``Contact`` (an action item's owner).
    """
    return func.trim(
        func.coalesce(contact.last_name, "") + ", " + func.coalesce(contact.first_name, ""), ", "
    )


def level_rank(expertise: Any = Expertise) -> Any:
    """An expertise level as its rank (expert highest; unknown values -1), for ORDER BY."""
    return case({level.value: level.rank for level in ExpertiseLevel}, value=expertise.level, else_=-1)
