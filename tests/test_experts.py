"""Who knows what: the expert finder on the demo network, its ranking and words, the list and the CLI text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event, select

from egov_network.domain.enums import ExpertiseLevel, ParticipationRole
from egov_network.domain.i18n import catalogue_translator
from egov_network.exchange.expert_list import export_experts
from egov_network.services.experts import CONTEXT, ExpertFinder, ExpertQuery, Wording, render_lines
from egov_network.services.experts import GERMAN as GERMAN_TEMPLATES
from egov_network.services.registry import Services
from egov_network.store.models import Contact, Meeting, Topic

GERMAN = Wording.for_cli(True)
#: The same German without the shipped catalogue: the finder's own words for new templates.
BUILT_IN_GERMAN = Wording(german=True)


def contact(services: Services, last_name: str) -> int:
    with services.store.read() as session:
        ident = session.scalar(select(Contact.id).where(Contact.last_name == last_name))
    assert ident is not None, last_name
    return ident


def topic(services: Services, name: str) -> int:
    with services.store.read() as session:
        ident = session.scalar(select(Topic.id).where(Topic.name == name))
    assert ident is not None, name
    return ident


def meeting(services: Services, title_start: str) -> int:
    with services.store.read() as session:
        ident = session.scalar(select(Meeting.id).where(Meeting.title.startswith(title_start)))
    assert ident is not None, title_start
    return ident


def names(hits: list) -> list[str]:
    return [hit.name for hit in hits]


def test_who_knows_about_datenschutz_lists_the_right_people_with_levels_and_reasons(demo: Services) -> None:
    result = ExpertFinder(demo.store).search(ExpertQuery(text="datenschutz"))
    assert result.topics == ("Datenschutz",)
    assert names(result.hits) == ["Egelkamp, Marcus", "Weißenfels, Norbert"]
    expert, organiser = result.hits
    assert expert.level is ExpertiseLevel.EXPERIENCED and expert.topics == "Datenschutz"
    assert expert.authority == "Zweckverband Kommunale ADV-Anwendergemeinschaft West"
    assert expert.explanation() == "Experienced · their authority has experience in it"
    assert "Kooperationsmodell Datenschutz" in expert.evidence()
    # The organiser of the Barcamp on Datenschutz knows about it without a recorded expertise.
    assert organiser.level is None and organiser.meetings == {ParticipationRole.ORGANISER: 1}
    assert organiser.explanation() == "organised 1 meeting on the topic"
    assert organiser.evidence() == "Meetings: Barcamp „Digitale Familie 2017“"
    assert result.heading() == "Who knows about Datenschutz?"


def test_a_parent_topic_finds_the_experts_of_its_sub_topics_and_names_the_sub_topic(demo: Services) -> None:
    finder = ExpertFinder(demo.store)
    hits = finder.find(ExpertQuery(topic_id=topic(demo, "Rechtsrahmen")))
    assert names(hits) == ["Egelkamp, Marcus"]
    assert hits[0].topics == "E-Government-Gesetz NRW"
    assert hits[0].evidence().startswith("Experienced in E-Government-Gesetz NRW: Das Framework")

    security = finder.find(ExpertQuery(topic_id=topic(demo, "Informationssicherheit & Datenschutz")))
    assert security[0].topics == "Datenschutz, Informationssicherheitsmanagement"
    assert security[0].explanation() == "Experienced in 2 topics · their authority has experience in it"


def test_a_synonym_means_its_topic_and_free_words_find_expertise_notes_umlaut_tolerant(
    demo: Services,
) -> None:
    finder = ExpertFinder(demo.store)
    isms = finder.search(ExpertQuery(text="IT-Sicherheit"))
    assert isms.topics == ("Informationssicherheitsmanagement",)
    assert names(isms.hits) == ["Egelkamp, Marcus", "Weißenfels, Norbert"]  # expert, Barcamp organiser

    # No topic says "Führungsebene"; five people's notes do, typed without the umlaut.
    leaders = finder.search(ExpertQuery(text="fuhrungsebene"))
    assert leaders.topics == ()
    assert set(names(leaders.hits)) == {"Vitt, Klaus", "Brockmann", "Kahlen", "Schlusche", "Lühr"}
    assert all("own note mentions “fuhrungsebene”" in hit.explanation() for hit in leaders.hits)
    assert all(hit.topics == "Erprobungsräume" for hit in leaders.hits)

    nothing = finder.search(ExpertQuery(text="xyzzy"))
    assert nothing.hits == []
    assert render_lines(nothing)[-1] == "No topic and no expertise note matches “xyzzy”."


def test_filters_state_cohort_kind_and_level(demo: Services) -> None:
    finder = ExpertFinder(demo.store)
    ikz = topic(demo, "Interkommunale Zusammenarbeit")
    everyone = names(finder.find(ExpertQuery(topic_id=ikz)))
    assert {"Weißenfels, Norbert", "Brönstrup, Rolf", "Ebert, Cornelia", "Lenz, Frank"} <= set(everyone)
    nrw = names(finder.find(ExpertQuery(topic_id=ikz, state="05")))
    assert "Weißenfels, Norbert" not in nrw and {"Brönstrup, Rolf", "Ebert, Cornelia"} <= set(nrw)
    assert "Lenz, Frank" not in nrw
    districts = names(finder.find(ExpertQuery(topic_id=ikz, kind="district")))
    assert "Lenz, Frank" in districts and "Brönstrup, Rolf" not in districts
    cohort_two = names(finder.find(ExpertQuery(topic_id=ikz, cohort=2)))
    assert "Weißenfels, Norbert" in cohort_two and "Lenz, Frank" not in cohort_two
    experts = finder.find(ExpertQuery(topic_id=ikz, level_at_least=ExpertiseLevel.EXPERT))
    assert names(experts) == ["Weißenfels, Norbert"]
    experienced = finder.find(ExpertQuery(topic_id=ikz, level_at_least=ExpertiseLevel.EXPERIENCED))
    assert all(h.level is not None and h.level.rank >= ExpertiseLevel.EXPERIENCED.rank for h in experienced)
    assert "Lenz, Frank" not in names(experienced)


def test_former_people_come_after_the_active_ones_and_are_marked(demo: Services) -> None:
    ikz = topic(demo, "Interkommunale Zusammenarbeit")
    finder = ExpertFinder(demo.store)
    assert finder.find(ExpertQuery(topic_id=ikz))[0].name == "Weißenfels, Norbert"  # the expert leads
    demo.contacts.update(contact(demo, "Weißenfels"), {"active": False})

    hits = finder.find(ExpertQuery(topic_id=ikz))
    assert hits[-1].name == "Weißenfels, Norbert" and not hits[-1].active
    assert all(hit.active for hit in hits[:-1])
    lines = render_lines(finder.search(ExpertQuery(topic_id=ikz)))
    assert any(
        line.startswith(f"{len(hits)}. Weißenfels, Norbert (Stadt Norderstedt) [former]") for line in lines
    )
    german = render_lines(finder.search(ExpertQuery(topic_id=ikz)), GERMAN)
    assert any("Weißenfels, Norbert (Stadt Norderstedt) [ehemalig]" in line for line in german)
    assert "Weißenfels, Norbert" not in names(finder.find(ExpertQuery(topic_id=ikz, include_former=False)))


def test_ranking_order_and_explanations_in_english_and_german(demo: Services) -> None:
    # Stember also spoke at the Barcamp, which was about the Kochbuch too: two talks on the topic.
    demo.participations.create(
        {
            "meeting_id": meeting(demo, "Barcamp"),
            "contact_id": contact(demo, "Stember"),
            "status": "attended",
            "role": "speaker",
        }
    )
    hits = ExpertFinder(demo.store).find(ExpertQuery(text="Kochbuch"))
    assert names(hits)[:3] == ["Stember, Jürgen", "Weißenfels, Norbert", "Neumann, Olaf"]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    stember, weissenfels, neumann = hits[:3]
    assert (
        stember.explanation()
        == "Expert · spoke at 2 meetings on the topic · their authority has experience in it"
    )
    assert stember.explanation(GERMAN) == (
        "Experte/Expertin · sprach auf 2 Treffen zum Thema · die eigene Behörde hat Erfahrung damit"
    )
    assert weissenfels.explanation() == "Experienced · organised 1 meeting on the topic"
    assert weissenfels.explanation(GERMAN) == "Erfahren · organisierte 1 Treffen zum Thema"
    assert (
        neumann.explanation()
        == "Interested · spoke at 1 meeting on the topic · attended 1 meeting on the topic"
    )
    assert neumann.explanation(GERMAN) == (
        "Interessiert · sprach auf 1 Treffen zum Thema · nahm an 1 Treffen zum Thema teil"
    )
    # Speakers without a recorded expertise follow, in German name order.
    assert names(hits)[3:] == ["Rothkranz, Petra", "Schnur, Manfred", "Schulz, Henning", "Vitt, Klaus"]
    assert stember.titles[0].startswith("Barcamp")  # the latest meeting first


def test_consent_is_shown_in_both_languages(demo: Services) -> None:
    demo.contacts.update(
        contact(demo, "Egelkamp"),
        {"consent_on": date(2016, 3, 1), "consent_method": "email", "consent_scope": "Expertendatenbank"},
    )
    egelkamp, weissenfels = ExpertFinder(demo.store).find(ExpertQuery(text="Datenschutz"))
    assert egelkamp.consented and egelkamp.consent() == "consent since 2016-03-01: Expertendatenbank"
    assert egelkamp.consent(GERMAN) == "Einwilligung seit 01.03.2016: Expertendatenbank"
    assert not weissenfels.consented and weissenfels.consent(GERMAN) == "keine Einwilligung erfasst"


def test_a_search_is_a_handful_of_statements_however_many_people_it_finds(demo: Services) -> None:
    statements: list[str] = []
    engine = demo.store.engine

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        hits = ExpertFinder(demo.store).find(ExpertQuery(text="Erprobungsräume"))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(hits) == 7
    assert len(statements) <= 8


def test_a_limited_search_counts_everyone_and_reads_the_best(demo: Services) -> None:
    finder = ExpertFinder(demo.store)
    full = finder.search(ExpertQuery(text="Erprobungsräume"), limit=None)
    best = finder.search(ExpertQuery(text="Erprobungsräume"), limit=2)
    assert names(best.hits) == names(full.hits)[:2]
    assert best.total == full.total == len(full.hits) == 7
    assert finder.search(ExpertQuery()).hits == []


def test_topics_come_in_tree_order_with_paths(demo: Services) -> None:
    choices = ExpertFinder(demo.store).topics()
    paths = [c.path for c in choices]
    parent = paths.index("Informationssicherheit & Datenschutz")
    assert paths[parent + 1 : parent + 3] == [
        "Informationssicherheit & Datenschutz › Datenschutz",
        "Informationssicherheit & Datenschutz › Informationssicherheitsmanagement",
    ]
    assert next(c for c in choices if c.name == "Informationssicherheitsmanagement").synonyms[:2] == (
        "IT-Sicherheit",
        "ISMS",
    )
    assert ExpertFinder(demo.store).cohorts() == [1, 2]


def test_the_cli_text_lists_people_with_their_evidence(demo: Services) -> None:
    result = ExpertFinder(demo.store).search(ExpertQuery(text="Datenschutz"))
    lines = render_lines(result)
    assert lines[:3] == [
        "Who knows about Datenschutz?",
        "2 people found",
        "1. Egelkamp, Marcus (Zweckverband Kommunale ADV-Anwendergemeinschaft West) — Datenschutz:"
        " Experienced · their authority has experience in it",
    ]
    assert "   no consent recorded" in lines
    assert "   - Meetings: Barcamp „Digitale Familie 2017“" in lines
    german = render_lines(result, GERMAN)
    assert german[:2] == ["Wer kennt sich aus mit Datenschutz?", "2 Personen gefunden"]
    assert german[2].endswith("— Datenschutz: Erfahren · die eigene Behörde hat Erfahrung damit")
    assert "2. Weißenfels, Norbert (Stadt Norderstedt): organisierte 1 Treffen zum Thema" in german


@pytest.mark.parametrize("german", [False, True])
def test_the_list_exports_to_excel_with_its_rows(demo: Services, tmp_path: Path, german: bool) -> None:
    demo.contacts.update(contact(demo, "Egelkamp"), {"last_name": "=SUM(1)", "consent_on": date(2016, 3, 1)})
    result = ExpertFinder(demo.store).search(ExpertQuery(text="Datenschutz"))
    target = tmp_path / "experts.xlsx"
    translate = catalogue_translator("de") if german else (lambda _context, text: text)
    written = export_experts(target, result, translate=translate, german=german)
    assert written.rows == 2 and written.path == target

    book = openpyxl.load_workbook(target)
    sheet = book.active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    if german:
        assert sheet.title == "Wer weiß was" and rows[0][0] == "Wer kennt sich aus mit Datenschutz?"
        assert rows[3][:7] == ["Nr.", "Name", "Behörde", "Stufe", "Fachthema", "Warum", "Belege"]
        assert rows[3][7:] == ["E-Mail", "Telefon", "Aktiv", "Einwilligung"]
    else:
        assert sheet.title == "Who knows what" and rows[0][0] == "Who knows about Datenschutz?"
        assert rows[3] == [
            "No.",
            "Name",
            "Authority",
            "Level",
            "Expert topic",
            "Why",
            "Evidence",
            "Email",
            "Phone",
            "Active",
            "Consent",
        ]
    first, second = rows[4], rows[5]
    assert first[:5] == [
        1,
        "=SUM(1), Marcus",
        "Zweckverband Kommunale ADV-Anwendergemeinschaft West",
        "Erfahren" if german else "Experienced",
        "Datenschutz",
    ]
    assert first[5] == result.hits[0].explanation(Wording(translate, german))
    assert "Kooperationsmodell Datenschutz" in first[6]
    assert sheet.cell(5, 2).data_type == "s"  # a name from the record is text, never a formula
    assert first[7] is None
    assert first[9] is True
    assert first[10] == ("Einwilligung seit 01.03.2016" if german else "consent since 2016-03-01")
    assert second[:2] == [2, "Weißenfels, Norbert"] and second[3] is None
    assert sheet.freeze_panes == "A5" and sheet.auto_filter.ref == "A4:K6"


def test_the_built_in_german_says_what_the_catalogue_says(demo: Services) -> None:
    # Until translators catch up, a German rendering falls back to experts.GERMAN: it must not differ.
    catalogue = catalogue_translator("de")
    for template, german in GERMAN_TEMPLATES.items():
        translated = catalogue(CONTEXT, template)
        assert translated in (template, german), f"{template!r}: {translated!r} in the catalogue"
    organiser = ExpertFinder(demo.store).find(ExpertQuery(text="Datenschutz"))[1]
    assert (
        organiser.explanation(BUILT_IN_GERMAN)
        == organiser.explanation(GERMAN)
        == ("organisierte 1 Treffen zum Thema")
    )
