"""The station's printer offsets (core.printing.model) in the ``meta`` table, like the other settings."""

from __future__ import annotations

from sqlalchemy import select

from villagedesk.core.printing.model import PrinterOffsets
from villagedesk.store import tables as t
from villagedesk.store.repositories import WriteContext

X_KEY = "print.offset_x_mm"
Y_KEY = "print.offset_y_mm"


def _number(text: str | None) -> float:
    try:
        return float(text) if text else 0.0
    except ValueError:
        return 0.0


class SqlPrintSettings:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get_offsets(self) -> PrinterOffsets:
        rows: dict[str, str] = {
            key: value
            for key, value in self._ctx.conn.execute(
                select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.in_((X_KEY, Y_KEY)))
            )
        }
        return PrinterOffsets(_number(rows.get(X_KEY)), _number(rows.get(Y_KEY)))

    def save_offsets(self, offsets: PrinterOffsets) -> None:
        for key, value in ((X_KEY, offsets.x_mm), (Y_KEY, offsets.y_mm)):
            self._ctx.conn.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, repr(float(value))),
            )
