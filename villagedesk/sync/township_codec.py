"""The package format as a township uses it: implements core.township.model.TownshipCodec.

Keys are created at first need in ``<data_dir>/keys``. Every refusal from the format comes back
as core's :class:`~villagedesk.core.township.model.PackageRefused` with the format's reason code.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from villagedesk.core.township.model import (
    PackageHeader,
    PackageRefused,
    Records,
    Trust,
    VillagePeer,
)
from villagedesk.core.township.ports import Receipt, receipt_to_json
from villagedesk.sync import enrolment as enrolment_file
from villagedesk.sync import errors
from villagedesk.sync.container import PREFIX, open_container, read_manifest, write_container
from villagedesk.sync.keys import PublicKeys, StationKeys, b64, unb64
from villagedesk.sync.keystore import load_or_create_keys, retired_keys
from villagedesk.sync.manifest import KIND_PACKAGE, KIND_RECEIPT, Manifest, ManifestFields

T = TypeVar("T")
RECEIPT_SUFFIX = ".vdrcpt"
MAX_LINKS = 5000
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _refusing(call: Callable[[], T]) -> T:
    try:
        return call()
    except PackageRefused:
        raise
    except errors.SyncRefused as e:
        raise PackageRefused(e.message, reason=e.reason) from e
    except OSError as e:
        raise PackageRefused(errors.not_a_package().message, reason="not_a_package") from e


def _links(notes: Mapping[str, object]) -> tuple[tuple[int, str], ...]:
    """The (seq, hash) pairs a package names; anything malformed is refused as malformed."""
    raw = notes.get("history", [])
    if not isinstance(raw, list) or len(raw) > MAX_LINKS:
        raise errors.malformed(errors.detail_missing("history"))
    links: list[tuple[int, str]] = []
    for item in raw:
        ok = isinstance(item, list) and len(item) == 2
        seq, digest = (item[0], item[1]) if ok else (None, None)
        if not (isinstance(seq, int) and not isinstance(seq, bool) and seq > 0):
            raise errors.malformed(errors.detail_missing("history"))
        if not (isinstance(digest, str) and _HEX64.match(digest)):
            raise errors.malformed(errors.detail_missing("history"))
        links.append((seq, digest))
    return tuple(links)


def _audit_note(notes: Mapping[str, object]) -> tuple[int, tuple[int, str] | None]:
    """The audit section's start and the village's audit head (None: not carried)."""
    raw = notes.get("audit")
    if raw is None:
        return 0, None
    since = raw.get("from") if isinstance(raw, dict) else None
    head = raw.get("head") if isinstance(raw, dict) else None
    ok = isinstance(since, int) and not isinstance(since, bool) and since >= 0
    ok = ok and isinstance(head, list) and len(head) == 2
    seq, digest = (head[0], head[1]) if ok and isinstance(head, list) else (None, None)
    if not (isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0):
        raise errors.malformed(errors.detail_missing("audit"))
    if not (isinstance(digest, str) and _HEX64.match(digest)) or not isinstance(since, int):
        raise errors.malformed(errors.detail_missing("audit"))
    if since > seq:
        raise errors.malformed(errors.detail_missing("audit"))
    return since, (seq, digest)


def header_of(manifest: Manifest) -> PackageHeader:
    notes = manifest.notes
    installation = notes.get("installation", "")
    line = notes.get("line", 0)
    if not isinstance(installation, str) or len(installation) > 64:
        raise errors.malformed(errors.detail_missing("installation"))
    if not isinstance(line, int) or isinstance(line, bool) or line < 0:
        raise errors.malformed(errors.detail_missing("line"))
    base = notes.get("line_base")
    if base is not None and (not isinstance(base, int) or isinstance(base, bool) or base < 0):
        raise errors.malformed(errors.detail_missing("line_base"))
    audit_from, audit_head = _audit_note(notes)
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
        installation=installation,
        line=line,
        line_base=base,
        previous_hash=manifest.previous_hash,
        links=_links(notes),
        audit_from=audit_from,
        audit_head=audit_head,
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

    def _keys_for(self, recipient: str) -> StationKeys:
        """The key a package is addressed to: the current one, or one retired by a rotation."""
        if recipient == self.keys.fingerprint or self._data_dir is None:
            return self.keys
        return next(
            (k for k in retired_keys(self._data_dir) if k.fingerprint == recipient), self.keys
        )

    def read_header(self, path: Path) -> PackageHeader:
        return _refusing(lambda: header_of(read_manifest(path)))

    def verify(self, path: Path) -> PackageHeader:
        """Signature, recipient and payload hash, without decrypting (for replays)."""

        def check() -> PackageHeader:
            data = Path(path).read_bytes()
            manifest = read_manifest(path)
            if manifest.kind != KIND_PACKAGE:
                raise errors.wrong_kind(found=manifest.kind, expected=KIND_PACKAGE)
            mine = self._keys_for(manifest.recipient_fingerprint).fingerprint
            if manifest.recipient_fingerprint != mine:
                raise errors.wrong_recipient(addressed_to=manifest.recipient_fingerprint, mine=mine)
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

        def open_() -> tuple[PackageHeader, Records]:
            keys = self._keys_for(read_manifest(path).recipient_fingerprint)
            opened = open_container(path, my_keys=keys, expected_kind=KIND_PACKAGE, trust=check)
            return header_of(opened.manifest), opened.records

        return _refusing(open_)

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
        """The enrolment file; after a rotation the previous key endorses the new one."""
        retired = retired_keys(self._data_dir) if self._data_dir is not None else []
        return enrolment_file.write_enrolment(
            out,
            station_code=station_code,
            station_name=station_name,
            keys=self.keys,
            endorse_with=retired[0] if retired else None,
        )
