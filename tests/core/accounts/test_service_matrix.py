"""Every service × every role: a role without the right is refused (无权限) before the service
touches its unit of work; a role with it gets past the check. And no service goes undeclared."""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable
from types import ModuleType, TracebackType

import pytest

import villagedesk.core
from villagedesk.core.accounts.guard import SERVICES, DeclaredService
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import Action, NotPermitted


def _every_core_module() -> list[ModuleType]:
    names = pkgutil.walk_packages(villagedesk.core.__path__, "villagedesk.core.")
    return [importlib.import_module(found.name) for found in names]


MODULES = _every_core_module()  # every module loaded: SERVICES holds every declaration

V, C, A = Role.VIEWER, Role.CLERK, Role.ADMIN

# Who may take each action, written out by hand from the issue (not read from PERMISSIONS).
EXPECTED: dict[Action | None, set[Role]] = {
    None: {V, C, A},  # @open_service: signing in, the start's mode, the recovery code
    Action.READ_REGISTERS: {V, C, A},
    Action.PRINT_PUBLIC: {V, C, A},
    Action.WRITE_RECORDS: {C, A},
    Action.IMPORT: {C, A},
    Action.UNMASK: {C, A},
    Action.EXPORT_PERSONAL: {C, A},
    Action.PRINT_PERSONAL: {C, A},
    Action.MANAGE_ACCOUNTS: {A},
    Action.BACKUP: {A},
    Action.RESTORE: {A},
    Action.SYNC: {A},
    Action.VIEW_AUDIT: {A},
    Action.CHANGE_SETTINGS: {A},
}

UOW_NAMES = {"uow", "factory", "uow_factory", "make_uow"}


def _takes_a_unit_of_work(function: Callable[..., object]) -> bool:
    params = list(inspect.signature(inspect.unwrap(function)).parameters.values())
    if not params:
        return False
    first = params[0]
    annotation = first.annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return "UnitOfWork" in str(text) or first.name in UOW_NAMES


def _service_functions() -> list[tuple[str, Callable[..., object]]]:
    found: list[tuple[str, Callable[..., object]]] = []
    for module in MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ != module.__name__:
                continue  # imported from elsewhere: counted where it is defined
            if _takes_a_unit_of_work(value):
                found.append((f"{module.__name__}.{name}", value))
    return found


def test_every_function_on_a_unit_of_work_is_a_declared_service() -> None:
    declared = {id(s.function) for s in SERVICES.values()}
    functions = _service_functions()
    assert len(functions) > 150  # the walk found the areas' services
    undeclared = [name for name, function in functions if id(function) not in declared]
    assert undeclared == [], "declare these with @service(Action.…) or @open_service"


def test_the_table_names_every_action_and_every_service_takes_one_of_them() -> None:
    assert set(EXPECTED) == {*Action, None}
    assert {s.action for s in SERVICES.values()} <= set(EXPECTED)


class Used(Exception):
    """The service touched its unit of work: it got past the permission check."""


class Probe:
    """The first argument: a unit of work (or a factory of them) that carries an actor and
    notes, then refuses, any use of itself."""

    def __init__(self, role: Role) -> None:
        self.actor = Actor(name="王芳", role=role, device="PC-1")
        self.used: list[str] = []

    def __getattr__(self, name: str) -> object:
        self.__dict__.setdefault("used", []).append(name)
        raise Used(name)

    def __call__(self) -> Probe:
        self.used.append("()")
        raise Used("()")

    def __enter__(self) -> Probe:
        self.used.append("with")
        raise Used("with")

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.used.append("exit")


class Dummy:
    """Every other argument: anything the service reads from it fails."""


def _call(declared: DeclaredService, probe: Probe) -> None:
    params = list(inspect.signature(inspect.unwrap(declared.function)).parameters.values())
    args: list[object] = [probe]
    kwargs: dict[str, object] = {}
    for param in params[1:]:
        if param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = Dummy()
        elif param.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            args.append(Dummy())
    declared.function(*args, **kwargs)


CASES = list(itertools.product(sorted(SERVICES), Role))


@pytest.mark.parametrize(("name", "role"), CASES, ids=[f"{n}-{r}" for n, r in CASES])
def test_every_service_with_every_role(name: str, role: Role) -> None:
    declared = SERVICES[name]
    probe = Probe(role)
    if role in EXPECTED[declared.action]:
        try:
            _call(declared, probe)
        except NotPermitted:
            pytest.fail(f"{name} refused a {role}")
        except Exception:
            pass
    else:
        with pytest.raises(NotPermitted) as refused:
            _call(declared, probe)
        assert refused.value.role is role
        assert probe.used == [], "refused only after using the unit of work"
