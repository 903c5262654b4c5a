"""Five wrong passwords lock an account for ten minutes; a good one clears the count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.core.chinese import chinese
from villagedesk.core.accounts.idle import IdleLock, idle_problems, is_idle
from villagedesk.core.accounts.lockout import (
    after_failure,
    after_success,
    attempts_left,
    is_locked,
    locked_message,
    unlocked,
    wrong_password_message,
)
from villagedesk.core.accounts.model import Account, Role

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _account() -> Account:
    return Account(uuid="u1", name="王芳", role=Role.CLERK, password_hash="h")


def _fail(account: Account, times: int, *, start: datetime = T0) -> Account:
    for i in range(times):
        account = after_failure(account, start + timedelta(seconds=i))
    return account


def test_four_wrong_passwords_warn_and_the_fifth_locks_for_ten_minutes() -> None:
    account = _fail(_account(), 4)
    assert not is_locked(account, T0 + timedelta(seconds=4))
    assert attempts_left(account) == 1
    assert chinese(wrong_password_message(account)) == "账号或密码错误，还可再试 1 次。"

    account = after_failure(account, T0 + timedelta(minutes=1))
    assert chinese(wrong_password_message(account)) == "账号或密码错误，账号已锁定 10 分钟。"
    assert is_locked(account, T0 + timedelta(minutes=1))
    assert is_locked(account, T0 + timedelta(minutes=10, seconds=59))
    assert not is_locked(account, T0 + timedelta(minutes=11))


def test_the_lock_tells_how_many_minutes_are_left_rounded_up() -> None:
    account = _fail(_account(), 5)  # locked at T0 + 4 s until T0 + 10 min 4 s
    assert chinese(locked_message(account, T0 + timedelta(minutes=3))) == (
        "账号已锁定，请 8 分钟后再试。"
    )
    assert chinese(locked_message(account, T0 + timedelta(minutes=10))) == (
        "账号已锁定，请 1 分钟后再试。"
    )


def test_wrong_passwords_while_locked_do_not_prolong_the_lock() -> None:
    locked = _fail(_account(), 5)
    assert after_failure(locked, T0 + timedelta(minutes=5)) == locked


def test_after_the_lock_ends_the_user_has_five_tries_again() -> None:
    account = _fail(_account(), 5)
    later = T0 + timedelta(minutes=20)
    assert not is_locked(account, later)
    account = _fail(account, 4, start=later)
    assert not is_locked(account, later + timedelta(seconds=5))
    account = after_failure(account, later + timedelta(seconds=10))
    assert is_locked(account, later + timedelta(seconds=11))


def test_a_good_password_clears_the_count() -> None:
    account = after_success(_fail(_account(), 4))
    assert attempts_left(account) == 5
    account = _fail(account, 4, start=T0 + timedelta(minutes=1))
    assert not is_locked(account, T0 + timedelta(minutes=2))


def test_an_administrator_lifts_a_lock() -> None:
    account = unlocked(_fail(_account(), 5))
    assert not is_locked(account, T0 + timedelta(seconds=10))
    assert attempts_left(account) == 5


def test_the_idle_lock_defaults_to_ten_minutes_and_keeps_to_its_bounds() -> None:
    setting = IdleLock()
    assert setting.minutes == 10
    assert not is_idle(T0, T0 + timedelta(minutes=9, seconds=59), setting)
    assert is_idle(T0, T0 + timedelta(minutes=10), setting)
    assert IdleLock.decode(IdleLock(25).encode()) == IdleLock(25)
    assert IdleLock.decode("0") == IdleLock() == IdleLock.decode("nonsense")
    assert idle_problems(IdleLock(60)) == []
    assert chinese(idle_problems(IdleLock(61))[0]) == "请输入 1 到 60 之间的分钟数。"
