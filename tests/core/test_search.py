"""What the search box understands."""

from __future__ import annotations

import pytest

from villagedesk.core.search import SearchKind, SearchQuery, parse_search


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("zjg", SearchKind.PINYIN, "zjg"),
        ("ZhangJG", SearchKind.PINYIN, "zhangjg"),
        ("张", SearchKind.NAME, "张"),
        ("张 建国", SearchKind.NAME, "张建国"),
        ("1234", SearchKind.NUMBER, "1234"),
        ("123", SearchKind.NOTHING, "123"),
        ("12345x", SearchKind.ID_TAIL, "12345X"),
        ("", SearchKind.ALL, ""),
        ("   ", SearchKind.ALL, ""),
        ("１２３４", SearchKind.NUMBER, "1234"),
        ("ｚｊｇ", SearchKind.PINYIN, "zjg"),
        ("138 1234", SearchKind.NUMBER, "1381234"),
    ],
)
def test_parse_search(text: str, kind: SearchKind, value: str) -> None:
    query = parse_search(text)
    assert query == SearchQuery(kind, value)
    assert query.is_all is (kind is SearchKind.ALL)
