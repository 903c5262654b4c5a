"""GUI fixtures: an AppContext on a fresh data folder, and the Chinese translators."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from villagedesk.i18n import install_translators, load_cli_translations
from villagedesk.ui.context import AppContext, make_context
from villagedesk.ui.forms import discard as form_dialogs

TODAY = date(2024, 6, 15)


@pytest.fixture
def english() -> Iterator[None]:
    """Core messages render in English (their source text) during the test; default after."""
    load_cli_translations("en")
    yield
    load_cli_translations()


@pytest.fixture
def ctx(data_dir: Path, qapp: QApplication, english: None) -> Iterator[AppContext]:
    """A context on an empty station (writes allowed, no station row), today = 2024-06-15.

    Widgets show English source text and ``render()`` gives English, unless a test also asks
    for ``zh_cn``.
    """
    context = make_context(data_dir, today=TODAY)
    yield context
    context.jobs.wait_idle()
    context.close()


@pytest.fixture
def zh_cn(qapp: QApplication, english: None) -> Iterator[list[QTranslator]]:
    """The Chinese translators installed on the application (and ``render()``) for one test."""
    locale = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield translators
    QLocale.setDefault(locale)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    load_cli_translations("en")


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """A form closed with typed data asks "放弃已填写的内容？" in a modal box; in tests the answer
    is "discard" unless a test puts another in ``form_dialogs.confirm_discard``. Lists the forms
    that asked."""
    asked: list[QWidget] = []

    def discard(form: QWidget) -> bool:
        asked.append(form)
        return True

    monkeypatch.setattr(form_dialogs, "confirm_discard", discard)
    return asked


@pytest.fixture(autouse=True)
def close_message_boxes() -> Iterator[None]:
    """The boxes a test leaves open (an export's "written to …", a cancelled import's notice)
    are closed after it: a later test on the same worker that looks for the one box it expects
    would find them too (pytest-xdist hands each worker its tests in no fixed order)."""
    yield
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()
