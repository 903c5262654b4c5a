"""The print requests of the in-service paper: contact cards, work handbooks, the calibration page.

Each request gathers plain values through the core services on the job's worker, then hands
them to its ReportLab writer, which writes the PDF atomically and returns the characters no font
covers. The cards and handbooks count every member gathered and every card or booklet drawn on
the job's Progress, so Cancel stops a long batch mid-way and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from villagedesk.core.printing.data import GATHERING as GATHERING  # ledgers use it
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import translate
from villagedesk.ui.printing.run import PrintRequest

if TYPE_CHECKING:
    from villagedesk.core.printing.model import PrinterOffsets
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.cards_dialog import CardEntry

CTX = "Printing"
WRITING = msg(CTX, QT_TRANSLATE_NOOP("Printing", "Writing the PDF…"))


def campaign_year(ctx: AppContext) -> int:
    """The campaign year today falls in (the station's first month of the year)."""
    from villagedesk.core.in_service.services import current_campaign_year

    return current_campaign_year(ctx.store.uow_factory(), today=ctx.today())


def registered_entries(ctx: AppContext, year: int) -> list[CardEntry]:
    """Who the card dialog lists: the members registered in ``year``, by card number."""
    from villagedesk.core.in_service.services import registrations
    from villagedesk.ui.printing.cards_dialog import CardEntry

    found = sorted(registrations(ctx.store.uow_factory(), year=year), key=lambda r: r.card_number)
    return [
        CardEntry(
            r.member_id, "  ".join(v for v in (r.card_number, r.member_name, r.work_unit) if v)
        )
        for r in found
    ]


def registered_search(ctx: AppContext, year: int) -> Callable[[str], list[int] | None]:
    """The roll's one search over the year's registrations: member ids in the register's order,
    or None when too few digits were typed to mean anything."""
    from villagedesk.core.in_service.services import registrations
    from villagedesk.core.search import SearchKind, parse_search

    reader = ctx.readers.registrations(year)
    members = {r.id: r.member_id for r in registrations(ctx.store.uow_factory(), year=year)}

    def search(text: str) -> list[int] | None:
        query = parse_search(text)
        if query.kind is SearchKind.NOTHING:
            return None
        return [members[i] for i in reader.search_ids(query) if i in members]

    return search


def _steps(progress: Progress, total: int = 2) -> None:
    progress.start(total, GATHERING)


def _offsets(ctx: AppContext) -> PrinterOffsets:
    from villagedesk.core.printing.offsets import printer_offsets

    return printer_offsets(ctx.store.uow_factory())


def cards_request(
    ctx: AppContext, *, member_ids: Sequence[int] | None, backs: bool
) -> PrintRequest:
    """联系卡: the given members, or every in-service member registered this campaign year."""
    factory, today = ctx.store.uow_factory, ctx.today()

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.core.printing.data import card_set
        from villagedesk.reports.contact_card import write_cards

        _steps(progress)
        cards = card_set(factory(), today=today, member_ids=member_ids, progress=progress)
        offsets = _offsets(ctx)
        return write_cards(
            path,
            cards=cards,
            backs=backs,
            offsets=offsets,
            translate=translate,
            progress=progress,
        )

    return PrintRequest(
        QCoreApplication.translate("Printing", "Contact cards"),
        QCoreApplication.translate("Printing", "Contact cards") + ".pdf",
        build,
        actual_size=True,
    )


def handbooks_request(
    ctx: AppContext, *, member_ids: Sequence[int] | None, plain_a5: bool
) -> PrintRequest:
    """工作手册: one booklet per member; a batch is one PDF, each booklet on new sheets."""
    factory, today = ctx.store.uow_factory, ctx.today()

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.core.printing.data import handbooks
        from villagedesk.reports import handbook as writer

        _steps(progress)
        books = handbooks(factory(), today=today, member_ids=member_ids, progress=progress)
        offsets = _offsets(ctx)
        problems: Sequence[GlyphProblem] = writer.write_handbooks(
            path,
            books=books,
            plain_a5=plain_a5,
            offsets=offsets,
            translate=translate,
            progress=progress,
        )
        return problems

    return PrintRequest(
        QCoreApplication.translate("Printing", "Work handbooks"),
        QCoreApplication.translate("Printing", "Work handbooks") + ".pdf",
        build,
    )


def calibration_request(ctx: AppContext) -> PrintRequest:
    """校准页: 100 mm rulers on both axes and the card outlines, moved by the printer offsets."""

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.reports import calibration as writer

        _steps(progress, 1)
        offsets = _offsets(ctx)
        writer.write_calibration(path, offsets=offsets, translate=translate)
        progress.advance()
        return []  # fixed labels only: nothing a font could lack

    return PrintRequest(
        QCoreApplication.translate("Printing", "Calibration page"),
        QCoreApplication.translate("Printing", "Calibration page") + ".pdf",
        build,
        actual_size=True,
        personal=False,
    )
