"""What importing a file would do: the decided rows, the mapping, and notes on the file as a whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.exchange.imports.file_rows import FileRows
from egov_network.exchange.imports.mapping import ColumnMapping
from egov_network.exchange.preview_rows import PreviewRow, Reason, RowAction, reason


@dataclass
class Preview:
    """What importing a file would do; change row actions, then apply it (``services.importing``)."""

    kind: str
    path: Path
    sheet: str | None
    mapping: ColumnMapping
    header_line: int
    rows: list[PreviewRow]
    create_missing_authorities: bool
    #: Authorities a contacts list names that the network lacks: key -> name as first written.
    new_authorities: dict[str, str] = field(default_factory=dict)
    #: Problems of the file as a whole (no header recognised, no last-name column).
    notes: list[Reason] = field(default_factory=list)
    #: The rows as read, for deciding again with other options without reading the file again.
    file_rows: FileRows | None = field(default=None, repr=False)
    #: What the store looked like when the rows were decided (see services.importing.recheck).
    fingerprint: tuple[object, ...] = ()

    def counts(self) -> dict[RowAction, int]:
        counts = dict.fromkeys(RowAction, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def missing_authorities(self) -> list[str]:
        return list(self.new_authorities.values())


def file_notes(mapping: Mapping[str, str | None], kind: str) -> list[Reason]:
    """What the mapping lacks for the file as a whole: nothing recognised, no name column."""
    notes: list[Reason] = []
    fields = set(mapping.values())
    if not fields - {None}:
        notes.append(
            reason(QT_TRANSLATE_NOOP("Import", "No column of the file was recognised; choose the columns."))
        )
    # Whole sentences per kind: a translator cannot inflect a field name put into a sentence.
    if kind == "contacts" and "last_name" not in fields:
        notes.append(
            reason(
                QT_TRANSLATE_NOOP("Import", "No column holds the last name; new contacts cannot be created.")
            )
        )
    elif kind != "contacts" and "name" not in fields:
        notes.append(
            reason(
                QT_TRANSLATE_NOOP(
                    "Import", "No column holds the authority's name; new authorities cannot be created."
                )
            )
        )
    return notes
