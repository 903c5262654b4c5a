"""The household page's service-records section is the service records register (declared once,
core/in_service/register.py) as a household shows it."""

from __future__ import annotations

from villagedesk.core.in_service.register import RECORD_REGISTER
from villagedesk.core.in_service.section import SERVICE_RECORDS, SERVICE_SECTION


def test_the_section_shows_the_record_registers_columns_without_the_village() -> None:
    village_columns = RECORD_REGISTER.for_mode(township=False).columns
    assert SERVICE_SECTION.keys == tuple(c.key for c in village_columns)
    assert "village" not in SERVICE_SECTION.keys
    for mine, theirs in zip(SERVICE_SECTION.columns, village_columns, strict=True):
        if mine.key == "name":
            assert mine.header == "Party member"
            assert (mine.width, mine.align, mine.format) == (
                theirs.width,
                theirs.align,
                theirs.format,
            )
        else:
            assert mine == theirs
    assert SERVICE_SECTION.key == "household_service_records"
    assert SERVICE_RECORDS.spec is SERVICE_SECTION
