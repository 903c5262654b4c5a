"""Plain values for the contact cards and work handbooks, gathered from the in-service records
(counted on an optional Progress, so a long batch can be cancelled). The printer offsets are
core.printing.offsets'."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import NotFound
from villagedesk.core.in_service.model import (
    Registration,
    ServicePost,
    ServiceRecord,
    format_hours,
)
from villagedesk.core.in_service.rules import campaign_year_bounds, campaign_year_of
from villagedesk.core.members.model import Category, Member
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.printing.model import (
    AssessmentLine,
    CardData,
    CardSet,
    HandbookData,
    LogLine,
    PostLine,
    Profile,
    StationContact,
)
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

PRINT_CTX = "Printing"
GATHERING = msg(PRINT_CTX, QT_TRANSLATE_NOOP("Printing", "Gathering the records…"))


# -- which members ------------------------------------------------------------------------------


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Find the members to print by ID number"),
)
def members_by_id_number(uow: UnitOfWork, *, id_numbers: Sequence[str]) -> list[int]:
    """The member ids for ID numbers as typed (``x`` as ``X``, spaces ignored), in the order
    given; refused with every unknown number named."""
    ids: list[int] = []
    unknown: list[str] = []
    with uow.for_reading():
        for text in id_numbers:
            number = "".join(unicodedata.normalize("NFKC", text).split()).upper()
            member = uow.members.find_by_id_number(number)
            if member is None or member.voided:
                unknown.append(text)
            elif member.id not in ids:
                ids.append(member.id)
    if unknown:
        raise NotFound(
            msg(
                PRINT_CTX,
                QT_TRANSLATE_NOOP("Printing", "No member has the ID number {numbers}."),
                numbers=", ".join(unknown),
            )
        )
    return ids


def _year(uow: UnitOfWork, today: date, year: int | None) -> int:
    return (
        year
        if year is not None
        else campaign_year_of(today, uow.in_service.settings.get().year_start_month)
    )


def _contact(uow: UnitOfWork) -> StationContact:
    station = uow.station.get()
    if station is None:
        raise NotFound(
            msg(PRINT_CTX, QT_TRANSLATE_NOOP("Printing", "The station is not set up yet."))
        )
    return StationContact(station.name, station.contact_name, station.contact_phone)


def _selected(uow: UnitOfWork, member_ids: Sequence[int] | None, year: int) -> list[Member]:
    """The chosen members (any order kept), or everyone registered in the year by card number."""
    chosen = member_ids is not None
    if member_ids is None:
        regs = sorted(uow.in_service.registrations.list(year), key=lambda r: r.card_number)
        member_ids = [r.member_id for r in regs]
    members: list[Member] = []
    for member_id in member_ids:
        member = uow.members.get(member_id)
        if member is None or member.voided:
            continue
        if chosen and (
            member.roll_status is not RollStatus.ON_ROLL
            or Category.IN_SERVICE not in member.values.categories
        ):
            continue
        members.append(member)
    return members


@dataclass(frozen=True)
class CardChoice:
    """Of the members chosen for contact cards: who has a card this campaign year (reported, on
    the roll, in-service) and the names of those who have none."""

    year: int
    with_card: tuple[int, ...]
    without_card: tuple[str, ...]


@service(Action.PRINT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Check who has a contact card"))
def card_choice(uow: UnitOfWork, *, today: date, member_ids: Sequence[int]) -> CardChoice:
    """Split the chosen members into those with a contact card this campaign year and those
    without (not reported, or no longer an in-service member on the roll)."""
    with uow.for_reading():
        year = _year(uow, today, None)
        live = {m.id for m in _selected(uow, member_ids, year)}
        with_card: list[int] = []
        without: list[str] = []
        for member_id in member_ids:
            if member_id in live and uow.in_service.registrations.find(member_id, year):
                with_card.append(member_id)
            else:
                member = uow.members.get(member_id)
                without.append(member.name if member is not None else str(member_id))
    return CardChoice(year, tuple(with_card), tuple(without))


def _active_posts(uow: UnitOfWork, member_id: int) -> tuple[str, ...]:
    names: list[str] = []
    for claim in uow.in_service.claims.list(member_id=member_id):
        if claim.active and claim.post_name not in names:
            names.append(claim.post_name)
    return tuple(names)


# -- contact cards ------------------------------------------------------------------------------


@service(Action.PRINT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Print the contact cards"))
def card_set(
    uow: UnitOfWork,
    *,
    today: date,
    member_ids: Sequence[int] | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> CardSet:
    """The cards of the chosen active in-service members (None: every member registered in the
    campaign year, by card number). A member not registered in the year has no card and is left
    out (see :func:`card_choice`). ``progress`` counts the members; a cancel raises
    ``Cancelled``."""
    progress = progress or Progress()
    with uow.for_reading():
        contact = _contact(uow)
        year = _year(uow, today, year)
        cards: list[CardData] = []
        members = _selected(uow, member_ids, year)
        progress.start(len(members), GATHERING)
        for member in members:
            progress.check()
            reg = uow.in_service.registrations.find(member.id, year)
            if reg is None:  # no card this year: never a card without its number
                progress.advance()
                continue
            cards.append(
                CardData(
                    member_id=member.id,
                    name=member.name,
                    branch=member.branch_name,
                    posts=_active_posts(uow, member.id),
                    phone=member.values.phone,
                    card_number=reg.card_number,
                    pledges=tuple(
                        p.text for p in uow.in_service.pledges.list(year, member_id=member.id)
                    ),
                )
            )
            progress.advance()
    return CardSet(contact, year, tuple(cards))


# -- handbooks ----------------------------------------------------------------------------------


@service(Action.PRINT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Print the handbooks"))
def handbooks(
    uow: UnitOfWork,
    *,
    today: date,
    member_ids: Sequence[int] | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> list[HandbookData]:
    """One handbook per chosen member (None: every member registered in the year).
    ``progress`` counts the members; a cancel raises ``Cancelled``."""
    progress = progress or Progress()
    out: list[HandbookData] = []
    with uow.for_reading():
        contact = _contact(uow)
        year = _year(uow, today, year)
        first, last = campaign_year_bounds(year, uow.in_service.settings.get().year_start_month)
        posts = {p.id: p for p in uow.in_service.posts.list()}
        members = _selected(uow, member_ids, year)
        progress.start(len(members), GATHERING)
        for member in members:
            progress.check()
            reg = uow.in_service.registrations.find(member.id, year)
            profile = _profile(member, reg)
            lines = _post_lines(uow, member.id, posts, first, last)
            records = sorted(
                uow.in_service.records.list(first, last, member_id=member.id),
                key=lambda r: (r.values.served_on, r.id),
            )
            log = tuple(
                LogLine(
                    served_on=r.values.served_on,
                    post=r.post_name,
                    what=r.values.what,
                    hours=format_hours(r.values.half_hours),
                    beneficiary=r.values.beneficiary,
                )
                for r in records
            )
            assessment = _assessment(uow, member.id, year, records)
            pledges = tuple(p.text for p in uow.in_service.pledges.list(year, member_id=member.id))
            out.append(
                HandbookData(member.id, contact, year, profile, lines, pledges, log, assessment)
            )
            progress.advance()
    return out


def _profile(member: Member, reg: Registration | None) -> Profile:
    """基本情况: the member's particulars, the work unit as reported (else as on the roll)."""
    v = member.values
    return Profile(
        name=member.name,
        sex=v.sex,
        birth_date=v.birth_date,
        ethnicity=v.ethnicity,
        education=v.education,
        standing=v.standing,
        joined_on=v.joined_on,
        branch=member.branch_name,
        work_unit=reg.work_unit if reg and reg.work_unit else v.work_unit,
        phone=v.phone,
        address=v.address,
        card_number=reg.card_number if reg else "",
        registered_on=reg.registered_on if reg else None,
    )


