"""A dispute as its rows hold it: the values and progress as columns of ``disputes``, each party
as a ``dispute_parties`` row, and back."""

from __future__ import annotations

from collections.abc import Sequence

from villagedesk.core.disputes.events import LevelReason, Outcome, Performance
from villagedesk.core.disputes.model import (
    DisputeSource,
    DisputeValues,
    MediationLevel,
    Party,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.record import Dispute, DisputeProgress
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.json_values import (
    day_text,
    dump,
    load,
    load_all,
    member,
    moment_text,
    optional_member,
    optional_moment_text,
    read_day,
    read_moment,
)
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.store.bulk import person_name_keys
from villagedesk.store.sql_types import ColumnValues, SqlRow

#: What joins the parties' names in ``disputes.party_names`` (the ledger's 当事人).
NAME_JOINER = "、"


def _optional_flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _handler(name: object, member_id: object) -> Handler | None:
    if name is None:
        return None
    return Handler(str(name), member_id if isinstance(member_id, int) else None)


def party_columns(dispute_id: int, position: int, party: Party) -> ColumnValues:
    """One party's row: the chosen resident or member as a foreign key of its own table, the
    name with its pinyin search keys, the numbers as they were when recorded."""
    initials, full = person_name_keys(party.name) if party.name else ("", "")
    return {
        "dispute_id": dispute_id,
        "position": position,
        "kind": party.kind.value,
        "role": party.role.value,
        "name": party.name,
        "name_initials": initials,
        "name_pinyin": full,
        "resident_id": party.person_id if party.kind is PartyKind.RESIDENT else None,
        "member_id": party.person_id if party.kind is PartyKind.MEMBER else None,
        "phone": party.phone,
        "id_number": party.id_number,
        "address": party.address,
    }


def read_party(row: SqlRow) -> Party:
    return Party(
        kind=member(PartyKind, row.kind),
        role=member(PartyRole, row.role),
        name=row.name,
        person_id=row.resident_id if row.resident_id is not None else row.member_id,
        phone=row.phone,
        id_number=row.id_number,
        address=row.address,
        row_id=row.id,
    )


def values_columns(values: DisputeValues) -> ColumnValues:
    owner = values.owner
    return {
        "party_names": NAME_JOINER.join(p.name for p in values.parties),
        "dispute_type": values.dispute_type,
        "summary": values.summary,
        "cause": values.cause,
        "screened_on": values.screened_on.isoformat(),
        "source": values.source.value,
        "people": values.people,
        "risks": dump(values.risks),
        "first_level": values.level.value,
        "first_owner_name": None if owner is None else owner.name,
        "first_owner_member_id": None if owner is None else owner.member_id,
        "place": values.place,
        "recorded_at": moment_text(values.recorded_at),
        "request_id": values.request_id,
    }


def progress_columns(p: DisputeProgress) -> ColumnValues:
    return {
        "state": p.state.value,
        "state_since": optional_moment_text(p.state_since),
        "warning": p.warning.value,
        "warning_reasons": dump(p.warning_reasons),
        "warning_manual": int(p.warning_manual),
        "mediation_level": p.mediation_level.value,
        "level_since": optional_moment_text(p.level_since),
        "level_due": day_text(p.level_due),
        "case_due": day_text(p.case_due),
        "extended": int(p.extended),
        "owner_name": None if p.owner is None else p.owner.name,
        "owner_member_id": None if p.owner is None else p.owner.member_id,
        "township_owner": p.township_owner,
        "sessions": p.sessions,
        "failed_sessions": p.failed_sessions,
        "last_session_failed": int(p.last_session_failed),
        "outcome": None if p.outcome is None else p.outcome.value,
        "agreement_number": p.agreement_number,
        "performance_due": day_text(p.performance_due),
        "performance": None if p.performance is None else p.performance.value,
        "followed_up_at": optional_moment_text(p.followed_up_at),
        "satisfaction": None if p.satisfaction is None else p.satisfaction.value,
        "hidden_risk": _optional_flag(p.hidden_risk),
        "reopened": p.reopened,
        "closed_at": optional_moment_text(p.closed_at),
    }


def read_values(
    row: SqlRow, parties: Sequence[Party], household_ids: Sequence[int]
) -> DisputeValues:
    screened_on, recorded_at = read_day(row.screened_on), read_moment(row.recorded_at)
    assert screened_on is not None and recorded_at is not None
    return DisputeValues(
        parties=tuple(parties),
        dispute_type=row.dispute_type,
        summary=row.summary,
        cause=row.cause,
        screened_on=screened_on,
        source=member(DisputeSource, row.source),
        people=row.people,
        risks=load(RiskFactors, row.risks),
        household_ids=tuple(household_ids),
        level=member(MediationLevel, row.first_level),
        owner=_handler(row.first_owner_name, row.first_owner_member_id),
        place=row.place,
        recorded_at=recorded_at,
        request_id=row.request_id,
    )


def read_progress(row: SqlRow) -> DisputeProgress:
    return DisputeProgress(
        state=member(DisputeState, row.state),
        state_since=read_moment(row.state_since),
        warning=member(WarningLevel, row.warning),
        warning_reasons=load_all(LevelReason, row.warning_reasons),
        warning_manual=bool(row.warning_manual),
        mediation_level=member(MediationLevel, row.mediation_level),
        level_since=read_moment(row.level_since),
        level_due=read_day(row.level_due),
        case_due=read_day(row.case_due),
        extended=bool(row.extended),
        owner=_handler(row.owner_name, row.owner_member_id),
        township_owner=row.township_owner,
        sessions=row.sessions,
        failed_sessions=row.failed_sessions,
        last_session_failed=bool(row.last_session_failed),
        outcome=optional_member(Outcome, row.outcome),
        agreement_number=row.agreement_number,
        performance_due=read_day(row.performance_due),
        performance=optional_member(Performance, row.performance),
        followed_up_at=read_moment(row.followed_up_at),
        satisfaction=optional_member(Satisfaction, row.satisfaction),
        hidden_risk=None if row.hidden_risk is None else bool(row.hidden_risk),
        reopened=row.reopened,
        closed_at=read_moment(row.closed_at),
    )


def read_dispute(row: SqlRow, parties: Sequence[Party], household_ids: Sequence[int]) -> Dispute:
    return Dispute(
        id=row.id,
        number=row.number,
        values=read_values(row, parties, household_ids),
        progress=read_progress(row),
        station_code=row.station_code,
    )
