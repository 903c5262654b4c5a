"""The filters of the dispute register (core.disputes.record.DisputeQuery) as SQL conditions on
``disputes``, shared by the records (list, count) and the register's reader.

Readings of the query's fields:

- ``levels``: the colour shown (``DisputeProgress.shown_warning``): an open dispute's level in
  force; a closed one is green, so it matches only ``GREEN``.
- ``level_due_by``: disputes being mediated (state MEDIATING) at a village level (not the
  township) whose level's last day is on or before that day.
- ``awaiting_follow_up_on``: agreements not yet followed up (awaiting performance or the
  follow-up) whose 履行期限 is before that day (a follow-up is due after the agreed date).
- ``household_id``: any party is a resident of that household now, or the dispute names it.
- ``person_id``: a party is that resident or member (``person_kind`` narrows to one register).
- ``first`` / ``last``: the 排查日期, both inclusive.
- ``text``: part of the 编号, of a party's name or of the 简要情况.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true

from villagedesk.core.disputes.model import MediationLevel, PartyKind, WarningLevel
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.state import DisputeState
from villagedesk.store.disputes import tables as td
from villagedesk.store.households import tables as th
from villagedesk.store.register_query import among_ids, contains

d, p, dh, r = td.disputes, td.dispute_parties, td.dispute_households, th.residents

#: An id list longer than this is passed as one JSON parameter (bound values are limited).
MAX_SQL_IDS = 900


def _values(items: frozenset[DisputeState] | frozenset[MediationLevel]) -> list[str]:
    return sorted(i.value for i in items)


def shown_levels(levels: frozenset[WarningLevel]) -> ColumnElement[bool]:
    """The colour shown is one of ``levels`` (green: closed; else the level in force)."""
    closed = d.c.state == DisputeState.CLOSED.value
    in_force = sorted(level.value for level in levels if level is not WarningLevel.GREEN)
    found: list[ColumnElement[bool]] = []
    if in_force:
        found.append(and_(~closed, d.c.warning.in_(in_force)))
    if WarningLevel.GREEN in levels:
        found.append(closed)
    return or_(*found) if found else false()


def of_household(household_id: int) -> ColumnElement[bool]:
    """A party lives in the household, or the dispute names it."""
    party_lives = exists(
        select(p.c.id)
        .join(r, r.c.id == p.c.resident_id)
        .where(p.c.dispute_id == d.c.id, p.c.voided_at.is_(None), r.c.household_id == household_id)
    )
    named = exists(
        select(dh.c.id).where(
            dh.c.dispute_id == d.c.id, dh.c.voided_at.is_(None), dh.c.household_id == household_id
        )
    )
    return or_(party_lives, named)


def of_person(person_id: int, kind: PartyKind | None) -> ColumnElement[bool]:
    """A party is the resident or member ``person_id``."""
    columns = {PartyKind.RESIDENT: p.c.resident_id, PartyKind.MEMBER: p.c.member_id}
    wanted = [columns[kind]] if kind in columns else list(columns.values())
    return exists(
        select(p.c.id).where(
            p.c.dispute_id == d.c.id,
            p.c.voided_at.is_(None),
            or_(*(column == person_id for column in wanted)),
        )
    )


def text_condition(value: str) -> ColumnElement[bool]:
    """Part of the 编号, a party's name or the 简要情况."""
    return or_(
        contains(d.c.number, value), contains(d.c.party_names, value), contains(d.c.summary, value)
    )


def _progress_filters(asked: DisputeQuery) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if asked.states:
        found.append(d.c.state.in_(_values(asked.states)))
    if asked.levels:
        found.append(shown_levels(asked.levels))
    if asked.mediation_levels:
        found.append(d.c.mediation_level.in_(_values(asked.mediation_levels)))
    if asked.level_due_by is not None:
        found.append(
            and_(
                d.c.state == DisputeState.MEDIATING.value,
                d.c.mediation_level != MediationLevel.TOWNSHIP.value,
                d.c.level_due <= asked.level_due_by.isoformat(),
            )
        )
    if asked.awaiting_follow_up_on is not None:
        waiting = (DisputeState.AWAITING_PERFORMANCE, DisputeState.AWAITING_FOLLOW_UP)
        found.append(
            and_(
                d.c.state.in_(sorted(s.value for s in waiting)),
                d.c.performance_due < asked.awaiting_follow_up_on.isoformat(),
            )
        )
    return found


def dispute_filters(asked: DisputeQuery) -> list[ColumnElement[bool]]:
    """Every filter of ``asked`` as WHERE conditions (live disputes are the caller's)."""
    found = _progress_filters(asked)
    if asked.dispute_type:
        found.append(d.c.dispute_type == asked.dispute_type)
    if asked.household_id is not None:
        found.append(of_household(asked.household_id))
    if asked.person_id is not None:
        found.append(of_person(asked.person_id, asked.person_kind))
    if asked.first is not None:
        found.append(d.c.screened_on >= asked.first.isoformat())
    if asked.last is not None:
        found.append(d.c.screened_on <= asked.last.isoformat())
    if asked.text.strip():
        found.append(text_condition(asked.text.strip()))
    if asked.ids:
        ids = asked.ids
        found.append(d.c.id.in_(sorted(ids)) if len(ids) <= MAX_SQL_IDS else among_ids(d.c.id, ids))
    return found


def filter_condition(asked: DisputeQuery) -> ColumnElement[bool]:
    """All of :func:`dispute_filters` as one condition (true when there is none)."""
    found = dispute_filters(asked)
    return and_(*found) if found else true()
