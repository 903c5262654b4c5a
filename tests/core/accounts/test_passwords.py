"""Argon2id passwords, the policy, the strength hint and the one-time recovery code."""

from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher

from tests.core.chinese import chinese
from villagedesk.core.accounts.passwords import (
    RECOVERY_ALPHABET,
    check_password,
    hash_password,
    hash_recovery_code,
    needs_rehash,
    new_recovery_code,
    password_problems,
    password_strength,
    verify_password,
    verify_recovery_code,
)
from villagedesk.core.accounts.rules import check_new_account, name_problems
from villagedesk.core.errors import ValidationError
from villagedesk.core.passphrase import Strength, strength_label

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def test_the_right_password_verifies_and_a_wrong_one_does_not() -> None:
    stored = hash_password("村委会2026春")
    assert stored.startswith("$argon2id$")
    assert "村委会2026春" not in stored
    assert verify_password(stored, "村委会2026春")
    assert not verify_password(stored, "村委会2026秋")
    assert not verify_password(stored, "")


def test_a_password_typed_in_another_unicode_form_still_verifies() -> None:
    stored = hash_password("café-1234", hasher=FAST)
    assert verify_password(stored, "cafe\u0301-1234", hasher=FAST)


def test_a_damaged_hash_verifies_nothing_and_asks_for_a_rehash() -> None:
    assert not verify_password("not a hash", "whatever1")
    assert needs_rehash("not a hash")


def test_a_hash_with_weaker_parameters_asks_to_be_rehashed() -> None:
    weak = hash_password("secret-123", hasher=FAST)
    assert verify_password(weak, "secret-123")  # still lets the user in …
    assert needs_rehash(weak)  # … and the service then stores a fresh hash
    assert not needs_rehash(hash_password("secret-123"))


def test_a_short_password_and_one_equal_to_the_name_are_refused() -> None:
    assert [chinese(m) for m in password_problems("abc123", name="王芳")] == [
        "密码至少需要 8 个字符。"
    ]
    assert [chinese(m) for m in password_problems("Wangfang01", name=" wangfang01 ")] == [
        "密码不能与账号名称相同。"
    ]
    with pytest.raises(ValidationError) as caught:
        check_password("short", name="short")
    assert len(caught.value.errors["password"]) == 2
    assert check_password("long enough", name="王芳") == "long enough"


@pytest.mark.parametrize(
    ("password", "level"),
    [("12345678", Strength.WEAK), ("password", Strength.WEAK), ("tree7horse", Strength.FAIR)],
)
def test_the_strength_hint(password: str, level: Strength) -> None:
    assert password_strength(password) is level


def test_a_long_mixed_password_is_strong_and_the_hint_reads_in_chinese() -> None:
    level = password_strength("Qiao-Tou_村2026!x")
    assert level is Strength.STRONG
    assert chinese(strength_label(level)) == "强"


def test_a_new_account_lists_every_problem_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        check_new_account("免登录", "1234", taken=["王芳"])
    assert set(caught.value.errors) == {"name", "password"}
    assert chinese(name_problems(" 王芳 ", taken=["王芳"])[0]) == "已有同名账号。"
    assert chinese(name_problems("")[0]) == "请输入账号名称。"
    assert check_new_account("  李  四 ", "good-password") == "李 四"


def test_recovery_codes_are_unambiguous_fresh_and_only_their_hash_verifies() -> None:
    code = new_recovery_code()
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){4}", code)
    assert set(code.replace("-", "")) <= set(RECOVERY_ALPHABET)
    assert not set("01OIL") & set(code)
    assert len({new_recovery_code() for _ in range(50)}) == 50
    stored = hash_recovery_code(code, hasher=FAST)
    assert code not in stored
    typed = code.lower().replace("-", " ")
    assert verify_recovery_code(stored, typed, hasher=FAST)
    assert not verify_recovery_code(stored, new_recovery_code(), hasher=FAST)
    assert not verify_recovery_code("", code, hasher=FAST)
