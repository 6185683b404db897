"""List queries: folded filter, SQL sorting, lazy rows, scopes, and the search-text column."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from egov_network.domain.text import fold, fold_query, search_variants, sort_key
from egov_network.services.queries import (
    QUERIES,
    ActionItemListQuery,
    AuthorityListQuery,
    ContactListQuery,
    MeetingListQuery,
    TopicListQuery,
)
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.migrate import alembic_config, open_store
from egov_network.store.models import Contact, utcnow
from egov_network.store.search import search_text_of

# -- folding ------------------------------------------------------------------


def test_fold_and_variants() -> None:
    assert fold("Müller") == "muller"
    assert fold("Straße") == "strasse"
    assert fold("GÜTERSLOH") == "gutersloh"
    assert fold("Café") == "cafe"
    assert search_variants("Müller") == "muller | mueller"
    assert search_variants("Straße") == "strasse"  # no umlaut, no second variant
    assert fold_query("  Müller   strasse ") == ["muller", "strasse"]
    assert fold_query(" \t ") == []


# -- a small network ----------------------------------------------------------


@pytest.fixture
def network(services: Services) -> dict[str, int]:
    """Two authorities, four contacts, two topics, two meetings with action items."""
    s = services
    guetersloh = s.authorities.create(
        {"name": "Stadt Gütersloh", "kind": "municipality", "network_role": "partner", "city": "Gütersloh"}
    ).id
    kreis = s.authorities.create(
        {
            "name": "Kreis Coesfeld",
            "kind": "district",
            "network_role": "model_municipality",
            "cohort": 1,
            "member_since": "2014-08-01",
        }
    ).id
    mueller = s.contacts.create(
        {"last_name": "Müller", "first_name": "Anna", "authority_id": guetersloh, "function": "Leitung IT"}
    ).id
    strasse = s.contacts.create(
        {
            "last_name": "Schmidt",
            "first_name": "Jörg",
            "department": "Amt für Straßenbau",
            "authority_id": kreis,
        }
    ).id
    percent = s.contacts.create({"last_name": "Prozent", "function": "100% zuständig", "active": False}).id
    nofirst = s.contacts.create({"last_name": "Abel", "function": "a_b"}).id
    topic = s.topics.create({"name": "Bürgerportal", "synonyms": "Serviceportal"}).id
    s.topics.create({"name": "E-Akte", "parent_id": topic})
    s.expertise.create({"contact_id": mueller, "topic_id": topic, "level": "expert"})
    early = s.meetings.create(
        {
            "title": "Barcamp Gütersloh",
            "kind": "barcamp",
            "starts_at": "2017-01-27T09:00",
            "host_authority_id": guetersloh,
        }
    ).id
    late = s.meetings.create({"title": "Workshop", "kind": "workshop", "starts_at": "2018-03-01T10:00"}).id
    s.meetings.set_topics(early, [topic])
    s.participations.add(early, [mueller, strasse])
    due = s.action_items.create(
        {
            "meeting_id": early,
            "text": "Protokoll verschicken",
            "owner_contact_id": mueller,
            "due_on": "2017-02-01",
        }
    ).id
    undated = s.action_items.create({"meeting_id": early, "text": "Fotos sammeln"}).id
    done = s.action_items.create(
        {
            "meeting_id": late,
            "text": "Raum buchen",
            "owner_contact_id": nofirst,
            "due_on": "2018-01-01",
            "done_on": "2018-01-02",
        }
    ).id
    return {
        "guetersloh": guetersloh,
        "kreis": kreis,
        "mueller": mueller,
        "strasse": strasse,
        "percent": percent,
        "nofirst": nofirst,
        "topic": topic,
        "early": early,
        "late": late,
        "due": due,
        "undated": undated,
        "done": done,
    }


def test_umlauts_and_case_are_folded(store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    for query in ("muller", "mueller", "MÜLLER", "Müller", "mül"):
        assert contacts.ids(query) == [network["mueller"]], query
    assert contacts.ids("strasse") == [network["strasse"]]
    assert contacts.ids("STRASSENBAU") == [network["strasse"]]
    assert AuthorityListQuery(store).ids("GUTERSLOH") == [network["guetersloh"]]
    assert TopicListQuery(store).ids("buergerportal") == [network["topic"]]
    assert MeetingListQuery(store).ids("gutersloh") == [network["early"]]


def test_all_terms_must_match(store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    assert contacts.ids("anna müller") == [network["mueller"]]
    assert contacts.ids("anna schmidt") == []
    assert contacts.ids("") == contacts.ids("   ")


def test_filter_by_authority_name_finds_its_contacts(store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    assert contacts.ids("coesfeld") == [network["strasse"]]
    # Terms may match different things: the person and her authority.
    assert contacts.ids("anna gütersloh") == [network["mueller"]]


def test_like_wildcards_are_literal(store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    assert contacts.ids("%") == [network["percent"]]
    assert contacts.ids("100%") == [network["percent"]]
    assert contacts.ids("a_b") == [network["nofirst"]]
    assert contacts.ids("_") == [network["nofirst"]]
    assert contacts.ids("\\") == []


def test_search_text_follows_updates(services: Services, store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    services.contacts.update(network["mueller"], {"last_name": "Jäger"})
    assert contacts.ids("müller") == []
    assert contacts.ids("jaeger") == [network["mueller"]]
    # Renaming an authority rewrites no contacts, yet its contacts are found by the new name.
    services.authorities.update(network["guetersloh"], {"name": "Stadt Bielefeld"})
    assert contacts.ids("bielefeld") == [network["mueller"]]
    assert AuthorityListQuery(store).ids("bielefeld") == [network["guetersloh"]]


# -- sorting --------------------------------------------------------------------


@pytest.mark.parametrize("query", list(QUERIES.values()), ids=list(QUERIES))
def test_every_column_sorts_both_ways(store: Store, demo: Services, query: type) -> None:
    lister = query(store)
    everything = sorted(lister.ids())
    assert everything, "the demo network has rows of every kind"
    for column in lister.columns:
        for descending in (False, True):
            ids = lister.ids("", column.key, descending)
            assert sorted(ids) == everything, column.key
            rows = lister.rows(ids)
            values = [rows[i][lister.columns.index(column)] for i in ids]
            present = [v for v in values if v is not None]
            # NULLs last in both directions.
            assert values == present + [None] * (len(values) - len(present)), column.key
            # German order (DIN 5007): Ö as O, ß as ss, case ignored.
            keyed = [sort_key(v) or "" if isinstance(v, str) else v for v in present]
            assert keyed == sorted(keyed, reverse=descending), column.key
    with pytest.raises(ValueError):
        lister.ids("", "no such column")


def test_expected_orders(store: Store, network: dict[str, int]) -> None:
    n = network
    contacts = ContactListQuery(store)
    assert contacts.ids() == [n["nofirst"], n["mueller"], n["percent"], n["strasse"]]
    assert contacts.ids("", "last_name", True) == [n["strasse"], n["percent"], n["mueller"], n["nofirst"]]
    # Contacts without a first name come last both ways.
    assert contacts.ids("", "first_name")[-2:] == [n["percent"], n["nofirst"]]
    assert contacts.ids("", "first_name", True)[-2:] == [n["nofirst"], n["percent"]]
    assert contacts.ids("", "authority")[:2] == [n["strasse"], n["mueller"]]  # Kreis < Stadt
    authorities = AuthorityListQuery(store)
    assert authorities.ids() == [n["kreis"], n["guetersloh"]]
    assert authorities.ids("", "member_since") == [n["kreis"], n["guetersloh"]]
    assert authorities.ids("", "member_since", True) == [n["kreis"], n["guetersloh"]]
    meetings = MeetingListQuery(store)
    assert meetings.ids() == [n["late"], n["early"]]
    assert meetings.ids("", "participants", True) == [n["early"], n["late"]]
    assert meetings.ids("", "participants") == [n["late"], n["early"]]
    items = ActionItemListQuery(store)
    assert items.ids() == [n["due"], n["done"], n["undated"]]
    assert items.ids("", "due_on", True) == [n["done"], n["due"], n["undated"]]
    # By owner ("Abel" < "Müller, Anna"); the item nobody owns comes last both ways.
    assert items.ids("", "owner") == [n["done"], n["due"], n["undated"]]
    assert items.ids("", "owner", True) == [n["due"], n["done"], n["undated"]]


# -- rows and scopes ------------------------------------------------------------


def test_rows_are_in_column_order_with_real_types(store: Store, network: dict[str, int]) -> None:
    contacts = ContactListQuery(store)
    keys = [c.key for c in contacts.columns]
    row = contacts.rows([network["mueller"], 999_999])
    assert list(row) == [network["mueller"]]  # missing ids are simply absent
    values = dict(zip(keys, row[network["mueller"]], strict=True))
    assert values["last_name"] == "Müller" and values["authority"] == "Stadt Gütersloh"
    assert values["active"] is True and isinstance(values["updated_at"], datetime)
    authority = AuthorityListQuery(store).rows([network["kreis"]])[network["kreis"]]
    assert authority[:3] == ("Kreis Coesfeld", None, "district")
    assert authority[7] == date(2014, 8, 1) and authority[10] == 1
    meeting = MeetingListQuery(store).rows([network["early"]])[network["early"]]
    assert meeting == (
        datetime(2017, 1, 27, 9, 0),
        "Barcamp Gütersloh",
        "barcamp",
        None,
        "Stadt Gütersloh",
        "planned",
        2,
        2,
        None,  # no tags
    )
    items = ActionItemListQuery(store).rows([network["due"], network["done"]])
    assert items[network["due"]] == (
        date(2017, 2, 1),
        "Protokoll verschicken",
        "Müller, Anna",
        "Barcamp Gütersloh",
        datetime(2017, 1, 27, 9, 0),
        None,
    )
    assert items[network["done"]][2] == "Abel" and items[network["done"]][5] == date(2018, 1, 2)
    assert ActionItemListQuery(store).rows([network["undated"]])[network["undated"]][2] is None  # no owner
    topic = TopicListQuery(store).rows([network["topic"]])[network["topic"]]
    assert topic[:4] == ("Bürgerportal", None, "Serviceportal", 1)


def test_an_owner_reads_as_the_person_does_in_every_other_list(services: Services, authority: int) -> None:
    # The related tabs and exports name people through sql_terms.person_name too.
    people = {
        "Anna Müller": {"last_name": "Müller", "first_name": "Anna", "authority_id": authority},
        "no first name": {"last_name": "Abel"},
        "double name": {"last_name": "Schulze-Wehninck", "first_name": "Eva Maria"},
        "blank first name": {"last_name": "Leer", "first_name": "  "},
    }
    meeting = services.meetings.create(
        {"title": "Workshop", "kind": "workshop", "starts_at": "2018-03-01T10:00"}
    )
    shown = {}
    for label, values in people.items():
        person = services.contacts.create(values).id
        item = services.action_items.create(
            {"meeting_id": meeting.id, "text": label, "owner_contact_id": person}
        )
        shown[label] = ActionItemListQuery(services.store).rows([item.id])[item.id][2]
    assert shown == {
        "Anna Müller": "Müller, Anna",
        "no first name": "Abel",
        "double name": "Schulze-Wehninck, Eva Maria",
        "blank first name": "Leer",
    }


def test_rows_come_in_chunks(store: Store, demo: Services) -> None:
    contacts = ContactListQuery(store)
    ids = contacts.ids()
    assert set(contacts.rows(ids * 60)) == set(ids)  # > 500 ids: several statements


def test_scopes(store: Store, network: dict[str, int]) -> None:
    n = network
    assert ContactListQuery(store).ids(scope={"authority_id": n["kreis"]}) == [n["strasse"]]
    assert MeetingListQuery(store).ids(scope={"topic_id": n["topic"]}) == [n["early"]]
    assert MeetingListQuery(store).ids(scope={"host_authority_id": n["guetersloh"]}) == [n["early"]]
    items = ActionItemListQuery(store)
    assert items.ids(scope={"open": 1}) == [n["due"], n["undated"]]
    assert items.ids(scope={"open": 0}) == [n["done"]]
    assert items.ids(scope={"open": 1, "meeting_id": n["late"]}) == []
    assert items.ids("protokoll", scope={"meeting_id": n["early"]}) == [n["due"]]
    assert TopicListQuery(store).ids(scope={"parent_id": n["topic"]}) != []
    with pytest.raises(ValueError):
        ContactListQuery(store).ids(scope={"meeting_id": 1})


def test_columns_are_declared_once_per_query() -> None:
    for entity, query in QUERIES.items():
        assert query.entity == entity
        keys = [c.key for c in query.columns]
        assert len(keys) == len(set(keys))
        assert {c.kind for c in query.columns} <= {"text", "date", "datetime", "int", "enum", "bool"}


# -- migration and scale --------------------------------------------------------


def test_upgrade_fills_search_text_of_existing_rows(db_path: Path) -> None:
    config = alembic_config()
    store = open_store(db_path, migrate=False)
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO contact (salutation, last_name, first_name, active, version,"
                " created_at, updated_at) VALUES"
                " ('', 'Müller', 'Jürgen', 1, 1, '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
            )
        )
    store.dispose()
    upgraded = open_store(db_path)
    try:
        contacts = ContactListQuery(upgraded)
        assert len(contacts.ids("mueller juergen")) == 1
        assert contacts.ids("muller") == contacts.ids("MÜLLER") != []
    finally:
        upgraded.dispose()


def test_twenty_thousand_contacts(store: Store) -> None:
    now = utcnow()
    names = ["Müller", "Schmidt", "Groß", "Weber", "Krüger"]
    rows = []
    for i in range(20_000):
        row = {
            "salutation": "",
            "last_name": names[i % len(names)],
            "first_name": f"Person {i}",
            "email": f"p{i}@example.org",
            "active": True,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        row["search_text"] = search_text_of(Contact, row)
        rows.append(row)
    with store.engine.begin() as connection:
        connection.execute(insert(Contact), rows)
    contacts = ContactListQuery(store)
    started = time.perf_counter()
    assert len(contacts.ids("mueller")) == 4_000
    assert len(contacts.ids("gross")) == 4_000
    assert len(contacts.ids("krueger p4@")) == 1
    assert len(contacts.ids("", "authority", True)) == 20_000
    print(f"20,000 contacts, four id queries: {(time.perf_counter() - started) * 1000:.0f} ms")


def test_the_trigram_index_follows_every_write(services: Services, authority: int) -> None:
    contacts = ContactListQuery(services.store)
    person = services.contacts.create({"last_name": "Quellmalz", "authority_id": authority})
    assert contacts.ids("quellm") == [person.id]
    services.contacts.update(person.id, {"last_name": "Zwanziger"}, expected_version=person.version)
    assert contacts.ids("quellm") == []
    assert contacts.ids("zwanzig") == [person.id]
    services.contacts.delete(person.id)
    assert contacts.ids("zwanzig") == []


def test_long_terms_use_the_index_short_ones_scan(store: Store) -> None:
    contacts = ContactListQuery(store)

    def plan(term: str) -> str:
        statement = contacts.id_statement(term)
        compiled = statement.compile(store.engine, compile_kwargs={"literal_binds": True})
        with store.engine.connect() as connection:
            rows = connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
            return " ".join(str(row[-1]) for row in rows)

    assert "contact_fts VIRTUAL TABLE" in plan("müller")
    assert "contact_fts" not in plan("mü")


# -- narrowing a shown list, and the authority sort ----------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A generated network of 600 contacts (German names, shared authorities, umlauts)."""
    from egov_network.services.generate import generate_database

    path = tmp_path_factory.mktemp("generated") / "network.sqlite"
    generate_database(path, 600, seed=7)
    store = open_store(path, create=False)
    yield store
    store.dispose()


