"""Shared fixtures for every test layer. Qt runs offscreen unless told otherwise."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Station keys are sealed under wrapping keys kept outside the data folder: keep the tests' own
# (one "computer" per test session, subprocesses included) out of the user's config folder.
os.environ["VILLAGEDESK_KEYSTORE_DIR"] = tempfile.mkdtemp(prefix="vd-keystore-")
os.environ.pop("VILLAGEDESK_KEY_PROTECTOR", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Where a test's station keeps its data: ``tmp_path / "station"``, not created yet."""
    return tmp_path / "station"


@pytest.fixture(scope="session")
def qapp_cls() -> Callable[[list[str]], object]:
    """pytest-qt's QApplication, with cyclic garbage collected on its thread as the program's
    (a dialog freed by a job's thread crashes the next timer event)."""
    from PySide6.QtWidgets import QApplication

    from villagedesk.ui.main_thread_gc import collect_on_main_thread

    def make(args: list[str]) -> QApplication:
        app = QApplication(args)
        collect_on_main_thread(app)
        return app

    return make
