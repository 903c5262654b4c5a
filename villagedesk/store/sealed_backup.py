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

import contextlib
import hashlib
import os
import re
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from villagedesk import fsutil
from villagedesk.core.passphrase import check_passphrase
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store import backup
from villagedesk.store.sealed_backup_errors import (
    BackupDamaged,
    NotSealedBackup,
    WrongPassphrase,
    damaged,
    not_sealed,
    unverified,
)
from villagedesk.store.sealed_backup_format import (
    CHUNK_SIZE,
    DEFAULT_KDF,
    IDENTITY,
    MAGIC,
    MAX_EXTRAS,
    SALT_SIZE,
    SUFFIX,
    Header,
    KdfParams,
    canonical,
    derive,
    make_header,
    nonce,
    parse_extras,
    read_header,
)
from villagedesk.store.sealed_backup_stream import DbCheck, decrypt_stream, plain_blocks

__all__ = [
    "DEFAULT_KDF",
    "IDENTITY",
    "SUFFIX",
    "BackupDamaged",
    "KdfParams",
    "NotSealedBackup",
    "SealedBackup",
    "WrongPassphrase",
    "backup_name",
    "damaged",
    "is_backup_name",
    "is_sealed_backup",
    "open_sealed_backup",
    "save_sealed_backup",
]

_NAME = re.compile(r"^villagedesk-\d{8}-\d{6}-(?:加密|usb)(?:-\d+)?\.vdsafe$")


@dataclass(frozen=True)
class SealedBackup:
    """An opened backup: the decrypted database as a temp file in the work folder.

    ``close()`` (or leaving a ``with`` block) removes that file; a killed run leaves a temp name
    that the next start sweeps.
    """

    db_path: Path
    extras: dict[str, object] = field(repr=False)
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


ENCRYPTING = msg("Store", QT_TRANSLATE_NOOP("Store", "Encrypting the backup…"))
VERIFYING = msg("Store", QT_TRANSLATE_NOOP("Store", "Checking the backup on the drive…"))
DECRYPTING = msg("Store", QT_TRANSLATE_NOOP("Store", "Decrypting the backup…"))


# -- pieces -----------------------------------------------------------------------------------


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
    extras: Mapping[str, object],
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
    extras_raw = canonical(dict(extras))
    if len(extras_raw) > MAX_EXTRAS:
        raise ValueError("extras too large")
    progress = progress if progress is not None else Progress()
    out_dir.mkdir(parents=True, exist_ok=True)
    fsutil.sweep_temp_files(out_dir)
    final = _free_name(out_dir, now)
    progress.check()
    salt = secrets.token_bytes(SALT_SIZE)
    aead, key_check = derive(secret, kdf, salt)
    header = make_header(
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
            for index, block, last in plain_blocks(prefix, db, written):
                out.write(aead.encrypt(nonce(index, last), block, aad))
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
    header: Header,
    extras_raw: bytes,
    db_hash: bytes,
    progress: Progress,
) -> None:
    """Decrypt the file as read back from the drive (past the page cache where the OS allows)
    and compare it with what was encrypted."""
    with contextlib.suppress(OSError, AttributeError), open(path, "rb") as f:
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    db = DbCheck()
    try:
        read, extras = decrypt_stream(path, passphrase, db, progress, None)
    except (OSError, BackupDamaged, WrongPassphrase, NotSealedBackup):
        raise unverified(path) from None
    if (
        read.raw != header.raw
        or extras != extras_raw
        or db.digest.digest() != db_hash
        or not db.is_sqlite
    ):
        raise unverified(path)


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
            read_header(f, path)  # refuse what is no backup before making any temp file
    except OSError:
        raise not_sealed(path) from None
    work_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = fsutil.temp_file(work_dir, path.name)
    try:
        with os.fdopen(fd, "wb") as out:
            db = DbCheck(out)
            try:
                header, extras_raw = decrypt_stream(path, passphrase, db, progress, DECRYPTING)
            except OSError:
                raise damaged(path) from None
            out.flush()
            os.fsync(out.fileno())
        if not db.is_sqlite:
            raise damaged(path)
        extras = parse_extras(extras_raw, path)
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
