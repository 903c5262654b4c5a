"""脱敏: one masking rule, a station policy with limits, and never 11 digits in a row."""

from __future__ import annotations

from types import TracebackType
from typing import Self

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core.accounts.model import Actor
from villagedesk.core.errors import ValidationError
from villagedesk.core.masking import (
    MaskPolicy,
    is_public_safe,
    mask,
    mask_id_number,
    mask_phone,
    mask_policy,
    save_mask_policy,
    scrub_digits,
)


def test_default_policy_keeps_six_and_four_of_an_id_and_three_and_four_of_a_phone() -> None:
    assert mask_id_number("110105199001011234") == "110105********1234"
    assert mask_id_number("11010519900101123X") == "110105********123X"
    assert mask_phone("13905331234") == "139****1234"
    assert mask("13905331234", "phone") == "139****1234"
    assert mask("", "id_number") == ""


def test_short_values_never_show_in_full() -> None:
    assert mask_phone("1234") != "1234"
    assert mask_id_number("12345") != "12345"


def test_a_station_policy_changes_what_is_kept() -> None:
    policy = MaskPolicy(id_head=3, id_tail=2, phone_head=0, phone_tail=4)
    assert mask_id_number("110105199001011234", policy) == "110*************34"
    assert mask_phone("13905331234", policy) == "*******1234"


def test_long_digit_runs_are_scrubbed_anywhere() -> None:
    text = "电话13905331234，身份证110105199001011234，邮编276300"
    scrubbed = scrub_digits(text)
    assert is_public_safe(scrubbed) and not is_public_safe(text)
    assert "276300" in scrubbed  # short numbers stay


@given(st.text(alphabet="0123456789 -*x张", max_size=60))
def test_scrubbed_text_is_always_public_safe(text: str) -> None:
    assert is_public_safe(scrub_digits(text))


class _Repo:
    def __init__(self) -> None:
        self.stored: MaskPolicy | None = None

    def get(self) -> MaskPolicy:
        return self.stored or MaskPolicy()

    def save(self, policy: MaskPolicy) -> None:
        self.stored = policy


class _Uow:
    """Just the part of a unit of work the policy services use."""

    def __init__(self) -> None:
        self.mask_policy = _Repo()
        self.committed = False
        self.actor = Actor.auto(device="test")

    def for_reading(self) -> Self:
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        pass

    def commit(self) -> None:
        self.committed = True


def test_policy_is_saved_and_read_back_and_limits_refused() -> None:
    uow = _Uow()
    assert mask_policy(uow) == MaskPolicy()  # type: ignore[arg-type]
    save_mask_policy(uow, policy=MaskPolicy(4, 4, 3, 4))  # type: ignore[arg-type]
    assert mask_policy(uow) == MaskPolicy(4, 4, 3, 4)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        save_mask_policy(uow, policy=MaskPolicy(8, 4, 4, 4))  # type: ignore[arg-type]
    assert set(refused.value.errors) == {"id_number", "phone"}
    assert MaskPolicy.decode(MaskPolicy(4, 4, 3, 4).encode()) == MaskPolicy(4, 4, 3, 4)
    assert MaskPolicy.decode("garbage") == MaskPolicy()


def test_numbers_in_free_text_are_masked_by_their_shape() -> None:
    from villagedesk.core.masking import mask_text

    text = "张桂兰（370323195803150028）电话13812345678，座机0533-3216549，门牌12号"
    masked = mask_text(text, known=["13812345678"])
    assert "370323195803150028" not in masked and "13812345678" not in masked
    assert "0533-3216549" not in masked
    assert "门牌12号" in masked and "张桂兰" in masked
    assert mask_text("编号DHC-2026-0012") == "编号DHC-2026-0012"
