"""``villagedesk sync`` at a village: enrol, export, receipts back from a township, exit codes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, Result
from villagedesk.cli.main import main
from villagedesk.sync.container import open_container
from villagedesk.sync.keystore import load_keys

TOWNSHIP = (
    "station",
    "init",
    "--name",
    "东河镇党委",
    "--code",
    "370323104000",
    "--level",
    "township",
)


class Stations:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp_path
        self.capsys = capsys
        self.usb = tmp_path / "usb"
        self.usb.mkdir()

    def run(self, where: str, *args: str) -> Result:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.tmp / where), *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def village(self, *args: str) -> Result:
        return self.run("village", *args)

    def township(self, *args: str) -> Result:
        return self.run("township", *args)

    def records(self, package: Path) -> dict[str, list[dict[str, object]]]:
        keys = load_keys(self.tmp / "township")
        assert keys is not None
        opened = open_container(
            package, my_keys=keys, expected_kind="package", trust=lambda m: None
        )
        return opened.records


@pytest.fixture
def st(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Stations:
    s = Stations(tmp_path, capsys)
    assert s.village(*STATION).code == 0
    assert s.township(*TOWNSHIP).code == 0
    enrol = s.usb / "town.vdenrol"
    assert s.township("sync", "enrol-file", "--out", str(enrol)).code == 0
    fp = s.township("sync", "fingerprint").out.strip()
    shown = s.village("sync", "enrol", str(enrol))
    assert shown.code == 1, "without --accept the file is only shown"
    assert fp in shown.out and "370323104000" in shown.out
    assert "--accept" in shown.err
    assert (
        "尚未" in s.village("sync", "status").out
        or "not enrolled" in s.village("sync", "status").out
    )
    r = s.village("sync", "enrol", str(enrol), "--accept", fp.lower().replace("-", " "))
    assert r.code == 0, r.err
    assert fp in r.out and "370323104000" in r.out
    return s


def _add_member(st: Stations, id_number: str, name: str = "张建国") -> None:
    r = st.village("members", "add", "--name", name, "--id-number", id_number)
    assert r.code == 0, r.err


def _export(st: Stations, *extra: str) -> Path:
    r = st.village("sync", "export", "--out", str(st.usb), *extra)
    assert r.code == 0, r.err
    path = Path(r.out.strip())
    assert path.parent == st.usb and path.is_file()
    return path


def test_fingerprint_is_one_line(st: Stations) -> None:
    out = st.village("sync", "fingerprint").out
    assert out.count("\n") == 1
    assert len(out.strip()) == 19 and out.strip().count("-") == 3


def test_packages_are_numbered_and_cumulative_until_a_receipt(st: Stations) -> None:
    _add_member(st, "370323196005010016")
    first = _export(st)
    assert first.name == "370323104203-1.vdpkg"
    _add_member(st, "370323197001010021", "李秀英")
    second = _export(st)
    assert second.name == "370323104203-2.vdpkg"
    names = sorted(r["name"] for r in st.records(second)["members"])
    assert names == ["张建国", "李秀英"], "the unconfirmed first package's changes come again"
    assert "可以安全拔出U盘" in st.village("sync", "export", "--out", str(st.usb)).err


def test_full_export_and_the_receipt_round_trip(st: Stations) -> None:
    _add_member(st, "370323196005010016")
    package = _export(st)
    fp = st.village("sync", "fingerprint").out.strip()
    r = st.township("sync", "import", str(package), "--accept", fp)
    assert r.code == 0, r.err
    db = sqlite3.connect(st.tmp / "township" / "villagedesk.db")
    (uuid,) = db.execute("SELECT uuid FROM members WHERE name = '张建国'").fetchone()
    db.close()
    assert st.township("sync", "return", "--record", uuid, "--comment", "出生日期有误").code == 0
    r = st.township("sync", "receipt", "--village", "370323104203", "--out", str(st.usb))
    assert r.code == 0, r.err
    receipt = Path(r.out.strip())

    r = st.village("sync", "import", str(receipt))
    assert r.code == 0, r.err
    status = st.village("sync", "status").out
    assert "最近一包：第 1 号，" in status and status.count("，已确认\n") == 1
    assert "待修改的退回记录：1 条" in status
    assert "尚未确认的变更：0 条" in status
    # Importing the same receipt again changes nothing.
    assert "已导入过" in st.village("sync", "import", str(receipt)).out

    _add_member(st, "370323197001010021", "李秀英")
    incremental = _export(st)
    assert incremental.name == "370323104203-2.vdpkg"
    assert [m["name"] for m in st.records(incremental)["members"]] == ["李秀英"]
    full = _export(st, "--full")
    assert sorted(m["name"] for m in st.records(full)["members"]) == ["张建国", "李秀英"]


def test_a_village_refuses_a_package_and_the_worst_code_wins(st: Stations) -> None:
    package = _export(st)
    junk = st.usb / "junk.vdrcpt"
    junk.write_bytes(b"not a receipt at all")
    r = st.village("sync", "import", str(package))
    assert r.code == 3
    assert "不能导入同步包" in r.err
    r = st.village("sync", "import", str(junk), str(package))
    assert r.code == 3
    assert st.village("sync", "import", str(st.usb / "missing.vdrcpt")).code == 2


def test_township_commands_are_refused_at_a_village(st: Stations) -> None:
    r = st.village("sync", "receipt", "--village", "x", "--out", str(st.usb))
    assert r.code == 2
    assert st.township("sync", "export", "--out", str(st.usb)).code == 2


def test_export_before_enrolment_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = Stations(tmp_path, capsys)
    assert s.village(*STATION).code == 0
    r = s.village("sync", "export", "--out", str(s.usb))
    assert r.code == 2 and "登记文件" in r.err
    assert list(s.usb.iterdir()) == []


def test_the_export_line_says_what_its_two_numbers_count(st: Stations, zh: None) -> None:
    """The line read "变更范围 1–2635" beside "2623 条": one counts edits, the other records."""
    _add_member(st, "370323196005010016")
    r = st.village("sync", "export", "--out", str(st.usb))
    assert r.code == 0, r.err
    line = next(li for li in r.err.splitlines() if "号同步包" in li)
    assert "条记录" in line and "变更序号" in line and "一条记录修改多次只计一条" in line


class _Unblock:
    """Opens the FIFO for writing every few seconds while the command runs, so that a command
    waiting on it fails the test instead of hanging it."""

    def __init__(self, fifo: Path) -> None:
        import threading

        self.fifo = fifo
        self.needed = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._done.wait(3):  # each time the command opens it again
            self.needed = True
            with contextlib.suppress(OSError):  # nobody is reading it right now
                os.close(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))

    def __enter__(self) -> _Unblock:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_or_a_folder_is_refused_before_it_is_opened(st: Stations, zh: None) -> None:
    """The township's ``sync import`` waited for ever on a FIFO."""
    fifo = st.usb / "370323104203-1.vdpkg"
    os.mkfifo(fifo)
    package = _export(st)
    fp = st.village("sync", "fingerprint").out.strip()
    for side, args in (
        (st.township, ("sync", "import", str(fifo), "--accept", fp)),
        (st.township, ("sync", "import", str(st.usb), str(fifo), "--dry-run")),
        (st.village, ("sync", "import", str(fifo))),
        (st.village, ("sync", "enrol", str(fifo))),
    ):
        with _Unblock(fifo) as guard:
            r = side(*args)
        assert not guard.needed, f"{args} opened the FIFO"
        assert r.code == 3, (args, r)
        assert "不是文件" in r.err
    r = st.township("sync", "import", str(fifo), str(package), "--accept", fp)
    assert r.code == 3 and "不是文件" in r.err
    assert "已导入" in r.out or r.out, "the real package beside the FIFO is still imported"
