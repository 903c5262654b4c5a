"""The guard against PySide6 6.12's dropped references to None on CPython 3.11: thousands of
void Qt calls leave None alive (without the guard the interpreter aborts)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = textwrap.dedent(
    """
    import sys
    {guard}
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication(sys.argv)
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for i in range(20000):
        edit.setEnabled(i % 2 == 0)
    print(before - sys.getrefcount(None))
    """
)


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = CALLS.format(guard=guard)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_many_void_qt_calls_do_not_abort_the_program() -> None:
    done = _run("import villagedesk")
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_the_binding_still_drops_references_so_the_guard_is_needed() -> None:
    """When this fails, PySide6 no longer leaks: drop villagedesk/refcounts.py."""
    done = _run("")
    assert done.returncode != 0 or int(done.stdout.split()[-1]) > 0
