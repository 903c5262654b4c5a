"""``villagedesk print ledger|statistics|notice``: the station's paper as PDF files.

The ``print`` group is shared: :func:`register` creates it, adds the ledgers, the statistics
table and the notice, then lets ``printing_cards`` (cards, handbooks, the calibration page) and
``printing_requests`` (the 民情办理单, the 三率) add their sub-commands through
``register_print(actions)``. Every command writes its PDF atomically; a character no font
covers is listed and the command exits 1.
"""

from __future__ import annotations

import argparse
import calendar
import importlib
from collections.abc import Callable, Sequence
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
    search_too_long,
)
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.dates import PartialDate
from villagedesk.core.masking import mask_policy
from villagedesk.core.members.statistics import member_statistics
from villagedesk.core.search import is_too_long
from villagedesk.i18n import translate
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.reports.ledger import LedgerDocument, write_ledger
from villagedesk.reports.ledger_kinds import LEDGERS, format_rows
from villagedesk.reports.notice import write_notice
from villagedesk.reports.statistics_table import write_statistics_table
from villagedesk.store.station_store import StationStore

LEDGER_CHOICES = tuple(LEDGERS)
#: A notice posted longer than a year is a typing error (and a date past 9999 cannot be printed).
MAX_NOTICE_DAYS = 366


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "print",
        help=translate("Cli", "Print ledgers, notices, cards and handbooks as PDF files."),
        description=translate("Cli", "Print ledgers, notices, cards and handbooks as PDF files."),
    )
    actions = add_commands(group, required=True)
    _add_ledger(actions)
    _add_statistics(actions)
    _add_notice(actions)
    for name in ("printing_cards", "printing_requests", "printing_disputes", "village_profile"):
        try:
            more = importlib.import_module(f"villagedesk.cli.commands.{name}")
        except ModuleNotFoundError:
            continue
        more.register_print(actions)


def _add_ledger(actions: Commands) -> None:
    ledger = actions.add_parser(
        "ledger",
        help=translate("Cli", "Print a ledger (登记台账)."),
        description=translate(
            "Cli",
            "Print a ledger on A4 landscape: members (党员花名册), registrations, service records, "
            "households and cadre links, the assessment summary per work unit, residents' "
            "requests (民情台账) or follow-ups (回访台账).",
        ),
    )
    ledger.add_argument("which", choices=LEDGER_CHOICES, help=translate("Cli", "Which ledger."))
    ledger.add_argument(
        "--from",
        dest="date_from",
        default="",
        metavar="DATE",
        help=translate("Cli", "First day of the period (for ledgers with dates)."),
    )
    ledger.add_argument(
        "--to",
        dest="date_to",
        default="",
        metavar="DATE",
        help=translate("Cli", "Last day of the period (for ledgers with dates)."),
    )
    ledger.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=translate("Cli", "Only the rows the search box would show for this text."),
    )
    add_out(ledger)
    ledger.set_defaults(func=run_ledger)


def _add_statistics(actions: Commands) -> None:
    statistics = actions.add_parser(
        "statistics",
        help=translate("Cli", "Print the statistics table of Party members."),
        description=translate("Cli", "Print the statistics table of Party members."),
    )
    add_out(statistics)
    statistics.set_defaults(func=run_statistics)


def _add_notice(actions: Commands) -> None:
    notice = actions.add_parser(
        "notice",
        help=translate("Cli", "Print a public notice (公示)."),
        description=translate(
            "Cli",
            "Print a public notice on A4 portrait. ID numbers and phones are masked as the "
            "station's settings say.",
        ),
    )
    notice.add_argument("which", choices=("registrations",), help=translate("Cli", "Which notice."))
    notice.add_argument(
        "--days",
        type=int,
        default=7,
        help=translate("Cli", "How many days the notice is posted (default 7)."),
    )
    add_out(notice)
    notice.set_defaults(func=run_notice)


def check_out(path: str) -> int | None:
    """USAGE (after saying why) when ``--out`` cannot be a file: a folder, or in a folder that
    does not exist; None when it can be written."""
    return refuse_new_file(Path(path).expanduser())


