"""民情诉求: what a request is when it comes in (the draft a form fills, the checked values),
who asked, who handles it, and the files attached to it.

Times of a request are the station's wall-clock time (China Standard Time, UTC+8, no daylight
saving), as naive ``datetime`` values to the minute: what the secretary types and what the
deadline rules count in. :func:`villagedesk.core.requests.timing.local_now` turns the one
:class:`~villagedesk.core.clock.Clock` into that time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP


class RequestType(StrEnum):
    """诉求类型."""

    CONSULTATION = "consultation"
    HELP = "help"
    COMPLAINT = "complaint"
    REPORT = "report"
    SUGGESTION = "suggestion"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    RequestType.CONSULTATION: QT_TRANSLATE_NOOP("Enum", "Consultation"),
    RequestType.HELP: QT_TRANSLATE_NOOP("Enum", "Request for help"),
    RequestType.COMPLAINT: QT_TRANSLATE_NOOP("Enum", "Complaint"),
    RequestType.REPORT: QT_TRANSLATE_NOOP("Enum", "Report of wrongdoing"),
    RequestType.SUGGESTION: QT_TRANSLATE_NOOP("Enum", "Suggestion"),
}


class Urgency(StrEnum):
    """紧急程度."""

    URGENT = "urgent"
    NORMAL = "normal"
    COMPLEX = "complex"

    @property
    def label(self) -> str:
        return _URGENCY_LABELS[self]


_URGENCY_LABELS = {
    Urgency.URGENT: QT_TRANSLATE_NOOP("Enum", "Urgent"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("Enum", "Normal"),
    Urgency.COMPLEX: QT_TRANSLATE_NOOP("Enum", "Complex"),
}


class RequesterKind(StrEnum):
    """Who asked: a resident or a member chosen by the search box, a name typed, or nobody."""

    RESIDENT = "resident"
    MEMBER = "member"
    NAMED = "named"
    ANONYMOUS = "anonymous"

    @property
    def label(self) -> str:
        return _REQUESTER_LABELS[self]


_REQUESTER_LABELS = {
    RequesterKind.RESIDENT: QT_TRANSLATE_NOOP("Enum", "Resident"),
    RequesterKind.MEMBER: QT_TRANSLATE_NOOP("Enum", "Party member"),
    RequesterKind.NAMED: QT_TRANSLATE_NOOP("Enum", "Name typed in"),
    RequesterKind.ANONYMOUS: QT_TRANSLATE_NOOP("Enum", "Anonymous"),
}


class AttachmentKind(StrEnum):
    """What an attachment may be: a photo (or scan as an image) or a PDF."""

    IMAGE = "image"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return _ATTACHMENT_LABELS[self]


_ATTACHMENT_LABELS = {
    AttachmentKind.IMAGE: QT_TRANSLATE_NOOP("Enum", "Image"),
    AttachmentKind.PDF: QT_TRANSLATE_NOOP("Enum", "PDF"),
}


# -- the station's lists ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelOption:
    """One 来源渠道 of the station's list; ``ticket``: requests from it carry the upper level's
    ticket number (12345转办 and the like)."""

    name: str
    ticket: bool = False


#: The channels a new station starts with. Data the station may rename, so stored in Chinese.
DEFAULT_CHANNELS: tuple[ChannelOption, ...] = (
    ChannelOption("民情接待日"),
    ChannelOption("民情恳谈"),
    ChannelOption("走访"),
    ChannelOption("电话"),
    ChannelOption("意见箱"),
    ChannelOption("逢四说事"),
    ChannelOption("网格员"),
    ChannelOption("包村干部"),
    ChannelOption("12345转办", ticket=True),
    ChannelOption("12371转办", ticket=True),
    ChannelOption("上级交办", ticket=True),
    ChannelOption("其他"),
)

#: The categories (分类) a new station starts with, stored in Chinese like the channels.
DEFAULT_CATEGORIES: tuple[str, ...] = (
    "基础设施",
    "环境卫生",
    "社会保障",
    "邻里关系",
    "土地",
    "就业",
    "医疗",
    "教育",
    "其他",
)


@dataclass(frozen=True)
class RequestLists:
    """The station's configurable lists; a request keeps the name it was given."""

    channels: tuple[ChannelOption, ...] = DEFAULT_CHANNELS
    categories: tuple[str, ...] = DEFAULT_CATEGORIES

    def channel(self, name: str) -> ChannelOption | None:
        return next((c for c in self.channels if c.name == name), None)


# -- people -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Handler:
    """A person who handles a request (责任人, 协办人, who signed or replied): a member when
    chosen from the roll, else a cadre or staff person by name."""

    name: str
    member_id: int | None = None

    def same_person(self, other: Handler) -> bool:
        if self.member_id is not None and other.member_id is not None:
            return self.member_id == other.member_id
        return " ".join(self.name.split()) == " ".join(other.name.split())


@dataclass(frozen=True)
class Requester:
    """诉求人. ``person_id`` is the resident's or member's id; the name and phone are kept as
    they were when the request came in (a typed requester has nothing else)."""

    kind: RequesterKind
    person_id: int | None = None
    name: str = ""
    phone: str = ""


# -- attachments --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentDraft:
    """A file the caller already copied into the data folder. ``path`` is relative to the data
    folder; ``head`` the file's first bytes when the caller read them (checked against the
    kind its name claims); ``name`` the name the user chose it by."""

    path: str
    size: int
    head: bytes = b""
    name: str = ""


@dataclass(frozen=True)
class AttachmentValues:
    path: str
    kind: AttachmentKind
    size: int
    name: str


@dataclass(frozen=True)
class Attachment:
    """A stored attachment: of the request, or of one step of its history (``event_id``)."""

    id: int
    request_id: int
    values: AttachmentValues
    event_id: int | None = None


# -- the request as typed and as checked ---------------------------------------------------------


@dataclass(frozen=True)
class RequestDraft:
    """A request as typed. ``requester_kind`` is a :class:`RequesterKind` code, ``person_id``
    the chosen resident's or member's id; ``kind`` and ``urgency`` are codes; ``received_at``
    is ``YYYY-MM-DD HH:MM`` (empty: now). ``essential_service``: a 求助 about water, power or
    heating (its own time limit)."""

    content: str = ""
    kind: str = ""
    urgency: str = Urgency.NORMAL.value
    channel: str = ""
    ticket: str = ""
    category: str = ""
    requester_kind: str = RequesterKind.ANONYMOUS.value
    person_id: int | None = None
    requester_name: str = ""
    requester_phone: str = ""
    household_id: int | None = None
    essential_service: bool = False
    place: str = ""
    received_by: str = ""
    received_at: str = ""
    attachments: tuple[AttachmentDraft, ...] = ()


@dataclass(frozen=True)
class RequestValues:
    """A checked request, ready to be written. ``household_id`` follows from a resident."""

    content: str
    kind: RequestType
    urgency: Urgency
    channel: str
    ticket: str
    category: str
    requester: Requester
    household_id: int | None
    essential_service: bool
    place: str
    received_by: str
    received_at: datetime
    deadline_rule: str = ""
    """The time-limit rule the request was received under (from the deadline calculator)."""
