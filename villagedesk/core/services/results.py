"""What a service hands back: the record it touched, what changed, and any warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.changes import Changes
from villagedesk.core.text import Message


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes
    warnings: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = field(default=())
    """Things done along the way that the user should hear of (e.g. a branch was created)."""
