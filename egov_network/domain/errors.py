"""Errors the core raises for the user to read.

Every message is an English template marked for translation under the context
``"Errors"``; ``text(translate)`` renders it in the user's language. The CLI
renders with the identity translator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from egov_network.domain.enums import LabelledEnum
from egov_network.domain.i18n import QT_TRANSLATE_NOOP, Translator, no_translation
from egov_network.domain.labels import field_label

CONTEXT = "Errors"
_DEPENDENCY = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” cannot be deleted while other records depend on it: {details}."
)


def rendered(params: Mapping[str, Any], translate: Translator) -> dict[str, Any]:
    """Message parameters in the reader's language: an enum member becomes its translated label.

    So a German message names "Bayern", not "Bavaria": pass the member
    (``state=FederalState.BY``), not its English label.
    """
    return {
        key: translate("Enum", value.label) if isinstance(value, LabelledEnum) else value
        for key, value in params.items()
    }


class EgovError(Exception):
    """Base of all errors meant for the user; carries a translatable template."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: dict[str, Any] = params
        super().__init__(self.text())

    def text(self, translate: Translator = no_translation) -> str:
        return translate(CONTEXT, self.template).format(**rendered(self.params, translate))


class FieldProblem(Exception):  # noqa: N818 - a signal to the service, not an error shown as is
    """Raised by a validator; the service attaches the field name."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


class NotFoundError(EgovError):
    """The record asked for does not exist (any more)."""


class ConflictError(EgovError):
    """The record was changed by someone else since it was read (version mismatch)."""


class DependencyError(EgovError):
    """A delete was refused because other records still depend on the record.

    ``dependents`` maps a translatable plural label ("contacts") to a count.
    """

    def __init__(self, name: str, dependents: Mapping[str, int]) -> None:
        self.dependents = dict(dependents)
        super().__init__(_DEPENDENCY, name=name, details="")

    def text(self, translate: Translator = no_translation) -> str:
        details = ", ".join(
            f"{translate(CONTEXT, label)}: {count}" for label, count in self.dependents.items()
        )
        return translate(CONTEXT, _DEPENDENCY).format(name=self.params["name"], details=details)


class StoreError(EgovError):
    """The database cannot be opened, is not ours, or is damaged."""


class BusyError(StoreError):
    """Another program holds the database's write lock longer than we waited; nothing was written.

    The action can simply be tried again: the window waits and retries with a
    visible message, the CLI waits and then gives up with this message.
    """

    def __init__(self, location: str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database is busy: another program (perhaps an import) is writing to it. "
                "Nothing was changed; try again in a moment.",
            ),
            location=location,
        )


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: ``field`` is the attribute name."""

    field: str
    template: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def message(self, translate: Translator = no_translation) -> str:
        """The problem alone, for showing right next to its field."""
        return translate(CONTEXT, self.template).format(**rendered(self.params, translate))

    def text(self, translate: Translator = no_translation) -> str:
        """The problem with the field's name, for a list of problems or the CLI."""
        label = translate("Fields", field_label(self.field))
        return f"{label}: {self.message(translate)}"


class ValidationError(EgovError):
    """Input was rejected; ``errors`` lists every bad field, so a form can mark each."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("{details}", details="")

    def text(self, translate: Translator = no_translation) -> str:
        return "\n".join(e.text(translate) for e in self.errors)

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]
