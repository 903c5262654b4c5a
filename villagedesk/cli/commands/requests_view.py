"""How ``villagedesk requests show`` and ``list`` print a request: as JSON (codes and ISO times,
for scripts) or as lines to read (the window's labels). The requester's phone is masked as on
public paper, by the station's masking policy; nothing here prints an ID number."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from villagedesk.core.masking import MaskPolicy, MaskPolicyUnitOfWork, mask_phone, mask_policy
from villagedesk.core.requests.events import (
    Assignment,
    Closing,
    Details,
    Escalation,
    Extension,
    FollowUp,
    MergeLink,
    Note,
    Refusal,
    RequestEvent,
    Signing,
)
from villagedesk.core.requests.record import Request, RequestDetail, RequestProgress
from villagedesk.core.requests.register import due_value, fmt_due, fmt_summary
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.timing import display_due, display_moment, due_iso
from villagedesk.i18n import enum_label, translate

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def station_policy(uow: MaskPolicyUnitOfWork) -> MaskPolicy:
    return mask_policy(uow)


def due_text(progress: RequestProgress) -> str:
    """The time limit as the register shows it, with 估算 where the calendar lacks the year."""
    return fmt_due(due_value(progress.due_at, progress.due_estimated), translate)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment is not None else None


def _merged_into(events: Sequence[RequestEvent]) -> str | None:
    for event in reversed(events):
        details = event.step.details
        if event.action is Action.MERGE and isinstance(details, MergeLink):
            return details.other_number
    return None


def request_data(
    request: Request, policy: MaskPolicy, events: Sequence[RequestEvent] | None = None
) -> dict[str, JsonValue]:
    """One request as a JSON object; with its ``events``, the history and the merge link too."""
    v, p = request.values, request.progress
    data: dict[str, JsonValue] = {
        "number": request.number,
        "state": p.state.value,
        "state_label": enum_label(p.state.label),
        "type": v.kind.value,
        "urgency": v.urgency.value,
        "channel": v.channel,
        "ticket": v.ticket,
        "category": v.category,
        "content": v.content,
        "place": v.place,
        "received_at": _iso(v.received_at),
        "received_by": v.received_by,
        "requester": {
            "kind": v.requester.kind.value,
            "name": v.requester.name,
            "phone": mask_phone(v.requester.phone, policy),
        },
        "co_requesters": [r.name for r in request.co_requesters],
        "assignee": p.assignee.name if p.assignee is not None else None,
        "helpers": [h.name for h in p.helpers],
        "signed_at": _iso(p.signed_at),
        "due": due_iso(p.due_at) if p.due_at is not None else None,
        "due_estimated": p.due_estimated,
        "extended_to": due_iso(p.extended_to) if p.extended_to is not None else None,
        "replied_at": _iso(p.replied_at),
        "followed_up_at": _iso(p.followed_up_at),
        "resolution": p.resolution.value if p.resolution is not None else None,
        "satisfaction": p.satisfaction.value if p.satisfaction is not None else None,
        "reopened": p.reopened,
        "closed_at": _iso(p.closed_at),
    }
    if events is not None:
        data["merged_into"] = _merged_into(events)
        data["history"] = [
            {
                "action": e.action.value,
                "at": _iso(e.at),
                "by": e.step.by,
                "text": detail_text(e.step.details),
            }
            for e in events
        ]
    return data


def detail_text(details: Details) -> str:
    """What a step says in words (the window's labels)."""
    if isinstance(details, Assignment):
        names = [details.assignee.name, *(h.name for h in details.helpers)]
        return " ".join(filter(None, ("、".join(names), details.reason)))
    if isinstance(details, Signing):
        return details.signer.name
    if isinstance(details, Note):
        return details.text
    if isinstance(details, Extension):
        return " ".join((display_due(details.new_due), details.reason, details.approved_by))
    if isinstance(details, Escalation):
        return f"{details.department}: {details.text}"
    if isinstance(details, FollowUp):
        said = (enum_label(details.resolution.label), enum_label(details.satisfaction.label))
        return " ".join(filter(None, (*said, details.note)))
    if isinstance(details, Closing):
        return " ".join(filter(None, (details.statement, details.approved_by)))
    if isinstance(details, Refusal):
        return f"{enum_label(details.ground.label)}: {details.reason}"
    return details.other_number


def list_cells(request: Request) -> tuple[str, ...]:
    """One line of ``requests list``."""
    v, p = request.values, request.progress
    return (
        request.number,
        enum_label(p.state.label),
        display_moment(v.received_at),
        enum_label(v.kind.label),
        v.requester.name or enum_label(v.requester.kind.label),
        p.assignee.name if p.assignee is not None else "",
        due_text(p),
        fmt_summary(v.content, translate),
    )


def request_lines(detail: RequestDetail, policy: MaskPolicy) -> list[str]:
    """``requests show`` without ``--json``: the request, then its history, one step a line."""
    r = detail.request
    v, p = r.values, r.progress
    who = v.requester.name or enum_label(v.requester.kind.label)
    if v.requester.phone:
        who = f"{who} {mask_phone(v.requester.phone, policy)}"
    rows = (
        (translate("Cli", "Number"), r.number),
        (translate("Cli", "State"), enum_label(p.state.label)),
        (translate("Cli", "Received"), display_moment(v.received_at)),
        (translate("Cli", "Channel"), " ".join(filter(None, (v.channel, v.ticket)))),
        (translate("Cli", "Type"), f"{enum_label(v.kind.label)} · {enum_label(v.urgency.label)}"),
        (translate("Cli", "Category"), v.category),
        (translate("Cli", "Requester"), who),
        (translate("Cli", "Content"), " ".join(v.content.split())),
        (translate("Cli", "Person responsible"), p.assignee.name if p.assignee else ""),
        (translate("Cli", "Time limit"), due_text(p)),
        (translate("Cli", "Reopened"), str(p.reopened)),
    )
    lines = [f"{label}: {value}" for label, value in rows if value]
    for event in detail.events:
        cells = (
            display_moment(event.at),
            enum_label(event.action.label),
            event.step.by,
            " ".join(detail_text(event.step.details).split()),
        )
        lines.append("\t".join(cells))
    return lines
