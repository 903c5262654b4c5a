"""The household page's section of in-service members' service done for the household
(在职党员服务记录), declared the way any later register adds its section.

Rows come raw from ``uow.in_service.records.for_household``: served_on (ISO), member name, post
name, what was done, half hours, for whom; newest first.
"""

from __future__ import annotations

from dataclasses import replace

from villagedesk.core.columns import Column, RegisterSpec
from villagedesk.core.households.page import SectionDeclaration, declare_section
from villagedesk.core.in_service.register import RECORD_REGISTER
from villagedesk.core.text import QT_TRANSLATE_NOOP


def _as_section(column: Column) -> Column:
    """On a household's page the member column says who served (a party member)."""
    if column.key == "name":
        return replace(column, header=QT_TRANSLATE_NOOP("Columns", "Party member"))
    return column


#: The service records register (RECORD_REGISTER) as a household page shows it: its columns,
#: the one household's rows only (so no village column, even at a township).
SERVICE_SECTION = RegisterSpec(
    key="household_service_records",
    title=QT_TRANSLATE_NOOP("Registers", "In-service members' service records"),
    columns=tuple(map(_as_section, RECORD_REGISTER.for_mode(township=False).columns)),
)

SERVICE_RECORDS = declare_section(
    SectionDeclaration(
        key="service_records",
        title=QT_TRANSLATE_NOOP("HouseholdPage", "In-service members' service records"),
        spec=SERVICE_SECTION,
        query=lambda uow, household_id: uow.in_service.records.for_household(household_id),
        order=40,
    )
)
