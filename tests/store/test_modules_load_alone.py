"""Every module below the GUI loads on its own, whichever a process imports first.

The township's tables rewrite indexes of other areas' tables, and a repository may be the first
store module a command loads (``sync enrol`` reached ``store/township/village_state.py`` first
and failed with a KeyError). The tests run in one process that has long loaded everything, so
they would not notice; this test imports each module in a clean interpreter state.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import villagedesk

SCRIPT = r"""
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "villagedesk" or m.startswith("villagedesk.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as e:  # report them all, not only the first
        failed.append(f"{name}: {type(e).__name__}: {e}")
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def modules(*packages: str) -> list[str]:
    root = Path(villagedesk.__file__).parent
    names = []
    for path in sorted(p for package in packages for p in (root / package).rglob("*.py")):
        if "migrations" in path.parts or path.name in ("__init__.py", "__main__.py"):
            continue
        names.append("villagedesk." + ".".join(path.relative_to(root).with_suffix("").parts))
    return names


def test_every_module_below_the_gui_loads_alone() -> None:
    names = modules("core", "store", "sync", "exchange", "reports", "cli")
    assert "villagedesk.store.township.village_state" in names
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
