"""``villagedesk in-service …``: posts, registration (the card number last), claims, pledges,
service records and the list, with the window's rules; bad input exits 2 with nothing written,
a message on stderr, no traceback and no ID number or phone in full."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.helpers import Result, Run
from tests.cli.test_main import _python
from villagedesk.core.id_number import check_character
from villagedesk.i18n import translate

TODAY = date.today().strftime("%Y.%m.%d")
CARD = re.compile(r"^[A-Z]{2,4}-\d{4}-\d{4}$")
LONG_DIGITS = re.compile(r"\d{11,}")


def _id(serial: int) -> str:
    first17 = f"37032319850712{serial:03d}"
    return first17 + check_character(first17)


ZHANG, LI, WANG = _id(31), _id(32), _id(33)


@pytest.fixture
def village(station: Run) -> Run:
    """A station with three in-service members and one who is not in-service."""
    for name, number, phone in (
        ("张建国", ZHANG, "13905331201"),
        ("李秀英", LI, "13905331202"),
        ("王志强", WANG, "13905331203"),
    ):
        added = station(
            "members", "add", "--name", name, "--id-number", number, "--phone", phone,
            "--work-unit", "沂源县人民医院", "--category", "在职党员",
        )  # fmt: skip
        assert added.code == 0, added.err
    assert station("members", "add", "--name", "赵刚", "--id-number", _id(34)).code == 0
    return station


def _refused(result: Result, option: str | None = None) -> None:
    """Exit 2, a message on stderr naming the option, no traceback, no number in full."""
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert result.err.strip()
    assert "Traceback" not in result.err
    assert not LONG_DIGITS.search(result.err), result.err
    if option is not None:
        assert option in result.err


def _list(run: Run, *extra: str) -> list[list[str]]:
    return [line.split("\t") for line in run("in-service", "list", *extra).lines]


def test_post_add_and_its_refusals(village: Run) -> None:
    done = village("in-service", "post", "add", "--name", "治安  巡逻", "--places", "2")
    assert done.code == 0, done.err
    assert "治安 巡逻" in done.out and "2" in done.out
    assert village("in-service", "post", "add", "--name", "关爱老人").code == 0  # 1 place
    _refused(village("in-service", "post", "add", "--name", "治安 巡逻"), "--name")
    _refused(village("in-service", "post", "add", "--name", "x", "--places", "0"), "--places")
    _refused(village("in-service", "post", "add", "--name", "x", "--places", "9" * 5000))
    _refused(village("in-service", "post", "add", "--name", "长" * 100), "--name")
    _refused(village("in-service", "post", "add", "--name", " "), "--name")


def test_register_prints_the_card_number_last_and_only_once_a_year(village: Run) -> None:
    done = village("in-service", "register", "--member", ZHANG, "--unit", "县医院")
    assert done.code == 0, done.err
    assert CARD.match(done.lines[-1]), done.out
    assert "张建国" in done.out
    assert not LONG_DIGITS.search(done.err)  # the note (not on the expected list) names no number
    rows = {row[0]: row for row in _list(village)}
    assert rows["张建国"][2:4] == ["县医院", done.lines[-1]]

    again = village("in-service", "register", "--member", ZHANG)
    _refused(again, translate("Cli", "Member (--member)"))
    assert done.lines[-1] in again.err  # which card the member already has

    # full-width digits, spaces and a small x are the same number
    wide = "".join(chr(ord(c) + 0xFEE0) for c in LI[:6])
    second = village("in-service", "register", "--member", f" {wide} {LI[6:].lower()}")
    assert second.code == 0, second.err
    assert CARD.match(second.lines[-1]) and second.lines[-1] != done.lines[-1]


@pytest.mark.parametrize(
    ("member", "extra"),
    [
        ("123", ()),
        ("37032319850712999X", ()),  # the right shape, nobody's
        (_id(34), ()),  # 赵刚 is not an in-service member
        (ZHANG, ("--date", "2099.01.01")),
        (ZHANG, ("--date", "明天")),
        (ZHANG, ("--date", "2024.13.40")),
        ("3" * 100_000, ()),
        ("\udcff\udcfe", ()),
        (ZHANG, ("--unit", "医院\x00")),
    ],
)
def test_register_refuses_bad_input_and_writes_nothing(
    village: Run, member: str, extra: tuple[str, ...]
) -> None:
    _refused(village("in-service", "register", "--member", member, *extra))
    assert all(row[3] == translate("Cli", "not reported") for row in _list(village))


def test_claim_pledge_and_service(village: Run) -> None:
    assert village("in-service", "post", "add", "--name", "治安巡逻").code == 0
    assert village("in-service", "register", "--member", ZHANG).code == 0
    claimed = village("in-service", "claim", "--member", ZHANG, "--post", "治安巡逻")
    assert claimed.code == 0, claimed.err
    assert "张建国" in claimed.out and "治安巡逻" in claimed.out
    _refused(village("in-service", "claim", "--member", ZHANG, "--post", "治安巡逻"))  # holds it
    _refused(village("in-service", "claim", "--member", LI, "--post", "治安巡逻"), "--post")  # full
    unknown = village("in-service", "claim", "--member", LI, "--post", "13905331234 的岗位")
    _refused(unknown, translate("Cli", "Post (--post)"))

    assert village("in-service", "pledge", "--member", ZHANG, "--text", "每月巡逻两次").code == 0
    assert village("in-service", "pledge", "--member", ZHANG, "--text", "帮扶一户").code == 0
    _refused(village("in-service", "pledge", "--member", ZHANG, "--text", "第三条"))  # two a year
    _refused(village("in-service", "pledge", "--member", LI, "--text", "  "), "--text")
    _refused(village("in-service", "pledge", "--member", LI, "--text", "长" * 201), "--text")

    served = village(
        "in-service", "service", "--member", ZHANG, "--post", "治安巡逻",
        "--date", TODAY, "--hours", "2.5", "--content", "夜间巡逻",
    )  # fmt: skip
    assert served.code == 0, served.err
    assert "2.5" in served.out
    tomorrow = (date.today() + timedelta(days=1)).strftime("%Y.%m.%d")
    for hours, day, content, option in (
        ("0", TODAY, "巡逻", "--hours"),
        ("1.25", TODAY, "巡逻", "--hours"),
        ("nan", TODAY, "巡逻", "--hours"),
        ("1e400", TODAY, "巡逻", "--hours"),
        ("2", tomorrow, "巡逻", "--date"),
        ("2", TODAY, " ", "--content"),
    ):
        _refused(
            village(
                "in-service", "service", "--member", ZHANG, "--post", "治安巡逻",
                "--date", day, "--hours", hours, "--content", content,
            ),
            option,
        )  # fmt: skip
    # a post the member never claimed
    assert village("in-service", "post", "add", "--name", "关爱老人").code == 0
    _refused(
        village(
            "in-service", "service", "--member", ZHANG, "--post", "关爱老人",
            "--date", TODAY, "--hours", "1", "--content", "探望",
        ),
        "--post",
    )  # fmt: skip


def test_missing_options_are_usage_errors(village: Run) -> None:
    for argv in (
        ("in-service",),
        ("in-service", "post"),
        ("in-service", "register"),
        ("in-service", "claim", "--member", ZHANG),
        ("in-service", "service", "--member", ZHANG, "--post", "x", "--date", TODAY),
        ("in-service", "list", "--bogus"),
    ):
        result = village(*argv)
        assert result.code == 2, argv
        assert "Traceback" not in result.err


def test_list_and_who_has_not_reported(village: Run) -> None:
    everyone = _list(village)
    assert sorted(row[0] for row in everyone) == ["张建国", "李秀英", "王志强"]  # not 赵刚
    outstanding = village("in-service", "list", "--unregistered")
    assert outstanding.code == 1  # attention: someone has still to report
    assert len(outstanding.lines) == 3
    for number in (ZHANG, LI):
        assert village("in-service", "register", "--member", number).code == 0
    left = village("in-service", "list", "--unregistered")
    assert (left.code, [line.split("\t")[0] for line in left.lines]) == (1, ["王志强"])
    assert village("in-service", "register", "--member", WANG).code == 0
    done = village("in-service", "list", "--unregistered")
    assert (done.code, done.out) == (0, "")
    rows = _list(village)
    assert all(CARD.match(row[3]) and row[4] for row in rows)


def test_the_in_service_commands_do_not_load_qtgui_or_qtwidgets(data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from villagedesk.cli.main import main\n"
        f"main(['--data-dir', {str(data_dir)!r}, 'in-service', 'list'])\n"
        f"main(['--data-dir', {str(data_dir)!r}, 'in-service', 'register', '--member', '1'])\n"
        "bad = [m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules]\n"
        "print(bad)\n"
    )
    done = _python(["-c", code], data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("[]")
