"""The 民情台账 import plan: each row read into a request draft (``request_drafts``), checked by
the same rules as the request form, compared with the register, and the new ones recorded by
``add_request`` itself, all in the import's one transaction.

A row is UNCHANGED when the register holds its 编号 already, or a request received at the same
minute from the same requester with the same content (masked digits in the file, as an export
writes them, match any digit). Anything else that passes the rules is NEW, or REFUSED with the
reasons, each after its column's header. A request is never updated by an import.

编号: an imported request is given the next 编号 of the year it was received in, like one typed
into the form, even when the file's 编号 has this station's form. Numbers are given by the
register alone (never reused, one serial per year), and a spreadsheet's numbers may be typed by
hand, from another station or from an older installation. The file's 编号 is shown in the
preview's notes and still finds the request on the next import of the same file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.importing.ports import ImportingUnitOfWork
from villagedesk.core.importing.request_drafts import HEADERS, read_request_row
from villagedesk.core.importing.rows import RowOutcome, RowResult, SourceRow
from villagedesk.core.importing.shared import Plan
from villagedesk.core.masking import mask_number
from villagedesk.core.progress import Progress
from villagedesk.core.requests.joined import JoinedUnitOfWork
from villagedesk.core.requests.model import RequestDraft, RequestLists, RequestValues
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.rules import check_request_fields
from villagedesk.core.requests.services import add_request
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"
_FIELD_OF_ERROR = {"requester_name": "name", "requester_phone": "phone", "requester_kind": "name"}


def _words(text: str) -> str:
    """As compared: full-width forms half-width (as the file's cells are read), spaces tidied."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _content_pattern(content: str) -> re.Pattern[str]:
    """The file's content as a pattern: a masked digit (``*``) stands for any digit."""
    return re.compile("".join(r"[\dXx]" if c == "*" else re.escape(c) for c in _words(content)))


def number_key(text: str) -> str:
    return "".join(text.split()).upper()


@dataclass
class _Register:
    """What the register holds, looked up as the rows need it (one query per receipt day)."""

    uow: ImportingUnitOfWork
    days: dict[date, list[Request]] = field(default_factory=dict)

    def by_number(self, number: str) -> Request | None:
        return self.uow.requests.records.find_by_number(number) if number else None

    def same(self, values: RequestValues) -> Request | None:
        day = values.received_at.date()
        if day not in self.days:
            query = RequestQuery(received_from=day, received_to=day)
            self.days[day] = self.uow.requests.records.list(query)
        pattern = _content_pattern(values.content)
        for stored in self.days[day]:
            v = stored.values
            if (
                v.received_at == values.received_at
                and _words(v.requester.name) == _words(values.requester.name)
                and pattern.fullmatch(_words(v.content))
            ):
                return stored
        return None


_NUMBER = re.compile(r"\d[\d\s-]{5,}\d")


def _masked(m: Message) -> Message:
    """``m`` with any phone or ID number among its values masked (a rule may quote the cell)."""
    params = {
        k: _NUMBER.sub(lambda n: mask_number(n.group(0)), v) if isinstance(v, str) else v
        for k, v in m.params.items()
    }
    return Message(m.context, m.text, params)


def _reasons(errors: dict[str, list[Message]]) -> tuple[Message, ...]:
    """Each problem after its column's header, with no number in full."""
    out: list[Message] = []
    for key, problems in errors.items():
        header = HEADERS.get(_FIELD_OF_ERROR.get(key, key), "")
        for m in map(_masked, problems):
            text = QT_TRANSLATE_NOOP("Import", "{column}: {reason}")
            out.append(msg(CTX, text, column=header, reason=m) if header else m)
    return tuple(out)


def _stored(number: str) -> Message:
    return msg(
        CTX, QT_TRANSLATE_NOOP("Import", "Already in the register as {number}."), number=number
    )


def _duplicate(line: int) -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Import", "Same request as row {line}."), line=line)


def _renumbered(number: str) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Import", "The file's 编号 {number} is not kept: the request gets the next number."
        ),
        number=number[:40],
    )


@dataclass
class _Planner:
    uow: ImportingUnitOfWork
    today: date
    progress: Progress | None
    register: _Register
    lists: RequestLists
    plan: Plan = field(default_factory=Plan)
    seen: dict[tuple[datetime, str, str] | str, int] = field(default_factory=dict)

    def row(self, row: SourceRow) -> RowResult:
        base = RowResult(row.line, RowOutcome.REFUSED, _words(row.get("name")), cells=row.cells)
        number = number_key(row.get("number"))
        stored = self.register.by_number(number)
        if stored is not None:
            return replace(base, outcome=RowOutcome.UNCHANGED, notes=(_stored(stored.number),))
        read = read_request_row(row, self.lists)
        values, errors = check_request_fields(read.draft, today=self.today, lists=self.lists)
        errors = {**errors, **read.errors}
        if errors or values is None:
            return replace(base, reasons=_reasons(errors))
        same = self.register.same(values)
        if same is not None:
            return replace(base, outcome=RowOutcome.UNCHANGED, notes=(_stored(same.number),))
        key = (values.received_at, _words(values.requester.name), _words(values.content))
        first = self.seen.setdefault(key, row.line)
        if number:
            first = min(first, self.seen.setdefault(number, row.line))
        if first != row.line:
            return replace(base, reasons=(_duplicate(first),))
        notes = map(_masked, [*read.notes, *((_renumbered(number),) if number else ())])
        self.plan.writes.append(self._write(read.draft))
        return replace(
            base, outcome=RowOutcome.NEW, notes=tuple(notes), warnings=tuple(read.warnings)
        )

    def _write(self, draft: RequestDraft) -> Callable[[ImportingUnitOfWork, date], None]:
        progress = self.progress

        def write(uow: ImportingUnitOfWork, today: date) -> None:
            del today
            if progress is not None:
                progress.check()
            add_request(JoinedUnitOfWork(uow), draft=draft)

        return write


@service(Action.IMPORT, label=QT_TRANSLATE_NOOP("Services", "Check the request rows of an import"))
def plan_requests(
    uow: ImportingUnitOfWork, rows: Sequence[SourceRow], *, today: date, progress: Progress | None
) -> Plan:
    """Check every row and plan the new requests (in file order)."""
    planner = _Planner(uow, today, progress, _Register(uow), uow.requests.lists.get())
    for row in rows:
        planner.plan.results.append(planner.row(row))
        if progress is not None:
            progress.advance()
    return planner.plan
