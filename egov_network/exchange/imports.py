"""Importing contacts and authorities: column mapping, a preview, then one transaction.

``load_preview`` reads a file (``reading``), maps its columns to fields
(``headers`` + ``matching``), and decides per row whether it creates a
record, updates one, or is skipped, and why. Nothing is written until
``apply_preview``, which runs every row in one ``store.write()``: the import
is there completely or not at all. ``undo_import``/``redo_import`` take the
whole import back and forth as one step.

Rules (the preview explains each decision in its reasons):

* A row whose ``ID`` names an existing record updates it (an exported list
  edited in Excel comes back to the same records); an unknown ID is a new
  record. Without an ID, a row updates the existing contact with the same
  email (ignoring case) or the same name at the same authority; authorities
  match by AGS or by exact name.
* Updates only fill in and overwrite: a blank cell never erases a stored value.
* A repeat of an earlier row of the same file is skipped; a row the services'
  validation rejects is skipped and can not be forced.
* An authority named in a contacts list is matched tolerantly ("Norderstedt"
  finds "Stadt Norderstedt"). An unknown one is created only with
  ``create_missing_authorities``; otherwise the contact is imported without an
  authority, and the row says so.
* An .xlsx cell holding a formula is imported as the formula's text, never
  evaluated, and the row is flagged; a cell longer than
  ``Limits.max_cell_chars`` makes its row skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from egov_network.domain.enums import AuthorityKind, FederalState, NetworkRole, Salutation
from egov_network.domain.errors import EgovError, FieldError, ValidationError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.domain.validation import FieldProblem
from egov_network.exchange import matching
from egov_network.exchange.headers import AUTHORITY_COLUMNS, CONTACT_COLUMNS, ListColumn
from egov_network.exchange.preview_rows import NOTHING_TO_CHANGE, PreviewRow, Reason, RowAction, unpack
from egov_network.exchange.preview_rows import reason as _reason
from egov_network.exchange.reading import DEFAULT_LIMITS, Limits, open_table
from egov_network.services.base import META_FIELDS, EntityService, Snapshot
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.models import Authority, Base, Contact, utcnow
from egov_network.store.search import search_text_of

#: Header text of the file -> field key, or None for "not imported". JSON-serialisable.
ColumnMapping = dict[str, str | None]

HEADER_SCAN_ROWS = 20
_CHUNK = 500  # ids per IN (...) list: well below SQLite's variable limit
#: Rows read and decided at a time: enough for bulk queries, few enough to hold as full rows.
_ROWS_PER_BATCH = 2000
_INSERT_CHUNK = 1000  # rows per INSERT: SQLAlchemy's insertmanyvalues page size
_DEFAULT_ROLE = NetworkRole.PARTNER.value


class ImportRowError(EgovError):
    """Applying one row failed; the whole import was rolled back."""

    def __init__(self, line: int, cause: EgovError) -> None:
        self.line = line
        self.cause = cause
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Row {line} could not be imported, so nothing was: {details}"),
            line=line,
        )

    def text(self, translate: Translator = no_translation) -> str:
        return translate("Errors", self.template).format(line=self.line, details=self.cause.text(translate))


@dataclass
class Preview:
    """What importing a file would do; change row actions, then ``apply_preview``."""

    kind: str
    path: Path
    sheet: str | None
    mapping: ColumnMapping
    header_line: int
    rows: list[PreviewRow]
    create_missing_authorities: bool
    #: Authorities a contacts list names that the network lacks: key -> name as first written.
    new_authorities: dict[str, str] = field(default_factory=dict)
    #: Problems of the file as a whole (no header recognised, no last-name column).
    notes: list[Reason] = field(default_factory=list)

    def counts(self) -> dict[RowAction, int]:
        counts = dict.fromkeys(RowAction, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def missing_authorities(self) -> list[str]:
        return list(self.new_authorities.values())


@dataclass
class ImportResult:
    """What ``apply_preview`` did, with what undo and redo need."""

    kind: str
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    created_authorities: list[int] = field(default_factory=list)
    skipped: int = 0
    skipped_rows: list[tuple[int, list[Reason]]] = field(default_factory=list)
    #: Updated records before and after the import, for undo and redo.
    before: list[Snapshot] = field(default_factory=list)
    after: list[Snapshot] = field(default_factory=list)
    #: Created records as undo removed them, for redo (filled by ``undo_import``).
    removed: list[Snapshot] = field(default_factory=list)
    removed_authorities: list[Snapshot] = field(default_factory=list)

    def summary(self) -> str:
        return f"created: {len(self.created)}, updated: {len(self.updated)}, skipped: {self.skipped}"


# -- the two kinds of list -----------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """How one kind of list is read and matched."""

    columns: tuple[ListColumn, ...]
    service: Callable[[Services], EntityService[Any, Any]]
    model: type[Base]
    choices: Mapping[str, type[StrEnum]]
    digits: Mapping[str, tuple[int, ...]]


_KINDS: dict[str, _Kind] = {
    "contacts": _Kind(CONTACT_COLUMNS, lambda s: s.contacts, Contact, {"salutation": Salutation}, {}),
    "authorities": _Kind(
        AUTHORITY_COLUMNS,
        lambda s: s.authorities,
        Authority,
        {"kind": AuthorityKind, "state": FederalState, "network_role": NetworkRole},
        {"ags": (8, 5), "postal_code": (5,)},
    ),
}
_HEADERS = {name: matching.HeaderTable(kind.columns) for name, kind in _KINDS.items()}
_NO_TEXT = frozenset({"id", "active", "cohort", "member_since"})


def _kind(kind: str) -> _Kind:
    if kind not in _KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    return _KINDS[kind]


# -- mapping -------------------------------------------------------------------------------


def _header_texts(row: tuple[Any, ...]) -> list[str]:
    """Unique header texts: "Email", "Email (2)"; a blank header is named by its column ("#D")."""
    values = list(row)
    while values and (values[-1] is None or str(values[-1]).strip() == ""):
        values.pop()  # trailing blank columns are padding, not data
    texts: list[str] = []
    seen: set[str] = set()
    for index, value in enumerate(values):
        text = str(matching.as_text(value)).strip() if value is not None else ""
        text = text or f"#{matching.column_letter(index)}"
        candidate, n = text, 2
        while candidate in seen:
            candidate, n = f"{text} ({n})", n + 1
        seen.add(candidate)
        texts.append(candidate)
    return texts


def recognise_mapping(headers: list[str], kind: str) -> ColumnMapping:
    """Field per header by the known spellings; each field taken by its best-matching column."""
    _kind(kind)
    table = _HEADERS[kind]
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column index)
    for index, header in enumerate(headers):
        found = table.recognise(header)
        if found and (found[0] not in best or best[found[0]][0] > found[1]):
            best[found[0]] = (found[1], index)
    chosen = {index: key for key, (_rank, index) in best.items()}
    return {header: chosen.get(index) for index, header in enumerate(headers)}


def apply_mapping(
    headers: list[str], remembered: Mapping[str, str | None] | None, kind: str
) -> ColumnMapping:
    """A remembered mapping for the headers it knows, recognition for the others.

    Unknown field keys in ``remembered`` (an older version, a hand-edited
    setting) are treated as "not imported"; a field is never filled twice.
    """
    mapping = recognise_mapping(headers, kind)
    if not remembered:
        return mapping
    fields = _HEADERS[kind].fields
    for header in headers:
        if header in remembered:
            key = remembered[header]
            mapping[header] = key if key in fields else None
    taken: set[str] = set()
    for header in headers:  # remembered choices first, then recognised ones
        key = mapping[header]
        if key is not None and header in remembered:
            taken.add(key)
    for header in headers:
        key = mapping[header]
        if key is not None and header not in remembered and key in taken:
            mapping[header] = None
    return mapping


def _find_header(rows: list[tuple[Any, ...]], kind: str, remembered: Mapping[str, str | None] | None) -> int:
    """Index of the row (among the first few) with the most recognised headers."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        headers = _header_texts(row)
        mapping = apply_mapping(headers, remembered, kind)
        score = sum(1 for key in mapping.values() if key is not None)
        if score > best_score:
            best, best_score = index, score
    return best


