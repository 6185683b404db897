"""Search everything: one query over contacts, authorities, topics, meetings and action items."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from egov_network.domain.highlight import Marked
from egov_network.services import search_all
from egov_network.services.registry import Services
from egov_network.services.search_all import SearchAll, SearchResults
from egov_network.services.search_text_output import render, search_lines
from egov_network.store.migrate import alembic_config, open_store


def _fts_ids(store, index: str, term: str) -> list[int]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q ORDER BY rowid"), {"q": f'"{term}"'}
        )
        return [row[0] for row in rows]


def test_upgrade_makes_agenda_minutes_and_action_items_of_existing_rows_searchable(db_path: Path) -> None:
    config = alembic_config()
    store = open_store(db_path, migrate=False)
    stamp = "'2020-01-01 00:00:00'"
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.execute(
            text(
                "INSERT INTO meeting (id, title, kind, starts_at, status, agenda, minutes, title_key,"
                f" version, created_at, updated_at) VALUES (1, 'Workshop', 'workshop', {stamp}, 'held',"
                " 'Begrüßung; Bürgerportal', 'Treffen in der Hauptstraße. Frau Müller berichtet.',"
                f" 'workshop', 1, {stamp}, {stamp}), (2, 'Ohne Protokoll', 'workshop', {stamp}, 'planned',"
                f" NULL, NULL, 'ohne protokoll', 1, {stamp}, {stamp})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO action_item (id, meeting_id, text, text_key, version, created_at, updated_at)"
                f" VALUES (1, 1, 'Größe der Räume klären', 'große der raume klaren', 1, {stamp}, {stamp})"
            )
        )
    store.dispose()
    upgraded = open_store(db_path)
    try:
        with upgraded.engine.connect() as connection:
            notes = connection.execute(text("SELECT notes_text FROM meeting ORDER BY id")).scalars().all()
        assert notes[0].startswith("begrussung; burgerportal treffen in der hauptstrasse.")
        assert notes[1] == ""
        for term in ("strasse", "muller", "mueller", "burgerportal"):
            assert _fts_ids(upgraded, "meeting_notes_fts", term) == [1], term
        assert _fts_ids(upgraded, "action_item_fts", "grosse") == [1]
        assert _fts_ids(upgraded, "action_item_fts", "groesse") == [1]
        # From now on the store keeps them: an edit through the services moves the index along.
        services = Services.over(upgraded)
        services.meetings.update(2, {"minutes": "Beschluss: Kochbuch überarbeiten"})
        services.action_items.update(1, {"text": "Termin finden"})
        assert _fts_ids(upgraded, "meeting_notes_fts", "uberarbeiten") == [2]
        assert _fts_ids(upgraded, "action_item_fts", "grosse") == []
        assert _fts_ids(upgraded, "action_item_fts", "termin") == [1]
    finally:
        upgraded.dispose()


# -- what a search finds and how it reads ---------------------------------------------------------


def _marked(text: Marked) -> list[str]:
    return [text.text[start:end] for start, end in text.spans]


def _titles(results: SearchResults, entity: str) -> list[str]:
    group = results.group(entity)
    return [hit.title.text for hit in group.hits] if group else []


@pytest.fixture
def network(services: Services) -> dict[str, int]:
    berlin = services.authorities.create(
        {"name": "Land Berlin", "kind": "ministry", "network_role": "partner", "city": "Berlin"}
    ).id
    ulm = services.authorities.create(
        {"name": "Stadt Ulm", "kind": "municipality", "network_role": "partner"}
    ).id
    anna = services.contacts.create(
        {
            "last_name": "Müller",
            "first_name": "Anna",
            "title": "Dr.",
            "authority_id": berlin,
            "function": "Referentin",
        }
    ).id
    services.contacts.create({"last_name": "Müller", "first_name": "Bernd", "authority_id": ulm})
    services.contacts.create({"last_name": "Schulz", "first_name": "Ute", "function": "Müllabfuhr"})
    security = services.topics.create({"name": "Informationssicherheit", "synonyms": "ISMS"}).id
    privacy = services.topics.create(
        {"name": "Datenschutz", "parent_id": security, "description": "DSGVO in der Kommune"}
    ).id
    expert = services.contacts.create({"last_name": "Egelkamp", "first_name": "Marcus"}).id
    services.expertise.create({"contact_id": expert, "topic_id": privacy, "level": "expert"})
    meeting = services.meetings.create(
        {
            "title": "Abschlussveranstaltung",
            "kind": "conference",
            "starts_at": "2016-09-22T10:00",
            "place": "Berlin",
            "minutes": "Begrüßung. " + "Lange Aussprache über vieles. " * 8 + "Treffpunkt Hauptstraße 5.",
        }
    ).id
    services.meetings.create(
        {"title": "Kochbuch-Redaktion", "kind": "workshop", "starts_at": "2015-01-10T10:00", "place": "Ulm"}
    )
    services.meetings.create(
        {
            "title": "Jahrestreffen",
            "kind": "workshop",
            "starts_at": "2017-03-01T10:00",
            "agenda": "1. Begrüßung 2. Das Kochbuch",
        }
    )
    services.action_items.create(
        {"meeting_id": meeting, "text": "Kochbuch an alle senden\nmit Anschreiben", "owner_contact_id": anna}
    )
    return {"anna": anna, "berlin": berlin, "meeting": meeting, "expert": expert, "privacy": privacy}


def test_case_accents_and_umlauts_are_folded_like_the_filters(
    services: Services, network: dict[str, int]
) -> None:
    search = SearchAll(services.store)
    for typed in ("muller", "mueller", "MÜLLER", "Müller"):
        results = search.search(typed)
        group = results.group("contact")
        assert group is not None and group.total == 2, typed
        assert [hit.title.text for hit in group.hits] == ["Müller, Dr. Anna", "Müller, Bernd"]
        assert _marked(group.hits[0].title) == ["Müller"], typed
    # "strasse" finds "Straße" in the minutes and shows the words around it.
    hit = search.search("strasse").hits()[0]
    assert (hit.entity, hit.id, hit.field, hit.snippet_field) == (
        "meeting",
        network["meeting"],
        "minutes",
        "minutes",
    )
    assert hit.snippet is not None and _marked(hit.snippet) == ["straße"]
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("Hauptstraße 5.")
    assert len(hit.snippet.text) < 130


def test_every_term_must_occur_in_some_field(services: Services, network: dict[str, int]) -> None:
    search = SearchAll(services.store)
    # "müller" in her name, "berlin" in her authority's: found, and both marked where shown.
    results = search.search("müller berlin")
    (hit,) = results.group("contact").hits  # type: ignore[union-attr]
    assert hit.id == network["anna"]
    assert hit.detail.text == "Referentin · Land Berlin" and _marked(hit.detail) == ["Berlin"]
    assert _titles(results, "meeting") == []  # Berlin, but no Müller
    assert search.search("müller hamburg").groups == ()


def test_a_match_in_the_name_ranks_above_one_in_long_texts(
    services: Services, network: dict[str, int]
) -> None:
    results = SearchAll(services.store).search("kochbuch")
    # The title match first, though the agenda match is newer.
    assert _titles(results, "meeting") == ["Kochbuch-Redaktion — 2015-01-10", "Jahrestreffen — 2017-03-01"]
    agenda = results.group("meeting").hits[1]  # type: ignore[union-attr]
    assert (agenda.snippet_field, _marked(agenda.snippet)) == ("agenda", ["Kochbuch"])  # type: ignore[arg-type]
    # An action item reads as its first line, the rest is the snippet when it holds the match.
    (item,) = results.group("action_item").hits  # type: ignore[union-attr]
    assert item.title.text == "Kochbuch an alle senden" and _marked(item.title) == ["Kochbuch"]
    assert item.detail.text == "Abschlussveranstaltung — 2016-09-22 · Müller, Anna"
    # Last name before first name before function: Müller above Schulz (Müllabfuhr).
    assert _titles(SearchAll(services.store).search("müll"), "contact") == [
        "Müller, Dr. Anna",
        "Müller, Bernd",
        "Schulz, Ute",
    ]


def test_a_meeting_is_found_by_its_date_as_shown(services: Services, network: dict[str, int]) -> None:
    search = SearchAll(services.store, format_date=lambda day: day.strftime("%d.%m.%Y"))
    for typed in ("22.09.2016", "2016-09-22", "22/09/2016"):
        (hit,) = search.search(typed).hits()
        assert hit.id == network["meeting"] and hit.field == "starts_at"
        assert hit.title.text == "Abschlussveranstaltung — 22.09.2016"
    assert _marked(search.search("22.09.2016").hits()[0].title) == ["22.09.2016"]


def test_people_are_found_by_the_topics_they_know_and_their_sub_topics(
    services: Services, network: dict[str, int]
) -> None:
    search = SearchAll(services.store)
    for typed in ("Datenschutz", "Informationssicherheit", "isms"):  # the topic, its parent, a synonym
        group = search.search(typed).group("contact")
        assert group is not None, typed
        (hit,) = group.hits
        assert hit.id == network["expert"] and hit.field == "topics", typed
        assert hit.snippet is not None and hit.snippet.text == "Datenschutz (Expert)"
    topics = search.search("datenschutz").group("topic")
    assert topics is not None and [(h.title.text, h.detail.text) for h in topics.hits] == [
        ("Datenschutz", "Informationssicherheit · Experts: 1")
    ]
    parent = search.search("informationssicherheit").group("topic")
    assert parent is not None and parent.hits[0].detail.text == "Experts: 1"  # a sub-topic's expert counts


def test_one_or_two_letters_find_names_starting_with_them(
    services: Services, network: dict[str, int]
) -> None:
    results = SearchAll(services.store).search("mü")
    assert _titles(results, "contact") == ["Müller, Dr. Anna", "Müller, Bernd"]
    assert _marked(results.group("contact").hits[0].title) == ["Mü"]  # type: ignore[union-attr]
    assert [g.entity for g in results.groups] == ["contact"]  # "Müllabfuhr" does not start a name
    assert _titles(SearchAll(services.store).search("eg"), "contact") == ["Egelkamp, Marcus"]
    assert SearchAll(services.store).search("  ").groups == ()


def test_counts_are_totals_and_hits_are_limited(services: Services) -> None:
    for number in range(8):
        services.contacts.create({"last_name": f"Meier {number}"})
    group = SearchAll(services.store).search("meier", limit_per_kind=3).group("contact")
    assert group is not None and (group.total, len(group.hits), group.more) == (8, 3, False)


def test_beyond_the_ranked_number_names_come_first_and_the_count_says_more(
    services: Services, network: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_all, "RANKED", 2)
    group = SearchAll(services.store).search("müll").group("contact")
    assert group is not None and group.more and group.total == 3
    assert [hit.title.text for hit in group.hits] == ["Müller, Dr. Anna", "Müller, Bernd", "Schulz, Ute"]
    assert render(SearchResults("müll", ("müll",), (group,)))[0] == "Contacts (2+)"


def test_the_demo_answers_who_knows_about_datenschutz(demo: Services) -> None:
    results = SearchAll(demo.store).search("Datenschutz")
    assert "Datenschutz" in _titles(results, "topic")
    experts = results.group("contact")
    assert experts is not None and "Egelkamp, Marcus" in [h.title.text for h in experts.hits]
    assert {h.field for h in experts.hits} == {"topics"}


def test_the_demo_finds_the_final_event_in_berlin(demo: Services) -> None:
    results = SearchAll(demo.store).search("Berlin Abschluss")
    first = results.group("meeting").hits[0]  # type: ignore[union-attr]
    assert first.title.text.startswith("Abschlussveranstaltung „Modellkommune E-Government“")
    assert _marked(first.title) == ["Abschluss"] and _marked(first.detail) == ["Berlin"]


def test_rendered_as_text_lines_grouped_like_the_popup(services: Services, network: dict[str, int]) -> None:
    assert search_lines(services.store, "kochbuch") == [
        "Meetings (2)",
        "  Kochbuch-Redaktion — 2015-01-10",
        "    Ulm · Workshop",
        "  Jahrestreffen — 2017-03-01",
        "    Workshop",
        "    Agenda: 1. Begrüßung 2. Das Kochbuch",
        "",
        "Action items (1)",
        "  Kochbuch an alle senden",
        "    Abschlussveranstaltung — 2016-09-22 · Müller, Anna",
    ]
    german = search_lines(services.store, "strasse", german=True)
    assert german[1:3] == ["  Abschlussveranstaltung — 22.09.2016", "    Berlin · Konferenz"]
    assert german[3].startswith("    Protokoll: …")
    results = SearchAll(services.store).search("müller berlin")
    assert render(results, emphasis=("*", "*"))[1:3] == [
        "  *Müller*, Dr. Anna",
        "    Referentin · Land *Berlin*",
    ]
    assert search_lines(services.store, "nirgendwo") == ["Nothing found for “nirgendwo”."]
