"""Shared sync test helpers: keys, member-like records, a real multi-chunk package."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import ParamSpec, TypeVar

import pytest

from villagedesk.sync import container
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.manifest import JsonObject, JsonValue, Manifest, ManifestFields

P = ParamSpec("P")
R = TypeVar("R")
#: Records by type, as a package carries them.
PackageRecords = dict[str, list[JsonObject]]

VILLAGE_CODE = "130102001001"
VILLAGE_NAME = "东风村党群服务站"


def member_records(n: int, seed: int = 1) -> list[JsonObject]:
    rnd = random.Random(seed)
    out: list[JsonObject] = []
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


def fields(
    seq: int = 1,
    *,
    station_code: str = VILLAGE_CODE,
    station_name: str = VILLAGE_NAME,
    previous_hash: str | None = None,
    notes: Mapping[str, JsonValue] | None = None,
) -> ManifestFields:
    return ManifestFields(
        station_code=station_code,
        station_name=station_name,
        seq=seq,
        counter_from=1,
        counter_to=4000,
        previous_hash=previous_hash,
        created_at="2024-06-01T08:00:00+00:00",
        notes={} if notes is None else notes,
    )


def trust_all(manifest: Manifest) -> None:
    del manifest


@pytest.fixture(scope="session")
def village() -> StationKeys:
    return StationKeys.generate()


@pytest.fixture(scope="session")
def township() -> StationKeys:
    return StationKeys.generate()


@pytest.fixture(scope="session")
def package_records() -> PackageRecords:
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
    package_records: PackageRecords,
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


@pytest.fixture
def decrypt_spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every decrypt and unpack call made by open_container."""
    calls: list[str] = []

    def spy(name: str, real: Callable[P, R]) -> Callable[P, R]:
        def call(*args: P.args, **kw: P.kwargs) -> R:
            calls.append(name)
            return real(*args, **kw)

        return call

    monkeypatch.setattr(container, "decrypt", spy("decrypt", container.decrypt))
    monkeypatch.setattr(container, "unpack_payload", spy("unpack", container.unpack_payload))
    return calls
