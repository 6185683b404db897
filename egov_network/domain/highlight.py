"""Where folded search terms occur in the text a person reads: spans to highlight, and snippets.

The search folds text (``domain.text.fold``: case, accents, ß as ss) and
stores the ä->ae spelling beside it, so "muller", "mueller" and "MÜLLER" all
find "Müller". To highlight the match in "Müller" itself, the shown text is
folded character by character, both ways, remembering which shown character
each folded one came from; a term found in either folding maps back to a
span of the shown text. "strasse" in "Hauptstraße" marks "straße".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from egov_network.domain.text import fold

#: (start, end) of a highlighted part, in characters of the shown text.
Span = tuple[int, int]

_DIGRAPHS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_DIGRAPH_TABLE = str.maketrans(_DIGRAPHS)
_SPACES = re.compile(r"\s+")
ELLIPSIS = "…"
#: Terms this long are marked wherever they occur; shorter ones only at the start of a
#: word ("m" inside every word would mark half the text, and the search finds
#: them at the start of a name).
WHOLE_TERM = 3
#: Characters on either side of a long text's first match that ``snippet`` marks: mapping
#: folded places back costs ~1 µs a character, and minutes run to thousands.
_AROUND = 300


@dataclass(frozen=True)
class Marked:
    """A text as shown, with the spans where the search terms occur in it."""

    text: str
    spans: tuple[Span, ...] = ()

    def parts(self) -> list[tuple[str, bool]]:
        """The text cut at the spans: (piece, highlighted), in order; for renderers."""
        pieces: list[tuple[str, bool]] = []
        position = 0
        for start, end in self.spans:
            if start > position:
                pieces.append((self.text[position:start], False))
            pieces.append((self.text[start:end], True))
            position = end
        if position < len(self.text):
            pieces.append((self.text[position:], False))
        return pieces


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _foldings(text: str) -> tuple[tuple[str, Callable[[int], int]], ...]:
    """The text folded plainly and with umlauts as ae/oe/ue, each with a map to the source position.

    Most text folds one character to one (ASCII always): the map is then the
    identity, or for the ae/oe/ue spelling a shift per umlaut before it, and
    a page of minutes is folded at C speed. Only text holding characters
    that fold to several or none (ß, ligatures, combining marks) is walked
    character by character.
    """
    plain = fold(text)
    umlauts = [i for i, char in enumerate(text) if char in _DIGRAPHS] if not text.isascii() else []
    regular = text.isascii() or all(len(_fold_char(char)) == 1 for char in set(text))
    if not regular:
        return _walked(text)
    first: tuple[str, Callable[[int], int]] = (plain, _same)
    if not umlauts:
        return (first,)
    # The k-th umlaut (0-based) at source position p starts at p + k in the digraph spelling.
    starts = [position + k for k, position in enumerate(umlauts)]

    def source(index: int) -> int:
        last = bisect.bisect_right(starts, index) - 1  # the last umlaut starting at or before index
        if last >= 0 and index <= starts[last] + 1:
            return umlauts[last]  # its "u" or its "e"
        return index - (last + 1)

    return first, (fold(text.translate(_DIGRAPH_TABLE)), source)


def _same(index: int) -> int:
    return index


def _walked(text: str) -> tuple[tuple[str, Callable[[int], int]], ...]:
    plain: list[str] = []
    plain_from: list[int] = []
    digraph: list[str] = []
    digraph_from: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        plain.append(folded)
        plain_from.extend([index] * len(folded))
        folded_digraph = _fold_char(_DIGRAPHS[char]) if char in _DIGRAPHS else folded
        digraph.append(folded_digraph)
        digraph_from.extend([index] * len(folded_digraph))
    first = ("".join(plain), plain_from.__getitem__)
    if not any(char in _DIGRAPHS for char in text):
        return (first,)
    return first, ("".join(digraph), digraph_from.__getitem__)


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def find(text: str | None, terms: Sequence[str]) -> tuple[tuple[Span, ...], frozenset[str]]:
    """The merged spans of the folded ``terms`` in ``text`` (see ``WHOLE_TERM``), and which terms occur."""
    if not text or not terms:
        return (), frozenset()
    spans: list[Span] = []
    found: set[str] = set()
    for folded, origin in _foldings(text):
        for term in terms:
            start = folded.find(term)
            while start >= 0:
                end = start + len(term)
                if len(term) >= WHOLE_TERM or start == 0 or not folded[start - 1].isalnum():
                    spans.append((origin(start), origin(end - 1) + 1))
                    found.add(term)
                start = folded.find(term, end if len(term) >= WHOLE_TERM else start + 1)
    return _merge(spans), frozenset(found)


def mark(text: str | None, terms: Sequence[str]) -> Marked:
    """``text`` with the spans of ``terms`` in it ("" for none)."""
    spans, _found = find(text, terms)
    return Marked(text or "", spans)


def occurring(text: str | None, terms: Sequence[str]) -> frozenset[str]:
    """Which of ``terms`` occur in ``text`` as ``find`` counts them, without placing them (long texts)."""
    if not text or not terms:
        return frozenset()
    variants = [fold(text)]
    if any(char in _DIGRAPHS for char in text):
        variants.append(fold(text.translate(_DIGRAPH_TABLE)))
    found = set()
    for term in terms:
        if len(term) >= WHOLE_TERM:
            hit = any(term in variant for variant in variants)
        else:
            starting = re.compile(r"(?<![^\W_])" + re.escape(term))
            hit = any(starting.search(variant) for variant in variants)
        if hit:
            found.add(term)
    return frozenset(found)


def snippet(text: str | None, terms: Sequence[str], width: int = 110) -> Marked:
    """About ``width`` characters of a long ``text`` around its first match, on one line.

    Line breaks and runs of spaces become one space; the cut falls on a
    word boundary and is shown with "…". Without a match, the beginning.
    Minutes run to pages: only the stretch around where the first match
    folds to is marked precisely (``_AROUND``).
    """
    flat = _SPACES.sub(" ", text or "").strip()
    if len(flat) <= width:
        return Marked(flat, find(flat, terms)[0])
    base, region = 0, flat
    guess = _first_position(flat, terms) if len(flat) > 2 * _AROUND + width else None
    if guess is not None:
        base = max(0, guess - _AROUND)
        region = flat[base : guess + _AROUND + width]
    spans = find(region, terms)[0]
    if not spans and region is not flat:
        base, spans = 0, find(flat, terms)[0]
    spans = tuple((s + base, e + base) for s, e in spans)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:
        space = flat.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > first + 1 else end
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end)
    return Marked(prefix + flat[start:end] + suffix, inside)


def _first_position(flat: str, terms: Sequence[str]) -> int | None:
    """About where the first long term occurs in ``flat``: its place in the folded text.

    Folding moves characters by a few places at most (ß becomes "ss"), far
    less than ``_AROUND``; None when no long term occurs plainly folded.
    """
    folded = fold(flat)
    places = [p for p in (folded.find(t) for t in terms if len(t) >= WHOLE_TERM) if p >= 0]
    return min(places) if places else None


def undigraph(term: str) -> str:
    """``term`` with ae/oe/ue read as the umlaut folded ("mueller" -> "muller"), for ranking by name keys."""
    return term.replace("ae", "a").replace("oe", "o").replace("ue", "u")