# -- preview -------------------------------------------------------------------------------


def load_preview(
    services: Services,
    path: Path,
    kind: str,
    sheet: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing_authorities: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Preview:
    """Read ``path`` and decide per row; raises ``ImportFileError`` for unreadable files.

    The file is streamed: rows are read, decided and (when they change
    nothing) compacted a batch at a time, so neither the file's cells nor
    full rows are ever held for the whole list.
    """
    spec = _kind(kind)
    with open_table(Path(path), sheet, limits) as table:
        head = list(islice(table.rows, HEADER_SCAN_ROWS))
        if not head:
            return Preview(kind, Path(path), table.sheet, {}, 0, [], create_missing_authorities)
        header_index = _find_header([raw for _line, raw in head], kind, mapping)
        header_line, header_row = head[header_index]
        column_map = apply_mapping(_header_texts(header_row), mapping, kind)
        preview = Preview(
            kind, Path(path), table.sheet, column_map, header_line, [], create_missing_authorities
        )
        fields = set(column_map.values())
        if not fields - {None}:
            preview.notes.append(
                _reason(
                    QT_TRANSLATE_NOOP("Import", "No column of the file was recognised; choose the columns.")
                )
            )
        # Whole sentences per kind: a translator cannot inflect a field name put into a sentence.
        if kind == "contacts" and "last_name" not in fields:
            preview.notes.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "Import", "No column holds the last name; new contacts cannot be created."
                    )
                )
            )
        elif kind != "contacts" and "name" not in fields:
            preview.notes.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "Import", "No column holds the authority's name; new authorities cannot be created."
                    )
                )
            )
        columns = [(index, key) for index, key in enumerate(column_map.values()) if key is not None]
        builder = _ContactRows(services, preview) if kind == "contacts" else _AuthorityRows(services, preview)
        reader = _RowReader(columns, spec, table.from_xlsx, limits, builder.extra_values)
        builder.decide(chain(head[header_index + 1 :], table.rows), reader)
    return preview


