"""Headless commands: ``egov-network-cli demo|check`` (export/import follow).

Exit codes: 0 success, 1 the check found problems, 2 the command could not
run (bad arguments, missing file, not a database, unknown URL scheme).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from egov_network import __version__
from egov_network.domain.errors import EgovError
from egov_network.services.demo import build_demo_database
from egov_network.store.check import run_check
from egov_network.store.database import resolve_url, sqlite_path
from egov_network.store.migrate import open_store

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="egov-network-cli", description="Headless commands for an egov-network database."
    )
    parser.add_argument("--version", action="version", version=f"egov-network {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a database holding the demo network")
    demo.add_argument("--database", required=True, metavar="FILE", help="SQLite file to create")
    demo.add_argument("--force", action="store_true", help="replace a file that already holds data")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys and schema version; count records"
    )
    check.add_argument("--database", required=True, metavar="PATH_OR_URL")
    return parser


def _demo(args: argparse.Namespace) -> int:
    path = sqlite_path(resolve_url(args.database))
    if path is None:
        print("error: demo writes a SQLite file; give a file path", file=sys.stderr)
        return EXIT_ERROR
    summary = build_demo_database(path, force=args.force)
    print(f"Demo network written to {path}")
    for name, number in summary.counts.items():
        print(f"  {name}: {number}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    store = open_store(args.database, create=False, migrate=False)
    try:
        report = run_check(store)
    finally:
        store.dispose()
    print(f"Database: {report.location}")
    print(f"Schema version: {report.revision or 'none'} (expected {report.head})")
    for table, number in report.counts.items():
        print(f"  {table}: {number}")
    if report.ok:
        print("OK: no problems found")
        return EXIT_OK
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return EXIT_PROBLEMS


def main(argv: Sequence[str] | None = None) -> int:
    # Names with umlauts must reach a Windows console or a pipe unharmed.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    args = _parser().parse_args(argv)
    handlers = {"demo": _demo, "check": _check}
    try:
        return handlers[args.command](args)
    except EgovError as error:
        print(f"error: {error.text()}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
