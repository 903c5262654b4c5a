"""Encrypted backups for removable media (``.vdsafe``): a passphrase, Argon2id, ChaCha20-Poly1305.

File: ``MAGIC`` (b"VDSAFE\\x00" + version byte) | u32 header length | header | SHA-256(header) |
chunks. Header = canonical JSON: format, version, created_at, program_version, the station's code
and name (nothing personal), ``kdf`` (argon2id, time_cost, memory_cost in KiB, parallelism, a
16-byte random salt), cipher, chunk_size and a 16-byte ``key_check``.
Key: Argon2id(NFC passphrase as UTF-8, salt) -> 32 bytes; HKDF-SHA256 of it gives the chunk key
and the key check (so a wrong passphrase is told apart from a damaged file).
Chunk i = ChaCha20-Poly1305(plaintext[i * 64 KiB : (i + 1) * 64 KiB]), nonce = i as 11 bytes
big-endian + a last-chunk flag byte (as sync/container.py), AAD = SHA-256(header). Every chunk but
the last is full, so a flipped byte, a truncation, appended or reordered bytes fail a tag.
Plaintext stream: u32 length | extras (a JSON object given by the caller) | the SQLite database.

API:
    save_sealed_backup(db_path, out_dir, *, passphrase, extras, station_code, station_name, now,
                       work_dir, progress=None) -> Path
    open_sealed_backup(path, *, passphrase, work_dir, progress=None) -> SealedBackup
    is_sealed_backup(path) -> bool
Both stream; neither holds the database in memory. The plain copies live only in ``work_dir``
(the data folder, on the live database's disk) under fsutil's temp names, never on the stick.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import struct
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import villagedesk
from villagedesk import fsutil
from villagedesk.core.errors import DomainError
from villagedesk.core.passphrase import check_passphrase, normalize
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.store import backup

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
_KEY_INFO = b"villagedesk-backup-v1 key"
_CHECK_INFO = b"villagedesk-backup-v1 check"
# "加密" marks the encrypted USB backup; "usb" is how earlier releases named it.
_NAME = re.compile(r"^villagedesk-\d{8}-\d{6}-(?:加密|usb)(?:-\d+)?\.vdsafe$")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's costs: passes, memory in KiB, lanes."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


class NotSealedBackup(DomainError):
    """The file is not an encrypted VillageDesk backup."""


class BackupDamaged(DomainError):
    """The file is damaged, incomplete, extended or forged; nothing of it is used."""


class WrongPassphrase(DomainError):
    """The passphrase does not open this backup."""


@dataclass(frozen=True)
class SealedBackup:
    """An opened backup: the decrypted database as a temp file in the work folder.

    ``close()`` (or leaving a ``with`` block) removes that file; a killed run leaves a temp name
    that the next start sweeps.
    """

    db_path: Path
    extras: dict[str, Any] = field(repr=False)
    station_code: str
    station_name: str
    created_at: datetime

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.db_path.unlink()

    def __enter__(self) -> SealedBackup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class _Header:
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


ENCRYPTING = msg("Store", QT_TRANSLATE_NOOP("Store", "Encrypting the backup…"))
VERIFYING = msg("Store", QT_TRANSLATE_NOOP("Store", "Checking the backup on the drive…"))
DECRYPTING = msg("Store", QT_TRANSLATE_NOOP("Store", "Decrypting the backup…"))


def _error(cls: type[DomainError], text: str, path: Path) -> DomainError:
    return cls(msg("Store", text, path=str(path)))


def _not_sealed(path: Path) -> DomainError:
    return _error(
        NotSealedBackup,
        QT_TRANSLATE_NOOP("Store", "This file is not an encrypted VillageDesk backup: {path}"),
        path,
    )


def damaged(path: Path) -> DomainError:
    """The refusal of a damaged, incomplete or forged backup file."""
    return _error(
        BackupDamaged,
        QT_TRANSLATE_NOOP(
            "Store",
            "The encrypted backup {path} is damaged or incomplete and cannot be restored; nothing was changed. Try another copy.",
        ),
        path,
    )


def _wrong_passphrase(path: Path) -> DomainError:
    return _error(
        WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "Store",
            "The passphrase is not correct for the backup {path}; nothing was changed. Check the passphrase (and the input method) and try again.",
        ),
        path,
    )


def _newer(path: Path) -> DomainError:
    return _error(
        DomainError,
        QT_TRANSLATE_NOOP(
            "Store",
            "The encrypted backup {path} was written by a newer version of VillageDesk. Install the newer version; nothing was changed.",
        ),
        path,
    )


def _unverified(path: Path) -> DomainError:
    return _error(
        DomainError,
        QT_TRANSLATE_NOOP(
            "Store", "The backup written to {path} could not be read back. Try another drive."
        ),
        path,
    )


# -- pieces -----------------------------------------------------------------------------------


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if len(data) != size or _b64(data) != text:
        raise ValueError("base64 size")
    return data


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _derive(passphrase: str, kdf: KdfParams, salt: bytes) -> tuple[ChaCha20Poly1305, bytes]:
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
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(master)
    check = HKDF(algorithm=hashes.SHA256(), length=CHECK_SIZE, salt=None, info=_CHECK_INFO)
    return ChaCha20Poly1305(key), check.derive(master)


def _int(obj: Mapping[str, Any], key: str, low: int, high: int) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(key)
    return value


def _str(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or len(value) > 1000:
        raise ValueError(key)
    return value


def _parse_header(raw: bytes) -> _Header:
    """Check a header's bytes field by field; ValueError for anything unexpected."""
    obj = json.loads(raw.decode("utf-8"))
    if not isinstance(obj, dict) or _canonical(obj) != raw:
        raise ValueError("not canonical")
    if obj.get("format") != FORMAT or obj.get("version") != VERSION or obj.get("cipher") != CIPHER:
        raise ValueError("format")
    if obj.get("chunk_size") != CHUNK_SIZE:
        raise ValueError("chunk size")
    kdf = obj.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise ValueError("kdf")
    lanes = _int(kdf, "parallelism", 1, MAX_PARALLELISM)
    params = KdfParams(
        time_cost=_int(kdf, "time_cost", 1, MAX_TIME_COST),
        memory_cost=_int(kdf, "memory_cost", 8 * lanes, MAX_MEMORY_KIB),
        parallelism=lanes,
    )
    return _Header(
        raw=raw,
        kdf=params,
        salt=_unb64(kdf.get("salt"), SALT_SIZE),
        key_check=_unb64(obj.get("key_check"), CHECK_SIZE),
        station_code=_str(obj, "station_code"),
        station_name=_str(obj, "station_name"),
        created_at=datetime.fromisoformat(_str(obj, "created_at")),
    )


