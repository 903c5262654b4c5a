"""``villagedesk requests export FILE.xlsx [--due today|overdue] [--state S] [--from D --to D]``:
any filtered request list as an Excel file in the 民情台账's columns (exchange.request_export),
the requesters' phones masked by the station's policy. The file imports back with
``villagedesk import requests FILE`` (every request unchanged).

Exit codes as ``villagedesk export``: 0 written; 2 bad input or the file cannot be written
(nothing written: the file is written atomically).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from villagedesk.cli.commands import requests_commands
from villagedesk.cli.commands.in_service_commands import checked
from villagedesk.cli.commands.printing import bad_date, parse_day
from villagedesk.cli.commands.requests_words import pick, words
from villagedesk.cli.output import OK, USAGE, err, file_error, out, refuse_new_file, report_invalid
from villagedesk.cli.parser import Commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.errors import ValidationError
from villagedesk.core.importing.request_rows import exported_requests
from villagedesk.core.progress import Progress
from villagedesk.core.requests.record import DueFilter, RequestQuery
from villagedesk.core.requests.state import RequestState
from villagedesk.core.text import Message
from villagedesk.exchange.request_export import export_requests
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def add_export(actions: Commands) -> None:
    """The ``requests export`` sub-command (registered by ``cli/commands/requests.py``)."""
    export = actions.add_parser(
        "export",
        help=translate("Cli", "Export the requests to an Excel file (.xlsx)."),
        description=translate(
            "Cli",
            "Export the requests the filters find to an Excel file (.xlsx) in the columns of the "
            "民情台账, oldest first, the requesters' phones masked. The file can be imported "
            "again with “import requests”.",
        ),
    )
    export.add_argument("file", metavar="FILE.xlsx", help=translate("Cli", "The file to write."))
    export.add_argument(
        "--due",
        default="",
        metavar="|".join(d.value for d in DueFilter),
        help=translate("Cli", "Only those due today, or overdue."),
    )
    export.add_argument(
        "--state",
        default="",
        metavar="S",
        help=translate("Cli", "Only those in this state ({states}).").format(
            states=", ".join(words(RequestState))
        ),
    )
    export.add_argument(
        "--from",
        dest="date_from",
        default="",
        metavar="DATE",
        help=translate("Cli", "Only those received on this day or later."),
    )
    export.add_argument(
        "--to",
        dest="date_to",
        default="",
        metavar="DATE",
        help=translate("Cli", "Only those received on this day or earlier."),
    )
    export.set_defaults(func=checked(run_export))


def query_of(args: argparse.Namespace) -> RequestQuery | int:
    """The filters the options give, or the exit code after saying which one is wrong."""
    errors: dict[str, list[Message]] = {}
    due = pick(DueFilter, args.due, "due", errors) if args.due.strip() else None
    state = pick(RequestState, args.state, "state", errors) if args.state.strip() else None
    if errors:
        return report_invalid(ValidationError(errors), {"due": "--due", "state": "--state"})
    first = parse_day(args.date_from, last=False)
    last = parse_day(args.date_to, last=True)
    for given, parsed in ((args.date_from, first), (args.date_to, last)):
        if given.strip() and parsed is None:
            return bad_date(given)
    return RequestQuery(due=due, state=state, received_from=first, received_to=last)


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    path = Path(args.file).expanduser()
    if path.suffix.lower() != ".xlsx":
        err(translate("Cli", "The file name must end in .xlsx: {path}").format(path=path))
        return USAGE
    if (refused := refuse_new_file(path)) is not None:
        return refused
    query = query_of(args)
    if isinstance(query, int):
        return query
    found = exported_requests(store.uow_factory(), query=query, clock=requests_commands.CLOCK)
    progress = Progress()
    try:
        with ProgressBar(progress):
            result = export_requests(path, found, translate=translate, progress=progress)
    except OSError as e:
        return file_error(path, e)
    out(
        translate("Cli", "Exported {count} rows to {path}").format(
            count=result.rows, path=result.path
        )
    )
    return OK
