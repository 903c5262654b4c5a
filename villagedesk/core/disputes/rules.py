"""A dispute's and its steps' rules, all problems at once (the register checks live in the
services). Messages never repeat an ID number or a phone."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from villagedesk.core.dates import PartialDate
from villagedesk.core.disputes.events import (
    DisputeFollowUp,
    Outcome,
    Performance,
    Session,
    Settlement,
)
from villagedesk.core.disputes.model import (
    DisputeDraft,
    DisputeSource,
    MediationLevel,
    Party,
    PartyDraft,
    PartyKind,
    PartyRole,
)
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import check_id_number
from villagedesk.core.person_rules import check_name, check_optional_phone
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.rules import Errors, check_text
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Dispute"
MAX_PEOPLE = 99999
MAX_COUNT = 999
MAX_SUMMARY = 2000
MAX_TEXT = 200


def _add(errors: Errors, key: str, text: str, **params: object) -> None:
    message = msg(CTX, text, **params)
    if message not in errors.setdefault(key, []):
        errors[key].append(message)


def parse_day(text: str, key: str, errors: Errors, *, today: date) -> date | None:
    """A day as typed (empty: today); not a date or in the future goes to ``errors[key]``."""
    if not text.strip():
        return today
    try:
        parsed = PartialDate.parse(unicodedata.normalize("NFKC", text))
    except ValueError:
        parsed = None
    if parsed is None or parsed.day is None:
        _add(errors, key, QT_TRANSLATE_NOOP("Dispute", "Not a date. Write it like 2026-05-20."))
        return None
    day = parsed.first_day()
    if day > today:
        _add(errors, key, QT_TRANSLATE_NOOP("Dispute", "The date is in the future."))
        return None
    return day


def _check_id(text: str, key: str, errors: Errors, today: date) -> None:
    """A typed ID number: the ID rules' own words where they name nothing of the number."""
    if not text.strip():
        return
    try:
        check_id_number(text, today=today)
    except DomainError as e:
        if set(e.message.params) <= {"count"}:
            errors[key] = [e.message]
        else:
            _add(
                errors,
                key,
                QT_TRANSLATE_NOOP(
                    "Dispute", "The ID number is not valid; check it and type it again."
                ),
            )


def _check_party(party: PartyDraft, index: int, errors: Errors, today: date) -> None:
    key = f"parties.{index}"
    try:
        kind = PartyKind(party.kind)
    except ValueError:
        kind = None
        _add(errors, f"{key}.kind", QT_TRANSLATE_NOOP("Dispute", "Say who the party is."))
    if party.role not in {r.value for r in PartyRole}:
        _add(errors, f"{key}.role", QT_TRANSLATE_NOOP("Dispute", "Choose the party's role."))
    if kind is PartyKind.NAMED:
        check_name(party.name, errors, f"{key}.name")
    elif kind is not None and party.person_id is None:
        _add(
            errors,
            f"{key}.name",
            QT_TRANSLATE_NOOP("Dispute", "Choose the party from the search box."),
        )
    check_optional_phone(party.phone, errors, f"{key}.phone")
    _check_id(party.id_number, f"{key}.id_number", errors, today)


def _check_parties(parties: Sequence[PartyDraft], errors: Errors, today: date) -> None:
    if len(parties) < 2:
        _add(
            errors,
            "parties",
            QT_TRANSLATE_NOOP("Dispute", "A dispute has at least two parties; add the others."),
        )
    for index, party in enumerate(parties):
        _check_party(party, index, errors, today)


def _check_count(value: int | None, key: str, top: int, errors: Errors) -> None:
    if value is not None and not 0 <= value <= top:
        _add(
            errors,
            key,
            QT_TRANSLATE_NOOP("Dispute", "Enter a whole number from 0 to {top}."),
            top=top,
        )


def _typed_parties(parties: Sequence[PartyDraft]) -> list[Party]:
    """The parties as far as they are known before the registers are read."""
    known: list[Party] = []
    for p in parties:
        if p.kind in {k.value for k in PartyKind} and p.role in {r.value for r in PartyRole}:
            known.append(Party(PartyKind(p.kind), PartyRole(p.role), p.name, p.person_id))
    return known


def check_dispute_fields(draft: DisputeDraft, *, today: date, types: Sequence[str]) -> Errors:
    """Every problem of a dispute as typed (field key → messages; parties counted from 0)."""
    errors: Errors = {}
    _check_parties(draft.parties, errors, today)
    if draft.dispute_type.strip() not in types:
        _add(errors, "dispute_type", QT_TRANSLATE_NOOP("Dispute", "Choose the type of dispute."))
    summary = msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Write briefly what the dispute is about."))
    check_text(draft.summary, "summary", errors, required=summary, limit=MAX_SUMMARY)
    check_text(draft.cause, "cause", errors, required=None, limit=MAX_SUMMARY)
    check_text(draft.place, "place", errors, required=None, limit=MAX_TEXT)
    parse_day(draft.screened_on, "screened_on", errors, today=today)
    if draft.source not in {s.value for s in DisputeSource}:
        _add(errors, "source", QT_TRANSLATE_NOOP("Dispute", "Choose where the dispute came from."))
    if draft.level not in {m.value for m in MediationLevel}:
        _add(errors, "level", QT_TRANSLATE_NOOP("Dispute", "Choose the mediation level."))
    if draft.people is not None and not len(draft.parties) <= draft.people <= MAX_PEOPLE:
        _add(
            errors,
            "people",
            QT_TRANSLATE_NOOP(
                "Dispute", "The people involved are at least the {parties} parties, at most {top}."
            ),
            parties=len(draft.parties),
            top=MAX_PEOPLE,
        )
    _check_count(draft.risks.police_calls, "risks.police_calls", MAX_COUNT, errors)
    _check_count(draft.risks.failed_mediations, "risks.failed_mediations", MAX_COUNT, errors)
    if draft.owner is not None:
        check_not_party(_typed_parties(draft.parties), [draft.owner], "owner", errors)
    return errors


