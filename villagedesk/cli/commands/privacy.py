"""``villagedesk privacy export --person ID_OR_NAME --out FILE.pdf``: 个人信息导出, everything
the station holds about one person as a PDF for them (PIPL Art. 45), logged as an export; and
``privacy retention show|set --months N|due``: how long the records of people who moved away
are kept, and who is past it (masked; the program never deletes anyone by itself).

``--person`` is an ID number, a name (or part of one, or its pinyin, as the search box takes
it), a record's uuid, or ``resident:ID`` / ``member:ID``. A name several people have is
refused (exit 2) with the candidates listed, their ID numbers masked."""

from __future__ import annotations

import argparse

from villagedesk.cli.commands.printing import add_out, check_out, write_pdf
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.errors import ValidationError
from villagedesk.core.privacy import retention
from villagedesk.core.privacy.model import Candidate
from villagedesk.core.privacy.people import find_people
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "privacy",
        help=translate("Cli", "Personal data: one person's export, and the retention setting."),
        description=translate(
            "Cli",
            "Personal data (PIPL): export everything the station holds about one person, and "
            "the retention setting for people who moved away.",
        ),
    )
    actions = add_commands(group, required=True)
    export = actions.add_parser(
        "export",
        help=translate("Cli", "Export one person's personal data as a PDF for them."),
        description=translate(
            "Cli",
            "Write everything the station holds about one person as a PDF to hand to them "
            "(their ID number and phone in full). The export is recorded in the audit log.",
        ),
    )
    export.add_argument(
        "--person",
        required=True,
        metavar="ID_OR_NAME",
        help=translate("Cli", "An ID number, a name, a record's uuid, or resident:ID / member:ID."),
    )
    add_out(export)
    export.set_defaults(func=run_export)
    _register_retention(actions)


def _register_retention(actions: Commands) -> None:
    kept = actions.add_parser(
        "retention",
        help=translate("Cli", "How long the records of people who moved away are kept."),
        description=translate(
            "Cli",
            "How long the records of people who moved away (residents removed from their "
            "household, members transferred out) are kept, in months (0: for ever). The "
            "program never deletes them by itself: the 管理员 reviews the list.",
        ),
    )
    steps = add_commands(kept, required=True)
    show = steps.add_parser("show", help=translate("Cli", "Show the retention setting."))
    show.set_defaults(func=run_show)
    change = steps.add_parser("set", help=translate("Cli", "Change the retention setting."))
    change.add_argument(
        "--months", required=True, type=int, help=translate("Cli", "Months; 0 keeps for ever.")
    )
    change.set_defaults(func=run_set)
    due = steps.add_parser(
        "due", help=translate("Cli", "List the people kept longer than the setting (masked).")
    )
    due.set_defaults(func=run_due)


def _candidate_line(c: Candidate) -> str:
    kinds = "、".join(translate("Enum", k.label) for k in c.kinds) or translate("Cli", "removed")
    return f"  {c.ref.kind.value}:{c.ref.id}\t{c.name}\t{c.masked_id}\t{kinds}\t{c.detail}"


def _one_person(store: StationStore, text: str) -> Candidate | int:
    found = find_people(store.uow_factory(), text=text)
    if not found:
        err(translate("Cli", "Nobody on the registers matches “{text}”.").format(text=text))
        return ATTENTION
    if len(found) > 1:
        err(
            translate(
                "Cli",
                "{count} people match; give the ID number, or one of these as resident:ID or "
                "member:ID:",
            ).format(count=len(found))
        )
        for c in found:
            err(_candidate_line(c))
        return USAGE
    return found[0]


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    from villagedesk.core.privacy.personal_data import export_personal_data
    from villagedesk.reports.personal_data import write_personal_data

    if (refused := check_out(args.out)) is not None:
        return refused
    person = _one_person(store, args.person)
    if isinstance(person, int):
        return person
    data = export_personal_data(store.uow_factory(), person=person.ref)
    return write_pdf(
        args.out, lambda: write_personal_data(args.out, data=data, translate=translate)
    )


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    months = retention.retention_months(store.uow_factory())
    if months == 0:
        out(translate("Cli", "Records of people who moved away are kept for ever."))
    else:
        out(
            translate(
                "Cli", "Records of people who moved away are kept for {months} months."
            ).format(months=months)
        )
    return OK


def run_set(args: argparse.Namespace, store: StationStore) -> int:
    try:
        retention.set_retention_months(store.uow_factory(), months=args.months)
    except ValidationError as e:
        return report_invalid(e)
    return run_show(args, store)


def run_due(args: argparse.Namespace, store: StationStore) -> int:
    due = retention.retention_due(store.uow_factory())
    if not due:
        out(translate("Cli", "Nobody is kept longer than the retention setting."))
        return OK
    for d in due:
        out(
            "\t".join(
                (
                    f"{d.ref.kind.value}:{d.ref.id}",
                    d.name,
                    d.masked_id,
                    translate("Cli", "left {day}").format(day=f"{d.left_on:%Y.%m.%d}"),
                    translate("Cli", "due {day}").format(day=f"{d.due_on:%Y.%m.%d}"),
                )
            )
        )
    return OK
