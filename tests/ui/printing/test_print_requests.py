"""The request printouts in the GUI: 民情台账 and 回访台账 from the 打印 menu's ledgers (public
paper: numbers masked as the station's policy says), the 民情办理单 of one request and the 三率
of a period as the requests page starts them, each opening in the preview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.cli.request_station import (
    ID_NUMBER,
    LANDLINE,
    NAME,
    PHONE,
    POLICY,
    RequestStation,
    fill,
    squeezed,
)
from tests.core.requests.support import CLOCK
from tests.ui.print_helpers import pdf_text
from villagedesk.core.masking import mask_phone
from villagedesk.core.requests.services import find_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.printing.dialogs import LedgerDialog
from villagedesk.ui.printing.menu import PrintActions
from villagedesk.ui.printing.preview import PreviewDialog
from villagedesk.ui.printing.request_prints import rates_request, request_sheet_request


@pytest.fixture
def numbers(ctx: AppContext) -> RequestStation:
    return fill(ctx.store)


@pytest.fixture
def actions(ctx: AppContext, qtbot: QtBot) -> Iterator[PrintActions]:
    window = QWidget()
    qtbot.addWidget(window)
    actions = PrintActions(ctx, window)
    yield actions
    ctx.jobs.wait_idle()
    if actions.flow.preview is not None:
        actions.flow.preview.reject()


def _preview_text(ctx: AppContext, actions: PrintActions) -> str:
    assert ctx.jobs.wait_idle()
    preview = actions.flow.preview
    assert isinstance(preview, PreviewDialog)
    assert preview.page_count() >= 1
    return squeezed(pdf_text(preview.path))


@pytest.mark.parametrize("which", ["requests", "follow_ups"])
def test_a_request_ledger_from_the_menu_masks_the_numbers(
    ctx: AppContext, actions: PrintActions, numbers: RequestStation, which: str
) -> None:
    dialog = actions.ledger(which)
    assert isinstance(dialog, LedgerDialog)
    assert not dialog.range_box.isHidden()  # both ledgers have dates
    dialog.accept()
    text = _preview_text(ctx, actions)
    assert numbers.closed in text and NAME in text
    assert PHONE not in text and ID_NUMBER not in text and LANDLINE not in text
    assert squeezed(mask_phone(PHONE, POLICY)) in text


def test_the_record_sheet_of_one_request(
    ctx: AppContext, actions: PrintActions, numbers: RequestStation
) -> None:
    detail = find_request(ctx.store.uow_factory(), number=numbers.closed)
    request = request_sheet_request(ctx, request_id=detail.request.id, number=numbers.closed)
    assert numbers.closed in request.file_name
    actions.flow.start(request)
    text = _preview_text(ctx, actions)
    assert numbers.closed in text and NAME in text
    assert PHONE in text  # filed, never posted: in full


def test_the_rates_of_a_period(
    ctx: AppContext, actions: PrintActions, numbers: RequestStation
) -> None:
    del numbers
    request = rates_request(ctx, first=date(2026, 5, 1), last=date(2026, 5, 31), clock=CLOCK)
    actions.flow.start(request)
    text = _preview_text(ctx, actions)
    assert "2026.05.01–2026.05.31" in text
    assert squeezed("Requests whose last follow-up says solved ÷ requests followed up.") in text
