"""The built-in demo network: the public record of the programme, loaded through the services."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from egov_network.domain.errors import ValidationError
from egov_network.services.demo import DemoDataError, load_demo, read_demo
from egov_network.services.registry import Services


def by_name(services: Services) -> dict[str, object]:
    return {a.name: a for a in services.authorities.all()}


def test_eight_model_municipalities_in_two_cohorts(demo: Services) -> None:
    models = [a for a in demo.authorities.all() if a.network_role == "model_municipality"]
    cohorts = {a.name: a.cohort for a in models}
    assert len(models) == 8
    assert sorted(n for n, c in cohorts.items() if c == 1) == [
        "Landkreis Cochem-Zell",
        "Stadt Düren",
        "Stadt Gütersloh",
    ]
    assert sorted(n for n, c in cohorts.items() if c == 2) == [
        "Bewerbergemeinschaft Ibbenbüren",
        "Landkreis Heidekreis",
        "Ortenaukreis",
        "Stadt Halle (Saale)",
        "Stadt Norderstedt",
    ]


def test_consortium_members_and_municipality_keys(demo: Services) -> None:
    authorities = by_name(demo)
    consortium = authorities["Bewerbergemeinschaft Ibbenbüren"]
    members = {a.name for a in demo.authorities.all() if a.parent_id == consortium.id}
    assert "Stadt Ibbenbüren" in members
    assert any(
        "KAAW" in (a.short_name or a.name) for a in demo.authorities.all() if a.parent_id == consortium.id
    )
    assert (
        authorities["Stadt Norderstedt"].ags == "01060063" and authorities["Stadt Norderstedt"].state == "01"
    )
    assert authorities["Ortenaukreis"].ags == "08317"
    for name in (
        "Hochschule Harz",
        "Syncwork AG",
        "Bundesministerium des Innern",
        "Kreis Borken",
        "Kreis Steinfurt",
    ):
        assert name in authorities
    assert sum(a.kind == "testbed_region" for a in demo.authorities.all()) == 3


def test_no_contact_details_invented_for_real_people(demo: Services) -> None:
    with demo.store.read():
        people = [demo.contacts.get(i) for i in range(1, demo.contacts.count_all() + 1)]
    assert {p.last_name for p in people} >= {
        "Weißenfels",
        "Neumann",
        "Lenz",
        "Brönstrup",
        "Vitt",
        "Ebert",
        "Egelkamp",
        "Stember",
        "Rothkranz",
        "Schnur",
    }
    assert all(p.email is None and p.phone is None and p.mobile is None for p in people)


def test_meetings_with_dates_minutes_and_open_action_items(demo: Services) -> None:
    with demo.store.read():
        meetings = [demo.meetings.get(i) for i in range(1, demo.meetings.count_all() + 1)]
    closing = next(m for m in meetings if m.starts_at.date() == date(2016, 9, 22))
    assert "Berlin" in (closing.place or "") and closing.minutes and closing.status == "held"
    barcamp = next(m for m in meetings if m.starts_at.date() == date(2017, 1, 27))
    assert "Norderstedt" in (barcamp.place or "")
    attendees = {demo.contacts.get(p.contact_id).last_name for p in demo.relations.roster(barcamp.id)}
    assert attendees == {"Neumann", "Weißenfels", "Lenz", "Brönstrup"}
    assert demo.meetings.topic_ids(barcamp.id)
    assert demo.relations.action_items(open_only=True), "the demo should show open work"


def test_topics_form_a_tree_with_experts(demo: Services) -> None:
    topics = demo.topics.all()
    names = {t.name for t in topics}
    assert "E-Government-Kochbuch" in names and "Portalverbund" in names and "Servicekonten" in names
    assert any(t.parent_id is not None for t in topics)
    kochbuch = next(t for t in topics if t.name == "E-Government-Kochbuch")
    assert demo.relations.experts_of_topic(kochbuch.id)


def test_demo_loads_in_one_transaction_or_not_at_all(services: Services) -> None:
    data = copy.deepcopy(read_demo())
    data["meetings"][-1]["participants"][0]["status"] = "maybe"  # fails at the very end
    with pytest.raises(ValidationError):
        load_demo(services, data)
    assert services.counts() == dict.fromkeys(services.counts(), 0)


def test_demo_file_with_unknown_field_is_rejected(services: Services) -> None:
    data = copy.deepcopy(read_demo())
    data["contacts"][0]["e_mail"] = "x@y.de"
    with pytest.raises(DemoDataError, match="e_mail"):
        load_demo(services, data)
    assert services.contacts.count_all() == 0


def test_demo_reports_what_it_created(services: Services) -> None:
    summary = load_demo(services)
    counts = services.counts()
    assert summary.counts["authorities"] == counts["authority"]
    assert summary.counts["participations"] == counts["participation"]
    assert summary.counts["action_items"] == counts["action_item"]
