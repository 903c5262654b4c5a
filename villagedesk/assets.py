"""Find bundled resources (fonts, translations, icons) wherever VillageDesk runs.

The repository keeps them in the top-level ``resources/`` directory. A built wheel maps that
directory to the package ``villagedesk.resources`` (see ``setup.py``), a source checkout or an
editable install reads it in place, and a PyInstaller bundle unpacks it under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found += [Path(bundle) / "villagedesk" / "resources", Path(bundle) / "resources"]
    found.append(_PACKAGE_DIR / "resources")  # installed wheel: villagedesk/resources/
    found.append(_PACKAGE_DIR.parent / "resources")  # source checkout / editable install
    return found


@cache
def resources_root() -> Path:
    """The directory holding ``fonts/``, ``i18n/`` and ``icons/``."""
    for candidate in _candidates():
        if (candidate / "fonts").is_dir() or (candidate / "i18n").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"VillageDesk resources not found (searched {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "wqy-microhei.ttc")``.

    The path is returned whether or not the file exists; callers that need it check themselves.
    """
    return resources_root().joinpath(*parts)