class _RowReader:
    """Turns a row's cells into a ``PreviewRow``; as the ``RowSource`` of compact rows, back again.

    Holds nothing of the builder (its indexes are large): compact rows keep
    this object for as long as the preview lives.
    """

    def __init__(
        self,
        columns: list[tuple[int, str]],
        spec: _Kind,
        from_xlsx: bool,
        limits: Limits,
        extras: Callable[[PreviewRow, bool], dict[str, Any]],
    ) -> None:
        self.columns = columns
        self.spec = spec
        self.from_xlsx = from_xlsx
        self.limits = limits
        self._extras = extras
        self._indexes = [index for index, _key in columns]
        #: The columns of ``cells``' tuples: only the mapped ones, in order.
        self._packed_columns = [(position, key) for position, (_index, key) in enumerate(columns)]

    def row(self, line: int, raw: tuple[Any, ...]) -> PreviewRow:
        values, notes, broken = _cell_values(line, raw, self.columns, self.spec, self.from_xlsx, self.limits)
        row = PreviewRow(line, values)
        row.reasons.extend(notes)
        row.broken = broken
        ident = values.pop("id", None)
        if ident is not None:
            if isinstance(ident, int) and not isinstance(ident, bool):
                row.file_id = ident
            else:
                row.reasons.append(
                    _reason(
                        QT_TRANSLATE_NOOP("Import", "The ID “{value}” is not a number; it is ignored."),
                        value=ident,
                    )
                )
        return row

    def cells(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        """The mapped cells of a raw row: what ``values`` needs to rebuild the row's values."""
        width = len(raw)
        cells = [raw[index] if index < width else None for index in self._indexes]
        while cells and cells[-1] is None:
            cells.pop()
        return tuple(cells)

    def values(self, line: int, packed: bytes) -> dict[str, Any]:
        # Same conversion as ``row``, so the same values; its notes were kept as the row's reasons.
        cells = unpack(packed)
        # from_xlsx only adds notes on formulas, which the row already has among its reasons.
        values = _cell_values(line, cells, self._packed_columns, self.spec, False, self.limits)[0]
        values.pop("id", None)
        values.pop("authority", None)  # taken out by the contacts' authority matching
        return values

    def extras(self, row: PreviewRow) -> dict[str, Any]:
        return self._extras(row, True)


def _cell_values(
    line: int,
    raw: tuple[Any, ...],
    columns: list[tuple[int, str]],
    spec: _Kind,
    from_xlsx: bool,
    limits: Limits,
) -> tuple[dict[str, Any], list[Reason], bool]:
    """The field values of a row's cells, notes on its cells, and whether it is broken."""
    values: dict[str, Any] = {}
    notes: list[Reason] = []
    broken = False
    width = len(raw)
    for index, key in columns:
        if index >= width:
            continue
        value = raw[index]
        if isinstance(value, str):
            if len(value) > limits.max_cell_chars:
                broken = True
                notes.append(
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "Import", "Cell {cell} holds {length} characters; at most {max} are accepted."
                        ),
                        cell=f"{matching.column_letter(index)}{line}",
                        length=len(value),
                        max=limits.max_cell_chars,
                    )
                )
                continue
            if from_xlsx and value.startswith("="):
                notes.append(
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Cell {cell} holds a formula; its text {formula} is imported, not its result.",
                        ),
                        cell=f"{matching.column_letter(index)}{line}",
                        formula=value[:60],
                    )
                )
            value = value.strip()
            if not value:
                continue
        elif value is None:
            continue
        if key in spec.choices:
            value = matching.choice_value(spec.choices[key], matching.as_text(value))
        elif key in spec.digits:
            value = matching.as_digits(value, spec.digits[key])
        elif key in ("id", "cohort"):
            value = matching.as_int(value)
        elif key not in _NO_TEXT:
            value = matching.as_text(value)
        values[key] = value
    return values, notes, broken


def _validate(
    service: EntityService[Any, Any], session: Session, values: dict[str, Any]
) -> tuple[dict[str, Any] | None, list[FieldError]]:
    """The services' own validation (field rules and cross checks), without writing."""
    try:
        return service.clean(session, values, None), []
    except ValidationError as error:
        return None, error.errors


_REQUIRED: dict[str, frozenset[str]] = {}


