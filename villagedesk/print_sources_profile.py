"""What 村情档案 prints, gathered from the store (one reading unit of work through the core
service) for the GUI and ``villagedesk print profile`` alike. It prints counts only: no name
but the villager groups' and the relief groups', no ID number or phone."""

from __future__ import annotations

from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.village_profile.model import VillageProfile
from villagedesk.core.village_profile.services import village_profile
from villagedesk.store.station_store import StationStore


def profile_sheet(store: StationStore, *, clock: Clock = SYSTEM_CLOCK) -> VillageProfile:
    """The village's figures as of ``clock``'s day."""
    return village_profile(store.uow_factory, clock=clock)
