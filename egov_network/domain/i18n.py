"""Marking strings for translation without importing Qt.

The core must not import Qt (design.md section 3), yet its messages have to
reach the German user. ``QT_TRANSLATE_NOOP`` is recognised by
``pyside6-lupdate`` by name, so defining it here lets lupdate collect the
strings while the UI layer translates them with ``QCoreApplication.translate``
using the same context.
"""

from __future__ import annotations

from collections.abc import Callable

#: A translator: (context, source text) -> translated text.
Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    """Return ``text`` unchanged; marks it for extraction under ``context``."""
    return text


def no_translation(context: str, text: str) -> str:
    """The identity translator, used by the CLI and in tests."""
    return text