def _required(service: EntityService[Any, Any]) -> frozenset[str]:
    """Fields a new record cannot do without: those whose validator refuses an empty value."""
    if service.entity not in _REQUIRED:
        required = set()
        for name, validate in service.validators.items():
            try:
                validate(None)
            except FieldProblem:
                required.add(name)
        _REQUIRED[service.entity] = frozenset(required)
    return _REQUIRED[service.entity]


def _record_values(service: EntityService[Any, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in service.validators}


def _table(model: type[Base]) -> SqlTable:
    return cast(SqlTable, model.__table__)


def _load_full(session: Session, model: type[Base], ids: set[int]) -> dict[int, Mapping[str, Any]]:
    table = _table(model)
    found: dict[int, Any] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = row
    return found


class _Rows:
    """Shared decision logic; subclasses find targets and the keys that make rows duplicates."""

    def __init__(self, services: Services, preview: Preview) -> None:
        self.services = services
        self.preview = preview
        self.spec = _kind(preview.kind)
        self.service = self.spec.service(services)

    def decide(self, rows: Iterable[tuple[int, tuple[Any, ...]]], reader: _RowReader) -> None:
        """Read, match, validate and choose the rows a batch at a time, appending them to the preview.

        Matching and the duplicate check go in file order as before, so a
        batch decides exactly what the whole file at once would; unchanged
        rows are compacted as soon as their batch is decided.
        """
        seen: dict[Any, int] = {}
        # The services' checks look referenced rows up with session.get; the
        # identity map only holds objects someone references, so keep them
        # alive here or every row would query them again.
        held: dict[int, Any] = {}
        with self.services.store.read() as session:
            self.load_index(session)
            batch: list[tuple[PreviewRow, tuple[Any, ...]]] = []
            for line, raw in rows:
                batch.append((reader.row(line, raw), raw))
                if len(batch) == _ROWS_PER_BATCH:
                    self.decide_batch(session, batch, reader, seen, held)
                    batch = []
            self.decide_batch(session, batch, reader, seen, held)

    def decide_batch(
        self,
        session: Session,
        batch: list[tuple[PreviewRow, tuple[Any, ...]]],
        reader: _RowReader,
        seen: dict[Any, int],
        held: dict[int, Any],
    ) -> None:
        readable = [row for row, _raw in batch if not row.broken]
        for row in readable:
            self.match(row)
        targets = {r.target_id for r in readable if r.target_id is not None}
        existing = _load_full(session, self.spec.model, targets)
        checked = [r for r in readable if not r.target_id or not self.same(r, existing[r.target_id])]
        self.hold_referenced(session, checked, existing, held)
        for row, raw in batch:
            if not row.broken:
                self.validate(session, row, existing.get(row.target_id) if row.target_id else None)
                self.choose(row, seen)
            if row.unchanged:
                row.compact(reader, reader.cells(raw))
            self.preview.rows.append(row)

    def hold_referenced(
        self,
        session: Session,
        rows: list[PreviewRow],
        existing: Mapping[int, Mapping[str, Any]],
        held: dict[int, Any],
    ) -> None:
        """Load the ORM objects the validation of ``rows`` will look up (the authorities they point to).

        Only rows that will be validated count: an unchanged row is not, and
        loading the authorities of 100,000 of them cost time and memory.
        """
        ids = {r.authority_id for r in rows if r.authority_id is not None}
        ids |= {
            e["parent_id"]
            for e in (existing[r.target_id] for r in rows if r.target_id)
            if e.get("parent_id") is not None
        }
        ordered = sorted(ids - held.keys())
        for start in range(0, len(ordered), _CHUNK):
            for obj in session.scalars(
                select(Authority).where(Authority.id.in_(ordered[start : start + _CHUNK]))
            ):
                held[obj.id] = obj

    def same(self, row: PreviewRow, current: Mapping[str, Any]) -> bool:
        """Whether the matched record already holds the row's values (then nothing is validated)."""
        return all(current.get(k) == v for k, v in self.given(row).items())

    def given(self, row: PreviewRow) -> dict[str, Any]:
        """What an update of the matched record would set."""
        return {**row.values, **self.extra_values(row, False)}

    def load_index(self, session: Session) -> None:
        raise NotImplementedError

    def match(self, row: PreviewRow) -> None:
        raise NotImplementedError

    def duplicate_keys(self, row: PreviewRow) -> list[tuple[Any, str]]:
        raise NotImplementedError

    @staticmethod
    def extra_values(row: PreviewRow, creating: bool) -> dict[str, Any]:
        """What the file's values need besides (a guessed kind, the authority's id).

        Static: compact rows keep it (through ``_RowReader``) after the
        builder and its indexes are gone.
        """
        return {}

    def validate(self, session: Session, row: PreviewRow, current: Mapping[str, Any] | None) -> None:
        """The services' validation, run as little as possible (it is most of the preview's time)."""
        create_input = {**row.values, **self.extra_values(row, True)}
        problems: list[FieldError] = []
        if current is None:
            row.create_clean, problems = _validate(self.service, session, create_input)
            if row.create_clean is not None:
                row.create_values = create_input
        else:
            row.target_version = current.get("version")
            given = self.given(row)
            if all(current.get(k) == v for k, v in given.items()):
                row.update_valid = True  # the stored values, so valid: a re-imported export
            else:
                merged = {**_record_values(self.service, current), **given}
                clean, problems = _validate(self.service, session, merged)
                if clean is not None:
                    row.update_valid = True
                    row.changes = {k: clean[k] for k in given if clean[k] != current[k]}
            # The file's own values passed (as part of the merge); creating a
            # record from them also needs the required fields. apply_preview
            # validates such a forced row once more.
            if row.update_valid and _required(self.service) <= create_input.keys():
                row.create_values = create_input
        for problem in problems:
            row.reasons.append(Reason(QT_TRANSLATE_NOOP("Import", "{problem}"), problem=problem))

    def choose(self, row: PreviewRow, seen: dict[Any, int]) -> None:
        """The default action; the row starts as SKIP, which needs no change."""
        if row.target_id is not None:
            # A matched record is updated or left alone; creating a second one
            # stays possible, but only when the user asks for it.
            if not row.update_valid:
                return
            if not row.changes:
                row.unchanged = True
                row.reasons.append(NOTHING_TO_CHANGE)
                return
            default = RowAction.UPDATE
        elif row.create_values is not None:
            default = RowAction.CREATE
        else:
            return  # invalid: the validation's reasons are already listed
        keys = self.duplicate_keys(row)
        for key, template in keys:
            if key in seen:
                row.reasons.append(_reason(template, line=seen[key]))
                return
        for key, _template in keys:
            seen[key] = row.line
        row.action = default


class _ContactRows(_Rows):
    """Contacts: matched by ID, email, or name at the same authority."""

    def load_index(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[int, str] = {}
        rows = session.execute(select(Contact.id, Contact.first_name, Contact.last_name).order_by(Contact.id))
        for ident, first, last in rows:
            self.by_id[ident] = " ".join(p for p in (first, last) if p)
        self._by_email: dict[str, int] | None = None
        self._by_name: dict[tuple[str, int | None], int] = {}
        self.authorities = matching.AuthorityIndex(
            session.execute(select(Authority.id, Authority.name, Authority.short_name))
        )
        self._resolved: dict[str, tuple[int | None, list[int]]] = {}
        self._names: dict[str, str] = {}

    def by_email(self) -> dict[str, int]:
        """Contacts by lower-case email; built when first needed.

        A re-imported export matches every row by its ID, so it never needs
        this or ``by_name`` (about 30 MB and 2 s at 100,000 contacts).
        """
        if self._by_email is None:
            self._by_email = {}
            rows = self.session.execute(
                select(
                    Contact.id, Contact.email, Contact.first_name, Contact.last_name, Contact.authority_id
                ).order_by(Contact.id)
            )
            for ident, email, first, last, authority_id in rows:
                if email:
                    self._by_email.setdefault(email.lower(), ident)
                self._by_name.setdefault((_name_key(first, last), authority_id), ident)
        return self._by_email

    def by_name(self) -> dict[tuple[str, int | None], int]:
        """Contacts by folded name and authority id; built with ``by_email``."""
        self.by_email()
        return self._by_name

    def match(self, row: PreviewRow) -> None:
        self.match_authority(row)
        if row.file_id is not None:
            if row.file_id in self.by_id:
                self.target(row, row.file_id)
                return
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "Import", "No contact has the ID {id}; the row is treated as a new contact."
                    ),
                    id=row.file_id,
                )
            )
        email = row.values.get("email")
        if isinstance(email, str) and email.lower() in self.by_email():
            self.target(row, self.by_email()[email.lower()])
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP("Import", "Same email as the existing contact “{name}”."),
                    name=row.target_label,
                )
            )
            return
        if row.new_authority is None and row.values.get("last_name"):
            key = (_name_key(row.values.get("first_name"), row.values["last_name"]), row.authority_id)
            if key in self.by_name():
                self.target(row, self.by_name()[key])
                row.reasons.append(
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "Import", "Same name at the same authority as the existing contact #{id}."
                        ),
                        id=row.target_id,
                    )
                )

    def target(self, row: PreviewRow, ident: int) -> None:
        row.target_id = ident
        row.target_label = self.by_id[ident]

    def match_authority(self, row: PreviewRow) -> None:
        name = row.values.pop("authority", None)
        if name is None:
            return
        name = str(name)
        if name not in self._resolved:
            self._resolved[name] = self.authorities.match(name)
            self._names[name] = name
        # One string per authority, not one per row (the file repeats the name on every row).
        row.authority_name = name = self._names[name]
        found, candidates = self._resolved[name]
        if found is not None:
            row.authority_id = found
        elif candidates:
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "“{name}” fits several authorities ({candidates}); the authority is not set.",
                    ),
                    name=name,
                    candidates=", ".join(self.authorities.names[c] for c in candidates),
                )
            )
        else:
            key = matching.authority_keys(name)[1]
            self.preview.new_authorities.setdefault(key, name)
            row.new_authority = key
            if self.preview.create_missing_authorities:
                row.reasons.append(
                    _reason(
                        QT_TRANSLATE_NOOP("Import", "The authority “{name}” is new and will be created."),
                        name=self.preview.new_authorities[key],
                    )
                )
            else:
                row.reasons.append(
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Authority “{name}” is not in the network; the contact is imported without one.",
                        ),
                        name=name,
                    )
                )

    @staticmethod
    def extra_values(row: PreviewRow, creating: bool) -> dict[str, Any]:
        # An unknown authority stays unset in the preview; apply_preview fills in
        # the id of the one it creates (when that was agreed).
        if row.authority_id is not None:
            return {"authority_id": row.authority_id}
        return {}

    def duplicate_keys(self, row: PreviewRow) -> list[tuple[Any, str]]:
        keys: list[tuple[Any, str]] = []
        if row.file_id is not None and row.target_id == row.file_id:
            keys.append((("id", row.file_id), QT_TRANSLATE_NOOP("Import", "Same ID as row {line}; skipped.")))
        email = row.values.get("email")
        if isinstance(email, str):
            keys.append(
                (("email", email.lower()), QT_TRANSLATE_NOOP("Import", "Same email as row {line}; skipped."))
            )
        if row.values.get("last_name"):
            where = ("new", row.new_authority) if row.new_authority else row.authority_id
            keys.append(
                (
                    ("name", _name_key(row.values.get("first_name"), row.values["last_name"]), where),
                    QT_TRANSLATE_NOOP("Import", "Same name at the same authority as row {line}; skipped."),
                )
            )
        return keys


