"""The entry point: help, the GUI when there is no command, the lock, the real process."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from villagedesk.cli.main import main
from villagedesk.store.lock import StationLock


def test_help_is_chinese_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：villagedesk")
    assert "设置服务站或查看服务站信息" in out


def test_a_group_without_its_action_is_a_usage_error(run: Run) -> None:
    result = run("backup")
    assert result.code == 2
    assert "缺少必填参数" in result.err


def test_an_unknown_command_is_a_usage_error(run: Run) -> None:
    assert run("frobnicate").code == 2


def test_no_command_opens_the_window(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    calls: list[Path] = []

    def run_gui(folder: Path, argv: list[str]) -> int:
        del argv
        calls.append(folder)
        return 0

    fake = types.ModuleType("villagedesk.ui.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "villagedesk.ui.app", fake)
    assert main(["--data-dir", str(data_dir)]) == 0
    assert calls == [data_dir]


def test_a_data_folder_in_use_is_refused(run: Run, data_dir: Path) -> None:
    with StationLock(data_dir):
        result = run("station", "show")
    assert result.code == 2
    assert str(data_dir) in result.err
    assert run("station", "show").code == 1


def _python(code_or_args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("VILLAGEDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *code_or_args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_real_entry_point_runs_without_stdin(data_dir: Path) -> None:
    done = _python(["-m", "villagedesk", "--data-dir", str(data_dir), "station", "show"], data_dir)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "尚未设置服务站" in done.stderr


def test_the_command_line_does_not_load_qtgui_or_qtwidgets(data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from villagedesk.cli.main import main\n"
        f"main(['--data-dir', {str(data_dir)!r}, 'check'])\n"
        "bad = [m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules]\n"
        "print(bad)\n"
    )
    done = _python(["-c", code], data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("[]")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--data-dir", "D"], (True, "D")),
        (["--data-dir=D"], (True, "D")),
        (["--data-dir"], (False, None)),
        (["--data-dir", "D", "check"], (False, None)),
        (["check"], (False, None)),
        (["--help"], (False, None)),
        (["--version"], (False, None)),
    ],
)
def test_only_a_bare_command_line_opens_the_window(argv: list[str], expected: object) -> None:
    from villagedesk.cli.main import window_only

    assert window_only(argv) == expected
