"""``villagedesk check``: SQLite's integrity and foreign-key checks on the station database, the
domain rules over every stored record (reported, never fixed), and the sweep of temp files that a
killed run left in the data folder."""

from __future__ import annotations

import argparse
from datetime import date

from villagedesk import fsutil
from villagedesk.cli.output import ATTENTION, OK, out, text
from villagedesk.cli.parser import Commands
from villagedesk.core.services.record_check import check_records
from villagedesk.i18n import translate
from villagedesk.store import health
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
    check = commands.add_parser(
        "check",
        help=translate("Cli", "Check the database for damage."),
        description=translate(
            "Cli",
            "Run the database's integrity and foreign-key checks, then the rules every record must "
            "follow (ID numbers, dates, roll histories …). Problems are reported, not fixed. "
            "Exits 1 when a problem is found.",
        ),
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace, store: StationStore) -> int:
    del args
    swept = store.swept_temp_files + sum(
        fsutil.sweep_temp_files(folder) for folder in (store.db_path.parent, store.backups_dir)
    )
    if swept:
        out(
            translate("Cli", "Temp files left by an interrupted run were removed: {count}").format(
                count=swept
            )
        )
    problems = health.integrity_check(store.engine) + health.foreign_key_check(store.engine)
    if problems:
        out(translate("Cli", "The database check found problems:"))
        for problem in problems:
            out("  " + problem)
        return ATTENTION
    out(translate("Cli", "The database check passed."))
    records = check_records(store.uow_factory, today=date.today())
    if not records:
        out(translate("Cli", "Every record follows the rules."))
        return OK
    out(
        translate(
            "Cli", "{count} records break a rule (reported only; nothing was changed):"
        ).format(count=len(records))
    )
    for record in records:
        for line in record.lines():
            out("  " + text(line))
    return ATTENTION
