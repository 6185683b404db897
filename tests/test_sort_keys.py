"""Lists sort in German order (DIN 5007) through stored keys, and contacts show their topics."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from egov_network.domain.text import sort_key
from egov_network.services.export_data import ExportData
from egov_network.services.queries import ContactListQuery, MeetingListQuery, TopicListQuery
from egov_network.services.registry import Services
from egov_network.store.migrate import alembic_config, open_store


def _names(query: ContactListQuery | TopicListQuery, column: str, *ids_args: object) -> list[str]:
    ids = query.ids(*ids_args)  # type: ignore[arg-type]
    rows = query.rows(ids)
    position = [c.key for c in query.columns].index(column)
    return [rows[i][position] for i in ids]


def test_sort_key_is_din_5007() -> None:
    assert sort_key("Öffentlichkeitsarbeit") == "offentlichkeitsarbeit"
    assert sort_key("Weißenfels") == "weissenfels"
    assert sort_key("  ÉCOLE ") == "ecole"
    assert sort_key("") is None and sort_key(None) is None


def test_lists_sort_umlauts_and_sharp_s_as_germans_expect(services: Services) -> None:
    for name in ("Wissenstransfer", "Öffentlichkeitsarbeit", "Portalverbund", "offene Daten"):
        services.topics.create({"name": name})
    for last in ("Weißenfels", "Öztürk", "Weiss", "Zander", "ober", "Oberle"):
        services.contacts.create({"last_name": last})
    topics = TopicListQuery(services.store)
    assert _names(topics, "name") == [
        "offene Daten",
        "Öffentlichkeitsarbeit",
        "Portalverbund",
        "Wissenstransfer",
    ]
    assert _names(topics, "name", "", "name", True)[0] == "Wissenstransfer"
    contacts = ContactListQuery(services.store)
    # Before: NOCASE put "Öztürk" after "Zander" and "ober" after "Oberle" only by ASCII luck.
    assert _names(contacts, "last_name") == ["ober", "Oberle", "Öztürk", "Weiss", "Weißenfels", "Zander"]
    # The same order with a filter (the sort then runs on the found rows).
    assert _names(contacts, "last_name", "er", "last_name") == ["ober", "Oberle", "Öztürk", "Zander"]


def test_an_edit_moves_the_row_to_its_german_place(services: Services) -> None:
    zander = services.contacts.create({"last_name": "Zander"}).id
    services.contacts.create({"last_name": "Berg"})
    contacts = ContactListQuery(services.store)
    assert _names(contacts, "last_name") == ["Berg", "Zander"]
    services.contacts.update(zander, {"last_name": "Ärmel"})
    assert _names(contacts, "last_name") == ["Ärmel", "Berg"]


def test_meetings_sort_by_title_and_place_in_german_order(services: Services) -> None:
    for title, place in (("Zukunftswerkstatt", "Ülzen"), ("Übergabe", "Aachen"), ("Austausch", "Zwickau")):
        services.meetings.create(
            {"title": title, "kind": "workshop", "starts_at": "2027-01-15T10:00", "place": place}
        )
    meetings = MeetingListQuery(services.store)
    rows = meetings.rows(meetings.ids("", "title"))
    assert [rows[i][1] for i in meetings.ids("", "title")] == ["Austausch", "Übergabe", "Zukunftswerkstatt"]
    ids = meetings.ids("", "place")
    rows = meetings.rows(ids)
    assert [rows[i][3] for i in ids] == ["Aachen", "Ülzen", "Zwickau"]


def test_exports_sort_in_german_order(services: Services) -> None:
    authority = services.authorities.create(
        {"name": "Stadt Ulm", "kind": "municipality", "network_role": "partner"}
    ).id
    for last in ("Zander", "Öztürk", "Weißenfels"):
        services.contacts.create({"last_name": last, "authority_id": authority})
    data = ExportData(services.store)
    ((_, people),) = next(data.members([authority], ["name"], ["last_name"]))
    assert [row[1] for row in people] == ["Öztürk", "Weißenfels", "Zander"]


def test_contacts_show_their_topics_in_german_order_and_stay_true(services: Services) -> None:
    anna = services.contacts.create({"last_name": "Müller", "first_name": "Anna"}).id
    ben = services.contacts.create({"last_name": "Berg"}).id
    privacy = services.topics.create({"name": "Datenschutz"}).id
    public = services.topics.create({"name": "Öffentlichkeitsarbeit"}).id
    efile = services.topics.create({"name": "E-Akte"}).id
    first = services.expertise.create({"contact_id": anna, "topic_id": public, "level": "expert"}).id
    services.expertise.create({"contact_id": anna, "topic_id": privacy, "level": "interested"})
    services.expertise.create({"contact_id": ben, "topic_id": efile, "level": "expert"})
    contacts = ContactListQuery(services.store)

    def topics() -> dict[int, str | None]:
        rows = contacts.rows([anna, ben])
        position = [c.key for c in contacts.columns].index("topics")
        return {i: rows[i][position] for i in (anna, ben)}

    assert topics() == {anna: "Datenschutz, Öffentlichkeitsarbeit", ben: "E-Akte"}
    # Sorted by the Topics column: "datenschutz, …" before "e-akte".
    assert contacts.ids("", "topics") == [anna, ben]
    services.topics.update(privacy, {"name": "Informationssicherheit"})
    assert topics()[anna] == "Informationssicherheit, Öffentlichkeitsarbeit"
    assert contacts.ids("", "topics") == [ben, anna]
    services.expertise.delete(first)
    assert topics()[anna] == "Informationssicherheit"
    services.contacts.update(anna, {"function": "Leitung"})  # an edit of the person keeps them
    assert topics()[anna] == "Informationssicherheit"


def test_upgrade_fills_keys_and_topics_of_existing_rows(db_path: Path) -> None:
    config = alembic_config()
    store = open_store(db_path, migrate=False)
    stamp = "'2020-01-01 00:00:00'"
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(
            text(
                "INSERT INTO contact (id, salutation, last_name, first_name, active, version, created_at,"
                f" updated_at) VALUES (1, '', 'Öztürk', 'Jürgen', 1, 1, {stamp}, {stamp}),"
                f" (2, '', 'Weber', NULL, 1, 1, {stamp}, {stamp})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO topic (id, name, version, created_at, updated_at) VALUES"
                f" (1, 'Öffentlichkeitsarbeit', 1, {stamp}, {stamp}),"
                f" (2, 'Bürgerportal', 1, {stamp}, {stamp})"
            )
        )
        connection.execute(
            text(
                "INSERT INTO expertise (contact_id, topic_id, level, version, created_at, updated_at) VALUES"
                f" (1, 1, 'expert', 1, {stamp}, {stamp}), (1, 2, 'basic', 1, {stamp}, {stamp})"
            )
        )
    store.dispose()
    upgraded = open_store(db_path)
    try:
        with upgraded.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT last_name_key, first_name_key, topics, topics_key FROM contact ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [
            (
                "ozturk",
                "jurgen",
                "Bürgerportal, Öffentlichkeitsarbeit",
                "burgerportal, offentlichkeitsarbeit",
            ),
            ("weber", None, None, None),
        ]
        assert ContactListQuery(upgraded).ids() == [1, 2]
    finally:
        upgraded.dispose()
