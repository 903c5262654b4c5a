"""``villagedesk calendar import FILE.json`` and ``calendar show YEAR``: the station's working-day
calendar (节假日安排) that deadlines are counted on; ``calendar rules`` (its rule table of time
limits) is in ``calendar_rules``.

``import`` adds one year in the public holiday-cn format (``{"year": 2027, "days": [{"name":
"春节", "date": "2027-02-06", "isOffDay": true}, …]}``), read as hostile (size, year, dates), and
counts again every open request's deadline that was estimated (估算) for lack of the year; it
says how many changed. ``show`` lists a year's days off and make-up working days and says
whether the year is bundled, added, or missing (deadlines in it are estimated). Exit codes: 0
done, 2 bad input (nothing written; the reasons on stderr, in Chinese).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from pathlib import Path

from villagedesk.cli.commands import calendar_rules
from villagedesk.cli.output import OK, USAGE, err, out, read_small_file, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.calendar.document import MAX_DOCUMENT_BYTES, MAX_YEAR, MIN_YEAR, HolidayDay
from villagedesk.core.calendar.ports import YearSource
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.calendar_years import calendar_year, import_calendar_year
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "calendar",
        help=translate("Cli", "The working-day calendar deadlines are counted on."),
        description=translate(
            "Cli",
            "The station's working-day calendar (节假日安排). The years 2004 to 2026 are "
            "bundled; a later year is added from a holiday-cn JSON file. Until then deadlines "
            "in it count weekends only and are marked 估算.",
        ),
    )
    actions = add_commands(group, required=True)
    importing = actions.add_parser(
        "import",
        help=translate("Cli", "Add a year from a holiday-cn JSON file."),
        description=translate(
            "Cli",
            "Add one year from a holiday-cn JSON file (replacing the station's notice of that "
            "year) and count the estimated deadlines again.",
        ),
    )
    importing.add_argument("file", metavar="FILE.json", help=translate("Cli", "The year's file."))
    importing.set_defaults(func=run_import)
    show = actions.add_parser(
        "show",
        help=translate("Cli", "Show a year's days off and make-up working days."),
        description=translate(
            "Cli",
            "Show a year's days off and make-up working days, and whether the year is "
            "bundled, added, or estimated.",
        ),
    )
    show.add_argument("year", metavar="YEAR", help=translate("Cli", "The year, like 2027."))
    show.set_defaults(func=run_show)
    calendar_rules.register(actions)


def _labels() -> dict[str, str]:
    return {"file": translate("Cli", "Calendar file")}


def _read(path: Path) -> bytes | None:
    too_large = translate(
        "Cli", "{path} is too large for a calendar file ({size} KB; at most {limit} KB)."
    )
    return read_small_file(path, MAX_DOCUMENT_BYTES, too_large)


def run_import(args: argparse.Namespace, store: StationStore) -> int:
    data = _read(Path(args.file))
    if data is None:
        return USAGE
    try:
        done = import_calendar_year(store.uow_factory(), data)
    except ValidationError as e:
        return report_invalid(e, _labels())
    said = (
        translate("Cli", "The calendar of {year} replaced the station's earlier one.")
        if done.replaced
        else translate("Cli", "The calendar of {year} was added.")
    )
    out(said.format(year=done.year))
    out(
        translate(
            "Cli", "{changed} estimated deadline(s) counted again; {moved} of them moved."
        ).format(changed=done.changed, moved=done.moved)
    )
    return OK


def _source_text(source: YearSource | None) -> str:
    if source is YearSource.BUNDLED:
        return translate("Cli", "bundled with VillageDesk")
    if source is YearSource.TOWNSHIP:
        return translate("Cli", "added from the township's receipt")
    if source is YearSource.FILE:
        return translate("Cli", "added from a file")
    return translate(
        "Cli", "not in the calendar: deadlines count weekends only and are marked 估算"
    )


def _runs(days: Sequence[HolidayDay]) -> str:
    """``10.01–10.07, 10.10``: consecutive days as one run."""
    ordered = sorted(d.day for d in days)
    start = ordered[0].toordinal() if ordered else 0
    parts: list[str] = []
    for _key, group in groupby(enumerate(ordered), key=lambda p: p[1].toordinal() - p[0] - start):
        run = [d for _i, d in group]
        first, last = run[0], run[-1]
        parts.append(_day(first) if first == last else f"{_day(first)}–{_day(last)}")
    return ", ".join(parts)


def _day(day: date) -> str:
    return day.strftime("%Y.%m.%d")


def _year(text: str) -> int | None:
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit() and len(stripped) == 4:
        year = int(stripped)
        if MIN_YEAR <= year <= MAX_YEAR:
            return year
    err(
        translate("Cli", "YEAR: give a year from {first} to {last}, like 2027.").format(
            first=MIN_YEAR, last=MAX_YEAR
        )
    )
    return None


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    year = _year(args.year)
    if year is None:
        return USAGE
    shown = calendar_year(store.uow_factory(), year=year)
    out(translate("Cli", "{year}: {source}").format(year=year, source=_source_text(shown.source)))
    names: dict[str, list[HolidayDay]] = {}
    for day in shown.days:
        names.setdefault(day.name, []).append(day)
    for name, days in names.items():
        off = [d for d in days if d.off]
        worked = [d for d in days if not d.off]
        cells = [name, translate("Cli", "off {days}").format(days=_runs(off)) if off else ""]
        if worked:
            cells.append(translate("Cli", "worked {days}").format(days=_runs(worked)))
        out("\t".join(c for c in cells if c))
    if shown.source is not None:
        out(
            translate("Cli", "{off} day(s) off, {worked} make-up working day(s).").format(
                off=len(shown.off_days), worked=len(shown.working_days)
            )
        )
    return OK
