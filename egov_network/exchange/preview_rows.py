"""The rows of an import preview, and how the many rows that change nothing are kept small.

A re-imported export is mostly rows that match a record holding the same
values. Kept as dicts (the file's values, the input for a new record, the
reasons) such a row costs ~4 KB, ~450 MB at 100,000 rows. Once the preview has
decided that a row changes nothing, ``PreviewRow.compact`` keeps only its
mapped cells, pickled into one ``bytes`` (~0.2 KB), and the shared reason;
``values`` and ``create_values`` are rebuilt from the cells when asked for (the
dialog's description, a row the user forces to CREATE). Nothing outside this
module needs to know whether a row is compact.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from egov_network.domain.errors import FieldError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation

CONTEXT = "Import"


class RowAction(StrEnum):
    """What applying the preview does with a row."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class Reason:
    """Why a row does what it does: a template under context "Import", or a field problem."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    problem: FieldError | None = None

    def text(self, translate: Translator = no_translation) -> str:
        params = dict(self.params)
        if self.problem is not None:
            params["problem"] = self.problem.text(translate)
        return translate(CONTEXT, self.template).format(**params)


def reason(template: str, **params: Any) -> Reason:
    return Reason(template, params)


#: The reason of every unchanged row: one object (it is immutable) instead of one per row.
NOTHING_TO_CHANGE = reason(QT_TRANSLATE_NOOP("Import", "Nothing to change."))
_ONLY_NOTHING_TO_CHANGE = (NOTHING_TO_CHANGE,)


class RowSource(Protocol):
    """Rebuilds what a compact row dropped; one per preview, shared by its rows."""

    def values(self, line: int, packed: bytes) -> dict[str, Any]:
        """The field values of ``pack``'s cells, as ``PreviewRow.values`` held them."""
        ...

    def extras(self, row: PreviewRow) -> dict[str, Any]:
        """What the input for a new record adds to the file's values (guessed kind, authority id)."""
        ...


def pack(cells: tuple[Any, ...]) -> bytes:
    """A row's cells as one object: no per-string and per-tuple overhead (str, numbers, dates)."""
    return pickle.dumps(cells, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(packed: bytes) -> tuple[Any, ...]:
    # Only ever bytes this module pickled from cell values, never data from the file itself.
    cells: tuple[Any, ...] = pickle.loads(packed)
    return cells


class PreviewRow:
    """One data row of the file and what will happen to it.

    ``action`` may be changed (the GUI's combo box) to any of
    ``allowed_actions()``; a row the validation rejects can only be skipped.
    Slots, not a ``__dict__``: there is one of these per row of the file.
    """

    __slots__ = (
        "_action",
        "_changes",
        "_creatable",
        "_create_values",
        "_packed",
        "_reasons",
        "_source",
        "_values",
        "authority_id",
        "authority_name",
        "broken",
        "create_clean",
        "file_id",
        "line",
        "new_authority",
        "target_id",
        "target_label",
        "target_version",
        "unchanged",
        "update_valid",
    )

    def __init__(self, line: int, values: dict[str, Any]) -> None:
        self.line = line
        self.file_id: int | None = None
        self.target_id: int | None = None  # existing record this row matches
        self.target_label = ""
        self.target_version: int | None = None
        self.authority_name: str | None = None
        self.authority_id: int | None = None
        self.new_authority: str | None = None  # key into Preview.new_authorities
        self.create_clean: dict[str, Any] | None = None  # validated create_values, when already computed
        self.update_valid = False
        self.broken = False  # unreadable cell: nothing may be done with the row
        self.unchanged = False  # matches a record that already holds these values
        self._action = RowAction.SKIP
        self._values: dict[str, Any] | None = values
        self._reasons: list[Reason] | tuple[Reason, ...] = []
        self._changes: dict[str, Any] | None = {}
        self._create_values: dict[str, Any] | None = None
        self._creatable = False  # a compact row whose create_values are rebuilt on demand
        self._packed: bytes | None = None
        self._source: RowSource | None = None

    # -- what a compact row rebuilds --------------------------------------------------

    @property
    def values(self) -> dict[str, Any]:
        """Field values from the file (blank cells left out); "id" and "authority" removed.

        Of a compact row a new dict on every access: changing it changes nothing.
        """
        if self._values is not None:
            return self._values
        assert self._source is not None and self._packed is not None
        return self._source.values(self.line, self._packed)

    @property
    def reasons(self) -> list[Reason]:
        """Why the row does what it does (a compact row's are a copy of its shared ones)."""
        return self._reasons if isinstance(self._reasons, list) else list(self._reasons)

    @property
    def changes(self) -> dict[str, Any]:
        """Valid changes for service.update."""
        return self._changes if self._changes is not None else {}

    @changes.setter
    def changes(self, changes: dict[str, Any]) -> None:
        self._changes = changes

    @property
    def create_values(self) -> dict[str, Any] | None:
        """Input for service.create, None if the row cannot become a new record."""
        if self._create_values is not None or not self._creatable:
            return self._create_values
        assert self._source is not None
        values = self.values
        return {**values, **self._source.extras(self)}

    @create_values.setter
    def create_values(self, values: dict[str, Any] | None) -> None:
        self._create_values = values

    def can_create(self) -> bool:
        return self._create_values is not None or self._creatable

    @property
    def compacted(self) -> bool:
        return self._packed is not None

    def compact(self, source: RowSource, cells: tuple[Any, ...]) -> None:
        """Keep only ``cells`` (packed) of a decided row; ``source`` rebuilds the rest from them."""
        self._packed = pack(cells)
        self._source = source
        self._creatable = self._create_values is not None
        self._create_values = None
        self._values = None
        self._changes = None if not self._changes else self._changes
        reasons = tuple(self._reasons)
        self._reasons = _ONLY_NOTHING_TO_CHANGE if reasons == _ONLY_NOTHING_TO_CHANGE else reasons

    # -- decisions --------------------------------------------------------------------

    @property
    def action(self) -> RowAction:
        return self._action

    @action.setter
    def action(self, value: RowAction | str) -> None:
        chosen = RowAction(value)
        if chosen not in self.allowed_actions():
            raise ValueError(f"row {self.line}: {chosen} is not possible")
        self._action = chosen

    def allowed_actions(self) -> list[RowAction]:
        allowed = []
        if self.target_id is not None and self.update_valid and self._changes:
            allowed.append(RowAction.UPDATE)
        if self.can_create():
            allowed.append(RowAction.CREATE)
        allowed.append(RowAction.SKIP)
        return allowed

    def describe(self) -> str:
        """The record as the file names it: "Dr. Anna Müller <a.mueller@…>" or the authority's name."""
        v = self.values
        if "name" in v:
            return str(v["name"])
        person = " ".join(str(v[k]) for k in ("title", "first_name", "last_name") if v.get(k))
        return f"{person} <{v['email']}>" if v.get("email") else person

    def match_text(self) -> str:
        """The existing record this row matches, e.g. "#12 Anna Müller"; "" when none."""
        return f"#{self.target_id} {self.target_label}".strip() if self.target_id is not None else ""
