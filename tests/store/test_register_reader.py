"""Every big register's reader has the one shape (store/register_reader.py): the same refusals,
the same empty answers, the default sort, and the core RegisterReader port."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import add_member, member
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import SearchKind, SearchQuery, parse_search
from villagedesk.store.households.reader import SqlHouseholdReader, SqlResidentReader
from villagedesk.store.in_service.reader import ExpectedReader, RecordReader, RegistrationReader
from villagedesk.store.members.reader import SqlMemberReader
from villagedesk.store.register_reader import SqlRegisterReader
from villagedesk.store.station_store import StationStore

READERS = [
    SqlMemberReader,
    SqlHouseholdReader,
    SqlResidentReader,
    ExpectedReader,
    RegistrationReader,
    RecordReader,
]


@pytest.fixture(params=READERS, ids=lambda cls: cls.__name__)
def reader(request: pytest.FixtureRequest, store: StationStore) -> SqlRegisterReader:
    cls = request.param
    found: SqlRegisterReader = cls(store.engine)
    return found


def test_every_reader_is_the_one_base_and_the_core_port(reader: SqlRegisterReader) -> None:
    port: RegisterReader = reader  # the type checker holds each to the Protocol
    assert isinstance(port, SqlRegisterReader)
    assert reader.default_sort in reader.columns
    assert reader.scope().township is False


def test_the_same_refusals_everywhere(reader: SqlRegisterReader) -> None:
    with pytest.raises(TypeError, match="SearchQuery"):
        reader.search_ids("张")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown sort key"):
        reader.search_ids(parse_search(""), sort_key="no_such_column")
    with pytest.raises(ValueError, match="unknown column keys"):
        reader.rows([1], ["no_such_column"])


def test_the_same_empty_answers_everywhere(reader: SqlRegisterReader) -> None:
    assert reader.search_ids(SearchQuery(SearchKind.NOTHING, "12")) == []
    assert reader.search_ids(parse_search(""), ids_filter=[]) == []
    assert reader.rows([], list(reader.columns)) == {}
    assert reader.search_ids(parse_search("")) == []  # an empty register
    assert reader.search_ids(parse_search(""), voided=True) == []


def test_the_members_reader_keeps_its_options(store: StationStore) -> None:
    zhang = add_member(store, member("张建国", serial=11))
    wang = add_member(store, member("王秀英", birth=date(1970, 1, 2), serial=12))
    reader = store.member_reader
    assert reader.search_ids(parse_search("")) == [wang, zhang]  # by pinyin: wang, zhang
    assert reader.search_ids(parse_search(""), descending=True) == [zhang, wang]
    assert reader.search_ids(parse_search(""), ids_filter=[wang]) == [wang]
    assert reader.search_ids(parse_search(""), village="370323104203") == [wang, zhang]
    assert reader.search_ids(parse_search(""), village="370323104299") == []
    assert reader.search_ids(parse_search(""), voided=True) == []
    assert reader.rows([zhang], ["name"]) == {zhang: ("张建国",)}
