"""Every table of the station database on one metadata.

``store.tables`` holds the shared tables (station, meta, peers) and the members area's; each other
area declares its tables in its own package. This module imports them all, in the order their
declarations need, for what works on the whole schema: creating it, comparing it with the
migrations, and the sync code that walks every syncable table.
"""

from __future__ import annotations

from villagedesk.store.accounts import tables as accounts_tables
from villagedesk.store.audit import tables as audit_tables
from villagedesk.store.calendar import tables as calendar_tables
from villagedesk.store.disputes import tables as disputes_tables
from villagedesk.store.households import tables as households_tables
from villagedesk.store.in_service import tables as in_service_tables
from villagedesk.store.requests import tables as requests_tables
from villagedesk.store.tables import metadata

# After the other areas: the township's tables rewrite their live-unique indexes per station.
from villagedesk.store.township import tables as township_tables  # isort: skip
from villagedesk.store.township import card_tables  # isort: skip
from villagedesk.store.township import audit_tables as sync_audit_tables  # isort: skip

AREA_TABLES = (
    accounts_tables,
    audit_tables,
    households_tables,
    in_service_tables,
    calendar_tables,
    requests_tables,
    disputes_tables,
    township_tables,
    card_tables,
    sync_audit_tables,
)
__all__ = ["AREA_TABLES", "metadata"]
