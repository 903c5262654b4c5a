"""The station's printer offsets (core.printing.model) in the ``meta`` table, like the other settings."""

from __future__ import annotations

from villagedesk.core.printing.model import PrinterOffsets
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_settings, write_setting

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
        rows = read_settings(self._ctx.conn, (X_KEY, Y_KEY))
        return PrinterOffsets(_number(rows.get(X_KEY)), _number(rows.get(Y_KEY)))

    def save_offsets(self, offsets: PrinterOffsets) -> None:
        for key, value in ((X_KEY, offsets.x_mm), (Y_KEY, offsets.y_mm)):
            write_setting(self._ctx.conn, key, repr(float(value)))
