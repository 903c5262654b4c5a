"""What a list of the audit log asks for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditFilter:
    """``since``: a UTC stamp prefix (a day ``2026-12-07`` works); ``until``: entries before this
    UTC stamp; ``before_seq``: entries numbered below it (a lazy list's next page); the others
    exact matches (``record_uuid`` also finds the write entries that changed that record)."""

    since: str | None = None
    until: str | None = None
    before_seq: int | None = None
    actor: str | None = None
    record_uuid: str | None = None
    limit: int | None = None
