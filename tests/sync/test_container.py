"""Writing and opening packages and receipts: round trip and every checked refusal."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.sync.conftest import VILLAGE_CODE, PackageRecords, fields, trust_all
from villagedesk.sync import errors
from villagedesk.sync.container import open_container, read_manifest, write_container
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.manifest import Manifest
from villagedesk.sync.receipt import (
    Receipt,
    ReceivedPackage,
    ReturnedRecord,
    open_receipt,
    write_receipt,
)


def test_round_trip_keeps_records_and_manifest(
    real_package: Path,
    township: StationKeys,
    village: StationKeys,
    package_records: PackageRecords,
) -> None:
    assert real_package.name == f"{VILLAGE_CODE}-1.vdpkg"
    opened = open_container(
        real_package, my_keys=township, expected_kind="package", trust=trust_all
    )
    assert opened.records == package_records
    m = opened.manifest
    assert m.counts == {"members": 4000, "branches": 1, "member_events": 0}
    assert (m.station_code, m.seq, m.counter_from, m.counter_to) == (VILLAGE_CODE, 1, 1, 4000)
    assert m.sender_fingerprint == village.fingerprint
    assert m.recipient_fingerprint == township.fingerprint
    assert read_manifest(real_package) == m
    assert len(m.package_hash) == 64


def test_no_temp_files_left_and_explicit_file_name(
    tmp_path: Path, village: StationKeys, township: StationKeys
) -> None:
    target = tmp_path / "chosen.vdpkg"
    path = write_container(
        target,
        kind="package",
        manifest_fields=fields(previous_hash="ab" * 32, notes={"full": True}),
        records={"members": []},
        sender_keys=village,
        recipient=township.public,
    )
    assert path == target
    assert os.listdir(tmp_path) == ["chosen.vdpkg"]
    m = read_manifest(path)
    assert m.previous_hash == "ab" * 32
    assert m.notes == {"full": True}


def test_wrong_recipient_is_refused_before_decrypting(
    real_package: Path, decrypt_spy: list[str]
) -> None:
    other = StationKeys.generate()
    with pytest.raises(SyncRefused) as info:
        open_container(real_package, my_keys=other, expected_kind="package", trust=trust_all)
    assert info.value.reason == "wrong_recipient"
    assert other.fingerprint in str(info.value)
    assert decrypt_spy == []


def test_trust_callback_refusal_stops_before_decrypting(
    real_package: Path, township: StationKeys, decrypt_spy: list[str]
) -> None:
    known = StationKeys.generate().fingerprint  # the key accepted earlier for this village

    def trust(m: Manifest) -> None:
        if m.sender_fingerprint != known:
            raise errors.key_changed(
                code=m.station_code,
                name=m.station_name,
                fingerprint=m.sender_fingerprint,
                known=known,
            )

    with pytest.raises(SyncRefused) as info:
        open_container(real_package, my_keys=township, expected_kind="package", trust=trust)
    assert info.value.reason == "key_changed"
    assert known in str(info.value)
    assert decrypt_spy == []


def test_package_signed_by_changed_key_is_refused(tmp_path: Path, township: StationKeys) -> None:
    first, second = StationKeys.generate(), StationKeys.generate()
    accepted = {VILLAGE_CODE: first.fingerprint}

    def trust(m: Manifest) -> None:
        known = accepted.get(m.station_code)
        if known is None:
            raise errors.unknown_sender(
                code=m.station_code, name=m.station_name, fingerprint=m.sender_fingerprint
            )
        if known != m.sender_fingerprint:
            raise errors.key_changed(
                code=m.station_code,
                name=m.station_name,
                fingerprint=m.sender_fingerprint,
                known=known,
            )

    def package(keys: StationKeys, folder: str) -> Path:
        (tmp_path / folder).mkdir()
        return write_container(
            tmp_path / folder,
            kind="package",
            manifest_fields=fields(),
            records={"members": [{"uuid": "u1"}]},
            sender_keys=keys,
            recipient=township.public,
        )

    good = open_container(
        package(first, "a"), my_keys=township, expected_kind="package", trust=trust
    )
    assert good.records == {"members": [{"uuid": "u1"}]}
    with pytest.raises(SyncRefused) as info:
        open_container(package(second, "b"), my_keys=township, expected_kind="package", trust=trust)
    assert info.value.reason == "key_changed"
    accepted.clear()
    with pytest.raises(SyncRefused) as info:
        open_container(package(first, "c"), my_keys=township, expected_kind="package", trust=trust)
    assert info.value.reason == "unknown_sender"
    assert first.fingerprint in str(info.value)


def test_receipt_round_trip_and_wrong_kind(
    tmp_path: Path, real_package: Path, village: StationKeys, township: StationKeys
) -> None:
    receipt = Receipt(
        village_code=VILLAGE_CODE,
        confirmed_counter=4000,
        packages=(ReceivedPackage(1, "cd" * 32, 4000, "2024-06-02T09:00:00+00:00"),),
        returns=(ReturnedRecord("u-17", "members", "身份证号码有误，请核对", "2024-06-02"),),
    )
    path = write_receipt(
        tmp_path,
        receipt=receipt,
        manifest_fields=fields(station_code="130102001000", station_name="东风镇", seq=3),
        sender_keys=township,
        recipient=village.public,
    )
    assert path.name == f"{VILLAGE_CODE}-receipt-3.vdrcpt"
    manifest, back = open_receipt(path, my_keys=village, trust=trust_all)
    assert back == receipt
    assert manifest.kind == "receipt"

    with pytest.raises(SyncRefused) as info:  # a receipt offered to the township's import
        open_container(path, my_keys=village, expected_kind="package", trust=trust_all)
    assert info.value.reason == "wrong_kind"
    with pytest.raises(SyncRefused) as info:  # a package offered to the village's import
        open_receipt(real_package, my_keys=township, trust=trust_all)
    assert info.value.reason == "wrong_kind"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        os.urandom(5000),
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n",
        b"PK\x03\x04" + os.urandom(200),
        b"VDSYNC",  # a prefix of the magic: cut off right at the start
    ],
    ids=["empty", "random", "pdf", "zip", "cut-magic"],
)
def test_not_a_package(
    tmp_path: Path, township: StationKeys, content: bytes, decrypt_spy: list[str]
) -> None:
    path = tmp_path / "file.vdpkg"
    path.write_bytes(content)
    with pytest.raises(SyncRefused) as info:
        open_container(path, my_keys=township, expected_kind="package", trust=trust_all)
    expected = "truncated" if content == b"VDSYNC" else "not_a_package"
    assert info.value.reason == expected
    with pytest.raises(SyncRefused):
        read_manifest(path)
    assert decrypt_spy == []


def test_a_real_pdf_is_not_a_package(tmp_path: Path, township: StationKeys) -> None:
    from villagedesk.reports.cover_sheet import CoverSheet, write_cover_sheet

    pdf = write_cover_sheet(
        tmp_path / "cover.pdf",
        sheet=CoverSheet(
            station_name="东风村",
            station_code=VILLAGE_CODE,
            seq=1,
            created_at="2024-06-01",
            counter_from=1,
            counter_to=2,
            counts={"members": 2},
            village_fingerprint="3F7A-19C2-88D0-5E41",
            township_fingerprint="0000-1111-2222-3333",
        ),
    )
    copy = tmp_path / "cover.vdpkg"
    shutil.copy(pdf, copy)
    with pytest.raises(SyncRefused) as info:
        open_container(copy, my_keys=township, expected_kind="package", trust=trust_all)
    assert info.value.reason == "not_a_package"


def test_future_format_version_is_named(
    real_package: Path, tmp_path: Path, township: StationKeys
) -> None:
    data = bytearray(real_package.read_bytes())
    data[7] = 2
    path = tmp_path / "future.vdpkg"
    path.write_bytes(bytes(data))
    with pytest.raises(SyncRefused) as info:
        open_container(path, my_keys=township, expected_kind="package", trust=trust_all)
    assert info.value.reason == "unsupported"
    assert "2" in str(info.value)
