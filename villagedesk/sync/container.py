"""The .vdpkg / .vdrcpt container: signed header, then a payload encrypted in chunks.

File: ``MAGIC`` (b"VDSYNC\\x00" + version byte) | u32 header length | header | chunks.
Header = canonical JSON ``{"manifest": {...}, "signature": b64}`` (Ed25519 by the sender over the
canonical manifest). Chunk = u32 length | ChaCha20-Poly1305 ciphertext of 64 KiB of the ZIP.
Key = HKDF-SHA256(X25519(ephemeral, recipient box key), salt = SHA-256(binding), info
b"villagedesk-sync-v1"); nonce = 11-byte big-endian chunk index + last-chunk flag byte; AAD =
SHA-256(binding). ``binding`` is the canonical manifest WITHOUT ``payload_hash`` (the hash of the
ciphertext cannot be an input of the ciphertext); the signature covers the full manifest.
``payload_hash`` = SHA-256 over the whole chunk section (length prefixes included).

API:
    write_container(path_or_dir, *, kind, manifest_fields, records, extra=None, sender_keys,
                    recipient, chunk_size=CHUNK_SIZE) -> Path
        ``records``: dicts by type, or the store's EncodedRecords (JSON lines, streamed).
        A folder gets ``<station code>-<seq>.vdpkg`` / ``.vdrcpt``. Written atomically, then read
        back from disk and checked byte for byte (raises WriteNotVerified otherwise).
    read_manifest(path) -> Manifest       header only; signature checked (SyncRefused otherwise)
    open_container(path, *, my_keys, expected_kind, trust, limits=Limits()) -> Opened
        signature -> kind -> recipient -> trust(manifest) -> size and payload hash -> decrypt
        -> unpack. ``trust`` raises SyncRefused (errors.unknown_sender / errors.key_changed).
    Opened(manifest, records: dict[str, list[dict]], extra: dict | None)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

import villagedesk
from villagedesk.core.clock import utc_offset_stamp
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.ports import EncodedRecords
from villagedesk.fsutil import atomic_writer, sweep_temp_files
from villagedesk.sync import errors
from villagedesk.sync.container_format import (
    CHUNK_SIZE,
    MAGIC,
    MAX_HEADER,
    MAX_PAYLOAD,
    PREFIX,
    SUFFIXES,
    TAG_SIZE,
    Trust,
    decrypt,
    derive,
    frame_head,
    nonce,
    read_header,
    split_chunks,
)
from villagedesk.sync.keys import PublicKeys, StationKeys
from villagedesk.sync.manifest import (
    FORMAT_VERSION,
    JsonObject,
    Manifest,
    ManifestFields,
    canonical_json,
)
from villagedesk.sync.payload import DEFAULT_LIMITS, Limits, pack_payload, unpack_payload

__all__ = [
    "CHUNK_SIZE",
    "PREFIX",
    "Opened",
    "Trust",
    "WriteNotVerified",
    "decrypt",
    "open_container",
    "read_header",
    "read_manifest",
    "split_chunks",
    "write_container",
]


class WriteNotVerified(DomainError):
    """The file on the stick did not read back as written; the user must not rely on it."""


@dataclass(frozen=True)
class Opened:
    """A verified, decrypted and unpacked container."""

    manifest: Manifest
    records: dict[str, list[JsonObject]]
    extra: JsonObject | None


def write_container(
    path_or_dir: str | os.PathLike[str],
    *,
    kind: str,
    manifest_fields: ManifestFields,
    records: Mapping[str, Iterable[Mapping[str, object]]] | EncodedRecords,
    extra: Mapping[str, object] | None = None,
    sender_keys: StationKeys,
    recipient: PublicKeys,
    chunk_size: int = CHUNK_SIZE,
) -> Path:
    """Pack, encrypt, sign and write atomically; read back and verify; return the file's path."""
    if kind not in SUFFIXES:
        raise ValueError(f"unknown kind {kind!r}")
    target = Path(path_or_dir)
    if target.is_dir():
        f = manifest_fields
        target = target / f"{f.station_code}-{f.seq}{SUFFIXES[kind]}"
    # A run killed while writing to this stick left a temp file (sealed, but of no use): tidy.
    sweep_temp_files(target.parent)
    plain, counts = pack_payload(kind=kind, records=records, extra=extra)
    sizes = [min(chunk_size, len(plain) - i) for i in range(0, len(plain), chunk_size)]
    ephemeral = X25519PrivateKey.generate()
    manifest = _unsigned_manifest(
        kind,
        manifest_fields,
        counts=counts,
        sizes=sizes,
        chunk_size=chunk_size,
        sender=sender_keys.public,
        recipient=recipient,
        ephemeral=ephemeral,
    )
    binding_hash = hashlib.sha256(manifest.binding_json()).digest()
    aead = derive(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box)), binding_hash
    )
    # The header's length does not depend on the payload hash or the signature (both have a
    # fixed size), so the chunks are written behind a gap that the signed header fills at the end.
    head_size = len(frame_head(manifest, bytes(64)))
    with atomic_writer(target) as out:
        out.seek(head_size)
        payload_hash = _write_chunks(out, aead, plain, len(sizes), chunk_size, binding_hash)
        manifest = replace(manifest, payload_hash=payload_hash)
        head = frame_head(manifest, sender_keys.sign(canonical_json(manifest.to_json())))
        if len(head) != head_size:
            raise AssertionError("the container header changed size")
        out.seek(0)
        out.write(head)
    _verify_written(target, head, manifest)
    return target


