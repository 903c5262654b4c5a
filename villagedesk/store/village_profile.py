"""``uow.village_profile``: the figures of 村情档案 in a few aggregate queries, grouped in SQL by
the household's villager group (``grid``, trimmed; empty: 未分组), never a row per person in
Python (core.village_profile.ports.VillageProfileRepository).

Open requests and disputes are those in the areas' OPEN states. A request has at most one
household; a dispute may touch several (``dispute_households``), so it counts once in each
group it touches, and once in the totals. Those linked to no live household make the 未关联户
row. Only this station's rows are counted (a township holds its villages' rows too)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, distinct, func, select

from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.state import OPEN as OPEN_DISPUTES
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.requests.state import OPEN as OPEN_REQUESTS
from villagedesk.core.village_profile.model import (
    DisputeColours,
    GroupFigures,
    ReliefFigures,
    RowKind,
)
from villagedesk.store import tables as t
from villagedesk.store.disputes import tables as td
from villagedesk.store.households import tables as th
from villagedesk.store.households.queries import live_member_on
from villagedesk.store.repositories import WriteContext
from villagedesk.store.requests import tables as tq

h, r, m = th.households, th.residents, t.members
rr, c = th.resident_relief, th.relief_categories
q, d, dh = tq.requests, td.disputes, td.dispute_households
GROUP = func.trim(h.c.grid)
UNLINKED: None = None
"""The group key of what is linked to no household."""


@dataclass
class _Row:
    """A group's figures while they are collected from the queries."""

    households: int = 0
    residents: int = 0
    members: int = 0
    relief: int = 0
    requests: int = 0
    disputes: dict[str, int] = field(default_factory=dict)

    def figures(self, key: str | None) -> GroupFigures:
        colours = DisputeColours(
            red=self.disputes.get(WarningLevel.RED.value, 0),
            orange=self.disputes.get(WarningLevel.ORANGE.value, 0),
            yellow=self.disputes.get(WarningLevel.YELLOW.value, 0),
        )
        kind = RowKind.UNLINKED if key is None else RowKind.GROUP if key else RowKind.UNGROUPED
        return GroupFigures(
            name=key or "",
            households=self.households,
            residents=self.residents,
            members=self.members,
            relief_residents=self.relief,
            open_requests=self.requests,
            disputes=colours,
            kind=kind,
        )


def _open_dispute(own: ColumnElement[bool]) -> ColumnElement[bool]:
    return and_(d.c.voided_at.is_(None), own, d.c.state.in_([s.value for s in OPEN_DISPUTES]))


def _live_link() -> ColumnElement[bool]:
    """``dispute_households`` row of ``d`` whose household is live."""
    return and_(dh.c.dispute_id == d.c.id, dh.c.voided_at.is_(None), h.c.voided_at.is_(None))


