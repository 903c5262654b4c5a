"""What a service touched, so that each screen can refresh what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Topic(StrEnum):
    """A kind of data that screens subscribe to."""

    STATION = "station"
    MEMBERS = "members"
    BRANCHES = "branches"
    HOUSEHOLDS = "households"
    IN_SERVICE = "in_service"
    REQUESTS = "requests"
    DISPUTES = "disputes"
    SYNC = "sync"


@dataclass(frozen=True)
class Changes:
    topics: frozenset[Topic] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *topics: Topic) -> Changes:
        return cls(frozenset(topics))

    @classmethod
    def everything(cls) -> Changes:
        """Every topic: after a restore or a demo fill, when anything may have changed."""
        return cls(frozenset(Topic))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)

    def __bool__(self) -> bool:
        return bool(self.topics)
