"""Bad input through the services ends in a message naming the field, never in a traceback or odd data."""

from __future__ import annotations

import unicodedata

import pytest

from egov_network.domain.errors import ValidationError
from egov_network.services.registry import Services


def refused(call, field: str) -> str:
    with pytest.raises(ValidationError) as error:
        call()
    assert field in error.value.fields(), error.value.text()
    return " ".join(e.message() for e in error.value.for_field(field))


@pytest.mark.parametrize(
    "name",
    [
        "Mül\u2028ler",  # line separator
        "Mül\u2029ler",  # paragraph separator
        "\u202eredlüM",  # right-to-left override
        "Mül\u200bler",  # zero-width space
        "Mül\u00adler",  # soft hyphen (invisible)
        "Mül\x1bler",  # escape
        "Mül\ud800ler",  # lone surrogate
    ],
)
def test_single_line_fields_refuse_invisible_and_breaking_characters(services: Services, name: str) -> None:
    message = refused(lambda: services.contacts.create({"last_name": name}), "last_name")
    assert message


def test_text_is_stored_composed(services: Services) -> None:
    decomposed = unicodedata.normalize("NFD", "Jürgen Weißenfels")
    created = services.contacts.create({"first_name": decomposed.split()[0], "last_name": "Weißenfels"})
    assert services.contacts.get(created.id).first_name == "Jürgen"
    assert len(services.contacts.get(created.id).first_name) == 6
    emoji = services.contacts.create({"last_name": "Straße 🚲", "notes": "Zeile 1\nZeile 2 \u00e4"})
    assert services.contacts.get(emoji.id).last_name == "Straße 🚲"


@pytest.mark.parametrize("key", ["٠٥٥٦٦٠٢٨", "０５５６６０２８", "05566O28"])
def test_keys_take_ascii_digits_only(services: Services, key: str) -> None:
    message = refused(
        lambda: services.authorities.create(
            {"name": "Stadt X", "kind": "municipality", "network_role": "partner", "ags": key}
        ),
        "ags",
    )
    assert "8 digits" in message


def test_postal_codes_take_ascii_digits_only(services: Services) -> None:
    refused(
        lambda: services.authorities.create(
            {"name": "Stadt X", "kind": "municipality", "network_role": "partner", "postal_code": "٢٢٨٤٦"}
        ),
        "postal_code",
    )


def test_an_id_beyond_any_row_is_a_field_message(services: Services) -> None:
    refused(lambda: services.contacts.create({"last_name": "A", "authority_id": 2**63}), "authority_id")
    refused(lambda: services.contacts.create({"last_name": "A", "authority_id": -1}), "authority_id")


def test_an_unknown_field_is_named_not_a_crash(services: Services) -> None:
    message = refused(lambda: services.contacts.create({"last_name": "A", "nickname": "x"}), "nickname")
    assert "no such field" in message


def test_a_time_with_an_offset_is_converted_or_refused_in_words(services: Services) -> None:
    meeting = services.meetings.create(
        {"title": "Werkstatt", "kind": "workshop", "starts_at": "2027-01-15T10:00+00:00"}
    )
    stored = services.meetings.get(meeting.id).starts_at
    assert stored.tzinfo is None
    refused(
        lambda: services.meetings.create(
            {"title": "W", "kind": "workshop", "starts_at": "2027-01-15T10:00+25:00"}
        ),
        "starts_at",
    )


def test_states_inside_a_message_are_in_the_readers_language(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.authorities.create(
            {
                "name": "Stadt X",
                "kind": "municipality",
                "network_role": "partner",
                "state": "09",
                "ags": "05566028",
            }
        )
    german = {"Bavaria": "Bayern", "North Rhine-Westphalia": "Nordrhein-Westfalen"}
    text = error.value.text(lambda _context, source: german.get(source, source))
    assert "Bayern" in text and "Bavaria" not in text