def _name_key(first: Any, last: Any) -> str:
    # Same spelling tolerance as headers: "Joerg GROSS" is "Jörg Groß".
    return f"{matching.loose_key(str(first or ''))} {matching.loose_key(str(last or ''))}"


class _AuthorityRows(_Rows):
    """Authorities: matched by ID, AGS or exact (folded) name; new ones get a guessed kind."""

    def load_index(self, session: Session) -> None:
        self.by_id: dict[int, str] = {}
        self.by_ags: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for ident, name, ags in session.execute(
            select(Authority.id, Authority.name, Authority.ags).order_by(Authority.id)
        ):
            self.by_id[ident] = name
            if ags:
                self.by_ags.setdefault(ags, ident)
            self.by_name.setdefault(matching.loose_key(name), ident)

    def match(self, row: PreviewRow) -> None:
        if row.file_id is not None:
            if row.file_id in self.by_id:
                self.target(row, row.file_id)
                return
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP(
                        "Import", "No authority has the ID {id}; the row is treated as a new authority."
                    ),
                    id=row.file_id,
                )
            )
        ags = row.values.get("ags")
        if isinstance(ags, str) and ags.replace(" ", "") in self.by_ags:
            self.target(row, self.by_ags[ags.replace(" ", "")])
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP("Import", "Same municipality key as “{name}”."), name=row.target_label
                )
            )
            return
        name = row.values.get("name")
        if name and matching.loose_key(str(name)) in self.by_name:
            self.target(row, self.by_name[matching.loose_key(str(name))])
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP("Import", "Same name as the existing authority #{id}."),
                    id=row.target_id,
                )
            )

    def target(self, row: PreviewRow, ident: int) -> None:
        row.target_id = ident
        row.target_label = self.by_id[ident]

    @staticmethod
    def extra_values(row: PreviewRow, creating: bool) -> dict[str, Any]:
        if not creating:
            return {}
        defaults: dict[str, Any] = {}
        if "kind" not in row.values and row.values.get("name"):
            defaults["kind"] = matching.guess_kind(str(row.values["name"]))
        if "network_role" not in row.values:
            defaults["network_role"] = _DEFAULT_ROLE
        return defaults

    def validate(self, session: Session, row: PreviewRow, current: Mapping[str, Any] | None) -> None:
        super().validate(session, row, current)
        if row.create_values is not None and row.target_id is None:
            if "kind" not in row.values and "kind" in row.create_values:
                row.reasons.append(
                    _reason(
                        QT_TRANSLATE_NOOP("Import", "No kind given; “{kind}” is assumed."),
                        kind=AuthorityKind(row.create_values["kind"]).label,
                    )
                )

    def duplicate_keys(self, row: PreviewRow) -> list[tuple[Any, str]]:
        keys: list[tuple[Any, str]] = []
        if row.file_id is not None and row.target_id == row.file_id:
            keys.append((("id", row.file_id), QT_TRANSLATE_NOOP("Import", "Same ID as row {line}; skipped.")))
        if isinstance(row.values.get("ags"), str):
            keys.append(
                (
                    ("ags", row.values["ags"]),
                    QT_TRANSLATE_NOOP("Import", "Same municipality key as row {line}; skipped."),
                )
            )
        if row.values.get("name"):
            keys.append(
                (
                    ("name", matching.loose_key(str(row.values["name"]))),
                    QT_TRANSLATE_NOOP("Import", "Same name as row {line}; skipped."),
                )
            )
        return keys


