"""A store register reader as one screen lists it, through the same lazy register view: only some
of its rows (the expected list's work unit, or those still to report) or only its voided records
(the roll's 显示已作废) (:class:`NarrowedReader`); or narrowed to a page's filters in SQL (the
requests' and the disputes' pages, :class:`FilteredReader`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Generic, Protocol, TypeVar

from villagedesk.core.columns import RawRow
from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchQuery


class VillageReader(Protocol):
    """A register reader as the store's are (``store/register_reader.py``): it knows the station's
    scope, and its search also keeps one village's records (``village``, a station code) or
    lists only the voided ones (``voided``)."""

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


Q = TypeVar("Q")
Q_contra = TypeVar("Q_contra", contravariant=True)


class QueryReader(VillageReader, Protocol[Q_contra]):
    """A reader that narrows itself to a page's query (the store's ``narrowed``)."""

    def narrowed(self, asked: Q_contra) -> VillageReader: ...


class FilteredReader(Generic[Q]):
    """``inner`` narrowed to the page's filters, :attr:`asked`; None until the page's first
    read, and no rows meanwhile."""

    def __init__(self, inner: QueryReader[Q]) -> None:
        self.inner = inner
        self.asked: Q | None = None

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
        if self.asked is None:
            return []
        return self.inner.narrowed(self.asked).search_ids(
            query,
            sort_key=sort_key,
            descending=descending,
            include_inactive=include_inactive,
            ids_filter=ids_filter,
            village=village,
        )

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        return self.inner.rows(ids, keys)


class NarrowedReader:
    """``inner`` narrowed to the ids in :attr:`only` (None: all of its rows) and, with
    :attr:`voided`, to its voided records only. Everything else is the inner reader's."""

    def __init__(self, reader: VillageReader) -> None:
        self.inner = reader
        self.only: frozenset[int] | None = None
        self.voided = False

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
            voided=self.voided,
        )

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        return self.inner.rows(ids, keys)