def _write_chunks(
    out: BinaryIO,
    aead: ChaCha20Poly1305,
    plain: bytes,
    count: int,
    chunk_size: int,
    binding_hash: bytes,
) -> str:
    """Encrypt and write the framed chunks; the SHA-256 hex of everything written."""
    digest = hashlib.sha256()
    view = memoryview(plain)
    last = count - 1
    for index in range(count):
        start = index * chunk_size
        sealed = aead.encrypt(
            nonce(index, index == last), view[start : start + chunk_size], binding_hash
        )
        framed = struct.pack(">I", len(sealed)) + sealed
        digest.update(framed)
        out.write(framed)
    del view
    return digest.hexdigest()


def _unsigned_manifest(
    kind: str,
    f: ManifestFields,
    *,
    counts: dict[str, int],
    sizes: list[int],
    chunk_size: int,
    sender: PublicKeys,
    recipient: PublicKeys,
    ephemeral: X25519PrivateKey,
) -> Manifest:
    """The manifest before the payload is hashed (a placeholder hash) and signed."""
    return Manifest(
        kind=kind,
        format_version=FORMAT_VERSION,
        program_version=villagedesk.__version__,
        station_code=f.station_code,
        station_name=f.station_name,
        sender_sign_key=sender.sign,
        sender_box_key=sender.box,
        sender_fingerprint=sender.fingerprint,
        recipient_fingerprint=recipient.fingerprint,
        seq=f.seq,
        counter_from=f.counter_from,
        counter_to=f.counter_to,
        previous_hash=f.previous_hash,
        created_at=f.created_at or utc_offset_stamp(),
        counts=counts,
        chunk_size=chunk_size,
        chunk_count=len(sizes),
        ephemeral_key=ephemeral.public_key().public_bytes_raw(),
        payload_size=sum(4 + s + TAG_SIZE for s in sizes),
        payload_hash="0" * 64,
        notes=dict(f.notes),
    )


def _verify_written(target: Path, head: bytes, manifest: Manifest) -> None:
    """Re-read the file (past the page cache where the OS allows) and compare.

    The head must read back byte for byte and the chunks must hash to the signed payload hash
    (which was computed over the bytes as written), so the whole file is checked in one pass.
    """
    with contextlib.suppress(OSError, AttributeError), open(target, "rb") as f:
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    try:
        digest = hashlib.sha256()
        with open(target, "rb") as f:
            ok = f.read(len(head)) == head
            size = 0
            while ok and (block := f.read(1 << 20)):
                digest.update(block)
                size += len(block)
        ok = (
            ok
            and size == manifest.payload_size
            and digest.hexdigest() == manifest.payload_hash
            and read_manifest(target) == manifest
        )
    except (OSError, errors.SyncRefused):
        ok = False
    if not ok:
        raise WriteNotVerified(
            msg(
                errors.CTX,
                QT_TRANSLATE_NOOP(
                    "SyncFile",
                    "The file {path} did not read back as it was written. Do not use it; try again, or use another USB stick.",
                ),
                path=str(target),
            )
        )


def _read_file(path: str | os.PathLike[str]) -> bytes:
    p = Path(path)
    if p.stat().st_size > MAX_HEADER + MAX_PAYLOAD + 64:
        raise errors.too_large()
    return p.read_bytes()


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """The verified manifest of a container (header only; the payload is not read or checked)."""
    p = Path(path)
    with open(p, "rb") as f:
        head = f.read(len(PREFIX) + 4)
        if len(head) == len(PREFIX) + 4 and head[: len(MAGIC)] == MAGIC:
            (length,) = struct.unpack(">I", head[len(PREFIX) :])
            head += f.read(min(length, MAX_HEADER + 1))
    return read_header(head)[0]


def open_container(
    path: str | os.PathLike[str],
    *,
    my_keys: StationKeys,
    expected_kind: str,
    trust: Trust,
    limits: Limits = DEFAULT_LIMITS,
) -> Opened:
    """Verify everything that can be verified before decrypting, then decrypt and unpack."""
    data = _read_file(path)
    manifest, end = read_header(data)
    if manifest.kind != expected_kind:
        raise errors.wrong_kind(found=manifest.kind, expected=expected_kind)
    mine = my_keys.fingerprint
    if manifest.recipient_fingerprint != mine:
        raise errors.wrong_recipient(addressed_to=manifest.recipient_fingerprint, mine=mine)
    trust(manifest)
    if manifest.payload_size > MAX_PAYLOAD:
        raise errors.too_large()
    body = memoryview(data)[end:]
    if len(body) < manifest.payload_size:
        raise errors.truncated()
    if len(body) > manifest.payload_size or hashlib.sha256(body).hexdigest() != (
        manifest.payload_hash
    ):
        raise errors.corrupt()
    chunks = split_chunks(body, manifest)
    plain = decrypt(chunks, manifest, my_keys)
    records, extra = unpack_payload(plain, kind=manifest.kind, limits=limits)
    if {k: len(v) for k, v in records.items()} != dict(manifest.counts):
        raise errors.malformed(errors.detail_counts())
    return Opened(manifest=manifest, records=records, extra=extra)
