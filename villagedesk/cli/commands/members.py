"""``villagedesk members search|add``: find members, register a new one."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from datetime import date

from villagedesk.cli.commands import unit_of_work
from villagedesk.cli.output import (
    OK,
    USAGE,
    err,
    field_error,
    out,
    report_invalid,
    search_too_long,
    text,
    warn,
)
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.errors import ValidationError
from villagedesk.core.masking import MaskPolicy, mask, mask_policy, scrub_digits
from villagedesk.core.members.model import Category, MemberDraft, parse_category
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.services import check_member, register_member
from villagedesk.core.search import is_too_long, parse_search
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore

PAGE = 500
SEARCH_KEYS = ("name", "id_number", "phone", "branch", "standing", "roll_status")
MASKED_KEYS = ("id_number", "phone")


def register(commands: Commands) -> None:
    members = commands.add_parser(
        "members",
        help=translate("Cli", "Find or register Party members."),
        description=translate("Cli", "Find or register Party members."),
    )
    actions = add_commands(members, required=True)
    _add_search(actions)
    _add_add(actions)


def _add_search(actions: Commands) -> None:
    search = actions.add_parser(
        "search",
        help=translate("Cli", "Find members by name, pinyin, ID number or phone."),
        description=translate(
            "Cli",
            "Find members by name, pinyin initials, part of the ID number or phone. "
            "Prints one member per line, tab-separated: name, ID number and phone (masked as "
            "on a notice), branch, standing, roll status. Members no longer on the roll are "
            "included; voided records are not. The full numbers are in: villagedesk export "
            "members.",
        ),
    )
    search.add_argument(
        "text",
        metavar="TEXT",
        help=translate("Cli", "What to look for (empty text lists everyone)."),
    )
    search.set_defaults(func=run_search)


def _add_add(actions: Commands) -> None:
    add = actions.add_parser(
        "add",
        help=translate("Cli", "Register a new member."),
        description=translate(
            "Cli",
            "Register a new member, checked exactly as the form checks. Dates are written "
            "like 2024.03.15, or 2024.03 if only the month is known.",
        ),
    )
    add.add_argument("--name", required=True, help=translate("Cli", "The member's name."))
    add.add_argument(
        "--id-number",
        required=True,
        metavar="ID",
        help=translate("Cli", "The 18-digit citizen ID number."),
    )
    add.add_argument("--phone", default="", help=translate("Cli", "Phone number."))
    add.add_argument(
        "--branch",
        default="",
        help=translate("Cli", "The branch's name; a branch not yet known is created."),
    )
    add.add_argument(
        "--joined-on",
        default="",
        metavar="DATE",
        help=translate("Cli", "Date of joining the Party."),
    )
    add.add_argument(
        "--full-member-on",
        default="",
        metavar="DATE",
        help=translate("Cli", "Date of becoming a full member."),
    )
    add.add_argument("--ethnicity", default="", help=translate("Cli", "Ethnic group, e.g. 汉族."))
    add.add_argument(
        "--education",
        default="",
        help=translate("Cli", "Education, e.g. 高中 or 大专 (or its code)."),
    )
    add.add_argument("--work-unit", default="", help=translate("Cli", "Work unit."))
    add.add_argument("--address", default="", help=translate("Cli", "Home address."))
    add.add_argument(
        "--category",
        action="append",
        default=[],
        help=translate(
            "Cli",
            "A category (may be given more than once): 在职党员, 流动党员, 老党员, 困难党员, "
            "离退休, or the codes in_service, mobile, veteran, in_hardship, retired.",
        ),
    )
    add.set_defaults(func=run_add)


def _pages(ids: Sequence[int], size: int = PAGE) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _cell(value: str) -> str:
    return " ".join(value.split())


def run_search(args: argparse.Namespace, store: StationStore) -> int:
    if is_too_long(args.text):
        return search_too_long()
    reader = store.member_reader
    ids = reader.search_ids(parse_search(args.text), include_inactive=True)
    columns = [MEMBER_REGISTER.column(key) for key in SEARCH_KEYS]
    policy = mask_policy(unit_of_work(store))
    for page in _pages(ids):
        rows = reader.rows(page, SEARCH_KEYS)
        for member_id in page:
            row = rows.get(member_id)
            if row is not None:
                cells = [c.format(v, translate) for c, v in zip(columns, row, strict=True)]
                shown = [_masked(k, v, policy) for k, v in zip(SEARCH_KEYS, cells, strict=True)]
                out("\t".join(_cell(v) for v in shown))
    return OK


def _masked(key: str, value: str, policy: MaskPolicy) -> str:
    """A search line shows an ID number and a phone only in part, as a notice does: it goes to
    terminals and logs. The full numbers are exported with ``villagedesk export members``."""
    if key in MASKED_KEYS:
        return mask(value, key, policy)
    return scrub_digits(value)


def run_add(args: argparse.Namespace, store: StationStore) -> int:
    categories: set[Category] = set()
    unknown: list[str] = []
    for value in args.category:
        found = parse_category(value)
        if found is None:
            unknown.append(value.strip())
        else:
            categories.add(found)
    draft = MemberDraft(
        name=args.name,
        id_number=args.id_number,
        ethnicity=args.ethnicity,
        education=args.education,
        phone=args.phone,
        joined_on=args.joined_on,
        full_member_on=args.full_member_on,
        branch_name=args.branch,
        work_unit=args.work_unit,
        address=args.address,
        categories=frozenset(categories),
    )
    today = date.today()
    if unknown:
        try:
            check_member(unit_of_work(store), draft=draft, today=today)
        except ValidationError as e:
            report_invalid(e)
        for value in unknown:
            err(
                field_error(
                    "categories",
                    translate(
                        "Cli",
                        "Unknown category: {value}. Use 在职党员, 流动党员, 老党员, 困难党员 or "
                        "离退休.",
                    ).format(value=value),
                )
            )
        return USAGE
    try:
        saved = register_member(unit_of_work(store), draft=draft, today=today)
    except ValidationError as e:
        return report_invalid(e)
    for warning in saved.warnings:
        warn(warning)
    for note in saved.notes:
        out(text(note))
    out(translate("Cli", "Member registered: {name}").format(name=" ".join(args.name.split())))
    return OK
