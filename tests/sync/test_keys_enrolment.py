"""Station keys on disk, fingerprints, and the signed enrolment file."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from villagedesk.sync.enrolment import read_enrolment, write_enrolment
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.keys import fingerprint, normalise_fingerprint
from villagedesk.sync.keystore import load_keys, load_or_create_keys


def test_keys_are_created_once_and_kept(data_dir: Path) -> None:
    assert load_keys(data_dir) is None
    keys = load_or_create_keys(data_dir)
    again = load_or_create_keys(data_dir)
    assert again.public == keys.public
    assert load_keys(data_dir) is not None
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", keys.fingerprint)
    assert keys.fingerprint == fingerprint(keys.public.sign, keys.public.box)
    assert load_or_create_keys(data_dir.parent / "other").fingerprint != keys.fingerprint


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_private_key_files_are_readable_only_by_the_user(data_dir: Path) -> None:
    load_or_create_keys(data_dir)
    folder = data_dir / "keys"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["station.keys"]
    for p in folder.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600


def test_fingerprint_covers_both_keys(data_dir: Path) -> None:
    keys = load_or_create_keys(data_dir)
    flipped = bytes([keys.public.box[0] ^ 1]) + keys.public.box[1:]
    assert fingerprint(keys.public.sign, flipped) != keys.fingerprint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3f7a-19c2-88d0-5e41", "3F7A-19C2-88D0-5E41"),
        (" 3F7A19C2 88D05E41 ", "3F7A-19C2-88D0-5E41"),
        ("3F7A-19C2-88D0", None),
        ("3F7A-19C2-88D0-5E4G", None),
    ],
)
def test_normalise_fingerprint(text: str, expected: str | None) -> None:
    assert normalise_fingerprint(text) == expected


def test_enrolment_round_trip(tmp_path: Path, data_dir: Path) -> None:
    keys = load_or_create_keys(data_dir)
    path = write_enrolment(tmp_path, station_code="130102001000", station_name="东风镇", keys=keys)
    assert path.name == "130102001000.vdenrol"
    enrolment = read_enrolment(path)
    assert enrolment.station_name == "东风镇"
    assert enrolment.keys == keys.public
    assert enrolment.fingerprint == keys.fingerprint
    assert "东风镇" in path.read_text(encoding="utf-8")  # readable for a curious user


def test_altered_enrolment_is_refused(tmp_path: Path, data_dir: Path) -> None:
    keys = load_or_create_keys(data_dir)
    path = write_enrolment(
        tmp_path / "t.vdenrol", station_code="130102001000", station_name="东风镇", keys=keys
    )
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["enrolment"]["station_name"] = "西风镇"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SyncRefused) as info:
        read_enrolment(path)
    assert info.value.reason == "corrupt"


@pytest.mark.parametrize("content", [b"", b"\x00\x01", b"{}", b'{"enrolment": {"format": "x"}}'])
def test_not_an_enrolment(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.vdenrol"
    path.write_bytes(content)
    with pytest.raises(SyncRefused) as info:
        read_enrolment(path)
    assert info.value.reason == "not_a_package"