def preview_summary(preview: Preview, translate: Translator = no_translation) -> list[str]:
    """Lines for the CLI: the counts, then file-level notes, then one line per skipped row."""
    counts = preview.counts()
    create, update, skip = (counts[a] for a in (RowAction.CREATE, RowAction.UPDATE, RowAction.SKIP))
    lines = [f"create: {create}, update: {update}, skip: {skip}"]
    lines += [note.text(translate) for note in preview.notes]
    if preview.new_authorities:
        verb = "will be created" if preview.create_missing_authorities else "are not in the network"
        lines.append(f"authorities that {verb}: {', '.join(preview.missing_authorities())}")
    skipped = [row for row in preview.rows if row.action is RowAction.SKIP]
    unchanged = sum(1 for row in skipped if row.unchanged)
    if unchanged:  # a re-imported export: one line, not thousands
        lines.append(f"unchanged: {unchanged}")
    for row in skipped:
        if not row.unchanged:
            lines.append(f"row {row.line}: " + "; ".join(r.text(translate) for r in row.reasons))
    return lines


# -- apply, undo, redo -----------------------------------------------------------------------


def apply_preview(services: Services, preview: Preview) -> ImportResult:
    """Carry out the rows' actions in one transaction; any failure leaves the store as it was."""
    spec = _kind(preview.kind)
    service = spec.service(services)
    result = ImportResult(preview.kind)
    creates = [r for r in preview.rows if r.action is RowAction.CREATE]
    updates = [r for r in preview.rows if r.action is RowAction.UPDATE]
    for row in preview.rows:
        if row.action is RowAction.SKIP:
            result.skipped += 1
            result.skipped_rows.append((row.line, list(row.reasons)))
    with services.store.write() as session:
        new_ids = _create_authorities(services, preview, creates + updates, result)
        targets = list(dict.fromkeys(r.target_id for r in updates if r.target_id is not None))
        result.before = list(_snapshots(session, service, targets).values())
        # Load the targets in bulk so each update below finds its record in the
        # identity map instead of issuing one SELECT per row.
        for start in range(0, len(targets), _CHUNK):
            list(
                session.scalars(select(spec.model).where(spec.model.id.in_(targets[start : start + _CHUNK])))
            )
        guarded: set[int] = set()
        for row in updates:
            assert row.target_id is not None
            values = dict(row.changes)
            if row.new_authority in new_ids:
                values["authority_id"] = new_ids[row.new_authority]  # type: ignore[index]
            # Guard against edits made since the preview, but only once: a second
            # row for the same record sees this import's own change.
            version = None if row.target_id in guarded else row.target_version
            guarded.add(row.target_id)
            try:
                service.update(row.target_id, values, expected_version=version)
            except EgovError as error:
                raise ImportRowError(row.line, error) from None
        result.updated = targets
        result.created = _bulk_create(session, service, creates, new_ids)
        result.after = list(_snapshots(session, service, targets).values())
    return result


