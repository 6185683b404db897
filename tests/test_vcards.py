"""vCard 3.0 export: cards parse back with vobject; the raw bytes follow RFC 2426 (CRLF, 75 octets, UTF-8)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import vobject

from egov_network.exchange.vcards import (
    MAX_LINE,
    VCardPerson,
    card_bytes,
    card_file_names,
    contact_uid,
    escape_text,
    fold_line,
    write_vcards,
)
from egov_network.exchange.xlsx import ExportCancelled, ExportError
from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.services.vcard_export import export_vcard_folder, export_vcards, vcard_people

LONG_FUNCTION = (
    "Leiterin der Stabsstelle Digitalisierung, Organisation; Öffentlichkeitsarbeit und Bürgerdienste " * 2
)


def _find(services: Services, last_name: str) -> int:
    ids = ContactListQuery(services.store).ids(last_name)
    assert len(ids) == 1, ids
    return ids[0]


@pytest.fixture
def stember(demo: Services) -> int:
    """Prof. Dr. Jürgen Stember with everything a card can carry, his authority with an address."""
    ident = _find(demo, "Stember")
    contact = demo.contacts.get(ident)
    demo.contacts.update(
        ident,
        {
            "email": "juergen.stember@example.org",
            "phone": "+49 3943 659-0",
            "mobile": "+49 170 1234567",
            "department": "Fachbereich Verwaltungswissenschaften",
            "function": LONG_FUNCTION.strip(),
        },
    )
    demo.authorities.update(
        contact.authority_id,
        {"street": "Friedrichstraße 57–59", "postal_code": "38855", "city": "Wernigerode"},
    )
    demo.tags.tag("contact", [ident], add=["Kochbuch", "Pilot 2027"])
    return ident


def _cards(path: Path) -> list[vobject.base.Component]:
    return list(vobject.readComponents(path.read_bytes().decode("utf-8")))


def _check_raw(raw: bytes) -> None:
    """CRLF only, every physical line at most 75 octets and whole UTF-8 characters."""
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= MAX_LINE, line
        line.decode("utf-8")  # raises on a split multi-byte sequence


def test_export_all_contacts_parses_back_with_names_organisation_phones_address_and_tags(
    demo: Services, stember: int, tmp_path: Path
) -> None:
    path = tmp_path / "kontakte.vcf"
    count = export_vcards(demo, path)

    all_ids = ContactListQuery(demo.store).ids()
    assert count == len(all_ids)
    raw = path.read_bytes()
    _check_raw(raw)
    assert raw.count(b"BEGIN:VCARD\r\n") == count
    cards = _cards(path)
    assert len(cards) == count
    assert {card.version.value for card in cards} == {"3.0"}
    assert len({card.uid.value for card in cards}) == count

    card = next(c for c in cards if c.n.value.family == "Stember")
    assert card.n.value.given == "Jürgen"
    assert card.n.value.prefix == "Prof. Dr."
    assert card.fn.value == "Prof. Dr. Jürgen Stember"
    authority = demo.authorities.get(demo.contacts.get(stember).authority_id)
    assert card.org.value == [authority.name, "Fachbereich Verwaltungswissenschaften"]
    assert card.title.value == LONG_FUNCTION.strip()  # folded, escaped ; and , come back
    assert card.email.value == "juergen.stember@example.org"
    assert card.email.params["TYPE"] == ["INTERNET", "WORK"]
    phones = {tuple(t.params["TYPE"]): t.value for t in card.contents["tel"]}
    stored = demo.contacts.get(stember)
    assert phones == {("WORK", "VOICE"): stored.phone, ("CELL",): stored.mobile}
    assert stored.phone and stored.mobile
    address = card.adr.value
    assert (address.street, address.code, address.city, address.country) == (
        "Friedrichstraße 57–59",
        "38855",
        "Wernigerode",
        "Deutschland",
    )
    assert card.adr.params["TYPE"] == ["WORK"]
    assert card.categories.value == ["Kochbuch", "Pilot 2027"]
    assert card.rev.value.endswith("Z")

    umlaut = next(c for c in cards if c.n.value.family == "Weißenfels")
    assert umlaut.fn.value == "Norbert Weißenfels"


def test_the_uid_stays_the_same_when_exported_again(demo: Services, stember: int, tmp_path: Path) -> None:
    export_vcards(demo, tmp_path / "a.vcf", [stember])
    demo.contacts.update(stember, {"phone": "+49 30 12345678"})
    export_vcards(demo, tmp_path / "b.vcf", [stember])
    (first,), (second,) = _cards(tmp_path / "a.vcf"), _cards(tmp_path / "b.vcf")
    assert first.uid.value == second.uid.value
    assert contact_uid(1, datetime(2026, 1, 1)) != contact_uid(1, datetime(2026, 1, 2))


def test_selection_in_the_given_order_and_filter(demo: Services, stember: int, tmp_path: Path) -> None:
    other = _find(demo, "Weißenfels")
    assert export_vcards(demo, tmp_path / "two.vcf", [other, stember, 999_999]) == 2
    assert [c.n.value.family for c in _cards(tmp_path / "two.vcf")] == ["Weißenfels", "Stember"]
    assert export_vcards(demo, tmp_path / "filter.vcf", filter_text="Stember") == 1


def test_one_file_per_contact_in_a_folder(demo: Services, stember: int, tmp_path: Path) -> None:
    folder = tmp_path / "karten"
    count = export_vcard_folder(demo, folder, ContactListQuery(demo.store).ids())
    files = sorted(folder.iterdir())
    assert count == len(files) == len(ContactListQuery(demo.store).ids())
    assert (folder / "Stember_Jürgen.vcf").is_file()
    assert (folder / "Weißenfels_Norbert.vcf").is_file()
    for file in files:
        assert file.suffix == ".vcf" and not file.name.startswith(".")
        _check_raw(file.read_bytes())
        (card,) = _cards(file)
    (card,) = _cards(folder / "Stember_Jürgen.vcf")
    assert card.fn.value == "Prof. Dr. Jürgen Stember"
    # Exporting again replaces the cards instead of adding numbered copies.
    assert export_vcard_folder(demo, folder, [stember]) == 1
    assert len(list(folder.iterdir())) == count


def test_file_names_are_safe_and_unique() -> None:
    people = [
        VCardPerson(uid="1", last_name="Müller", first_name="Anna"),
        VCardPerson(uid="2", last_name="MÜLLER", first_name="ANNA"),
        VCardPerson(uid="3", last_name="Müller", first_name="Anna"),
        VCardPerson(uid="4", last_name='a/b\\c:d*e?"<>|', first_name="x"),
        VCardPerson(uid="5", last_name="CON"),
        VCardPerson(uid="6", last_name="..", first_name=""),
        VCardPerson(uid="7", last_name="x" * 300),
    ]
    names = card_file_names(people)
    assert names[:3] == ["Müller_Anna.vcf", "MÜLLER_ANNA (2).vcf", "Müller_Anna (3).vcf"]
    assert names[3] == "a_b_c_d_e_x.vcf"
    assert names[4] == "Kontakt_CON.vcf"
    assert names[5] == "Kontakt.vcf"
    assert len(names[6]) <= 84
    assert len({n.casefold() for n in names}) == len(names)


def test_text_values_are_escaped_and_categories_keep_commas_inside_a_tag() -> None:
    assert escape_text("a\\b,c;d\r\ne\nf") == "a\\\\b\\,c\\;d\\ne\\nf"
    person = VCardPerson(
        uid="x",
        last_name="Schmidt; Meyer",
        first_name="Eva, Maria",
        organisation="Amt für A; B",
        department="IT, Orga",
        function="Zeile 1\nZeile 2",
        categories=("Kochbuch, Redaktion", "OZG"),
        email="eva\x07@example.org",
    )
    raw = card_bytes(person)
    _check_raw(raw)
    text = raw.decode()
    assert "N:Schmidt\\; Meyer;Eva\\, Maria;;;\r\n" in text
    assert "ORG:Amt für A\\; B;IT\\, Orga\r\n" in text
    assert "TITLE:Zeile 1\\nZeile 2\r\n" in text
    assert "CATEGORIES:Kochbuch\\, Redaktion,OZG\r\n" in text
    assert "EMAIL;TYPE=INTERNET,WORK:eva@example.org\r\n" in text  # control character dropped
    (card,) = vobject.readComponents(text)
    assert card.n.value.family == "Schmidt; Meyer" and card.n.value.given == "Eva, Maria"
    assert card.org.value == ["Amt für A; B", "IT, Orga"]
    assert card.title.value == "Zeile 1\nZeile 2"
    assert card.categories.value == ["Kochbuch, Redaktion", "OZG"]
    assert card.fn.value == "Eva, Maria Schmidt; Meyer"


@pytest.mark.parametrize("prefix", range(0, 8))
def test_folding_never_splits_a_character(prefix: int) -> None:
    for filler in ("ü", "€", "😀", "aü€😀"):
        line = "NOTE:" + "a" * prefix + filler * 120
        folded = fold_line(line)
        _check_raw(folded)
        parts = folded[:-2].split(b"\r\n")
        assert all(p.startswith(b" ") for p in parts[1:])
        assert all(len(p) >= MAX_LINE - 4 for p in parts[:-1])  # folded late, not early
        assert b"".join([parts[0], *(p[1:] for p in parts[1:])]).decode() == line
    assert fold_line("A" * 75) == b"A" * 75 + b"\r\n"
    assert fold_line("A" * 76) == b"A" * 75 + b"\r\n A\r\n"


def test_a_cancelled_export_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "k.vcf"
    path.write_bytes(b"old")
    people = (VCardPerson(uid=str(i), last_name=f"N{i}") for i in range(1200))
    with pytest.raises(ExportCancelled):
        write_vcards(path, people, 1200, progress=lambda done, total: done < 1000)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["k.vcf"]
    with pytest.raises(ExportError, match="does not exist"):
        write_vcards(tmp_path / "missing" / "k.vcf", [])


def test_contacts_are_read_in_chunks_without_orm_objects(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import egov_network.services.vcard_export as module

    monkeypatch.setattr(module, "EXPORT_CHUNK", 3)
    ids = ContactListQuery(demo.store).ids()
    people = list(vcard_people(demo.store, ids))
    assert len(people) == len(ids)
    assert all(isinstance(p, VCardPerson) for p in people)
