"""The forms' one write path: a saved result publishes its changes; a refusal publishes nothing
and shows every message under its field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.services.results import Saved
from villagedesk.core.text import msg
from villagedesk.ui.change_hub import ChangeHub
from villagedesk.ui.forms.base import FieldErrors
from villagedesk.ui.forms.service_op import run_service


def _errors(host: QWidget) -> FieldErrors:
    layout = QFormLayout(host)
    errors = FieldErrors(layout, QLabel(host))
    errors.add_row("姓名", QLineEdit(host), key="name")
    return errors


def test_a_saved_result_is_published_and_a_refusal_is_not(qtbot: QtBot) -> None:
    hub = ChangeHub()
    seen: list[Changes] = []
    hub.changed.connect(seen.append)
    host = QWidget()
    qtbot.addWidget(host)
    errors = _errors(host)
    changes = Changes(frozenset({Topic.MEMBERS}))

    saved = run_service(errors, hub, lambda: Saved(7, changes))
    assert saved is not None and saved.id == 7
    assert seen == [changes]

    def refuse() -> Saved:
        raise ValidationError({"name": [msg("Member", "Enter the name.")]})

    assert run_service(errors, hub, refuse) is None
    assert seen == [changes]  # nothing more published
    assert errors.texts() == {"name": "请填写姓名。"}
