"""Errors raised by core services; each carries translatable messages, never translated text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from villagedesk.core.text import Message


class DomainError(Exception):
    """A rule refused the operation. Nothing was written."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class ValidationError(DomainError):
    """One or more fields are invalid. ``errors`` maps a field key to all its messages."""

    def __init__(self, errors: Mapping[str, Sequence[Message]]) -> None:
        self.errors: dict[str, list[Message]] = {k: list(v) for k, v in errors.items() if v}
        first = next(iter(self.errors.values()))[0]
        super().__init__(first)

    def all_messages(self) -> list[tuple[str, Message]]:
        return [(key, m) for key, msgs in self.errors.items() for m in msgs]


class NotFound(DomainError):
    """The record asked for does not exist (or is voided where that matters)."""


class WritesHeld(DomainError):
    """Writes are held: the start-up check has not passed, or the database is read-only."""
