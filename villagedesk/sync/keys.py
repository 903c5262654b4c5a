"""A station's keys: Ed25519 for signing, X25519 for receiving, and the short fingerprint.

API:
    fingerprint(sign_pub: bytes, box_pub: bytes) -> str          "3F7A-19C2-88D0-5E41"
    normalise_fingerprint(text: str) -> str | None              user input -> canonical form
    PublicKeys(sign: bytes, box: bytes)                          raw 32-byte public keys
        .fingerprint, .to_json() -> {"sign": b64, "box": b64}, PublicKeys.from_json(obj)
    StationKeys(sign_private, box_private)                       the station's own private keys
        .public -> PublicKeys, .fingerprint, .sign(data) -> bytes, StationKeys.generate()
    verify_signature(sign_pub: bytes, signature: bytes, data: bytes) -> bool

Where the keys are kept (sealed to the computer) is :mod:`villagedesk.sync.keystore`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from villagedesk.core.fingerprints import normalise_fingerprint as normalise_fingerprint

KEYS_DIR = "keys"
SIGN_FILE = "sign.pem"
BOX_FILE = "box.pem"
KEY_SIZE = 32


_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw


def fingerprint(sign_pub: bytes, box_pub: bytes) -> str:
    """SHA-256 over both raw public keys, first 8 bytes, upper-case hex in four groups."""
    digest = hashlib.sha256(sign_pub + box_pub).digest()[:8].hex().upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, *, size: int | None = None) -> bytes:
    """Strict base64 (canonical encoding only); ValueError otherwise."""
    if not isinstance(text, str):
        raise ValueError("not a string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("bad base64") from exc
    if b64(raw) != text or (size is not None and len(raw) != size):
        raise ValueError("bad base64")
    return raw


@dataclass(frozen=True)
class PublicKeys:
    """A station's two raw public keys (32 bytes each)."""

    sign: bytes
    box: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.box)

    def to_json(self) -> dict[str, str]:
        return {"sign": b64(self.sign), "box": b64(self.box)}

    @classmethod
    def from_json(cls, obj: object) -> PublicKeys:
        """Parse ``{"sign": b64, "box": b64}``; ValueError when malformed."""
        if not isinstance(obj, dict):
            raise ValueError("keys must be an object")
        return cls(
            sign=unb64(obj.get("sign"), size=KEY_SIZE), box=unb64(obj.get("box"), size=KEY_SIZE)
        )


@dataclass(frozen=True)
class StationKeys:
    """This station's private keys. Never leaves the process except into ``keys/``."""

    sign_private: Ed25519PrivateKey
    box_private: X25519PrivateKey

    @classmethod
    def generate(cls) -> StationKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            sign=self.sign_private.public_key().public_bytes(_RAW, _RAW_PUB),
            box=self.box_private.public_key().public_bytes(_RAW, _RAW_PUB),
        )

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, data: bytes) -> bytes:
        return self.sign_private.sign(data)


def verify_signature(sign_pub: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by ``sign_pub``."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_pub).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
