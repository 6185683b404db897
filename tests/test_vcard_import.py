"""vCard import (2.1 quoted-printable, 3.0, 4.0) through the list import: preview, dedupe and undo."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from egov_network.exchange import imports
from egov_network.exchange.imports import RowAction
from egov_network.exchange.reading import ImportFileError, Limits
from egov_network.exchange.vcard_rows import MAX_CARD_LINES, card_texts
from egov_network.services import importing
from egov_network.services.queries import ContactListQuery
from egov_network.services.registry import Services
from egov_network.services.vcard_export import export_vcards
from egov_network.store.models import Contact

V21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;Herr Dr.;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=BCrgen M=C3=BCller\r\n"
    "ORG;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Stadt Norderstedt;Amt f=FCr Digitalisierung und=\r\n"
    " Organisation\r\n"
    "TITLE:Leiter\r\n"
    "TEL;WORK;VOICE:040 5351 0\r\n"
    "TEL;CELL:0170 1234567\r\n"
    "EMAIL;PREF;INTERNET:j.mueller@norderstedt.de\r\n"
    "END:VCARD\r\n"
)
V30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Groß;Eva;;Prof.;\r\n"
    "FN:Prof. Eva Groß\r\n"
    "ORG:Stadt Norderstedt\r\n"
    "EMAIL;TYPE=INTERNET,WORK:eva.gross@norderstedt.de\r\n"
    "TEL;TYPE=CELL:+49 171 7654321\r\n"
    "TEL;TYPE=WORK,VOICE:+49 40 535950\r\n"
    "CATEGORIES:Kochbuch,Pilot 2027\r\n"
    "END:VCARD\r\n"
)
V40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Özlem Şahin\n"
    'TEL;VALUE=uri;TYPE="work,voice":tel:+49-30-1234567\n'
    "EMAIL;TYPE=work:oezlem.sahin@example.org\n"
    "END:VCARD\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def preview_of(services: Services, path: Path, **options: object) -> imports.Preview:
    return importing.load_preview(services, path, "contacts", **options)  # type: ignore[arg-type]


def count(services: Services) -> int:
    with services.store.read() as session:
        return session.execute(select(func.count()).select_from(Contact)).scalar_one()


def test_cards_of_all_three_versions_become_contacts_and_undo_takes_them_back(
    services: Services, authority: int, tmp_path: Path
) -> None:
    path = write(tmp_path / "karten.vcf", V21 + V30 + V40)
    preview = preview_of(services, path)
    assert preview.mapping["Vorname"] == "first_name" and preview.mapping["Schlagwörter"] == "tags"
    assert [r.action for r in preview.rows] == [RowAction.CREATE] * 3
    before = count(services)
    result = importing.apply_preview(services, preview)
    assert len(result.created) == 3
    mueller, gross, sahin = (services.contacts.get(i) for i in result.created)
    assert (mueller.salutation, mueller.title, mueller.first_name, mueller.last_name) == (
        "mr",
        "Dr.",
        "Jürgen",
        "Müller",
    )
    assert mueller.authority_id == authority
    assert mueller.department == "Amt für Digitalisierung und Organisation"
    assert mueller.function == "Leiter" and mueller.email == "j.mueller@norderstedt.de"
    assert mueller.phone and mueller.phone.startswith("+49 40") and mueller.mobile
    assert (gross.title, gross.first_name, gross.last_name) == ("Prof.", "Eva", "Groß")
    assert gross.phone and gross.phone.startswith("+49 40") and gross.mobile and "171" in gross.mobile
    assert services.tags.names_of("contact", gross.id) == ["Kochbuch", "Pilot 2027"]
    assert (sahin.first_name, sahin.last_name, sahin.email) == ("Özlem", "Şahin", "oezlem.sahin@example.org")
    assert sahin.phone and sahin.phone.startswith("+49 30")

    importing.undo_import(services, result)
    assert count(services) == before


def test_an_exported_network_imported_again_creates_no_duplicates(demo: Services, tmp_path: Path) -> None:
    ident = ContactListQuery(demo.store).ids("Stember")[0]
    demo.contacts.update(ident, {"email": "juergen.stember@example.org"})
    path = tmp_path / "netz.vcf"
    exported = export_vcards(demo, path)
    preview = preview_of(demo, path)
    assert len(preview.rows) == exported
    assert not [r for r in preview.rows if r.action == RowAction.CREATE]


def test_a_windows_1252_file_and_lf_line_ends(services: Services, tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg;;;\nFN:Jörg Weiß\nEND:VCARD\n"
    preview = preview_of(services, write(tmp_path / "alt.vcf", text, "cp1252"))
    (ident,) = importing.apply_preview(services, preview).created
    assert services.contacts.get(ident).last_name == "Weiß"


def test_a_vcard_without_the_vcf_ending_is_recognised(services: Services, tmp_path: Path) -> None:
    preview = preview_of(services, write(tmp_path / "kontakt.txt", "\ufeff" + V30))
    assert [r.action for r in preview.rows] == [RowAction.CREATE]


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Offen;Ohne;;;\r\n",  # never closed
        "",  # empty .vcf
        "just some text\r\n",
        "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "NOTE:x\r\n" * (MAX_CARD_LINES + 1) + "END:VCARD\r\n",
    ],
)
def test_a_broken_file_gives_one_clear_message(services: Services, tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "kaputt.vcf", text)
    with pytest.raises(ImportFileError, match=r"kaputt\.vcf” is damaged or incomplete"):
        preview_of(services, path)


def test_a_huge_file_is_refused_before_it_is_read(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "gross.vcf", V30 * 200)
    with pytest.raises(ImportFileError, match="too large"):
        preview_of(services, path, limits=Limits(max_file_bytes=10_000))
    with pytest.raises(ImportFileError, match="has 200 rows or more"):
        preview_of(services, path, limits=Limits(max_rows=100))


def test_many_unclosed_begins_are_scanned_in_linear_time_and_bounded_memory(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\n" * 200_000
    tracemalloc.start()
    try:
        assert list(card_texts(text)) == []
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_reading_many_cards_keeps_memory_proportional_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "viele.vcf", V30 * 400)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        rows = imports.read_file_rows(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(rows) == 401
    assert peak < 20 * size
