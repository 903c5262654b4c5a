"""What each ``villagedesk in-service`` sub-command does (its parser is in ``in_service.py``):
the same services and rules as the window, the refusals on stderr under the option they came
from.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date

from villagedesk.cli.commands import Command, unit_of_work
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, report_invalid, text
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


def checked(run: Command) -> Command:
    """A command that first refuses unstorable text (see :func:`_unstorable`)."""

    def command(args: argparse.Namespace, store: StationStore) -> int:
        refused = _unstorable(args)
        return refused if refused is not None else run(args, store)

    return command


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
