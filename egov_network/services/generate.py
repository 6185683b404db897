"""A deterministic, network-scale database for benchmarks and trying things out.

``generate_database(target, contacts)`` builds a fresh SQLite file whose other
tables grow with the number of contacts in the proportions of design.md
section 6 (at 100,000 contacts: 11,000 authorities, 500 topics, 20,000
meetings, 400,000 participations, about 150,000 expert topics and 40,000
action items). The same ``seed`` always gives the same content: every value,
timestamps included, comes from one ``random.Random(seed)``, and "today" of
the generated network is the fixed ``REFERENCE_DAY``.

The schema comes from the migrations (``open_store``); rows are precomputed
in Python and written with the sqlite3 module's ``executemany`` in one
transaction, bypassing the ORM (which is 20-50 times slower for this). So
everything the ORM would fill in is set here: ``version``, the timestamps and
``search_text`` and the sort keys (through ``store.search.derived_values``). Values are written
in the form the services' validators return them (phone numbers as
``+49 …``, lower-case email domains), so editing a generated record changes
nothing it was not asked to change. Like the demo, the file is built under a
temporary name next to ``target`` and renamed into place.
"""

from __future__ import annotations

import functools
import random
import re
import sqlite3
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from egov_network.domain import validation as v
from egov_network.domain.enums import ConsentMethod
from egov_network.services.demo import replacing
from egov_network.store.migrate import open_store
from egov_network.store.models import ENTITY_TABLES, ActionItem, Authority, Contact, Meeting, Topic
from egov_network.store.search import derived_values

#: "Today" of every generated network: meetings before it are held, after it planned.
REFERENCE_DAY = date(2026, 11, 1)
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2027, 12, 31)
MAX_CONTACTS = 1_000_000  # 10x design scale: how the program grows past it is measured
#: Districts at most: their keys (state, region digit, two digits) allow 3,465; past that
#: (about 740,000 contacts) the districts get more municipalities instead.
MAX_DISTRICTS = 3_000
#: Rows per 100,000 contacts; everything scales linearly (with small floors).
PER_100K = {"authority": 11_000, "topic": 500, "meeting": 20_000, "participation": 400_000}


class _State(NamedTuple):
    name: str
    capital: str
    districts: int  # how many it has in reality: the weight of the state
    postal: str  # leading digits of its postal codes
    regions: str  # the region digit of its municipality keys
    areas: str  # telephone area codes


_STATES = {
    "01": _State("Schleswig-Holstein", "Kiel", 15, "22 23 24 25", "0", "431 451 4621 4331 461"),
    "03": _State("Niedersachsen", "Hannover", 45, "26 27 29 30 31 37 38 49", "1234", "511 531 541 441 551"),
    "05": _State(
        "Nordrhein-Westfalen",
        "Düsseldorf",
        53,
        "32 33 40 41 42 44 45 46 47 48 50 51 52 53 57 58 59",
        "13579",
        "221 211 231 201 521 251 5241 2421 2861",
    ),
    "06": _State("Hessen", "Wiesbaden", 26, "34 35 36 60 61 63 64 65", "456", "69 611 561 6151 641"),
    "07": _State("Rheinland-Pfalz", "Mainz", 36, "54 55 56 66 67 76", "123", "6131 261 651 621 2671"),
    "08": _State(
        "Baden-Württemberg",
        "Stuttgart",
        44,
        "68 69 70 71 72 73 74 75 76 77 78 79 88 89",
        "1234",
        "711 721 761 781 731 7531",
    ),
    "09": _State(
        "Bayern",
        "München",
        96,
        "80 81 82 83 84 85 86 87 90 91 92 93 94 95 96 97",
        "1234567",
        "89 911 821 941 931 851 9561",
    ),
    "10": _State("Saarland", "Saarbrücken", 6, "66", "0", "681 6831"),
    "12": _State("Brandenburg", "Potsdam", 18, "03 14 15 16 19", "0", "331 335 355 3381"),
    "13": _State("Mecklenburg-Vorpommern", "Schwerin", 8, "17 18 19 23", "0", "381 385 395 3834"),
    "14": _State("Sachsen", "Dresden", 13, "01 02 04 08 09", "567", "351 341 371 3591"),
    "15": _State("Sachsen-Anhalt", "Magdeburg", 14, "06 29 38 39", "0", "391 345 340 3943"),
    "16": _State("Thüringen", "Erfurt", 22, "07 36 98 99", "0", "361 3641 3621 365"),
}
#: The city states and Bremerhaven: name, key, state, city, postal prefix, area code.
_CITY_STATES = (
    ("Freie und Hansestadt Hamburg", "02000000", "02", "Hamburg", "20", "40"),
    ("Land Berlin", "11000000", "11", "Berlin", "10", "30"),
    ("Stadt Bremen", "04011000", "04", "Bremen", "28", "421"),
    ("Stadt Bremerhaven", "04012000", "04", "Bremerhaven", "27", "471"),
)
_MOBILE = "151 160 162 170 171 172 173 175 176 177 178 179".split()