def _create_authorities(
    services: Services, preview: Preview, rows: list[PreviewRow], result: ImportResult
) -> dict[str, int]:
    if not preview.create_missing_authorities:
        return {}
    new_ids: dict[str, int] = {}
    for row in rows:
        key = row.new_authority
        if key is None or key in new_ids:
            continue
        name = preview.new_authorities[key]
        values = {"name": name, "kind": matching.guess_kind(name), "network_role": _DEFAULT_ROLE}
        try:
            new_ids[key] = services.authorities.create(values).id
        except EgovError as error:
            raise ImportRowError(row.line, error) from None
        result.created_authorities.append(new_ids[key])
    return new_ids


def _bulk_create(
    session: Session, service: EntityService[Any, Any], rows: list[PreviewRow], new_ids: Mapping[str, int]
) -> list[int]:
    """Insert the new records in bulk, as validated by the services' ``clean`` in the preview.

    Validation is not repeated (it is most of the cost): field values do not
    go stale, and what can (an authority deleted since the preview) is caught
    by the foreign keys, failing the whole import. Rows the user forced to
    CREATE are validated here. Inserting bypasses the ORM unit of work (about
    10x faster), so it sets what the ORM would: ``search_text``
    (store/search.py), timestamps and version; the services' ``after_write``
    does nothing for a new contact or authority. test_import checks that
    imported rows equal service-created ones.
    """
    if not rows:
        return []
    table = _table(service.model)
    now = utcnow()
    params: list[dict[str, Any]] = []
    for row in rows:
        assert row.create_values is not None
        clean = row.create_clean
        if clean is None:  # a row the user forced to CREATE
            try:
                clean = service.clean(session, row.create_values, None)
            except EgovError as error:
                raise ImportRowError(row.line, error) from None
        clean = dict(clean)
        if row.new_authority in new_ids:  # created a moment ago in this transaction
            clean["authority_id"] = new_ids[row.new_authority]  # type: ignore[index]
        clean["search_text"] = search_text_of(service.model, clean)
        clean.update(created_at=now, updated_at=now, version=1)
        params.append(clean)
    ids: list[int] = []
    try:
        # One statement per chunk: SQLAlchemy merges the RETURNING results of
        # several batches in quadratic time (40 s for 10,000 rows).
        for start in range(0, len(params), _INSERT_CHUNK):
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids += session.scalars(statement, params[start : start + _INSERT_CHUNK])
    except IntegrityError:
        raise EgovError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Records the import refers to were changed meanwhile; nothing was imported. Try again.",
            )
        ) from None
    for ident in ids:
        Store.record("created", service.entity, ident)
    return ids