def _make_header(
    *, kdf: KdfParams, salt: bytes, key_check: bytes, code: str, name: str, now: datetime
) -> _Header:
    raw = _canonical(
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
                "salt": _b64(salt),
            },
            "key_check": _b64(key_check),
        }
    )
    return _parse_header(raw)  # what a reader will accept, or ValueError now


def _read_header(f: BinaryIO, path: Path) -> _Header:
    start = f.read(len(PREFIX) + 4)
    seen = start[: len(MAGIC)]
    if not start or seen != MAGIC[: len(seen)]:
        raise _not_sealed(path)
    if len(start) <= len(MAGIC):
        raise damaged(path)  # cut off inside the magic bytes
    if start[len(MAGIC)] > VERSION:
        raise _newer(path)
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
        return _parse_header(raw)
    except (ValueError, UnicodeDecodeError):
        raise damaged(path) from None


def _plain_blocks(prefix: bytes, db: BinaryIO, digest: Any) -> Iterator[tuple[int, bytes, bool]]:
    """(index, up to 64 KiB of prefix + database, is last), reading ahead one block."""

    def blocks() -> Iterator[bytes]:
        buffer = bytearray(prefix)
        exhausted = False
        while buffer or not exhausted:
            while not exhausted and len(buffer) < CHUNK_SIZE:
                data = db.read(CHUNK_SIZE)
                if data:
                    digest.update(data)
                    buffer += data
                else:
                    exhausted = True
            if buffer:
                yield bytes(buffer[:CHUNK_SIZE])
                del buffer[:CHUNK_SIZE]

    it = blocks()
    current = next(it, None)
    index = 0
    while current is not None:
        following = next(it, None)
        yield index, current, following is None
        current, index = following, index + 1


