"""``villagedesk calendar rules [--json]``, ``calendar rules set FILE.json`` and ``calendar rules
reset``: the station's rule table of time limits (办理时限规则), first matching rule wins.

``--json`` prints the table as the list of rows ``set`` reads back (``{"amount": 7, "unit":
"working_days", "request_type": null, "urgency": "normal", "utilities": null, "counted_from":
"received", "stop_states": ["suspended"]}``). ``set`` reads its file as hostile: size-capped
before reading, UTF-8 JSON, every row checked, the last rule matching any request; on a refusal
nothing is written and the reasons go to stderr in Chinese (exit 2). A saved table applies to
the requests received from then on; no deadline already counted moves.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from villagedesk.cli.output import OK, USAGE, err, out, read_small_file, report_invalid
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES, DeadlineRule
from villagedesk.core.calendar.rule_services import (
    ANY,
    MAX_RULES,
    NO,
    START_LABELS,
    UNIT_LABELS,
    YES,
    deadline_rules,
    reset_deadline_rules,
    rule_key,
    rules_from_data,
    save_deadline_rules,
)
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.requests.state import RequestState
from villagedesk.i18n import enum_label, translate
from villagedesk.store.station_store import StationStore

MAX_RULES_FILE_BYTES = 64 * 1024
"""A table of :data:`MAX_RULES` rows fits in far less."""


def register(actions: Commands) -> None:
    """Add ``rules`` (with ``set`` and ``reset``) to the ``calendar`` commands."""
    rules = actions.add_parser(
        "rules",
        help=translate("Cli", "Show or change the rule table of time limits."),
        description=translate(
            "Cli",
            "The rule table of time limits (办理时限规则): the first rule that matches a request "
            "gives its limit. A change applies to requests received after it only.",
        ),
    )
    rules.add_argument("--json", action="store_true", help=translate("Cli", "Print as JSON."))
    rules.set_defaults(func=run_show)
    sub = add_commands(rules, required=False)
    set_ = sub.add_parser(
        "set",
        help=translate("Cli", "Replace the table with the rules of a JSON file."),
        description=translate(
            "Cli",
            "Replace the table with the rules of a JSON file (a list of rules as "
            "calendar rules --json prints them). The last rule must match any request.",
        ),
    )
    set_.add_argument("file", metavar="FILE.json", help=translate("Cli", "The rules' file."))
    set_.set_defaults(func=run_set)
    reset = sub.add_parser(
        "reset",
        help=translate("Cli", "Go back to the default rules."),
        description=translate("Cli", "Go back to the default rule table."),
    )
    reset.set_defaults(func=run_reset)


def _kind_label(value: str | None) -> str:
    if value is None:
        return translate("Calendar", ANY)
    try:
        return enum_label(RequestType(value).label)
    except ValueError:
        return value


def _urgency_label(value: str | None) -> str:
    if value is None:
        return translate("Calendar", ANY)
    try:
        return enum_label(Urgency(value).label)
    except ValueError:
        return value


def _row(number: int, rule: DeadlineRule) -> str:
    utilities = {None: ANY, True: YES, False: NO}[rule.utilities]
    stops = RequestState.SUSPENDED.value in rule.stop_states
    cells = [
        str(number),
        _kind_label(rule.request_type),
        _urgency_label(rule.urgency),
        translate("Calendar", utilities),
        f"{rule.limit.amount} {translate('Calendar', UNIT_LABELS[rule.limit.unit])}",
        translate("Calendar", START_LABELS[rule.counted_from]),
        translate("Calendar", YES if stops else NO),
    ]
    return "\t".join(cells)


def run_show(args: argparse.Namespace, store: StationStore) -> int:
    rules = deadline_rules(store.uow_factory())
    if args.json:
        out(json.dumps([r.to_data() for r in rules], ensure_ascii=False, indent=2))
        return OK
    headers = [
        "#",
        translate("Cli", "Request type"),
        translate("Cli", "Urgency"),
        translate("Cli", "Water, power or heating"),
        translate("Cli", "Time limit"),
        translate("Cli", "Counted from"),
        translate("Cli", "Stopped while suspended"),
    ]
    out("\t".join(headers))
    for number, rule in enumerate(rules, start=1):
        out(_row(number, rule))
    if rules == DEFAULT_RULES:
        out(translate("Cli", "The station keeps the default rules."))
    out(translate("Cli", "The first rule that matches a request gives its time limit."))
    return OK


def _read(path: Path) -> bytes | None:
    too_large = translate("Cli", "{path} is too large for a rules file (at most {limit} KB).")
    return read_small_file(path, MAX_RULES_FILE_BYTES, too_large)


def _labels(count: int) -> dict[str, str]:
    labels = {"rules": translate("Cli", "Rules file")}
    for index in range(min(count, MAX_RULES)):
        labels[rule_key(index)] = translate("Cli", "Rule {number}").format(number=index + 1)
    return labels


def run_set(args: argparse.Namespace, store: StationStore) -> int:
    path = Path(args.file)
    raw = _read(path)
    if raw is None:
        return USAGE
    try:
        data: object = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        err(translate("Cli", "{path} is not a JSON file of rules.").format(path=path))
        return USAGE
    count = len(data) if isinstance(data, list) else 0
    try:
        rules = rules_from_data(data)
        save_deadline_rules(store.uow_factory(), rules=rules)
    except ValidationError as e:
        return report_invalid(e, _labels(count))
    out(
        translate(
            "Cli", "{count} rule(s) saved; they apply to requests received from now on."
        ).format(count=len(rules))
    )
    return OK


def run_reset(args: argparse.Namespace, store: StationStore) -> int:
    del args
    reset_deadline_rules(store.uow_factory())
    out(translate("Cli", "The default rules apply to requests received from now on."))
    return OK
