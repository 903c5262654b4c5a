"""The numbers a dispute's papers carry: the 编号 and the 人民调解协议书's number."""

from __future__ import annotations


def dispute_number(short_code: str, year: int, sequence: int) -> str:
    """编号 ``DHC-调-2026-0012``: the station's short code, 调, the year, the serial of that year."""
    return f"{short_code}-调-{year}-{sequence:04d}"


def agreement_number(short_code: str, year: int, sequence: int) -> str:
    """The agreement's number, ``（2026）DHC人调字第3号``."""
    return f"（{year}）{short_code}人调字第{sequence}号"
