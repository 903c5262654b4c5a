"""What a command-line test gets back, and a station to set up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


Run = Callable[..., Result]

STATION = (
    "station",
    "init",
    "--name",
    "东河村党群服务站",
    "--code",
    "370323104203",
    "--level",
    "village",
    "--contact",
    "王秀英",
    "--phone",
    "13905331234",
)
