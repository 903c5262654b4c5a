"""The member register as the roll page lists it: live members, or only the voided records."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from villagedesk.core.columns import RawRow
from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchQuery


class MemberReader(Protocol):
    """The member register's reader (``ctx.readers.members()``): a township's search keeps one
    village's records, and ``voided`` lists only the voided ones."""

    def scope(self) -> StationScope: ...

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str | None = ...,
        descending: bool = ...,
        include_inactive: bool = ...,
        ids_filter: Collection[int] | None = ...,
        village: str | None = ...,
        voided: bool = ...,
    ) -> list[int]: ...

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]: ...


class RollReader:
    """The member reader as the roll page lists it: live members, or with :attr:`voided` only the
    voided records (with their reason). Everything else is the store reader's."""

    def __init__(self, reader: MemberReader) -> None:
        self._reader = reader
        self.voided = False

    def scope(self) -> StationScope:
        return self._reader.scope()

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str = "name",
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
    ) -> list[int]:
        return self._reader.search_ids(
            query,
            sort_key=sort_key,
            descending=descending,
            include_inactive=include_inactive,
            ids_filter=ids_filter,
            village=village,
            voided=self.voided,
        )

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        return self._reader.rows(ids, keys)
