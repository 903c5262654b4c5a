"""Turning a request into a dispute (来源 诉求转入): the requester becomes the first party (the
applicant) unless already given, the request's content the summary unless one is written."""

from __future__ import annotations

from dataclasses import replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes.model import DisputeDraft, DisputeSource, PartyDraft, PartyRole
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.services import add_dispute
from villagedesk.core.errors import NotFound
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.requests.model import Requester, RequesterKind
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Dispute"


def _given(parties: tuple[PartyDraft, ...], requester: Requester) -> bool:
    """Whether the requester is among the parties already (the same record, or the same
    typed name)."""
    name = " ".join(requester.name.split())
    for party in parties:
        same_record = requester.person_id is not None and party.person_id == requester.person_id
        if same_record and party.kind == requester.kind.value:
            return True
        if requester.kind is RequesterKind.NAMED and " ".join(party.name.split()) == name:
            return True
    return False


def requester_party(requester: Requester) -> PartyDraft | None:
    """The requester as the applicant; None for an anonymous request."""
    if requester.kind is RequesterKind.ANONYMOUS:
        return None
    return PartyDraft(
        kind=requester.kind.value,
        role=PartyRole.APPLICANT.value,
        name=requester.name,
        person_id=requester.person_id,
        phone=requester.phone,
    )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Turn a request into a dispute"))
def dispute_from_request(
    uow: DisputesUnitOfWork, clock: Clock, *, request_id: int, draft: DisputeDraft, by: str = ""
) -> Saved:
    """Record the dispute ``draft`` describes as turned from this station's request."""
    with uow.for_reading():
        request = uow.requests.records.get(request_id)
        if request is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Dispute", "The request was not found.")))
        ensure_own_record(uow, "requests", request_id)
    parties = draft.parties
    first = requester_party(request.values.requester)
    if first is not None and not _given(parties, request.values.requester):
        parties = (first, *parties)
    households = draft.household_ids
    household_id = request.values.household_id
    if household_id is not None and household_id not in households:
        households = (*households, household_id)
    turned = replace(
        draft,
        parties=parties,
        summary=draft.summary if draft.summary.strip() else request.values.content,
        source=DisputeSource.FROM_REQUEST.value,
        request_id=request_id,
        household_ids=households,
    )
    return add_dispute(uow, clock, draft=turned, by=by)
