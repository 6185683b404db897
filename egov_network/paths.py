"""Where files live: platformdirs locations, and the shipped resources.

Resources sit in ``egov_network/resources`` in an installed wheel and in the
top-level ``resources/`` folder of a checkout (editable install); both are
looked up, so the program finds its data either way.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from egov_network import APP_AUTHOR, APP_NAME

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    """The user's database file unless ``--database`` names another."""
    return data_dir() / "network.sqlite"


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("egov-network resources folder not found; the installation is incomplete")


def resource(name: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource("demo_network.json")``."""
    return resources_dir() / name
