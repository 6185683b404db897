"""Tolerant matching for imports: column headers, authority names, choice words, cell values.

People write "E-Mail", "e mail" or "EMAIL"; "Norderstedt" for "Stadt
Norderstedt"; "Frau" for the stored "ms"; a postal code as the number 1067.
Everything here turns such spellings into what the services expect, without
touching the database (the index of authorities is built from plain pairs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from egov_network.domain.enums import AuthorityKind, FederalState, NetworkRole, Salutation
from egov_network.domain.text import fold
from egov_network.exchange.headers import ListColumn

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _tokens(text: str) -> list[str]:
    # "Behoerde" and "Behörde" must meet: fold() makes ö an o, so the
    # transliterated digraphs are collapsed the same way.
    folded = fold(text)
    return [t.replace("ae", "a").replace("oe", "o").replace("ue", "u") for t in _NON_ALNUM.split(folded) if t]


def loose_key(text: str) -> str:
    """Case, accent, umlaut-spelling, space and punctuation insensitive key: "E-Mail" -> "email"."""
    return "".join(_tokens(text))


# -- headers -------------------------------------------------------------------------


class HeaderTable:
    """Recognises the headers of one kind of list; primary headers win over aliases."""

    def __init__(self, columns: Iterable[ListColumn]) -> None:
        self._keys: dict[str, tuple[str, int]] = {}
        for column in columns:
            if not column.importable:
                continue
            for rank, spellings in ((0, (column.english, column.german, column.key)), (1, column.aliases)):
                for spelling in spellings:
                    key = loose_key(spelling)
                    if key and (key not in self._keys or self._keys[key][1] > rank):
                        self._keys[key] = (column.key, rank)
        self.fields = frozenset(c.key for c in columns if c.importable)

    def recognise(self, header: str) -> tuple[str, int] | None:
        """(field key, 0 for a primary header / 1 for an alias), or None."""
        return self._keys.get(loose_key(header)) if header else None


# -- authority names ---------------------------------------------------------------

#: Words before (or, in official lists, after: "Norderstedt, Stadt") a place name
#: that say what kind of body it is, not which one.
AUTHORITY_AFFIXES = frozenset(
    loose_key(word)
    for word in (
        "Stadt",
        "Landkreis",
        "Kreis",
        "Gemeinde",
        "Markt",
        "Stadtverwaltung",
        "Kreisverwaltung",
        "Gemeindeverwaltung",
        "Bezirksamt",
        "Landratsamt",
        "Hansestadt",
        "Landeshauptstadt",
        "Kreisstadt",
        "Große",
        "Kreisfreie",
        "Universitätsstadt",
        "Verbandsgemeinde",
        "Samtgemeinde",
        "Amt",
        "der",
        "des",
    )
)


def authority_keys(name: str) -> tuple[str, str]:
    """(full key, key without kind words): "Stadt Norderstedt" -> ("stadtnorderstedt", "norderstedt")."""
    tokens = _tokens(name)
    full = "".join(tokens)
    start, end = 0, len(tokens)
    # Never strip everything: "Markt" alone stays "markt".
    while end - start > 1 and tokens[start] in AUTHORITY_AFFIXES:
        start += 1
    while end - start > 1 and tokens[end - 1] in AUTHORITY_AFFIXES:
        end -= 1
    return full, "".join(tokens[start:end])


class AuthorityIndex:
    """Existing authorities by name, built once from (id, name, short name) triples.

    An exact (folded) name or short name wins; otherwise the name without its
    kind words must point at exactly one authority ("Offenbach" is ambiguous
    when both "Stadt Offenbach" and "Kreis Offenbach" exist).
    """

    def __init__(self, rows: Iterable[tuple[int, str, str | None]]) -> None:
        self.names: dict[int, str] = {}
        self._full: dict[str, list[int]] = {}
        self._short: dict[str, list[int]] = {}
        self._bare: dict[str, list[int]] = {}
        for ident, name, short in rows:
            self.names[ident] = name
            full, bare = authority_keys(name)
            self._full.setdefault(full, []).append(ident)
            self._bare.setdefault(bare, []).append(ident)
            if short:
                self._short.setdefault(loose_key(short), []).append(ident)

    def match(self, name: str) -> tuple[int | None, list[int]]:
        """(the id, []) when one authority fits; (None, candidates) otherwise."""
        full, bare = authority_keys(name)
        for found in (self._full.get(full), self._short.get(full), self._bare.get(bare)):
            if found:
                return (found[0], []) if len(found) == 1 else (None, sorted(found))
        return None, []


def guess_kind(name: str) -> str:
    """The kind of a new authority from its name; "other" when the name does not say."""
    tokens = _tokens(name)
    words = set(tokens)
    text = "".join(tokens)
    if words & {"landkreis", "kreis", "kreisverwaltung", "landratsamt"}:
        return AuthorityKind.DISTRICT.value
    if words & {
        "stadt",
        "gemeinde",
        "markt",
        "stadtverwaltung",
        "hansestadt",
        "landeshauptstadt",
        "kreisstadt",
    }:
        return AuthorityKind.MUNICIPALITY.value
    if "ministerium" in text:
        return AuthorityKind.MINISTRY.value
    if "universitat" in text or "hochschule" in text:
        return AuthorityKind.UNIVERSITY.value
    if "zweckverband" in text:
        return AuthorityKind.SPECIAL_PURPOSE_ASSOCIATION.value
    return AuthorityKind.OTHER.value


# -- choice values -----------------------------------------------------------------

_GERMAN_WORDS: dict[type[StrEnum], dict[str, str]] = {
    Salutation: {"herr": "mr", "herrn": "mr", "frau": "ms", "mrs": "ms", "miss": "ms", "keine": ""},
    FederalState: {
        "schleswigholstein": "01",
        "hamburg": "02",
        "niedersachsen": "03",
        "bremen": "04",
        "nordrheinwestfalen": "05",
        "nrw": "05",
        "hessen": "06",
        "rheinlandpfalz": "07",
        "badenwurttemberg": "08",
        "bayern": "09",
        "saarland": "10",
        "berlin": "11",
        "brandenburg": "12",
        "mecklenburgvorpommern": "13",
        "sachsen": "14",
        "sachsenanhalt": "15",
        "thuringen": "16",
    },
    AuthorityKind: {
        "kommune": "municipality",
        "gemeinde": "municipality",
        "stadt": "municipality",
        "landkreis": "district",
        "kreis": "district",
        "verbund": "consortium",
        "kooperation": "consortium",
        "zweckverband": "special_purpose_association",
        "ministerium": "ministry",
        "kommunalerspitzenverband": "umbrella_association",
        "spitzenverband": "umbrella_association",
        "hochschule": "university",
        "universitat": "university",
        "itdienstleister": "service_provider",
        "dienstleister": "service_provider",
        "testregion": "testbed_region",
        "modellregion": "testbed_region",
        "erprobungsregion": "testbed_region",
        "sonstige": "other",
        "sonstiges": "other",
    },
    NetworkRole: {
        "modellkommune": "model_municipality",
        "partnerin": "partner",
        "unterstutzendeinstitution": "supporting_institution",
        "unterstutzendeeinrichtung": "supporting_institution",
        "forderer": "supporting_institution",
        "gast": "guest",
    },
}


def choice_value(enum: type[StrEnum], value: Any) -> Any:
    """The stored value for a label, value or German word; other input is returned for the validator."""
    if not isinstance(value, str) or not value.strip():
        return value
    return _choice_text(enum, value)


@lru_cache(maxsize=4096)
def _choice_text(enum: type[StrEnum], value: str) -> Any:
    # A list repeats a handful of spellings ("Frau", "Herr") on every row; the
    # labels are fixed English texts, so the answer for a spelling never changes.
    key = loose_key(value)
    for member in enum:
        label = getattr(member, "label", member.value)
        if key in (loose_key(member.value), loose_key(label), loose_key(member.name)):
            return member.value
    if enum is FederalState and key.isdigit() and len(key) <= 2:
        return key.zfill(2)
    return _GERMAN_WORDS.get(enum, {}).get(key, value)


# -- cell values -------------------------------------------------------------------


def as_text(value: Any) -> Any:
    """A cell as text for a text field; Excel numbers lose their ".0"."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def as_digits(value: Any, widths: tuple[int, ...]) -> Any:
    """A key Excel stored as a number (AGS 1060063, postal code 1067): leading zeros put back."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        for width in widths:
            if len(text) == width - 1:
                return text.zfill(width)
        return text
    return value


def as_int(value: Any) -> Any:
    """A whole number from a cell ("12", 12.0); other input is returned for the validator."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA" (as Excel names columns, also used for CSV files)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
