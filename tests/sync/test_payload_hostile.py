"""Hostile archives inside correctly encrypted and signed containers are refused by the unpacker."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.conftest import fields, member_records, trust_all
from villagedesk.sync import container
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.payload import DEFAULT_LIMITS, Limits

Build = Callable[[bytes, dict[str, int]], Path]


@pytest.fixture
def build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, village: StationKeys, township: StationKeys
) -> Build:
    """Seal a hand-made ZIP as a genuine package addressed to the township."""

    def seal(zip_bytes: bytes, counts: dict[str, int]) -> Path:
        monkeypatch.setattr(container, "pack_payload", lambda **kw: (zip_bytes, counts))
        folder = tmp_path / f"p{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        return container.write_container(
            folder,
            kind="package",
            manifest_fields=fields(),
            records={},
            sender_keys=village,
            recipient=township.public,
        )

    return seal


def _zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def _open(path: Path, township: StationKeys, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(SyncRefused) as info:
        container.open_container(
            path, my_keys=township, expected_kind="package", trust=trust_all, limits=limits
        )
    return info.value.reason


LINE = b'{"uuid":"u1"}\n'


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "../records/members.jsonl",
        "/abs",
        "/records/members.jsonl",
        "records/../../x",
        "records/../../x.jsonl",
        "records\\..\\..\\x.jsonl",
        "..\\x",
        "C:/x",
        "records/Members.jsonl",
        "records/members.jsonl/",
        "records/sub/members.jsonl",
        "receipt.json",  # only a receipt may carry it
    ],
)
def test_hostile_names_are_refused(build: Build, township: StationKeys, name: str) -> None:
    path = build(_zip([("records/members.jsonl", LINE), (name, LINE)]), {"members": 1})
    assert _open(path, township) == "hostile_name"


def test_name_differing_between_directory_and_local_header(
    build: Build, township: StationKeys
) -> None:
    raw = _zip([("records/aa.jsonl", LINE)])
    patched = raw.replace(b"records/aa.jsonl", b"../../etc/passwd", 1)  # local header only
    assert _open(build(patched, {"aa": 1}), township) == "hostile_name"


def test_highly_compressible_entry_is_refused(build: Build, township: StationKeys) -> None:
    bomb = b" " * (20 << 20)  # 20 MiB of spaces deflate ~1000:1
    path = build(_zip([("records/members.jsonl", bomb)]), {"members": 1})
    assert _open(path, township) == "too_large"


def test_total_over_the_bound_is_refused(build: Build, township: StationKeys) -> None:
    text = "".join(f'{{"uuid":"{r["uuid"]}"}}\n' for r in member_records(30000)).encode()
    path = build(_zip([("records/members.jsonl", text)]), {"members": 30000})
    assert _open(path, township, Limits(max_total=len(text) - 1)) == "too_large"
    opened = container.open_container(
        path,
        my_keys=township,
        expected_kind="package",
        trust=trust_all,
        limits=Limits(max_total=len(text)),
    )
    assert len(opened.records["members"]) == 30000


def _set_sizes(raw: bytes, size: int) -> bytes:
    """Rewrite the declared uncompressed size of the (single) entry in both headers."""
    data = bytearray(raw)
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = struct.pack("<I", size)
    data[central + 24 : central + 28] = struct.pack("<I", size)
    return bytes(data)


def test_lying_declared_size_is_refused_while_inflating(
    build: Build, township: StationKeys
) -> None:
    text = "".join(f'{{"uuid":"{r["uuid"]}"}}\n' for r in member_records(3000)).encode()
    path = build(_set_sizes(_zip([("records/members.jsonl", text)]), 1000), {"members": 3000})
    assert _open(path, township) == "too_large"


def test_too_many_entries(build: Build, township: StationKeys) -> None:
    entries = [(f"records/t_{chr(97 + i // 26)}{chr(97 + i % 26)}.jsonl", b"") for i in range(201)]
    assert _open(build(_zip(entries), {}), township) == "too_large"


@pytest.mark.parametrize(
    "content",
    [
        b"not json\n",
        b'{"a":1}\n[1,2]\n',
        b'{"a":1}{"b":2}\n',
        b'{"a":NaN}\n',
        b'{"a":1},{"b":2}\n',
        b'{"a":1}',  # no final newline
        b"\xff\xfe\n",
    ],
)
def test_malformed_records(build: Build, township: StationKeys, content: bytes) -> None:
    path = build(_zip([("records/members.jsonl", content)]), {"members": content.count(b"\n")})
    assert _open(path, township) == "malformed"


def test_counts_must_match_the_manifest(build: Build, township: StationKeys) -> None:
    path = build(_zip([("records/members.jsonl", LINE)]), {"members": 2})
    assert _open(path, township) == "malformed"


def test_not_a_zip_inside(build: Build, township: StationKeys) -> None:
    assert _open(build(b"just some bytes" * 10, {}), township) == "malformed"


def test_bad_crc_is_refused(build: Build, township: StationKeys) -> None:
    raw = bytearray(_zip([("records/members.jsonl", LINE)], zipfile.ZIP_STORED))
    pos = raw.find(LINE)
    raw[pos + 3] ^= 1
    assert _open(build(bytes(raw), {"members": 1}), township) == "malformed"
