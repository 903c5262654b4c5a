"""No dead ends in 在职党员报到: 报到登记 finds the members not yet reported with the roll's search
and ends with the card number and 打印联系卡; the card dialog prints one, a selection or everyone;
a member without a registration is told so instead of getting a blank sheet; the expected list
narrows to those not yet reported and to a clicked work unit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.in_service.test_page import id_for_serial
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import ExpectedDraft, RegistrationDraft
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.pinyin import name_keys
from villagedesk.core.station import Station, StationLevel
from villagedesk.i18n import translate
from villagedesk.ui.context import AppContext
from villagedesk.ui.in_service.page import InServicePage
from villagedesk.ui.printing.cards_dialog import CardsDialog
from villagedesk.ui.printing.menu import PrintActions

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PEOPLE = [
    ("张建国", "沂源县人民医院", "13905331101"),
    ("李秀英", "沂源县人民医院", "13905331102"),
    ("王志强", "县供电公司", "13905331103"),
]


@pytest.fixture
def people(ctx: AppContext) -> dict[str, int]:
    with ctx.store.uow_factory() as uow:
        uow.station.save(
            Station("370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE)
        )
        uow.commit()
    ids = {}
    for serial, (name, unit, phone) in enumerate(PEOPLE, start=21):
        draft = MemberDraft(
            name=name,
            id_number=id_for_serial(serial),
            work_unit=unit,
            phone=phone,
            categories=frozenset({Category.IN_SERVICE}),
        )
        ids[name] = register_member(ctx.store.uow_factory(), draft=draft, today=ctx.today()).id
    return ids


@pytest.fixture
def page(ctx: AppContext, people: dict[str, int], qtbot: QtBot) -> InServicePage:
    widget = InServicePage(ctx)
    qtbot.addWidget(widget)
    return widget


def _register(ctx: AppContext, member_id: int, day: str = "2024.03.02") -> None:
    svc.record_registration(
        ctx.store.uow_factory(), draft=RegistrationDraft(member_id, day), today=ctx.today()
    )
    ctx.hub.publish(svc.IN_SERVICE_CHANGES)


def test_registration_offers_only_those_not_reported_with_the_rolls_search(
    ctx: AppContext, page: InServicePage, people: dict[str, int]
) -> None:
    _register(ctx, people["张建国"])
    dialog = page.registration.register()
    search = dialog.member
    assert sorted(search.shown_ids()) == sorted([people["李秀英"], people["王志强"]])
    assert search.member_id() is None  # nobody is chosen for the user

    search.search.setText(name_keys("王志强").initials.split()[0])  # pinyin initials
    assert search.shown_ids() == [people["王志强"]]
    assert search.member_id() == people["王志强"]
    search.search.setText(id_for_serial(22)[-6:])  # the ID number's tail
    assert search.shown_ids() == [people["李秀英"]]
    search.search.setText("1102")  # part of the phone
    assert search.shown_ids() == [people["李秀英"]]
    search.search.setText("张建国")  # reported already: not offered
    assert search.shown_ids() == []
    search.search.setText("11")
    assert search.shown_ids() == [] and "4 digits" in search.hint.text()
    dialog.reject()


def test_after_saving_the_card_number_and_print_card(
    ctx: AppContext, page: InServicePage, people: dict[str, int]
) -> None:
    dialog = page.registration.register()
    dialog.member.search.setText("李秀英")
    dialog.registered_on.setText("2024.03.05")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    box = page.registration.registered_box
    assert box is not None and box.isVisible()
    card = svc.find_registration(ctx.store.uow_factory(), member_id=people["李秀英"], year=2024)
    assert card is not None and card.card_number in box.text() and "李秀英" in box.text()
    assert "without notice" in box.informativeText()  # not on the expected list

    page.registration.print_card_button.click()  # type: ignore[attr-defined]
    cards = page.registration.dialog
    assert isinstance(cards, CardsDialog)
    assert cards.member_ids() == [people["李秀英"]]
    assert (
        "李秀英" in cards.selected_radio.text() and card.card_number in cards.selected_radio.text()
    )
    cards.reject()


@pytest.fixture
def actions(ctx: AppContext, people: dict[str, int], qtbot: QtBot) -> Iterator[PrintActions]:
    window = QWidget()
    qtbot.addWidget(window)
    yield PrintActions(ctx, window)
    ctx.jobs.wait_idle()


def test_a_member_without_a_registration_is_told_there_is_no_card(
    ctx: AppContext, actions: PrintActions, people: dict[str, int]
) -> None:
    box = actions.cards([people["王志强"]])
    assert isinstance(box, QMessageBox)
    assert box.text() == translate(
        "PrintMenu",
        "This member has not reported this campaign year, so there is no contact card.",
    )
    assert ctx.jobs.wait_idle() and actions.flow.preview is None  # no sheet was made
    box.accept()

    # one of two without a card: the dialog says who, and prints the other
    _register(ctx, people["张建国"])
    dialog = actions.cards([people["王志强"], people["张建国"]])
    assert isinstance(dialog, CardsDialog)
    assert dialog.member_ids() == [people["张建国"]]
    assert any("王志强" in label.text() for label in dialog.findChildren(QLabel))


def test_the_card_dialog_prints_one_a_selection_or_everyone(
    ctx: AppContext, actions: PrintActions, people: dict[str, int]
) -> None:
    for name in PEOPLE:
        _register(ctx, people[name[0]])
    dialog = actions.cards()
    assert isinstance(dialog, CardsDialog)
    assert dialog.everyone_radio.isChecked() and dialog.member_ids() is None
    assert "(3)" in dialog.everyone_radio.text()
    assert dialog.member_list.count() == 3

    # one member, found with the roll's search and ticked
    dialog.search_edit.setText(name_keys("李秀英").initials.split()[0])
    assert dialog.member_list.count() == 1
    item = dialog.member_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen_radio.isChecked()
    assert dialog.member_ids() == [people["李秀英"]]
    # a second one; the first stays ticked when the search changes
    dialog.search_edit.setText("王志强")
    dialog.member_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.search_edit.clear()
    assert dialog.member_list.count() == 3
    assert sorted(dialog.member_ids() or []) == sorted([people["李秀英"], people["王志强"]])

    # nothing ticked: refused in the dialog
    dialog.ticked.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.everyone_radio.setChecked(True)
    assert dialog.member_ids() is None
    dialog.reject()


def test_the_expected_list_narrows_to_a_unit_and_to_those_not_reported(
    ctx: AppContext, page: InServicePage, people: dict[str, int]
) -> None:
    for name, unit, _phone in PEOPLE:
        svc.add_expected(
            ctx.store.uow_factory(),
            draft=ExpectedDraft(people[name], 2024, unit),
            today=ctx.today(),
        )
    _register(ctx, people["张建国"])
    tab = page.expected
    names = lambda: sorted(  # noqa: E731
        tab.view.model.index(r, 0).data() for r in range(tab.view.model.rowCount())
    )
    assert names() == sorted(p[0] for p in PEOPLE)

    tab.unregistered_box.setChecked(True)
    assert names() == ["李秀英", "王志强"]

    hospital = next(i for i, c in enumerate(tab.unit_counts) if c.work_unit == "沂源县人民医院")
    tab.counts_table.selectRow(hospital)  # a click on the work unit
    assert names() == ["李秀英"]
    tab.unregistered_box.setChecked(False)
    assert names() == ["张建国", "李秀英"]
    assert tab.all_units_button.isEnabled()

    ctx.hub.publish(svc.IN_SERVICE_CHANGES)  # a refresh keeps the unit chosen
    assert names() == ["张建国", "李秀英"]
    tab.all_units_button.click()
    assert names() == sorted(p[0] for p in PEOPLE)
    assert not tab.all_units_button.isEnabled()
