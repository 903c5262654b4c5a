"""Where the wrapping key of the station's key file is kept, outside the data folder, and the
refusal when the key file cannot be opened with it.

The Windows Credential Manager (DPAPI, through ``keyring``) on Windows, a file in the user's
config folder elsewhere; ``VILLAGEDESK_KEY_PROTECTOR`` chooses explicitly.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.datadir import keystore_dir
from villagedesk.fsutil import atomic_writer
from villagedesk.sync.keys import b64, unb64

SERVICE = "VillageDesk"
PROTECTOR_ENV = "VILLAGEDESK_KEY_PROTECTOR"


class KeysUnavailable(DomainError):
    """The station's key file exists but cannot be opened on this computer."""


def keys_unavailable() -> KeysUnavailable:
    """The key file is sealed under a wrapping key this computer does not have."""
    return KeysUnavailable(
        msg(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "This computer cannot open the station's keys (the data folder may have been copied from another computer). Restore the encrypted USB backup here, or make new keys with: villagedesk sync new-keys (the township must then accept this station again).",
            ),
        )
    )


def key_file_damaged() -> KeysUnavailable:
    """The key file does not open (or parse) even with its wrapping key."""
    return KeysUnavailable(
        msg(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "The station's key file is damaged. Restore the encrypted USB backup, or make new keys with: villagedesk sync new-keys.",
            ),
        )
    )


class Protector(Protocol):
    """Keeps the 32-byte wrapping key of one key file, outside the data folder."""

    name: str

    def get(self, key_id: str) -> bytes | None: ...
    def put(self, key_id: str, key: bytes) -> None: ...


class FileProtector:
    """Wrapping keys as files in the user's config folder (machines without an OS key store)."""

    name = "file"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key_id: str) -> Path:
        if not key_id.isalnum():
            raise ValueError("key id")
        return self.folder / f"{key_id}.key"

    def get(self, key_id: str) -> bytes | None:
        try:
            data = self._path(key_id).read_bytes()
        except (OSError, ValueError):
            return None
        return data if len(data) == 32 else None

    def put(self, key_id: str, key: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)
        with atomic_writer(self._path(key_id)) as f:
            with contextlib.suppress(AttributeError, OSError):
                os.fchmod(f.fileno(), 0o600)
            f.write(key)


class KeyringProtector:
    """Wrapping keys in the OS key store through ``keyring`` (Windows Credential Manager)."""

    name = "keyring"

    def get(self, key_id: str) -> bytes | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            text = keyring.get_password(SERVICE, key_id)
        except KeyringError:
            return None
        if text is None:
            return None
        try:
            return unb64(text, size=32)
        except ValueError:
            return None

    def put(self, key_id: str, key: bytes) -> None:
        import keyring

        keyring.set_password(SERVICE, key_id, b64(key))


def protector(env: Mapping[str, str] | None = None) -> Protector:
    """The OS key store on Windows; a file key elsewhere (or as ``VILLAGEDESK_KEY_PROTECTOR``)."""
    env = os.environ if env is None else env
    choice = env.get(PROTECTOR_ENV, "").strip() or ("keyring" if sys.platform == "win32" else "")
    if choice == "keyring":
        return KeyringProtector()
    return FileProtector(keystore_dir(env))


def protector_named(name: str) -> Protector:
    """The protector a key file names (the usual one, or the other kind)."""
    chosen = protector()
    if chosen.name == name:
        return chosen
    return KeyringProtector() if name == "keyring" else FileProtector(keystore_dir(os.environ))
