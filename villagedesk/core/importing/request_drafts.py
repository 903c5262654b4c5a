"""One row of a 民情台账 spreadsheet read into a :class:`RequestDraft`, as the request form would
fill it, with what the import decided on the way (notes), what it left out (warnings) and what
it cannot read (errors by template key). The request rules then check the draft as they check
the form's (``check_request_fields``); ``core.importing.requests`` runs both.

Decisions, each shown on the row in the preview:

* a 受理时间 with a day and no time of day is taken at 00:00 of that day;
* a blank 诉求类型 is taken as 求助, a blank 紧急程度 as 一般, a blank 来源 as 其他 (when the
  station's list has it); a value that names none of them is refused;
* a blank 诉求人 (or 匿名) is an anonymous request; a name is a requester typed in (not linked to
  a resident), with the 联系电话 of the row;
* a masked 联系电话 (138****5678, as an export writes it) is left out;
* a cell that holds a formula's text (``=…``) is refused: its value is not what Excel shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.importing.request_words import (
    ANONYMOUS_WORDS,
    REQUEST_TYPE_TEXT,
    URGENCY_TEXT,
    first_word,
    is_masked,
    read_word,
)
from villagedesk.core.importing.rows import SourceRow
from villagedesk.core.importing.template import REQUEST_TEMPLATE
from villagedesk.core.requests.model import (
    RequestDraft,
    RequesterKind,
    RequestLists,
    RequestType,
    Urgency,
)
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"
HEADERS = {f.key: f.header for f in REQUEST_TEMPLATE}
#: The columns a request's later steps fill: exported, never imported.
LATER_STEPS = ("state", "assignee", "due", "outcome", "follow_up", "satisfaction", "closed_on")
DEFAULT_TYPE = RequestType.HELP
DEFAULT_CHANNEL = "其他"


@dataclass
class ReadRow:
    """What :func:`read_request_row` made of a row."""

    draft: RequestDraft
    notes: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    errors: dict[str, list[Message]] = field(default_factory=dict)


def _formula(row: SourceRow) -> dict[str, list[Message]]:
    problem = msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Import",
            "The cell holds a formula, not a value. Copy the column and paste it back as values "
            "(Paste Special → Values), then import the file again.",
        ),
    )
    return {k: [problem] for k, v in row.values.items() if v.lstrip().startswith("=")}


def _not_one_of(value: str, words: tuple[str, ...]) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Import", "“{value}” is not one of: {words}."),
        value=value[:40],
        words="、".join(words),
    )


def _taken_as(column: str, value: str) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Import", "{column} is blank: taken as {value}."),
        column=HEADERS[column],
        value=value,
    )


def _kind(row: SourceRow, read: ReadRow) -> str:
    text = row.get("kind").strip()
    if not text:
        read.notes.append(_taken_as("kind", first_word(REQUEST_TYPE_TEXT, DEFAULT_TYPE)))
        return DEFAULT_TYPE.value
    found = read_word(REQUEST_TYPE_TEXT, text)
    if found is None:
        words = tuple(first_word(REQUEST_TYPE_TEXT, t) for t in RequestType)
        read.errors["kind"] = [_not_one_of(text, words)]
        return ""
    return found.value


def _urgency(row: SourceRow, read: ReadRow) -> str:
    text = row.get("urgency").strip()
    if not text:
        return Urgency.NORMAL.value
    found = read_word(URGENCY_TEXT, text)
    if found is None:
        words = tuple(first_word(URGENCY_TEXT, u) for u in Urgency)
        read.errors["urgency"] = [_not_one_of(text, words)]
        return ""
    return found.value


def _received_at(row: SourceRow, read: ReadRow) -> str:
    text = row.get("received_at").strip()
    if not text or parse_moment_text(text) is not None:
        return text
    at_midnight = f"{text} 00:00"
    if parse_moment_text(at_midnight) is not None:
        read.notes.append(
            msg(CTX, QT_TRANSLATE_NOOP("Import", "受理时间 gives no time of day: taken as 00:00."))
        )
        return at_midnight
    return text


def _requester(row: SourceRow, read: ReadRow) -> tuple[str, str, str]:
    """(kind code, name, phone)."""
    name = row.get("name").strip()
    phone = row.get("phone").strip()
    if phone and is_masked(phone):
        read.warnings.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The phone in 联系电话 is masked, so the request is imported without it.",
                ),
            )
        )
        phone = ""
    if not name or "".join(name.split()) in ANONYMOUS_WORDS:
        return RequesterKind.ANONYMOUS.value, "", phone
    return RequesterKind.NAMED.value, name, phone


def _later_steps(row: SourceRow, read: ReadRow) -> None:
    if any(row.get(k).strip() for k in LATER_STEPS):
        read.notes.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Only the request as received is imported, waiting to be assigned: its "
                    "责任人, 办理结果, 回访 and 销号 are not.",
                ),
            )
        )


def read_request_row(row: SourceRow, lists: RequestLists) -> ReadRow:
    """The draft of ``row`` (see the module docstring for the decisions taken)."""
    read = ReadRow(RequestDraft())
    read.errors.update(_formula(row))
    channel = row.get("channel").strip()
    if not channel and lists.channel(DEFAULT_CHANNEL) is not None:
        read.notes.append(_taken_as("channel", DEFAULT_CHANNEL))
        channel = DEFAULT_CHANNEL
    kind = _kind(row, read)
    urgency = _urgency(row, read)
    requester_kind, name, phone = _requester(row, read)
    read.draft = RequestDraft(
        content=row.get("content"),
        kind=kind,
        urgency=urgency,
        channel=channel,
        ticket=row.get("ticket"),
        category=row.get("category"),
        requester_kind=requester_kind,
        requester_name=name,
        requester_phone=phone,
        place=row.get("place"),
        received_by=row.get("received_by"),
        received_at=_received_at(row, read),
    )
    _later_steps(row, read)
    return read
