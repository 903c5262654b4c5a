"""The record half of ``check``: the domain rules run again over every stored record.

SQLite's own checks find damage to the file; they cannot see a row that is sound as SQLite goes
but breaks a rule, such as an ID number with a wrong check digit or a member marked deceased whose
roll event was deleted, both edited straight into the database. This check reads every record
the way a package carries it and runs the same validators the township runs on an import
(:mod:`villagedesk.core.township.validation`), then replays each member's roll history. It reports;
it never fixes. Labels name the record (a name, or the start of its uuid), never an ID number or
a phone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.ports import Transaction
from villagedesk.core.progress import Progress
from villagedesk.core.registers import RECORD_TYPE_TITLES, record_type_order
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import Records
from villagedesk.core.township.ports import SyncSource
from villagedesk.core.township.validation import validate_records

CTX = "Check"
_LABEL_KEYS = ("name", "title", "number", "card_number")


class RecordsUnitOfWork(Transaction, Protocol):
    """The check reads every record the way a package carries it."""

    @property
    def sync_source(self) -> SyncSource: ...


@dataclass(frozen=True)
class RecordProblem:
    """One stored record that fails a rule, with every message that says why."""

    record_type: str
    uuid: str
    label: str
    messages: tuple[Message, ...]

    def lines(self) -> list[Message]:
        """One line per message: the record's type, label and uuid start, then what is wrong."""
        title = RECORD_TYPE_TITLES.get(self.record_type)
        kind = msg("RecordTypes", title) if title else self.record_type
        return [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Check", "{type} {label} ({uuid}): {message}"),
                type=kind,
                label=self.label,
                uuid=self.uuid[:8],
                message=message,
            )
            for message in self.messages
        ]


def _label(row: Mapping[str, object], names: Mapping[str, str]) -> str:
    for key in _LABEL_KEYS:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    member = row.get("member_id")
    if isinstance(member, str) and member in names:
        return names[member]
    return str(row.get("uuid", ""))[:8]


def _status_label(status: RollStatus) -> Message:
    return msg("Enum", status.label)


def roll_problems(
    members: Iterable[Mapping[str, object]], events: Iterable[Mapping[str, object]]
) -> dict[str, list[Message]]:
    """Member uuid → what is wrong with its roll history, replayed in the order it was recorded.

    The first live event must be the registration (登记); each later one must be allowed from the status before it;
    and the member's stored status must be the one the history ends in.
    """
    history: dict[str, list[Mapping[str, object]]] = defaultdict(list)
    for event in events:
        owner = event.get("member_id")
        if event.get("voided_at") is None and isinstance(owner, str):  # undone events are voided
            history[owner].append(event)
    found: dict[str, list[Message]] = {}
    for member in members:
        uid = str(member.get("uuid"))
        if member.get("voided_at") is not None:
            continue
        problems = _replay_problems(member, sorted(history.get(uid, ()), key=_version))
        if problems:
            found[uid] = problems
    return found


def _version(row: Mapping[str, object]) -> int:
    version = row.get("version")
    return version if isinstance(version, int) else 0


def _replay_problems(
    member: Mapping[str, object], events: list[Mapping[str, object]]
) -> list[Message]:
    try:
        stored = RollStatus(str(member.get("roll_status")))
    except ValueError:
        return []  # the member validator has said so already
    if not events:
        return [msg(CTX, QT_TRANSLATE_NOOP("Check", "The roll history is empty."))]
    problems: list[Message] = []
    status: RollStatus | None = None
    for event in events:
        try:
            change = RollChange(str(event.get("change")))
        except ValueError:
            continue  # the event validator has said so already
        if status is None and change is not RollChange.REGISTERED:
            problems.append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Check", "The roll history does not start with the registration."
                    ),
                )
            )
            status = RollStatus.ON_ROLL
        elif status is not None and change.allowed_from and status not in change.allowed_from:
            problems.append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Check", "The roll history has “{change}” after “{status}”."),
                    change=msg("Enum", change.label),
                    status=_status_label(status),
                )
            )
        if change.result is not None:
            status = change.result
    if status is not None and status is not stored:
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Check",
                    "The roll status is “{stored}”, but the roll history ends in “{history}”.",
                ),
                stored=_status_label(stored),
                history=_status_label(status),
            )
        )
    return problems


def _by_station(records: Records) -> dict[str, Records]:
    """A township keeps its villages' records beside its own: each is checked as its own."""
    split: dict[str, dict[str, list[Mapping[str, object]]]] = defaultdict(lambda: defaultdict(list))
    for kind, rows in records.items():
        for row in rows:
            split[str(row.get("station_code"))][kind].append(row)
    return {code: dict(kinds) for code, kinds in split.items()}


def problems_in(records: Records, *, today: date) -> list[RecordProblem]:
    """Every record of ``records`` that fails a rule, by record type then label."""
    found: dict[tuple[str, str], list[Message]] = defaultdict(list)
    for code, own in _by_station(records).items():
        for key, messages in validate_records(own, village=code, today=today).items():
            found[key].extend(messages)
    members = records.get("members", [])
    for uid, messages in roll_problems(members, records.get("member_events", [])).items():
        found[("members", uid)].extend(messages)
    if not found:  # the usual case: no lookups over every record just to label nothing
        return []
    names = {
        str(m.get("uuid")): str(m.get("name"))
        for m in members
        if isinstance(m.get("name"), str) and m.get("name")
    }
    rows = {
        (kind, str(row.get("uuid"))): row
        for kind, rs in records.items()
        for row in rs
        if (kind, str(row.get("uuid"))) in found
    }
    problems = [
        RecordProblem(kind, uid, _label(rows.get((kind, uid), {}), names), tuple(messages))
        for (kind, uid), messages in found.items()
    ]
    return sorted(problems, key=lambda p: (record_type_order(p.record_type), p.label, p.uuid))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check every record"))
def check_records(
    uow_factory: Callable[[], RecordsUnitOfWork], *, today: date, progress: Progress | None = None
) -> list[RecordProblem]:
    """Read every stored record and return those that break a rule."""
    with uow_factory().for_reading() as uow:
        records = uow.sync_source.collect(since=0, progress=progress)
    return problems_in(records, today=today)
