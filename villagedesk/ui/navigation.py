"""The registers in the main window's navigation: each page is built when first shown (its
imports too, which keeps start-up fast)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.context import AppContext


def workbench_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui import bench_probe
    from villagedesk.ui.workbench.page import WorkbenchPage

    page = WorkbenchPage(ctx)
    bench_probe.install_start(page)
    return page


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


def requests_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.requests.page import RequestsPage

    return RequestsPage(ctx)


def disputes_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.disputes.page import DisputesPage

    return DisputesPage(ctx)


def village_profile_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.village_profile.page import VillageProfilePage

    return VillageProfilePage(ctx)


def audit_page(ctx: AppContext) -> QWidget:
    from villagedesk.ui.audit.page import AuditPage

    return AuditPage(ctx)


PageFactory = Callable[[AppContext], QWidget]

#: The navigation list, top to bottom: each register's title (translated in the main window's
#: context) and the function that builds its page.
REGISTERS: tuple[tuple[str, PageFactory], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "Workbench"), workbench_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Party member roll"), members_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Branches and groups"), branches_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Households and residents"), households_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Cadre links"), cadres_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Residents' requests"), requests_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Disputes"), disputes_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Village profile"), village_profile_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Audit log"), audit_page),
    (QT_TRANSLATE_NOOP("MainWindow", "In-service members"), in_service_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Statistics"), statistics_page),
    (QT_TRANSLATE_NOOP("MainWindow", "Data sync"), sync_page),
)