_PREFIXES = [""] * 6 + (
    "Bad |Ober|Nieder|Unter|Groß|Klein|Alt|Neu|Hohen|Süd|Nord|Ost|West|Südwest|Nordost|Sankt "
).split("|")
_ROOTS = (
    "Münster Höhen Hagen Linden Eichen Buchen Birken Tannen Stein Rosen Mühl Kirch Wald Berg Fels Sonnen "
    "Marien Königs Grafen Wolfs Bären Falken Hasel Erlen Weiden Brunn Schön Lauter Wies Rot Weiß Schwarz "
    "Gold Ahorn Mittel Fried Hirsch Kranich Lösch Grün"
).split()
_ENDINGS = (
    "feld au hagen bach burg dorf hausen heim ingen stedt rode beck born furt hofen stadt tal see brück "
    "wald berg hain kirchen weiler werder horst büttel leben roda witz"
).split()
_RIVERS = (
    " an der Lahn| am Rhein| im Odenwald| (Saale)| an der Ilm| am Harz| in der Heide| ob der Tauber"
    "| an der Weißen Elster| (Oberfranken)"
).split("|")
_STREETS = (
    "Rathausplatz|Marktplatz|Hauptstraße|Schloßstraße|Am Rathaus|Bahnhofstraße|Kirchgasse|Kreishausstraße"
    "|Lindenallee|Friedrich-Ebert-Straße|Konrad-Adenauer-Platz|Mühlenweg|Große Straße|Königstraße"
).split("|")
_FEMALE = (
    "Anna Sabine Käthe Jutta Ursula Monika Petra Claudia Susanne Andrea Birgit Katrin Julia Laura Lea "
    "Sophie Hülya Özlem Ayşe Zoë Renée Bärbel Dörte Gülşen Heike Karin Maren Nicole Stefanie Ines "
    "Franziska Kerstin Anja Christiane Miriam Lena Hannah Marie Elif Agnieszka"
).split()
_MALE = (
    "Jürgen Jörg Björn Günther Sören Uwe Klaus Thomas Michael Andreas Stefan Frank Ralf Matthias Markus "
    "Tobias Jan Lukas Felix Jonas Maximilian Hans-Peter Karl-Heinz Dietmar Bernd Olaf Torsten Mehmet Emre "
    "Murat Volker Rüdiger Wolfgang Henrik Malte Sven Timo André Sebastian Florian"
).split()
#: Most frequent first: the weights fall with the rank, so there are many Müllers.
_LAST = [
    *(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
        "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
        "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich "
        "Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
        "Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel "
        "Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch "
        "Bergmann Voigt Sauer Arnold Wolff Pfeiffer Özdemir Yılmaz Kaya Demir Şahin Nowak Kowalski Strauß "
        "Voß Meißner Fuß Weißenfels Brönstrup Lößner Jürgens Gößling Dreßler Schulze-Böing Meyer-Brößke"
    ).split(),
    "von der Heide",
    "de Vries",
]
#: (male, female) forms.
_FUNCTIONS = [
    tuple(pair.split("/"))
    for pair in (
        "Digitalisierungsbeauftragter/Digitalisierungsbeauftragte|Bürgermeister/Bürgermeisterin"
        "|Amtsleiter/Amtsleiterin|Referent E-Government/Referentin E-Government"
        "|Projektleiter OZG-Umsetzung/Projektleiterin OZG-Umsetzung|Sachbearbeiter IT/Sachbearbeiterin IT"
        "|Fachbereichsleiter/Fachbereichsleiterin|Chief Digital Officer/Chief Digital Officer"
        "|IT-Leiter/IT-Leiterin|Informationssicherheitsbeauftragter/Informationssicherheitsbeauftragte"
        "|Datenschutzbeauftragter/Datenschutzbeauftragte|Kämmerer/Kämmerin"
        "|Wissenschaftlicher Mitarbeiter/Wissenschaftliche Mitarbeiterin|Prozessmanager/Prozessmanagerin"
        "|Sachgebietsleiter Bürgerservice/Sachgebietsleiterin Bürgerservice"
    ).split("|")
]
_DEPARTMENTS = (
    "Hauptamt|Amt für Digitalisierung und IT|Fachbereich Zentrale Dienste|Stabsstelle Digitalisierung"
    "|Bürgeramt|Ordnungsamt|Amt für Organisation und Personal|Kämmerei|Fachdienst Informationstechnik"
    "|Referat E-Government|Bauamt|Jugendamt|Sozialamt|Standesamt|Straßenverkehrsbehörde"
    "|Fachbereich Bürgerservice|Dezernat I – Allgemeine Verwaltung|Geschäftsstelle Digitale Modellregion"
).split("|")
#: Root topic: (synonyms, sub-topics).
_TOPICS = {
    "Onlinezugangsgesetz (OZG)": (
        "OZG; Onlinedienste",
        "Einer-für-Alle-Leistungen|Antragsassistenten|Bürgerkonto und BundID|Zahlungsabwicklung online"
        "|Leistungskatalog LeiKa|Kfz-Zulassung online",
    ),
    "E-Akte und Dokumentenmanagement": (
        "E-Akte; DMS; elektronische Akte",
        "Ersetzendes Scannen|Aussonderung und Archivierung|Vorgangsbearbeitung|Elektronische Signatur"
        "|Digitaler Posteingang",
    ),
    "Digitale Bürgerdienste": (
        "Bürgerservice digital",
        "Terminvereinbarung online|Chatbots im Bürgerservice|Mängelmelder|Bürger-App|Digitale Sprechstunde",
    ),
    "Informationssicherheit": (
        "IT-Sicherheit; ISMS; BSI-Grundschutz",
        "Notfallmanagement|Awareness-Schulungen|Sicherheitsvorfälle|Cloud-Sicherheit|Penetrationstests",
    ),
    "Open Data": (
        "offene Daten",
        "Datenportale|Datenlizenzen|Verkehrsdaten|Offene Haushaltsdaten|Metadaten und DCAT-AP.de",
    ),
    "Smart City und Smart Region": (
        "Smart City",
        "Sensorik und LoRaWAN|Urbane Datenplattform|Digitaler Zwilling|Smarte Beleuchtung|Mobilitätsdaten",
    ),
    "Registermodernisierung": (
        "Once-Only; Registerzensus",
        "Identifikationsnummer|Once-Only-Technical-System|Melderegister|Datenaustauschstandards XÖV",
    ),
    "Künstliche Intelligenz": (
        "KI; AI",
        "Sprachmodelle in der Verwaltung|KI im Posteingang|Maschinelle Übersetzung"
        "|Rechtliche Leitplanken für KI",
    ),
    "Personal und Organisation": (
        "Organisationsentwicklung",
        "Digitale Kompetenzen|Mobiles Arbeiten|Change-Management|Führung im digitalen Wandel"
        "|Nachwuchsgewinnung IT",
    ),
    "IT-Infrastruktur und Netze": (
        "Infrastruktur",
        "Breitbandausbau|Rechenzentren|Kommunale Cloud|Schnittstellen und APIs|Open Source Software",
    ),
    "Bürgerbeteiligung": (
        "Partizipation; E-Partizipation",
        "Beteiligungsplattformen|Bürgerhaushalt|Jugendbeteiligung|Ratsinformationssystem",
    ),
    "Geodaten": (
        "GIS; Geoinformation",
        "Geoportale|Digitale Bauleitplanung|Liegenschaftskataster|Luftbilder und 3D-Stadtmodelle",
    ),
    "Digitale Schule": (
        "Schulträger; Bildung",
        "Schul-WLAN|Endgeräte für Schulen|Lernplattformen|Medienentwicklungsplanung",
    ),
    "Finanzen und E-Rechnung": (
        "XRechnung; ZUGFeRD",
        "E-Rechnungseingang|Digitaler Haushalt|E-Vergabe|Fördermittelmanagement",
    ),
    "Prozessmanagement": (
        "BPMN; Prozessoptimierung",
        "Prozessmodellierung|FIM-Methode|Workflow-Automatisierung|Prozesskostenrechnung",
    ),
}
_FACETS = (
    "Pilotierung|Rechtsfragen|Beschaffung|Betrieb|Schulung|Barrierefreiheit|Datenschutz|Nachnutzung"
    "|Förderung|Evaluation|Interkommunale Zusammenarbeit|Kommunikation"
).split("|")
_MEETING_TITLES = {
    "barcamp": ["Barcamp {theme} {year}", "Digitalbarcamp {city} {year}"],
    "workshop": ["Workshop {topic}", "Workshop: {topic} in der Praxis"],
    "working_meeting": ["Arbeitstreffen {topic}", "AG {topic} – Sitzung {n}"],
    "leadership_meeting": ["Lenkungskreis {year}/{n}", "Steuerungsgruppe Modellkommunen {year}/{n}"],
    "transfer_session": ["Transferwerkstatt {topic}", "Wissenstransfer: {topic}"],
    "conference": ["Fachkongress {theme} {year}", "Netzwerkkonferenz {year} in {city}"],
    "visit": ["Besuch in {city}", "Hospitation: {topic} in {city}"],
    "other": ["Webinar {topic}", "Austausch {topic}"],
}
#: Meeting kind: (weight, fewest and most participants before scaling to the target total).
_KINDS = {
    "working_meeting": (30, 5, 15),
    "workshop": (25, 10, 30),
    "transfer_session": (12, 12, 40),
    "visit": (10, 4, 10),
    "leadership_meeting": (8, 6, 12),
    "barcamp": (6, 40, 120),
    "other": (5, 5, 20),
    "conference": (4, 60, 200),
}
_SENTENCES = [
    "Die Teilnehmenden berichten über den Stand bei {topic}.",
    "{city} stellt die bisherigen Erfahrungen vor; der Ansatz lässt sich gut nachnutzen.",
    "Diskutiert wird, wie kleinere Gemeinden ohne eigene IT-Abteilung einsteigen können.",
    "Es besteht Einigkeit, dass die Fachverfahren frühzeitig eingebunden werden müssen.",
    "Die Datenschutz-Folgenabschätzung liegt im Entwurf vor und wird bis zum nächsten Treffen abgestimmt.",
    "Offen ist noch die Frage der Finanzierung über das Jahr {year} hinaus.",
    "Frau {person} erläutert die Ergebnisse der Umfrage unter den Mitgliedskommunen.",
    "Herr {person} weist auf die Anforderungen an die Barrierefreiheit hin.",
    "Das Thema {topic} soll in einer eigenen Arbeitsgruppe vertieft werden.",
    "Für die Schulungen der Beschäftigten werden zusätzliche Termine benötigt.",
    "Die Schnittstelle zum Fachverfahren läuft seit März stabil; Störungen sind nicht bekannt.",
    "Mehrere Kommunen wünschen sich gemeinsame Musterdokumente und Leitfäden.",
    "Die Ergebnisse werden im Netzwerk geteilt und auf der Plattform veröffentlicht.",
    "Kritisch gesehen wird der hohe Abstimmungsaufwand mit den Landesbehörden.",
    "Als nächster Schritt ist eine Pilotierung in {city} geplant.",
]
_ACTIONS = [
    "Präsentation zu {topic} an alle Teilnehmenden senden",
    "Entwurf des Leitfadens {topic} abstimmen",
    "Termin für das Folgetreffen in {city} vereinbaren",
    "Rückmeldungen der Mitgliedskommunen einholen",
    "Kostenschätzung für {topic} vorlegen",
    "Kontakt zum Landesministerium aufnehmen",
    "Protokoll im Netzwerk veröffentlichen",
    "Ansprechpersonen für {topic} benennen",
]
_AGENDA = "\n".join(
    f"{number}. {item}"
    for number, item in enumerate(
        (
            "Begrüßung und Vorstellungsrunde",
            "Bericht aus den Modellkommunen",
            "Schwerpunkt: {topic}",
            "Austausch in Kleingruppen",
            "Verschiedenes",
            "Nächste Schritte und Termine",
        ),
        1,
    )
)


