"""How ``villagedesk disputes show`` and ``list`` print a dispute: as JSON (the contract's
Chinese words for the colour, the window's labels for the rest, codes and ISO dates beside
them) or as lines to read. Parties' phones and ID numbers are masked by the station's policy."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from villagedesk.cli.commands.disputes_words import RISK_WORDS, word
from villagedesk.core.disputes import warning
from villagedesk.core.disputes.events import (
    CaseExtension,
    DisputeDetails,
    DisputeEvent,
    DisputeFollowUp,
    DisputeNote,
    LevelChange,
    LevelMove,
    OwnerChange,
    PerformanceRecord,
    Session,
    Settlement,
)
from villagedesk.core.disputes.ladder import escalation_offer
from villagedesk.core.disputes.model import Party, RiskFactors
from villagedesk.core.disputes.record import Dispute, DisputeDetail
from villagedesk.core.masking import MaskPolicy, mask_id_number, mask_phone
from villagedesk.core.requests.timing import display_moment
from villagedesk.i18n import enum_label, render, translate

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def _iso(moment: datetime | date | None) -> str | None:
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="minutes")
    return moment.isoformat() if moment is not None else None


def party_data(party: Party, policy: MaskPolicy) -> dict[str, JsonValue]:
    return {
        "name": party.name,
        "role": word(party.role),
        "role_code": party.role.value,
        "kind": party.kind.value,
        "phone": mask_phone(party.phone, policy) if party.phone else "",
        "id_number": mask_id_number(party.id_number, policy) if party.id_number else "",
    }


def risk_words(risks: RiskFactors) -> list[JsonValue]:
    """The ticked risk factors in the contract's words."""
    ticked = {
        warning.THREATS: risks.threats,
        warning.WEAPONS: risks.weapons,
        warning.PETITION_SIGNS: risks.petition_signs,
        "vulnerable": risks.vulnerable,
        warning.CRIMINAL_RISK: risks.criminal_risk,
    }
    return [RISK_WORDS[code][0] for code, on in ticked.items() if on]


def dispute_data(
    dispute: Dispute,
    policy: MaskPolicy,
    *,
    today: date,
    events: Sequence[DisputeEvent] | None = None,
) -> dict[str, JsonValue]:
    """One dispute as a JSON object; with its ``events``, the history too."""
    v, p = dispute.values, dispute.progress
    data: dict[str, JsonValue] = {
        "number": dispute.number,
        "level": word(p.warning),
        "level_code": p.warning.value,
        "shown_level": word(p.shown_warning),
        "level_manual": p.warning_manual,
        "level_reasons": [render(warning.reason_message(r)) for r in p.warning_reasons],
        "rung": enum_label(p.mediation_level.label),
        "rung_code": p.mediation_level.value,
        "state": enum_label(p.state.label),
        "state_code": p.state.value,
        "type": v.dispute_type,
        "source": enum_label(v.source.label),
        "summary": v.summary,
        "cause": v.cause,
        "screened_on": _iso(v.screened_on),
        "recorded_at": _iso(v.recorded_at),
        "people": v.people,
        "risks": risk_words(v.risks),
        "police_calls": v.risks.police_calls,
        "failed_mediations": v.risks.failed_mediations + p.failed_sessions,
        "parties": [party_data(party, policy) for party in v.parties],
        "owner": p.owner.name if p.owner is not None else None,
        "township_owner": p.township_owner or None,
        "level_since": _iso(p.level_since),
        "level_due": _iso(p.level_due),
        "case_due": _iso(p.case_due),
        "extended": p.extended,
        "escalation_offer": [render(m) for m in escalation_offer(p, today)],
        "sessions": p.sessions,
        "outcome": enum_label(p.outcome.label) if p.outcome is not None else None,
        "agreement_number": p.agreement_number or None,
        "performance_due": _iso(p.performance_due),
        "performance": word(p.performance) if p.performance is not None else None,
        "followed_up_at": _iso(p.followed_up_at),
        "satisfaction": word(p.satisfaction) if p.satisfaction is not None else None,
        "hidden_risk": p.hidden_risk,
        "reopened": p.reopened,
        "closed_at": _iso(p.closed_at),
    }
    if events is not None:
        data["history"] = history_data(events)
    return data