class SqlVillageProfile:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def groups(self) -> list[GroupFigures]:
        rows: dict[str | None, _Row] = {}

        def row(key: str | None) -> _Row:
            return rows.setdefault(key, _Row())

        for key, households, residents, members, relief in self._people():
            found = row(key)
            found.households, found.residents = households, residents or 0
            found.members, found.relief = members or 0, relief or 0
        for key, count in self._requests():
            row(key).requests = count
        for key, warning, count in self._disputes():
            row(key).disputes[warning] = count
        return [found.figures(key) for key, found in rows.items()]

    def _people(self) -> Iterable[tuple[str | None, int, int | None, int | None, int | None]]:
        """Per group: households, and the sums over them of residents, active members and
        relief residents (correlated counts on indexed columns)."""
        live_r = and_(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
        residents = select(func.count()).where(live_r).scalar_subquery()
        members = (
            select(func.count(distinct(r.c.id)))
            .select_from(r.join(m, live_member_on(r.c.id_number)))
            .where(live_r, m.c.roll_status == RollStatus.ON_ROLL.value)
            .scalar_subquery()
        )
        relief = (
            select(func.count(distinct(r.c.id)))
            .select_from(r.join(rr, rr.c.resident_id == r.c.id).join(c, c.c.id == rr.c.category_id))
            .where(
                live_r, rr.c.voided_at.is_(None), c.c.voided_at.is_(None), c.c.retired_at.is_(None)
            )
            .scalar_subquery()
        )
        query = (
            select(GROUP, func.count(), func.sum(residents), func.sum(members), func.sum(relief))
            .where(h.c.voided_at.is_(None), self._ctx.own(h))
            .group_by(GROUP)
        )
        return [(k, int(n), a, b, e) for k, n, a, b, e in self._ctx.conn.execute(query)]

    def _requests(self) -> Iterable[tuple[str | None, int]]:
        """Open requests per group of their household (None: no live household)."""
        query = (
            select(GROUP, func.count())
            .select_from(q.outerjoin(h, and_(h.c.id == q.c.household_id, h.c.voided_at.is_(None))))
            .where(
                q.c.voided_at.is_(None),
                self._ctx.own(q),
                q.c.state.in_([s.value for s in OPEN_REQUESTS]),
            )
            .group_by(GROUP)
        )
        return [(key, int(n)) for key, n in self._ctx.conn.execute(query)]

    def _disputes(self) -> Iterable[tuple[str | None, str, int]]:
        """Open disputes per group they touch and colour (a dispute once per group), then
        those touching no live household."""
        touched = (
            select(d.c.id, GROUP.label("grp"), d.c.warning)
            .select_from(d.join(dh, dh.c.dispute_id == d.c.id).join(h, h.c.id == dh.c.household_id))
            .where(_open_dispute(self._ctx.own(d)), _live_link())
            .distinct()
            .subquery()
        )
        per_group = select(touched.c.grp, touched.c.warning, func.count()).group_by(
            touched.c.grp, touched.c.warning
        )
        linked = (
            select(dh.c.id)
            .select_from(dh.join(h, h.c.id == dh.c.household_id))
            .where(_live_link())
            .exists()
        )
        alone = (
            select(d.c.warning, func.count())
            .where(_open_dispute(self._ctx.own(d)), ~linked)
            .group_by(d.c.warning)
        )
        conn = self._ctx.conn
        found = [(key, warning, int(n)) for key, warning, n in conn.execute(per_group)]
        return found + [(UNLINKED, warning, int(n)) for warning, n in conn.execute(alone)]

    def members_on_roll(self) -> int:
        query = select(func.count()).where(
            m.c.voided_at.is_(None),
            self._ctx.own(m),
            m.c.roll_status == RollStatus.ON_ROLL.value,
        )
        return int(self._ctx.conn.execute(query).scalar_one())

    def open_disputes(self) -> DisputeColours:
        query = (
            select(d.c.warning, func.count())
            .where(_open_dispute(self._ctx.own(d)))
            .group_by(d.c.warning)
        )
        counts = {warning: int(n) for warning, n in self._ctx.conn.execute(query)}
        return DisputeColours(
            red=counts.get(WarningLevel.RED.value, 0),
            orange=counts.get(WarningLevel.ORANGE.value, 0),
            yellow=counts.get(WarningLevel.YELLOW.value, 0),
        )

    def relief(self) -> list[ReliefFigures]:
        """Categories not retired, in list order, with their live residents of live
        households."""
        counts = (
            select(rr.c.category_id, func.count(distinct(r.c.id)).label("n"))
            .select_from(rr.join(r, r.c.id == rr.c.resident_id).join(h, h.c.id == r.c.household_id))
            .where(rr.c.voided_at.is_(None), r.c.voided_at.is_(None), h.c.voided_at.is_(None))
            .group_by(rr.c.category_id)
            .subquery()
        )
        query = (
            select(c.c.name, func.coalesce(counts.c.n, 0))
            .select_from(c.outerjoin(counts, counts.c.category_id == c.c.id))
            .where(c.c.voided_at.is_(None), c.c.retired_at.is_(None), self._ctx.own(c))
            .order_by(c.c.position, c.c.id)
        )
        return [ReliefFigures(name, int(n)) for name, n in self._ctx.conn.execute(query)]
