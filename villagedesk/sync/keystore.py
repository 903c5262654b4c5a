"""Where a station's private keys and its installation id are kept, sealed to this computer.

The keys live in ``<data_dir>/keys/station.keys``, encrypted (ChaCha20-Poly1305) under a random
32-byte wrapping key that is NOT in the data folder: on Windows it is kept by the OS key store
(Windows Credential Manager, DPAPI-protected, through ``keyring``); elsewhere (Linux test and
development machines) in a file of the user's config folder (``datadir.keystore_dir``). So a
copied data folder, or the key file alone, does not carry a usable identity to another computer.

The installation id names one installation's history of packages. It is made with the keys,
kept beside them, and travels (with the keys) only inside an encrypted USB backup.

API:
    Identity(keys: StationKeys, installation: str)      .fingerprint
    load_identity(data_dir) -> Identity | None           None when none was created yet
    load_or_create_identity(data_dir) -> Identity
    load_keys(data_dir) / load_or_create_keys(data_dir)  the keys alone
    current_fingerprint(data_dir) -> str | None          None when none exist or are unusable here
    new_identity(data_dir) -> Identity                   fresh keys and installation id
    retired_keys(data_dir) -> list[StationKeys]          earlier keys (a township's rotation)
    export_identity(data_dir) -> dict                    for an encrypted backup (secret!)
    import_identity(data_dir, identity: dict) -> str     writes it, sealed to this computer
    identity_fingerprint(identity: dict) -> str          ValueError when malformed
    KeysUnavailable                                      the key file cannot be opened here

Old stations kept ``sign.pem`` and ``box.pem`` in clear; they are sealed (and the PEM files
removed) the first time the keys are loaded.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from villagedesk.core.clock import utc_offset_stamp
from villagedesk.fsutil import atomic_writer
from villagedesk.sync.key_protectors import KeysUnavailable as KeysUnavailable
from villagedesk.sync.key_protectors import (
    key_file_damaged,
    keys_unavailable,
    protector,
    protector_named,
)
from villagedesk.sync.keys import StationKeys, b64, unb64
from villagedesk.sync.manifest import JsonObject

KEYS_DIR = "keys"
KEY_FILE = "station.keys"
LEGACY_FILES = ("sign.pem", "box.pem")
FORMAT = "villagedesk-station-keys"
VERSION = 1
MAX_FILE = 64 * 1024
IDENTITY_FORMAT = "villagedesk-identity"

_RAW = serialization.Encoding.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NO_ENC = serialization.NoEncryption()


@dataclass(frozen=True)
class Identity:
    """A station's private keys and the id of this installation's package history."""

    keys: StationKeys
    installation: str

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint


# -- the key file -----------------------------------------------------------------------------


def _raw(keys: StationKeys) -> JsonObject:
    return {
        "sign": b64(keys.sign_private.private_bytes(_RAW, _RAW_PRIV, _NO_ENC)),
        "box": b64(keys.box_private.private_bytes(_RAW, _RAW_PRIV, _NO_ENC)),
    }


def _from_raw(obj: object) -> StationKeys:
    if not isinstance(obj, dict):
        raise ValueError("keys")
    return StationKeys(
        Ed25519PrivateKey.from_private_bytes(unb64(obj.get("sign"), size=32)),
        X25519PrivateKey.from_private_bytes(unb64(obj.get("box"), size=32)),
    )


def _aad(installation: str, key_id: str) -> bytes:
    return f"{FORMAT}:{VERSION}:{installation}:{key_id}".encode()


def _folder(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / KEYS_DIR


def _write(data_dir: str | os.PathLike[str], identity: Identity) -> None:
    folder = _folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    guard = protector()
    key_id = uuid.uuid4().hex
    wrap = secrets.token_bytes(32)
    guard.put(key_id, wrap)
    nonce = secrets.token_bytes(12)
    plain = json.dumps(_raw(identity.keys)).encode("ascii")
    sealed = ChaCha20Poly1305(wrap).encrypt(nonce, plain, _aad(identity.installation, key_id))
    body = {
        "format": FORMAT,
        "version": VERSION,
        "installation": identity.installation,
        "fingerprint": identity.fingerprint,
        "protector": guard.name,
        "key_id": key_id,
        "nonce": b64(nonce),
        "sealed": b64(sealed),
        "created_at": utc_offset_stamp(),
    }
    with atomic_writer(folder / KEY_FILE) as f:
        with contextlib.suppress(AttributeError, OSError):
            os.fchmod(f.fileno(), 0o600)
        f.write((json.dumps(body, indent=2) + "\n").encode("ascii"))
    for legacy in LEGACY_FILES:
        with contextlib.suppress(OSError):
            (folder / legacy).unlink()


def _read(path: Path) -> Identity:
    try:
        if path.stat().st_size > MAX_FILE:
            raise key_file_damaged()
        body = json.loads(path.read_bytes().decode("ascii"))
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise key_file_damaged()
        installation, key_id = body["installation"], body["key_id"]
        if not isinstance(installation, str) or not isinstance(key_id, str):
            raise key_file_damaged()
        nonce, sealed = unb64(body["nonce"], size=12), unb64(body["sealed"])
        name = str(body.get("protector", "file"))
    except (OSError, ValueError, KeyError, UnicodeDecodeError):
        raise key_file_damaged() from None
    wrap = protector_named(name).get(key_id)
    if wrap is None:
        raise keys_unavailable()
    try:
        plain = ChaCha20Poly1305(wrap).decrypt(nonce, sealed, _aad(installation, key_id))
        keys = _from_raw(json.loads(plain))
    except (InvalidTag, ValueError):
        raise keys_unavailable() from None
    return Identity(keys, installation)


def _read_legacy(folder: Path) -> StationKeys | None:
    paths = [folder / name for name in LEGACY_FILES]
    if not all(p.exists() for p in paths):
        return None
    try:
        sign, box = (serialization.load_pem_private_key(p.read_bytes(), None) for p in paths)
    except (OSError, ValueError, TypeError):
        raise key_file_damaged() from None
    if not isinstance(sign, Ed25519PrivateKey) or not isinstance(box, X25519PrivateKey):
        raise key_file_damaged()
    return StationKeys(sign, box)


def load_identity(data_dir: str | os.PathLike[str]) -> Identity | None:
    """The station's identity, or None when none was made yet (seals legacy PEM keys)."""
    folder = _folder(data_dir)
    if (folder / KEY_FILE).exists():
        return _read(folder / KEY_FILE)
    legacy = _read_legacy(folder)
    if legacy is None:
        return None
    identity = Identity(legacy, str(uuid.uuid4()))
    _write(data_dir, identity)
    return identity


