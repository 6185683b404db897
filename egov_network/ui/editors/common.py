"""Pieces the entity editors share: record pickers and reference fields."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.ui.fields import ReferenceField
from egov_network.ui.picker import PickerDialog


def pick(
    services: Services, entity: str, title: str, parent: QWidget | None, *, multiple: bool = False
) -> list[int]:
    """Let the user choose records of ``entity``; empty list when cancelled."""
    dialog = PickerDialog(QUERIES[entity](services.store), title, multiple=multiple, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.chosen()


def reference(services: Services, entity: str, title: str, parent: QWidget | None) -> ReferenceField:
    """A field holding the id of an ``entity`` record, chosen from a searchable list."""
    field: ReferenceField

    def choose() -> int | None:
        chosen = pick(services, entity, title, field)
        return chosen[0] if chosen else None

    field = ReferenceField(choose, lambda ident: services.relations.name_of(entity, ident), parent)
    return field
