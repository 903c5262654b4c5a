"""The package format as a township uses it: implements core.township.TownshipCodec.

Keys are created at first need in ``<data_dir>/keys``. Every refusal from the format comes back
as core's :class:`~villagedesk.core.township.PackageRefused` with the format's reason code.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from villagedesk.core.sync_ports import Receipt, receipt_to_json
from villagedesk.core.township import PackageHeader, PackageRefused, Records, Trust, VillagePeer
from villagedesk.sync import enrolment as enrolment_file
from villagedesk.sync import errors
from villagedesk.sync.container import PREFIX, open_container, read_manifest, write_container
from villagedesk.sync.keys import PublicKeys, StationKeys, b64, unb64
from villagedesk.sync.keystore import load_or_create_keys
from villagedesk.sync.manifest import KIND_PACKAGE, KIND_RECEIPT, Manifest, ManifestFields

T = TypeVar("T")
RECEIPT_SUFFIX = ".vdrcpt"


def _refusing(call: Callable[[], T]) -> T:
    try:
        return call()
    except PackageRefused:
        raise
    except errors.SyncRefused as e:
        raise PackageRefused(e.message, reason=e.reason) from e
    except OSError as e:
        raise PackageRefused(errors.not_a_package().message, reason="not_a_package") from e


def header_of(manifest: Manifest) -> PackageHeader:
    return PackageHeader(
        kind=manifest.kind,
        station_code=manifest.station_code,
        station_name=manifest.station_name,
        fingerprint=manifest.sender_fingerprint,
        sign_public=b64(manifest.sender_sign_key),
        box_public=b64(manifest.sender_box_key),
        recipient=manifest.recipient_fingerprint,
        seq=manifest.seq,
        counter_from=manifest.counter_from,
        counter_to=manifest.counter_to,
        package_hash=manifest.package_hash,
        created_at=manifest.created_at,
        counts=dict(manifest.counts),
    )


class ContainerCodec:
    """``ContainerCodec(data_dir)`` (or ``ContainerCodec(keys=...)``): the township's codec."""

    def __init__(
        self, data_dir: str | os.PathLike[str] | None = None, *, keys: StationKeys | None = None
    ) -> None:
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._keys = keys

    @property
    def keys(self) -> StationKeys:
        if self._keys is None:
            assert self._data_dir is not None
            self._keys = load_or_create_keys(self._data_dir)
        return self._keys

    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def read_header(self, path: Path) -> PackageHeader:
        return _refusing(lambda: header_of(read_manifest(path)))

    def verify(self, path: Path) -> PackageHeader:
        """Signature, recipient and payload hash, without decrypting (for replays)."""

        def check() -> PackageHeader:
            data = Path(path).read_bytes()
            manifest = read_manifest(path)
            if manifest.kind != KIND_PACKAGE:
                raise errors.wrong_kind(found=manifest.kind, expected=KIND_PACKAGE)
            if manifest.recipient_fingerprint != self.fingerprint():
                raise errors.wrong_recipient(
                    addressed_to=manifest.recipient_fingerprint, mine=self.fingerprint()
                )
            (length,) = struct.unpack(">I", data[len(PREFIX) : len(PREFIX) + 4])
            body = memoryview(data)[len(PREFIX) + 4 + length :]
            if len(body) < manifest.payload_size:
                raise errors.truncated()
            digest = hashlib.sha256(body).hexdigest()
            if len(body) > manifest.payload_size or digest != manifest.payload_hash:
                raise errors.corrupt()
            return header_of(manifest)

        return _refusing(check)

    def open_package(self, path: Path, *, trust: Trust) -> tuple[PackageHeader, Records]:
        def check(manifest: Manifest) -> None:
            trust(header_of(manifest))

        opened = _refusing(
            lambda: open_container(path, my_keys=self.keys, expected_kind=KIND_PACKAGE, trust=check)
        )
        return header_of(opened.manifest), opened.records

    def write_receipt(
        self, out_dir: Path, *, village: VillagePeer, receipt: Receipt, township_name: str
    ) -> Path:
        seq = max(receipt.packages, default=0)
        fields = ManifestFields(
            station_code=receipt.township_code,
            station_name=township_name,
            seq=seq,
            counter_from=0,
            counter_to=receipt.confirmed_counter,
            created_at=receipt.created_at or None,
        )
        target = Path(out_dir)
        if target.is_dir():
            target = target / f"{village.code}-receipt-{seq}{RECEIPT_SUFFIX}"
        recipient = PublicKeys(sign=unb64(village.sign_public), box=unb64(village.box_public))
        return write_container(
            target,
            kind=KIND_RECEIPT,
            manifest_fields=fields,
            records={},
            extra=receipt_to_json(receipt),
            sender_keys=self.keys,
            recipient=recipient,
        )

    def write_enrolment(self, out: Path, *, station_code: str, station_name: str) -> Path:
        return enrolment_file.write_enrolment(
            out, station_code=station_code, station_name=station_name, keys=self.keys
        )
