"""Every window and dialog fits a village PC's screen with its buttons on it (issue 10).

The screens are 1366×768 and 1024×768 minus a 40 px taskbar. Qt's offscreen platform takes the
screen from a JSON file (``offscreen:configfile=…``), once per process, so
tests/ui/screen_probe.py opens every window in a subprocess per screen and reports what does not
fit. Every QDialog subclass under villagedesk.ui must have been opened by it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from villagedesk.ui import screen_fit

PROBE = Path(__file__).with_name("screen_probe.py")
SCREENS = {"1366": (1366, 768 - 40), "1024": (1024, 768 - 40)}


def _launch(tmp: Path, name: str, size: tuple[int, int], *extra: str) -> tuple[Any, Path]:
    config = tmp / f"screen-{name}.json"
    screen = {"name": name, "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    out = tmp / f"probe-{name}.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    process = subprocess.Popen(
        [sys.executable, str(PROBE), "--out", str(out), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return process, out


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The probe's findings per screen, and (key "unfitted") the preview without screen fitting."""
    tmp = tmp_path_factory.mktemp("screens")
    runs = {name: _launch(tmp, name, size) for name, size in SCREENS.items()}
    runs["unfitted"] = _launch(tmp, "unfitted", SCREENS["1366"], "--no-fit", "--only-preview")
    found: dict[str, dict[str, Any]] = {}
    for name, (process, out) in runs.items():
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
        found[name] = json.loads(out.read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_with_its_buttons_on_screen(
    probed: dict[str, dict[str, Any]], screen: str
) -> None:
    report = probed[screen]
    assert report["errors"] == []
    width, height = SCREENS[screen]
    assert report["results"], "nothing was measured"
    for result in report["results"]:
        assert result["screen"] == [0, 0, width, height]
    problems = {r["name"]: r["problems"] for r in report["results"] if r["problems"]}
    assert problems == {}


def test_no_window_title_is_left_in_english(probed: dict[str, dict[str, Any]]) -> None:
    """Qt adds the display name to every title ("新增党员 — …"): it is the Chinese name too."""
    for result in probed["1366"]["results"]:
        assert "VillageDesk" not in result["title"], result["name"]
        assert result["display_name"] == "村级党群服务站工作台"


def test_every_dialog_class_is_opened_by_the_probe(probed: dict[str, dict[str, Any]]) -> None:
    report = probed["1024"]
    assert len(report["classes"]) > 30
    assert set(report["classes"]) - set(report["seen"]) == set()


def test_the_probe_finds_the_old_preview_too_tall(probed: dict[str, dict[str, Any]]) -> None:
    """Without the screen fitting, the 960×820 preview leaves 打印… below a 728 px screen."""
    report = probed["unfitted"]
    assert report["errors"] == []
    (preview,) = [r for r in report["results"] if r["name"] == "print_preview"]
    assert any("outside the screen" in p for p in preview["problems"])
    assert any("打印" in p for p in preview["problems"])


def test_fit_to_screen_shrinks_and_moves_a_window_onto_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QPushButton("OK", dialog))
    dialog.show()
    room = screen_fit.room_for(dialog)
    dialog.resize(room.width() + 300, room.height() + 200)
    dialog.move(room.right() - 50, room.bottom() - 50)
    screen_fit.fit_to_screen(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert screen_fit.fits(dialog)


def test_the_application_filter_fits_a_dialog_as_it_is_shown(qtbot: QtBot, qapp: Any) -> None:
    fitter = screen_fit.ScreenFit()
    qapp.installEventFilter(fitter)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        screen = screen_fit.available_geometry(dialog)
        dialog.resize(screen.width() + 160, screen.height() + 120)
        dialog.show()
        qtbot.waitUntil(lambda: screen_fit.fits(dialog))
        assert dialog.height() <= screen_fit.room_for(dialog).height()
    finally:
        qapp.removeEventFilter(fitter)
