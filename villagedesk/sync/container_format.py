"""The container's bytes: constants, the header frame, the chunk keys and nonces, and reading.

See :mod:`villagedesk.sync.container` for the layout; this module parses and decrypts what
:func:`~villagedesk.sync.container.write_container` wrote.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from villagedesk.sync import errors
from villagedesk.sync.keys import PublicKeys, StationKeys, b64, unb64, verify_signature
from villagedesk.sync.manifest import (
    FORMAT_VERSION,
    KIND_PACKAGE,
    KIND_RECEIPT,
    JsonValue,
    Manifest,
    canonical_json,
)

MAGIC = b"VDSYNC\x00"
PREFIX = MAGIC + bytes([FORMAT_VERSION])
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
MAX_HEADER = 1 << 20
MAX_PAYLOAD = 1 << 30
HKDF_INFO = b"villagedesk-sync-v1"
SUFFIXES = {KIND_PACKAGE: ".vdpkg", KIND_RECEIPT: ".vdrcpt"}

Trust = Callable[[Manifest], None]


def derive(shared: bytes, binding_hash: bytes) -> ChaCha20Poly1305:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=binding_hash, info=HKDF_INFO).derive(
        shared
    )
    return ChaCha20Poly1305(key)


def nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def frame_head(manifest: Manifest, signature: bytes) -> bytes:
    """Magic, version, header length and the header: everything before the chunks."""
    header = canonical_json({"manifest": manifest.to_json(), "signature": b64(signature)})
    return PREFIX + struct.pack(">I", len(header)) + header


def read_header(data: bytes) -> tuple[Manifest, int]:
    """Parse and verify the header of a whole file's bytes; returns the manifest and its end."""
    if not data:
        raise errors.not_a_package()
    if len(data) < len(PREFIX):
        if PREFIX.startswith(data):
            raise errors.truncated()
        raise errors.not_a_package()
    if data[: len(MAGIC)] != MAGIC:
        raise errors.not_a_package()
    if data[len(MAGIC)] != FORMAT_VERSION:
        raise errors.unsupported(data[len(MAGIC)])
    if len(data) < len(PREFIX) + 4:
        raise errors.truncated()
    (length,) = struct.unpack(">I", data[len(PREFIX) : len(PREFIX) + 4])
    start = len(PREFIX) + 4
    if length > MAX_HEADER:
        raise errors.corrupt()
    if len(data) < start + length:
        raise errors.truncated()
    raw = data[start : start + length]
    try:
        header = json_loads(raw)
        if not isinstance(header, dict) or set(header) != {"manifest", "signature"}:
            raise ValueError("header")
        if canonical_json(header) != raw:
            raise ValueError("not canonical")
        manifest_json = header["manifest"]
        signature = unb64(header["signature"], size=64)
        sender = PublicKeys.from_json(
            manifest_json.get("sender_keys") if isinstance(manifest_json, dict) else None
        )
    except ValueError:
        raise errors.corrupt() from None
    if not verify_signature(sender.sign, signature, canonical_json(manifest_json)):
        raise errors.corrupt()
    try:
        manifest = Manifest.from_json(manifest_json)
    except ValueError:
        raise errors.corrupt() from None
    return manifest, start + length


def json_loads(raw: bytes) -> JsonValue:
    value: JsonValue = json.loads(raw.decode("utf-8"))
    return value


def split_chunks(body: memoryview, manifest: Manifest) -> list[memoryview]:
    chunks: list[memoryview] = []
    pos = 0
    while pos < len(body):
        if pos + 4 > len(body):
            raise errors.corrupt()
        (size,) = struct.unpack(">I", body[pos : pos + 4])
        if size <= TAG_SIZE or size > manifest.chunk_size + TAG_SIZE or pos + 4 + size > len(body):
            raise errors.corrupt()
        chunks.append(body[pos + 4 : pos + 4 + size])
        pos += 4 + size
    if len(chunks) != manifest.chunk_count:
        raise errors.corrupt()
    return chunks


def decrypt(chunks: list[memoryview], manifest: Manifest, my_keys: StationKeys) -> bytes:
    binding_hash = hashlib.sha256(manifest.binding_json()).digest()
    try:
        shared = my_keys.box_private.exchange(
            X25519PublicKey.from_public_bytes(manifest.ephemeral_key)
        )
    except ValueError:
        raise errors.corrupt() from None
    aead = derive(shared, binding_hash)
    parts: list[bytes] = []
    last = len(chunks) - 1
    try:
        for index, sealed in enumerate(chunks):
            parts.append(aead.decrypt(nonce(index, index == last), bytes(sealed), binding_hash))
    except InvalidTag:
        raise errors.corrupt() from None
    return b"".join(parts)
