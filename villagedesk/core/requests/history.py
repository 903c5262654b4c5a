"""What a request's steps add up to: :func:`advance` moves its progress by one step (through the
state table), :func:`replay` folds a whole history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from villagedesk.core.requests.events import (
    Assignment,
    Extension,
    FollowUp,
    MergeLink,
    Step,
)
from villagedesk.core.requests.model import RequestValues
from villagedesk.core.requests.record import RequestProgress
from villagedesk.core.requests.state import Action, next_state
from villagedesk.core.requests.timing import response_due


def advance(progress: RequestProgress, step: Step, values: RequestValues) -> RequestProgress:
    """The progress after ``step``; DomainError when the state table does not allow it."""
    state = next_state(progress.state, step.action)
    since = step.at if state is not progress.state else progress.state_since
    p = replace(progress, state=state, state_since=since)
    details = step.details
    action = step.action
    if isinstance(details, Assignment):
        return replace(
            p,
            assignee=details.assignee,
            helpers=details.helpers,
            signed_at=None,
            returned_at=None,
        )
    if action is Action.SIGN:
        on_time = p.signed_on_time
        if on_time is None:
            on_time = step.at <= response_due(values)
        return replace(p, signed_at=step.at, signed_on_time=on_time)
    if isinstance(details, Extension):
        return replace(p, extended_to=details.new_due, due_at=details.new_due, due_estimated=False)
    if action is Action.REPLY:
        on_time = p.replied_on_time
        if on_time is None:
            on_time = p.due_at is None or step.at <= p.due_at
        return replace(p, replied_at=step.at, replied_on_time=on_time, returned_at=None)
    if action is Action.ESCALATE:
        return replace(p, returned_at=None)
    if action is Action.ESCALATION_REPLY:
        return replace(p, returned_at=step.at)
    if isinstance(details, FollowUp):
        return replace(
            p,
            followed_up_at=step.at,
            resolution=details.resolution,
            satisfaction=details.satisfaction,
        )
    if action in (Action.CLOSE, Action.REFUSE):
        return replace(p, closed_at=step.at)
    if action is Action.MERGE and isinstance(details, MergeLink):
        return replace(p, closed_at=step.at, merged_into=details.other_id)
    if action is Action.REOPEN:
        return replace(
            p, reopened=p.reopened + 1, round_start=step.at, closed_at=None, extended_to=None
        )
    return p


def replay(values: RequestValues, steps: Iterable[Step]) -> RequestProgress:
    """The progress of a request received with ``values`` after ``steps`` (deadline aside)."""
    progress = RequestProgress(state_since=values.received_at)
    for step in steps:
        progress = advance(progress, step, values)
    return progress
