"""How rows find their record: contacts by ID, email or name at an authority; authorities by ID, AGS or name.

``match`` runs in the preview; ``rematch`` runs inside the import's write
transaction for rows the preview meant to create, when the store changed
since (another import of the same file, a colleague's new record), so the
second import updates or skips the record the first one created instead of
creating it twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from egov_network.domain.enums import AuthorityKind
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.exchange import matching
from egov_network.exchange.imports.kinds import DEFAULT_ROLE
from egov_network.exchange.preview_rows import PreviewRow
from egov_network.exchange.preview_rows import reason as _reason
from egov_network.services.importing.decisions import RowDecider
from egov_network.store.models import Authority, Contact

#: Said of a row whose record appeared between the preview and the import.
MEANWHILE = _reason(
    QT_TRANSLATE_NOOP("Import", "This record was created meanwhile (by another import or user).")
)


class ContactDecider(RowDecider):
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

    def rematch(self, row: PreviewRow, new_authorities: Mapping[str, int]) -> None:
        if row.file_id is not None and row.file_id in self.by_id:
            self.target(row, row.file_id)
            return
        email = row.values.get("email")
        if isinstance(email, str) and email.lower() in self.by_email():
            self.target(row, self.by_email()[email.lower()])
            return
        authority = new_authorities.get(row.new_authority) if row.new_authority else row.authority_id
        if row.values.get("last_name") and (row.new_authority is None or authority is not None):
            key = (_name_key(row.values.get("first_name"), row.values["last_name"]), authority)
            if key in self.by_name():
                self.target(row, self.by_name()[key])

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


class AuthorityDecider(RowDecider):
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

    def rematch(self, row: PreviewRow, new_authorities: Mapping[str, int]) -> None:
        if row.file_id is not None and row.file_id in self.by_id:
            self.target(row, row.file_id)
            return
        ags = row.values.get("ags")
        if isinstance(ags, str) and ags.replace(" ", "") in self.by_ags:
            self.target(row, self.by_ags[ags.replace(" ", "")])
            return
        name = row.values.get("name")
        if name and matching.loose_key(str(name)) in self.by_name:
            self.target(row, self.by_name[matching.loose_key(str(name))])

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
            defaults["network_role"] = DEFAULT_ROLE
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
