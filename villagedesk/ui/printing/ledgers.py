"""The ledgers (登记台账), the statistics table and the registrations notice, as print requests.

Which ledgers there are comes from ``reports.ledger_kinds.LEDGERS`` (a register's declared
columns; a later register gets its ledger there, and its menu entry here, with no new code).
The rows are gathered on the job's worker with the page's current search and the chosen period.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import translate
from villagedesk.ui.printing.documents import GATHERING, WRITING
from villagedesk.ui.printing.run import PrintRequest

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.dialogs import LedgerOptions, NoticeOptions

CTX = "Printing"
STATISTICS_TITLE = QT_TRANSLATE_NOOP("Printing", "Statistics table of Party members")
NOTICE_TITLE = QT_TRANSLATE_NOOP("Printing", "Public notice of registrations")


@dataclass(frozen=True)
class LedgerInfo:
    """A ledger as the menu shows it: CLI word, title (context "Ledgers"), register, dates."""

    which: str
    title: str
    spec_key: str
    has_dates: bool


def ledger_infos() -> list[LedgerInfo]:
    """Every ledger, in the order of ``reports.ledger_kinds.LEDGERS`` (plain data, no ReportLab)."""
    from villagedesk.reports.ledger_kinds import LEDGERS as KINDS

    return [LedgerInfo(k.key, k.title, k.spec.key, k.date_key is not None) for k in KINDS.values()]


def ledger_info(which: str) -> LedgerInfo:
    return next(i for i in ledger_infos() if i.which == which)


def current_search(window: QWidget, spec_key: str) -> str:
    """The search text of the open page that shows the register ``spec_key`` ("" if none)."""
    from villagedesk.ui.registers.register_view import RegisterView

    for view in window.findChildren(RegisterView):
        if view.spec.key == spec_key and view.search_box.text().strip():
            return view.search_box.text().strip()
    return ""


def _station_name(ctx: AppContext) -> str:
    station = ctx.station()
    return station.name if station is not None else ""


def ledger_request(ctx: AppContext, which: str, options: LedgerOptions) -> PrintRequest:
    """登记台账 ``which`` (members, registrations, service, households, assessments)."""
    from villagedesk.reports.ledger_kinds import LEDGERS as KINDS

    kind = KINDS[which]
    store, today, station = ctx.store, ctx.today(), _station_name(ctx)
    title = QCoreApplication.translate("Ledgers", kind.title)

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.print_sources import ledger_rows
        from villagedesk.reports.ledger import LedgerDocument, write_ledger
        from villagedesk.reports.ledger_kinds import format_rows

        progress.start(3, GATHERING)
        data = ledger_rows(
            store,
            kind,
            search=options.search,
            first=options.date_from,
            last=options.date_to,
            today=today,
        )
        progress.advance()
        rows = format_rows(data.columns, data.rows, translate)
        progress.set_label(
            msg(CTX, QT_TRANSLATE_NOOP("Printing", "Writing {count} rows…"), count=len(rows))
        )
        progress.advance()
        doc = LedgerDocument(
            title=title,
            station=station,
            columns=data.columns,
            rows=rows,
            period=data.period,
            groups=data.groups,
        )
        problems = write_ledger(path, doc, translate=translate)
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build)


def statistics_request(ctx: AppContext) -> PrintRequest:
    """党员基本情况统计表: the statistics page as one table."""
    store, today, station = ctx.store, ctx.today(), _station_name(ctx)
    members = ctx.readers.members()
    title = QCoreApplication.translate(CTX, STATISTICS_TITLE)

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.core.members.statistics import member_statistics
        from villagedesk.print_sources import branch_names
        from villagedesk.reports.statistics_table import write_statistics_table

        progress.start(2, GATHERING)
        stats = member_statistics(members.stats_rows(), today=today)
        order = branch_names(store)
        progress.set_label(WRITING)
        progress.advance()
        problems = write_statistics_table(
            path, stats=stats, station=station, translate=translate, branch_order=order
        )
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build, personal=False)


def notice_request(ctx: AppContext, options: NoticeOptions) -> PrintRequest:
    """进驻公示: registrations and posts, numbers masked as the station's policy says."""
    store, today = ctx.store, ctx.today()
    title = QCoreApplication.translate(CTX, NOTICE_TITLE)
    days = (options.period_to - options.period_from).days + 1

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.core.masking import mask_policy
        from villagedesk.print_sources import registration_notice
        from villagedesk.reports.notice import write_notice

        progress.start(2, GATHERING)
        doc = registration_notice(store, today=today, days=days, translate=translate)
        doc = dataclasses.replace(
            doc,
            period_from=options.period_from,
            period_to=options.period_to,
            contact_name=options.contact_name or doc.contact_name,
            contact_phone=options.contact_phone or doc.contact_phone,
        )
        policy = mask_policy(store.uow_factory())
        progress.set_label(WRITING)
        progress.advance()
        problems = write_notice(path, doc, policy=policy, translate=translate)
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build, personal=False)
