"""Headless commands: ``egov-network-cli demo|generate|check|export|import|search|experts``,
``backup|restore|backups|history``.

Exit codes: 0 success, 1 the check found problems (or an import had nothing
to do), 2 the command could not run (bad arguments, missing file, not a
database, unknown URL scheme, a file that cannot be read), 3 the database
stayed busy (another program kept writing) for longer than ``--wait``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from egov_network import __version__, files
from egov_network.domain.errors import BusyError, EgovError
from egov_network.domain.i18n import catalogue_translator, no_translation
from egov_network.services.demo import build_demo_database
from egov_network.services.generate import MAX_CONTACTS, generate_database
from egov_network.services.queries import QUERIES
from egov_network.services.registry import Services
from egov_network.store.backup_set import BackupInfo, backup_folder, list_backups, make_backup, restore_backup
from egov_network.store.check import run_check
from egov_network.store.database import Store, resolve_url, sqlite_path
from egov_network.store.migrate import open_store

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR, EXIT_BUSY = 0, 1, 2, 3
#: How long a command waits for another program's write lock by default (seconds).
DEFAULT_WAIT_S = 60


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="egov-network-cli", description="Headless commands for an egov-network database."
    )
    parser.add_argument("--version", action="version", version=f"egov-network {__version__}")
    parser.add_argument(
        "--wait",
        type=float,
        default=DEFAULT_WAIT_S,
        metavar="SECONDS",
        help=f"how long to wait while another program writes to the database (default {DEFAULT_WAIT_S})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a database holding the demo network")
    demo.add_argument("--database", required=True, metavar="FILE", help="SQLite file to create")
    demo.add_argument("--force", action="store_true", help="replace a file that already holds data")

    generate = commands.add_parser(
        "generate", help="create a database holding a generated network of the given size (benchmarks)"
    )
    generate.add_argument("--database", required=True, metavar="FILE", help="SQLite file to create")
    generate.add_argument(
        "--contacts",
        required=True,
        type=_contact_count,
        metavar="N",
        help="number of contacts; the rest scales",
    )
    generate.add_argument(
        "--seed", type=int, default=1, metavar="S", help="same seed, same database (default 1)"
    )
    generate.add_argument("--force", action="store_true", help="replace a file that already holds data")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys and schema version; count records"
    )
    check.add_argument("--database", required=True, metavar="PATH_OR_URL")

    export = commands.add_parser(
        "export", help="write a list to an Excel workbook, contacts as vCards, meetings as a calendar (.ics)"
    )
    export.add_argument("what", choices=("members", "contacts", "topics", "meetings", "vcard", "ics"))
    export.add_argument("--database", required=True, metavar="PATH_OR_URL")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.xlsx, FILE.vcf or FILE.ics"
    )
    export.add_argument(
        "--meeting", type=int, metavar="ID", help="meetings: one meeting's sign-in sheet, minutes, items"
    )
    export.add_argument(
        "--filter", default="", metavar="TEXT", help="contacts, vcard: only those the filter finds"
    )
    export.add_argument("--planned", action="store_true", help="ics: all planned meetings as one feed")
    export.add_argument("--german", action="store_true", help="German column headers")

    imp = commands.add_parser("import", help="import contacts or authorities from .xlsx or .csv")
    imp.add_argument("what", choices=("contacts", "authorities"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--database", required=True, metavar="PATH_OR_URL")
    imp.add_argument("--sheet", metavar="NAME", help="worksheet to read (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    imp.add_argument(
        "--create-authorities",
        action="store_true",
        help="create authorities the file names but the database lacks",
    )
    printing = commands.add_parser(
        "print", help="write a printout as PDF (sign-in sheet, minutes, member list)"
    )
    printing.add_argument("what", choices=("signin", "minutes", "members"))
    printing.add_argument("--database", required=True, metavar="PATH_OR_URL")
    printing.add_argument("--meeting", type=int, metavar="ID", help="signin, minutes: the meeting")
    printing.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write")
    printing.add_argument("--german", action="store_true", help="German headings")

    search = commands.add_parser(
        "search", help="search everything (contacts, authorities, topics, meetings, action items)"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--database", required=True, metavar="PATH_OR_URL")
    search.add_argument("--german", action="store_true", help="German labels and dates")

    backup = commands.add_parser(
        "backup", help="make a verified backup (into the backup set beside the database, or --to FILE)"
    )
    backup.add_argument("--database", required=True, metavar="FILE")
    backup.add_argument("--to", metavar="FILE", help="write the backup to this file instead")

    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current file is backed up first)"
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    restore.add_argument("--database", required=True, metavar="FILE")

    backups = commands.add_parser("backups", help="list the verified backups of a database, newest first")
    backups.add_argument("--database", required=True, metavar="FILE")

    history = commands.add_parser("history", help="who changed what, newest first (all or one record)")
    history.add_argument("--database", required=True, metavar="PATH_OR_URL")
    history.add_argument(
        "--record",
        metavar="KIND:ID",
        help="only this record, e.g. contact:12 (kinds: " + ", ".join(_KINDS) + ")",
    )
    history.add_argument(
        "--limit", type=int, default=1000, metavar="N", help="at most N entries (default 1000)"
    )
    history.add_argument("--german", action="store_true", help="German words and dates")

    person = commands.add_parser(
        "person", help="data protection: report (Art. 15), erase (Art. 17), retention review"
    )
    person_commands = person.add_subparsers(dest="person_command", required=True, metavar="ACTION")
    report = person_commands.add_parser(
        "report", help="everything held about a person as PDF, Excel or JSON (GDPR Art. 15 and 20)"
    )
    report.add_argument("id", type=int, metavar="ID", help="the contact's number")
    report.add_argument("--database", required=True, metavar="PATH_OR_URL")
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.json"
    )
    report.add_argument("--german", action="store_true", help="German headings, labels and dates")
    erase = person_commands.add_parser(
        "erase", help="erase a person leaving no trace (GDPR Art. 17); cannot be undone"
    )
    erase.add_argument("id", type=int, metavar="ID", help="the contact's number")
    erase.add_argument("--database", required=True, metavar="PATH_OR_URL")
    erase.add_argument(
        "--anonymise",
        action="store_true",
        help="keep meeting participations as an anonymised participant (head counts stay)",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="also delete the older backups that still hold the person",
    )
    review = person_commands.add_parser(
        "review", help="retention review: people without activity for N years or without consent"
    )
    review.add_argument("--database", required=True, metavar="PATH_OR_URL")
    review.add_argument(
        "--years", type=int, metavar="N", help="set the retention period (stored in the database) first"
    )

    experts = commands.add_parser("experts", help="who knows about a topic or words, ranked with evidence")
    experts.add_argument("query", metavar="TOPIC_OR_WORDS")
    experts.add_argument("--database", required=True, metavar="PATH_OR_URL")
    experts.add_argument("--xlsx", metavar="FILE", help="also write the ranked list to an Excel workbook")
    experts.add_argument("--german", action="store_true", help="German texts, dates and headers")
    return parser


#: The kinds ``history --record`` takes; "list" and "action-item" as people type them.
_KINDS = {
    "contact": "contact",
    "authority": "authority",
    "topic": "topic",
    "meeting": "meeting",
    "action_item": "action_item",
    "action-item": "action_item",
    "list": "contact_list",
    "contact_list": "contact_list",
    "tag": "tag",
}


def _history(args: argparse.Namespace) -> int:
    from egov_network.services.history import History, entry_line

    record: tuple[str, int] | None = None
    if args.record is not None:
        kind, _, number = args.record.partition(":")
        entity = _KINDS.get(kind.strip().lower())
        if entity is None or not number.strip().isdigit():
            print(
                f"error: --record takes KIND:ID, for example contact:12 (kinds: {', '.join(_KINDS)}),"
                f" not {args.record!r}",
                file=sys.stderr,
            )
            return EXIT_ERROR
        record = (entity, int(number))
    store = open_store(args.database, create=False)
    try:
        found = History(store)
        limit = max(1, args.limit)
        entries = found.of_record(*record, limit=limit) if record else found.recent(limit=limit)
    finally:
        store.dispose()
    translate = catalogue_translator("de") if args.german else no_translation
    for entry in entries:
        print(entry_line(entry, german=args.german, translate=translate))
    if not entries:
        print("Keine Einträge." if args.german else "No entries.")
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    if args.what in ("signin", "minutes") and args.meeting is None:
        print(f"error: print {args.what} needs --meeting ID", file=sys.stderr)
        return EXIT_ERROR
    # Printouts are laid out by Qt's text engine: a GUI application without a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from egov_network.ui.printing import print_to_pdf

    store = open_store(args.database, create=False)
    try:
        pages = print_to_pdf(
            Services.over(store), args.what, Path(args.pdf), meeting=args.meeting, german=args.german
        )
    finally:
        store.dispose()
    print(f"Wrote {pages} pages to {args.pdf}")
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from egov_network.services.search_text_output import search_lines

    store = open_store(args.database, create=False)
    try:
        lines = search_lines(store, args.text, german=args.german)
    finally:
        store.dispose()
    for line in lines:
        print(line)
    return EXIT_OK


def _experts(args: argparse.Namespace) -> int:
    from egov_network.services.experts import ExpertFinder, ExpertQuery, Wording, render_lines

    store = open_store(args.database, create=False)
    try:
        result = ExpertFinder(store).search(ExpertQuery(text=args.query))
    finally:
        store.dispose()
    wording = Wording.for_cli(args.german)
    for line in render_lines(result, wording):
        print(line)
    if args.xlsx:
        from egov_network.exchange.expert_list import export_experts  # openpyxl only when needed

        written = export_experts(Path(args.xlsx), result, translate=wording.translate, german=args.german)
        print(f"Wrote {written.rows} rows to {written.path}")
    return EXIT_OK if result.hits else EXIT_PROBLEMS


def _backup_database(args: argparse.Namespace) -> Path | None:
    path = sqlite_path(resolve_url(args.database))
    if path is None:
        print(f"error: {args.command} works on a SQLite file; give a file path", file=sys.stderr)
    return path


def _describe_backup(info: BackupInfo) -> str:
    counts = ", ".join(
        f"{info.counts.get(table, 0)} {label}"
        for table, label in (("contact", "contacts"), ("authority", "authorities"), ("meeting", "meetings"))
    )
    made = info.made_at.strftime("%Y-%m-%d %H:%M:%S")
    return f"{made}  {info.size / 1_000_000:7.1f} MB  {counts}  {info.reason}  {info.path}"


def _backup(args: argparse.Namespace) -> int:
    path = _backup_database(args)
    if path is None:
        return EXIT_ERROR
    # Opening checks that it is a database of this program (and upgrades it, after its own backup).
    open_store(path, create=False).dispose()
    info = make_backup(path, reason="manual", to=Path(args.to) if args.to else None)
    print(f"Backup written and verified: {_describe_backup(info)}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    path = _backup_database(args)
    if path is None:
        return EXIT_ERROR
    safety = restore_backup(Path(args.backup), path)
    if safety is not None:
        print(f"The previous file was backed up first: {_describe_backup(safety)}")
    print(f"Restored {args.backup} to {path}")
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    path = _backup_database(args)
    if path is None:
        return EXIT_ERROR
    if not path.is_file():
        print(f"error: There is no database file “{path}”.", file=sys.stderr)
        return EXIT_ERROR
    found = list_backups(path)
    if not found:
        print(f"No backups of {path} yet (they go to {backup_folder(path)}).")
        return EXIT_OK
    for info in found:
        print(_describe_backup(info))
    return EXIT_OK


def _person(args: argparse.Namespace) -> int:
    """``person report`` (Art. 15) and ``person erase`` (Art. 17)."""
    if args.person_command == "report":
        suffix = Path(args.output).suffix.lower()
        if suffix not in (".pdf", ".xlsx", ".json"):
            print("error: person report writes FILE.pdf, FILE.xlsx or FILE.json", file=sys.stderr)
            return EXIT_ERROR
        if suffix == ".pdf":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF is laid out by Qt
        from egov_network.ui.person_report import report_to_file

        store = open_store(args.database, create=False)
        try:
            report_to_file(store, args.id, Path(args.output), german=args.german)
        finally:
            store.dispose()
        print(f"Wrote the data protection report of person {args.id} to {args.output}")
        return EXIT_OK
    if args.person_command == "review":
        return _review(args)
    return _erase(args)


def _review(args: argparse.Namespace) -> int:
    """``person review``: the retention review's list, with the period the window uses."""
    from egov_network.services import privacy

    store = open_store(args.database, create=False)
    try:
        if args.years is not None:
            privacy.set_retention_years(store, args.years)
        years = privacy.retention_years(store)
        found = privacy.retention_candidates(store, years)
    finally:
        store.dispose()
    print(f"Retention period: {years} years; people to review: {len(found)}")
    for candidate in found:
        reason = candidate.reason.format(**candidate.params)
        print(f"  {candidate.contact_id}\t{candidate.name}\t{candidate.last_activity.isoformat()}\t{reason}")
    return EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    from egov_network.services import privacy

    store = open_store(args.database, create=False)
    try:
        plan = privacy.erase_plan(store, [args.id])
        mode = "anonymise" if args.anonymise else "erase"
        print(f"{mode.capitalize()} {plan.names[0]} (person {args.id}). This goes for good:")
        for key, label in privacy.ERASE_PARTS.items():
            if plan.counts[key]:
                print(f"  {label}: {plan.counts[key]}")
        if args.anonymise and plan.counts["participations"]:
            print("  (the participations stay, as an anonymised participant)")
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    "error: erasing cannot be undone; run it on a terminal to confirm, or add --yes",
                    file=sys.stderr,
                )
                return EXIT_ERROR
            answer = input("This cannot be undone. Erase? [y/N] ").strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                print("Nothing was changed.")
                return EXIT_OK
        result = privacy.erase(store, [args.id], anonymise=args.anonymise)
        backups = privacy.older_backups(store.path) if store.path is not None else []
        if backups and args.purge_backups and store.path is not None:
            privacy.purge_backups(store.path)
            print(f"Deleted {len(backups)} older backups.")
            backups = []
    finally:
        store.dispose()
    print(
        f"Erased person {args.id}" + (" (participations kept anonymised)" if result.anonymised else "") + "."
    )
    if backups:
        print(
            f"Note: {len(backups)} older backups still hold the person's data until they rotate out; "
            "--purge-backups deletes them."
        )
    return EXIT_OK


