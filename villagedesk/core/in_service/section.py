"""The household page's section of in-service members' service done for the household
(在职党员服务记录), declared the way any later register adds its section.

Rows come raw from ``uow.in_service.records.for_household``: served_on (ISO), member name, post
name, what was done, half hours, for whom; newest first.
"""

from __future__ import annotations

from villagedesk.core.columns import Align, Column, RegisterSpec, ValueKind
from villagedesk.core.households.page import SectionDeclaration, declare_section
from villagedesk.core.in_service.register import fmt_hours
from villagedesk.core.members.register import fmt_date
from villagedesk.core.text import QT_TRANSLATE_NOOP

SERVICE_SECTION = RegisterSpec(
    key="household_service_records",
    title=QT_TRANSLATE_NOOP("Registers", "In-service members' service records"),
    columns=(
        Column(
            "served_on",
            QT_TRANSLATE_NOOP("Columns", "Date"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Party member"), 8),
        Column("post", QT_TRANSLATE_NOOP("Columns", "Post"), 10),
        Column("what", QT_TRANSLATE_NOOP("Columns", "Service done"), 24),
        Column(
            "half_hours",
            QT_TRANSLATE_NOOP("Columns", "Hours"),
            5,
            Align.RIGHT,
            fmt_hours,
            ValueKind.NUMBER,
        ),
        Column("beneficiary", QT_TRANSLATE_NOOP("Columns", "Served"), 14),
    ),
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
