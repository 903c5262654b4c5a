"""Shared fixtures for every test layer. Qt runs offscreen unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Where a test's station keeps its data: ``tmp_path / "station"``, not created yet."""
    return tmp_path / "station"
