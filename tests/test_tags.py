"""Tags on contacts, authorities and meetings: tag a selection, filter by #tag, rename, merge, undo."""

from __future__ import annotations

import pytest

from egov_network.domain.errors import ConflictError, ValidationError
from egov_network.services.lists import filter_of
from egov_network.services.queries import AuthorityListQuery, ContactListQuery, MeetingListQuery
from egov_network.services.registry import Services
from egov_network.services.tags import split_tags


def _column(
    query: ContactListQuery | AuthorityListQuery | MeetingListQuery, ids: list[int], key: str
) -> list:
    rows = query.rows(ids)
    position = [c.key for c in query.columns].index(key)
    return [rows[i][position] for i in ids]


@pytest.fixture
def people(services: Services) -> list[int]:
    return [services.contacts.create({"last_name": name}).id for name in ("Abel", "Berg", "Celik", "Dorn")]


def test_tagging_a_selection_shows_in_the_tags_column_and_the_filter(
    services: Services, people: list[int]
) -> None:
    tags = services.tags
    done = tags.tag("contact", people[:3], add=["Kochbuch", "Pilot 2027"])
    assert len(done.added) == 6 and [t.name for t in done.created] == ["Kochbuch", "Pilot 2027"]
    contacts = ContactListQuery(services.store)
    assert _column(contacts, people, "tags") == ["Kochbuch, Pilot 2027"] * 3 + [None]
    assert contacts.ids("#kochbuch") == people[:3]
    assert contacts.ids("#Koch") == people[:3]  # while typing
    assert contacts.ids("#kochbuch berg") == [people[1]]
    assert contacts.ids("#nichts") == []
    # Tagging again adds nothing twice; "kochbuch" in other case is the same tag.
    again = tags.tag("contact", people, add=["kochbuch"])
    assert again.added == [(done.created[0].id, people[3])] and again.created == []
    assert tags.tags_of("contact", people) == {done.created[0].id: 4, done.created[1].id: 3}


def test_undo_of_tagging_takes_back_exactly_what_it_did(services: Services, people: list[int]) -> None:
    tags = services.tags
    first = tags.tag("contact", people[:2], add=["Kochbuch"])
    kochbuch = first.created[0].id
    second = tags.tag("contact", people[1:3], add=["Kochbuch"], remove=[])
    removing = tags.tag("contact", [people[0]], remove=[kochbuch])
    contacts = ContactListQuery(services.store)
    assert contacts.ids("#kochbuch") == people[1:3]
    tags.untag(removing)
    assert contacts.ids("#kochbuch") == people[:3]
    tags.untag(second)
    assert contacts.ids("#kochbuch") == people[:2]
    tags.untag(first)
    assert contacts.ids("#kochbuch") == [] and tags.uses() == []  # the tag it created went too
    # A stale undo is refused: someone removed a link it would take back.
    third = tags.tag("contact", people[:2], add=["OZG"])
    tags.tag("contact", [people[0]], remove=[third.created[0].id])
    with pytest.raises(ConflictError):
        tags.untag(third)
    assert contacts.ids("#ozg") == [people[1]]


def test_rename_merge_and_delete_keep_every_record_true(services: Services, people: list[int]) -> None:
    tags = services.tags
    authority = services.authorities.create(
        {"name": "Stadt Ulm", "kind": "municipality", "network_role": "partner"}
    ).id
    meeting = services.meetings.create(
        {"title": "Werkstatt", "kind": "workshop", "starts_at": "2027-01-15T10:00"}
    ).id
    koch = tags.tag("contact", people[:2], add=["Kochbuch"]).created[0].id
    tags.tag("authority", [authority], add=["Kochbuch"])
    rezept = tags.tag("contact", people[1:3], add=["Rezepte"]).created[0].id
    tags.tag("meeting", [meeting], add=["Rezepte"])
    tags.update(koch, {"name": "Kochbuch-Redaktion"})
    contacts = ContactListQuery(services.store)
    assert _column(contacts, people[:3], "tags") == [
        "Kochbuch-Redaktion",
        "Kochbuch-Redaktion, Rezepte",
        "Rezepte",
    ]
    assert _column(AuthorityListQuery(services.store), [authority], "tags") == ["Kochbuch-Redaktion"]
    merged = tags.merge([rezept], koch)
    assert _column(contacts, people[:3], "tags") == ["Kochbuch-Redaktion"] * 3
    assert _column(MeetingListQuery(services.store), [meeting], "tags") == ["Kochbuch-Redaktion"]
    assert [u.name for u in tags.uses()] == ["Kochbuch-Redaktion"]
    tags.unmerge(merged)
    assert _column(contacts, people[:3], "tags") == [
        "Kochbuch-Redaktion",
        "Kochbuch-Redaktion, Rezepte",
        "Rezepte",
    ]
    assert _column(MeetingListQuery(services.store), [meeting], "tags") == ["Rezepte"]
    snapshots = tags.delete_many([koch])
    assert _column(contacts, people[:3], "tags") == [None, "Rezepte", "Rezepte"]
    tags.restore(snapshots[0])
    assert _column(contacts, people[:3], "tags") == [
        "Kochbuch-Redaktion",
        "Kochbuch-Redaktion, Rezepte",
        "Rezepte",
    ]


