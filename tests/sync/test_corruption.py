"""A real multi-chunk package: every flipped byte and every truncation is refused."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from tests.sync.conftest import trust_all
from villagedesk.sync.container import PREFIX, open_container, read_manifest
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.manifest import Manifest


def _header_end(data: bytes) -> int:
    (length,) = struct.unpack(">I", data[len(PREFIX) : len(PREFIX) + 4])
    return len(PREFIX) + 4 + length


def _chunk_boundaries(data: bytes) -> list[int]:
    pos = _header_end(data)
    bounds = [pos]
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        pos += 4 + size
        bounds.append(pos)
    return bounds


def test_single_flipped_bytes_are_refused_before_decrypting(
    real_package: Path, township: StationKeys, tmp_path: Path, decrypt_spy: list[str]
) -> None:
    data = real_package.read_bytes()
    header_end = _header_end(data)
    rnd = random.Random(6)
    # Every byte of the prefix, ~200 header bytes (signature included), ~350 payload bytes.
    positions = sorted(
        set(range(12))
        | set(rnd.sample(range(12, header_end), 200))
        | set(rnd.sample(range(header_end, len(data)), 350))
        | set(_chunk_boundaries(data)[:-1])
    )
    assert len(positions) >= 500
    trusted: list[Manifest] = []
    target = tmp_path / "flipped.vdpkg"
    reasons = set()
    for pos in positions:
        broken = bytearray(data)
        broken[pos] ^= 1 << rnd.randrange(8)
        target.write_bytes(bytes(broken))
        trusted.clear()
        with pytest.raises(SyncRefused) as info:
            open_container(target, my_keys=township, expected_kind="package", trust=trusted.append)
        reasons.add(info.value.reason)
        assert decrypt_spy == [], pos
        if pos < header_end:
            assert trusted == [], pos  # refused before the sender was even looked at
    assert reasons <= {"not_a_package", "unsupported", "corrupt", "truncated"}


def test_truncation_at_every_chunk_boundary_and_sampled_offsets(
    real_package: Path, township: StationKeys, tmp_path: Path, decrypt_spy: list[str]
) -> None:
    data = real_package.read_bytes()
    bounds = _chunk_boundaries(data)
    assert len(bounds) - 1 == read_manifest(real_package).chunk_count >= 3
    rnd = random.Random(7)
    cuts = sorted(set(bounds[:-1]) | set(rnd.sample(range(1, len(data)), 150)) | {len(data) - 1})
    target = tmp_path / "short.vdpkg"
    for cut in cuts:
        target.write_bytes(data[:cut])
        with pytest.raises(SyncRefused) as info:
            open_container(target, my_keys=township, expected_kind="package", trust=trust_all)
        assert info.value.reason in {"truncated", "not_a_package"}, cut
        if cut >= len(PREFIX):
            assert info.value.reason == "truncated", cut
    assert decrypt_spy == []


def test_trailing_bytes_are_refused(
    real_package: Path, township: StationKeys, tmp_path: Path
) -> None:
    target = tmp_path / "long.vdpkg"
    target.write_bytes(real_package.read_bytes() + b"\x00")
    with pytest.raises(SyncRefused) as info:
        open_container(target, my_keys=township, expected_kind="package", trust=trust_all)
    assert info.value.reason == "corrupt"
