"""导出Excel of a request list: the 民情台账's columns and the rest of what a request was received
with, in the layout the request import reads (core.importing.template.REQUEST_TEMPLATE), so the
file imports back as "unchanged". Written atomically, with progress and cancel, by the xlsx
export every register uses (exchange.xlsx_export); every cell is text, so a phone or a 编号 is
never turned into a number and a cell starting with ``=`` is never a formula."""

from __future__ import annotations

import os
from collections.abc import Iterator

from villagedesk.core.columns import Align, Column, RegisterSpec
from villagedesk.core.importing.request_rows import ExportedRequests, request_cells
from villagedesk.core.importing.template import REQUEST_TEMPLATE, TemplateField
from villagedesk.core.progress import Progress
from villagedesk.core.requests.register import REQUEST_LEDGER
from villagedesk.core.text import Translate
from villagedesk.exchange.xlsx_export import ExportResult, display_width, export_register

_WIDTHS = {
    "number": 14,
    "received_at": 16,
    "channel": 10,
    "ticket": 12,
    "phone": 13,
    "content": 40,
    "place": 16,
    "due": 16,
    "outcome": 30,
    "closed_on": 11,
}


def _column(f: TemplateField) -> Column:
    def fmt(raw: object, translate: Translate) -> str:
        del translate
        return "" if raw is None else str(raw)

    width = max(_WIDTHS.get(f.key, 8), display_width(f.header))
    align = Align.LEFT if f.key in ("content", "outcome", "place") else Align.CENTER
    return Column(f.key, f.header, width, align, fmt)


#: The export's register: the template's literal Chinese headers, under the 民情台账's title.
REQUEST_EXPORT = RegisterSpec(
    "request_export", REQUEST_LEDGER.title, tuple(_column(f) for f in REQUEST_TEMPLATE)
)


def export_requests(
    path: str | os.PathLike[str],
    requests: ExportedRequests,
    *,
    translate: Translate,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``requests`` to ``path`` (.xlsx), one row each, masked by their policy."""

    def rows() -> Iterator[tuple[str, ...]]:
        for request, events in requests.requests:
            yield request_cells(request, events, requests.policy, translate)

    return export_register(
        path,
        spec=REQUEST_EXPORT,
        keys=REQUEST_EXPORT.keys,
        rows=rows(),
        translate=translate,
        total=len(requests),
        progress=progress,
    )
