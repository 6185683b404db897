"""The "expert finder" figure: ``ExpertFinder.find`` for a few topics and words, against a plain read.

Queries are taken from the generated network itself, so every size asks
the same kinds of question: the broadest topic (the top-level topic with the
most sub-topics), one leaf topic, a synonym, and a word that only
expertise notes hold. The floor of each query is the read it cannot do
without, on a plain ``sqlite3`` connection: the expertise rows of the topics
the finder chose (one indexed ``IN``), or for note words a ``LIKE`` over the
notes. No Qt: the finder runs like the page's worker runs it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.stats import median

#: A word only the generator's expertise notes hold ("Vortrag im Netzwerk gehalten").
NOTE_WORD = "Vortrag"


def questions(database: Path) -> dict[str, str]:
    """kind -> query text, read from the database."""
    connection = sqlite3.connect(database)
    try:
        broad = connection.execute(
            "SELECT t.name FROM topic t WHERE t.parent_id IS NULL"
            " ORDER BY (SELECT count(*) FROM topic s WHERE s.parent_id = t.id) DESC, t.id LIMIT 1"
        ).fetchone()
        leaf = connection.execute(
            "SELECT name FROM topic t WHERE parent_id IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM topic s WHERE s.parent_id = t.id) ORDER BY id LIMIT 1"
        ).fetchone()
        synonyms = connection.execute(
            "SELECT synonyms FROM topic WHERE synonyms IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    found = {"broad topic": broad[0] if broad else None, "leaf topic": leaf[0] if leaf else None}
    found["synonym"] = synonyms[0].split(";")[0].strip() if synonyms else None
    found["note word"] = NOTE_WORD
    return {kind: text for kind, text in found.items() if text}


def _clock(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(database: Path, repeat: int) -> dict[str, Any]:
    """Per query kind: the finder's times, the floor's times, hits shown and people matched."""
    from egov_network.services.experts import ExpertFinder, ExpertQuery
    from egov_network.store.migrate import open_store

    store = open_store(database, create=False)
    connection = sqlite3.connect(database)
    result: dict[str, Any] = {}
    try:
        finder = ExpertFinder(store)
        for kind, text in questions(database).items():
            query = ExpertQuery(text=text)
            answer = finder.search(query)  # warm: pages in the cache, statements compiled
            scope = sorted(answer.scope)
            if scope:
                marks = ",".join("?" * len(scope))
                sql = f"SELECT contact_id, level FROM expertise WHERE topic_id IN ({marks})"
                parameters: list[Any] = list(scope)
            else:
                sql = "SELECT contact_id, level FROM expertise WHERE note LIKE ?"
                parameters = [f"%{text}%"]
            times = [_clock(lambda q=query: finder.find(q)) for _ in range(repeat)]
            read = lambda sql=sql, p=parameters: connection.execute(sql, p).fetchall()  # noqa: E731
            floor = [_clock(read) for _ in range(repeat)]
            result[kind] = {
                "text": text,
                "times": times,
                "floor": floor,
                "hits": len(answer.hits),
                "total": answer.total,
                "topics": len(scope),
            }
    finally:
        connection.close()
        store.dispose()
    return result


def summary(result: dict[str, Any]) -> tuple[str, str, float, float]:
    """(value text, floor text, median of the finder, median of the floors) over every query."""
    times = [t for entry in result.values() for t in entry["times"]]
    floors = [t for entry in result.values() for t in entry["floor"]]
    per_kind = ", ".join(
        f"{kind} “{entry['text']}” {median(entry['times']) * 1000:.0f} ms"
        f" ({entry['hits']} of {entry['total']} people)"
        for kind, entry in result.items()
    )
    value = (
        f"median {median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms"
        f" ({len(times)} searches: {per_kind})"
    )
    floor = f"median {median(floors) * 1000:.1f} ms (sqlite3: the expertise rows of the same topics)"
    return value, floor, median(times), median(floors)
