"""``villagedesk print cards|handbook|calibration|offsets``: contact cards, work handbooks, the
calibration page and the printer offsets; plugged into the ``print`` group of ``printing``."""

from __future__ import annotations

import argparse
from datetime import date

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.commands.printing import add_out, check_out, personal_print, write_pdf
from villagedesk.cli.output import ATTENTION, OK, err, out, report_invalid
from villagedesk.cli.parser import Commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.errors import ValidationError
from villagedesk.core.printing.data import card_set, handbooks, members_by_id_number
from villagedesk.core.printing.offsets import printer_offsets, set_printer_offsets
from villagedesk.core.progress import Progress
from villagedesk.i18n import translate
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.store.station_store import StationStore


def _members_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--member",
        dest="members",
        action="extend",
        nargs="+",
        default=None,
        metavar="ID_NUMBER",
        help=translate(
            "Cli",
            "The members' ID numbers (default: every in-service member registered this "
            "campaign year).",
        ),
    )


def register_print(actions: Commands) -> None:
    """Add the cards' sub-commands to the ``print`` group."""
    _add_cards(actions)
    _add_handbook(actions)
    _add_calibration(actions)
    _add_offsets(actions)


def _add_cards(actions: Commands) -> None:
    cards = actions.add_parser(
        "cards",
        help=translate("Cli", "Print contact cards, 10 per A4 sheet."),
        description=translate("Cli", "Print contact cards, 10 per A4 sheet, with crop marks."),
    )
    _members_option(cards)
    cards.add_argument(
        "--backs",
        action="store_true",
        help=translate(
            "Cli", "Add the backs with the members' pledges (print both sides, long edge)."
        ),
    )
    add_out(cards)
    cards.set_defaults(func=run_cards)


def _add_handbook(actions: Commands) -> None:
    handbook = actions.add_parser(
        "handbook",
        help=translate("Cli", "Print work handbooks as A5 booklets."),
        description=translate(
            "Cli",
            "Print work handbooks: A5 pages two to an A4 sheet in booklet order (print both "
            "sides, short edge, then fold), each member starting on a new sheet.",
        ),
    )
    _members_option(handbook)
    handbook.add_argument(
        "--plain-a5",
        action="store_true",
        help=translate("Cli", "Plain A5 pages in reading order instead of A4 booklet sheets."),
    )
    add_out(handbook)
    handbook.set_defaults(func=run_handbook)


def _add_calibration(actions: Commands) -> None:
    calibration = actions.add_parser(
        "calibration",
        help=translate("Cli", "Print the calibration page for the printer offsets."),
        description=translate("Cli", "Print the calibration page for the printer offsets."),
    )
    add_out(calibration)
    calibration.set_defaults(func=run_calibration)


def _add_offsets(actions: Commands) -> None:
    offsets = actions.add_parser(
        "offsets",
        help=translate("Cli", "Show or set the printer offsets (mm)."),
        description=translate(
            "Cli",
            "Show or set the printer offsets in millimetres: X moves the print right, Y moves "
            "it down (negative: left, up).",
        ),
    )
    offsets.add_argument(
        "--x", type=float, default=None, metavar="MM", help=translate("Cli", "X offset")
    )
    offsets.add_argument(
        "--y", type=float, default=None, metavar="MM", help=translate("Cli", "Y offset")
    )
    offsets.set_defaults(func=run_offsets)


def _member_ids(args: argparse.Namespace, store: StationStore) -> list[int] | None:
    if not args.members:
        return None
    return members_by_id_number(unit_of_work(store), id_numbers=args.members)


def _nothing() -> int:
    err(
        translate(
            "Cli",
            "No in-service member to print: none is registered this campaign year, or the "
            "members given are not in-service members on the roll.",
        )
    )
    return ATTENTION


def run_cards(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.reports.contact_card import write_cards

    if (refused := check_out(args.out)) is not None:
        return refused
    ids = _member_ids(args, store)
    offsets = printer_offsets(unit_of_work(store))
    progress = Progress()
    with ProgressBar(progress):
        cards = card_set(unit_of_work(store), today=date.today(), member_ids=ids, progress=progress)
        if not cards.cards:
            return _nothing()
        personal_print(store, translate("Cli", "Contact cards"))
        return write_pdf(
            args.out,
            lambda: write_cards(
                args.out,
                cards=cards,
                backs=args.backs,
                offsets=offsets,
                translate=translate,
                progress=progress,
            ),
        )


def run_handbook(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.reports.handbook import write_handbooks

    if (refused := check_out(args.out)) is not None:
        return refused
    ids = _member_ids(args, store)
    offsets = printer_offsets(unit_of_work(store))
    progress = Progress()
    with ProgressBar(progress):
        books = handbooks(
            unit_of_work(store), today=date.today(), member_ids=ids, progress=progress
        )
        if not books:
            return _nothing()
        personal_print(store, translate("Cli", "Work handbooks"))
        return write_pdf(
            args.out,
            lambda: write_handbooks(
                args.out,
                books=books,
                plain_a5=args.plain_a5,
                offsets=offsets,
                translate=translate,
                progress=progress,
            ),
        )


def run_calibration(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.reports.calibration import write_calibration

    offsets = printer_offsets(unit_of_work(store))

    def write() -> list[GlyphProblem]:
        write_calibration(args.out, offsets=offsets, translate=translate)
        return []

    return write_pdf(args.out, write)


def run_offsets(args: argparse.Namespace, store: StationStore) -> int:
    current = printer_offsets(unit_of_work(store))
    if args.x is not None or args.y is not None:
        x = current.x_mm if args.x is None else args.x
        y = current.y_mm if args.y is None else args.y
        try:
            set_printer_offsets(unit_of_work(store), x_mm=x, y_mm=y)
        except ValidationError as e:
            return report_invalid(
                e, {"x_mm": translate("Cli", "X offset"), "y_mm": translate("Cli", "Y offset")}
            )
        current = printer_offsets(unit_of_work(store))
    out(
        translate("Cli", "Printer offsets: X {x} mm, Y {y} mm").format(
            x=f"{current.x_mm:g}", y=f"{current.y_mm:g}"
        )
    )
    return OK