def _contact_count(text: str) -> int:
    try:
        number = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= number <= MAX_CONTACTS:
        raise argparse.ArgumentTypeError(f"from 1 to {MAX_CONTACTS}, not {number}")
    return number


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


def _generate(args: argparse.Namespace) -> int:
    path = sqlite_path(resolve_url(args.database))
    if path is None:
        print("error: generate writes a SQLite file; give a file path", file=sys.stderr)
        return EXIT_ERROR
    summary = generate_database(path, args.contacts, seed=args.seed, force=args.force)
    size = path.stat().st_size / 1_000_000
    print(f"Generated network written to {path} in {summary.seconds:.1f} s ({size:.1f} MB, seed {args.seed})")
    for name, number in summary.counts.items():
        print(f"  {name}: {number}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    # Read-only: not a byte of the file (or of a -wal beside it) changes, damaged or not.
    store = open_store(args.database, create=False, migrate=False, read_only=True)
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


def _export(args: argparse.Namespace) -> int:
    from egov_network.exchange import exports  # openpyxl only when needed

    if args.meeting is not None and args.what not in ("meetings", "ics"):
        print("error: --meeting goes with 'export meetings' or 'export ics'", file=sys.stderr)
        return EXIT_ERROR
    if args.filter and args.what not in ("contacts", "vcard"):
        print("error: --filter goes with 'export contacts' or 'export vcard'", file=sys.stderr)
        return EXIT_ERROR
    if args.what == "ics" and (args.meeting is None) == (not args.planned):
        print("error: export ics needs --meeting ID or --planned (one of them)", file=sys.stderr)
        return EXIT_ERROR
    if args.what in ("vcard", "ics"):
        return _export_card_or_calendar(args)
    store = open_store(args.database, create=False)
    try:
        services = Services.over(store)
        options: dict[str, Any] = {"german": args.german}
        if args.german:
            # Labels of stored values (kinds, states, roles) as the German window shows them.
            options["translate"] = catalogue_translator("de")
        path = Path(args.output)
        if args.what == "members":
            result = exports.export_members(services, path, **options)
        elif args.what == "contacts":
            ids = QUERIES["contact"](store).ids(args.filter) if args.filter else None
            result = exports.export_contacts(services, path, ids, **options)
        elif args.what == "topics":
            result = exports.export_topics(services, path, **options)
        elif args.meeting is not None:
            result = exports.export_meeting(services, path, args.meeting, **options)
        else:
            result = exports.export_meetings(services, path, **options)
    finally:
        store.dispose()
    print(f"Wrote {result.rows} rows to {result.path}")
    return EXIT_OK


def _export_card_or_calendar(args: argparse.Namespace) -> int:
    """``export vcard`` (contacts as vCard 3.0) and ``export ics`` (a meeting, or the planned ones)."""
    from egov_network.services.calendar_export import meeting_ics, planned_ics, write_ics
    from egov_network.services.vcard_export import export_vcards

    store = open_store(args.database, create=False)
    try:
        services = Services.over(store)
        if args.what == "vcard":
            cards = export_vcards(services, Path(args.output), filter_text=args.filter)
            print(f"Wrote {cards} contact cards to {args.output}")
        elif args.planned:
            write_ics(Path(args.output), planned_ics(services))
            print(f"Wrote the planned meetings to {args.output}")
        else:
            write_ics(Path(args.output), meeting_ics(services, args.meeting).data)
            print(f"Wrote meeting {args.meeting} to {args.output}")
    finally:
        store.dispose()
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from egov_network.exchange.imports import preview_summary
    from egov_network.services import importing

    store = open_store(args.database, create=False)
    try:
        services = Services.over(store)
        preview = importing.load_preview(
            services,
            Path(args.file),
            args.what,
            sheet=args.sheet,
            create_missing_authorities=args.create_authorities,
        )
        for line in preview_summary(preview):
            print(line)
        if not preview.rows:
            print("Nothing could be read from the file.", file=sys.stderr)
            return EXIT_PROBLEMS
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return EXIT_OK
        result = importing.apply_preview(services, preview)
    finally:
        store.dispose()
    print(f"Imported: {len(result.created)} created, {len(result.updated)} updated.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    # Names with umlauts must reach a Windows console or a pipe unharmed.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    args = _parser().parse_args(argv)
    # What this process writes (databases, exports, backups) is for its user alone,
    # and what a killed earlier run left half-written is removed first.
    files.restrict_umask()
    files.remove_leftovers()
    handlers = {
        "demo": _demo,
        "generate": _generate,
        "check": _check,
        "export": _export,
        "import": _import,
        "search": _search,
        "print": _print,
        "experts": _experts,
        "history": _history,
        "backup": _backup,
        "restore": _restore,
        "backups": _backups,
        "person": _person,
    }
    # Every store this process opens waits this long for another writer's lock.
    Store.default_write_wait_ms = max(0, int(args.wait * 1000))
    try:
        return handlers[args.command](args)
    except BrokenPipeError:
        # The reader went away (``… | head``): stop quietly, as Unix tools do.
        sys.stdout = open(os.devnull, "w")  # Python flushes stdout at exit; it must not fail then
        return EXIT_OK
    except BusyError as error:
        print(f"error: {error.text()} (waited {args.wait:g} s; --wait SECONDS waits longer)", file=sys.stderr)
        return EXIT_BUSY
    except EgovError as error:
        print(f"error: {error.text()}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
