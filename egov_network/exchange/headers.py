"""The columns of the exchanged lists: one definition that export and import share.

An export writes ``english`` headers (or the German ones when the UI runs in
German); an import recognises either, plus the ``aliases`` people type in
their own lists. The ``ID`` column carries the record's id, so a list that was
exported, edited in Excel and imported again updates the same records.
"""

from __future__ import annotations

from dataclasses import dataclass

from egov_network.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ListColumn:
    """One column of an exchanged list: record field, headers, Excel kind."""

    key: str  # record field name ("id", "last_name", …) or a derived key ("authority", "topics")
    english: str  # header written by an English export; marked for translation under "Headers"
    german: str  # header written by a German export (kept here too so import never depends on the UI)
    kind: str = "text"  # "text" | "int" | "date" | "bool" | "enum"
    aliases: tuple[str, ...] = ()  # further header spellings an import recognises
    importable: bool = True  # False: export only (derived, e.g. a contact's topics)


def header(column: ListColumn, german: bool) -> str:
    return column.german if german else column.english


ID = ListColumn(
    "id",
    QT_TRANSLATE_NOOP("Headers", "ID"),
    "ID",
    "int",
    ("egov-network ID", "Nr.", "Datensatz-ID", "Record ID"),
)

CONTACT_COLUMNS: tuple[ListColumn, ...] = (
    ID,
    ListColumn("salutation", QT_TRANSLATE_NOOP("Headers", "Salutation"), "Anrede", "enum"),
    ListColumn("title", QT_TRANSLATE_NOOP("Headers", "Title"), "Titel", aliases=("Akademischer Grad",)),
    ListColumn(
        "first_name",
        QT_TRANSLATE_NOOP("Headers", "First name"),
        "Vorname",
        aliases=("Given name", "Forename"),
    ),
    ListColumn(
        "last_name",
        QT_TRANSLATE_NOOP("Headers", "Last name"),
        "Nachname",
        aliases=("Surname", "Family name", "Name", "Familienname"),
    ),
    ListColumn(
        "authority",
        QT_TRANSLATE_NOOP("Headers", "Authority"),
        "Behörde",
        aliases=("Organisation", "Organization", "Kommune", "Institution", "Dienststelle", "Verwaltung"),
    ),
    ListColumn(
        "function",
        QT_TRANSLATE_NOOP("Headers", "Function"),
        "Funktion",
        aliases=("Position", "Job title", "Rolle"),
    ),
    ListColumn(
        "department",
        QT_TRANSLATE_NOOP("Headers", "Department"),
        "Abteilung",
        aliases=("Amt", "Fachbereich", "Referat"),
    ),
    ListColumn(
        "email",
        QT_TRANSLATE_NOOP("Headers", "Email"),
        "E-Mail",
        aliases=("E-Mail-Adresse", "Email address", "Mail"),
    ),
    ListColumn(
        "phone",
        QT_TRANSLATE_NOOP("Headers", "Phone"),
        "Telefon",
        aliases=("Telephone", "Tel.", "Telefonnummer"),
    ),
    ListColumn(
        "mobile",
        QT_TRANSLATE_NOOP("Headers", "Mobile"),
        "Mobil",
        aliases=("Handy", "Mobiltelefon", "Mobile phone"),
    ),
    ListColumn("active", QT_TRANSLATE_NOOP("Headers", "Active"), "Aktiv", "bool"),
    ListColumn("topics", QT_TRANSLATE_NOOP("Headers", "Expert topics"), "Fachthemen", importable=False),
    ListColumn("tags", QT_TRANSLATE_NOOP("Headers", "Tags"), "Schlagwörter", aliases=("Tag", "Schlagwort")),
)

AUTHORITY_COLUMNS: tuple[ListColumn, ...] = (
    ID,
    ListColumn(
        "name",
        QT_TRANSLATE_NOOP("Headers", "Authority"),
        "Behörde",
        aliases=("Name", "Organisation", "Organization", "Kommune", "Mitgliedsbehörde"),
    ),
    ListColumn(
        "short_name",
        QT_TRANSLATE_NOOP("Headers", "Short name"),
        "Kurzname",
        aliases=("Kürzel", "Abbreviation"),
    ),
    ListColumn("kind", QT_TRANSLATE_NOOP("Headers", "Kind"), "Art", "enum", aliases=("Typ", "Type")),
    ListColumn("state", QT_TRANSLATE_NOOP("Headers", "State"), "Bundesland", "enum", aliases=("Land",)),
    ListColumn(
        "ags",
        QT_TRANSLATE_NOOP("Headers", "Municipality key"),
        "Gemeindeschlüssel (AGS)",
        aliases=("AGS", "Gemeindeschlüssel", "Amtlicher Gemeindeschlüssel", "Municipality key (AGS)"),
    ),
    ListColumn("cohort", QT_TRANSLATE_NOOP("Headers", "Cohort"), "Staffel", "int"),
    ListColumn(
        "network_role", QT_TRANSLATE_NOOP("Headers", "Network role"), "Rolle im Netzwerk", "enum", ("Rolle",)
    ),
    ListColumn("member_since", QT_TRANSLATE_NOOP("Headers", "Member since"), "Mitglied seit", "date"),
    ListColumn(
        "street",
        QT_TRANSLATE_NOOP("Headers", "Street"),
        "Straße",
        aliases=("Strasse", "Anschrift", "Address"),
    ),
    ListColumn(
        "postal_code", QT_TRANSLATE_NOOP("Headers", "Postal code"), "PLZ", aliases=("Postleitzahl", "ZIP")
    ),
    ListColumn("city", QT_TRANSLATE_NOOP("Headers", "City"), "Ort", aliases=("Stadt", "Town")),
    ListColumn("email", QT_TRANSLATE_NOOP("Headers", "Email"), "E-Mail", aliases=("Mail",)),
    ListColumn("phone", QT_TRANSLATE_NOOP("Headers", "Phone"), "Telefon", aliases=("Tel.",)),
    ListColumn(
        "website",
        QT_TRANSLATE_NOOP("Headers", "Website"),
        "Webseite",
        aliases=("Internet", "Homepage", "URL"),
    ),
    ListColumn("tags", QT_TRANSLATE_NOOP("Headers", "Tags"), "Schlagwörter", aliases=("Tag", "Schlagwort")),
)
