"""What the village's sync services return: an export, a receipt's import, the status."""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.station import Station
from villagedesk.core.township.ports import PackageEntry, Peer, SyncMode, TodoItem
from villagedesk.core.township.receipt_replies import RepliesApplied, YearsAdded
from villagedesk.core.township.receipt_takeovers import TakeoversApplied


@dataclass(frozen=True)
class ExportResult:
    """A package written, read back and verified: what the user and the cover sheet need."""

    path: str
    seq: int
    counter_from: int
    counter_to: int
    counts: dict[str, int]
    full: bool
    created_at: str
    package_hash: str
    station: Station
    fingerprint: str
    township: Peer

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ReceiptResult:
    township: Peer
    confirmed: list[int]
    confirmed_counter: int
    todos_added: int
    returned: int
    held: int = 0
    forks: int = 0
    audit_held: int = 0
    """Packages held because this station's 操作日志 does not continue (not counted in forks)."""
    replies: RepliesApplied = field(default_factory=RepliesApplied)
    """The township's replies to this station's 上报 requests, written into them."""
    calendar: YearsAdded = field(default_factory=YearsAdded)
    """The holiday years the township sent that were added, and the deadlines they changed."""
    takeovers: TakeoversApplied = field(default_factory=TakeoversApplied)
    """Who at the township took over this station's disputes (包案), written into them."""

    @property
    def already_imported(self) -> bool:
        wrote = bool(self.replies.applied or self.replies.refused or self.calendar.years)
        wrote = wrote or bool(self.takeovers.applied or self.takeovers.refused)
        held = self.held or self.forks or self.audit_held
        return not (self.confirmed or self.todos_added or held or wrote)


@dataclass(frozen=True)
class VillageStatus:
    mode: SyncMode
    fingerprint: str
    station: Station | None
    township: Peer | None
    packages: list[PackageEntry] = field(default_factory=list)
    confirmed_counter: int = 0
    pending_changes: int = 0
    todos: list[TodoItem] = field(default_factory=list)

    @property
    def last_package(self) -> PackageEntry | None:
        return self.packages[0] if self.packages else None
