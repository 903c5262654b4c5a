"""Every kind of step's details, the 协办人 and the co-requesters come back from their JSON as
they were written, through the history's table too."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.store.requests.conftest import Village
from villagedesk.core.requests.events import (
    DETAILS_OF,
    Assignment,
    Closing,
    Details,
    Escalation,
    Extension,
    FollowUp,
    MergeLink,
    Note,
    Refusal,
    RefusalGround,
    Resolution,
    Satisfaction,
    Signing,
    Step,
)
from villagedesk.core.requests.model import Handler, Requester, RequesterKind
from villagedesk.core.requests.state import Action
from villagedesk.store.requests.codec import dump, load, load_all

CADRE = Handler("李书记", member_id=3)
SAMPLES: dict[Action, Details] = {
    Action.ASSIGN: Assignment(CADRE, (Handler("王主任"), Handler("赵会计", 9)), ""),
    Action.SIGN: Signing(CADRE),
    Action.HAND_OVER: Assignment(Handler("王主任"), (), "分工调整"),
    Action.RECORD_WORK: Note('现场查看，"灯泡"已坏'),
    Action.EXTEND: Extension(datetime(2026, 6, 1), "等配件", "张站长"),
    Action.SUSPEND: Note("等配件"),
    Action.RESUME: Note(""),
    Action.ESCALATE: Escalation("镇供电所", "请协调"),
    Action.ESCALATION_REPLY: Escalation("镇供电所", "已安排"),
    Action.REPLY: Note("已答复"),
    Action.FOLLOW_UP: FollowUp(Resolution.PARTLY_SOLVED, Satisfaction.DISSATISFIED, "还会坏"),
    Action.CLOSE: Closing("属县级职责", "张站长"),
    Action.REFUSE: Refusal(RefusalGround.IN_PETITION, "已信访"),
    Action.REOPEN: Note("回访不满意", automatic=True),
    Action.MERGE: MergeLink(2, "DHC-2026-0002"),
    Action.MERGE_IN: MergeLink(1, "DHC-2026-0001", Requester(RequesterKind.MEMBER, 5, "刘", "1")),
}


def test_every_action_has_a_sample() -> None:
    assert set(SAMPLES) == set(DETAILS_OF)


@pytest.mark.parametrize("action", list(SAMPLES))
def test_details_come_back_as_written(action: Action) -> None:
    details = SAMPLES[action]
    assert load(DETAILS_OF[action], dump(details)) == details


def test_people_lists_come_back_as_written() -> None:
    helpers = (Handler("王主任"), Handler("赵会计", 9))
    assert load_all(Handler, dump(helpers)) == helpers
    people = (Requester(RequesterKind.ANONYMOUS), Requester(RequesterKind.NAMED, None, "刘"))
    assert load_all(Requester, dump(people)) == people
    assert load_all(Handler, "[]") == ()


def test_a_field_the_json_lacks_takes_its_default() -> None:
    assert load(Note, '{"text": "x"}') == Note("x")
    with pytest.raises(ValueError):
        load(Note, "{}")


def test_every_step_is_kept_in_the_history_table(village: Village) -> None:
    rid = village.add()
    at = datetime(2026, 5, 20, 9, 0)
    with village.f() as uow:
        for action, details in SAMPLES.items():
            uow.requests.history.add_step(rid, Step(action, at, "李书记", details))
        uow.commit()
    with village.f().for_reading() as uow:
        steps = [e.step for e in uow.requests.history.events(rid)]
    assert steps == [Step(a, at, "李书记", d) for a, d in SAMPLES.items()]
