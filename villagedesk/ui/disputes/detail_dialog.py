"""One dispute on screen (its case file, read-only): the particulars, the parties (their ID
numbers and phones masked by the station's policy), the warning level with its reasons and its
history (every LEVEL step: when, from, to, computed by the rules or set by whom with the note),
the ladder and its deadlines, the sessions, the agreement, the performance and the follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QWidget,
)

from villagedesk.core.columns import Column, RegisterSpec
from villagedesk.core.disputes.events import (
    DisputeEvent,
    DisputeFollowUp,
    LevelChange,
    PerformanceRecord,
    Session,
    Settlement,
)
from villagedesk.core.disputes.model import MediationLevel
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.disputes.warning import reason_message
from villagedesk.core.requests.timing import display_moment
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import render
from villagedesk.ui.disputes.dispute_register import level_square, level_word
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.households.section_table import fit_columns, rows_view
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.registers.rows_model import RowsModel

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

A = DisputeAction


def _spec(key: str, *columns: tuple[str, str, int]) -> RegisterSpec:
    return RegisterSpec(key, key, tuple(Column(k, header, width) for k, header, width in columns))


PARTIES = _spec(
    "dispute_parties",
    ("role", QT_TRANSLATE_NOOP("Columns", "Role"), 8),
    ("name", QT_TRANSLATE_NOOP("Columns", "Name"), 10),
    ("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 12),
    ("id_number", QT_TRANSLATE_NOOP("Columns", "ID number"), 18),
    ("address", QT_TRANSLATE_NOOP("Columns", "Address"), 20),
)
LEVELS = _spec(
    "dispute_levels",
    ("at", QT_TRANSLATE_NOOP("Columns", "Time"), 16),
    ("from", QT_TRANSLATE_NOOP("Columns", "From"), 5),
    ("to", QT_TRANSLATE_NOOP("Columns", "To"), 5),
    ("why", QT_TRANSLATE_NOOP("Columns", "Why"), 30),
)
SESSIONS = _spec(
    "dispute_sessions",
    ("held_on", QT_TRANSLATE_NOOP("Columns", "Date"), 10),
    ("place", QT_TRANSLATE_NOOP("Columns", "Place"), 10),
    ("mediators", QT_TRANSLATE_NOOP("Columns", "Mediators"), 10),
    ("present", QT_TRANSLATE_NOOP("Columns", "Parties present"), 10),
    ("result", QT_TRANSLATE_NOOP("Columns", "Result"), 6),
    ("said", QT_TRANSLATE_NOOP("Columns", "What was said"), 30),
)
FOLLOW_UPS = _spec(
    "dispute_follow_ups",
    ("at", QT_TRANSLATE_NOOP("Columns", "Time"), 16),
    ("by", QT_TRANSLATE_NOOP("Columns", "By"), 8),
    ("performance", QT_TRANSLATE_NOOP("Columns", "Performance"), 6),
    ("satisfaction", QT_TRANSLATE_NOOP("Columns", "Satisfaction"), 6),
    ("hidden_risk", QT_TRANSLATE_NOOP("Columns", "Hidden danger"), 6),
    ("note", QT_TRANSLATE_NOOP("Columns", "Note"), 24),
)


def _enum(label: str) -> str:
    return QCoreApplication.translate("Enum", label)


def _day(day: date | None) -> str:
    return day.strftime("%Y.%m.%d") if day is not None else ""


class DisputeDetailDialog(FormDialog[Saved]):
    """纠纷详情 of one dispute (read-only)."""

    def __init__(
        self, ctx: AppContext, detail: DisputeDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx, buttons=QDialogButtonBox.StandardButton.Close)
        self.detail = detail
        self._ctx = ctx
        self.setWindowTitle(self.tr("Dispute {number}").format(number=detail.dispute.number))
        self.form = QFormLayout()
        self.body_layout.addLayout(self.form)
        self._add_particulars()
        self.parties = self._table(self.tr("Parties"), PARTIES, self._party_rows())
        self._party_ids()
        self._add_level()
        self.levels = self._table(self.tr("Warning level history"), LEVELS, self._level_rows())
        self._add_ladder()
        self.sessions = self._table(self.tr("Mediation sessions"), SESSIONS, self._sessions())
        self._add_settlement()
        self.follow_ups = self._table(self.tr("Follow-ups"), FOLLOW_UPS, self._follow_ups())
        self.resize(800, 640)

    # -- pieces -------------------------------------------------------------------------------
    def _row(self, label: str, text: str, form: QFormLayout | None = None) -> QLabel:
        shown = QLabel(text, self.body)
        shown.setWordWrap(True)
        (form or self.form).addRow(label, shown)
        return shown

    def _table(
        self, title: str, spec: RegisterSpec, rows: Sequence[tuple[object, ...]]
    ) -> QTableView:
        model = RowsModel(spec, self)
        model.set_rows(list(rows))
        view = rows_view(model, self.body)
        view.setMinimumHeight(60 + 24 * min(len(rows), 4))
        fit_columns(view)
        self.body_layout.addWidget(QLabel(f"<b>{title}</b>", self.body))
        self.body_layout.addWidget(view)
        return view

    def _events(self, action: DisputeAction) -> list[DisputeEvent]:
        return [e for e in self.detail.events if e.action is action]

    # -- the sections -------------------------------------------------------------------------
    def _add_particulars(self) -> None:
        dispute = self.detail.dispute
        v, p = dispute.values, dispute.progress
        self._row(self.tr("Number:"), dispute.number)
        self.state = self._row(self.tr("State:"), _enum(p.state.label))
        self._row(self.tr("Screened on:"), _day(v.screened_on))
        self._row(self.tr("Source:"), _enum(v.source.label))
        self._row(self.tr("Type:"), v.dispute_type)
        self._row(self.tr("People involved:"), str(v.people))
        self._row(self.tr("Cause:"), v.cause)
        self._row(self.tr("Summary:"), v.summary)
        self._row(self.tr("Place:"), v.place)
        owner = p.owner.name if p.owner is not None else ""
        if p.township_owner:
            owner += self.tr(" (taken over at the township by {name})").format(
                name=p.township_owner
            )
        self._row(self.tr("Case owner:"), owner)

    def _party_rows(self) -> list[tuple[object, ...]]:
        # the phone and ID number columns are masked by the table (ui/masked.py)
        return [
            (_enum(party.role.label), party.name, party.phone, party.id_number, party.address)
            for party in self.detail.dispute.values.parties
        ]

    def _party_ids(self) -> None:
        """Each party row knows its stored party: 显示 in its menu shows that one's numbers."""
        model = self.parties.model()
        assert isinstance(model, RowsModel)
        model.set_rows(
            self._party_rows(), ids=[p.row_id for p in self.detail.dispute.values.parties]
        )
        add_reveal_menu(
            self._ctx, self.parties, record_type="dispute_parties", fields=("phone", "id_number")
        )

    def _add_level(self) -> None:
        """The colour (a square beside its word) and the reasons of the level in force."""
        p = self.detail.dispute.progress
        level = p.shown_warning
        form = QFormLayout()
        self.body_layout.addLayout(form)
        row = QWidget(self.body)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        square = QLabel(row)
        square.setPixmap(level_square(level))
        self.level = QLabel(level_word(level), row)
        line.addWidget(square)
        line.addWidget(self.level, 1)
        form.addRow(self.tr("Warning level:"), row)
        reasons = [render(reason_message(r)) for r in p.warning_reasons]
        if p.warning_manual:
            reasons.insert(0, self.tr("set by hand"))
        shown = "；".join(reasons) or self.tr("none of the rules")
        self.reasons = self._row(self.tr("Reasons:"), shown, form)

    def _level_why(self, event: DisputeEvent, change: LevelChange) -> str:
        if change.manual:
            return self.tr("set by {name}: {note}").format(
                name=event.step.by or self.tr("(not named)"), note=change.note
            )
        reasons = "；".join(render(reason_message(r)) for r in change.reasons)
        return self.tr("computed: {reasons}").format(
            reasons=reasons or self.tr("none of the rules")
        )

    def _level_rows(self) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for event in self._events(A.LEVEL):
            change = event.step.details
            assert isinstance(change, LevelChange)
            before = level_word(change.previous) if change.previous is not None else ""
            rows.append(
                (
                    display_moment(event.at),
                    before,
                    level_word(change.level),
                    self._level_why(event, change),
                )
            )
        return rows

    def _add_ladder(self) -> None:
        p = self.detail.dispute.progress
        form = QFormLayout()
        self.body_layout.addLayout(form)
        rungs = [
            f"[{_enum(m.label)}]" if m is p.mediation_level else _enum(m.label)
            for m in MediationLevel
        ]
        self.ladder = self._row(self.tr("Mediation ladder:"), " → ".join(rungs), form)
        self._row(self.tr("At this level since:"), display_moment(p.level_since), form)
        self.level_due = self._row(self.tr("Level time limit:"), _day(p.level_due), form)
        case_due = _day(p.case_due)
        if p.extended:
            case_due += self.tr(" (extended with the parties' consent)")
        self._row(self.tr("Case time limit:"), case_due, form)

    def _sessions(self) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for event in self._events(A.SESSION):
            s = event.step.details
            assert isinstance(s, Session)
            mediators = "、".join(m.name for m in s.mediators)
            present = "、".join(s.present)
            rows.append(
                (_day(s.held_on), s.place, mediators, present, _enum(s.result.label), s.said)
            )
        return rows

    def _add_settlement(self) -> None:
        p = self.detail.dispute.progress
        form = QFormLayout()
        self.body_layout.addLayout(form)
        settled = [e.step.details for e in self._events(A.SETTLE)]
        last = settled[-1] if settled else None
        outcome = _enum(p.outcome.label) if p.outcome is not None else ""
        self.outcome = self._row(self.tr("Mediation result:"), outcome, form)
        if isinstance(last, Settlement) and last.agreement is not None:
            a = last.agreement
            self._row(self.tr("Agreement number:"), a.number or p.agreement_number, form)
            self._row(self.tr("Basic facts:"), a.facts, form)
            self._row(self.tr("Facts and issues:"), a.issues, form)
            self._row(self.tr("Terms:"), a.terms, form)
            self._row(self.tr("Manner of performance:"), a.manner, form)
            self._row(self.tr("To be performed by:"), _day(a.due), form)
        elif isinstance(last, Settlement) and last.note:
            self._row(self.tr("Note:"), last.note, form)
        records = [e.step.details for e in self._events(A.PERFORM)]
        notes = [
            f"{_enum(r.performance.label)} {r.note}".strip()
            for r in records
            if isinstance(r, PerformanceRecord)
        ]
        self.performance = self._row(self.tr("Performance:"), "；".join(notes), form)

    def _follow_ups(self) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for event in self._events(A.FOLLOW_UP):
            f = event.step.details
            assert isinstance(f, DisputeFollowUp)
            done = _enum(f.performance.label) if f.performance is not None else ""
            risk = self.tr("Yes") if f.hidden_risk else self.tr("No")
            rows.append(
                (
                    display_moment(event.at),
                    event.step.by,
                    done,
                    _enum(f.satisfaction.label),
                    risk,
                    f.note,
                )
            )
        return rows
