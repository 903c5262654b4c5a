"""``villagedesk in-service post add|register|claim|pledge|service|list``: the in-service work
(在职党员进社区) from the command line, through the same services and rules as the window.

Members are named by ID number. Exit codes: 0 done, 1 done but members still to report
(``list --unregistered``), 2 bad input (nothing written; the reasons on stderr, in Chinese, with
any ID number masked).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, report_invalid, text
from villagedesk.cli.parser import add_commands
from villagedesk.core.errors import ValidationError
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.lookup import member_by_id_number, post_by_name
from villagedesk.core.in_service.model import (
    ClaimDraft,
    PostDraft,
    RecordDraft,
    RegistrationDraft,
    format_hours,
)
from villagedesk.core.in_service.rules import parse_hours
from villagedesk.core.services.results import Saved
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore


def _labels() -> dict[str, str]:
    """The option each service field comes from, for "field: message" on stderr."""
    member = translate("Cli", "Member (--member)")
    day = translate("Cli", "Date (--date)")
    pledge = translate("Cli", "Pledge (--text)")
    return {
        "member_id": member,
        "post_id": translate("Cli", "Post (--post)"),
        "name": translate("Cli", "Post name (--name)"),
        "places": translate("Cli", "Places (--places)"),
        "registered_on": day,
        "claimed_on": day,
        "served_on": day,
        "hours": translate("Cli", "Hours (--hours)"),
        "what": translate("Cli", "Service done (--content)"),
        "text": pledge,
        "pledges": pledge,
        "work_unit": translate("Cli", "Work unit (--unit)"),
    }


def _unstorable(args: argparse.Namespace) -> int | None:
    """Exit 2 (nothing written) for text with control characters or unpaired surrogates (a bad
    byte on the command line), which could not be stored."""
    for key, value in sorted(vars(args).items()):
        if isinstance(value, str) and any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
            option = "--" + key.replace("_", "-")
            err(
                translate("Cli", "{option} contains characters that cannot be stored.").format(
                    option=option
                )
            )
            return USAGE
    return None


def _checked(run: Callable[[argparse.Namespace, StationStore], int]) -> Any:
    """A command that first refuses unstorable text (see :func:`_unstorable`)."""

    def command(args: argparse.Namespace, store: StationStore) -> int:
        refused = _unstorable(args)
        return refused if refused is not None else run(args, store)

    return command


def register(commands: Any) -> None:
    group = commands.add_parser(
        "in-service",
        help=translate("Cli", "In-service members: posts, registration, claims, pledges, service."),
        description=translate(
            "Cli",
            "The in-service members' work (在职党员进社区) with the same rules as the window. "
            "Members are named by their ID number. Dates are written like 2026.03.15; "
            "without --date, today.",
        ),
    )
    actions = add_commands(group, required=True)

    post = actions.add_parser(
        "post",
        help=translate("Cli", "Service posts."),
        description=translate("Cli", "Service posts."),
    )
    post_actions = add_commands(post, required=True)
    add = post_actions.add_parser(
        "add",
        help=translate("Cli", "Add a service post."),
        description=translate("Cli", "Add a service post with its number of places."),
    )
    add.add_argument("--name", required=True, help=translate("Cli", "The post's name."))
    add.add_argument(
        "--places",
        default="1",
        metavar="K",
        help=translate("Cli", "How many members may hold it (default 1)."),
    )
    add.set_defaults(func=_checked(run_post_add))

    reg = actions.add_parser(
        "register",
        help=translate("Cli", "Register a member reporting in (报到); prints the card number."),
        description=translate(
            "Cli",
            "Register an in-service member reporting to the community, once per campaign "
            "year. The contact card number is printed as the last line.",
        ),
    )
    _member(reg)
    reg.add_argument(
        "--unit",
        default="",
        help=translate("Cli", "Work unit (default: as on the expected list or the roll)."),
    )
    _date(reg, required=False)
    reg.set_defaults(func=_checked(run_register))

    claim = actions.add_parser(
        "claim",
        help=translate("Cli", "A member claims a service post (认领)."),
        description=translate("Cli", "A member claims a service post, from today."),
    )
    _member(claim)
    _post(claim)
    claim.set_defaults(func=_checked(run_claim))

    pledge = actions.add_parser(
        "pledge",
        help=translate("Cli", "Record a member's pledge for this campaign year (承诺)."),
        description=translate(
            "Cli", "Record a member's pledge for this campaign year (one or two a year)."
        ),
    )
    _member(pledge)
    pledge.add_argument(
        "--text",
        required=True,
        metavar="T",
        help=translate("Cli", "The pledge."),
    )
    pledge.set_defaults(func=_checked(run_pledge))

    service = actions.add_parser(
        "service",
        help=translate("Cli", "Log a service on a claimed post (服务记录)."),
        description=translate(
            "Cli", "Log a service a member did on a post they claimed: date, hours, what."
        ),
    )
    _member(service)
    _post(service)
    _date(service, required=True)
    service.add_argument(
        "--hours",
        required=True,
        metavar="H",
        help=translate("Cli", "Hours, in half hours (e.g. 2 or 1.5; at most 24)."),
    )
    service.add_argument(
        "--content",
        required=True,
        metavar="C",
        help=translate("Cli", "What was done."),
    )
    service.set_defaults(func=_checked(run_service))

    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the in-service members and who has reported this year."),
        description=translate(
            "Cli",
            "List the in-service members on the roll for this campaign year, one per line, "
            "tab-separated: name, ID number, work unit, card number (or 未报到), date reported. "
            "With --unregistered only those not yet reported, and exit 1 if there are any.",
        ),
    )
    listing.add_argument(
        "--unregistered",
        action="store_true",
        help=translate("Cli", "Only the members not yet reported this campaign year."),
    )
    listing.set_defaults(func=_checked(run_list))


def _member(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--member",
        required=True,
        metavar="ID_NUMBER",
        help=translate("Cli", "The member's 18-digit citizen ID number."),
    )


def _post(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--post",
        required=True,
        metavar="N",
        help=translate("Cli", "The service post's name."),
    )


def _date(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--date",
        required=required,
        default="",
        metavar="D",
        help=translate("Cli", "The date, like 2026.03.15.")
        if required
        else translate("Cli", "The date, like 2026.03.15 (default: today)."),
    )


def _refused(error: ValidationError) -> int:
    return report_invalid(error, _labels())


def _day(value: str, today: date) -> str:
    return value if value.strip() else today.strftime("%Y.%m.%d")


# -- the commands --------------------------------------------------------------------------------


def run_post_add(args: argparse.Namespace, store: StationStore) -> int:
    draft = PostDraft(name=args.name, places=args.places)
    try:
        saved = posts.add_post(unit_of_work(store), draft=draft)
    except ValidationError as e:
        return _refused(e)
    post = next(p for p in posts.list_posts(unit_of_work(store)) if p.id == saved.id)
    out(
        translate("Cli", "Service post added: {name} ({places} places)").format(
            name=post.name, places=post.values.places
        )
    )
    return OK


def _member_id(args: argparse.Namespace, store: StationStore) -> int:
    return member_by_id_number(unit_of_work(store), id_number=args.member)


def _name(store: StationStore, member_id: int) -> str:
    with unit_of_work(store) as uow:
        member = uow.members.get(member_id)
    return member.name if member is not None else ""


def _notes(saved: Saved) -> None:
    for message in (*saved.warnings, *saved.notes):
        err(text(message))


def run_register(args: argparse.Namespace, store: StationStore) -> int:
    today = date.today()
    try:
        member_id = _member_id(args, store)
        draft = RegistrationDraft(
            member_id=member_id, registered_on=_day(args.date, today), work_unit=args.unit
        )
        saved = svc.record_registration(unit_of_work(store), draft=draft, today=today)
    except ValidationError as e:
        return _refused(e)
    _notes(saved)
    with unit_of_work(store) as uow:
        found = uow.in_service.registrations.get(saved.id)
    assert found is not None
    out(
        translate("Cli", "Registered: {name}, campaign year {year}").format(
            name=found.member_name, year=found.campaign_year
        )
    )
    out(found.card_number)  # the last line, for scripts
    return OK


def run_claim(args: argparse.Namespace, store: StationStore) -> int:
    today = date.today()
    try:
        member_id = _member_id(args, store)
        post_id = post_by_name(unit_of_work(store), name=args.post)
        draft = ClaimDraft(member_id, post_id, today.strftime("%Y.%m.%d"))
        posts.claim_post(unit_of_work(store), draft=draft, today=today)
    except ValidationError as e:
        return _refused(e)
    out(
        translate("Cli", "Post claimed: {name} holds “{post}”").format(
            name=_name(store, member_id), post=" ".join(args.post.split())
        )
    )
    return OK


def run_pledge(args: argparse.Namespace, store: StationStore) -> int:
    try:
        member_id = _member_id(args, store)
        year = svc.current_campaign_year(unit_of_work(store), today=date.today())
        svc.add_pledge(unit_of_work(store), member_id=member_id, year=year, text=args.text)
    except ValidationError as e:
        return _refused(e)
    out(
        translate("Cli", "Pledge recorded: {name}, campaign year {year}").format(
            name=_name(store, member_id), year=year
        )
    )
    return OK


def run_service(args: argparse.Namespace, store: StationStore) -> int:
    today = date.today()
    try:
        member_id = _member_id(args, store)
        post_id = post_by_name(unit_of_work(store), name=args.post)
        draft = RecordDraft(
            member_id=member_id,
            post_id=post_id,
            served_on=args.date,
            what=args.content,
            hours=args.hours,
        )
        posts.add_record(unit_of_work(store), draft=draft, today=today)
    except ValidationError as e:
        return _refused(e)
    half_hours = parse_hours(args.hours, {}) or 0
    out(
        translate("Cli", "Service recorded: {name}, “{post}”, {hours} hours").format(
            name=_name(store, member_id),
            post=" ".join(args.post.split()),
            hours=format_hours(half_hours),
        )
    )
    return OK


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    year = svc.current_campaign_year(unit_of_work(store), today=date.today())
    roster = svc.in_service_roster(unit_of_work(store))
    done = {r.member_id: r for r in svc.registrations(unit_of_work(store), year=year)}
    not_reported = translate("Cli", "not reported")
    listed = 0
    for entry in roster:
        reg = done.get(entry.member_id)
        if args.unregistered and reg is not None:
            continue
        listed += 1
        cells = (
            entry.name,
            entry.id_number,
            (reg.work_unit if reg is not None and reg.work_unit else entry.work_unit),
            reg.card_number if reg is not None else not_reported,
            reg.registered_on.strftime("%Y.%m.%d") if reg is not None else "",
        )
        out("\t".join(" ".join(c.split()) for c in cells))
    if args.unregistered and listed:
        err(
            translate("Cli", "{count} in-service member(s) have not reported in {year}.").format(
                count=listed, year=year
            )
        )
        return ATTENTION
    return OK
