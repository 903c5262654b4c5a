"""Streaming an encrypted backup (``.vdsafe``): the plain blocks in, the checked chunks out.

Neither direction holds the database in memory; see :mod:`villagedesk.store.sealed_backup`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag

from villagedesk.core.progress import Progress
from villagedesk.core.text import Message
from villagedesk.store.sealed_backup_errors import damaged, wrong_passphrase
from villagedesk.store.sealed_backup_format import (
    CHUNK_SIZE,
    MAX_EXTRAS,
    MAX_FILE,
    SQLITE_MAGIC,
    TAG_SIZE,
    Header,
    chunk_count,
    derive,
    nonce,
    read_header,
)


class Digest(Protocol):
    """What hashes the database's bytes as they are read (``hashlib.sha256()``)."""

    def update(self, data: bytes, /) -> None: ...


def plain_blocks(prefix: bytes, db: BinaryIO, digest: Digest) -> Iterator[tuple[int, bytes, bool]]:
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


def decrypt_stream(
    path: Path,
    passphrase: str,
    sink: Callable[[bytes], None],
    progress: Progress,
    label: Message | None,
) -> tuple[Header, bytes]:
    """Authenticate and decrypt ``path``: the header and the extras' bytes are returned, the
    database's bytes go to ``sink`` chunk by chunk (nothing of them is trusted before its tag).

    ``progress`` is started on the chunks with ``label``; with None it just counts on.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE:
            raise damaged(path)
        header = read_header(f, path)
        count = chunk_count(size - len(header.head), path)
        progress.check()
        aead, check = derive(passphrase, header.kdf, header.salt)
        if not hmac.compare_digest(check, header.key_check):
            raise wrong_passphrase(path)
        aad = header.aad
        if label is not None:
            progress.start(count, label=label)
        pending = bytearray()
        extras: bytes | None = None
        for index in range(count):
            sealed = f.read(CHUNK_SIZE + TAG_SIZE)
            try:
                plain = aead.decrypt(nonce(index, index == count - 1), sealed, aad)
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


class DbCheck:
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
