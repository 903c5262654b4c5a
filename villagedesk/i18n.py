"""Translators for Qt and ``translate()`` for non-widget code (CLI, reports, core messages).

The language is a setting ("zh_CN", the default, or "en"); the system locale never decides.
Only QtCore is imported here, so the CLI can translate without QtGui or QtWidgets.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from villagedesk.assets import resource_path
from villagedesk.core.text import Message


class Language(StrEnum):
    """Values of the language setting."""

    ZH_CN = "zh_CN"
    EN = "en"


DEFAULT_LANGUAGE = Language.ZH_CN

_LOCALES = {
    Language.ZH_CN: QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    Language.EN: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}

# The translator behind translate(): loaded once, on first use or by load_cli_translations().
_translator: QTranslator | None = None


def parse_language(value: object) -> Language:
    """The language for a setting value; anything unknown (or empty) means the default."""
    try:
        return Language(str(value))
    except ValueError:
        return DEFAULT_LANGUAGE


def app_qm_path(language: str) -> Path:
    """Path of VillageDesk's compiled translations for ``language``."""
    return resource_path("i18n", f"villagedesk_{language}.qm")


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install VillageDesk's and Qt's own translators on ``app`` for ``language``.

    Chinese loads ``villagedesk_zh_CN.qm`` and Qt's ``qtbase_zh_CN.qm`` (standard buttons and
    dialogs); English installs nothing. The translators are parented to ``app`` so they live as
    long as it does. Also sets the default QLocale to match and makes ``translate()`` agree.
    """
    lang = parse_language(language)
    QLocale.setDefault(_LOCALES[lang])
    load_cli_translations(lang)
    installed: list[QTranslator] = []
    if lang is Language.EN:
        return installed
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (app_qm_path(lang), qt_dir / f"qtbase_{lang}.qm"):
        translator = QTranslator(app)
        if _load(translator, path) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def load_cli_translations(language: str = DEFAULT_LANGUAGE) -> bool:
    """(Re)load the translator behind ``translate()``; True when a catalogue was loaded."""
    global _translator
    lang = parse_language(language)
    translator = QTranslator()
    loaded = lang is not Language.EN and _load(translator, app_qm_path(lang))
    _translator = translator
    return loaded


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; the source text when there is no translation.

    Works without a QCoreApplication. Loads the default (Chinese) catalogue on first use unless
    :func:`load_cli_translations` or :func:`install_translators` chose a language before.
    """
    if _translator is None:
        load_cli_translations()
    assert _translator is not None
    return _translator.translate(context, text) or text


def render(message: Message) -> str:
    """Translate and format a core :class:`~villagedesk.core.text.Message`."""
    return message.render(translate)


def enum_label(label: str) -> str:
    """An enum value's label (marked with QT_TRANSLATE_NOOP("Enum", …) in core), translated."""
    return translate("Enum", label)
