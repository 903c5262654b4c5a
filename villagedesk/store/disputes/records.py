"""The disputes themselves (table ``disputes``, parties in ``dispute_parties``, households in
``dispute_households``): core.disputes.ports.DisputeRecords on the unit of work. A voided
dispute is not read back, but its serial stays given: numbers are never reused."""

from __future__ import annotations

import builtins
import re
from datetime import date
from typing import cast

from sqlalchemy import case, func, insert, select, update

from villagedesk.core.disputes.model import DisputeValues, RiskFactors, WarningLevel
from villagedesk.core.disputes.record import Dispute, DisputeProgress, DisputeQuery
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.json_values import dump
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.filters import dispute_filters
from villagedesk.store.disputes.people import add_people, households_of, parties_of
from villagedesk.store.disputes.rows import progress_columns, read_dispute, values_columns
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnExpr, RowSelect

d, e = td.disputes, td.dispute_events

#: The serial of a 人民调解协议书's number, "（2026）东河人调字第3号".
AGREEMENT_SERIAL = re.compile(r"人调字第\s*(\d+)\s*号")


def _red_first() -> ColumnExpr:
    """0 for an open 红 dispute, 1 for every other (the register lists 红 first)."""
    red = (d.c.warning == WarningLevel.RED.value) & (d.c.state != DisputeState.CLOSED.value)
    return case((red, 0), else_=1)


def _agreement_serial(number: object, year: int) -> int:
    text = str(number or "")
    if not (text.startswith(f"（{year}）") or text.startswith(f"({year})")):
        return 0
    found = AGREEMENT_SERIAL.search(text)
    return int(found.group(1)) if found else 0


class SqlDisputeRecords:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: DisputeValues,
        progress: DisputeProgress,
    ) -> int:
        columns = {
            "number": number,
            "year": year,
            "sequence": sequence,
            **values_columns(values),
            **progress_columns(progress),
        }
        row = self._ctx.insert_values(columns)
        dispute_id = new_id(self._ctx.conn.execute(insert(d).values(row)))
        add_people(self._ctx, dispute_id, values.parties, values.household_ids)
        return dispute_id

    def _read(self, query: RowSelect) -> builtins.list[Dispute]:
        conn = self._ctx.conn
        rows = list(conn.execute(query.where(d.c.voided_at.is_(None))))
        ids = [row.id for row in rows]
        parties, households = parties_of(conn, ids), households_of(conn, ids)
        return [read_dispute(r, parties.get(r.id, ()), households.get(r.id, ())) for r in rows]

    def get(self, dispute_id: int) -> Dispute | None:
        found = self._read(select(d).where(d.c.id == dispute_id))
        return found[0] if found else None

    def find_by_number(self, number: str) -> Dispute | None:
        found = self._read(select(d).where(d.c.number == number, self._ctx.own(d)))
        return found[0] if found else None

    def max_sequence(self, year: int) -> int:
        query = select(func.max(d.c.sequence)).where(d.c.year == year, self._ctx.own(d))
        return int(self._ctx.conn.execute(query).scalar() or 0)

    def max_agreement_sequence(self, year: int) -> int:
        """The highest serial among the written agreements of ``year``: those the disputes
        hold now and those of every result ever recorded (a reopened case may have settled
        again since), voided ones included."""
        conn = self._ctx.conn
        pattern = f"%{year}%人调字%"
        held = select(d.c.agreement_number).where(
            self._ctx.own(d), d.c.agreement_number.like(pattern)
        )
        given = func.json_extract(e.c.details, "$.agreement.number")
        settled = select(given).where(
            self._ctx.own(e), e.c.action == DisputeAction.SETTLE.value, given.like(pattern)
        )
        numbers = [*conn.execute(held).scalars(), *conn.execute(settled).scalars()]
        return max((_agreement_serial(n, year) for n in numbers), default=0)

    def save_progress(self, dispute_id: int, progress: DisputeProgress) -> None:
        row = self._ctx.update_values(progress_columns(progress))
        self._ctx.conn.execute(update(d).where(d.c.id == dispute_id).values(row))

    def save_risks(self, dispute_id: int, risks: RiskFactors, people: int) -> None:
        row = self._ctx.update_values({"risks": dump(risks), "people": people})
        self._ctx.conn.execute(update(d).where(d.c.id == dispute_id).values(row))

    def _chosen(self, query: DisputeQuery) -> RowSelect:
        chosen = select(d).where(*dispute_filters(query), d.c.voided_at.is_(None))
        chosen = chosen.order_by(_red_first(), d.c.screened_on.desc(), d.c.id.desc())
        return chosen if query.limit is None else chosen.limit(max(query.limit, 0))

    def list(self, query: DisputeQuery) -> builtins.list[Dispute]:
        return self._read(self._chosen(query))

    def count(self, query: DisputeQuery) -> int:
        # The order matters to a list, not to a count (and sorting costs the start page).
        ids = self._chosen(query).order_by(None).with_only_columns(d.c.id).subquery()
        counted = cast(RowSelect, select(func.count()).select_from(ids))
        return int(self._ctx.conn.execute(counted).scalar() or 0)

    def screened_between(self, first: date, last: date) -> builtins.list[Dispute]:
        chosen = select(d).where(
            d.c.screened_on >= first.isoformat(), d.c.screened_on <= last.isoformat()
        )
        return self._read(chosen.order_by(d.c.screened_on, d.c.id))
