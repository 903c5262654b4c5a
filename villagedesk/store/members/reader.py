"""Read-side queries for the big member register: ordered ids in one query, rows a page at a time.

The lazy table model asks :meth:`SqlMemberReader.search_ids` for the ordered ids (filter and sort
in SQL) and then :meth:`SqlMemberReader.rows` for the page it shows; no per-row queries (the
shape every register's reader shares: store/register_reader.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, FromClause, UnaryExpression, func, select, text

from villagedesk.core.members.ports import StatsRow
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.search import SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.register_query import person_order
from villagedesk.store.register_reader import RegisterSearch, SqlRegisterReader, person_condition
from villagedesk.store.register_scope import scope_columns
from villagedesk.store.sql_types import ColumnExpr

m = t.members
b = t.branches
e = t.member_events

#: Why a record was voided: kept on the member since undo came in, else its latest void event's.
VOID_REASON: ColumnExpr = func.coalesce(
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
COLUMNS: dict[str, ColumnExpr] = {
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

ON_ROLL = RollStatus.ON_ROLL.value


def on_roll_unindexed() -> ColumnElement[bool]:
    """``roll_status = 'on_roll'`` written so SQLite will not pick the register index for it."""
    return text("+members.roll_status = :on_roll").bindparams(on_roll=ON_ROLL)  # type: ignore[return-value]


def search_condition(query: SearchQuery) -> ColumnElement[bool] | None:
    """The WHERE condition for what was typed; None means no condition (everyone)."""
    return person_condition(m, query)


class SqlMemberReader(SqlRegisterReader):
    """The member register's read side (core.columns keys of MEMBER_REGISTER)."""

    table = m
    columns = COLUMNS

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return search_condition(query)

    def _where(self, search: RegisterSearch) -> list[ColumnElement[bool]]:
        """By default only members on the roll; ``include_inactive`` adds those transferred
        out, deceased and so on; voided records are listed whatever their status."""
        where = super()._where(search)
        if not (search.include_inactive or search.voided):
            # Everyone, in another order: a table scan and one sort beats walking the register
            # index with a table lookup per row. The unary + keeps SQLite off that index.
            scan = search.sort_key != "name" and search.condition is None
            where.append(on_roll_unindexed() if scan else m.c.roll_status == ON_ROLL)
        return where

    def _id_source(self, search: RegisterSearch) -> FromClause:
        return m.outerjoin(b, b.c.id == m.c.branch_id) if search.sort_key == "branch" else m

    def _order(self, sort_key: str, *, descending: bool) -> list[UnaryExpression[object]]:
        return person_order(m, sort_key, COLUMNS[sort_key], descending=descending)

    def _row_source(self, keys: Sequence[str]) -> FromClause:
        return m.outerjoin(b, b.c.id == m.c.branch_id) if "branch" in keys else m

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
