"""The enrolment file (township -> village): the township's name, code and public keys, signed.

API:
    ENROLMENT_SUFFIX = ".vdenrol"
    Enrolment(station_code, station_name, keys: PublicKeys, created_at)   .fingerprint
    write_enrolment(path_or_dir, *, station_code, station_name, keys: StationKeys,
                    created_at=None, endorse_with: StationKeys | None = None) -> Path
        a folder gets "<code>.vdenrol"; atomic write
    read_enrolment(path) -> Enrolment            SyncRefused("not_a_package" | "corrupt")

The file is self-signed: the signature shows it was not altered on the way, and the village
user confirms the township by comparing the fingerprint (shown on import) with the one printed
on the township's enrolment sheet. After a key rotation the township's previous key signs the
same body too (``endorsement``), as TUF's old root signs the new one: a village that trusts the
old key may then take the new one without being told to replace its township.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from villagedesk.core.clock import utc_offset_stamp
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.sync import errors
from villagedesk.sync.keys import PublicKeys, StationKeys, b64, unb64, verify_signature
from villagedesk.sync.manifest import canonical_json

ENROLMENT_SUFFIX = ".vdenrol"
FORMAT = "villagedesk-enrolment"
VERSION = 1
MAX_SIZE = 64 * 1024


@dataclass(frozen=True)
class Enrolment:
    """A township's identity as a village learns it."""

    station_code: str
    station_name: str
    keys: PublicKeys
    created_at: str
    endorsed_by: PublicKeys | None = None

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "station_code": self.station_code,
            "station_name": self.station_name,
            "keys": self.keys.to_json(),
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
        }


def write_enrolment(
    path_or_dir: str | os.PathLike[str],
    *,
    station_code: str,
    station_name: str,
    keys: StationKeys,
    created_at: str | None = None,
    endorse_with: StationKeys | None = None,
) -> Path:
    """Write the signed enrolment file atomically; returns its path."""
    target = Path(path_or_dir)
    if target.is_dir():
        target = target / f"{station_code}{ENROLMENT_SUFFIX}"
    body = Enrolment(
        station_code, station_name, keys.public, created_at or utc_offset_stamp()
    ).to_json()
    signed: dict[str, object] = {
        "enrolment": body,
        "signature": b64(keys.sign(canonical_json(body))),
    }
    if endorse_with is not None and endorse_with.fingerprint != keys.fingerprint:
        signed["endorsement"] = {
            "keys": endorse_with.public.to_json(),
            "signature": b64(endorse_with.sign(canonical_json(body))),
        }
    text = json.dumps(signed, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(target, text.encode("utf-8"))
    return target


def read_enrolment(path: str | os.PathLike[str]) -> Enrolment:
    """Read and verify an enrolment file."""
    p = Path(path)
    if p.stat().st_size > MAX_SIZE:
        raise errors.not_an_enrolment()
    try:
        signed = json.loads(p.read_bytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise errors.not_an_enrolment() from None
    body = signed.get("enrolment") if isinstance(signed, dict) else None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise errors.not_an_enrolment()
    if body.get("version") != VERSION:
        version = body.get("version")
        raise errors.unsupported(version if isinstance(version, int) else 0)
    try:
        keys = PublicKeys.from_json(body.get("keys"))
        signature = unb64(signed.get("signature"), size=64)
        code, name, created = body["station_code"], body["station_name"], body["created_at"]
        if not all(isinstance(v, str) for v in (code, name, created)):
            raise ValueError("fields")
    except (ValueError, KeyError):
        raise errors.corrupt() from None
    if not verify_signature(keys.sign, signature, canonical_json(body)):
        raise errors.corrupt()
    endorsed_by = _endorsement(signed.get("endorsement"), canonical_json(body))
    enrolment = Enrolment(code, name, keys, created, endorsed_by)
    if enrolment.to_json() != body:
        raise errors.corrupt()
    return enrolment


def _endorsement(obj: object, body: bytes) -> PublicKeys | None:
    """The previous key that signed ``body`` too, or None; a bad endorsement is corruption."""
    if obj is None:
        return None
    try:
        if not isinstance(obj, dict):
            raise ValueError("endorsement")
        keys = PublicKeys.from_json(obj.get("keys"))
        signature = unb64(obj.get("signature"), size=64)
    except ValueError:
        raise errors.corrupt() from None
    if not verify_signature(keys.sign, signature, body):
        raise errors.corrupt()
    return keys
