"""The forms' one write path: a saved result is published; a refusal publishes nothing and shows
every message under its field; the service runs on the database worker, not the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.progress import Progress
from villagedesk.core.services.results import Saved
from villagedesk.core.text import msg
from villagedesk.ui.change_hub import ChangeHub
from villagedesk.ui.forms.fields import FieldErrors
from villagedesk.ui.forms.service_op import run_change_job, run_service
from villagedesk.ui.jobs import JobRunner


@dataclass
class Ops:
    hub: ChangeHub = field(default_factory=ChangeHub)
    jobs: JobRunner = field(default_factory=JobRunner)


@pytest.fixture
def ops() -> Iterator[Ops]:
    made = Ops()
    yield made
    made.jobs.shutdown()


def _errors(host: QWidget) -> FieldErrors:
    layout = QFormLayout(host)
    errors = FieldErrors(layout, QLabel(host))
    errors.add_row("姓名", QLineEdit(host), key="name")
    return errors


def test_a_saved_result_is_published_and_a_refusal_is_not(qtbot: QtBot, ops: Ops) -> None:
    seen: list[Changes] = []
    ops.hub.changed.connect(seen.append)
    host = QWidget()
    qtbot.addWidget(host)
    errors = _errors(host)
    changes = Changes(frozenset({Topic.MEMBERS}))

    saved = run_service(ops, errors, lambda: Saved(7, changes))
    assert saved is not None and saved.id == 7
    assert seen == [changes]

    def refuse() -> Saved:
        raise ValidationError({"name": [msg("Member", "Enter the name.")]})

    assert run_service(ops, errors, refuse) is None
    assert seen == [changes]  # nothing more published
    assert errors.texts() == {"name": "请填写姓名。"}


def test_a_refusal_without_a_field_shows_in_the_general_label(qtbot: QtBot, ops: Ops) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    errors = _errors(host)

    def refuse() -> Saved:
        raise DomainError(msg("Member", "Enter the name."))

    assert run_service(ops, errors, refuse) is None
    assert errors.texts() == {"": "请填写姓名。"}


def test_the_service_runs_on_the_database_worker(qtbot: QtBot, ops: Ops) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    threads: list[str] = []

    def write() -> Saved:
        threads.append(threading.current_thread().name)
        return Saved(1, Changes.of(Topic.MEMBERS))

    assert run_service(ops, _errors(host), write) is not None
    assert threads and threads[0].startswith("vd-db")


def test_a_job_that_writes_publishes_its_changes_before_on_done(qtbot: QtBot, ops: Ops) -> None:
    order: list[str] = []
    ops.hub.changed.connect(lambda _c: order.append("published"))

    def work(_progress: Progress) -> Saved:
        return Saved(3, Changes.of(Topic.HOUSEHOLDS))

    run_change_job(ops, work, title="t", on_done=lambda _saved: order.append("done"))
    assert ops.jobs.wait_idle()
    assert order == ["published", "done"]
