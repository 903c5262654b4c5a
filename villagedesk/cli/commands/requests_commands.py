"""What each ``villagedesk requests`` sub-command does (its parser is in ``requests.py``): the same
services and rules as the window, the refusals on stderr under the option they came from.

Chinese words on the command line (咨询, 紧急, 已解决, 办理中 …) are the enums' own labels as the
window shows them (:func:`choices`), so there is one spelling of each, and the codes work too.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from villagedesk.cli.commands import requests_view as view
from villagedesk.cli.commands.people import find_person
from villagedesk.cli.commands.requests_words import Errors, labels, pick
from villagedesk.cli.output import OK, err, out, report_invalid
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests import closing, handling, merging, services
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import (
    Handler,
    RequestDraft,
    RequesterKind,
    RequestType,
    Urgency,
)
from villagedesk.core.requests.record import DueFilter, RequestDetail, RequestQuery
from villagedesk.core.requests.rules import check_request_fields
from villagedesk.core.requests.state import RequestState
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import enum_label, translate
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWork

#: Where the commands read the time; a test replaces it with a fixed clock.
CLOCK: Clock = SYSTEM_CLOCK


_DEFAULT_CHANNEL = "其他"


def _refused(errors: Errors | ValidationError) -> int:
    error = errors if isinstance(errors, ValidationError) else ValidationError(errors)
    return report_invalid(error, labels())


def _uow(store: StationStore) -> SqlUnitOfWork:
    return store.uow_factory()


def _find(store: StationStore, number: str) -> RequestDetail:
    """The request of this 编号; NotFound (exit 2, in Chinese) when there is none."""
    return services.find_request(_uow(store), number=number)


# -- add ----------------------------------------------------------------------------------------


def _requester(store: StationStore, text: str, errors: Errors) -> tuple[str, int | None, str]:
    """(requester kind, person id, typed name) for ``--requester``: an ID number names a resident
    or a member of the roll, anything else is a name typed in, nothing is anonymous."""
    problem = QT_TRANSLATE_NOOP(
        "Cli", "Give the requester's name or 18-digit ID number; a phone goes in --phone."
    )
    found = find_person(store, text, "requester", errors, not_a_name=msg("Cli", problem))
    if found is None:
        return RequesterKind.ANONYMOUS.value, None, ""
    return found.kind, found.person_id, found.name


def run_add(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    kind = pick(RequestType, args.type, "kind", errors)
    urgency = pick(Urgency, args.urgency, "urgency", errors) if args.urgency else Urgency.NORMAL
    requester_kind, person_id, name = _requester(store, args.requester, errors)
    draft = RequestDraft(
        content=args.content,
        kind=kind.value if kind is not None else "",
        urgency=urgency.value if urgency is not None else "",
        channel=args.channel if args.channel.strip() else _default_channel(store),
        ticket=args.ticket,
        category=args.category,
        requester_kind=requester_kind,
        person_id=person_id,
        requester_name=name,
        requester_phone=args.phone,
        place=args.place,
        received_by=args.received_by,
        received_at=args.received,
    )
    if errors:  # with the service's own refusals of the other fields, nothing written
        now = local_now(CLOCK)
        lists = services.request_lists(_uow(store))
        _values, found = check_request_fields(draft, today=now.date(), now=now, lists=lists)
        return _refused({**found, **errors})
    try:
        saved = services.add_request(_uow(store), draft=draft, clock=CLOCK)
    except ValidationError as e:
        return _refused(e)
    request = services.get_request(_uow(store), request_id=saved.id).request
    out(
        translate("Cli", "Request recorded; time limit: {due}").format(
            due=view.due_text(request.progress) or translate("Cli", "counted from the signature")
        )
    )
    out(request.number)  # the last line, for scripts
    return OK


def _default_channel(store: StationStore) -> str:
    lists = services.request_lists(_uow(store))
    if lists.channel(_DEFAULT_CHANNEL) is not None or not lists.channels:
        return _DEFAULT_CHANNEL
    return lists.channels[-1].name


# -- the steps ----------------------------------------------------------------------------------


StepCall = Callable[[SqlUnitOfWork, RequestDetail], Saved]


def _step(store: StationStore, number: str, what: str, call: StepCall) -> int:
    """Write one step of the request ``number`` and say where it stands now."""
    detail = _find(store, number)
    try:
        saved = call(_uow(store), detail)
    except ValidationError as e:
        return _refused(e)
    request = services.get_request(_uow(store), request_id=saved.id).request
    out(
        translate("Cli", "{what}: {number} is now “{state}”.").format(
            what=what, number=request.number, state=enum_label(request.state.label)
        )
    )
    return OK


def _handler(name: str) -> Handler:
    return Handler(" ".join(name.split()))


def _default_by(detail: RequestDetail, by: str) -> str:
    """Who did a step: as given, else the person responsible."""
    assignee = detail.request.progress.assignee
    return by if by.strip() or assignee is None else assignee.name


def run_assign(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return handling.assign_request(
            uow, request_id=d.request.id, assignee=_handler(args.to),
            helpers=[_handler(h) for h in args.helper], at=args.at, by=args.by, clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Assigned"), call)


def run_sign(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        signer = _handler(args.by)
        return handling.sign_request(
            uow, request_id=d.request.id, signer=signer, at=args.at, clock=CLOCK
        )

    return _step(store, args.number, translate("Cli", "Signed for"), call)


def run_record(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return handling.record_work(
            uow, request_id=d.request.id, text=args.text, by=_default_by(d, args.by),
            at=args.at, clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Work recorded"), call)


def run_reply(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return closing.reply_request(
            uow, request_id=d.request.id, text=args.text, by=_default_by(d, args.by),
            at=args.at, clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Reply recorded"), call)


def run_follow_up(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    solved = pick(Resolution, args.result, "resolution", errors)
    happy = pick(Satisfaction, args.satisfaction, "satisfaction", errors)
    if solved is None or happy is None:
        _find(store, args.number)  # an unknown number is said first
        return _refused(errors)

    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return closing.follow_up(
            uow, request_id=d.request.id, resolution=solved.value, satisfaction=happy.value,
            note=args.note, by=args.by, at=args.at, clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Follow-up recorded"), call)


def run_close(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return closing.close_request(
            uow, request_id=d.request.id, statement=args.statement,
            approved_by=args.approved_by, at=args.at, by=args.by, clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Closed"), call)


def run_reopen(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, d: RequestDetail) -> Saved:
        return closing.reopen_request(
            uow, request_id=d.request.id, reason=args.reason, at=args.at, by=args.by,
            clock=CLOCK,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Reopened"), call)


def run_merge(args: argparse.Namespace, store: StationStore) -> int:
    source = _find(store, args.number).request
    target = _find(store, args.into).request
    try:
        merging.merge_requests(
            _uow(store), request_id=source.id, into_id=target.id, at=args.at, by=args.by,
            clock=CLOCK,
        )  # fmt: skip
    except ValidationError as e:
        return _refused(e)
    out(
        translate("Cli", "Merged: {number} went into {into}.").format(
            number=source.number, into=target.number
        )
    )
    return OK


# -- reading ------------------------------------------------------------------------------------


def _dump(data: object) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=1))


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    detail = _find(store, args.number)
    policy = view.station_policy(_uow(store))
    if args.json:
        _dump(view.request_data(detail.request, policy, detail.events))
    else:
        for line in view.request_lines(detail, policy):
            out(line)
    return OK


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    due = pick(DueFilter, args.due, "due", errors) if args.due.strip() else None
    state = pick(RequestState, args.state, "state", errors) if args.state.strip() else None
    if errors:
        labels = {"due": "--due", "state": "--state"}
        return report_invalid(ValidationError(errors), labels)
    query = RequestQuery(due=due, state=state)
    found = services.list_requests(_uow(store), query=query, clock=CLOCK)
    policy = view.station_policy(_uow(store))
    if args.json:
        _dump([view.request_data(r, policy) for r in found])
        return OK
    for request in found:
        out("\t".join(" ".join(c.split()) for c in view.list_cells(request)))
    if not found:
        err(translate("Cli", "No request matches."))
    return OK
