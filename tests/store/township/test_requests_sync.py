"""民情诉求 travel to the township: a village's requests with their steps and attachments' metadata
arrive under the village, linked to the village's own resident and member, read-only there; a
request the village's rules would refuse is refused with its Chinese reason and none of it is
written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.core.chinese import chinese
from tests.core.requests.support import CLOCK, draft
from tests.store.township.scene import SHARED, fill_village
from tests.sync.township_fixtures import TODAY, Pair, make_pair, snapshot
from villagedesk.core.errors import DomainError
from villagedesk.core.pinyin import name_keys
from villagedesk.core.requests import handling, services
from villagedesk.core.requests.model import AttachmentDraft, Handler
from villagedesk.core.search import parse_search
from villagedesk.core.township.validation import validate_records
from villagedesk.store import tables as t
from villagedesk.store.households import tables as th
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.reader import SqlRequestReader

VILLAGE = "370323104203"
PHOTO = AttachmentDraft("requests/2026/灯.jpg", 2048, head=b"\xff\xd8\xff\xe0", name="灯.jpg")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """A village (short code DH) with two requests: its resident's street light, assigned to
    and signed by a member, worked on with a photo; and a request of that member's own."""
    p = make_pair(tmp_path)
    fill_village(p.village, seed=1, count=3)
    f = p.village.uow_factory
    with f() as uow:
        member = uow.members.find_by_id_number(SHARED.id_number)
        resident_id = p.village.engine.connect().execute(select(th.residents.c.id)).scalar_one()
    assert member is not None
    light = services.add_request(
        f(), draft=draft(person_id=resident_id, attachments=(PHOTO,)), clock=CLOCK
    ).id
    cadre = Handler(member.values.name, member.id)
    handling.assign_request(f(), request_id=light, assignee=cadre, clock=CLOCK)
    handling.sign_request(f(), request_id=light, signer=cadre, clock=CLOCK)
    handling.record_work(
        f(), request_id=light, text="已联系供电所。", attachments=(PHOTO,), clock=CLOCK
    )
    services.add_request(
        f(),
        draft=draft(requester_kind="member", person_id=member.id, content="党员活动室漏雨。"),
        clock=CLOCK,
    )
    yield p
    p.close()


def _edit(pair: Pair, sql: str) -> None:
    with pair.village.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def test_requests_arrive_with_their_village_steps_and_people(pair: Pair) -> None:
    village = snapshot(pair.village)
    report = pair.import_(pair.export())
    assert report.exit_code == 0
    township = snapshot(pair.township, VILLAGE)
    for kind in ("requests", "request_events", "request_attachments"):
        assert township[kind] == village[kind], kind
    assert len(township["requests"]) == 2
    assert len(township["request_events"]) == 3  # assigned, signed, worked on
    assert len(township["request_attachments"]) == 2
    # People travel as uuids of the village's own rows, not as its local ids.
    light, own = sorted(township["requests"].values(), key=lambda r: str(r["number"]))
    assert light["requester_resident_id"] in township["residents"]
    assert light["assignee_member_id"] in township["members"]
    assert own["requester_member_id"] in township["members"]

    # The references point at the village's rows as the township stored them.
    q, r, m = tr.requests, th.residents, t.members
    asked = (
        select(q.c.number, r.c.name, r.c.station_code, m.c.name, m.c.station_code)
        .select_from(
            q.outerjoin(r, r.c.id == q.c.requester_resident_id).outerjoin(
                m, m.c.id == q.c.assignee_member_id
            )
        )
        .where(q.c.requester_resident_id.is_not(None))
    )
    with pair.township.engine.connect() as conn:
        ((number, requester, at, assignee, assignee_at),) = conn.execute(asked).all()
        member_of = conn.execute(
            select(m.c.station_code)
            .select_from(q.join(m, m.c.id == q.c.requester_member_id))
            .where(q.c.requester_member_id.is_not(None))
        ).scalar_one()
    assert (number, requester, assignee) == ("DH-2026-0001", SHARED.name, SHARED.name)
    assert at == assignee_at == member_of == VILLAGE

    reader = SqlRequestReader(pair.township.engine)
    ids = reader.search_ids(parse_search("漏雨"), village=VILLAGE)
    ((shown_village, code),) = [
        row for row in reader.rows(ids, ["village", "station_code"]).values()
    ]
    assert code == VILLAGE and shown_village == "东河村党群服务站"