def test_bad_tag_names_are_refused_by_field(services: Services, people: list[int]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.tags.tag("contact", people, add=["Koch, Buch"])
    assert "comma" in caught.value.errors[0].message(lambda _c, t: t)
    assert services.tags.uses() == []
    services.tags.tag("contact", people, add=["Kochbuch"])
    with pytest.raises(ValidationError):
        services.tags.create({"name": "KOCHBUCH"})
    assert split_tags("Kochbuch, #Pilot; OZG, kochbuch") == ["Kochbuch", "Pilot", "OZG"]


def test_static_lists_and_saved_searches(services: Services, people: list[int]) -> None:
    lists = services.lists
    editors = lists.create({"name": "Verteiler Kochbuch-Redaktion", "kind": "static"}).id
    assert lists.add_members(editors, people[:2]) == people[:2]
    assert lists.add_members(editors, people[1:3]) == [people[2]]
    contacts = ContactListQuery(services.store)
    assert contacts.ids(scope={"list_id": editors}) == people[:3]
    lists.remove_members(editors, [people[0]])
    assert contacts.ids(scope={"list_id": editors}) == people[1:3]
    with pytest.raises(ConflictError):
        lists.remove_members(editors, [people[0]], expected=True)
    services.tags.tag("contact", [people[3]], add=["Pilot"])
    saved = lists.create({"name": "Pilotkommunen", "kind": "saved", "query": "#pilot"})
    assert contacts.ids(filter_of(saved)) == [people[3]]
    with pytest.raises(ValidationError):
        lists.create({"name": "verteiler kochbuch-redaktion", "kind": "static"})
    with pytest.raises(ConflictError):
        lists.add_members(saved.id, people)
    # A person deleted leaves the list; the list stays.
    services.contacts.delete(people[2])
    assert contacts.ids(scope={"list_id": editors}) == [people[1]]


def test_tags_go_out_with_the_export_and_come_back_with_the_import(services: Services, tmp_path) -> None:
    import openpyxl

    from egov_network.exchange.exports import export_contacts
    from egov_network.services import importing

    anna = services.contacts.create(
        {"last_name": "Müller", "first_name": "Anna", "email": "anna@example.org"}
    ).id
    services.tags.tag("contact", [anna], add=["Kochbuch", "Pilot"])
    path = tmp_path / "contacts.xlsx"
    export_contacts(services, path, german=True)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(2, header.index("Schlagwörter") + 1).value == "Kochbuch, Pilot"
    # Read back: an existing person gets the new tag, a new person is created with hers.
    book = openpyxl.Workbook()
    rows = book.active
    assert rows is not None
    rows.append(["Nachname", "Vorname", "E-Mail", "Schlagwörter"])
    rows.append(["Müller", "Anna", "anna@example.org", "Kochbuch; OZG"])
    rows.append(["Berg", "Ben", "ben@example.org", "#ozg"])
    rows.append(["Celik", "Cem", "cem@example.org", "Ko,"])
    source = tmp_path / "back.xlsx"
    book.save(source)
    preview = importing.load_preview(services, source, "contacts")
    result = importing.apply_preview(services, preview)
    assert result.updated == [anna] and len(result.created) == 2
    assert services.tags.names_of("contact", anna) == ["Kochbuch", "OZG", "Pilot"]
    ben = next(i for i in result.created if services.contacts.get(i).last_name == "Berg")
    assert services.tags.names_of("contact", ben) == ["OZG"]
    # Undo of the import takes Anna's new tag off again.
    importing.undo_import(services, result)
    assert services.tags.names_of("contact", anna) == ["Kochbuch", "Pilot"]
