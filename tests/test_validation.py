"""Field validators: what a coordinator types is accepted, cleaned, or refused with a reason."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from egov_network.domain import validation as v
from egov_network.domain.enums import MeetingStatus
from egov_network.domain.errors import rendered
from egov_network.domain.i18n import no_translation


def problem(func, *args, **kwargs) -> str:
    with pytest.raises(v.FieldProblem) as caught:
        func(*args, **kwargs)
    return caught.value.template.format(**rendered(caught.value.params, no_translation))


def test_line_trims_and_normalises_and_keeps_umlauts_and_emoji() -> None:
    assert v.line("  Weißenfels 🎉 ") == "Weißenfels 🎉"
    # "ü" typed as u + combining diaeresis is stored as one character
    assert v.line("Mu\u0308ller") == "Müller"
    assert v.line("   ") is None


def test_line_refuses_line_breaks_and_too_long_input() -> None:
    assert "Line breaks" in problem(v.line, "Stadt\nDüren")
    assert "At most 300 characters" in problem(v.line, "x" * 1_000_000)
    assert problem(v.line, "", required=True) == "This field is required."


def test_text_keeps_minutes_exactly() -> None:
    minutes = "  1. Begrüßung\n\n   - eingerückt\t✓\n"
    assert v.text(minutes) == minutes
    assert "NUL" in problem(v.text, "a\x00b")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("norbert.weissenfels@norderstedt.de", "norbert.weissenfels@norderstedt.de"),
        ("Info@Stadt-Düren.DE", "info@stadt-düren.de"),
        ("  a.b@kreis-steinfurt.de ", "a.b@kreis-steinfurt.de"),
    ],
)
def test_email_accepted_and_normalised(typed: str, stored: str) -> None:
    assert v.email(typed) == stored


@pytest.mark.parametrize("typed", ["foo@", "no-at-sign.de", "a@b", "a b@c.de", "a@@c.de"])
def test_email_refused_names_the_value(typed: str) -> None:
    assert typed.strip() in problem(v.email, typed)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("02421 25-0", "+49 2421 250"),
        ("040/52 17 68-0", "+49 40 5217680"),
        ("+49 (0)5451 931-0", "+49 5451 9310"),
        ("0049 30 18681-0", "+49 30 186810"),
        ("+43 1 234567", "+43 1 234567"),
    ],
)
def test_phone_normalised_to_international_with_german_default(typed: str, stored: str) -> None:
    assert v.phone(typed) == stored


@pytest.mark.parametrize("typed", ["abc", "12", "0800-HILFE-JETZT-SOFORT-BITTE"])
def test_phone_refused(typed: str) -> None:
    assert "is not a valid phone number" in problem(v.phone, typed)


def test_ags_formats_and_state_prefix() -> None:
    assert v.ags("05 566 028") == "05566028"
    assert v.ags("07135") == "07135"
    assert v.ags("15002000", "15") == "15002000"
    assert "8 digits" in problem(v.ags, "0556602")
    assert "8 digits" in problem(v.ags, "05ab6028")
    assert "not 17" in problem(v.ags, "17000000")
    assert "not 00" in problem(v.ags, "00000000")
    assert "Rhineland-Palatinate" in problem(v.ags, "05566028", "07")


def test_dates_in_iso_and_german_form() -> None:
    assert v.a_date("22.09.2016") == date(2016, 9, 22)
    assert v.a_date("2016-09-22") == date(2016, 9, 22)
    assert v.a_date(datetime(2016, 9, 22, 10, 0)) == date(2016, 9, 22)
    assert "not a day of the calendar" in problem(v.a_date, "31.02.2016")
    assert v.a_datetime("2017-01-27T09:30") == datetime(2017, 1, 27, 9, 30)
    assert "not a date and time" in problem(v.a_datetime, "gestern")


def test_choice_from_fixed_set() -> None:
    assert v.choice("held", MeetingStatus) is MeetingStatus.HELD
    message = problem(v.choice, "done", MeetingStatus)
    assert "“done”" in message and "planned, held, cancelled" in message


def test_small_fields() -> None:
    assert v.postal_code("48565") == "48565"
    assert "five digits" in problem(v.postal_code, "4856")
    assert v.website("www.norderstedt.de") == "https://www.norderstedt.de"
    assert "not a web address" in problem(v.website, "kein link")
    assert v.integer("2", low=1, high=99) == 2
    assert "from 1 to 99" in problem(v.integer, "0", low=1, high=99)
    assert v.flag("ja") is True and v.flag("nein") is False
    assert v.synonyms(["ISMS", "Informationssicherheit", "ISMS"]) == "ISMS; Informationssicherheit"
    assert v.synonyms("DSGVO, Datenschutz") == "DSGVO; Datenschutz"
