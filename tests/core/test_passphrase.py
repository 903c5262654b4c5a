"""The passphrase rule of encrypted backups: at least 8 characters, and a strength hint."""

from __future__ import annotations

import pytest

from villagedesk.core.errors import DomainError
from villagedesk.core.passphrase import (
    MIN_LENGTH,
    Strength,
    check_passphrase,
    passphrase_problem,
    strength,
    strength_label,
)


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("", Strength.TOO_SHORT),
        ("abc1234", Strength.TOO_SHORT),
        ("12345678", Strength.WEAK),
        ("password", Strength.WEAK),
        ("abcdefgh", Strength.WEAK),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("qazwsxed", Strength.WEAK),
        ("dongheadmin", Strength.FAIR),
        ("donghe2026", Strength.FAIR),
        ("Dong-He-2026!", Strength.STRONG),
        ("东河村春耕秋收好年景", Strength.STRONG),
    ],
)
def test_strength(passphrase: str, level: Strength) -> None:
    assert strength(passphrase) is level


def test_the_minimum_length_is_enforced_with_a_translatable_message() -> None:
    problem = passphrase_problem("1234567")
    assert problem is not None and problem.context == "Passphrase"
    assert problem.render() == f"The passphrase must have at least {MIN_LENGTH} characters."
    with pytest.raises(DomainError):
        check_passphrase("short")
    assert passphrase_problem("12345678") is None


def test_the_key_is_made_from_one_unicode_form() -> None:
    assert check_passphrase("Cafe\u0301-2026") == check_passphrase("Caf\u00e9-2026")


def test_every_level_has_a_label() -> None:
    assert [strength_label(s).text for s in Strength] == ["Too short", "Weak", "Fair", "Strong"]
