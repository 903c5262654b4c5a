"""The idle lock: after some minutes without input the screen locks, and the password unlocks it
without losing what was typed. The minutes are a station setting (default ten)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Accounts"
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60


@dataclass(frozen=True)
class IdleLock:
    """Minutes without keyboard or mouse before the screen locks."""

    minutes: int = DEFAULT_IDLE_MINUTES

    @property
    def after(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    def encode(self) -> str:
        return str(self.minutes)

    @classmethod
    def decode(cls, text: str | None) -> IdleLock:
        """The stored form back; anything unreadable or out of bounds gives the default."""
        try:
            setting = cls(int((text or "").strip()))
        except ValueError:
            return cls()
        return cls() if idle_problems(setting) else setting


def idle_problems(setting: IdleLock) -> list[Message]:
    if MIN_IDLE_MINUTES <= setting.minutes <= MAX_IDLE_MINUTES:
        return []
    return [
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Accounts", "Enter a number of minutes from {least} to {most}."),
            least=MIN_IDLE_MINUTES,
            most=MAX_IDLE_MINUTES,
        )
    ]


def is_idle(last_input: datetime, now: datetime, setting: IdleLock) -> bool:
    """True when the screen should lock: ``setting.minutes`` or more since the last input."""
    return now - last_input >= setting.after
