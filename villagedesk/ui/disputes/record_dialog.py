"""新增纠纷: record a dispute as it was screened: its parties (ui/disputes/party_field.py), the
people and households involved, its type from the station's list, its source and day, its cause
and story, the risk factors, where mediation starts and the 包案人. The warning level the rules
give (core/disputes/warning.assess) is shown live with its reasons as the boxes are ticked.
``add_dispute`` checks every field, gives the 编号 and the first level; a refusal shows under
its fields and writes nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from villagedesk.core.disputes.from_request import dispute_from_request
from villagedesk.core.disputes.model import (
    DisputeDraft,
    DisputeSource,
    MediationLevel,
    RiskFactors,
)
from villagedesk.core.disputes.rules import MAX_COUNT, MAX_PEOPLE
from villagedesk.core.disputes.services import add_dispute, dispute_settings
from villagedesk.core.disputes.warning import assess, reason_message
from villagedesk.core.requests.model import Handler, RequesterKind
from villagedesk.core.requests.record import Request
from villagedesk.core.services.results import Saved
from villagedesk.core.text import Message
from villagedesk.i18n import enum_label, render
from villagedesk.ui.disputes.dispute_register import level_square, level_word
from villagedesk.ui.disputes.party_field import PartyList
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, checkbox_grid, error_label, note_label
from villagedesk.ui.households.link_dialog import Picker
from villagedesk.ui.requests.station_time import ContextClock

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

TEXT_HEIGHT = 70
RISK_BOXES = ("threats", "weapons", "petition_signs", "vulnerable", "criminal_risk")


class DisputeErrors(FieldErrors):
    """The form's field errors, the parties' keys (``parties``, ``parties.N.…``) shown under
    the party rows themselves."""

    parties: PartyList | None = None

    def show(self, errors: Mapping[str, Sequence[Message]]) -> None:
        own = {k: v for k, v in errors.items() if k != "parties" and not k.startswith("parties.")}
        super().show(own)
        if self.parties is not None:
            self.parties.show_errors({k: v for k, v in errors.items() if k not in own})

    def clear(self) -> None:
        super().clear()
        if self.parties is not None:
            self.parties.clear_errors()

    def texts(self) -> dict[str, str]:
        found = super().texts()
        if self.parties is not None:
            found.update(self.parties.texts())
        return found


class DisputeRecordDialog(FormDialog[Saved]):
    """新增纠纷. After a save ``saved`` holds the new dispute's id. ``household_id`` opens it
    with that household named; ``resident_id`` with that resident as the first party."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        household_id: int | None = None,
        resident_id: int | None = None,
        request: Request | None = None,
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.clock = ContextClock(ctx)
        self.settings = dispute_settings(ctx.store.uow_factory())
        self.households: list[int] = [] if household_id is None else [household_id]
        self.setWindowTitle(self.tr("Record a dispute"))
        self.form = QFormLayout()
        self.errors = errors = DisputeErrors(self.form, error_label(self.body))
        self.body_layout.addWidget(errors.general)
        self.body_layout.addLayout(self.form)
        self.parties = PartyList(ctx, self.body)
        errors.parties = self.parties
        self.form.addRow(self.tr("Parties:"), self.parties)
        self._build_people()
        self._build_matter()
        self._build_risks()
        self._build_handling()
        self.body_layout.addStretch(1)
        if resident_id is not None:
            self.parties.preset_resident(resident_id)
        self.request = request
        if request is not None:
            self._turn_from(request)
        self.parties.changed.connect(self.update_preview)
        self.update_preview()
        self.resize(640, 700)

    # -- building -----------------------------------------------------------------------------
    def _combo(self, label: str, key: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self.body)
        for text, data in items:
            box.addItem(text, data)
        self.errors.add_row(label, box, key)
        return box

    def _count(self, top: int, special: str = "") -> QSpinBox:
        box = QSpinBox(self.body)
        box.setRange(0, top)
        if special:
            box.setSpecialValueText(special)
        box.valueChanged.connect(lambda _v: self.update_preview())
        return box

    def _build_people(self) -> None:
        """涉及人数 (nothing: as many as the parties) and the households involved."""
        self.people = self._count(MAX_PEOPLE, self.tr("as many as the parties"))
        self.errors.add_row(self.tr("People involved:"), self.people, "people")
        self.household_picker = Picker(
            self._ctx.readers.households(),
            ("head", "address"),
            self.tr("Search the households: address, or a resident's name, pinyin or ID number"),
            self.body,
            compact=True,
        )
        self.household_picker.results.itemActivated.connect(lambda _i: self.add_household())
        self.household_add = QPushButton(self.tr("Add the household"), self.body)
        self.household_add.clicked.connect(lambda: self.add_household())
        self.household_list = QLabel(self.body)
        self.household_list.setWordWrap(True)
        box = QWidget(self.body)
        column = QFormLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addRow(self.household_picker)
        column.addRow(self.household_add, self.household_list)
        self.errors.add_row(self.tr("Households:"), box, "household_ids")
        note = note_label(self.tr("The resident parties' own households are added by themselves."))
        self.form.addRow("", note)
        self._show_households()

    def _build_matter(self) -> None:
        """纠纷类型, 来源, 排查日期, 诱因, 简要情况, 地点."""
        choose = self.tr("— choose —")
        types = [(t, t) for t in self.settings.types]
        self.dispute_type = self._combo(self.tr("Type:"), "dispute_type", [(choose, ""), *types])
        sources = [(enum_label(s.label), s.value) for s in DisputeSource]
        self.source = self._combo(self.tr("Source:"), "source", sources)
        self.screened_on = QLineEdit(self.body)
        self.screened_on.setText(self._ctx.today().isoformat())
        self.errors.add_row(self.tr("Screened on:"), self.screened_on, "screened_on")
        self.cause = self._text(self.tr("Cause:"), "cause")
        self.summary = self._text(self.tr("Summary:"), "summary")
        self.place = QLineEdit(self.body)
        self.errors.add_row(self.tr("Place:"), self.place, "place")

    def _text(self, label: str, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(TEXT_HEIGHT)
        self.errors.add_row(label, edit, key)
        return edit

    def _build_risks(self) -> None:
        """风险因素 and the live preview of the level they give."""
        texts = {
            "threats": self.tr("Threats of revenge"),
            "weapons": self.tr("Weapons involved"),
            "petition_signs": self.tr("Signs of repeated, over-level or group petitions"),
            "vulnerable": self.tr("Elderly, infirm, sick or disabled people involved"),
            "criminal_risk": self.tr("Risk of turning into a criminal case"),
        }
        self.risk_boxes: dict[str, QCheckBox] = {}
        for key in RISK_BOXES:
            box = QCheckBox(texts[key], self.body)
            box.toggled.connect(lambda _on: self.update_preview())
            self.risk_boxes[key] = box
        self.errors.add_row(
            self.tr("Risk factors:"), checkbox_grid(list(self.risk_boxes.values()), self.body, 2)
        )
        self.police_calls = self._count(MAX_COUNT)
        self.errors.add_row(
            self.tr("Police called (times):"), self.police_calls, "risks.police_calls"
        )
        self.failed_mediations = self._count(MAX_COUNT)
        self.errors.add_row(
            self.tr("Failed mediations (times):"), self.failed_mediations, "risks.failed_mediations"
        )
        self.level_square = QLabel(self.body)
        self.level_text = QLabel(self.body)
        self.level_text.setWordWrap(True)
        row = QWidget(self.body)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.level_square)
        line.addWidget(self.level_text, 1)
        self.form.addRow(self.tr("Warning level:"), row)

    def _build_handling(self) -> None:
        """Where mediation starts and the 包案人."""
        levels = [(enum_label(m.label), m.value) for m in MediationLevel]
        self.level = self._combo(self.tr("Mediation starts at:"), "level", levels)
        self.level.setCurrentIndex(self.level.findData(MediationLevel.COMMITTEE.value))
        self.owner = QLineEdit(self.body)
        self.owner.setMaxLength(50)
        self.errors.add_row(self.tr("Case owner:"), self.owner, "owner")

    # -- households ---------------------------------------------------------------------------
    def add_household(self) -> None:
        """The household chosen in the search box joins the list."""
        chosen = self.household_picker.chosen_id()
        if chosen is not None and chosen not in self.households:
            self.households.append(chosen)
        self.household_picker.search.clear()
        self._show_households()

    def _show_households(self) -> None:
        reader = self._ctx.readers.households()
        rows = reader.rows(self.households, ("head", "address")) if self.households else {}
        names = [
            "  ".join(str(v) for v in rows.get(h, ()) if v) for h in self.households if h in rows
        ]
        self.household_list.setText("\n".join(names) or self.tr("(none besides the parties')"))

    # -- the level ----------------------------------------------------------------------------
    def risks(self) -> RiskFactors:
        ticked = {key: box.isChecked() for key, box in self.risk_boxes.items()}
        return RiskFactors(
            police_calls=self.police_calls.value(),
            failed_mediations=self.failed_mediations.value(),
            **ticked,
        )

    def people_count(self) -> int | None:
        return self.people.value() or None

    def update_preview(self) -> None:
        """The level the rules give now, and why."""
        people = self.people_count() or len(self.parties.rows)
        found = assess(self.risks(), people, 0, self.settings.rules)
        self.level_square.setPixmap(level_square(found.level))
        reasons = "；".join(render(reason_message(r)) for r in found.reasons)
        word = level_word(found.level)
        self.level_text.setText(f"{word} — {reasons}" if reasons else word)
        self.preview_level = found.level

    def _turn_from(self, request: Request) -> None:
        """转为矛盾纠纷: the request's content as the summary, its household, the requester as
        the first party (a resident chosen; anyone else the service adds from the request)."""
        self.setWindowTitle(
            self.tr("Turn request {number} into a dispute").format(number=request.number)
        )
        self.summary.setPlainText(request.values.content)
        source = self.source.findData(DisputeSource.FROM_REQUEST.value)
        if source >= 0:
            self.source.setCurrentIndex(source)
            self.source.setEnabled(False)
        household = request.values.household_id
        if household is not None and household not in self.households:
            self.households.append(household)
            self._show_households()
        requester = request.values.requester
        if requester.kind is RequesterKind.RESIDENT and requester.person_id is not None:
            self.parties.preset_resident(requester.person_id)
        elif requester.kind is not RequesterKind.ANONYMOUS and self.parties.rows:
            self.parties.remove_party(self.parties.rows[0])  # the service puts them first

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> DisputeDraft:
        owner = self.owner.text().strip()
        return DisputeDraft(
            parties=self.parties.drafts(),
            dispute_type=str(self.dispute_type.currentData() or ""),
            summary=self.summary.toPlainText(),
            cause=self.cause.toPlainText(),
            screened_on=self.screened_on.text(),
            source=str(self.source.currentData() or ""),
            people=self.people_count(),
            risks=self.risks(),
            household_ids=tuple(self.households),
            level=str(self.level.currentData() or ""),
            owner=Handler(owner) if owner else None,
            place=self.place.text(),
        )

    def prepare(self) -> Callable[[], Saved]:
        draft, factory, clock = self.draft(), self._ctx.store.uow_factory, self.clock
        if self.request is not None:
            request_id = self.request.id
            return lambda: dispute_from_request(
                factory(), clock, request_id=request_id, draft=draft
            )
        return lambda: add_dispute(factory(), clock, draft=draft)
