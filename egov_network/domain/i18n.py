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


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The finished entries of the shipped Linguist catalogue of ``language``: (context, source) -> text.

    Read without Qt, for the command line: the window loads the same file
    compiled, through Qt's translators.
    """
    from defusedxml import ElementTree

    from egov_network import paths

    source = paths.resources_dir() / "translations" / f"egov_network_{language}.ts"
    entries: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished or vanished: the source text stands
            entries[(name, message.findtext("source") or "")] = translation.text
    return entries


def catalogue_translator(language: str) -> Translator:
    """A translator over ``catalogue(language)``; text without an entry stays as it is."""
    entries = catalogue(language)
    return lambda context, text: entries.get((context, text), text)
