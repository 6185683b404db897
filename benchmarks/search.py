"""The "search keystroke" figure: search everything as it is typed, letter by letter.

Each keystroke of the typed texts is one ``SearchAll.search`` (what the
search field runs after its typing pause, before it fills the list). The
floor of a keystroke is the read no search can do without, on a plain
``sqlite3`` connection: the ids holding each term of three or more letters in
the six trigram indexes (contacts, authorities, topics, meetings, agenda and
minutes, action items), or for one or two letters the contacts whose name
starts with them, read from the name index. No Qt.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.stats import median, percentile, worst

#: What coordinators type: a broad word, a surname with an umlaut, two words (the kind of meeting
#: and a city). Each occurs in generated networks.
TYPED = ("daten", "müller", "barcamp berlin")
INDEXES = ("contact_fts", "authority_fts", "topic_fts", "meeting_fts", "meeting_notes_fts", "action_item_fts")


def typing_steps(text: str) -> list[str]:
    """The field's text after each keystroke of ``text`` (a trailing space searches as before)."""
    return [text[:i] for i in range(1, len(text) + 1)]


def _clock(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _floor(connection: sqlite3.Connection, terms: list[str]) -> None:
    long = [term for term in terms if len(term) >= 3]
    for term in long:
        phrase = '"' + term.replace('"', '""') + '"'
        for index in INDEXES:
            connection.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (phrase,)).fetchall()
    if not long and terms:
        term = terms[0]
        connection.execute(
            "SELECT id FROM contact WHERE last_name_key >= ? AND last_name_key < ?",
            (term, term[:-1] + chr(ord(term[-1]) + 1)),
        ).fetchall()


def run(database: Path, repeat: int) -> dict[str, Any]:
    """Times of every keystroke (``repeat`` rounds), their floors, and what the last round found."""
    from egov_network.domain.text import fold_query
    from egov_network.services.search_all import SearchAll
    from egov_network.store.migrate import open_store

    store = open_store(database, create=False)
    connection = sqlite3.connect(database)
    times: list[float] = []
    floors: list[float] = []
    found: dict[str, dict[str, str]] = {}
    try:
        search = SearchAll(store)
        for text in TYPED:  # warm: pages in the cache
            search.search(text)
        for _ in range(repeat):
            for text in TYPED:
                for step in typing_steps(text):
                    times.append(_clock(lambda step=step: search.search(step)))
                    terms = fold_query(step)
                    floors.append(_clock(lambda terms=terms: _floor(connection, terms)))
                results = search.search(text)
                found[text] = {
                    group.entity: f"{group.total - 1:,}+" if group.more else f"{group.total:,}"
                    for group in results.groups
                }
    finally:
        connection.close()
        store.dispose()
    return {"times": times, "floor": floors, "found": found}


def summary(result: dict[str, Any]) -> tuple[str, str, float, float]:
    """(value text, floor text, p95 of the searches, p95 of the floors)."""
    times, floors = result["times"], result["floor"]
    p95, floor_p95 = percentile(times, 0.95), percentile(floors, 0.95)
    found = "; ".join(
        f"“{text}”: " + (", ".join(f"{kind} {total}" for kind, total in kinds.items()) or "nothing")
        for text, kinds in result["found"].items()
    )
    value = (
        f"median {median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, worst {worst(times) * 1000:.1f} ms"
        f" ({len(times)} keystrokes; {found})"
    )
    floor = f"p95 {floor_p95 * 1000:.1f} ms (sqlite3: the terms' ids from the six trigram indexes)"
    return value, floor, p95, floor_p95
