"""Folding text for search: case-, accent- and umlaut-tolerant matching.

People type "muller", "mueller" or "MÜLLER" and all mean "Müller". SQLite's
``LIKE`` only folds ASCII case, so the program stores a folded copy of each
row's text (``search_text``) and folds the query the same way; a plain
``LIKE '%term%'`` over both then matches regardless of case and accents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

#: German umlauts and their two-letter spellings, used for the second variant.
_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_UMLAUTS = frozenset("äöüÄÖÜ")
#: Separates variants in a stored search text; contains no letter a query could fold to.
VARIANT_SEPARATOR = " | "


def fold(text: str) -> str:
    """Lowercase, strip accents (ü->u, é->e) and spell ß as ss."""
    if text.isascii():  # most text: nothing to decompose, casefold is lower (all in C)
        return text.lower()
    # casefold already turns ß into ss; NFKD splits ü into u + combining diaeresis
    # (and ligatures like ﬁ into fi), and the combining marks are then dropped.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_variants(text: str) -> str:
    """The folded text, plus the ä->ae spelling if it has umlauts, joined by " | ".

    Storing both spellings lets "muller" (accent dropped) and "mueller" (German
    transliteration) find "Müller" without folding the query two ways.
    """
    folded = fold(text)
    if _UMLAUTS.isdisjoint(text):
        return folded
    return folded + VARIANT_SEPARATOR + fold(text.translate(_UMLAUT_DIGRAPHS))


def fold_query(text: str) -> list[str]:
    """The search terms of a filter: split on whitespace, each folded; [] for blank."""
    return [term for term in (fold(part) for part in text.split()) if term]


def searchable(values: Iterable[str | None]) -> str:
    """The stored search text of a row: its non-empty text values, folded with variants.

    Values are joined by a space, which no query term contains, so a term
    never matches across two fields.
    """
    return search_variants(" ".join(str(v) for v in values if v))


def first_line(text: str | None) -> str:
    """The first line of a multi-line text ("" for none): how lists and undo labels name it."""
    if not text:
        return ""
    return text.strip().split("\n", 1)[0].rstrip("\r")


def sort_key(text: str | None) -> str | None:
    """The key text sorts by (DIN 5007, variant 1): case ignored, ä as a, ß as ss, é as e.

    SQLite's NOCASE folds ASCII only and put "Öffentlichkeitsarbeit" after
    "Wissenstransfer"; the store keeps this key beside each sortable column
    and the lists sort by it. None for no text, so empty values sort last.
    """
    if text is None:
        return None
    key = fold(text.strip())
    return key or None