def _chunk_count(body: int, path: Path) -> int:
    full = CHUNK_SIZE + TAG_SIZE
    count, rest = divmod(body, full)
    if body <= 0 or 0 < rest <= TAG_SIZE:
        raise damaged(path)
    return count + (1 if rest else 0)


def _decrypt_stream(
    path: Path,
    passphrase: str,
    sink: Callable[[bytes], None],
    progress: Progress,
    label: Message | None,
) -> tuple[_Header, bytes]:
    """Authenticate and decrypt ``path``: the header and the extras' bytes are returned, the
    database's bytes go to ``sink`` chunk by chunk (nothing of them is trusted before its tag).

    ``progress`` is started on the chunks with ``label``; with None it just counts on.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE:
            raise damaged(path)
        header = _read_header(f, path)
        count = _chunk_count(size - len(header.head), path)
        progress.check()
        aead, check = _derive(passphrase, header.kdf, header.salt)
        if not hmac.compare_digest(check, header.key_check):
            raise _wrong_passphrase(path)
        aad = header.aad
        if label is not None:
            progress.start(count, label=label)
        pending = bytearray()
        extras: bytes | None = None
        for index in range(count):
            sealed = f.read(CHUNK_SIZE + TAG_SIZE)
            try:
                plain = aead.decrypt(_nonce(index, index == count - 1), sealed, aad)
            except InvalidTag:
                raise damaged(path) from None
            if extras is None:
                pending += plain
                if len(pending) >= 4:
                    (length,) = struct.unpack(">I", pending[:4])
                    if length > MAX_EXTRAS:
                        raise damaged(path)
                    if len(pending) >= 4 + length:
                        extras = bytes(pending[4 : 4 + length])
                        if len(pending) > 4 + length:
                            sink(bytes(pending[4 + length :]))
                        pending.clear()
            else:
                sink(plain)
            progress.advance()
        if f.read(1):
            raise damaged(path)  # the file grew while it was read
    if extras is None:
        raise damaged(path)
    return header, extras


def _parse_extras(raw: bytes, path: Path) -> dict[str, Any]:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise damaged(path) from None
    if not isinstance(obj, dict):
        raise damaged(path)
    return obj


class _DbCheck:
    """The database part of a decrypted stream: its SHA-256 and its first bytes."""

    def __init__(self, out: BinaryIO | None = None) -> None:
        self.digest = hashlib.sha256()
        self.start = b""
        self.size = 0
        self.out = out

    def __call__(self, data: bytes) -> None:
        if len(self.start) < len(SQLITE_MAGIC):
            self.start += data[: len(SQLITE_MAGIC) - len(self.start)]
        self.digest.update(data)
        self.size += len(data)
        if self.out is not None:
            self.out.write(data)

    @property
    def is_sqlite(self) -> bool:
        return self.start == SQLITE_MAGIC


# -- the API ----------------------------------------------------------------------------------


def backup_name(now: datetime, n: int = 0) -> str:
    extra = f"-{n}" if n else ""
    return f"villagedesk-{now:%Y%m%d-%H%M%S}-加密{extra}{SUFFIX}"


def is_backup_name(name: str) -> bool:
    return bool(_NAME.match(name))


def _free_name(folder: Path, now: datetime) -> Path:
    n = 0
    while (folder / backup_name(now, n)).exists():
        n += 1
    return folder / backup_name(now, n)


def is_sealed_backup(path: str | os.PathLike[str]) -> bool:
    """True when the file starts like an encrypted backup (its magic bytes)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def save_sealed_backup(
    db_path: Path,
    out_dir: Path,
    *,
    passphrase: str,
    extras: Mapping[str, Any],
    station_code: str,
    station_name: str,
    now: datetime,
    work_dir: Path,
    progress: Progress | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> Path:
    """Write an encrypted backup of the live ``db_path`` into ``out_dir``; read it back, check
    every chunk and the database's bytes, and return it. On any failure (or a cancel) nothing of
    it is left in ``out_dir`` and no plain copy in ``work_dir``."""
    secret = check_passphrase(passphrase)
    extras_raw = _canonical(dict(extras))
    if len(extras_raw) > MAX_EXTRAS:
        raise ValueError("extras too large")
    progress = progress if progress is not None else Progress()
    out_dir.mkdir(parents=True, exist_ok=True)
    fsutil.sweep_temp_files(out_dir)
    final = _free_name(out_dir, now)
    progress.check()
    salt = secrets.token_bytes(SALT_SIZE)
    aead, key_check = _derive(secret, kdf, salt)
    header = _make_header(
        kdf=kdf, salt=salt, key_check=key_check, code=station_code, name=station_name, now=now
    )
    aad = header.aad
    plain = backup.copy_to_temp(db_path, work_dir, final.name)
    written = hashlib.sha256()
    try:
        progress.check()
        size = 4 + len(extras_raw) + plain.stat().st_size
        count = -(-size // CHUNK_SIZE)
        progress.start(2 * count, label=ENCRYPTING)
        prefix = struct.pack(">I", len(extras_raw)) + extras_raw
        with open(plain, "rb") as db, fsutil.atomic_writer(final) as out:
            out.write(header.head)
            for index, block, last in _plain_blocks(prefix, db, written):
                out.write(aead.encrypt(_nonce(index, last), block, aad))
                progress.advance()
    finally:
        with contextlib.suppress(OSError):
            plain.unlink()
    try:
        progress.set_label(VERIFYING)
        _verify_written(final, secret, header, extras_raw, written.digest(), progress)
    except BaseException:
        with contextlib.suppress(OSError):
            final.unlink()
        fsutil.fsync_dir(out_dir)
        raise
    return final


def _verify_written(
    path: Path,
    passphrase: str,
    header: _Header,
    extras_raw: bytes,
    db_hash: bytes,
    progress: Progress,
) -> None:
    """Decrypt the file as read back from the drive (past the page cache where the OS allows)
    and compare it with what was encrypted."""
    with contextlib.suppress(OSError, AttributeError), open(path, "rb") as f:
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    db = _DbCheck()
    try:
        read, extras = _decrypt_stream(path, passphrase, db, progress, None)
    except (OSError, BackupDamaged, WrongPassphrase, NotSealedBackup):
        raise _unverified(path) from None
    if (
        read.raw != header.raw
        or extras != extras_raw
        or db.digest.digest() != db_hash
        or not db.is_sqlite
    ):
        raise _unverified(path)


def open_sealed_backup(
    path: Path,
    *,
    passphrase: str,
    work_dir: Path,
    progress: Progress | None = None,
) -> SealedBackup:
    """Check and decrypt ``path`` into a temp database in ``work_dir``.

    A wrong passphrase, a damaged or forged file, or one that is no backup raises a
    :class:`DomainError` and leaves nothing behind. The caller closes the result.
    """
    path = Path(path)
    progress = progress if progress is not None else Progress()
    try:
        with open(path, "rb") as f:
            _read_header(f, path)  # refuse what is no backup before making any temp file
    except OSError:
        raise _not_sealed(path) from None
    work_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = fsutil.temp_file(work_dir, path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            db = _DbCheck(out)
            try:
                header, extras_raw = _decrypt_stream(path, passphrase, db, progress, DECRYPTING)
            except OSError:
                raise damaged(path) from None
            out.flush()
            os.fsync(out.fileno())
        if not db.is_sqlite:
            raise damaged(path)
        extras = _parse_extras(extras_raw, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return SealedBackup(
        db_path=tmp,
        extras=extras,
        station_code=header.station_code,
        station_name=header.station_name,
        created_at=header.created_at,
    )
