"""The signed manifest of a sync container, as plain values, and its canonical JSON.

API:
    ManifestFields(station_code, station_name, seq, counter_from, counter_to,
                   previous_hash=None, created_at=None, notes={})  what the caller supplies
    Manifest                                                 everything the header carries
        .package_hash   SHA-256 hex of the canonical manifest: the identity of the file
                        (use it as the next package's ``previous_hash`` and to spot replays)
        .sender         PublicKeys of the sender
        .to_json() / Manifest.from_json(obj)  (ValueError when malformed)
    canonical_json(obj) -> bytes   sort_keys, separators (",", ":"), ensure_ascii=False, UTF-8
    JsonValue, JsonObject          what a sync file's JSON parses to
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from villagedesk.sync.keys import PublicKeys, b64, fingerprint, unb64

FORMAT_VERSION = 1
KIND_PACKAGE = "package"
KIND_RECEIPT = "receipt"
KINDS = (KIND_PACKAGE, KIND_RECEIPT)
RECORD_TYPE_RE = re.compile(r"^[a-z_]+$")
_FP_RE = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")

JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
"""A value as ``json.loads`` builds it."""
JsonObject = dict[str, JsonValue]


def canonical_json(obj: object) -> bytes:
    """The one byte form that is signed and hashed."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class ManifestFields:
    """What the writer of a package or receipt supplies; the rest is filled in by the container.

    ``created_at`` is an ISO 8601 string (default: now, UTC). ``notes`` holds small signed
    JSON values readable without decrypting (e.g. ``{"full": True}`` for ``export --full``). For a receipt, ``seq`` is the
    receipt's own number and the counter range is the confirmed range (caller's choice).
    """

    station_code: str
    station_name: str
    seq: int
    counter_from: int
    counter_to: int
    previous_hash: str | None = None
    created_at: str | None = None
    notes: Mapping[str, JsonValue] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    """The signed header of a .vdpkg / .vdrcpt file."""

    kind: str
    format_version: int
    program_version: str
    station_code: str
    station_name: str
    sender_sign_key: bytes
    sender_box_key: bytes
    sender_fingerprint: str
    recipient_fingerprint: str
    seq: int
    counter_from: int
    counter_to: int
    previous_hash: str | None
    created_at: str
    counts: Mapping[str, int]
    chunk_size: int
    chunk_count: int
    ephemeral_key: bytes
    payload_size: int
    payload_hash: str
    notes: Mapping[str, JsonValue] = field(default_factory=dict)

    @property
    def sender(self) -> PublicKeys:
        return PublicKeys(sign=self.sender_sign_key, box=self.sender_box_key)

    @property
    def total_records(self) -> int:
        return sum(self.counts.values())

    @property
    def package_hash(self) -> str:
        return hashlib.sha256(canonical_json(self.to_json())).hexdigest()

    def to_json(self) -> JsonObject:
        return {
            "kind": self.kind,
            "format_version": self.format_version,
            "program_version": self.program_version,
            "station_code": self.station_code,
            "station_name": self.station_name,
            "sender_keys": {"sign": b64(self.sender_sign_key), "box": b64(self.sender_box_key)},
            "sender_fingerprint": self.sender_fingerprint,
            "recipient_fingerprint": self.recipient_fingerprint,
            "seq": self.seq,
            "counter": {"from": self.counter_from, "to": self.counter_to},
            "previous_hash": self.previous_hash,
            "created_at": self.created_at,
            "counts": dict(self.counts),
            "chunk_size": self.chunk_size,
            "chunk_count": self.chunk_count,
            "ephemeral_key": b64(self.ephemeral_key),
            "payload_size": self.payload_size,
            "payload_hash": self.payload_hash,
            "notes": dict(self.notes),
        }

    def binding_json(self) -> bytes:
        """Canonical manifest without ``payload_hash``: the AEAD's AAD and HKDF salt source."""
        obj = self.to_json()
        del obj["payload_hash"]
        return canonical_json(obj)

    @classmethod
    def from_json(cls, obj: object) -> Manifest:
        """Parse and check every field's type and shape; ValueError when anything is off."""
        if not isinstance(obj, dict):
            raise ValueError("manifest must be an object")
        keys = PublicKeys.from_json(obj.get("sender_keys"))
        counter = obj.get("counter")
        if not isinstance(counter, dict) or set(counter) != {"from", "to"}:
            raise ValueError("counter")
        counts = obj.get("counts")
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and RECORD_TYPE_RE.match(k) and _is_int(v) and v >= 0
            for k, v in counts.items()
        ):
            raise ValueError("counts")
        notes = obj.get("notes")
        if not isinstance(notes, dict):
            raise ValueError("notes")
        m = cls(
            kind=_str(obj, "kind"),
            format_version=_int(obj, "format_version"),
            program_version=_str(obj, "program_version"),
            station_code=_str(obj, "station_code"),
            station_name=_str(obj, "station_name"),
            sender_sign_key=keys.sign,
            sender_box_key=keys.box,
            sender_fingerprint=_str(obj, "sender_fingerprint"),
            recipient_fingerprint=_str(obj, "recipient_fingerprint"),
            seq=_int(obj, "seq"),
            counter_from=_int(counter, "from"),
            counter_to=_int(counter, "to"),
            previous_hash=_opt_str(obj, "previous_hash"),
            created_at=_str(obj, "created_at"),
            counts=dict(counts),
            chunk_size=_int(obj, "chunk_size"),
            chunk_count=_int(obj, "chunk_count"),
            ephemeral_key=unb64(obj.get("ephemeral_key"), size=32),
            payload_size=_int(obj, "payload_size"),
            payload_hash=_str(obj, "payload_hash"),
            notes=notes,
        )
        if m.kind not in KINDS or m.format_version != FORMAT_VERSION:
            raise ValueError("kind or version")
        if m.sender_fingerprint != fingerprint(m.sender_sign_key, m.sender_box_key):
            raise ValueError("sender fingerprint")
        if not _FP_RE.match(m.recipient_fingerprint) or not _HEX64_RE.match(m.payload_hash):
            raise ValueError("fingerprint or hash")
        if m.chunk_size <= 0 or m.chunk_count <= 0 or m.payload_size <= 0:
            raise ValueError("sizes")
        if set(obj) != set(m.to_json()):
            raise ValueError("unexpected fields")
        return m


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(obj: Mapping[str, object], key: str) -> int:
    value = obj.get(key)
    if not _is_int(value):
        raise ValueError(key)
    assert isinstance(value, int)
    return value


def _str(obj: Mapping[str, object], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def _opt_str(obj: Mapping[str, object], key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(key)
    return value
