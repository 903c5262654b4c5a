"""Uniqueness a township needs beyond tables_sync's live-unique indexes (migration 0005).

A township keeps every village's registrations in one table: a contact-card number is unique per
station, ``(station_code, card_number)``, not across the township.
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint

from villagedesk.store.tables import metadata
from villagedesk.store.township import tables as _sync_tables  # noqa: F401  (its indexes first)

registrations = metadata.tables["registrations"]
registrations.c.card_number.unique = False
for _constraint in list(registrations.constraints):
    if isinstance(_constraint, UniqueConstraint) and [c.name for c in _constraint.columns] == [
        "card_number"
    ]:
        registrations.constraints.discard(_constraint)
UniqueConstraint(registrations.c.station_code, registrations.c.card_number)
