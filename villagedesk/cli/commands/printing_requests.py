"""``villagedesk print request-sheet|rates``: one request's 民情办理单 and the 三率 of a period;
plugged into the ``print`` group of ``printing`` (民情台账 and 回访台账 are ledgers there:
``villagedesk print ledger requests|follow_ups``)."""

from __future__ import annotations

import argparse
import calendar
from datetime import date

from villagedesk.cli.commands.printing import (
    add_out,
    bad_date,
    check_out,
    parse_day,
    personal_print,
    today,
    write_pdf,
)
from villagedesk.cli.output import USAGE, err
from villagedesk.cli.parser import Commands
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register_print(actions: Commands) -> None:
    """Add the requests' sub-commands to the ``print`` group."""
    _add_request_sheet(actions)
    _add_rates(actions)


def _add_request_sheet(actions: Commands) -> None:
    sheet = actions.add_parser(
        "request-sheet",
        help=translate("Cli", "Print the record sheet of one request (民情办理单)."),
        description=translate(
            "Cli",
            "Print the record sheet of one request on A4 portrait, for filing: every field, "
            "the whole history and the photos. The requester's ID number and phone are printed "
            "in full.",
        ),
    )
    sheet.add_argument("number", metavar="NO", help=translate("Cli", "The request's number."))
    add_out(sheet)
    sheet.set_defaults(func=run_request_sheet)


def _add_rates(actions: Commands) -> None:
    rates = actions.add_parser(
        "rates",
        help=translate("Cli", "Print the figures of residents' requests (三率) for a period."),
        description=translate(
            "Cli",
            "Print the figures of residents' requests received in a period (三率): each rate with "
            "its formula, then per source, category and person responsible.",
        ),
    )
    rates.add_argument(
        "--from",
        dest="date_from",
        default="",
        metavar="DATE",
        help=translate("Cli", "First day of the period (default: the first of this month)."),
    )
    rates.add_argument(
        "--to",
        dest="date_to",
        default="",
        metavar="DATE",
        help=translate("Cli", "Last day of the period (default: the last of this month)."),
    )
    add_out(rates)
    rates.set_defaults(func=run_rates)


def run_request_sheet(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.print_sources_requests import request_sheet
    from villagedesk.reports.request_sheet import write_request_sheet

    if (refused := check_out(args.out)) is not None:
        return refused
    values = request_sheet(store, number=args.number)  # NotFound: told, exit 2
    personal_print(store, translate("Cli", "Record sheet {number}").format(number=args.number))
    return write_pdf(
        args.out,
        lambda: write_request_sheet(
            args.out,
            detail=values.detail,
            station=values.station,
            files=values.files,
            id_number=values.id_number,
            household=values.household,
            translate=translate,
        ),
    )


def period(date_from: str, date_to: str, today: date) -> tuple[date, date] | str:
    """The period ``--from``/``--to`` give (a month alone: its first or last day; left out:
    this month's), or the text that is not a date."""
    first, last = parse_day(date_from, last=False), parse_day(date_to, last=True)
    for given, parsed in ((date_from, first), (date_to, last)):
        if given.strip() and parsed is None:
            return given
    month_end = calendar.monthrange(today.year, today.month)[1]
    return first or today.replace(day=1), last or today.replace(day=month_end)


def run_rates(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.print_sources_requests import rate_sheet
    from villagedesk.reports.request_figures import write_rate_sheet

    found = period(args.date_from, args.date_to, today())
    if isinstance(found, str):
        return bad_date(found)
    first, last = found
    if first > last:
        err(translate("Cli", "The period ends before it begins."))
        return USAGE
    if (refused := check_out(args.out)) is not None:
        return refused
    values = rate_sheet(store, first=first, last=last)
    return write_pdf(
        args.out,
        lambda: write_rate_sheet(
            args.out, sheet=values.sheet, station=values.station, translate=translate
        ),
    )
