"""The layers of design.md §3 hold: no Qt below ``ui/``, and ``exchange`` never reaches into ``store``.

app → ui → services / exchange → store → domain. The command line, the
benchmarks and a future server import the lower layers; they must not pull
in PySide6 (start-up time, and no display on a server), and ``exchange``
reads and writes files through the services only.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "egov_network"

#: Entry points and the GUI itself may use Qt; Alembic's env.py runs only inside Alembic.
QT_ALLOWED = {"ui", "app.py", "__main__.py"}
NOT_IMPORTABLE = {PACKAGE / "store" / "migrations" / "env.py"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules_below_ui() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        top = path.relative_to(PACKAGE).parts[0]
        if top in QT_ALLOWED or path in NOT_IMPORTABLE:
            continue
        found.append(module_name(path))
    return found


#: Run in a fresh interpreter: import every module with PySide6 (and shiboken6)
#: refused, so each module that needs Qt fails on its own and names the line
#: that asked; then confirm Qt was never loaded.
PROBE = """
import importlib, importlib.abc, json, sys, traceback

BLOCKED = ("PySide6", "shiboken6")
package = sys.argv[1]

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{name} is not allowed below ui/", name=name)
        return None

sys.meta_path.insert(0, NoQt())
offenders = {}
for name in json.loads(sys.stdin.read()):
    try:
        importlib.import_module(name)
    except ImportError as error:
        if (error.name or "").split(".")[0] not in BLOCKED:
            raise
        frames = [f for f in traceback.extract_tb(error.__traceback__) if package in f.filename]
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        offenders[name] = f"{error.name} imported at {where}"
loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(json.dumps({"offenders": offenders, "loaded": loaded}))
"""


def test_every_module_below_ui_imports_without_qt() -> None:
    names = modules_below_ui()
    assert "egov_network.cli" in names and "egov_network.services.queries" in names
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(PACKAGE)],
        input=json.dumps(names),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    offenders = [f"{name}: {why}" for name, why in result["offenders"].items()]
    assert offenders == [], "modules below ui/ that load Qt:\n" + "\n".join(offenders)
    assert result["loaded"] == []


def store_imports(path: Path, module: str | None = None) -> list[str]:
    """``file:line`` of every import of ``egov_network.store`` in ``path`` (also lazy and TYPE_CHECKING ones).

    ``module`` is the dotted name the file has in the package (what relative
    imports are resolved against); by default it follows from where it lies.
    """
    module = module or module_name(path)
    package_parts = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    shown = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE) else path.name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package_parts[: len(package_parts) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # "from egov_network import store" names the layer among the imported names.
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        if any(t == "egov_network.store" or t.startswith("egov_network.store.") for t in targets):
            found.append(f"{shown}:{node.lineno}")
    return found


def test_the_store_check_sees_every_form_of_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from egov_network import store\n"
        "import egov_network.store.models\n"
        "from egov_network.services import queries\n"
        "def later():\n"
        "    from ...store.database import Store\n"
        "    from .cells import clean\n",
        encoding="utf-8",
    )
    hits = store_imports(probe, "egov_network.exchange.imports.probe")
    assert [hit.rsplit(":", 1)[1] for hit in hits] == ["1", "2", "5"]


def test_exchange_imports_nothing_from_store() -> None:
    found = [hit for path in sorted((PACKAGE / "exchange").rglob("*.py")) for hit in store_imports(path)]
    assert found == [], "exchange/ must go through the services, not store:\n" + "\n".join(found)
