"""A year's register reader narrowed to some of its rows: the expected list shows one work unit's
members, or only those still to report, through the same lazy register view."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from villagedesk.core.columns import RawRow
from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchQuery


class VillageReader(Protocol):
    """A register reader that knows the station's mode and narrows to one village."""

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
    ) -> list[int]: ...

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]: ...


class NarrowedReader:
    """``inner`` narrowed to :attr:`only` (ids; None for all of its rows)."""

    def __init__(self, reader: VillageReader) -> None:
        self.inner = reader
        self.only: frozenset[int] | None = None

    def scope(self) -> StationScope:
        return self.inner.scope()

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str | None = None,
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
    ) -> list[int]:
        if self.only is not None:
            ids_filter = self.only if ids_filter is None else self.only & set(ids_filter)
        return self.inner.search_ids(
            query,
            sort_key=sort_key,
            descending=descending,
            include_inactive=include_inactive,
            ids_filter=ids_filter,
            village=village,
        )

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        return self.inner.rows(ids, keys)
