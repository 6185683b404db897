"""The expert finder's ranked list as an Excel workbook ("Who knows what?").

The finder (``services.experts``) hands over its result; this module only
writes it, with the same workbook conventions as every other export
(``exchange.exports``, ``exchange.xlsx``): typed cells, no formula from
data, a bold frozen header with an autofilter, German headers for a German
export, and a file that appears only complete. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.exchange.exports import (
    AUTHORITY,
    LEVEL,
    NAME,
    NUMBER,
    TOPIC,
    ExportResult,
    _column,
    _Words,
    _write,
)
from egov_network.exchange.headers import CONTACT_COLUMNS
from egov_network.exchange.xlsx import Book, Progress, SheetColumn, SheetLayout
from egov_network.services.experts import ExpertResult, Wording

_CONTACT = {c.key: c for c in CONTACT_COLUMNS}
WHY = _column("why", QT_TRANSLATE_NOOP("Headers", "Why"), "Warum")
EVIDENCE = _column("evidence", QT_TRANSLATE_NOOP("Headers", "Evidence"), "Belege")
CONSENT = _column("consent", QT_TRANSLATE_NOOP("Headers", "Consent"), "Einwilligung")
#: The columns of the list, in order.
EXPERT_COLUMNS = (
    NUMBER,
    NAME,
    AUTHORITY,
    LEVEL,
    TOPIC,
    WHY,
    EVIDENCE,
    _CONTACT["email"],
    _CONTACT["phone"],
    _CONTACT["active"],
    CONSENT,
)

_SHEET = QT_TRANSLATE_NOOP("Export", "Who knows what")
#: German sheet name where the translator has none yet (as ``exports`` does for its own).
_GERMAN = {_SHEET: "Wer weiß was"}
#: The evidence column wraps: a person's notes and meeting titles take several lines.
EVIDENCE_WIDTH = 60.0


def export_experts(
    path: Path | str,
    result: ExpertResult,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the ranked people of ``result`` (in its order) to one sheet; the heading names the query."""
    words = _Words(translate, german)
    wording = Wording(translate, german)
    sheet = translate("Export", _SHEET)
    if german and sheet == _SHEET:
        sheet = _GERMAN[_SHEET]

    def rows() -> Iterator[list[Any]]:
        for rank, hit in enumerate(result.hits, start=1):
            yield [
                rank,
                hit.name,
                hit.authority,
                wording.level(hit.level) or None,
                hit.topics or None,
                hit.explanation(wording) or None,
                hit.evidence(wording) or None,
                hit.email,
                hit.phone,
                hit.active,
                hit.consent(wording),
            ]

    def fill(book: Book) -> None:
        columns = words.columns(
            EXPERT_COLUMNS, evidence=SheetColumn(words.header(EVIDENCE), "wrap", EVIDENCE_WIDTH)
        )
        layout = SheetLayout(
            preface=(result.heading(wording), words.as_of()), landscape=True, page_footer=words.page_footer()
        )
        book.add_sheet(sheet, columns, rows(), layout)

    return _write(path, sheet, words, progress, len(result.hits), fill)
