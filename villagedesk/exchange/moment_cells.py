"""A cell holding a moment (a request's 受理时间) as the text the request rules read:
``2026-05-20 09:30`` from a real date-time cell, an Excel serial with a fraction of a day, or
text as typed (tidied). A day without a time of day stays a day (``2026-05-20``); the request
import decides what time it is taken at."""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime, time, timedelta

from villagedesk.exchange.raw_table import Cell

_EXCEL_EPOCH = datetime(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31


def _moment(value: datetime) -> str:
    if value.time() == time():
        return f"{value:%Y-%m-%d}"
    return f"{value:%Y-%m-%d %H:%M}"


def moment_text(value: Cell) -> str:
    """The text of a 受理时间 cell (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        return _moment(value.replace(second=0, microsecond=0))
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, time):
        return ""
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or not 1 <= value <= _MAX_SERIAL:
            return str(value)
        if isinstance(value, int) or value.is_integer():
            n = int(value)
            if 19000101 <= n <= 99991231:
                return str(n)  # 20260520 typed into a number cell
        minutes = round(float(value) * 24 * 60)
        return _moment(_EXCEL_EPOCH + timedelta(minutes=minutes))
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())
