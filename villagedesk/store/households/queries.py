"""Query pieces the households' repositories and reader share: a household's live head (户主),
the live member who is the same person as a resident, the order a household's residents are
listed in, and the names of residents' relief categories."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Column, ColumnElement, Connection, FromClause, Join, and_, case, select

from villagedesk.core.households.model import Relation
from villagedesk.store import tables as t
from villagedesk.store.households import tables as th

h, r, m = th.households, th.residents, t.members
HEAD = Relation.HEAD.value
#: Residents of a household are listed head first, then in this order of relation.
RELATION_ORDER = case(
    {rel.value: i for i, rel in enumerate(Relation)}, value=r.c.relation, else_=99
)


def head_join() -> tuple[FromClause, Join]:
    """households LEFT JOIN their live head (户主) as ``head``."""
    head = r.alias("head")
    return head, h.outerjoin(
        head,
        and_(head.c.household_id == h.c.id, head.c.relation == HEAD, head.c.voided_at.is_(None)),
    )


def live_member_on(id_number: Column[str]) -> ColumnElement[bool]:
    """Join condition: the live member who is the same person (same ID number) at the same
    station as ``id_number``'s row (a township holds every village's members and residents)."""
    return and_(
        m.c.id_number == id_number,
        m.c.station_code == id_number.table.c.station_code,
        m.c.voided_at.is_(None),
    )


def relief_names(conn: Connection, resident_ids: Sequence[int]) -> dict[int, str]:
    """Resident id → the names of their relief categories, in list order, joined by 、."""
    if not resident_ids:
        return {}
    rr, c = th.resident_relief, th.relief_categories
    query = (
        select(rr.c.resident_id, c.c.name)
        .select_from(rr.join(c, c.c.id == rr.c.category_id))
        .where(rr.c.resident_id.in_(list(resident_ids)), rr.c.voided_at.is_(None))
        .order_by(rr.c.resident_id, c.c.position, c.c.id)
    )
    out: dict[int, list[str]] = {}
    for resident_id, name in conn.execute(query):
        out.setdefault(resident_id, []).append(name)
    return {k: "、".join(v) for k, v in out.items()}
