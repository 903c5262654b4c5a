"""The read side of a big register, as the lazy table model, the exports and the pickers use it:
the ordered ids of one search (filter and sort in SQL), then rows a page at a time.

The store's readers (``store/register_reader.py`` and each area's ``reader.py``) implement it;
only plain values cross it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from villagedesk.core.columns import RawRow
from villagedesk.core.search import SearchQuery


class RegisterReader(Protocol):
    """Ordered ids for a search and raw stored values for a page of them."""

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str = ...,
        descending: bool = ...,
        include_inactive: bool = ...,
        ids_filter: Collection[int] | None = ...,
    ) -> list[int]:
        """Ids of the matching records in display order (ties broken by id); an empty
        ``ids_filter`` finds nothing. Readers at a township also take ``village=`` (a station
        code) to keep one village's records."""
        ...

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        """The raw values of ``keys`` (codes, ISO dates, masks) for each id found."""
        ...
