"""Hypothesis: arbitrary JSON records round-trip exactly; the AEAD refuses a dropped last chunk."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.conftest import PackageRecords, fields, trust_all
from villagedesk.sync import container
from villagedesk.sync.errors import SyncRefused
from villagedesk.sync.keys import StationKeys

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
records_strategy = st.dictionaries(
    st.from_regex(r"[a-z_]{1,12}", fullmatch=True),
    st.lists(st.dictionaries(st.text(), json_values, max_size=6), max_size=8),
    max_size=4,
)

VILLAGE = StationKeys.generate()
TOWNSHIP = StationKeys.generate()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=records_strategy, chunk_size=st.sampled_from([64, 1000, 64 * 1024]))
def test_arbitrary_records_round_trip(records: PackageRecords, chunk_size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = container.write_container(
            Path(folder),
            kind="package",
            manifest_fields=fields(),
            records=records,
            sender_keys=VILLAGE,
            recipient=TOWNSHIP.public,
            chunk_size=chunk_size,
        )
        opened = container.open_container(
            path, my_keys=TOWNSHIP, expected_kind="package", trust=trust_all
        )
    assert opened.records == records
    assert dict(opened.manifest.counts) == {k: len(v) for k, v in records.items()}


def test_aead_refuses_a_missing_last_chunk(real_package: Path, township: StationKeys) -> None:
    """Defence in depth below the payload hash: chunk order and the last-chunk flag are sealed."""
    data = real_package.read_bytes()
    manifest, end = container.read_header(data)
    chunks = container.split_chunks(memoryview(data)[end:], manifest)
    assert len(container.decrypt(chunks, manifest, township)) > 0
    for broken in (chunks[:-1], [chunks[1], chunks[0], *chunks[2:]]):
        with pytest.raises(SyncRefused) as info:
            container.decrypt(broken, manifest, township)
        assert info.value.reason == "corrupt"
