"""Pledges (承诺): each member's one or two promises of a campaign year, checked the same way
whether made at registration or later."""

from __future__ import annotations

from collections.abc import Sequence

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import ValidationError
from villagedesk.core.in_service.model import Pledge
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.roster import check_in_service_member
from villagedesk.core.in_service.rules import CTX, IN_SERVICE_CHANGES
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

MAX_PLEDGES = 2
MAX_TEXT = 200


def check_pledges(texts: Sequence[str], errors: dict[str, list[Message]]) -> list[str]:
    """The pledges with their spaces tidied and the empty ones dropped; problems go under
    ``pledges`` (the sync import runs the same check on a village's pledges)."""
    clean = [" ".join(t.split()) for t in texts if t.strip()]
    if len(clean) > MAX_PLEDGES:
        errors.setdefault("pledges", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A member makes one or two pledges a year."))
        )
    if any(len(t) > MAX_TEXT for t in clean):
        errors.setdefault("pledges", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A pledge is at most 200 characters."))
        )
    return clean


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a member's pledges"))
def pledges(uow: InServiceUnitOfWork, *, member_id: int, year: int) -> list[Pledge]:
    with uow.for_reading():
        return uow.in_service.pledges.list(year, member_id=member_id)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Add a pledge"))
def add_pledge(uow: InServiceUnitOfWork, *, member_id: int, year: int, text: str) -> Saved:
    """One more pledge; a member makes one or two a year, never empty."""
    errors: dict[str, list[Message]] = {}
    clean = " ".join(text.split())
    if not clean:
        errors["text"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Write the pledge."))]
    elif len(clean) > MAX_TEXT:
        errors["text"] = [
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A pledge is at most 200 characters."))
        ]
    with uow:
        check_in_service_member(uow, member_id, errors)
        if len(uow.in_service.pledges.list(year, member_id=member_id)) >= MAX_PLEDGES:
            errors.setdefault("text", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "InService", "This member already has two pledges for {year}."
                    ),
                    year=year,
                )
            )
        if errors:
            raise ValidationError(errors)
        new_id = uow.in_service.pledges.add(member_id, year, clean)
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Replace a member's pledges"))
def set_pledges(
    uow: InServiceUnitOfWork, *, member_id: int, year: int, texts: Sequence[str]
) -> Saved:
    """Replace the member's pledges of the year with ``texts`` (empty ones are dropped)."""
    errors: dict[str, list[Message]] = {}
    clean = check_pledges(texts, errors)
    with uow:
        check_in_service_member(uow, member_id, errors)
        if errors:
            raise ValidationError(errors)
        replace_pledges(uow, member_id, year, clean)
        uow.commit()
    return Saved(member_id, IN_SERVICE_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Write a member's new pledges"))
def replace_pledges(uow: InServiceUnitOfWork, member_id: int, year: int, texts: list[str]) -> None:
    repo = uow.in_service.pledges
    old = repo.list(year, member_id=member_id)
    for pledge, text in zip(old, texts, strict=False):
        if pledge.text != text:
            repo.update(pledge.id, text)
    for pledge in old[len(texts) :]:
        repo.void(pledge.id, "replaced")
    for text in texts[len(old) :]:
        repo.add(member_id, year, text)
