"""The member register as the roll page lists it: live members, or only the voided records."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from villagedesk.store.members.reader import SqlMemberReader


class RollReader:
    """The member reader as the roll page lists it: live members, or with :attr:`voided` only the
    voided records (with their reason). Everything else is the store reader's."""

    def __init__(self, reader: SqlMemberReader) -> None:
        self._reader = reader
        self.voided = False

    def scope(self) -> Any:
        return self._reader.scope()

    def search_ids(
        self,
        query: Any,
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

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        return self._reader.rows(ids, keys)
