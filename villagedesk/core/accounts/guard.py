"""Every service declares what it does; the declaration checks the acting user first.

``@service(Action.WRITE_RECORDS)`` on a service function makes it refuse (:class:`NotPermitted`,
"无权限") before doing anything when the actor of its first argument (a unit of work or a
factory of them, both carry ``actor``) may not take that action; the GUI, the CLI and the import
paths all call the services, so they are refused alike. While the service runs, its name is what
the audit log records as the service of each entry it writes (:func:`current_service`).

:data:`SERVICES` lists every declared service with its action, so a test can walk them all with
every role, and with its label (what it does, for ``tr()`` in the context "Services"), which the
操作日志 shows instead of the name (:func:`service_label`).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import ParamSpec, Protocol, TypeVar

from villagedesk.core.accounts.model import Actor
from villagedesk.core.accounts.permissions import Action, require

P = ParamSpec("P")
R = TypeVar("R")

_CURRENT: ContextVar[str] = ContextVar("villagedesk_service", default="")


class Acting(Protocol):
    """A unit of work, or a factory of them: whoever acts through it."""

    @property
    def actor(self) -> Actor: ...


@dataclass(frozen=True)
class DeclaredService:
    """``action`` None: open to anyone (signing in, the recovery code, what decides the start)."""

    name: str
    action: Action | None
    function: Callable[..., object]
    label: str = ""
    """What the service does, in English for ``tr()`` (context "Services")."""


SERVICES: dict[str, DeclaredService] = {}
"""Every declared service by its name (module without the package prefix, then function)."""


def service_name(function: Callable[..., object]) -> str:
    module = function.__module__.removeprefix("villagedesk.core.")
    return f"{module}.{function.__qualname__}"


def actor_of(first: object) -> Actor:
    """The actor of a service's first argument."""
    actor = getattr(first, "actor", None)
    if actor is None and callable(first):
        # A bare factory (``lambda: joined``): the unit of work it makes says who acts.
        actor = getattr(first(), "actor", None)
    if not isinstance(actor, Actor):
        raise TypeError(f"{type(first).__name__} carries no actor")
    return actor


def current_service() -> str:
    """The outermost declared service running in this thread ("" outside any)."""
    return _CURRENT.get()


def service(
    action: Action | None, *, label: str = ""
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a service taking ``action``, doing what ``label`` says (``QT_TRANSLATE_NOOP(
    "Services", …)``); see the module's docstring."""

    def declare(function: Callable[P, R]) -> Callable[P, R]:
        name = service_name(function)

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            if action is not None:
                first = args[0] if args else next(iter(kwargs.values()), None)
                require(actor_of(first), action)
            if _CURRENT.get():
                return function(*args, **kwargs)
            token = _CURRENT.set(name)
            try:
                return function(*args, **kwargs)
            finally:
                _CURRENT.reset(token)

        SERVICES[name] = DeclaredService(name, action, checked, label)
        return checked

    return declare


def open_service(label: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a service anyone may call (it checks who acts itself, as signing in does)."""
    return service(None, label=label)


@functools.cache
def load_every_service() -> int:
    """Import every core module, so that :data:`SERVICES` holds every declaration (the program
    imports most of them on first use only); how many services there are."""
    import villagedesk.core

    for found in pkgutil.walk_packages(villagedesk.core.__path__, "villagedesk.core."):
        importlib.import_module(found.name)
    return len(SERVICES)


def service_label(name: str) -> str | None:
    """The untranslated label of the service ``name`` records in the log; None for a name this
    program does not declare (a village's newer program, an entry made outside any service)."""
    load_every_service()
    declared = SERVICES.get(name)
    return declared.label if declared is not None and declared.label else None
