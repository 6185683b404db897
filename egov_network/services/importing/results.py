"""What applying an import did (with what undo and redo need), and how one row's failure is told."""

from __future__ import annotations

from dataclasses import dataclass, field

from egov_network.domain.errors import EgovError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.exchange.preview_rows import Reason
from egov_network.services.base import Snapshot


class ImportRowError(EgovError):
    """Applying one row failed; the whole import was rolled back."""

    def __init__(self, line: int, cause: EgovError) -> None:
        self.line = line
        self.cause = cause
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Row {line} could not be imported, so nothing was: {details}"),
            line=line,
        )

    def text(self, translate: Translator = no_translation) -> str:
        return translate("Errors", self.template).format(line=self.line, details=self.cause.text(translate))


@dataclass
class ImportResult:
    """What ``apply_preview`` did, with what undo and redo need."""

    kind: str
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    created_authorities: list[int] = field(default_factory=list)
    skipped: int = 0
    skipped_rows: list[tuple[int, list[Reason]]] = field(default_factory=list)
    #: Rows the preview meant to create whose record someone else created meanwhile.
    found_meanwhile: int = 0
    #: Updated records before and after the import, for undo and redo.
    before: list[Snapshot] = field(default_factory=list)
    after: list[Snapshot] = field(default_factory=list)
    #: Created records as undo removed them, for redo (filled by ``undo_import``).
    removed: list[Snapshot] = field(default_factory=list)
    removed_authorities: list[Snapshot] = field(default_factory=list)

    def summary(self) -> str:
        return f"created: {len(self.created)}, updated: {len(self.updated)}, skipped: {self.skipped}"
