"""Search results as plain text lines, grouped as the search field shows them (for the CLI).

``egov-network-cli search TEXT --database DB [--german]`` prints
``search_lines(store, TEXT, german=...)``: a heading per kind with its count
("Contacts (12)", "1,000+" when more matched than were ranked), then each hit
as its title, detail line and snippet, indented. German labels come from the
shipped catalogue (``domain.i18n.catalogue_translator``), as for the exports.
"""

from __future__ import annotations

from datetime import date

from egov_network.domain.highlight import Marked
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, catalogue_translator, no_translation
from egov_network.domain.labels import FIELD_LABELS
from egov_network.services.search_all import GROUP_LABELS, LIMIT, Group, SearchAll, SearchResults
from egov_network.store.database import Store

NOTHING = QT_TRANSLATE_NOOP("Search", "Nothing found for “{text}”.")
HEADING = "{label} ({count})"


def search_lines(store: Store, text: str, *, german: bool = False, limit: int = LIMIT) -> list[str]:
    """Search ``store`` for ``text`` and render the results (German labels and dates with ``german``)."""
    translate = catalogue_translator("de") if german else no_translation
    search = SearchAll(
        store,
        translate=translate,
        format_date=(lambda day: day.strftime("%d.%m.%Y")) if german else date.isoformat,
    )
    return render(search.search(text, limit), translate=translate, german=german)


def count_text(group: Group, *, german: bool = False) -> str:
    """The group's count as shown: "12", "1,000+" ("1.000+" in German)."""
    number = f"{group.total - 1 if group.more else group.total:,}"
    if german:
        number = number.replace(",", ".")
    return number + ("+" if group.more else "")


def render(
    results: SearchResults,
    *,
    translate: Translator = no_translation,
    german: bool = False,
    emphasis: tuple[str, str] = ("", ""),
) -> list[str]:
    """The lines of ``results``; ``emphasis`` wraps each matched part (e.g. ("*", "*"))."""
    if not results.groups:
        return [translate("Search", NOTHING).format(text=results.text.strip())]
    lines: list[str] = []
    for group in results.groups:
        if lines:
            lines.append("")
        label = translate("Search", GROUP_LABELS[group.entity])
        lines.append(HEADING.format(label=label, count=count_text(group, german=german)))
        for hit in group.hits:
            lines.append("  " + _marked(hit.title, emphasis))
            if hit.detail.text:
                lines.append("    " + _marked(hit.detail, emphasis))
            if hit.snippet is not None and hit.snippet_field is not None:
                field = translate("Fields", FIELD_LABELS.get(hit.snippet_field, hit.snippet_field))
                lines.append(f"    {field}: {_marked(hit.snippet, emphasis)}")
    return lines


def _marked(text: Marked, emphasis: tuple[str, str]) -> str:
    if not any(emphasis):
        return text.text
    before, after = emphasis
    return "".join(f"{before}{piece}{after}" if lit else piece for piece, lit in text.parts())
