"""The preview as lines of text, for the command line."""

from __future__ import annotations

from egov_network.domain.i18n import Translator, no_translation
from egov_network.exchange.imports.preview import Preview
from egov_network.exchange.preview_rows import RowAction


def preview_summary(preview: Preview, translate: Translator = no_translation) -> list[str]:
    """Lines for the CLI: the counts, then file-level notes, then one line per skipped row."""
    counts = preview.counts()
    create, update, skip = (counts[a] for a in (RowAction.CREATE, RowAction.UPDATE, RowAction.SKIP))
    lines = [f"create: {create}, update: {update}, skip: {skip}"]
    lines += [note.text(translate) for note in preview.notes]
    if preview.new_authorities:
        verb = "will be created" if preview.create_missing_authorities else "are not in the network"
        lines.append(f"authorities that {verb}: {', '.join(preview.missing_authorities())}")
    skipped = [row for row in preview.rows if row.action is RowAction.SKIP]
    unchanged = sum(1 for row in skipped if row.unchanged)
    if unchanged:  # a re-imported export: one line, not thousands
        lines.append(f"unchanged: {unchanged}")
    for row in skipped:
        if not row.unchanged:
            lines.append(f"row {row.line}: " + "; ".join(r.text(translate) for r in row.reasons))
    return lines
