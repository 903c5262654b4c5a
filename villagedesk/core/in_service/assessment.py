"""双重考核: the community's rating with its evidence, and the work unit's rating when it comes back."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import ValidationError
from villagedesk.core.in_service.assessment_model import (
    AssessmentDraft,
    AssessmentRow,
    AssessmentValues,
    Evidence,
    Rating,
    UnitSummary,
)
from villagedesk.core.in_service.model import PostClaim
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.roster import check_in_service_member
from villagedesk.core.in_service.rules import CTX, IN_SERVICE_CHANGES, campaign_year_bounds
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

MAX_COMMENT = 500


def parse_rating(text: str, field: str, errors: dict[str, list[Message]]) -> Rating | None:
    if not text:
        return None
    try:
        return Rating(text)
    except ValueError:
        errors[field] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose a rating."))]
        return None


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a member's assessment"))
def save_assessment(uow: InServiceUnitOfWork, *, draft: AssessmentDraft) -> Saved:
    """Record (or correct) a member's assessment of a year. The community's rating is required;
    the work unit's rating stays empty until the unit sends it back."""
    errors: dict[str, list[Message]] = {}
    community = parse_rating(draft.community_rating, "community_rating", errors)
    if community is None and "community_rating" not in errors:
        errors["community_rating"] = [
            msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose the community's rating."))
        ]
    unit = parse_rating(draft.unit_rating, "unit_rating", errors)
    for field, text in (
        ("community_comment", draft.community_comment),
        ("unit_comment", draft.unit_comment),
    ):
        if len(text.strip()) > MAX_COMMENT:
            errors[field] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "The text is too long."))]
    if draft.campaign_year is None:
        errors["campaign_year"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose the year."))]
    with uow:
        member = check_in_service_member(uow, draft.member_id, errors)
        if errors:
            raise ValidationError(errors)
        assert member is not None and community is not None and draft.campaign_year is not None
        values = AssessmentValues(
            member_id=member.id,
            campaign_year=draft.campaign_year,
            community_rating=community,
            community_comment=draft.community_comment.strip(),
            unit_rating=unit,
            unit_comment=draft.unit_comment.strip(),
        )
        new_id = uow.in_service.assessments.save(values)
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


def _held_in(claim: PostClaim, first: date, last: date) -> bool:
    return claim.claimed_on <= last and (claim.ended_on is None or claim.ended_on >= first)


def _evidence_by_member(uow: InServiceUnitOfWork, year: int) -> dict[int, Evidence]:
    first, last = campaign_year_bounds(year, uow.in_service.settings.get().year_start_month)
    totals = {t.key: t for t in uow.in_service.records.totals_by_member(first, last)}
    posts: dict[int, list[str]] = defaultdict(list)
    for claim in uow.in_service.claims.list():
        if _held_in(claim, first, last) and claim.post_name not in posts[claim.member_id]:
            posts[claim.member_id].append(claim.post_name)
    pledges: dict[int, list[str]] = defaultdict(list)
    for pledge in uow.in_service.pledges.list(year):
        pledges[pledge.member_id].append(pledge.text)
    out: dict[int, Evidence] = {}
    for member_id in set(totals) | set(posts) | set(pledges):
        total = totals.get(member_id)
        out[member_id] = Evidence(
            half_hours=total.half_hours if total else 0,
            records=total.records if total else 0,
            posts=tuple(posts.get(member_id, ())),
            pledges=tuple(pledges.get(member_id, ())),
        )
    return out


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Show a member's assessment evidence"),
)
def evidence(uow: InServiceUnitOfWork, *, member_id: int, year: int) -> Evidence:
    """Service hours, number of records, posts held and pledges of the member's year."""
    with uow.for_reading():
        return _evidence_by_member(uow, year).get(member_id, Evidence())


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the year's assessments"))
def assessment_rows(uow: InServiceUnitOfWork, *, year: int) -> list[AssessmentRow]:
    """Every member who reported in the year, by work unit and name, with ratings and evidence."""
    with uow.for_reading():
        registered = uow.in_service.registrations.list(year)
        assessed = {a.values.member_id: a.values for a in uow.in_service.assessments.list(year)}
        evidence_of = _evidence_by_member(uow, year)
    rows: list[AssessmentRow] = []
    order = sorted(
        registered, key=lambda r: (r.station_code, r.work_unit, r.member_name, r.member_id)
    )
    for r in order:
        a = assessed.get(r.member_id)
        rows.append(
            AssessmentRow(
                member_id=r.member_id,
                member_name=r.member_name,
                work_unit=r.work_unit,
                card_number=r.card_number,
                evidence=evidence_of.get(r.member_id, Evidence()),
                community_rating=a.community_rating if a else None,
                community_comment=a.community_comment if a else "",
                unit_rating=a.unit_rating if a else None,
                unit_comment=a.unit_comment if a else "",
                station_code=r.station_code,
            )
        )
    return rows


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Summarise the assessments by work unit"),
)
def unit_summaries(uow: InServiceUnitOfWork, *, year: int) -> list[UnitSummary]:
    """Per work unit, its members with both ratings: plain values for the printed summary (at a
    township per village and work unit: a unit's rows of two villages are never mixed)."""
    grouped: dict[tuple[str, str], list[AssessmentRow]] = defaultdict(list)
    for row in assessment_rows(uow, year=year):
        grouped[(row.station_code, row.work_unit)].append(row)
    return [UnitSummary(unit, tuple(rows)) for (_code, unit), rows in sorted(grouped.items())]