def test_the_township_cannot_work_a_villages_request(pair: Pair) -> None:
    pair.import_(pair.export())
    with pair.township.engine.connect() as conn:
        rid = conn.execute(select(tr.requests.c.id).limit(1)).scalar_one()
    with pytest.raises(DomainError):
        handling.assign_request(
            pair.township.uow_factory(), request_id=rid, assignee=Handler("镇干部"), clock=CLOCK
        )


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE requests SET state = 'lost'", "该记录格式不正确。"),
        ("UPDATE requests SET reopened = 'many'", "该记录格式不正确。"),
        (f"UPDATE requests SET content = '{'长' * 2001}'", "内容太长：最多 2000 个字。"),
    ],
    ids=["bad state", "wrong type", "over-long content"],
)
def test_a_malformed_request_is_refused_in_chinese_and_nothing_of_it_written(
    pair: Pair, sql: str, reason: str
) -> None:
    _edit(pair, sql + " WHERE number = 'DH-2026-0001'")
    (result,) = pair.import_(pair.export()).files
    refused = {
        c.uuid: [chinese(m) for m in c.messages]
        for c in result.changes
        if c.status.value == "refused"
    }
    bad = next(
        u for u, r in snapshot(pair.village)["requests"].items() if r["number"] == "DH-2026-0001"
    )
    assert refused[bad] == [reason]
    assert [c.label for c in result.changes if c.uuid == bad] == ["DH-2026-0001"]
    assert result.counts["requests"].refused == 1
    assert result.counts["request_events"].refused == 3  # their request is missing
    assert result.counts["request_attachments"].refused == 2
    township = snapshot(pair.township, VILLAGE)
    assert [r["number"] for r in township["requests"].values()] == ["DH-2026-0002"]
    assert township["request_events"] == {} and township["request_attachments"] == {}
    assert len(township["members"]) == 4  # the rest of the package was imported


def test_the_village_scene_passes_every_request_validator(pair: Pair) -> None:
    records = {k: list(v.values()) for k, v in snapshot(pair.village).items()}
    assert validate_records(records, village=VILLAGE, today=TODAY) == {}


@pytest.mark.parametrize(
    ("record_type", "change"),
    [
        ("requests", {"kind": "gossip"}),
        ("requests", {"urgency": 3}),
        ("requests", {"number": "DH-2026-0009"}),
        ("requests", {"requester_phone": "12345"}),
        ("requests", {"requester_member_id": "a-uuid-beside-the-resident"}),
        ("requests", {"requester_resident_id": 7}),
        ("requests", {"received_at": "2027-01-01T08:00:00"}),
        ("requests", {"due_at": "soon"}),
        ("requests", {"satisfaction": "thrilled"}),
        ("requests", {"due_estimated": 2}),
        ("requests", {"helpers": '{"name": "王"}'}),
        ("requests", {"assignee_name": "李" * 41}),
        ("request_events", {"action": "gossip"}),
        ("request_events", {"details": '{"text": 1}'}),
        ("request_events", {"details": '{"assignee": {"name": "李"}, "extra": 1}'}),
        ("request_events", {"at": None}),
        ("request_attachments", {"path": "../../etc/passwd.jpg"}),
        ("request_attachments", {"size": 30 * 1024 * 1024}),
        ("request_attachments", {"kind": "pdf"}),
        ("request_attachments", {"name": "说明.exe", "path": "requests/说明.exe"}),
    ],
)
def test_each_request_rule_refuses_its_bad_value(
    pair: Pair, record_type: str, change: dict[str, object]
) -> None:
    records = {k: list(v.values()) for k, v in snapshot(pair.village).items()}
    rows = sorted(records[record_type], key=lambda r: str(r.get("number") or r["version"]))
    records[record_type] = [{**rows[0], **change}, *rows[1:]]
    refused = validate_records(records, village=VILLAGE, today=TODAY)
    assert list(refused) == [(record_type, rows[0]["uuid"])]


def test_a_long_minority_name_with_all_its_pinyin_keys_passes(pair: Pair) -> None:
    """阿不都热合曼·买买提 has 16 readings: its search keys run past 300 letters."""
    keys = name_keys("阿不都热合曼·买买提")
    records = {k: list(v.values()) for k, v in snapshot(pair.village).items()}
    first, *rest = records["requests"]
    change = {"requester_initials": keys.initials, "requester_pinyin": keys.full}
    records["requests"] = [{**first, **change}, *rest]
    assert len(keys.full) > 300
    assert validate_records(records, village=VILLAGE, today=TODAY) == {}
