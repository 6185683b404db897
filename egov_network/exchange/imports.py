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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
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
from egov_network.exchange.reading import DEFAULT_LIMITS, Limits, Table, read_table
from egov_network.services.base import META_FIELDS, EntityService, Snapshot
from egov_network.services.registry import Services
from egov_network.store.database import Store
from egov_network.store.models import Authority, Base, Contact, utcnow
from egov_network.store.search import search_text_of

CONTEXT = "Import"
#: Header text of the file -> field key, or None for "not imported". JSON-serialisable.
ColumnMapping = dict[str, str | None]

HEADER_SCAN_ROWS = 20
_CHUNK = 500  # ids per IN (...) list: well below SQLite's variable limit
_INSERT_CHUNK = 1000  # rows per INSERT: SQLAlchemy's insertmanyvalues page size
_DEFAULT_ROLE = NetworkRole.PARTNER.value


class RowAction(StrEnum):
    """What applying the preview does with a row."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class Reason:
    """Why a row does what it does: a template under context "Import", or a field problem."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    problem: FieldError | None = None

    def text(self, translate: Translator = no_translation) -> str:
        params = dict(self.params)
        if self.problem is not None:
            params["problem"] = self.problem.text(translate)
        return translate(CONTEXT, self.template).format(**params)


def _reason(template: str, **params: Any) -> Reason:
    return Reason(template, params)


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


class PreviewRow:
    """One data row of the file and what will happen to it.

    ``action`` may be changed (the GUI's combo box) to any of
    ``allowed_actions()``; a row the validation rejects can only be skipped.
    """

    def __init__(self, line: int, values: dict[str, Any]) -> None:
        self.line = line
        #: Field values from the file (blank cells left out); "id" and "authority" removed.
        self.values = values
        self.reasons: list[Reason] = []
        self.file_id: int | None = None
        self.target_id: int | None = None  # existing record this row matches
        self.target_label = ""
        self.target_version: int | None = None
        self.authority_name: str | None = None
        self.authority_id: int | None = None
        self.new_authority: str | None = None  # key into Preview.new_authorities
        self.create_values: dict[str, Any] | None = None  # input for service.create, None if invalid
        self.create_clean: dict[str, Any] | None = None  # its validated form, when already computed
        self.changes: dict[str, Any] = {}  # valid changes for service.update
        self.update_valid = False
        self.broken = False  # unreadable cell: nothing may be done with the row
        self.unchanged = False  # matches a record that already holds these values
        self._action = RowAction.SKIP

    @property
    def action(self) -> RowAction:
        return self._action

    @action.setter
    def action(self, value: RowAction | str) -> None:
        chosen = RowAction(value)
        if chosen not in self.allowed_actions():
            raise ValueError(f"row {self.line}: {chosen} is not possible")
        self._action = chosen

    def allowed_actions(self) -> list[RowAction]:
        allowed = []
        if self.target_id is not None and self.update_valid and self.changes:
            allowed.append(RowAction.UPDATE)
        if self.create_values is not None:
            allowed.append(RowAction.CREATE)
        allowed.append(RowAction.SKIP)
        return allowed

    def describe(self) -> str:
        """The record as the file names it: "Dr. Anna Müller <a.mueller@…>" or the authority's name."""
        v = self.values
        if "name" in v:
            return str(v["name"])
        person = " ".join(str(v[k]) for k in ("title", "first_name", "last_name") if v.get(k))
        return f"{person} <{v['email']}>" if v.get("email") else person

    def match_text(self) -> str:
        """The existing record this row matches, e.g. "#12 Anna Müller"; "" when none."""
        return f"#{self.target_id} {self.target_label}".strip() if self.target_id is not None else ""


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


