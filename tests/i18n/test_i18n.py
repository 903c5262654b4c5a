"""Translating at the edge: translate()/render() without a GUI, translators for the app."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from villagedesk import i18n
from villagedesk.assets import resource_path
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.devtools import i18n_tool


@pytest.fixture(autouse=True)
def _restore_cli_language() -> Iterator[None]:
    yield
    i18n.load_cli_translations(i18n.DEFAULT_LANGUAGE)


def _finished() -> dict[tuple[str, str], str]:
    entries = i18n_tool.read_ts(i18n_tool.TS_FILE)
    return {key: e.translation for key, e in entries.items() if e.finished}


def test_resources_are_found() -> None:
    assert resource_path("fonts", "wqy-microhei.ttc").is_file()
    assert resource_path("fonts", "wqy-zenhei.ttc").is_file()
    assert resource_path("i18n", "villagedesk_zh_CN.qm").is_file()


def test_chinese_is_the_default_and_every_translation_is_used() -> None:
    finished = _finished()
    if not finished:
        pytest.skip("no finished translations yet")
    i18n.load_cli_translations()
    wrong = {k: i18n.translate(*k) for k, v in finished.items() if i18n.translate(*k) != v}
    assert not wrong


def test_english_and_unknown_text_fall_back_to_the_source() -> None:
    i18n.load_cli_translations("en")
    for context, source in list(_finished())[:20]:
        assert i18n.translate(context, source) == source
    i18n.load_cli_translations("zh_CN")
    assert i18n.translate("NoSuchContext", "Unknown text {x}") == "Unknown text {x}"


def test_render_fills_parameters_after_translating() -> None:
    message = msg("NoSuchContext", QT_TRANSLATE_NOOP("NoSuchContext", "{n} members"), n=3)
    assert i18n.render(message) == "3 members"


def test_unknown_language_setting_means_chinese() -> None:
    assert i18n.parse_language("fr") is i18n.Language.ZH_CN
    assert i18n.parse_language(None) is i18n.Language.ZH_CN
    assert i18n.parse_language("en") is i18n.Language.EN


def test_install_translators_makes_qt_dialogs_chinese(qapp: QCoreApplication) -> None:
    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        assert len(installed) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert i18n.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_cli_translation_needs_neither_qtgui_nor_qtwidgets() -> None:
    code = (
        "import sys; from villagedesk import i18n; i18n.translate('A', 'b');"
        "bad = [m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules];"
        "sys.exit(str(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
