"""The program's language: German or English, from ``--language``, the setting, or the system locale.

Translations are Qt Linguist files (``resources/translations/*.ts``); the
build compiles them to ``.qm`` (hatch_build.py). A checkout whose ``.ts`` is
newer than its ``.qm`` (a developer just ran lupdate) gets a fresh ``.qm``
compiled into the cache folder at start-up, so what runs is always what the
``.ts`` says. Qt's own dialogs and buttons use Qt's ``qtbase`` translation.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from egov_network import paths

SUPPORTED = ("de", "en")
#: QSettings key of the language chosen in the View menu ("" = follow the system).
SETTING = "language"

log = logging.getLogger(__name__)


def choose(requested: str | None, settings: QSettings) -> str:
    """``--language`` wins, then the saved setting, then the system locale; English otherwise."""
    for candidate in (requested, str(settings.value(SETTING, "") or "")):
        if candidate in SUPPORTED:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps e.g. de_AT), else the language's main one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def compiled(language: str) -> Path | None:
    """The .qm of ``language``: the shipped one, or one compiled from a newer .ts into the cache."""
    folder = paths.resources_dir() / "translations"
    source = folder / f"egov_network_{language}.ts"
    shipped = folder / f"egov_network_{language}.qm"
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    cached = paths.cache_dir() / f"egov_network_{language}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    try:
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(cached)], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", source, error)
        return None
    return cached


class Language:
    """Installs the translators of one language into the running application (and removes them)."""

    def __init__(self) -> None:
        self.code = "en"
        self._translators: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.code = language
        QLocale.setDefault(locale_for(language))
        if language == "en":
            return
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = compiled(language)
        files = [str(Path(qt_folder) / f"qtbase_{language}.qm")] + ([str(own)] if own else [])
        for file in files:
            translator = QTranslator(app)
            if translator.load(file):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.warning("translation %s not found", file)


#: The one language of the running program.
current = Language()
