"""The registers in the main window's navigation: each page is built when first shown (its
imports too, which keeps start-up fast)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from villagedesk.ui.context import AppContext


def members_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui import bench_probe
    from villagedesk.ui.members.page import MembersPage

    page = MembersPage(ctx)
    bench_probe.install(page.view.table)
    return page


def branches_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.branches_page import BranchesPage

    return BranchesPage(ctx)


def statistics_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.statistics_page import StatisticsPage

    return StatisticsPage(ctx)


def households_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.households.page import HouseholdsPage

    return HouseholdsPage(ctx)


def cadres_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.households.cadres_page import CadresPage

    return CadresPage(ctx)


def sync_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.sync.page import SyncPage

    return SyncPage(ctx)


def in_service_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.in_service.page import InServicePage

    return InServicePage(ctx)
