"""What ``villagedesk disputes add``, ``from-request``, ``show`` and ``list`` do (the parser is in
``disputes.py``, the steps in ``disputes_steps.py``): the same services and rules as the window,
the refusals on stderr under the option they came from, nothing written.

A party (``--party``) is an 18-character ID number on the rolls, a name that exactly one
resident or member has, or else a person typed in (:mod:`villagedesk.cli.commands.people`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from villagedesk.cli.commands import Command
from villagedesk.cli.commands import disputes_view as view
from villagedesk.cli.commands.disputes_words import labels, pick, risk_codes, word
from villagedesk.cli.commands.in_service_commands import checked
from villagedesk.cli.commands.people import find_person
from villagedesk.cli.commands.requests_words import Errors
from villagedesk.cli.output import OK, err, out, report_invalid
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.disputes import from_request, services, warning
from villagedesk.core.disputes.model import (
    DisputeDraft,
    DisputeSource,
    MediationLevel,
    PartyDraft,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.record import DisputeDetail, DisputeQuery
from villagedesk.core.disputes.rules import check_dispute_fields
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.errors import ValidationError
from villagedesk.core.masking import mask_policy
from villagedesk.core.requests import services as request_services
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import enum_label, render, translate
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWork

#: Where the commands read the time; a test replaces it with a fixed clock.
CLOCK: Clock = SYSTEM_CLOCK
#: The type a dispute turned from a request gets when none is given (if the station has it).
DEFAULT_TYPE = "其他"
#: The roles of the parties given without ``--role``: the first applies, the second responds
#: (turned from a request, the requester applies and the first given party responds).
DEFAULT_ROLES = (PartyRole.APPLICANT, PartyRole.RESPONDENT)


def guarded(run: Command) -> Command:
    """:func:`checked` over every text option, those given more than once too."""

    def command(args: argparse.Namespace, store: StationStore) -> int:
        flat = {
            k: " ".join(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v
            for k, v in vars(args).items()
        }
        return checked(lambda _flat, s: run(args, s))(argparse.Namespace(**flat), store)

    return command


def uow(store: StationStore) -> SqlUnitOfWork:
    return store.uow_factory()


def refused(errors: Errors | ValidationError, overrides: dict[str, str] | None = None) -> int:
    error = errors if isinstance(errors, ValidationError) else ValidationError(errors)
    return report_invalid(error, {**labels(error.errors), **(overrides or {})})


def find(store: StationStore, number: str) -> DisputeDetail:
    """The dispute of this 编号; NotFound (exit 2, in Chinese) when there is none."""
    return services.find_dispute(uow(store), number=number)


def say_state(store: StationStore, saved: Saved, what: str) -> None:
    """Where the dispute stands after a step, and why moving it up is offered, if it is."""
    detail = services.get_dispute(uow(store), dispute_id=saved.id)
    d = detail.dispute
    out(
        translate("Cli", "{what}: {number} is now “{state}”, warning level {level}.").format(
            what=what,
            number=d.number,
            state=enum_label(d.state.label),
            level=word(d.progress.warning),
        )
    )
    data = view.dispute_data(d, mask_policy(uow(store)), today=local_now(CLOCK).date())
    offers = data["escalation_offer"]
    if isinstance(offers, list) and offers:
        out(
            translate("Cli", "It may be moved up a level: {reasons}").format(
                reasons=" ".join(map(str, offers))
            )
        )


# -- add ----------------------------------------------------------------------------------------


def _roles(
    given: Sequence[str], count: int, errors: Errors, first: Sequence[PartyRole]
) -> list[PartyRole]:
    roles = [pick(PartyRole, text, "role", errors) for text in given]
    if len(given) > count:
        problem = QT_TRANSLATE_NOOP("Cli", "There are more roles (--role) than parties (--party).")
        errors.setdefault("role", []).append(msg("Cli", problem))
    defaults = [*first, *([PartyRole.OTHER] * count)]
    return [(roles[i] if i < len(roles) else None) or defaults[i] for i in range(count)]


def _parties(
    store: StationStore, args: argparse.Namespace, errors: Errors, first: Sequence[PartyRole]
) -> list[PartyDraft]:
    texts: list[str] = args.party
    roles = _roles(args.role, len(texts), errors, first)
    problem = msg("Cli", QT_TRANSLATE_NOOP("Cli", "Give the party's name or 18-digit ID number."))
    found: list[PartyDraft] = []
    for index, (text, role) in enumerate(zip(texts, roles, strict=True)):
        key = f"parties.{index}.name"
        person = find_person(store, text, key, errors, not_a_name=problem, by_name=True)
        if person is not None:
            found.append(PartyDraft(person.kind, role.value, person.name, person.person_id))
        else:  # refused above: a stand-in keeps the others' numbers for the rules' refusals
            found.append(PartyDraft(PartyKind.RESIDENT.value, role.value, "", 0))
    return found


def _risks(args: argparse.Namespace, errors: Errors) -> RiskFactors:
    codes = risk_codes(args.risk, errors)
    return RiskFactors(
        threats=warning.THREATS in codes,
        weapons=warning.WEAPONS in codes,
        police_calls=args.police_calls,
        failed_mediations=args.failed_mediations,
        petition_signs=warning.PETITION_SIGNS in codes,
        vulnerable="vulnerable" in codes,
        criminal_risk=warning.CRIMINAL_RISK in codes,
    )


def _draft(
    store: StationStore,
    args: argparse.Namespace,
    errors: Errors,
    dispute_type: str,
    first: Sequence[PartyRole] = DEFAULT_ROLES,
) -> DisputeDraft:
    source = pick(DisputeSource, args.source, "source", errors) if args.source.strip() else None
    level = pick(MediationLevel, args.level, "level", errors) if args.level.strip() else None
    owner = " ".join(args.owner.split())
    return DisputeDraft(
        parties=tuple(_parties(store, args, errors, first)),
        dispute_type=dispute_type,
        summary=args.summary,
        cause=args.cause,
        screened_on=args.screened,
        source=(source or DisputeSource.SCREENING).value,
        people=args.people,
        risks=_risks(args, errors),
        level=(level or MediationLevel.COMMITTEE).value,
        owner=Handler(owner) if owner else None,
        place=args.place,
    )


def _all_refusals(store: StationStore, draft: DisputeDraft, errors: Errors) -> int:
    """The command line's own refusals with the rules' refusals of every other field."""
    types = services.dispute_settings(uow(store)).types
    found = check_dispute_fields(draft, today=local_now(CLOCK).date(), types=types)
    return refused({**found, **errors})


def _recorded(store: StationStore, saved: Saved) -> int:
    d = services.get_dispute(uow(store), dispute_id=saved.id).dispute
    reasons = "、".join(render(warning.reason_message(r)) for r in d.progress.warning_reasons)
    level = word(d.progress.warning) + (f"（{reasons}）" if reasons else "")
    out(
        translate("Cli", "Dispute recorded: warning level {level}, {rung}.").format(
            level=level, rung=enum_label(d.progress.mediation_level.label)
        )
    )
    out(d.number)  # the last line, for scripts
    return OK


def run_add(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    draft = _draft(store, args, errors, args.type)
    if errors:
        return _all_refusals(store, draft, errors)
    try:
        saved = services.add_dispute(uow(store), CLOCK, draft=draft, by=args.by)
    except ValidationError as e:
        return refused(e)
    return _recorded(store, saved)


def run_from_request(args: argparse.Namespace, store: StationStore) -> int:
    request = request_services.find_request(uow(store), number=args.request).request
    types = services.dispute_settings(uow(store)).types
    kind = args.type if args.type.strip() or DEFAULT_TYPE not in types else DEFAULT_TYPE
    errors: Errors = {}
    draft = _draft(store, args, errors, kind, (PartyRole.RESPONDENT,))  # the requester applies
    if errors:
        return refused(errors)
    try:
        saved = from_request.dispute_from_request(
            uow(store), CLOCK, request_id=request.id, draft=draft, by=args.by
        )
    except ValidationError as e:
        return refused(e)
    return _recorded(store, saved)


# -- reading ------------------------------------------------------------------------------------


def _dump(data: object) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=1))


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    detail = find(store, args.number)
    policy = mask_policy(uow(store))
    today = local_now(CLOCK).date()
    if args.json:
        _dump(view.dispute_data(detail.dispute, policy, today=today, events=detail.events))
    else:
        for line in view.dispute_lines(detail, policy, today):
            out(line)
    return OK


def _query(args: argparse.Namespace, errors: Errors) -> DisputeQuery:
    level = pick(WarningLevel, args.level, "level", errors) if args.level.strip() else None
    state = pick(DisputeState, args.state, "state", errors) if args.state.strip() else None
    states = {state} if state is not None else set()
    if level is WarningLevel.GREEN:  # 转绿: the closed ones
        states, level = {DisputeState.CLOSED}, None
    levels = {level} if level is not None else set()
    return DisputeQuery(states=frozenset(states), levels=frozenset(levels))


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    query = _query(args, errors)
    if errors:
        return refused(errors, {"level": "--level", "state": "--state"})
    found = services.list_disputes(uow(store), query)
    if args.json:
        policy = mask_policy(uow(store))
        today = local_now(CLOCK).date()
        _dump([view.dispute_data(d, policy, today=today) for d in found])
        return OK
    for dispute in found:
        out("\t".join(" ".join(c.split()) for c in view.list_cells(dispute)))
    if not found:
        err(translate("Cli", "No dispute matches."))
    return OK
