"""One write path for forms: run a service, show a refusal under its fields, publish what changed.

Every add and edit dialog saves through :func:`run_service`, so none calls ``hub.publish`` by
hand: the service says what it touched (``Saved.changes``) and every screen showing that topic
refreshes. Nothing is written unless the service accepts everything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from villagedesk.core.changes import Changes
from villagedesk.ui.change_hub import ChangeHub
from villagedesk.ui.forms.base import FieldErrors


class HasChanges(Protocol):
    @property
    def changes(self) -> Changes: ...


S = TypeVar("S", bound=HasChanges)


def run_service(errors: FieldErrors, hub: ChangeHub, action: Callable[[], S]) -> S | None:
    """``action()``'s result after publishing its changes; None when it was refused (the reasons
    are shown under their fields by ``errors``)."""
    saved = errors.attempt(action)
    if saved is not None:
        hub.publish(saved.changes)
    return saved
