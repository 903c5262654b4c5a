"""Setting up the station: every bad field at once; the contact phone is optional and checked by
the one phone rule (core/person_rules.check_optional_phone)."""

from __future__ import annotations

import pytest

from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.phone import check_phone
from villagedesk.core.services.station_setup import validate_station
from villagedesk.core.station import StationDraft, StationLevel

GOOD = StationDraft(name="东河村党群服务站", code="370323104203", level="village")


def test_a_good_draft_becomes_a_station_with_its_phone_normalised() -> None:
    draft = StationDraft(**{**GOOD.__dict__, "contact_phone": "139 0533 1234"})
    station = validate_station(draft)
    assert station.level is StationLevel.VILLAGE
    assert station.contact_phone == "13905331234"
    assert validate_station(GOOD).contact_phone == ""  # none typed: none kept


def test_every_bad_field_is_named_and_the_phone_in_the_phone_rules_words() -> None:
    draft = StationDraft(name="", code="3703", level="planet", contact_phone="12ab")
    with pytest.raises(ValidationError) as caught:
        validate_station(draft)
    errors = caught.value.errors
    assert set(errors) == {"name", "code", "level", "contact_phone"}
    with pytest.raises(DomainError) as phone:
        check_phone("12ab")
    assert errors["contact_phone"] == [phone.value.message]
