"""The one small-table model (ui/registers/rows_model.py) under the model tester, as the household
page, the cadre lists and the in-service tabs use it, and its two views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from villagedesk.core.households.register import CADRE_LINKS_REGISTER
from villagedesk.core.in_service.register import POST_REGISTER
from villagedesk.core.in_service.section import SERVICE_SECTION
from villagedesk.ui.households.section_table import rows_view
from villagedesk.ui.in_service.widgets import rows_table, selected_id
from villagedesk.ui.registers.lazy_model import ID_ROLE
from villagedesk.ui.registers.rows_model import RowsModel

POSTS = [
    (1, ("治安巡逻", 2, 1, 1, "王秀英", "13905331234", "", "东河村")),
    (2, ("关爱老人", 1, 0, 1, "", "", "", "西河村")),
]
LINKS = [
    ("张建国", "东河村3组12号", "poor", "", "2024-03-01", None),
    ("李秀兰", "东河村3组14号", "petitioner", "", "2023-01-05", "2024-02-01"),
]


def test_the_rows_model_passes_the_model_tester(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(POST_REGISTER)
    model.set_records(
        [
            (1, ("治安巡逻", 2, 1, 1, "王秀英", "13905331234", "")),
            (2, ("关爱老人", 1, 0, 1, "", "", "")),
        ]
    )
    qtmodeltester.check(model)


def test_plain_rows_pass_the_model_tester(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(CADRE_LINKS_REGISTER)
    qtmodeltester.check(model)  # empty
    model.set_rows(LINKS, muted={1})
    model.alert = {0}
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_a_section_passes_the_model_tester(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(SERVICE_SECTION)
    model.set_rows([("2024-05-01", "刘书记", "关爱老人", "代买药品", 3, "张大爷")])
    qtmodeltester.check(model)
    assert [model.text(0, c) for c in (1, 2, 3, 4)] == ["刘书记", "关爱老人", "代买药品", "1.5"]


def test_records_carry_their_ids_and_a_village_drops_the_village_column(qapp) -> None:  # type: ignore[no-untyped-def]
    village = RowsModel(POST_REGISTER)
    village.set_records(POSTS)
    assert "village" not in village.spec.keys
    assert village.columnCount() == len(POST_REGISTER.columns) - 1
    assert village.id_at(1) == 2
    assert village.index(0, 0).data(ID_ROLE) == 1
    assert village.value(0, "free") == 1
    assert village.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    )
    township = RowsModel(POST_REGISTER, township=True)
    township.set_records(POSTS)
    assert township.value(1, "village") == "西河村"
    assert township.headerData(0, Qt.Orientation.Horizontal) == "Post"
    assert township.headerData(0, Qt.Orientation.Vertical) is None


def test_plain_rows_have_no_ids_and_show_muted_and_alert_rows(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(CADRE_LINKS_REGISTER)
    model.set_rows(LINKS, muted={1})
    model.alert = {0}
    assert model.id_at(0) is None
    assert model.index(0, 0).data(ID_ROLE) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#9e9e9e")
    assert model.text(0, 1) == "东河村3组12号"


def test_the_views_select_whole_rows_and_show_the_village_second(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(POST_REGISTER, township=True)
    model.set_records(POSTS)
    table = rows_table(model)
    village = model.spec.keys.index("village")
    assert table.horizontalHeader().visualIndex(village) == 1
    table.selectRow(1)
    assert selected_id(table) == 2
    links = RowsModel(CADRE_LINKS_REGISTER)
    view = rows_view(links)
    assert not view.wordWrap()
    assert view.horizontalHeader().defaultAlignment() == Qt.AlignmentFlag.AlignCenter
