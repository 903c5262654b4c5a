"""Packages written from the store's encoded JSON lines: same content, same refusals, read back."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from tests.sync.conftest import PackageRecords, fields, member_records, trust_all
from villagedesk.core.township.ports import EncodedRecords
from villagedesk.sync import container
from villagedesk.sync.container import WriteNotVerified, open_container, write_container
from villagedesk.sync.keys import StationKeys


def encoded(records: PackageRecords, per_block: int = 700) -> EncodedRecords:
    """The records as the store hands them over: UTF-8 JSON lines (not ASCII-escaped), blocks."""

    def lines(record_type: str) -> Iterator[bytes]:
        rows = records[record_type]
        for i in range(0, len(rows), per_block):
            chunk = rows[i : i + per_block]
            yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk).encode()

    return EncodedRecords(types=tuple(records), lines=lines)


def _write(folder: Path, records: EncodedRecords, village: StationKeys, town: StationKeys) -> Path:
    return write_container(
        folder,
        kind="package",
        manifest_fields=fields(),
        records=records,
        sender_keys=village,
        recipient=town.public,
    )


def test_streamed_records_open_as_the_same_records_with_their_counts(
    tmp_path: Path, village: StationKeys, township: StationKeys
) -> None:
    members = member_records(2500)
    members[3]["address"] = '引号" 反斜杠\\ 换行\n 制表\t 控制\x01 表情😀'
    records = {"branches": [], "members": members, "member_events": member_records(3, seed=2)}
    path = _write(tmp_path, encoded(records), village, township)
    opened = open_container(path, my_keys=township, expected_kind="package", trust=trust_all)
    assert opened.records == records
    assert opened.manifest.counts == {"branches": 0, "members": 2500, "member_events": 3}
    assert opened.manifest.chunk_count > 1, "big enough to span several encrypted chunks"


def test_a_failure_while_reading_writes_no_file_and_leaves_no_thread(
    tmp_path: Path, village: StationKeys, township: StationKeys
) -> None:
    def lines(record_type: str) -> Iterator[bytes]:
        yield b'{"uuid":"a"}\n'
        raise RuntimeError("the database went away")

    before = threading.active_count()
    with pytest.raises(RuntimeError, match="went away"):
        _write(tmp_path, EncodedRecords(("members",), lines), village, township)
    assert os.listdir(tmp_path) == []
    assert threading.active_count() == before


@pytest.mark.parametrize(
    "block", [b'{"uuid":"a"}', b'{"name":"\xff"}\n'], ids=["no final newline", "not UTF-8"]
)
def test_blocks_that_are_not_whole_utf8_lines_are_not_written(
    tmp_path: Path, village: StationKeys, township: StationKeys, block: bytes
) -> None:
    def lines(record_type: str) -> Iterator[bytes]:
        yield block

    with pytest.raises(ValueError):
        _write(tmp_path, EncodedRecords(("members",), lines), village, township)
    assert os.listdir(tmp_path) == []


def test_a_stick_that_does_not_keep_what_was_written_is_reported(
    tmp_path: Path, village: StationKeys, township: StationKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_writer = container.atomic_writer

    @contextlib.contextmanager
    def flaky_stick(path: Path) -> Iterator[BinaryIO]:
        with real_writer(path) as f:
            yield f
        data = bytearray(Path(path).read_bytes())
        data[len(data) // 2] ^= 0x01
        Path(path).write_bytes(bytes(data))

    monkeypatch.setattr(container, "atomic_writer", flaky_stick)
    with pytest.raises(WriteNotVerified):
        _write(tmp_path, encoded({"members": member_records(500)}), village, township)
