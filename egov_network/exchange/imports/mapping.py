"""Which column of a file fills which field: header names, recognition, remembered mappings.

Every step is linear in the number of columns: a hostile header row of
16,000 identical cells is named "v", "v (2)", … in one pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from egov_network.exchange import matching
from egov_network.exchange.imports.kinds import import_kind

#: Header text of the file -> field key, or None for "not imported". JSON-serialisable.
ColumnMapping = dict[str, str | None]

#: How many rows at the top of a sheet may hold the header (titles above it are common).
HEADER_SCAN_ROWS = 20


def header_texts(row: Sequence[Any]) -> list[str]:
    """Unique header texts: "Email", "Email (2)"; a blank header is named by its column ("#D")."""
    values = list(row)
    while values and (values[-1] is None or str(values[-1]).strip() == ""):
        values.pop()  # trailing blank columns are padding, not data
    texts: list[str] = []
    seen: set[str] = set()
    # The next number to try per text: it only grows, so naming n copies costs
    # O(n) in total, not O(n²) ("v (2)" … tried again for every copy).
    next_number: dict[str, int] = {}
    for index, value in enumerate(values):
        text = str(matching.as_text(value)).strip() if value is not None else ""
        text = text or f"#{matching.column_letter(index)}"
        candidate = text
        if candidate in seen:
            n = next_number.get(text, 2)
            candidate = f"{text} ({n})"
            while candidate in seen:
                n += 1
                candidate = f"{text} ({n})"
            next_number[text] = n + 1
        seen.add(candidate)
        texts.append(candidate)
    return texts


def recognise_mapping(headers: list[str], kind: str) -> ColumnMapping:
    """Field per header by the known spellings; each field taken by its best-matching column."""
    table = import_kind(kind).headers
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column index)
    for index, header in enumerate(headers):
        found = table.recognise(header)
        if found and (found[0] not in best or best[found[0]][0] > found[1]):
            best[found[0]] = (found[1], index)
    chosen = {index: key for key, (_rank, index) in best.items()}
    return {header: chosen.get(index) for index, header in enumerate(headers)}


def apply_mapping(
    headers: list[str], remembered: Mapping[str, str | None] | None, kind: str
) -> ColumnMapping:
    """A remembered mapping for the headers it knows, recognition for the others.

    Unknown field keys in ``remembered`` (an older version, a hand-edited
    setting) are treated as "not imported"; a field is never filled twice.
    """
    mapping = recognise_mapping(headers, kind)
    if not remembered:
        return mapping
    fields = import_kind(kind).headers.fields
    for header in headers:
        if header in remembered:
            key = remembered[header]
            mapping[header] = key if key in fields else None
    taken: set[str] = set()
    for header in headers:  # remembered choices first, then recognised ones
        key = mapping[header]
        if key is not None and header in remembered:
            taken.add(key)
    for header in headers:
        key = mapping[header]
        if key is not None and header not in remembered and key in taken:
            mapping[header] = None
    return mapping


def find_header(rows: Sequence[Sequence[Any]], kind: str, remembered: Mapping[str, str | None] | None) -> int:
    """Index of the row (among the first few) with the most recognised headers."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = apply_mapping(header_texts(row), remembered, kind)
        score = sum(1 for key in mapping.values() if key is not None)
        if score > best_score:
            best, best_score = index, score
    return best