Rows = list[Any]  # dicts (tables with search text) or tuples in column order
Table = tuple[Sequence[str], Rows]


@dataclass(frozen=True)
class GenerateSummary:
    """What ``generate_database`` wrote: rows per table (``ENTITY_TABLES`` order) and the seconds taken."""

    counts: Mapping[str, int]
    seconds: float


def generate_database(target: Path, contacts: int, *, seed: int = 1, force: bool = False) -> GenerateSummary:
    """Write a new SQLite file at ``target`` holding a generated network of ``contacts`` people.

    A file that holds data is only replaced with ``force``; the new file is
    built beside it and renamed into place, so ``target`` is replaced whole
    or not at all.
    """
    if not 1 <= contacts <= MAX_CONTACTS:
        raise ValueError(f"contacts must be from 1 to {MAX_CONTACTS:,}, not {contacts}")
    start = time.perf_counter()
    target = Path(target)
    with replacing(target, force=force) as partial:
        open_store(partial).dispose()  # the schema, through the migrations
        tables = _Network(contacts, seed).tables()
        _write(partial, tables)
    counts = {str(m.__tablename__): len(tables.get(m.__tablename__, ((), []))[1]) for m in ENTITY_TABLES}
    return GenerateSummary(counts, time.perf_counter() - start)


