"""What the village's sync services return: an export, a receipt's import, the status."""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.station import Station
from villagedesk.core.township.ports import PackageEntry, Peer, SyncMode, TodoItem


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

    @property
    def already_imported(self) -> bool:
        return not self.confirmed and not self.todos_added and not self.held and not self.forks


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
