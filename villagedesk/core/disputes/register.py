"""The dispute register (矛盾纠纷): the 矛盾纠纷 page's table and its xlsx export declare their
columns here, once. The keys are those the store's reader serves
(``store/disputes/reader.DISPUTE_COLUMNS``): raw values, codes, ISO days and times to the
minute; ``level`` is the colour shown (green once closed, 销号转绿).
"""

from __future__ import annotations

from collections.abc import Callable

from villagedesk.core.columns import (
    VILLAGE_COLUMN,
    Align,
    Column,
    Labelled,
    RegisterSpec,
    ValueKind,
    enum_formatter,
)
from villagedesk.core.disputes.events import Outcome, Performance
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.register import fmt_count, fmt_day
from villagedesk.core.text import QT_TRANSLATE_NOOP

LEVEL_KEY = "level"
"""The column of the colour shown (the page draws its square beside the word)."""


def _day(key: str, header: str) -> Column:
    return Column(key, header, 10, Align.CENTER, fmt_day, ValueKind.DATE)


def _coded(key: str, header: str, width: int, enum: Callable[[str], Labelled]) -> Column:
    return Column(key, header, width, Align.CENTER, enum_formatter(enum))


DISPUTE_REGISTER = RegisterSpec(
    key="disputes",
    title=QT_TRANSLATE_NOOP("Registers", "Disputes"),
    columns=(
        Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), 14, Align.CENTER),
        _day("screened_on", QT_TRANSLATE_NOOP("Columns", "Screened on")),
        Column("parties", QT_TRANSLATE_NOOP("Columns", "Parties"), 16),
        Column("dispute_type", QT_TRANSLATE_NOOP("Columns", "Type"), 8, Align.CENTER),
        Column(
            "people",
            QT_TRANSLATE_NOOP("Columns", "People involved"),
            6,
            Align.CENTER,
            fmt_count,
            ValueKind.NUMBER,
        ),
        _coded(LEVEL_KEY, QT_TRANSLATE_NOOP("Columns", "Warning level"), 7, WarningLevel),
        _coded("rung", QT_TRANSLATE_NOOP("Columns", "Current level"), 12, MediationLevel),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Case owner"), 8),
        _coded("state", QT_TRANSLATE_NOOP("Columns", "State"), 8, DisputeState),
        _day("level_due", QT_TRANSLATE_NOOP("Columns", "Level time limit")),
        _coded("outcome", QT_TRANSLATE_NOOP("Columns", "Mediation result"), 8, Outcome),
        _coded("performance", QT_TRANSLATE_NOOP("Columns", "Performance"), 6, Performance),
        _day("followed_up_at", QT_TRANSLATE_NOOP("Columns", "Followed up on")),
        _day("closed_at", QT_TRANSLATE_NOOP("Columns", "Closed on")),
        VILLAGE_COLUMN,
    ),
)