def test_narrowing_gives_what_the_full_query_gives(generated: Store) -> None:
    contacts = ContactListQuery(generated)
    shown = contacts.ids("", "last_name")
    # Typed letter by letter and with a second word, the narrowed list is what
    # the SQL query for the whole text returns, in the same order.
    for old, new in [("", "m"), ("m", "mü"), ("mü", "mül"), ("", "+49"), ("+49", "+49 2"), ("mu", "mu a")]:
        base = contacts.ids(old, "last_name")
        added = [t for t in fold_query(new) if t not in fold_query(old)]
        narrowed = contacts.narrowed(base, added)
        assert narrowed == contacts.ids(new, "last_name"), (old, new)
    # A term of the authority matches its contacts, as in the full query.
    city = fold(contacts.rows(shown[:1])[shown[0]][3].split()[-1])
    assert contacts.narrowed(shown, [city]) == contacts.ids(city, "last_name") != []


def test_contacts_sorted_by_authority_walk_the_name_index(generated: Store) -> None:
    contacts = ContactListQuery(generated)
    for descending in (False, True):
        walked = contacts.ids("", "authority", descending)
        # The general statement (ORDER BY the joined name) gives the same order.
        assert walked == contacts.read_ids(contacts.id_statement("", "authority", descending))
        rows = contacts.rows(walked)
        names = [rows[i][3] for i in walked]
        named = [n for n in names if n is not None]
        assert names[: len(named)] == named  # contacts without an authority come last

        # German order: "Gemeinde Schönbach" before "Gemeinde Schwarzdorf".
        keys = [sort_key(n) or "" for n in named]
        assert keys == sorted(keys, reverse=descending)
        assert len(walked) == len(set(walked)) == 600


def test_the_contacts_filter_finds_the_experts_of_sub_topics_too(services: Services) -> None:
    parent = services.topics.create({"name": "Rechtsrahmen"}).id
    law = services.topics.create({"name": "E-Government-Gesetz", "parent_id": parent}).id
    anna = services.contacts.create({"last_name": "Anders"}).id
    services.expertise.create({"contact_id": anna, "topic_id": law, "level": "expert"})
    contacts = ContactListQuery(services.store)
    assert contacts.ids("rechtsrahmen") == [anna]
    assert contacts.ids("rechtsrahmen anders") == [anna]
    assert contacts.narrowed([anna], ["rechtsrahmen"]) == [anna]
