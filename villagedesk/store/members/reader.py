"""Read-side queries for the big member register: ordered ids in one query, rows a page at a time.

The lazy table model asks :meth:`SqlMemberReader.search_ids` for the ordered ids (filter and sort
in SQL) and then :meth:`SqlMemberReader.rows` for the page it shows; no per-row queries.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, false, func, or_, select, text

from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.ownership import StationScope
from villagedesk.core.ports import StatsRow
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.engine import fetch_all
from villagedesk.store.register_query import among_ids, contains, person_order
from villagedesk.store.register_scope import read_scope, scope_columns

m = t.members
b = t.branches
e = t.member_events

#: Why a record was voided: kept on the member since undo came in, else its latest void event's.
VOID_REASON: ColumnElement[Any] = func.coalesce(
    func.nullif(m.c.void_reason, ""),
    select(e.c.reason)
    .where(
        e.c.member_id == m.c.id,
        e.c.change == RollChange.VOIDED.value,
        e.c.voided_at.is_(None),
    )
    .order_by(e.c.id.desc())
    .limit(1)
    .scalar_subquery(),
    "",
)

#: Register column key → the stored column it shows (the branch shows its name).
COLUMNS: dict[str, ColumnElement[Any]] = {
    "name": m.c.name,
    "id_number": m.c.id_number,
    "sex": m.c.sex,
    "ethnicity": m.c.ethnicity,
    "birth_date": m.c.birth_date,
    "branch": b.c.name,
    "categories": m.c.categories,
    "standing": m.c.standing,
    "roll_status": m.c.roll_status,
    "phone": m.c.phone,
    "joined_on": m.c.joined_on,
    "full_member_on": m.c.full_member_on,
    "education": m.c.education,
    "work_unit": m.c.work_unit,
    "address": m.c.address,
    "void_reason": VOID_REASON,
    **scope_columns(m),
}

SORT_KEYS = frozenset(COLUMNS)
ON_ROLL = RollStatus.ON_ROLL.value


def on_roll_unindexed() -> ColumnElement[bool]:
    """``roll_status = 'on_roll'`` written so SQLite will not pick the register index for it."""
    return text("+members.roll_status = :on_roll").bindparams(on_roll=ON_ROLL)  # type: ignore[return-value]


def search_condition(query: SearchQuery) -> ColumnElement[bool] | None:
    """The WHERE condition for what was typed; None means no condition (everyone)."""
    kind, value = query.kind, query.value
    if kind is SearchKind.ALL:
        return None
    if kind is SearchKind.NAME:
        return contains(m.c.name, value)
    if kind is SearchKind.PINYIN:
        return or_(contains(m.c.name_initials, value), contains(m.c.name_pinyin, value))
    if kind is SearchKind.NUMBER:
        return or_(contains(m.c.id_number, value), contains(m.c.phone, value))
    if kind is SearchKind.ID_TAIL:
        return contains(m.c.id_number, value)
    return false()


class SqlMemberReader:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def scope(self) -> StationScope:
        """Township mode (every village's members, a village column) or not."""
        return read_scope(self._engine)

    def _fetch(self, stmt: Select[Any]) -> list[tuple[Any, ...]]:
        return fetch_all(self._engine, stmt)

    def search_ids(
        self,
        query: Any,
        *,
        sort_key: str = "name",
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
        voided: bool = False,
    ) -> list[int]:
        """Ids of the matching members in display order (ties broken by id).

        By default only members on the roll; ``include_inactive`` adds those transferred out,
        deceased and so on. Voided records never appear, unless ``voided`` asks for them: then
        only voided records, whatever their status. ``village`` (a station code) keeps one
        village's members (a township holds them all).
        """
        if not isinstance(query, SearchQuery):
            raise TypeError("query must be a SearchQuery")
        if query.kind is SearchKind.NOTHING or (ids_filter is not None and not ids_filter):
            return []
        if sort_key not in SORT_KEYS:
            raise ValueError(f"unknown sort key: {sort_key}")
        source: Any = m
        if sort_key == "branch":
            source = m.outerjoin(b, b.c.id == m.c.branch_id)
        condition = search_condition(query)
        stmt = select(m.c.id).select_from(source)
        if voided:
            stmt = stmt.where(m.c.voided_at.is_not(None))
        else:
            stmt = stmt.where(m.c.voided_at.is_(None))
        if include_inactive or voided:
            pass
        elif sort_key != "name" and condition is None:
            # Everyone, in another order: a table scan and one sort beats walking the register
            # index with a table lookup per row. The unary + keeps SQLite off that index.
            stmt = stmt.where(on_roll_unindexed())
        else:
            stmt = stmt.where(m.c.roll_status == ON_ROLL)
        if condition is not None:
            stmt = stmt.where(condition)
        if village is not None:
            stmt = stmt.where(m.c.station_code == village)
        if ids_filter is not None:
            stmt = stmt.where(among_ids(m.c.id, ids_filter))
        stmt = stmt.order_by(*person_order(m, sort_key, COLUMNS[sort_key], descending=descending))
        return [r[0] for r in self._fetch(stmt)]

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        """Raw stored values (codes, ISO dates, the category mask) for a page of ids."""
        if not ids:
            return {}
        unknown = [k for k in keys if k not in COLUMNS]
        if unknown:
            raise ValueError(f"unknown column keys: {unknown}")
        source: Any = m.outerjoin(b, b.c.id == m.c.branch_id) if "branch" in keys else m
        stmt = (
            select(m.c.id, *(COLUMNS[k] for k in keys))
            .select_from(source)
            .where(m.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            return {int(r[0]): tuple(r[1:]) for r in conn.execute(stmt)}

    def stats_rows(self) -> Iterable[StatsRow]:
        """One row per active member (on the roll, not voided)."""
        stmt = (
            select(
                m.c.id,
                m.c.sex,
                m.c.birth_date,
                m.c.ethnicity,
                m.c.education,
                m.c.joined_on,
                m.c.branch_id,
                m.c.categories,
                m.c.standing,
            )
            .where(m.c.voided_at.is_(None), on_roll_unindexed())
            .order_by(m.c.id)
        )
        branch_names = dict(self._fetch(select(b.c.id, b.c.name)))
        # Positional, in StatsRow's field order (a join per row would cost more than the dict).
        return [
            StatsRow(i, sex, birth, eth, edu, joined, bid, branch_names.get(bid, ""), cats, st)
            for i, sex, birth, eth, edu, joined, bid, cats, st in self._fetch(stmt)
        ]
