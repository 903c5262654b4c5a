"""The station's keys are sealed to the computer: a copied folder or key file gives nothing away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from keyring.backend import KeyringBackend

from villagedesk.sync import keystore
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.keystore import (
    KeysUnavailable,
    export_identity,
    identity_fingerprint,
    import_identity,
    load_identity,
    load_or_create_identity,
    new_identity,
)


def same(a: keystore.Identity | None, b: keystore.Identity) -> bool:
    return a is not None and (a.fingerprint, a.installation) == (b.fingerprint, b.installation)


def other_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """From here on, wrapping keys come from another user's config folder."""
    monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", str(tmp_path / "other-computer"))


def test_the_key_file_holds_no_private_key_in_clear(data_dir: Path) -> None:
    identity = load_or_create_identity(data_dir)
    raw = identity.keys.sign_private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    stored = (data_dir / "keys" / "station.keys").read_bytes()
    assert raw not in stored and keystore.b64(raw).encode() not in stored
    assert b"PRIVATE KEY" not in stored
    assert same(load_identity(data_dir), identity)


def test_a_copied_data_folder_is_no_identity_on_another_computer(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_or_create_identity(data_dir)
    copy = tmp_path / "copied"
    shutil.copytree(data_dir, copy)
    other_computer(monkeypatch, tmp_path)
    with pytest.raises(KeysUnavailable) as info:
        load_identity(copy)
    assert "sync new-keys" in info.value.message.text
    assert keystore.current_fingerprint(copy) is None


def test_legacy_pem_keys_are_sealed_and_removed(data_dir: Path) -> None:
    keys = StationKeys.generate()
    folder = data_dir / "keys"
    folder.mkdir(parents=True)
    for name, key in (("sign.pem", keys.sign_private), ("box.pem", keys.box_private)):
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        (folder / name).write_bytes(pem)
    identity = load_identity(data_dir)
    assert identity is not None and identity.fingerprint == keys.fingerprint
    assert sorted(p.name for p in folder.iterdir()) == ["station.keys"]
    assert same(load_identity(data_dir), identity), "the installation id is kept from then on"


def test_export_and_import_carry_keys_and_installation(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity = load_or_create_identity(data_dir)
    exported = export_identity(data_dir)
    assert identity_fingerprint(exported) == identity.fingerprint
    other_computer(monkeypatch, tmp_path)
    target = tmp_path / "new-pc"
    assert import_identity(target, exported) == identity.fingerprint
    assert same(load_identity(target), identity)
    tampered = {**exported, "fingerprint": "0000-0000-0000-0000"}
    with pytest.raises(ValueError):
        import_identity(target, tampered)


def test_new_identity_keeps_the_old_file_aside(data_dir: Path) -> None:
    first = load_or_create_identity(data_dir)
    second = new_identity(data_dir)
    assert second.fingerprint != first.fingerprint
    assert second.installation != first.installation
    names = sorted(p.name for p in (data_dir / "keys").iterdir())
    assert names[0] == "station.keys" and names[1].startswith("station.keys.old-")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_the_os_key_store_path_through_keyring(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("VILLAGEDESK_KEY_PROTECTOR", "keyring")
    try:
        identity = load_or_create_identity(data_dir)
        assert len(backend.store) == 1
        assert same(load_identity(data_dir), identity)
        backend.store.clear()  # another Windows account or computer
        with pytest.raises(KeysUnavailable):
            load_identity(data_dir)
    finally:
        keyring.set_keyring(previous)
