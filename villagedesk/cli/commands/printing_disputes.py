"""``villagedesk print dispute-papers|dispute-month``: one dispute's mediation papers and the
month's report on disputes; plugged into the ``print`` group of ``printing`` (矛盾纠纷排查化解台账
is a ledger there: ``villagedesk print ledger disputes``)."""

from __future__ import annotations

import argparse
import calendar
from datetime import date

from villagedesk.cli.commands.printing import add_out, check_out, personal_print, write_pdf
from villagedesk.cli.output import USAGE, err
from villagedesk.cli.parser import Commands
from villagedesk.core.dates import PartialDate
from villagedesk.i18n import translate
from villagedesk.reports.dispute_papers_values import Paper
from villagedesk.store.station_store import StationStore

ALL = "all"
PAPER_CHOICES = (*(p.value for p in Paper), ALL)


def register_print(actions: Commands) -> None:
    """Add the disputes' sub-commands to the ``print`` group."""
    _add_papers(actions)
    _add_month(actions)


def _add_papers(actions: Commands) -> None:
    papers = actions.add_parser(
        "dispute-papers",
        help=translate("Cli", "Print the mediation papers of one dispute."),
        description=translate(
            "Cli",
            "Print the mediation papers of one dispute on A4 portrait: the case file cover, the "
            "application and acceptance form, the mediation records, the agreement (one copy per "
            "party and one for the file, with the parties' ID numbers in full), the oral "
            "agreement and the follow-up record. Every other paper masks the ID numbers.",
        ),
    )
    papers.add_argument("number", metavar="NO", help=translate("Cli", "The dispute's number."))
    papers.add_argument(
        "--paper",
        choices=PAPER_CHOICES,
        default=ALL,
        help=translate("Cli", "Which paper (default: every paper the dispute has)."),
    )
    add_out(papers)
    papers.set_defaults(func=run_dispute_papers)


def _add_month(actions: Commands) -> None:
    month = actions.add_parser(
        "dispute-month",
        help=translate("Cli", "Print the monthly report on disputes."),
        description=translate(
            "Cli",
            "Print the monthly report on screening and settling disputes: the cases by type, "
            "source, level and result, and the criminal cases and group petitions prevented.",
        ),
    )
    month.add_argument(
        "--month", required=True, metavar="YYYY-MM", help=translate("Cli", "The month.")
    )
    add_out(month)
    month.set_defaults(func=run_dispute_month)


def run_dispute_papers(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.print_sources_disputes import dispute_papers
    from villagedesk.reports.dispute_papers import available_papers, write_dispute_papers

    if (refused := check_out(args.out)) is not None:
        return refused
    values = dispute_papers(store, number=args.number)  # NotFound: told, exit 2
    wanted = list(Paper) if args.paper == ALL else [Paper(args.paper)]
    if args.paper != ALL and wanted[0] not in available_papers(values.masked):
        err(
            translate("Cli", "The dispute {number} has no {paper} yet.").format(
                number=values.masked.dispute.number,
                paper=translate("DisputePapers", wanted[0].heading),
            )
        )
        return USAGE
    personal_print(store, translate("Cli", "Mediation papers {number}").format(number=args.number))
    return write_pdf(
        args.out,
        lambda: write_dispute_papers(args.out, values=values, papers=wanted, translate=translate),
    )


def month_bounds(text: str) -> tuple[date, date] | None:
    """The first and last day of the month ``text`` names (2026-05, 2026.05); None if none."""
    try:
        parsed = PartialDate.parse(text)
    except ValueError:
        return None
    last = calendar.monthrange(parsed.year, parsed.month)[1]
    return date(parsed.year, parsed.month, 1), date(parsed.year, parsed.month, last)


def run_dispute_month(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.print_sources_disputes import month_sheet
    from villagedesk.reports.dispute_month import write_month_sheet

    bounds = month_bounds(args.month)
    if bounds is None:
        err(translate("Cli", "Not a month: {value}").format(value=args.month))
        return USAGE
    if (refused := check_out(args.out)) is not None:
        return refused
    figures, station = month_sheet(store, first=bounds[0], last=bounds[1])
    return write_pdf(
        args.out,
        lambda: write_month_sheet(args.out, figures=figures, station=station, translate=translate),
    )
