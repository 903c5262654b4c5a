"""The station's dispute settings: kept and read back whole (the committee's name too, and data
saved before the committee could be named still reads); every bad field refused in Chinese with
nothing written; unchanged settings not written; the rules saved give the next dispute its
level; the committee's name set explicitly or derived from the station's name."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tests.core.chinese import chinese, translate
from tests.core.disputes.support import add, get, make_uow
from villagedesk.core.disputes import services
from villagedesk.core.disputes.committee import committee_name, derived_committee
from villagedesk.core.disputes.model import DEFAULT_DISPUTE_TYPES, WarningLevel
from villagedesk.core.disputes.settings import (
    DisputeSettings,
    WarningRules,
    settings_from_data,
    settings_to_data,
)
from villagedesk.core.disputes.settings_rules import (
    check_dispute_settings,
    dispute_settings,
    save_dispute_settings,
    with_rules,
)
from villagedesk.core.errors import ValidationError

CHANGED = DisputeSettings(
    types=("邻里", "宅基地", "其他"),
    rules=WarningRules(red_people=8, orange_people=4, red_on_petition_signs=False),
    level_days=10,
    committee="东河村人民调解委员会",
)


def _refusal(settings: DisputeSettings) -> dict[str, list[str]]:
    """The Chinese messages of a refused save, by field; fails when the save is accepted."""
    uow = make_uow()
    with pytest.raises(ValidationError) as refused:
        save_dispute_settings(uow, settings=settings)
    assert dispute_settings(uow) == DisputeSettings(), "nothing was written"
    return {k: [chinese(m) for m in v] for k, v in refused.value.errors.items()}


def test_the_settings_go_through_json_and_back_whole() -> None:
    data = json.loads(json.dumps(settings_to_data(CHANGED), ensure_ascii=False))
    assert data["committee"] == "东河村人民调解委员会"
    assert settings_from_data(data) == CHANGED


def test_settings_kept_before_the_committee_could_be_named_still_read() -> None:
    old = settings_to_data(CHANGED)
    del old["committee"]
    assert settings_from_data(old) == replace(CHANGED, committee="")
    assert settings_from_data({**old, "committee": 42}).committee == ""


def test_saved_settings_are_read_back_tidied() -> None:
    uow = make_uow()
    typed = replace(CHANGED, types=(" 邻里 ", "宅基地", "其他"), committee=" 东河村人民调解委员会 ")
    saved = save_dispute_settings(uow, settings=typed)
    assert saved.changes
    assert dispute_settings(uow) == CHANGED
    assert services.dispute_settings(uow) == CHANGED  # the services' own name reads the same


def test_unchanged_settings_are_not_written() -> None:
    uow = make_uow()
    save_dispute_settings(uow, settings=CHANGED)
    commits = uow.db.commits
    again = save_dispute_settings(uow, settings=CHANGED)
    assert not again.changes
    assert uow.db.commits == commits


def test_the_types_are_refused_when_empty_too_long_twice_or_unprintable() -> None:
    assert _refusal(replace(CHANGED, types=())) == {"types": ["列表至少要有一项。"]}
    too_long = _refusal(replace(CHANGED, types=("邻" * 21, "其他")))["types"]
    assert too_long == [translate("Dispute", "Each entry has 1 to 20 characters.")]
    assert _refusal(replace(CHANGED, types=("邻里", " 邻里")))["types"] == [
        translate("Dispute", "An entry is listed twice.")
    ]
    unprintable = _refusal(replace(CHANGED, types=("邻\x00里",)))["types"]
    assert unprintable == [
        translate("Dispute", "An entry may not contain emoji, symbols or invisible characters.")
    ]
    many = tuple(f"类型{n}" for n in range(51))
    assert "50" in _refusal(replace(CHANGED, types=many))["types"][0]


@pytest.mark.parametrize("name", ["red_failed", "red_police", "red_people", "orange_people"])
@pytest.mark.parametrize("value", [0, 1000])
def test_a_threshold_outside_1_to_999_is_refused(name: str, value: int) -> None:
    rules = with_rules(WarningRules(), {name: value})
    errors = _refusal(replace(CHANGED, rules=rules))
    assert errors[name] == ["请输入 1 到 999 之间的整数。"]


def test_orange_must_stay_below_red() -> None:
    rules = WarningRules(red_failed=2, orange_failed=2, red_people=10, orange_people=12)
    errors = _refusal(replace(CHANGED, rules=rules))
    assert set(errors) == {"orange_failed", "orange_people"}
    assert "（2）" in errors["orange_failed"][0] and "（10）" in errors["orange_people"][0]
    assert all("橙" in m and "红" in m for m in errors["orange_failed"])


def test_a_switch_that_is_not_on_or_off_is_refused() -> None:
    rules = replace(WarningRules(), orange_on_threats="yes")  # type: ignore[arg-type]  # typed
    assert set(_refusal(replace(CHANGED, rules=rules))) == {"orange_on_threats"}


@pytest.mark.parametrize("days", [0, 91])
def test_level_days_outside_1_to_90_are_refused(days: int) -> None:
    assert _refusal(replace(CHANGED, level_days=days)) == {
        "level_days": ["请输入 1 到 90 之间的整数。"]
    }


def test_the_committee_name_is_refused_when_too_long_or_unprintable() -> None:
    long = _refusal(replace(CHANGED, committee="东" * 41))["committee"]
    assert len(long) == 1 and "40" in long[0] and "41" in long[0]
    hidden = _refusal(replace(CHANGED, committee="东河村\u202e人民调解委员会"))["committee"]
    assert hidden == [
        translate("Dispute", "The name may not contain emoji, symbols or invisible characters.")
    ]


def test_every_problem_is_named_at_once() -> None:
    bad = DisputeSettings(
        types=(), rules=WarningRules(red_police=0), level_days=0, committee="\x07"
    )
    assert set(check_dispute_settings(bad)) == {"types", "red_police", "level_days", "committee"}
    assert check_dispute_settings(DisputeSettings()) == {}
    assert DisputeSettings().types == DEFAULT_DISPUTE_TYPES


def test_the_next_dispute_is_assessed_by_the_saved_rules() -> None:
    uow = make_uow()
    before = add(uow, people=6)
    assert get(uow, before).progress.warning is WarningLevel.ORANGE  # 6 of the default 10
    save_dispute_settings(uow, settings=replace(CHANGED, rules=WarningRules(red_people=6)))
    after = add(uow, people=6)
    assert get(uow, after).progress.warning is WarningLevel.RED
    assert get(uow, before).progress.warning is WarningLevel.ORANGE, "a level given stays"


def test_the_committee_is_the_one_set_else_derived_from_the_station() -> None:
    station = "沂源县鲁村镇东河村党群服务站"
    derived = derived_committee(station, say=translate)
    assert derived == "沂源县鲁村镇东河村人民调解委员会"
    assert committee_name(DisputeSettings(), station, say=translate) == derived
    assert committee_name(CHANGED, station, say=translate) == "东河村人民调解委员会"
    assert committee_name(DisputeSettings(), "", say=translate) == ""
