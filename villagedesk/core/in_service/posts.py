"""Service posts (岗位), claims (认领) and service records (服务记录) of in-service members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.in_service.model import (
    ClaimDraft,
    PostClaim,
    PostDraft,
    PostValues,
    RecordDraft,
    RecordValues,
    ServicePost,
    ServiceRecord,
    ServiceTotal,
)
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.roster import check_in_service_member
from villagedesk.core.in_service.rules import (
    CTX,
    IN_SERVICE_CHANGES,
    campaign_year_bounds,
    check_places,
    parse_day,
    parse_hours,
)
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.person_rules import check_optional_phone
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

MAX_NAME = 40
MAX_TEXT = 200


def _not_found() -> NotFound:
    return NotFound(msg(CTX, QT_TRANSLATE_NOOP("InService", "The record was not found.")))


# -- posts --------------------------------------------------------------------------------------


def _post_values(uow: InServiceUnitOfWork, draft: PostDraft, post_id: int | None) -> PostValues:
    errors: dict[str, list[Message]] = {}
    name = " ".join(draft.name.split())
    if not name:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Enter the post's name."))]
    elif len(name) > MAX_NAME:
        errors["name"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "The name is too long."))]
    else:
        same = uow.in_service.posts.find_by_name(name)
        if same is not None and same.id != post_id:
            errors["name"] = [
                msg(CTX, QT_TRANSLATE_NOOP("InService", "A post with this name already exists."))
            ]
    places = check_places(draft.places, errors)
    if places and post_id is not None and places < uow.in_service.claims.held(post_id):
        errors["places"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "InService", "{held} members hold this post now; end claims first."
                ),
                held=uow.in_service.claims.held(post_id),
            )
        ]
    phone = check_optional_phone(draft.contact_phone, errors, "contact_phone")
    if errors:
        raise ValidationError(errors)
    return PostValues(
        name,
        " ".join(draft.description.split())[:MAX_TEXT],
        places,
        " ".join(draft.contact_name.split()),
        phone,
    )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Add a service post"))
def add_post(uow: InServiceUnitOfWork, *, draft: PostDraft) -> Saved:
    with uow:
        new_id = uow.in_service.posts.add(_post_values(uow, draft, None))
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Edit a service post"))
def update_post(uow: InServiceUnitOfWork, *, post_id: int, draft: PostDraft) -> Saved:
    with uow:
        if uow.in_service.posts.get(post_id) is None:
            raise _not_found()
        ensure_own_record(uow, "service_posts", post_id)
        uow.in_service.posts.update(post_id, _post_values(uow, draft, post_id))
        uow.commit()
    return Saved(post_id, IN_SERVICE_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the service posts"))
def list_posts(uow: InServiceUnitOfWork) -> list[ServicePost]:
    """Every post with how many hold it now (``free`` places follow)."""
    with uow.for_reading():
        return uow.in_service.posts.list()


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a post's claims"))
def post_claims(uow: InServiceUnitOfWork, *, post_id: int) -> list[PostClaim]:
    """Who holds and who held the post, oldest first."""
    with uow.for_reading():
        return uow.in_service.claims.list(post_id=post_id)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a member's claimed posts")
)
def member_claims(uow: InServiceUnitOfWork, *, member_id: int) -> list[PostClaim]:
    with uow.for_reading():
        return uow.in_service.claims.list(member_id=member_id)


# -- claims -------------------------------------------------------------------------------------


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Claim a service post"))
def claim_post(uow: InServiceUnitOfWork, *, draft: ClaimDraft, today: date) -> Saved:
    """认领: refused on a full post, or a post the member holds already."""
    errors: dict[str, list[Message]] = {}
    day = parse_day(draft.claimed_on, "claimed_on", errors, today=today)
    with uow:
        repos = uow.in_service
        member = check_in_service_member(uow, draft.member_id, errors)
        post = repos.posts.get(draft.post_id) if draft.post_id is not None else None
        if post is None:
            errors["post_id"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose a post."))]
        elif post.free <= 0:
            errors["post_id"] = [
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "InService",
                        "The post “{post}” is full: all {places} places are claimed. End a claim first or choose another post.",
                    ),
                    post=post.name,
                    places=post.values.places,
                )
            ]
        elif member is not None and any(
            c.active for c in repos.claims.list(post_id=post.id, member_id=member.id)
        ):
            errors["post_id"] = [
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("InService", "{name} already holds this post."),
                    name=member.name,
                )
            ]
        if errors:
            raise ValidationError(errors)
        assert member is not None and post is not None and day is not None
        ensure_own_record(uow, "service_posts", post.id)
        new_id = repos.claims.add(member.id, post.id, day)
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "End a post claim"))
def end_claim(uow: InServiceUnitOfWork, *, claim_id: int, ended_on: str, today: date) -> Saved:
    """End a claim on a date; the place is free again and the claim stays in the history."""
    errors: dict[str, list[Message]] = {}
    day = parse_day(ended_on, "ended_on", errors, today=today)
    with uow:
        claim = uow.in_service.claims.get(claim_id)
        if claim is None:
            raise _not_found()
        ensure_own_record(uow, "post_claims", claim_id)
        if not claim.active:
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("InService", "This claim has already ended."))
            )
        if day is not None and day < claim.claimed_on:
            errors.setdefault("ended_on", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("InService", "The claim began on {date}; end it after that."),
                    date=claim.claimed_on.strftime("%Y.%m.%d"),
                )
            )
        if errors:
            raise ValidationError(errors)
        assert day is not None
        uow.in_service.claims.end(claim_id, day)
        uow.commit()
    return Saved(claim_id, IN_SERVICE_CHANGES)


# -- service records ----------------------------------------------------------------------------


def _check_household(
    uow: InServiceUnitOfWork, household_id: int | None, errors: dict[str, list[Message]]
) -> None:
    """A service record may name the household it was done for: it must exist, not voided."""
    if household_id is None:
        return
    household = uow.households.get(household_id)
    if household is None or household.voided:
        errors["household_id"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "InService",
                    "The chosen household was not found or has been voided. Choose another "
                    "household or leave it empty.",
                ),
            )
        ]


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a service"))
def add_record(uow: InServiceUnitOfWork, *, draft: RecordDraft, today: date) -> Saved:
    """服务记录: on a post the member has claimed; hours over 0, at most 24, in half hours; for
    whom optionally a household (one that exists, not voided)."""
    errors: dict[str, list[Message]] = {}
    day = parse_day(draft.served_on, "served_on", errors, today=today)
    half_hours = parse_hours(draft.hours, errors)
    what = " ".join(draft.what.split())
    if not what:
        errors["what"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Say what was done."))]
    elif len(what) > MAX_TEXT:
        errors["what"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "The text is too long."))]
    with uow:
        member = check_in_service_member(uow, draft.member_id, errors)
        if draft.post_id is None or uow.in_service.posts.get(draft.post_id) is None:
            errors["post_id"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose a post."))]
        elif member is not None and not uow.in_service.claims.list(
            post_id=draft.post_id, member_id=member.id
        ):
            errors["post_id"] = [
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("InService", "{name} has not claimed this post."),
                    name=member.name,
                )
            ]
        _check_household(uow, draft.household_id, errors)
        if errors:
            raise ValidationError(errors)
        assert member is not None and draft.post_id is not None
        assert day is not None and half_hours is not None
        values = RecordValues(
            member_id=member.id,
            post_id=draft.post_id,
            served_on=day,
            what=what,
            half_hours=half_hours,
            beneficiary=" ".join(draft.beneficiary.split())[:MAX_TEXT],
            household_id=draft.household_id,
        )
        new_id = uow.in_service.records.add(values)
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Void a service record"))
def void_record(uow: InServiceUnitOfWork, *, record_id: int, reason: str) -> Saved:
    if not reason.strip():
        raise ValidationError(
            {"reason": [msg(CTX, QT_TRANSLATE_NOOP("InService", "Give the reason."))]}
        )
    with uow:
        if uow.in_service.records.get(record_id) is None:
            raise _not_found()
        ensure_own_record(uow, "service_records", record_id)
        uow.in_service.records.void(record_id, reason.strip())
        uow.commit()
    return Saved(record_id, IN_SERVICE_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the service records"))
def service_records(
    uow: InServiceUnitOfWork, *, year: int, member_id: int | None = None
) -> list[ServiceRecord]:
    with uow.for_reading():
        first, last = campaign_year_bounds(year, uow.in_service.settings.get().year_start_month)
        return uow.in_service.records.list(first, last, member_id=member_id)


@dataclass(frozen=True)
class ServiceTotals:
    """A campaign year's totals per member and per post."""

    by_member: tuple[ServiceTotal, ...]
    by_post: tuple[ServiceTotal, ...]


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Total the service hours"))
def service_totals(uow: InServiceUnitOfWork, *, year: int) -> ServiceTotals:
    with uow.for_reading():
        first, last = campaign_year_bounds(year, uow.in_service.settings.get().year_start_month)
        return ServiceTotals(
            tuple(uow.in_service.records.totals_by_member(first, last)),
            tuple(uow.in_service.records.totals_by_post(first, last)),
        )