def _write(path: Path, tables: Mapping[str, Table]) -> None:
    """Insert all rows in one transaction, journal off (a failed build is thrown away anyway)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("BEGIN")
        for table, (columns, rows) in tables.items():
            if not rows:
                continue
            if isinstance(rows[0], dict):
                marks = ", ".join(f":{c}" for c in columns)
            else:
                marks = ", ".join("?" * len(columns))
            connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        broken = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise AssertionError(f"generated rows break foreign keys: {broken}")
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode=WAL")  # what the program sets on every connection
    finally:
        connection.close()


_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i"}
)


@functools.lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    """ASCII for domains and mail addresses: "Bad Münsterfeld" -> "bad-muensterfeld"."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = "".join(ch for ch in plain if not unicodedata.combining(ch)).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.decode().lower()).strip("-")


@functools.lru_cache(maxsize=1)
def _phone_lengths() -> dict[str, list[int]]:
    """Per area code, the subscriber-number lengths the phone validator takes as they are.

    Checked once against the validator with sample numbers, so the generator
    can write ``+49 <area> <number>`` (the validator's own output) without
    running ``phonenumbers`` 170,000 times.
    """
    codes = [code for state in _STATES.values() for code in state.areas.split()]
    codes += [row[5] for row in _CITY_STATES] + _MOBILE
    lengths: dict[str, list[int]] = {}
    for code in codes:
        for length in range(max(5, 9 - len(code)), min(8, 11 - len(code)) + 1):  # 10-11 digits in all
            samples = ("234567"[: length - 1] + "9", "987654"[: length - 1] + "2", "5" * length)
            if all(_as_typed(code, s) for s in samples):
                lengths.setdefault(code, []).append(length)
    return lengths


def _as_typed(code: str, number: str) -> bool:
    try:
        return v.phone(f"0{code}{number}") == f"+49 {code} {number}"
    except v.FieldProblem:
        return False


def _stamp(day: date, seconds: int) -> str:
    """A DateTime column value as SQLAlchemy writes it on SQLite."""
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000000"