def _post_lines(
    uow: UnitOfWork, member_id: int, posts: Mapping[int, ServicePost], first: date, last: date
) -> tuple[PostLine, ...]:
    """The posts the member held at some time in the campaign year, with their contacts."""
    lines: list[PostLine] = []
    for claim in uow.in_service.claims.list(member_id=member_id):
        if claim.claimed_on > last or (claim.ended_on and claim.ended_on < first):
            continue
        post = posts.get(claim.post_id)
        lines.append(
            PostLine(
                name=claim.post_name,
                description=post.values.description if post else "",
                claimed_on=claim.claimed_on,
                ended_on=claim.ended_on,
                contact_name=post.values.contact_name if post else "",
                contact_phone=post.values.contact_phone if post else "",
            )
        )
    return tuple(lines)


def _assessment(
    uow: UnitOfWork, member_id: int, year: int, records: Sequence[ServiceRecord]
) -> AssessmentLine:
    """双重考核: both ratings and comments, with the year's hours and number of records."""
    found = uow.in_service.assessments.find(member_id, year)
    a = found.values if found else None
    return AssessmentLine(
        community_rating=a.community_rating if a else None,
        community_comment=a.community_comment if a else "",
        unit_rating=a.unit_rating if a else None,
        unit_comment=a.unit_comment if a else "",
        hours=format_hours(sum(r.values.half_hours for r in records)),
        records=len(records),
    )
