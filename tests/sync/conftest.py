"""Shared sync test helpers: keys, member-like records, a real multi-chunk package."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from villagedesk.sync import container
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.manifest import Manifest, ManifestFields

VILLAGE_CODE = "130102001001"
VILLAGE_NAME = "东风村党群服务站"


def member_records(n: int, seed: int = 1) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        out.append(
            {
                "uuid": str(uuid.UUID(int=rnd.getrandbits(128))),
                "station_code": VILLAGE_CODE,
                "name": f"党员{i}",
                "id_number": f"1301021970{rnd.randrange(10**8):08d}",
                "gender": rnd.choice(["male", "female"]),
                "branch_id": str(uuid.UUID(int=rnd.getrandbits(128))),
                "phone": f"138{rnd.randrange(10**8):08d}",
                "address": "东风村第三村民小组",
                "updated_at": "2024-05-01T12:00:00",
                "version": i + 1,
                "voided_at": None,
            }
        )
    return out


def fields(seq: int = 1, **kw: Any) -> ManifestFields:
    base: dict[str, Any] = {
        "station_code": VILLAGE_CODE,
        "station_name": VILLAGE_NAME,
        "seq": seq,
        "counter_from": 1,
        "counter_to": 4000,
        "previous_hash": None,
        "created_at": "2024-06-01T08:00:00+00:00",
    }
    base.update(kw)
    return ManifestFields(**base)


def trust_all(manifest: Manifest) -> None:
    del manifest


@pytest.fixture(scope="session")
def village() -> StationKeys:
    return StationKeys.generate()


@pytest.fixture(scope="session")
def township() -> StationKeys:
    return StationKeys.generate()


@pytest.fixture(scope="session")
def package_records() -> dict[str, list[dict[str, Any]]]:
    return {
        "members": member_records(4000),
        "branches": [{"uuid": "b1", "name": "第一党支部", "parent_id": None}],
        "member_events": [],
    }


@pytest.fixture(scope="session")
def real_package(
    tmp_path_factory: pytest.TempPathFactory,
    village: StationKeys,
    township: StationKeys,
    package_records: dict[str, list[dict[str, Any]]],
) -> Path:
    folder = tmp_path_factory.mktemp("pkg")
    path = container.write_container(
        folder,
        kind="package",
        manifest_fields=fields(),
        records=package_records,
        sender_keys=village,
        recipient=township.public,
    )
    assert container.read_manifest(path).chunk_count >= 3
    return path


Spy = Callable[..., Any]


@pytest.fixture
def decrypt_spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every decrypt and unpack call made by open_container."""
    calls: list[str] = []
    real_decrypt, real_unpack = container.decrypt, container.unpack_payload

    def decrypt(*args: Any, **kw: Any) -> Any:
        calls.append("decrypt")
        return real_decrypt(*args, **kw)

    def unpack(*args: Any, **kw: Any) -> Any:
        calls.append("unpack")
        return real_unpack(*args, **kw)

    monkeypatch.setattr(container, "decrypt", decrypt)
    monkeypatch.setattr(container, "unpack_payload", unpack)
    return calls
