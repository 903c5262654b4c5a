"""Phone numbers as people type them."""

from __future__ import annotations

import re

import pytest

from villagedesk.core.errors import DomainError
from villagedesk.core.phone import check_phone
from villagedesk.i18n import render


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１９９１２３４５６７８", "19912345678"),
        ("0531-12345678", "0531-12345678"),
        ("053182345678", "0531-82345678"),
        ("0531 8234567", "0531-8234567"),
        ("(0531)82345678", "0531-82345678"),
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("021-52345678-123", "021-52345678-123"),
        ("0531-82345678转806", "0531-82345678-806"),
    ],
)
def test_valid_numbers_are_normalised(text: str, expected: str) -> None:
    assert check_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Enter a phone number"),
        ("  ", "Enter a phone number"),
        ("1381234567", "11 digits"),
        ("138123456789", "11 digits"),
        ("12812345678", "11 digits"),
        ("82345678", "area code"),
        ("8234567", "area code"),
        ("0531-123", "not a phone number"),
        ("0531-02345678", "not a phone number"),
        ("2345", "not a phone number"),
        ("138abc45678", "do not belong: a b c"),
        ("电话13812345678", "do not belong"),
        ("+1 415 555 0100", "not a phone number"),
    ],
)
def test_invalid_numbers_are_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(DomainError) as exc:
        check_phone(text)
    assert words in exc.value.message.render()


@pytest.mark.parametrize("typed", ["138123456789", "1381234567", "99-12345678901"])
def test_a_refused_phone_is_never_quoted_back(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_phone(typed)
    for text in (str(refused.value), render(refused.value.message)):
        assert typed not in text
        shown = set(re.findall(r"\d{7,}", text)) - {"12345678"}  # the example in the text
        assert not shown
