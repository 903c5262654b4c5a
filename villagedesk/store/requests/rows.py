"""A request as the ``requests`` row holds it: its values and progress as columns, and back."""

from __future__ import annotations

from collections.abc import Sequence

from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import (
    Attachment,
    Handler,
    Requester,
    RequesterKind,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.record import Request, RequestProgress
from villagedesk.core.requests.state import RequestState
from villagedesk.store.bulk import person_name_keys
from villagedesk.store.requests.codec import (
    dump,
    load_all,
    member,
    moment_text,
    optional_moment_text,
    read_moment,
)
from villagedesk.store.sql_types import ColumnValues, SqlRow


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _read_flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def requester_columns(who: Requester) -> ColumnValues:
    """The requester's columns: the chosen resident or member as a foreign key of its own
    table, the name with its pinyin search keys."""
    initials, full = person_name_keys(who.name) if who.name else ("", "")
    return {
        "requester_kind": who.kind.value,
        "requester_resident_id": who.person_id if who.kind is RequesterKind.RESIDENT else None,
        "requester_member_id": who.person_id if who.kind is RequesterKind.MEMBER else None,
        "requester_name": who.name,
        "requester_initials": initials,
        "requester_pinyin": full,
    }


def values_columns(values: RequestValues) -> ColumnValues:
    who = values.requester
    return {
        **requester_columns(who),
        "requester_phone": who.phone,
        "household_id": values.household_id,
        "channel": values.channel,
        "ticket": values.ticket,
        "kind": values.kind.value,
        "category": values.category,
        "urgency": values.urgency.value,
        "content": values.content,
        "place": values.place,
        "received_by": values.received_by,
        "received_at": moment_text(values.received_at),
        "essential_service": int(values.essential_service),
        "deadline_rule": values.deadline_rule,
    }


def progress_columns(p: RequestProgress) -> ColumnValues:
    return {
        "state": p.state.value,
        "state_since": optional_moment_text(p.state_since),
        "assignee_name": None if p.assignee is None else p.assignee.name,
        "assignee_member_id": None if p.assignee is None else p.assignee.member_id,
        "helpers": dump(p.helpers),
        "signed_at": optional_moment_text(p.signed_at),
        "signed_on_time": _flag(p.signed_on_time),
        "due_at": optional_moment_text(p.due_at),
        "due_estimated": int(p.due_estimated),
        "extended_to": optional_moment_text(p.extended_to),
        "replied_at": optional_moment_text(p.replied_at),
        "replied_on_time": _flag(p.replied_on_time),
        "followed_up_at": optional_moment_text(p.followed_up_at),
        "resolution": None if p.resolution is None else p.resolution.value,
        "satisfaction": None if p.satisfaction is None else p.satisfaction.value,
        "reopened": p.reopened,
        "round_start": optional_moment_text(p.round_start),
        "closed_at": optional_moment_text(p.closed_at),
        "merged_into": p.merged_into,
        "returned_at": optional_moment_text(p.returned_at),
    }


def read_values(row: SqlRow) -> RequestValues:
    received_at = read_moment(row.received_at)
    assert received_at is not None
    return RequestValues(
        content=row.content,
        kind=member(RequestType, row.kind),
        urgency=member(Urgency, row.urgency),
        channel=row.channel,
        ticket=row.ticket,
        category=row.category,
        requester=Requester(
            member(RequesterKind, row.requester_kind),
            row.requester_resident_id
            if row.requester_resident_id is not None
            else row.requester_member_id,
            row.requester_name,
            row.requester_phone,
        ),
        household_id=row.household_id,
        essential_service=bool(row.essential_service),
        place=row.place,
        received_by=row.received_by,
        received_at=received_at,
        deadline_rule=row.deadline_rule,
    )


def read_progress(row: SqlRow) -> RequestProgress:
    assignee = None
    if row.assignee_name is not None:
        assignee = Handler(row.assignee_name, row.assignee_member_id)
    return RequestProgress(
        state=member(RequestState, row.state),
        state_since=read_moment(row.state_since),
        assignee=assignee,
        helpers=load_all(Handler, row.helpers),
        signed_at=read_moment(row.signed_at),
        signed_on_time=_read_flag(row.signed_on_time),
        due_at=read_moment(row.due_at),
        due_estimated=bool(row.due_estimated),
        extended_to=read_moment(row.extended_to),
        replied_at=read_moment(row.replied_at),
        replied_on_time=_read_flag(row.replied_on_time),
        followed_up_at=read_moment(row.followed_up_at),
        resolution=None if row.resolution is None else member(Resolution, row.resolution),
        satisfaction=None if row.satisfaction is None else member(Satisfaction, row.satisfaction),
        reopened=row.reopened,
        round_start=read_moment(row.round_start),
        closed_at=read_moment(row.closed_at),
        merged_into=row.merged_into,
        returned_at=read_moment(row.returned_at),
    )


def read_request(row: SqlRow, attachments: Sequence[Attachment]) -> Request:
    return Request(
        id=row.id,
        number=row.number,
        values=read_values(row),
        progress=read_progress(row),
        attachments=tuple(attachments),
        co_requesters=load_all(Requester, row.co_requesters),
        station_code=row.station_code,
    )
