"""The bytes of an encrypted backup (``.vdsafe``): constants, the header, keys and nonces.

The layout is described in :mod:`villagedesk.store.sealed_backup`, which writes and reads it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import villagedesk
from villagedesk.core.passphrase import normalize
from villagedesk.store.sealed_backup_errors import damaged, newer, not_sealed

SUFFIX = ".vdsafe"
FORMAT = "villagedesk-sealed-backup"
VERSION = 1
MAGIC = b"VDSAFE\x00"
PREFIX = MAGIC + bytes([VERSION])
CIPHER = "chacha20-poly1305"
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SALT_SIZE = 16
CHECK_SIZE = 16
MAX_HEADER = 64 * 1024
MAX_EXTRAS = 1 << 20
MAX_FILE = 8 << 30
MAX_MEMORY_KIB = 1 << 20  # 1 GiB: a header asking for more is refused before any work
MAX_TIME_COST = 16
MAX_PARALLELISM = 16
SQLITE_MAGIC = b"SQLite format 3\x00"
IDENTITY = "identity"  # the extras' key under which the GUI and the CLI put the station's keys
KEY_INFO = b"villagedesk-backup-v1 key"
CHECK_INFO = b"villagedesk-backup-v1 check"
# "加密" marks the encrypted USB backup; "usb" is how earlier releases named it.


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's costs: passes, memory in KiB, lanes."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Header:
    raw: bytes
    kdf: KdfParams
    salt: bytes
    key_check: bytes
    station_code: str
    station_name: str
    created_at: datetime

    @property
    def aad(self) -> bytes:
        return hashlib.sha256(self.raw).digest()

    @property
    def head(self) -> bytes:
        """Everything before the chunks, as written."""
        return PREFIX + struct.pack(">I", len(self.raw)) + self.raw + self.aad


def canonical(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if len(data) != size or b64(data) != text:
        raise ValueError("base64 size")
    return data


def nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def derive(passphrase: str, kdf: KdfParams, salt: bytes) -> tuple[ChaCha20Poly1305, bytes]:
    """The chunk cipher and the key check for ``passphrase`` under ``kdf`` and ``salt``."""
    master = hash_secret_raw(
        secret=normalize(passphrase).encode("utf-8"),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KEY_INFO).derive(master)
    check = HKDF(algorithm=hashes.SHA256(), length=CHECK_SIZE, salt=None, info=CHECK_INFO)
    return ChaCha20Poly1305(key), check.derive(master)


def int_field(obj: Mapping[str, object], key: str, low: int, high: int) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(key)
    return value


def str_field(obj: Mapping[str, object], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or len(value) > 1000:
        raise ValueError(key)
    return value


def parse_header(raw: bytes) -> Header:
    """Check a header's bytes field by field; ValueError for anything unexpected."""
    obj = json.loads(raw.decode("utf-8"))
    if not isinstance(obj, dict) or canonical(obj) != raw:
        raise ValueError("not canonical")
    if obj.get("format") != FORMAT or obj.get("version") != VERSION or obj.get("cipher") != CIPHER:
        raise ValueError("format")
    if obj.get("chunk_size") != CHUNK_SIZE:
        raise ValueError("chunk size")
    kdf = obj.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise ValueError("kdf")
    lanes = int_field(kdf, "parallelism", 1, MAX_PARALLELISM)
    params = KdfParams(
        time_cost=int_field(kdf, "time_cost", 1, MAX_TIME_COST),
        memory_cost=int_field(kdf, "memory_cost", 8 * lanes, MAX_MEMORY_KIB),
        parallelism=lanes,
    )
    return Header(
        raw=raw,
        kdf=params,
        salt=unb64(kdf.get("salt"), SALT_SIZE),
        key_check=unb64(obj.get("key_check"), CHECK_SIZE),
        station_code=str_field(obj, "station_code"),
        station_name=str_field(obj, "station_name"),
        created_at=datetime.fromisoformat(str_field(obj, "created_at")),
    )


def make_header(
    *, kdf: KdfParams, salt: bytes, key_check: bytes, code: str, name: str, now: datetime
) -> Header:
    raw = canonical(
        {
            "format": FORMAT,
            "version": VERSION,
            "program_version": villagedesk.__version__,
            "created_at": now.isoformat(timespec="seconds"),
            "station_code": code,
            "station_name": name,
            "cipher": CIPHER,
            "chunk_size": CHUNK_SIZE,
            "kdf": {
                "name": "argon2id",
                "time_cost": kdf.time_cost,
                "memory_cost": kdf.memory_cost,
                "parallelism": kdf.parallelism,
                "salt": b64(salt),
            },
            "key_check": b64(key_check),
        }
    )
    return parse_header(raw)  # what a reader will accept, or ValueError now


def read_header(f: BinaryIO, path: Path) -> Header:
    start = f.read(len(PREFIX) + 4)
    seen = start[: len(MAGIC)]
    if not start or seen != MAGIC[: len(seen)]:
        raise not_sealed(path)
    if len(start) <= len(MAGIC):
        raise damaged(path)  # cut off inside the magic bytes
    if start[len(MAGIC)] > VERSION:
        raise newer(path)
    if start[len(MAGIC)] != VERSION or len(start) < len(PREFIX) + 4:
        raise damaged(path)
    (length,) = struct.unpack(">I", start[len(PREFIX) :])
    if length > MAX_HEADER:
        raise damaged(path)
    raw = f.read(length)
    digest = f.read(32)
    if len(raw) != length or not hmac.compare_digest(digest, hashlib.sha256(raw).digest()):
        raise damaged(path)
    try:
        return parse_header(raw)
    except (ValueError, UnicodeDecodeError):
        raise damaged(path) from None


def chunk_count(body: int, path: Path) -> int:
    full = CHUNK_SIZE + TAG_SIZE
    count, rest = divmod(body, full)
    if body <= 0 or 0 < rest <= TAG_SIZE:
        raise damaged(path)
    return count + (1 if rest else 0)


def parse_extras(raw: bytes, path: Path) -> dict[str, object]:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise damaged(path) from None
    if not isinstance(obj, dict):
        raise damaged(path)
    return obj
