"""Masked by default: the one rule for every ID number and phone the GUI shows.

:func:`shown` is that rule. A value whose key (a register column's or a stored field's) names a
number (``core.masking.number_kind``: ``id_number``, ``phone``, ``*_phone``…) is shown masked by
the station's notice policy (``uow.mask_policy``), for every role, in every table model over a
register (ui/registers/lazy_model.py, rows_model.py), every detail page and every picker.

The full number is shown only for one record at a time, when a 录入员 or 管理员 presses 显示:
:func:`reveal_numbers` runs ``core.unmasking.reveal_record`` (logged as UNMASK; a 查看 is refused
with 无权限). Edit forms hold an existing number in a :class:`NumberGuard`: masked and read-only
until 显示, while the form keeps the stored value to save (ui/masked_forms.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from villagedesk.core.accounts.permissions import Action, allowed
from villagedesk.core.changes import Changes
from villagedesk.core.masking import MASK_CHAR, MaskPolicy, mask, mask_policy, number_kind
from villagedesk.core.unmasking import reveal_member_of, reveal_record
from villagedesk.ui.forms.service_op import wait_for_db
from villagedesk.ui.jobs import inform, show_error

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


@dataclass
class _Display:
    """The policy every screen masks with (the station's, loaded by :func:`follow_policy`)."""

    policy: MaskPolicy = field(default_factory=MaskPolicy)


_DISPLAY = _Display()


def use_policy(policy: MaskPolicy) -> None:
    """Mask with ``policy`` from now on (the settings' masking form after a save)."""
    _DISPLAY.policy = policy


def display_policy() -> MaskPolicy:
    return _DISPLAY.policy


def follow_policy(ctx: AppContext) -> None:
    """Load the station's policy (on opening a station); the default when it cannot be read."""
    try:
        use_policy(mask_policy(ctx.store.uow_factory()))
    except Exception:  # a damaged or locked database: the default masks as much or more
        use_policy(MaskPolicy())


def shown(key: str, text: str) -> str:
    """THE display rule: ``text`` of the value keyed ``key`` as the screen shows it (masked when
    the key names an ID number or a phone; a value masked already is left as it is)."""
    kind = number_kind(key)
    if kind is None or not text or MASK_CHAR in text:
        return text
    return mask(text, kind, _DISPLAY.policy)


def may_reveal(ctx: AppContext) -> bool:
    """Whether the signed-in user may press 显示 (a 查看 may not; the service refuses anyway)."""
    return allowed(ctx.store.uow_factory.actor.role, Action.UNMASK)


def reveal_label() -> str:
    return QCoreApplication.translate("Masking", "Show")


def reveal_menu_label() -> str:
    return QCoreApplication.translate("Masking", "Show full numbers (logged)")


@dataclass(frozen=True)
class _Shown:
    values: dict[str, str]
    changes: Changes = field(default_factory=Changes)


def reveal_numbers(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    record_type: str,
    record_id: int,
    fields: Sequence[str],
    via_member: bool = False,
) -> dict[str, str] | None:
    """显示 on one record: its full ``fields`` (logged as UNMASK), or None after telling the user
    why not (无权限 for a 查看; the record gone). ``via_member``: the fields are those of the
    member the record is about (an in-service row showing the member's phone)."""
    factory = ctx.store.uow_factory
    read = reveal_member_of if via_member else reveal_record

    def run() -> _Shown:
        found = read(factory(), record_type=record_type, record_id=record_id, fields=fields)
        return _Shown(found.values)

    outcome = wait_for_db(
        ctx.jobs, run, parent=parent, title=QCoreApplication.translate("Masking", "Reading…")
    )
    if outcome.error is not None:
        show_error(parent, outcome.error)
        return None
    return None if outcome.value is None else outcome.value.values


class RevealButton(QPushButton):
    """显示 on a detail page: puts one record's full numbers into the page's labels (keyed by
    field), once, logged. Greyed for a 查看 (the service would refuse it: 无权限)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        record_type: str,
        record_id: int,
        labels: dict[str, QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reveal_label(), parent)
        self._ctx, self._record = ctx, (record_type, record_id)
        self.labels = {k: label for k, label in labels.items() if MASK_CHAR in label.text()}
        self.setToolTip(
            QCoreApplication.translate(
                "Masking", "Show this record's full numbers (this is logged)"
            )
        )
        self.setEnabled(may_reveal(ctx) and bool(self.labels))
        self.clicked.connect(self.reveal)

    def reveal(self) -> bool:
        """The full numbers in the labels; False when refused (the user was told why)."""
        record_type, record_id = self._record
        found = reveal_numbers(
            self._ctx, self, record_type=record_type, record_id=record_id, fields=list(self.labels)
        )
        if found is None:
            return False
        for key, label in self.labels.items():
            label.setText(found.get(key) or "—")
        self.setEnabled(False)
        return True


def number_label(key: str, value: str, parent: QWidget | None) -> QLabel:
    """A detail page's read-only label for a stored value (a number masked, nothing as —)."""
    label = QLabel(shown(key, value) or "—", parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def show_record_numbers(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    record_type: str,
    record_id: int,
    fields: Sequence[str],
    via_member: bool = False,
) -> QMessageBox | None:
    """显示 on a register row: the record's full numbers in a box (logged); None when refused."""
    found = reveal_numbers(
        ctx,
        parent,
        record_type=record_type,
        record_id=record_id,
        fields=fields,
        via_member=via_member,
    )
    if found is None:
        return None
    titles = {
        "id_number": QCoreApplication.translate("Masking", "ID number"),
        "phone": QCoreApplication.translate("Masking", "Phone"),
    }
    lines = [
        f"{titles.get(number_kind(key) or '', key)}：{value or '—'}" for key, value in found.items()
    ]
    return inform(parent, "\n".join(lines))


def add_reveal_menu(
    ctx: AppContext,
    table: QTableView,
    *,
    record_type: str,
    fields: Sequence[str],
    via_member: bool = False,
) -> None:
    """A register table's row menu with 显示 (the row's full ``fields``, or with ``via_member``
    those of the member the row is about), for 录入员 and 管理员."""
    from villagedesk.ui.registers.lazy_model import ID_ROLE  # (the model imports this module)

    def menu_at(at: QPoint) -> None:
        index = table.indexAt(at)
        record_id = index.data(ID_ROLE) if index.isValid() else None
        if not isinstance(record_id, int):
            return
        menu = QMenu(table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(
            reveal_menu_label(),
            lambda: show_record_numbers(
                ctx,
                table,
                record_type=record_type,
                record_id=record_id,
                fields=fields,
                via_member=via_member,
            ),
        )
        action.setEnabled(may_reveal(ctx))
        menu.popup(table.viewport().mapToGlobal(at))

    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(menu_at)
