"""Screenshots of the people screens of issue 3 (在职党员进社区, 户籍与居民, 包村联户) on demo data:
the five in-service tabs, the service-record form with its household search, the settings, the
households register, a household page with every declared section, the resident form refusing a
duplicate ID number, and the cadre page with a cadre past the limit.

``shoot_people(window, ctx, out)`` runs inside ``screenshots.shoot`` after the demo is filled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from villagedesk.core.households import link_services as hl
from villagedesk.core.households.links import LinkReason
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service import posts
from villagedesk.core.in_service.model import RecordDraft
from villagedesk.devtools.screenshot_tools import save as _save
from villagedesk.devtools.screenshot_tools import settle as _settle
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.page import HouseholdsPage
from villagedesk.ui.in_service.page import InServicePage
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.settings_dialog import SettingsDialog

P = TypeVar("P", bound=QWidget)


def _page(window: MainWindow, ctx: AppContext, kind: type[P]) -> P:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle(ctx)
        page = window.pages[row]
        if isinstance(page, kind):
            return page
    raise LookupError(kind.__name__)


def _over_the_limit(ctx: AppContext) -> None:
    """Give the first cadre households past the station's number, so the warning shows."""
    f = ctx.store.uow_factory
    cadres = hl.list_cadres(f())
    if not cadres.cadres:
        return
    cadre = cadres.cadres[0]
    linked = {link.values.household_id for link in hl.cadre_links(f(), cadre_id=cadre.member_id)}
    with f() as uow:
        free = [i for i in range(1, uow.households.count() + 1) if i not in linked]
    for household_id in free[: max(0, cadres.limit + 1 - cadre.active_links)]:
        hl.link_household(
            f(),
            cadre_id=cadre.member_id,
            household_id=household_id,
            reason=LinkReason.PARTY_MEMBER.value,
            today=ctx.today(),
        )
    ctx.hub.publish_all()


def _served_household(ctx: AppContext) -> int | None:
    """A household with a linked cadre, given two service records (the page shows them all)."""
    f = ctx.store.uow_factory
    cadres = hl.list_cadres(f()).cadres
    links = hl.cadre_links(f(), cadre_id=cadres[0].member_id) if cadres else []
    if not links:
        return None
    household_id = links[0].values.household_id
    claims = [c for c in posts.member_claims(f(), member_id=cadres[0].member_id) if c.active]
    with f() as uow:
        claims = claims or [c for c in uow.in_service.claims.list() if c.active]
    for days, what in ((40, "上门走访，代办医保缴费"), (12, "陪同老人到镇卫生院体检")):
        claim = claims[0]
        draft = RecordDraft(
            claim.member_id,
            claim.post_id,
            (ctx.today() - timedelta(days=days)).strftime("%Y.%m.%d"),
            what,
            "2",
            "",
            household_id,
        )
        posts.add_record(f(), draft=draft, today=ctx.today())
    ctx.hub.publish_all()
    return household_id


def _shot(ctx: AppContext, out: Path, name: str, make: Callable[[], QWidget | None]) -> None:
    widget = make()
    if widget is None:
        return
    _settle(ctx)
    _save(widget, name, out)
    widget.close()


def shoot_people(window: MainWindow, ctx: AppContext, out: Path) -> None:
    in_service = _page(window, ctx, InServicePage)
    for index, name in enumerate(
        ("expected", "registration", "posts", "records", "assessment"), start=0
    ):
        in_service.tabs.setCurrentIndex(index)
        _settle(ctx)
        _save(window, f"in_service_{name}", out)
    in_service.tabs.setCurrentIndex(3)
    record = in_service.records.log_service()
    record.household.search.setText("东河村")
    _settle(ctx)
    _save(record, "in_service_record_form", out)
    record.reject()
    _shot(ctx, out, "in_service_settings", in_service.open_settings)
    settings = SettingsDialog(ctx, window)
    settings.tabs.setCurrentWidget(settings.rules)
    settings.rules.short_code.setText("东河")
    settings.accept()  # refused: the message shows under the field
    _settle(ctx)
    _save(settings, "settings_rules", out)
    settings.reject()

    households = _page(window, ctx, HouseholdsPage)
    _save(window, "households", out)
    household_id = _served_household(ctx) or households.households.model.id_at(0)
    page = households.open_household(household_id)
    if page is not None:
        _settle(ctx)
        page.resize(QSize(1000, 900))
        _settle(ctx)
        _save(page, "household_page", out)
        resident_ids = page._resident_ids
        form = page.add_resident()
        if resident_ids:
            from villagedesk.core.households.services import get_resident

            taken = get_resident(ctx.store.uow_factory(), resident_id=resident_ids[0])
            form.form.load(
                ResidentDraft(name="王五", id_number=taken.values.id_number, relation="son")
            )
            form.save()  # refused: the ID number belongs to someone else
        _settle(ctx)
        _save(form, "resident_form_duplicate", out)
        form.reject()
        page.reject()

    _over_the_limit(ctx)
    cadres = _page(window, ctx, CadresPage)
    cadres.reload()
    cadres.cadre_view.selectRow(0)
    _settle(ctx)
    _save(window, "cadres", out)
