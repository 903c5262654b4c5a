"""The request register's reader: what the search box finds (number, content, requester's name,
pinyin, phone), the order, the page's raw values, and voided requests kept out."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.store.requests.conftest import Village
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.requests.register import REQUEST_REGISTER
from villagedesk.core.search import parse_search
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.reader import SqlRequestReader


@pytest.fixture
def reader(village: Village) -> SqlRequestReader:
    return SqlRequestReader(village.store.engine)


@pytest.fixture
def three(village: Village) -> list[int]:
    """The resident's street light, a typed 刘大爷's well, an anonymous tip about dumping."""
    return [
        village.add(),
        village.add(
            requester_kind="named",
            person_id=None,
            requester_name="刘大爷",
            requester_phone="13900001111",
            content="水井的抽水泵坏了。",
            received_at="2026-05-19 10:00",
        ),
        village.add(
            requester_kind="anonymous",
            person_id=None,
            content="河边有人倒垃圾。",
            kind="report",
            received_at="2026-05-18 07:30",
        ),
    ]


def found(reader: SqlRequestReader, text: str) -> list[int]:
    return reader.search_ids(parse_search(text))


def test_the_reader_serves_every_register_column(reader: SqlRequestReader) -> None:
    port: RegisterReader = reader
    assert set(REQUEST_REGISTER.keys) <= set(reader.columns)
    assert port.scope().township is False


def test_search_by_number_content_name_pinyin_and_phone(
    reader: SqlRequestReader, three: list[int]
) -> None:
    light, well, dumping = three
    assert found(reader, "DHC-2026-0002") == [well]
    assert found(reader, "垃圾") == [dumping]
    assert found(reader, "张桂兰") == [light]
    assert found(reader, "ldy") == [well]  # 刘大爷's initials
    assert found(reader, "zhangguilan") == [light]
    assert found(reader, "0000111") == [well]  # part of the phone
    assert found(reader, "1500X") == []  # no ID numbers kept
    assert found(reader, "") == [dumping, well, light]  # oldest receipt first
    assert reader.search_ids(parse_search(""), descending=True) == [light, well, dumping]


def test_a_page_holds_the_raw_values_the_columns_format(
    village: Village, reader: SqlRequestReader, three: list[int]
) -> None:
    light, _, dumping = three
    village.assign(light)
    keys = ["number", "state", "received_at", "requester", "household", "assignee", "due"]
    rows = reader.rows([light, dumping], keys)
    number, state, received, requester, household, assignee, due = rows[light]
    assert (number, state, received) == ("DHC-2026-0001", "awaiting_signature", "2026-05-20T08:00")
    assert (requester, household, assignee) == ("张桂兰", "东河村3组12号", "李书记")
    assert due == village.get(light).progress.due_at.isoformat(timespec="minutes")  # type: ignore[union-attr]
    assert rows[dumping][3:6] == ("", "", "")  # anonymous, no household, nobody assigned


def test_voided_requests_never_show(
    village: Village, reader: SqlRequestReader, three: list[int]
) -> None:
    light, well, dumping = three
    with village.store.engine.begin() as conn:
        conn.execute(
            update(tr.requests)
            .where(tr.requests.c.id == well)
            .values(voided_at="2026-05-20T10:00:00", void_reason="重复登记")
        )
    assert found(reader, "") == [dumping, light]
    assert reader.search_ids(parse_search(""), voided=True) == [well]
    assert reader.search_ids(parse_search(""), sort_key="requester") == [dumping, light]
