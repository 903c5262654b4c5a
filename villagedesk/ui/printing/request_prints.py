"""The 民情办理单 of one request and the 三率 of a period, as print requests for the requests page
(``PrintActions.flow.start(request)`` opens them in the preview). The values are gathered on the
job's worker by ``print_sources_requests``; 民情台账 and 回访台账 are ledgers of the 打印 menu."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from villagedesk.core.clock import Clock
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import translate
from villagedesk.ui.printing.documents import GATHERING, WRITING
from villagedesk.ui.printing.run import PrintRequest

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext

CTX = "Printing"
SHEET_TITLE = QT_TRANSLATE_NOOP("Printing", "Record sheet {number}")
RATES_TITLE = QT_TRANSLATE_NOOP("Printing", "Figures of residents' requests {first}–{last}")


def request_sheet_request(ctx: AppContext, *, request_id: int, number: str) -> PrintRequest:
    """民情办理单 of the request ``request_id`` (``number`` names the document and its file)."""
    store = ctx.store
    title = QCoreApplication.translate(CTX, SHEET_TITLE).format(number=number)

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.print_sources_requests import request_sheet
        from villagedesk.reports.request_sheet import write_request_sheet

        progress.start(2, GATHERING)
        v = request_sheet(store, request_id=request_id)
        progress.set_label(WRITING)
        progress.advance()
        problems = write_request_sheet(
            path,
            detail=v.detail,
            station=v.station,
            files=v.files,
            id_number=v.id_number,
            household=v.household,
            translate=translate,
        )
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build)


def rates_request(
    ctx: AppContext, *, first: date, last: date, clock: Clock | None = None
) -> PrintRequest:
    """三率 of the requests received ``first`` … ``last``, judged now by ``clock`` (the requests
    page's; by default the station's time on the context's day)."""
    from villagedesk.ui.requests.station_time import ContextClock

    store, clock = ctx.store, clock or ContextClock(ctx)
    title = QCoreApplication.translate(CTX, RATES_TITLE).format(
        first=first.strftime("%Y.%m.%d"), last=last.strftime("%Y.%m.%d")
    )

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.print_sources_requests import rate_sheet
        from villagedesk.reports.request_figures import write_rate_sheet

        progress.start(2, GATHERING)
        v = rate_sheet(store, first=first, last=last, clock=clock)
        progress.set_label(WRITING)
        progress.advance()
        problems = write_rate_sheet(path, sheet=v.sheet, station=v.station, translate=translate)
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build, personal=False)