def history_data(events: Sequence[DisputeEvent]) -> list[JsonValue]:
    """The steps, oldest first: the action's code and label, when, by whom, what it says."""
    return [
        {
            "action": e.action.value,
            "label": enum_label(e.action.label),
            "at": _iso(e.at),
            "by": e.step.by,
            "text": detail_text(e.step.details),
        }
        for e in events
    ]


def _level_text(d: LevelChange) -> str:
    reasons = [render(warning.reason_message(r)) for r in d.reasons]
    return " ".join(filter(None, (word(d.level), d.note, "、".join(reasons))))


def _agreement_text(d: Settlement) -> str:
    a = d.agreement
    parts = [enum_label(d.outcome.label), d.note]
    if a is not None:
        parts += [a.number, a.terms, a.due.isoformat()]
    return " ".join(filter(None, parts))


def detail_text(details: DisputeDetails) -> str:
    """What a step says in words."""
    if isinstance(details, LevelChange):
        return _level_text(details)
    if isinstance(details, Session):
        who = "、".join(m.name for m in details.mediators)
        cells = (details.held_on.isoformat(), who, enum_label(details.result.label), details.said)
        return " ".join(filter(None, cells))
    if isinstance(details, LevelMove):
        moved = f"{enum_label(details.from_level.label)}→{enum_label(details.to_level.label)}"
        return f"{moved} {details.reason}"
    if isinstance(details, CaseExtension):
        return " ".join((details.new_due.isoformat(), details.reason))
    if isinstance(details, OwnerChange):
        return " ".join(filter(None, (details.owner.name, details.reason)))
    if isinstance(details, Settlement):
        return _agreement_text(details)
    if isinstance(details, PerformanceRecord):
        return " ".join(filter(None, (word(details.performance), details.note)))
    if isinstance(details, DisputeFollowUp):
        kept = word(details.performance) if details.performance is not None else ""
        risk = translate("Cli", "hidden danger remains") if details.hidden_risk else ""
        return " ".join(filter(None, (kept, word(details.satisfaction), risk, details.note)))
    assert isinstance(details, DisputeNote)
    return details.text


def list_cells(dispute: Dispute) -> tuple[str, ...]:
    """One line of ``disputes list``."""
    v, p = dispute.values, dispute.progress
    return (
        dispute.number,
        word(p.shown_warning),
        enum_label(p.state.label),
        v.screened_on.isoformat(),
        v.dispute_type,
        "、".join(party.name for party in v.parties),
        enum_label(p.mediation_level.label),
        p.owner.name if p.owner is not None else "",
        v.summary,
    )


def dispute_lines(detail: DisputeDetail, policy: MaskPolicy, today: date) -> list[str]:
    """``disputes show`` without ``--json``: the dispute, then its history, one step a line."""
    d = detail.dispute
    data = dispute_data(d, policy, today=today)
    reasons = data["level_reasons"]
    assert isinstance(reasons, list)
    level = " ".join(filter(None, (word(d.progress.shown_warning), "、".join(map(str, reasons)))))
    parties = [f"{p.name}（{word(p.role)}）" for p in d.values.parties]
    rows = (
        (translate("Cli", "Number"), d.number),
        (translate("Cli", "Warning level"), level),
        (translate("Cli", "State"), str(data["state"])),
        (translate("Cli", "Mediation level"), str(data["rung"])),
        (translate("Cli", "Dispute type"), d.values.dispute_type),
        (translate("Cli", "Parties"), "、".join(parties)),
        (translate("Cli", "Summary"), " ".join(d.values.summary.split())),
        (translate("Cli", "Case owner"), str(data["owner"] or "")),
        (translate("Cli", "Level time limit"), str(data["level_due"] or "")),
        (translate("Cli", "Case time limit"), str(data["case_due"] or "")),
        (translate("Cli", "Agreement number"), d.progress.agreement_number),
        (translate("Cli", "Mediated again"), str(d.progress.reopened)),
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