def load_or_create_identity(data_dir: str | os.PathLike[str]) -> Identity:
    """The station's identity; made (keys and installation id) at first need."""
    found = load_identity(data_dir)
    if found is not None:
        return found
    return new_identity(data_dir)


def new_identity(data_dir: str | os.PathLike[str]) -> Identity:
    """Fresh keys and a new installation id; an existing key file is kept aside, not deleted."""
    current = _folder(data_dir) / KEY_FILE
    if current.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        with contextlib.suppress(OSError):
            current.replace(current.with_name(f"{KEY_FILE}.old-{stamp}"))
    identity = Identity(StationKeys.generate(), str(uuid.uuid4()))
    _write(data_dir, identity)
    return identity


def retired_keys(data_dir: str | os.PathLike[str]) -> list[StationKeys]:
    """Keys this station used before (newest first) that can still be opened here."""
    found: list[StationKeys] = []
    for path in sorted(_folder(data_dir).glob(f"{KEY_FILE}.old-*"), reverse=True):
        with contextlib.suppress(KeysUnavailable):
            found.append(_read(path).keys)
    return found


def load_keys(data_dir: str | os.PathLike[str]) -> StationKeys | None:
    found = load_identity(data_dir)
    return found.keys if found is not None else None


def load_or_create_keys(data_dir: str | os.PathLike[str]) -> StationKeys:
    return load_or_create_identity(data_dir).keys


def current_fingerprint(data_dir: str | os.PathLike[str]) -> str | None:
    """This station's key fingerprint; None when it has no keys or they cannot be opened here."""
    try:
        found = load_identity(data_dir)
    except KeysUnavailable:
        return None
    return found.fingerprint if found is not None else None


def export_identity(data_dir: str | os.PathLike[str]) -> JsonObject:
    """The identity as JSON for an encrypted backup. Secret: never write it anywhere in clear."""
    identity = load_or_create_identity(data_dir)
    return {
        "format": IDENTITY_FORMAT,
        "version": VERSION,
        "installation": identity.installation,
        "fingerprint": identity.fingerprint,
        "keys": _raw(identity.keys),
    }


def _parse(identity: object) -> Identity:
    if not isinstance(identity, dict) or identity.get("format") != IDENTITY_FORMAT:
        raise ValueError("not an identity")
    installation = identity.get("installation")
    if not isinstance(installation, str) or not installation:
        raise ValueError("installation")
    keys = _from_raw(identity.get("keys"))
    if identity.get("fingerprint") != keys.fingerprint:
        raise ValueError("fingerprint")
    return Identity(keys, installation)


def identity_fingerprint(identity: object) -> str:
    """The key fingerprint an exported identity carries (checked against its keys)."""
    return _parse(identity).fingerprint


def import_identity(data_dir: str | os.PathLike[str], identity: object) -> str:
    """Make an exported identity this station's, sealed to this computer; returns its fingerprint."""
    parsed = _parse(identity)
    current = _folder(data_dir) / KEY_FILE
    if current.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        with contextlib.suppress(OSError):
            current.replace(current.with_name(f"{KEY_FILE}.old-{stamp}"))
    _write(data_dir, parsed)
    return parsed.fingerprint
