"""Build hook: compile the Qt Linguist sources (resources/translations/*.ts) into .qm files.

The .qm files are build products, never committed: every wheel (and every
editable install) gets them fresh from the .ts files with PySide6's lrelease.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs lrelease before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        import PySide6  # a build requirement (pyproject.toml [build-system])

        lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        for source in sources:
            target = source.with_suffix(".qm")
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