def _find_header(table: Table, kind: str, remembered: Mapping[str, str | None] | None) -> int:
    """Index of the row (among the first few) with the most recognised headers."""
    best, best_score = 0, 0
    for index, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
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
    """Read ``path`` and decide per row; raises ``ImportFileError`` for unreadable files."""
    spec = _kind(kind)
    table = read_table(Path(path), sheet, limits)
    if not table.rows:
        return Preview(kind, Path(path), table.sheet, {}, 0, [], create_missing_authorities)
    header_index = _find_header(table, kind, mapping)
    headers = _header_texts(table.rows[header_index])
    column_map = apply_mapping(headers, mapping, kind)
    preview = Preview(
        kind,
        Path(path),
        table.sheet,
        column_map,
        table.lines[header_index],
        [],
        create_missing_authorities,
    )
    fields = set(column_map.values())
    if not fields - {None}:
        preview.notes.append(
            _reason(QT_TRANSLATE_NOOP("Import", "No column of the file was recognised; choose the columns."))
        )
    required = "last_name" if kind == "contacts" else "name"
    if required not in fields:
        preview.notes.append(
            _reason(
                QT_TRANSLATE_NOOP("Import", "No column holds the {field}; new records cannot be created."),
                field=required,
            )
        )
    columns = [(index, key) for index, key in enumerate(column_map.values()) if key is not None]
    builder = _ContactRows(services, preview) if kind == "contacts" else _AuthorityRows(services, preview)
    for line, raw in zip(table.lines[header_index + 1 :], table.rows[header_index + 1 :], strict=True):
        preview.rows.append(_read_row(line, raw, columns, spec, table.from_xlsx, limits))
    builder.decide()
    return preview


def _read_row(
    line: int,
    raw: tuple[Any, ...],
    columns: list[tuple[int, str]],
    spec: _Kind,
    from_xlsx: bool,
    limits: Limits,
) -> PreviewRow:
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

    def decide(self) -> None:
        with self.services.store.read() as session:
            self.load_index(session)
            for row in self.preview.rows:
                if not row.broken:
                    self.match(row)
            targets = {r.target_id for r in self.preview.rows if r.target_id is not None}
            existing = _load_full(session, self.spec.model, targets)
            # The services' checks look referenced rows up with session.get; the
            # identity map only holds objects someone references, so keep them
            # alive here or every row would query them again.
            held = self.referenced(session, existing)  # noqa: F841 - kept alive on purpose
            seen: dict[Any, int] = {}
            for row in self.preview.rows:
                if not row.broken:
                    self.validate(session, row, existing.get(row.target_id) if row.target_id else None)
                    self.choose(row, seen)

    def referenced(self, session: Session, existing: Mapping[int, Mapping[str, Any]]) -> list[Any]:
        """ORM objects the validation will look up (the authorities rows point to)."""
        ids = {r.authority_id for r in self.preview.rows if r.authority_id is not None}
        ids |= {e["parent_id"] for e in existing.values() if e.get("parent_id") is not None}
        ordered = sorted(ids)
        return [
            obj
            for start in range(0, len(ordered), _CHUNK)
            for obj in session.scalars(
                select(Authority).where(Authority.id.in_(ordered[start : start + _CHUNK]))
            )
        ]

    def load_index(self, session: Session) -> None:
        raise NotImplementedError

    def match(self, row: PreviewRow) -> None:
        raise NotImplementedError

    def duplicate_keys(self, row: PreviewRow) -> list[tuple[Any, str]]:
        raise NotImplementedError

    def extra_values(self, row: PreviewRow, creating: bool) -> dict[str, Any]:
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
            given = {**row.values, **self.extra_values(row, False)}
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
                row.reasons.append(_reason(QT_TRANSLATE_NOOP("Import", "Nothing to change.")))
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
        self.by_id: dict[int, str] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, int | None], int] = {}
        rows = session.execute(
            select(
                Contact.id, Contact.email, Contact.first_name, Contact.last_name, Contact.authority_id
            ).order_by(Contact.id)
        )
        for ident, email, first, last, authority_id in rows:
            self.by_id[ident] = " ".join(p for p in (first, last) if p)
            if email:
                self.by_email.setdefault(email.lower(), ident)
            self.by_name.setdefault((_name_key(first, last), authority_id), ident)
        self.authorities = matching.AuthorityIndex(
            session.execute(select(Authority.id, Authority.name, Authority.short_name))
        )
        self._resolved: dict[str, tuple[int | None, list[int]]] = {}

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
        if isinstance(email, str) and email.lower() in self.by_email:
            self.target(row, self.by_email[email.lower()])
            row.reasons.append(
                _reason(
                    QT_TRANSLATE_NOOP("Import", "Same email as the existing contact “{name}”."),
                    name=row.target_label,
                )
            )
            return
        if row.new_authority is None and row.values.get("last_name"):
            key = (_name_key(row.values.get("first_name"), row.values["last_name"]), row.authority_id)
            if key in self.by_name:
                self.target(row, self.by_name[key])
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
        row.authority_name = name = str(name)
        if name not in self._resolved:
            self._resolved[name] = self.authorities.match(name)
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

    def extra_values(self, row: PreviewRow, creating: bool) -> dict[str, Any]:
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

    def extra_values(self, row: PreviewRow, creating: bool) -> dict[str, Any]:
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