class _Network:
    """The rows of one generated network, table by table, drawn from one random stream."""

    def __init__(self, contacts: int, seed: int) -> None:
        self.rng = random.Random(seed)
        scale = contacts / 100_000
        self.n_contacts = contacts
        self.n_authorities = max(8, round(PER_100K["authority"] * scale))
        self.n_topics = max(20, round(PER_100K["topic"] * scale))
        self.n_meetings = max(5, round(PER_100K["meeting"] * scale))
        self.n_participations = round(PER_100K["participation"] * scale)
        self.lengths = _phone_lengths()
        self.mobile = [code for code in _MOBILE if code in self.lengths]
        self.out: dict[str, Table] = {}
        # Per authority (index id - 1): name, city, mail domain, area code, weight for contacts.
        self.authorities: list[tuple[str, str, str, str, int]] = []
        self.topic_names: list[str] = []
        self.contact_created: list[str] = [""]

    def tables(self) -> dict[str, Table]:
        self._authorities()
        self._topics()
        self._contacts()
        self._meetings()
        return self.out

    # -- small draws ----------------------------------------------------------

    def _day(self, first: date = FIRST_DAY, last: date = REFERENCE_DAY) -> date:
        return date.fromordinal(self.rng.randint(first.toordinal(), last.toordinal()))

    def _created(self, first: date = FIRST_DAY, last: date = REFERENCE_DAY) -> tuple[str, str]:
        """created_at and updated_at; a third of the rows were edited later."""
        rng = self.rng
        day = self._day(first, last)
        created = _stamp(day, rng.randint(7 * 3600, 18 * 3600))
        if rng.random() < 0.67:
            return created, created
        return created, _stamp(self._day(day, last), rng.randint(7 * 3600, 18 * 3600))

    def _phone(self, code: str) -> str:
        length = self.rng.choice(self.lengths[code])
        return f"+49 {code} {self.rng.randint(2, 9)}{self.rng.randrange(10 ** (length - 1)):0{length - 1}d}"

    def _area(self, codes: Sequence[str]) -> str:
        usable = [code for code in codes if code in self.lengths]
        return self.rng.choice(usable or self.mobile)

    def _place(self, taken: set[str]) -> str:
        """A German-looking place name not used before: "Bad Münsterfeld", "Oberhöhenau"."""
        rng = self.rng
        for attempt in range(60):
            prefix, root, ending = rng.choice(_PREFIXES), rng.choice(_ROOTS), rng.choice(_ENDINGS)
            name = prefix + (root if not prefix or prefix.endswith(" ") else root.lower()) + ending
            if attempt > 10 or rng.random() < 0.1:
                name += rng.choice(_RIVERS)
            if attempt > 50:
                name += f" {attempt}"
            if name not in taken:
                taken.add(name)
                return name
        raise AssertionError("no free place name")  # unreachable: attempt 51 on is numbered

    # -- authorities --------------------------------------------------------------

    def _authorities(self) -> None:
        rng, n = self.rng, self.n_authorities
        n_districts = min(MAX_DISTRICTS, max(1, round(n * 0.037)))
        n_others = max(2, round(n * 0.012))
        n_municipalities = n - n_districts - n_others
        places: set[str] = set()
        rows: list[dict[str, Any]] = []
        roles = ("partner", "model_municipality", "supporting_institution", "guest")
        role_weights = {"district": (60, 5, 0, 35), "municipality": (45, 1, 0, 54)}

        def add(
            name: str, kind: str, state: str, ags: str | None, city: str, domain: str, **extra: Any
        ) -> int:
            role = rng.choices(roles, role_weights.get(kind, (20, 0, 70, 10)))[0]
            since = self._day()
            until = None
            if rng.random() < 0.03:
                until = min(REFERENCE_DAY, since + timedelta(days=rng.randint(200, 2000)))
            postal = rng.choice(extra.get("postal") or _STATES[state].postal.split())
            area = extra.get("area") or self._area(_STATES[state].areas.split())
            created, updated = self._created()
            row = {
                "id": len(rows) + 1,
                "name": name,
                "short_name": extra.get("short_name"),
                "kind": kind,
                "state": state,
                "ags": ags,
                "parent_id": extra.get("parent_id"),
                "network_role": role,
                "cohort": min(99, since.year - 2014) if role == "model_municipality" else None,
                "member_since": since.isoformat(),
                "member_until": until.isoformat() if until else None,
                "street": f"{rng.choice(_STREETS)} {rng.randint(1, 40)}",
                "postal_code": f"{postal}{rng.randrange(1000):03d}",
                "city": city,
                "website": f"https://www.{domain}",
                "email": f"{rng.choice(('info', 'poststelle', 'digitalisierung', 'service'))}@{domain}",
                "phone": self._phone(area) if rng.random() < 0.9 else None,
                "notes": None,
                "version": 1,
                "created_at": created,
                "updated_at": updated,
            }
            if rng.random() < 0.05:
                row["notes"] = f"Ansprechpartner für das Netzwerk wechselt {rng.randint(2016, 2027)}."
            row.update(derived_values(Authority, row))
            rows.append(row)
            self.authorities.append((name, city, domain, area, extra.get("weight", 5)))
            return len(rows)

        # Districts: 5-digit keys, state + region digit + number; their municipalities extend them.
        states = list(_STATES)
        state_weights = [s.districts for s in _STATES.values()]
        districts: list[tuple[int, str, str]] = []  # id, key, state
        keys: set[str] = set()
        for _ in range(n_districts):
            key = ""
            while not key or key in keys:
                state = rng.choices(states, state_weights)[0]
                key = f"{state}{rng.choice(_STATES[state].regions)}{rng.randint(1, 99):02d}"
            keys.add(key)
            place = self._place(places)
            word = "Kreis" if state in ("01", "05") and rng.random() < 0.7 else "Landkreis"
            short = f"LK {place}" if word == "Landkreis" else None
            ident = add(f"{word} {place}", "district", state, key, place, f"{_slug(f'{word} {place}')}.de",
                        short_name=short, weight=25)  # fmt: skip
            districts.append((ident, key, key[:2]))
        specials = _CITY_STATES if n_municipalities >= 40 else ()
        for name, ags, state, city, postal, area in specials:
            add(
                name,
                "municipality",
                state,
                ags,
                city,
                f"{_slug(city)}.de",
                postal=[postal],
                area=area,
                weight=60,
            )
        numbers = dict.fromkeys((ident for ident, _, _ in districts), 0)
        for _ in range(n_municipalities - len(specials)):
            district, key, state = rng.choice(districts)
            while numbers[district] > 990:  # never at the scales allowed; a district holds 330+
                district, key, state = rng.choice(districts)
            numbers[district] += rng.randint(1, 3)
            place = self._place(places)
            word = rng.choices(("Stadt", "Gemeinde", "Markt"), (25, 65, 10 if state == "09" else 0))[0]
            add(f"{word} {place}", "municipality", state, f"{key}{numbers[district]:03d}", place,
                f"{_slug(place)}.de", parent_id=district, short_name=place if word == "Stadt" else None,
                weight=12 if word == "Stadt" else 4)  # fmt: skip
        names = {row["name"] for row in rows}
        for _ in range(n_others):
            state = rng.choice(states)
            land, capital = _STATES[state].name, _STATES[state].capital
            kind = rng.choices(
                ("ministry", "umbrella_association", "service_provider", "university", "consortium",
                 "special_purpose_association", "testbed_region"),
                (25, 20, 20, 15, 10, 5, 5),
            )[0]  # fmt: skip
            if kind in ("ministry", "umbrella_association"):
                if kind == "ministry":
                    head = rng.choice(
                        ("Ministerium des Innern", "Ministerium für Digitales", "Staatskanzlei")
                    )
                else:
                    head = rng.choice(("Städtetag", "Landkreistag", "Städte- und Gemeindebund"))
                name, city, domain = f"{head} {land}", capital, f"{_slug(head)}.{_slug(land)}.de"
                if name in names:  # one per state; more are branch offices
                    place = self._place(places)
                    name, city = f"{name} – Außenstelle {place}", place
                    domain = f"{_slug(place)}.{domain}"
            else:
                place = self._place(places)
                head, short = {
                    "service_provider": ("Kommunales Rechenzentrum", "krz"),
                    "university": ("Hochschule für öffentliche Verwaltung", "hoev"),
                    "consortium": ("Digitalverbund", "digitalverbund"),
                    "special_purpose_association": ("Zweckverband Digitale Dienste", "zvdd"),
                    "testbed_region": ("Testregion", "testregion"),
                }[kind]
                name, city, domain = f"{head} {place}", place, f"{short}-{_slug(place)}.de"
            names.add(name)
            add(name, kind, state, None, city, domain, weight=8)
        self.out["authority"] = (list(rows[0]), rows)

    # -- topics -------------------------------------------------------------------

    def _topics(self) -> None:
        rng, n = self.rng, self.n_topics
        tree: list[tuple[str, int | None, str | None]] = []  # name, index of parent, synonyms
        roots = list(_TOPICS.items())
        tree += [(root, None, synonyms) for root, (synonyms, _) in roots[:n]]
        subs = [(sub, i) for i, (_, (_, line)) in enumerate(roots[:n]) for sub in line.split("|")]
        rng.shuffle(subs)
        first = len(tree)
        tree += [(sub, parent, None) for sub, parent in subs[: n - len(tree)]]
        facets = [(parent, facet) for parent in range(first, len(tree)) for facet in _FACETS]
        rng.shuffle(facets)
        round_number = 1
        while len(tree) < n:
            for parent, facet in facets[: n - len(tree)]:
                label = facet if round_number == 1 else f"{facet} {round_number}"
                tree.append((f"{tree[parent][0]} – {label}", parent, None))
            round_number += 1
        rows = []
        for index, (name, above, synonyms) in enumerate(tree):
            created, updated = self._created(FIRST_DAY, date(2016, 6, 30))
            row = {
                "id": index + 1,
                "name": name,
                "parent_id": None if above is None else above + 1,
                "description": f"Erfahrungen und Ansprechpersonen zum Thema {name}."
                if rng.random() < 0.6
                else None,
                "synonyms": synonyms,
                "version": 1,
                "created_at": created,
                "updated_at": updated,
            }
            row.update(derived_values(Topic, row))
            rows.append(row)
        self.topic_names = [name for name, _, _ in tree]
        self.out["topic"] = (list(rows[0]), rows)
        links: Rows = []
        for authority in range(1, len(self.authorities) + 1):
            for topic in sorted(rng.sample(range(1, n + 1), rng.choices((0, 1, 2, 3), (55, 25, 12, 8))[0])):
                created, updated = self._created()
                note = "Eigene Lösung im Betrieb" if rng.random() < 0.2 else None
                links.append((len(links) + 1, authority, topic, note, 1, created, updated))
        self._tuples("authority_topic", ("id", "authority_id", "topic_id", "note", "version"), links)

    def _tuples(self, table: str, columns: tuple[str, ...], rows: Rows) -> None:
        self.out[table] = ((*columns, "created_at", "updated_at"), rows)

    # -- contacts -------------------------------------------------------------------

    def _contacts(self) -> None:
        rng, n = self.rng, self.n_contacts
        info = self.authorities
        employers = rng.choices(range(1, len(info) + 1), [a[4] for a in info], k=n)
        last_names = rng.choices(_LAST, [1 / (rank + 5) for rank in range(len(_LAST))], k=n)
        scopes = (
            "Einladungen und Newsletter",
            "Expertendatenbank",
            "Veröffentlichung im Netzwerkverzeichnis",
        )
        methods = [m.value for m in ConsentMethod]
        emails: set[str] = set()
        rows = []
        for index in range(n):
            female = rng.random() < 0.48
            first = rng.choice(_FEMALE if female else _MALE) if rng.random() > 0.005 else None
            last = last_names[index]
            authority = employers[index] if rng.random() > 0.01 else None
            domain, area = (
                (info[authority - 1][2], info[authority - 1][3]) if authority else ("netzwerk-egov.de", "30")
            )
            email = None
            if rng.random() < 0.95:
                local = f"{_slug(first)}.{_slug(last)}" if first else _slug(last)
                email = f"{local}@{domain}"
                if email in emails and first:
                    email = f"{_slug(first)[0]}.{_slug(last)}@{domain}"
                number = 2
                while email in emails:
                    email = f"{local}{number}@{domain}"
                    number += 1
                emails.add(email)
            consent = rng.random() < 0.6
            created, updated = self._created()
            row = {
                "id": index + 1,
                "salutation": ("ms" if female else "mr") if rng.random() < 0.95 else "",
                "title": rng.choices((None, "Dr.", "Prof. Dr.", "Dipl.-Ing."), (91, 7, 1, 1))[0],
                "first_name": first,
                "last_name": last,
                "authority_id": authority,
                "department": rng.choice(_DEPARTMENTS) if rng.random() < 0.85 else None,
                "function": rng.choice(_FUNCTIONS)[female] if rng.random() < 0.9 else None,
                "email": email,
                "phone": self._phone(area) if rng.random() < 0.75 else None,
                "mobile": self._phone(rng.choice(self.mobile)) if rng.random() < 0.3 else None,
                "consent_on": self._day(date(2016, 1, 1)).isoformat() if consent else None,
                "consent_method": rng.choice(methods) if consent else None,
                "consent_scope": rng.choice(scopes) if consent else None,
                "active": 1 if rng.random() < 0.93 else 0,
                "notes": "Bitte nur per E-Mail kontaktieren." if rng.random() < 0.03 else None,
                "version": 1,
                "created_at": created,
                "updated_at": updated,
            }
            row.update(derived_values(Contact, row))
            rows.append(row)
            self.contact_created.append(created)
        self.out["contact"] = (list(rows[0]), rows)
        self._careers_and_expertise()

    def _careers_and_expertise(self) -> None:
        """Former positions of one contact in twelve, and 1.5 expert topics per contact."""
        rng, info = self.rng, self.authorities
        positions: Rows = []
        expertise: Rows = []
        levels = ("interested", "experienced", "expert")
        topics = range(1, self.n_topics + 1)
        for contact in range(1, self.n_contacts + 1):
            if rng.random() < 0.08:
                for _ in range(rng.randint(1, 2)):
                    authority = rng.randint(1, len(info)) if rng.random() < 0.9 else None
                    ended = self._day()
                    stamp = _stamp(ended, 12 * 3600)
                    name = info[authority - 1][0] if authority else None
                    function = rng.choice(_FUNCTIONS)[rng.random() < 0.5]
                    positions.append(
                        (
                            len(positions) + 1,
                            contact,
                            authority,
                            name,
                            function,
                            ended.isoformat(),
                            stamp,
                            stamp,
                        )
                    )
            created = self.contact_created[contact]
            for topic in sorted(rng.sample(topics, rng.choices((0, 1, 2, 3), (15, 35, 35, 15))[0])):
                level = rng.choices(levels, (40, 40, 20))[0]
                note = "Vortrag im Netzwerk gehalten" if rng.random() < 0.05 else None
                expertise.append((len(expertise) + 1, contact, topic, level, note, 1, created, created))
        self._tuples(
            "position",
            ("id", "contact_id", "authority_id", "authority_name", "function", "ended_on"),
            positions,
        )
        self._tuples("expertise", ("id", "contact_id", "topic_id", "level", "note", "version"), expertise)

    # -- meetings -------------------------------------------------------------------

    def _meetings(self) -> None:
        rng, n, info = self.rng, self.n_meetings, self.authorities
        kinds = rng.choices(list(_KINDS), [k[0] for k in _KINDS.values()], k=n)
        sizes = self._sizes([rng.randint(_KINDS[k][1], _KINDS[k][2]) for k in kinds])
        core = rng.sample(range(1, self.n_contacts + 1), max(1, self.n_contacts // 10))
        statuses = {
            "held": (("attended", "excused", "no_show"), (82, 12, 6)),
            "planned": (("invited", "registered", "excused"), (50, 45, 5)),
            "cancelled": (("invited", "registered", "excused"), (40, 50, 10)),
        }
        roles = ("participant", "speaker", "moderator", "organiser")
        rows: Rows = []
        topics: Rows = []
        participations: Rows = []
        actions: Rows = []
        for index, kind in enumerate(kinds):
            ident = index + 1
            day = self._day(FIRST_DAY, LAST_DAY)
            if day.weekday() >= 5:  # weekends move to Monday
                day += timedelta(days=7 - day.weekday())
            start = datetime(day.year, day.month, day.day, rng.randint(9, 14), rng.choice((0, 30)))
            if kind in ("conference", "barcamp"):
                end = start.replace(hour=17, minute=0) + timedelta(days=rng.randint(0, 1))
            else:
                end = start + timedelta(minutes=rng.choice((90, 120, 180, 240, 360)))
            host = rng.randint(1, len(info)) if rng.random() < 0.95 else None
            city = info[host - 1][1] if host else "Berlin"
            topic_ids = sorted(rng.sample(range(1, self.n_topics + 1), rng.randint(1, 3)))
            words = {
                "topic": self.topic_names[topic_ids[0] - 1],
                "theme": self.topic_names[rng.randrange(min(len(_TOPICS), self.n_topics))],
                "city": city,
                "year": day.year,
                "n": rng.randint(1, 12),
                "person": rng.choice(_LAST),
            }
            if day < REFERENCE_DAY:
                status = "held" if rng.random() < 0.92 else "cancelled"
            else:
                status = "planned" if rng.random() < 0.94 else "cancelled"
            minutes = None
            if status == "held" and rng.random() < 0.45:
                paragraphs = (
                    " ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(3, 5)))
                    for _ in range(rng.randint(3, 6))
                )
                minutes = "\n\n".join(paragraphs).format(**words)
            online = rng.random() < 0.3
            created = _stamp(min(REFERENCE_DAY, day - timedelta(days=rng.randint(20, 90))), 10 * 3600)
            updated = created if status == "planned" else _stamp(min(REFERENCE_DAY, day), 18 * 3600)
            row = {
                "id": ident,
                "title": rng.choice(_MEETING_TITLES[kind]).format(**words),
                "kind": kind,
                "starts_at": _stamp(day, start.hour * 3600 + start.minute * 60),
                "ends_at": _stamp(end.date(), end.hour * 3600 + end.minute * 60)
                if rng.random() < 0.97
                else None,
                "place": "Online" if online and rng.random() < 0.5 else f"Rathaus {city}",
                "online_link": f"https://meet.netzwerk-egov.de/{kind.replace('_', '-')}-{ident}"
                if online
                else None,
                "host_authority_id": host,
                "status": status,
                "agenda": _AGENDA.format(**words) if rng.random() < 0.5 else None,
                "minutes": minutes,
                "version": 1,
                "created_at": created,
                "updated_at": updated,
            }
            row.update(derived_values(Meeting, row))
            rows.append(row)
            topics += [
                (len(topics) + i + 1, ident, topic, created, created) for i, topic in enumerate(topic_ids)
            ]
            people = self._participants(sizes[index], core)
            drawn = rng.choices(*statuses[status], k=len(people))
            parts = rng.choices(roles, (88, 7, 3, 2), k=len(people))
            first = len(participations) + 1
            participations += [
                (first + i, ident, person, state, role, 1, created, updated)
                for i, (person, state, role) in enumerate(zip(people, drawn, parts, strict=True))
            ]
            for _ in range(rng.choices((0, 1, 2, 3, 4), (15, 20, 30, 20, 15))[0]):
                due = day + timedelta(days=rng.randint(7, 60))
                done = None
                if rng.random() < (0.85 if due < REFERENCE_DAY else 0.1):
                    done = min(REFERENCE_DAY, due + timedelta(days=rng.randint(-10, 20))).isoformat()
                owner = rng.choice(people) if people and rng.random() < 0.9 else None
                text = rng.choice(_ACTIONS).format(**words)
                derived = derived_values(ActionItem, {"text": text})
                actions.append(
                    (
                        len(actions) + 1,
                        ident,
                        text,
                        derived["text_key"],
                        derived["search_text"],
                        owner,
                        due.isoformat(),
                        done,
                        1,
                        created,
                        updated,
                    )
                )
        self.out["meeting"] = (list(rows[0]), rows)
        self._tuples("meeting_topic", ("id", "meeting_id", "topic_id"), topics)
        self._tuples(
            "participation", ("id", "meeting_id", "contact_id", "status", "role", "version"), participations
        )
        self._tuples(
            "action_item",
            (
                "id",
                "meeting_id",
                "text",
                "text_key",
                "search_text",
                "owner_contact_id",
                "due_on",
                "done_on",
                "version",
            ),
            actions,
        )

    def _participants(self, size: int, core: list[int]) -> list[int]:
        """``size`` different contacts, a third of them from a core of frequent attendees."""
        rng = self.rng
        people = set(rng.sample(core, min(len(core), size // 3)))
        while len(people) < size:
            people.update(rng.sample(range(1, self.n_contacts + 1), size - len(people)))
        return sorted(people)

    def _sizes(self, sizes: list[int]) -> list[int]:
        """The meetings' sizes scaled to add up to the participation target exactly."""
        rng, most = self.rng, self.n_contacts
        total = min(self.n_participations, most * len(sizes))
        factor = total / sum(sizes)
        sizes = [min(most, int(size * factor + rng.random())) for size in sizes]
        gap = total - sum(sizes)
        while gap:
            i = rng.randrange(len(sizes))
            if gap > 0 and sizes[i] < most:
                sizes[i] += 1
                gap -= 1
            elif gap < 0 and sizes[i] > 0:
                sizes[i] -= 1
                gap += 1
        return sizes
