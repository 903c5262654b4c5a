"""The rules a step must satisfy beyond the state table (问题到人, 签收 by the person
responsible, 延期 before the deadline, 销号 only when solved or with an approved statement).
Each puts its problems under the field the user fixes them in; none writes anything."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from villagedesk.core.person_rules import check_name
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.rules import Errors
from villagedesk.core.requests.state import RequestState
from villagedesk.core.requests.timing import display_due
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Request"


def _add(errors: Errors, key: str, text: str, **params: object) -> None:
    errors.setdefault(key, []).append(msg(CTX, text, **params))


def check_handlers(
    assignee: Handler, helpers: Sequence[Handler], errors: Errors
) -> tuple[Handler, tuple[Handler, ...]]:
    """Exactly one person responsible (责任人) and any helpers (协办人), each named once."""
    main = Handler(check_name(assignee.name, errors, "assignee"), assignee.member_id)
    found: list[Handler] = []
    for helper in helpers:
        if not helper.name.strip() and helper.member_id is None:
            continue
        person = Handler(check_name(helper.name, errors, "helpers"), helper.member_id)
        if person.same_person(main):
            _add(
                errors,
                "helpers",
                QT_TRANSLATE_NOOP("Request", "{name} is responsible for it and not also a helper."),
                name=person.name,
            )
        elif any(person.same_person(h) for h in found):
            _add(
                errors,
                "helpers",
                QT_TRANSLATE_NOOP("Request", "{name} is named twice."),
                name=person.name,
            )
        else:
            found.append(person)
    return main, tuple(found)


def check_signer(request: Request, signer: Handler, errors: Errors) -> None:
    """签收 is by the person responsible, no one else."""
    assignee = request.progress.assignee
    if assignee is None or not signer.same_person(assignee):
        _add(
            errors,
            "signer",
            QT_TRANSLATE_NOOP(
                "Request", "Only {name}, the person responsible, can sign for this request."
            ),
            name=assignee.name if assignee else "",
        )


def check_extension(
    request: Request, asked_at: datetime, new_due: datetime, errors: Errors
) -> None:
    """延期 is asked for before the deadline runs out, and moves it later."""
    due = request.progress.due_at
    if due is None:
        _add(errors, "new_due", QT_TRANSLATE_NOOP("Request", "The request has no deadline yet."))
    elif asked_at > due:
        _add(
            errors,
            "new_due",
            QT_TRANSLATE_NOOP(
                "Request",
                "The deadline ({due}) has passed; an extension must be asked for before the "
                "deadline runs out.",
            ),
            due=display_due(due),
        )
    elif new_due <= due:
        _add(
            errors,
            "new_due",
            QT_TRANSLATE_NOOP(
                "Request", "The new deadline must be later than the current one ({due})."
            ),
            due=display_due(due),
        )


def check_closing(request: Request, statement: str, approved_by: str, errors: Errors) -> None:
    """销号 after a follow-up that says 已解决, or with a 无法解决说明 approved by the station's
    head after the requester was answered. A requester who was dissatisfied at the last
    follow-up keeps the request open unless such a statement closes it."""
    p = request.progress
    if statement:
        if not approved_by:
            _add(
                errors,
                "approved_by",
                QT_TRANSLATE_NOOP("Request", "Name the station head who approved the statement."),
            )
        if p.replied_at is None:
            _add(
                errors,
                "statement",
                QT_TRANSLATE_NOOP(
                    "Request", "Reply to the requester before closing with a statement."
                ),
            )
        return
    if p.satisfaction is Satisfaction.DISSATISFIED:
        _add(
            errors,
            "follow_up",
            QT_TRANSLATE_NOOP(
                "Request",
                "The requester was dissatisfied at the last follow-up, so the request cannot be "
                "closed: it was reopened. Handle it again, reply and follow up.",
            ),
        )
    elif p.resolution is None or p.state is not RequestState.FOLLOWED_UP:
        _add(
            errors,
            "follow_up",
            QT_TRANSLATE_NOOP(
                "Request",
                "The requester has not been asked back since the request was last handled. Close "
                "it after a follow-up that says it is solved, or with a statement why it cannot "
                "be solved, approved by the station's head.",
            ),
        )
    elif p.resolution is not Resolution.SOLVED:
        _add(
            errors,
            "follow_up",
            QT_TRANSLATE_NOOP(
                "Request",
                "The last follow-up says “{resolution}”. Close the request after a follow-up that "
                "says it is solved, or with a statement approved by the station's head.",
            ),
            resolution=msg("Enum", p.resolution.label),
        )