def personal_print(store: StationStore, document: str) -> None:
    """A document with personal data is about to be printed: refused for a 查看 (无权限, exit
    2), logged (PRINT) for the others, as the window's print flow does."""
    from villagedesk.core.unmasking import log_print

    log_print(store.uow_factory(), document=document)


def write_pdf(path: str, write: Callable[[], Sequence[GlyphProblem]]) -> int:
    """Run ``write`` (it writes the PDF at ``path`` atomically) and give the exit code: the
    characters no font has, or why the file could not be written (a full or read-only disk)."""
    if (refused := check_out(path)) is not None:
        return refused
    try:
        problems = write()
    except OSError as e:
        return file_error(path, e)
    return finish(path, problems)


def add_out(parser: argparse.ArgumentParser) -> None:
    """The ``--out FILE.pdf`` option every print command has."""
    parser.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("Cli", "The PDF file to write.")
    )


def report_glyph_problems(problems: Sequence[GlyphProblem]) -> int:
    """List the characters no font covers (record, character, code point); returns 1."""
    for p in problems:
        if p.is_fit:  # text that could not be printed in full: its record and what is missing
            err(str(p))
            continue
        err(
            translate("Cli", "{record}: no font has the character {char} ({code})").format(
                record=p.record, char=p.character, code=p.codepoint
            )
        )
    err(
        translate(
            "Cli",
            "The PDF was written with a box in place of each character listed, or without the "
            "text listed; correct the records or install a font that has them.",
        )
    )
    return ATTENTION


def finish(path: str, problems: Sequence[GlyphProblem]) -> int:
    """The exit code after writing ``path``: 1 with the list when characters were missing."""
    if problems:
        return report_glyph_problems(problems)
    out(path)
    return OK


def parse_day(text: str, *, last: bool) -> date | None:
    """A --from/--to value; a month alone means its first (or last) day."""
    if not text.strip():
        return None
    try:
        parsed = PartialDate.parse(text)
    except ValueError:
        return None
    if last and parsed.day is None:
        return date(parsed.year, parsed.month, calendar.monthrange(parsed.year, parsed.month)[1])
    return parsed.first_day()


def run_ledger(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk import print_sources as src

    first, last = parse_day(args.date_from, last=False), parse_day(args.date_to, last=True)
    for given, parsed in ((args.date_from, first), (args.date_to, last)):
        if given.strip() and parsed is None:
            return bad_date(given)
    if is_too_long(args.search):
        return search_too_long()
    kind = LEDGERS[args.which]
    personal_print(store, translate("Ledgers", kind.title))
    data = src.ledger_rows(store, kind, search=args.search, first=first, last=last, today=today())
    doc = LedgerDocument(
        title=translate("Ledgers", kind.title),
        station=station_name(store),
        columns=data.columns,
        rows=format_rows(data.columns, data.rows, translate),
        period=data.period,
        groups=data.groups,
    )
    return write_pdf(args.out, lambda: write_ledger(args.out, doc, translate=translate))


def run_statistics(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk import print_sources as src

    stats = member_statistics(store.member_reader.stats_rows(), today=today())
    station, branch_order = station_name(store), src.branch_names(store)
    return write_pdf(
        args.out,
        lambda: write_statistics_table(
            args.out, stats=stats, station=station, translate=translate, branch_order=branch_order
        ),
    )


def run_notice(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk import print_sources as src

    if args.days < 1:
        err(translate("Cli", "The notice must be posted for at least one day."))
        return USAGE
    if args.days > MAX_NOTICE_DAYS:
        err(
            translate("Cli", "A notice is posted for at most {days} days.").format(
                days=MAX_NOTICE_DAYS
            )
        )
        return USAGE
    doc = src.registration_notice(store, today=today(), days=args.days, translate=translate)
    policy = mask_policy(unit_of_work(store))
    return write_pdf(
        args.out, lambda: write_notice(args.out, doc, policy=policy, translate=translate)
    )


def station_name(store: StationStore) -> str:
    station = store.read_station()
    return station.name if station is not None else ""


def bad_date(text: str) -> int:
    err(translate("Cli", "Not a date: {value}").format(value=text))
    return USAGE


def today() -> date:
    return date.today()
