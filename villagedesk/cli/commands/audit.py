"""``villagedesk audit verify|list|export``: the audit log (操作日志), for a 管理员.

``audit verify`` exits 0 with 操作日志完整, or 1 naming the first entry the log can no longer
vouch for. ``audit list`` prints the entries newest first, filtered by day, user or record;
``audit export --out FILE.csv`` writes them as CSV (exchange/audit_csv.py, as the GUI's 导出…)
and logs the export."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import (
    ATTENTION,
    OK,
    USAGE,
    err,
    file_error,
    out,
    refuse_new_file,
    text,
)
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.audit.changes import is_listed, parse_change_line
from villagedesk.core.audit.codec import entry_to_json
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import entry_changes, list_entries, verify_log
from villagedesk.exchange.audit_csv import day_bounds, export_audit_log, service_text
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

DEFAULT_LIMIT = 200


def register(commands: Commands) -> None:
    audit = commands.add_parser(
        "audit",
        help=translate("Cli", "The audit log: verify, list or export it (for a 管理员)."),
        description=translate("Cli", "The audit log: verify, list or export it (for a 管理员)."),
    )
    actions = add_commands(audit, required=True)
    verify = actions.add_parser(
        "verify",
        help=translate("Cli", "Check that no entry of the audit log was changed or removed."),
        description=translate(
            "Cli", "Check that no entry of the audit log was changed or removed."
        ),
    )
    verify.set_defaults(func=run_verify)
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the audit log, newest first."),
        description=translate("Cli", "List the audit log, newest first."),
    )
    _add_filters(listing)
    listing.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=translate("Cli", "At most this many entries (default 200)."),
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "Print JSON."))
    listing.set_defaults(func=run_list)
    _register_export(actions)


def _register_export(actions: Commands) -> None:
    exporting = actions.add_parser(
        "export",
        help=translate("Cli", "Write the audit log to a CSV file (UTF-8)."),
        description=translate("Cli", "Write the audit log to a CSV file (UTF-8)."),
    )
    exporting.add_argument(
        "--out", metavar="FILE.csv", required=True, help=translate("Cli", "The CSV file to write.")
    )
    _add_filters(exporting, until=True)
    exporting.set_defaults(func=run_export)


def _add_filters(parser: argparse.ArgumentParser, *, until: bool = False) -> None:
    """``--since`` (and ``--until``), ``--user`` and ``--record``: what list and export share."""
    parser.add_argument(
        "--since", metavar="DATE", help=translate("Cli", "From this day (YYYY-MM-DD).")
    )
    if until:
        parser.add_argument(
            "--until", metavar="DATE", help=translate("Cli", "To this day (YYYY-MM-DD).")
        )
    parser.add_argument(
        "--user",
        dest="by_user",
        metavar="NAME",
        help=translate("Cli", "Only this account's entries."),
    )
    parser.add_argument(
        "--record", metavar="UUID", help=translate("Cli", "Only the entries about this record.")
    )


def run_verify(args: argparse.Namespace, store: StationStore) -> int:
    del args
    check = verify_log(unit_of_work(store))
    out(text(check.message()))
    return OK if check.ok else ATTENTION


def _kind_word(kind: str) -> str:
    try:
        return translate("Enum", AuditKind(kind).label)
    except ValueError:
        return kind


def _line(entry: AuditEntry) -> str:
    what = entry.record_type
    if entry.changes > 1:
        what = translate("Cli", "{count} records").format(count=entry.changes)
    return "\t".join(
        (
            str(entry.seq),
            entry.at,
            entry.actor,
            _kind_word(entry.kind),
            service_text(entry.service, translate),
            what,
            entry.note,
        )
    )


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since).isoformat()
        except ValueError:
            err(translate("Cli", "--since: enter a day as YYYY-MM-DD."))
            return USAGE
    wanted = AuditFilter(
        since=since, actor=args.by_user, record_uuid=args.record, limit=max(args.limit, 0)
    )
    entries = list_entries(unit_of_work(store), wanted)
    if args.json:
        found = []
        for entry in entries:
            values = entry_to_json(entry)
            if entry.changes:
                values["records"] = [
                    _change_json(line) for line in entry_changes(unit_of_work(store), seq=entry.seq)
                ]
            found.append(values)
        out(json.dumps(found, ensure_ascii=False, indent=2))
        return OK
    for entry in entries:
        out(_line(entry))
    return OK


def _change_json(line: str) -> dict[str, object]:
    record_type, record_uuid, fields = parse_change_line(line)
    return {
        "record_type": record_type,
        "record_uuid": record_uuid,
        "fields": [list(f) for f in fields],
        "listed": is_listed(fields),
    }


def _day(text: str | None, option: str) -> date | None:
    """The day an option names (None when not given); ValueError when it is no day."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        err(translate("Cli", "{option}: enter a day as YYYY-MM-DD.").format(option=option))
        raise


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    try:
        first, last = _day(args.since, "--since"), _day(args.until, "--until")
    except ValueError:
        return USAGE
    since, until = day_bounds(first, last)
    wanted = AuditFilter(since=since, until=until, actor=args.by_user, record_uuid=args.record)
    target = Path(args.out)
    if target.suffix.lower() != ".csv":
        err(translate("Cli", "The file name must end in .csv: {path}").format(path=target))
        return USAGE
    if (refused := refuse_new_file(target)) is not None:
        return refused
    try:
        count = export_audit_log(store.uow_factory, wanted, target, translate)
    except OSError as e:
        return file_error(target, e)
    out(translate("Cli", "{count} entries written to {path}.").format(count=count, path=target))
    return OK
