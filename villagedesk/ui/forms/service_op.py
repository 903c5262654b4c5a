"""One write path for the GUI: run a service on the database worker, show a refusal under its
fields, publish what it changed.

Every add and edit dialog and every settings form saves through :func:`run_service`, and every
job that writes ends through :func:`run_change_job`, so no screen calls ``hub.publish`` itself:
the service says what it touched (``.changes``) and every screen showing that topic refreshes.

A save runs on the database worker, in order with the other database jobs, and the form waits
in a local event loop: the window keeps painting, its buttons are off so nothing is saved twice,
and a save that takes a while shows the jobs' progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from villagedesk.core.changes import Changes
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.progress import Progress
from villagedesk.ui.change_hub import ChangeHub
from villagedesk.ui.forms.fields import FieldErrors
from villagedesk.ui.jobs import JobHandle, JobRunner, show_error


class HasChanges(Protocol):
    @property
    def changes(self) -> Changes: ...


class Ops(Protocol):
    """What a write needs from the application context: the jobs and the change hub."""

    @property
    def hub(self) -> ChangeHub: ...

    @property
    def jobs(self) -> JobRunner: ...


S = TypeVar("S", bound=HasChanges)


@dataclass
class _Outcome(Generic[S]):
    value: S | None = None
    error: BaseException | None = None


def wait_for_db(
    jobs: JobRunner, action: Callable[[], S], *, parent: QWidget | None, title: str | None = None
) -> _Outcome[S]:
    """Run ``action`` on the database worker and wait for it in a local event loop."""
    outcome: _Outcome[S] = _Outcome()
    loop = QEventLoop()

    def done(value: S) -> None:
        outcome.value = value
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome.error = error
        loop.quit()

    def work(_progress: Progress) -> S:
        return action()

    handle = jobs.run(
        work,
        title=title or QCoreApplication.translate("Forms", "Saving…"),
        on_done=done,
        on_error=failed,
        cancellable=False,
        parent=parent,
    )
    if not handle.is_done:
        loop.exec()
    return outcome


def show_refusal(errors: FieldErrors, error: BaseException | None, parent: QWidget | None) -> None:
    """A service's refusal where the user looks: each reason under its field, a rule's refusal
    above the buttons, anything unexpected in a message box (nothing for None)."""
    if isinstance(error, ValidationError):
        errors.show(error.errors)
    elif isinstance(error, DomainError):
        errors.show_message(error.message)
    elif error is not None:
        show_error(parent, error)


def run_service(
    ops: Ops,
    errors: FieldErrors,
    action: Callable[[], S],
    *,
    parent: QWidget | None = None,
    title: str | None = None,
) -> S | None:
    """``action()``'s result after publishing its changes; None when it was refused (the reasons
    are shown under their fields by ``errors``; an unexpected error in a message box).

    ``action`` runs on the database worker: it must not touch a widget (read the fields before).
    """
    errors.clear()
    outcome = wait_for_db(ops.jobs, action, parent=parent, title=title)
    show_refusal(errors, outcome.error, parent)
    if outcome.value is None:
        return None
    ops.hub.publish(outcome.value.changes)
    return outcome.value


def run_change_job(
    ops: Ops,
    fn: Callable[[Progress], S],
    *,
    title: str,
    on_done: Callable[[S], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
    parent: QWidget | None = None,
    db: bool = True,
) -> JobHandle[S]:
    """A background job whose result's ``changes`` are published before ``on_done`` runs."""

    def finished(result: S) -> None:
        ops.hub.publish(result.changes)
        if on_done is not None:
            on_done(result)

    return ops.jobs.run(
        fn,
        title=title,
        on_done=finished,
        on_error=on_error,
        on_cancelled=on_cancelled,
        cancellable=cancellable,
        show_after_ms=show_after_ms,
        parent=parent,
        db=db,
    )
