"""The household page (户情页) is built from section declarations.

A register that has something to say about a household (residents, Party members, linked cadres,
and later requests, disputes, visits) adds a section by declaring it: a key, a title, its
columns as a :class:`RegisterSpec`, an order, and a query port function that returns plain rows
(raw values in the columns' order) for a household id. The GUI renders every declared section
the same way. Declarations live in the register's own core module; that module is named in
:data:`SECTION_MODULES` so the page finds it without importing the GUI.

Example (a later register's core module)::

    declare_section(SectionDeclaration(
        key="requests", title=QT_TRANSLATE_NOOP("HouseholdPage", "Requests"), order=40,
        spec=REQUESTS_SECTION, query=lambda uow, household_id: uow.requests.for_household(household_id),
    ))
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.core.households.register import CADRES_SECTION, MEMBERS_SECTION, RESIDENTS_SECTION
from villagedesk.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from villagedesk.core.ports import UnitOfWork

SectionQuery = Callable[["UnitOfWork", int], Sequence[RawRow]]


@dataclass(frozen=True)
class SectionDeclaration:
    """One section of the household page. ``title`` is an English source string (context
    "HouseholdPage"); ``query`` runs inside the page's unit of work."""

    key: str
    title: str
    spec: RegisterSpec
    query: SectionQuery
    order: int = 100


_SECTIONS: dict[str, SectionDeclaration] = {}

#: Core modules that declare household page sections when imported. A later register adds its
#: module here (one line) and calls :func:`declare_section` in it.
SECTION_MODULES: list[str] = [
    "villagedesk.core.households.page",
    "villagedesk.core.in_service.section",
]


def declare_section(section: SectionDeclaration) -> SectionDeclaration:
    """Add (or replace, by key) a section of the household page."""
    _SECTIONS[section.key] = section
    return section


def declared_sections() -> list[SectionDeclaration]:
    """Every declared section, in page order."""
    for module in SECTION_MODULES:
        importlib.import_module(module)
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


declare_section(
    SectionDeclaration(
        key="residents",
        title=QT_TRANSLATE_NOOP("HouseholdPage", "Residents and relief categories"),
        spec=RESIDENTS_SECTION,
        query=lambda uow, household_id: uow.residents.resident_rows(household_id),
        order=10,
    )
)
declare_section(
    SectionDeclaration(
        key="members",
        title=QT_TRANSLATE_NOOP("HouseholdPage", "Party members in the household"),
        spec=MEMBERS_SECTION,
        query=lambda uow, household_id: uow.residents.member_rows(household_id),
        order=20,
    )
)
declare_section(
    SectionDeclaration(
        key="cadres",
        title=QT_TRANSLATE_NOOP("HouseholdPage", "Linked cadres"),
        spec=CADRES_SECTION,
        query=lambda uow, household_id: uow.household_links.cadre_rows(household_id),
        order=30,
    )
)