def check_not_party(
    parties: Sequence[Party], handlers: Sequence[Handler], key: str, errors: Errors
) -> None:
    """A party can be neither a mediator nor the 包案人 of their own dispute."""
    for handler in handlers:
        if any(p.same_person(handler) for p in parties):
            _add(
                errors,
                key,
                QT_TRANSLATE_NOOP(
                    "Dispute",
                    "{name} is a party to this dispute and cannot mediate it or be its case owner.",
                ),
                name=" ".join(handler.name.split()),
            )


def check_session(
    session: Session, parties: Sequence[Party], *, today: date, screened_on: date
) -> Errors:
    """A 调解记录: held on a day between the screening and today, by mediators who are not
    parties, with what was said."""
    errors: Errors = {}
    if session.held_on > today:
        _add(errors, "held_on", QT_TRANSLATE_NOOP("Dispute", "The date is in the future."))
    elif session.held_on < screened_on:
        _add(
            errors,
            "held_on",
            QT_TRANSLATE_NOOP("Dispute", "The session cannot be before the screening ({day})."),
            day=screened_on.isoformat(),
        )
    if not session.mediators:
        _add(errors, "mediators", QT_TRANSLATE_NOOP("Dispute", "Name at least one mediator."))
    check_not_party(parties, session.mediators, "mediators", errors)
    said = msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Write what was said in the session."))
    check_text(session.said, "said", errors, required=said, limit=MAX_SUMMARY)
    check_text(session.place, "place", errors, required=None, limit=MAX_TEXT)
    return errors


def check_settlement(settlement: Settlement, *, today: date) -> Errors:
    """调解结果: an agreement (with its 履行期限, not before today) for the agreed outcomes,
    none otherwise; a written one with all its parts; 调解不成 and 终止 with a note."""
    errors: Errors = {}
    agreement = settlement.agreement
    if not settlement.outcome.agreement:
        if agreement is not None:
            _add(errors, "agreement", QT_TRANSLATE_NOOP("Dispute", "No agreement was reached."))
        note = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Dispute",
                "Write the reason, or that the parties were told of litigation and arbitration.",
            ),
        )
        check_text(settlement.note, "note", errors, required=note, limit=MAX_SUMMARY)
        return errors
    if agreement is None:
        _add(errors, "agreement", QT_TRANSLATE_NOOP("Dispute", "Write the agreement."))
        return errors
    written = settlement.outcome is Outcome.WRITTEN_AGREEMENT
    parts = {"facts": agreement.facts, "issues": agreement.issues, "manner": agreement.manner}
    for key, text in ({"terms": agreement.terms} | (parts if written else {})).items():
        check_text(text, key, errors, required=_required(), limit=MAX_SUMMARY)
    if agreement.due < today:
        _add(
            errors,
            "due",
            QT_TRANSLATE_NOOP("Dispute", "The time limit for performance cannot be before today."),
        )
    return errors


def _required() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Dispute", "This part of the agreement is required."))


def check_follow_up(progress: DisputeProgress, at: datetime, follow_up: DisputeFollowUp) -> Errors:
    """回访: after the agreed 履行期限 with how it was kept; without an agreement, no 履行."""
    errors: Errors = {}
    due = progress.performance_due
    if progress.outcome is not None and progress.outcome.agreement:
        if follow_up.performance is None:
            _add(
                errors,
                "performance",
                QT_TRANSLATE_NOOP("Dispute", "Say how the agreement was kept."),
            )
        if due is not None and at.date() <= due:
            _add(
                errors,
                "at",
                QT_TRANSLATE_NOOP(
                    "Dispute",
                    "The follow-up comes after the time limit for performance ({day}).",
                ),
                day=due.isoformat(),
            )
    elif follow_up.performance is not None:
        _add(
            errors,
            "performance",
            QT_TRANSLATE_NOOP("Dispute", "There is no agreement to perform."),
        )
    return errors


def check_close(progress: DisputeProgress) -> Errors:
    """销号 only after a follow-up that did not find the agreement unperformed."""
    errors: Errors = {}
    if progress.state is not DisputeState.FOLLOWED_UP:
        _add(
            errors,
            "state",
            QT_TRANSLATE_NOOP("Dispute", "A dispute is closed only after its follow-up."),
        )
    elif progress.performance is Performance.NOT_DONE:
        _add(
            errors,
            "state",
            QT_TRANSLATE_NOOP(
                "Dispute", "The agreement was not performed; mediate again before closing."
            ),
        )
    return errors
