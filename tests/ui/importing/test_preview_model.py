"""The import preview's table model (ui/importing/preview_model.py) under Qt's model tester on its
own: empty, with a row of every outcome, and filtered by outcome (no proxy)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from villagedesk.core.importing.rows import FieldChange, RowOutcome, RowResult
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.ui.importing.preview_model import DETAILS, LINE, RESULT_ROLE, PreviewModel

RESULTS = [
    RowResult(2, RowOutcome.NEW, "张三", "370323197805121317"),
    RowResult(
        3,
        RowOutcome.UPDATE,
        "李四",
        "370323198001011234",
        changes=(FieldChange("phone", "Phone", "", "13912345678"),),
    ),
    RowResult(4, RowOutcome.UNCHANGED, "王五", "370323199002021111"),
    RowResult(
        5,
        RowOutcome.REFUSED,
        "张三",
        "370323197805121317",
        reasons=(msg("Import", QT_TRANSLATE_NOOP("Import", "Same person as row {line}."), line=2),),
    ),
]


def test_an_empty_preview_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qapp: QApplication,
) -> None:
    model = PreviewModel()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_every_outcome_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    english: None,
) -> None:
    model = PreviewModel()
    model.set_results(RESULTS)
    assert model.rowCount() == len(RESULTS)
    qtmodeltester.check(model)
    assert model.index(0, LINE).data() == "2"
    assert model.index(3, DETAILS).data(Qt.ItemDataRole.ToolTipRole) == "Same person as row 2."
    assert model.index(1, DETAILS).data() == "Will change Phone: (blank) → 13912345678"


def test_a_filtered_preview_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    english: None,
) -> None:
    model = PreviewModel()
    model.set_results(RESULTS)
    model.set_filter(RowOutcome.REFUSED)
    assert [model.index(r, 0).data(RESULT_ROLE) for r in range(model.rowCount())] == [RESULTS[3]]
    qtmodeltester.check(model)
    model.set_filter(RowOutcome.UNCHANGED)
    qtmodeltester.check(model)
    model.set_filter(None)
    assert model.rowCount() == len(RESULTS)
    qtmodeltester.check(model)
