"""Relief category services: the station's list (救助群体), added, renamed and retired.

A station starts with the eleven default groups the first time the list is asked for.
"""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.households.ports import HouseholdsUnitOfWork
from villagedesk.core.households.relief import (
    DEFAULT_RELIEF_CATEGORIES,
    MAX_CATEGORY_NAME,
    ReliefCategory,
)
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Relief"
RELIEF_CHANGES = Changes.of(Topic.HOUSEHOLDS)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Set up the default relief groups")
)
def ensure_defaults(uow: HouseholdsUnitOfWork) -> None:
    """Inside a unit of work: give a station that never had categories the default list."""
    if uow.relief_categories.count_all() == 0:
        for name in DEFAULT_RELIEF_CATEGORIES:
            uow.relief_categories.add(name)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the relief groups"))
def relief_categories(
    uow: HouseholdsUnitOfWork, *, include_retired: bool = False
) -> list[ReliefCategory]:
    """The categories in list order (the defaults are created on first use)."""
    with uow:
        if uow.relief_categories.count_all() == 0:
            ensure_defaults(uow)
            uow.commit()
        return uow.relief_categories.list(include_retired=include_retired)


def _clean_name(uow: HouseholdsUnitOfWork, name: str, category_id: int | None) -> str:
    clean = " ".join(name.split())
    if not clean:
        problem = msg(CTX, QT_TRANSLATE_NOOP("Relief", "Enter the name of the category."))
    elif len(clean) > MAX_CATEGORY_NAME:
        problem = msg(CTX, QT_TRANSLATE_NOOP("Relief", "The name is too long."))
    else:
        same = uow.relief_categories.find_by_name(clean)
        if same is None or same.id == category_id:
            return clean
        problem = msg(
            CTX, QT_TRANSLATE_NOOP("Relief", "A category named {name} already exists."), name=clean
        )
    raise ValidationError({"name": [problem]})


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Add a relief group"))
def add_relief_category(uow: HouseholdsUnitOfWork, *, name: str) -> Saved:
    """Add a category; adding the name of a retired one brings it back."""
    with uow:
        ensure_defaults(uow)
        clean = " ".join(name.split())
        same = uow.relief_categories.find_by_name(clean) if clean else None
        if same is not None and same.retired:
            uow.relief_categories.set_retired(same.id, False)
            uow.commit()
            return Saved(same.id, RELIEF_CHANGES)
        category_id = uow.relief_categories.add(_clean_name(uow, name, None))
        uow.commit()
    return Saved(category_id, RELIEF_CHANGES)


def _category(uow: HouseholdsUnitOfWork, category_id: int) -> ReliefCategory:
    found = uow.relief_categories.get(category_id)
    if found is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Relief", "The category was not found.")))
    return found


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Rename a relief group"))
def rename_relief_category(uow: HouseholdsUnitOfWork, *, category_id: int, name: str) -> Saved:
    """Rename; residents keep the category under its new name."""
    with uow:
        _category(uow, category_id)
        uow.relief_categories.rename(category_id, _clean_name(uow, name, category_id))
        uow.commit()
    return Saved(category_id, RELIEF_CHANGES)


@service(
    Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Retire or restore a relief group")
)
def retire_relief_category(
    uow: HouseholdsUnitOfWork, *, category_id: int, retired: bool = True
) -> Saved:
    """Stop offering a category (residents who carry it keep it), or offer it again."""
    with uow:
        _category(uow, category_id)
        uow.relief_categories.set_retired(category_id, retired)
        uow.commit()
    return Saved(category_id, RELIEF_CHANGES)