def _snapshots(session: Session, service: EntityService[Any, Any], ids: list[int]) -> dict[int, Snapshot]:
    """``service.snapshot`` for many records with one query per table and chunk."""
    model = service.model
    found: dict[int, Snapshot] = {}
    tables = [(_table(model), "id")] + [(_table(child), column) for child, column in service.children]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for ident in chunk:
            found[ident] = Snapshot(service.entity, ident, {t.name: [] for t, _c in tables})
        for table, column in tables:
            for row in session.execute(select(table).where(table.c[column].in_(chunk))).mappings():
                found[row[column]].rows[table.name].append(dict(row))
    return found


def _put_back(session: Session, service: EntityService[Any, Any], snapshots: list[Snapshot], op: str) -> None:
    """Set records to a snapshot's values in place (they are referenced, so no delete + insert).

    Child rows the snapshot lacks (a position the import's update wrote) are
    removed, missing ones re-inserted; the ORM bumps the version, so an
    editor still holding the imported state notices.
    """
    model = service.model
    for snapshot in snapshots:
        obj = service.load(session, snapshot.ident)
        (own,) = snapshot.rows[model.__tablename__]
        for key, value in own.items():
            if key not in META_FIELDS and key != "search_text" and getattr(obj, key) != value:
                setattr(obj, key, value)
        for child, column in service.children:
            table = _table(child)
            kept = {r["id"] for r in snapshot.rows.get(table.name, [])}
            present = set(session.scalars(select(table.c.id).where(table.c[column] == snapshot.ident)))
            if present - kept:
                session.execute(delete(table).where(table.c.id.in_(present - kept)))
            missing = [r for r in snapshot.rows.get(table.name, []) if r["id"] not in present]
            if missing:
                session.execute(insert(table), missing)
        Store.record(op, service.entity, snapshot.ident)
    session.flush()


def _remove(session: Session, service: EntityService[Any, Any], ids: list[int]) -> list[Snapshot]:
    snapshots = list(_snapshots(session, service, ids).values())
    table = _table(service.model)
    try:
        for start in range(0, len(ids), _CHUNK):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + _CHUNK])))
    except IntegrityError:
        # Restrictive foreign keys: someone linked the new records meanwhile.
        raise EgovError(
            QT_TRANSLATE_NOOP(
                "Errors", "The import cannot be taken back: records it created are now used elsewhere."
            )
        ) from None
    for ident in ids:
        Store.record("deleted", service.entity, ident)
    return snapshots


def _reinsert(session: Session, service: EntityService[Any, Any], snapshots: list[Snapshot]) -> None:
    tables = [_table(service.model)] + [_table(child) for child, _c in service.children]
    for table in tables:
        rows = [r for s in snapshots for r in s.rows.get(table.name, [])]
        if rows:
            session.execute(insert(table), rows)
    for snapshot in snapshots:
        Store.record("created", service.entity, snapshot.ident)


def undo_import(services: Services, result: ImportResult) -> None:
    """Take the whole import back in one transaction: remove what it created, restore what it changed."""
    service = _kind(result.kind).service(services)
    with services.store.write() as session:
        session.flush()
        _put_back(session, service, result.before, "updated")
        result.removed = _remove(session, service, result.created)
        result.removed_authorities = _remove(session, services.authorities, result.created_authorities)
        session.expire_all()  # rows changed behind the ORM's back


def redo_import(services: Services, result: ImportResult) -> None:
    """Do an undone import again, with the very same ids (so undo/redo can alternate)."""
    service = _kind(result.kind).service(services)
    with services.store.write() as session:
        _reinsert(session, services.authorities, result.removed_authorities)
        _reinsert(session, service, result.removed)
        session.expire_all()
        _put_back(session, service, result.after, "updated")


def count_records(services: Services, kind: str) -> int:
    """How many records of the kind exist (tests and the CLI's before/after line)."""
    model = _kind(kind).model
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
