"""Query pieces shared by the big registers' readers (members, residents): the search box's
LIKE, the statistics drill-down filter, and the order people are listed in."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import ColumnElement, Table, UnaryExpression, func, select

from villagedesk.store.sql_types import ColumnExpr


def among_ids(column: ColumnExpr, ids: Collection[int]) -> ColumnElement[bool]:
    """``column IN (ids)`` with the ids passed as one JSON parameter: a drill-down may name
    tens of thousands of members, more than SQLite allows as separate parameters."""
    chosen = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return column.in_(select(chosen.c.value))


def person_order(
    table: Table, sort_key: str, column: ColumnExpr, *, descending: bool
) -> list[UnaryExpression[object]]:
    """People sort by the pinyin of their name (then the name); a sort by village keeps that
    order within each village; the id breaks every tie, so pages never shuffle."""
    order: list[ColumnExpr] = [column]
    name: list[ColumnExpr] = [table.c.name_pinyin, table.c.name]
    if sort_key == "name":
        order = name
    elif sort_key == "village":
        order.extend(name)
    order.append(table.c.id)
    return [c.desc() if descending else c.asc() for c in order]


def like_pattern(value: str) -> str:
    """``%value%`` with LIKE's wildcards escaped (escape character ``\\``)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: ColumnExpr, value: str) -> ColumnElement[bool]:
    """``column`` contains ``value`` literally (wildcards typed by the user match themselves)."""
    return column.like(like_pattern(value), escape="\\")
