"""A request as 民情台账 and 回访台账 print it: only the fields those two ledgers show (and the
numbers their masking hides), with the steps they print, read by the store in bulk without
building whole :class:`~villagedesk.core.requests.record.Request` objects and histories (plain
named tuples: a ledger reads tens of thousands)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from villagedesk.core.requests.events import RefusalGround, Resolution, Satisfaction
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.state import Action, RequestState

#: The steps the two ledgers print: the reply and the follow-ups, a refusal, the closing.
LEDGER_STEPS = frozenset({Action.REPLY, Action.FOLLOW_UP, Action.REFUSE, Action.CLOSE})
#: The steps 办理结果 is taken from: the last reply or refusal, else the closing.
OUTCOME_STEPS = frozenset({Action.REPLY, Action.REFUSE, Action.CLOSE})


class LedgerStep(NamedTuple):
    """One step of a kind in :data:`LEDGER_STEPS`. ``text`` is the reply's text (答复), the
    refusal's reason (不予受理) or the closing's statement (销号); ``ground`` the refusal's
    ground; ``resolution`` and ``satisfaction`` the follow-up's answers (回访)."""

    action: Action
    at: datetime
    by: str
    text: str = ""
    ground: RefusalGround | None = None
    resolution: Resolution | None = None
    satisfaction: Satisfaction | None = None


class LedgerRow(NamedTuple):
    """One request for the ledgers. ``assignee`` is the 责任人's name ("" while nobody is
    assigned); ``id_number`` the ID number of a requester chosen from a register ("" for
    others); ``co_phones`` the phones of the co-requesters merged requests brought; ``steps``
    the request's steps of the kinds asked (some of :data:`LEDGER_STEPS`), oldest first (by
    time, then as written)."""

    id: int
    number: str
    station_code: str
    received_at: datetime
    channel: str
    category: str
    content: str
    requester_kind: RequesterKind
    requester_name: str
    requester_phone: str
    id_number: str
    co_phones: tuple[str, ...]
    assignee: str
    state: RequestState
    due_at: datetime | None
    due_estimated: bool
    extended_to: datetime | None
    closed_at: datetime | None
    resolution: Resolution | None
    satisfaction: Satisfaction | None
    steps: tuple[LedgerStep, ...]
