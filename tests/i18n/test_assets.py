"""resource_path finds bundled files in a checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from villagedesk import assets


@pytest.fixture
def fresh_root() -> Iterator[None]:
    assets.resources_root.cache_clear()
    yield
    assets.resources_root.cache_clear()


def test_fonts_cover_rare_name_characters() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    micro = TTFont("T-MicroHei", assets.resource_path("fonts", "wqy-microhei.ttc"), subfontIndex=0)
    zen = TTFont("T-ZenHei", assets.resource_path("fonts", "wqy-zenhei.ttc"), subfontIndex=0)
    assert ord("堃") in micro.face.charToGlyph
    assert ord("堃") in zen.face.charToGlyph
    assert ord("䶮") in zen.face.charToGlyph


def test_pyinstaller_bundle_is_preferred(
    fresh_root: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "villagedesk" / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = tmp_path / "villagedesk" / "resources" / "i18n" / "x.qm"
    assert assets.resource_path("i18n", "x.qm") == expected
