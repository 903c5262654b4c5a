"""设置: the language (takes effect on restart) and the station's details; a second tab holds the
station's rules for in-service reporting and cadre links, a third the masking on public notices,
then the requests' channels and categories and their time limits, the dispute settings, and
账号与安全 (免登录, the idle lock, the accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.i18n import Language
from villagedesk.ui.accounts.security_form import AccountSecurityForm
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.settings_form import DisputeSettingsForm
from villagedesk.ui.in_service.settings_form import StationRulesForm
from villagedesk.ui.mask_policy_form import MaskPolicyForm
from villagedesk.ui.requests.lists_form import RequestListsForm
from villagedesk.ui.requests.rules_form import DeadlineRulesForm
from villagedesk.ui.station_dialog import StationDialog

#: Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {Language.ZH_CN: "简体中文", Language.EN: "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for lang, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, lang.value)
        self.language.setCurrentIndex(self.language.findData(ctx.settings.language.value))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language takes effect when VillageDesk is restarted."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.station_button = QPushButton(self.tr("Edit the station's details…"))
        self.station_button.clicked.connect(self.edit_station)
        form.addRow(self.tr("Station"), self.station_button)
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.rules = StationRulesForm(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.rules, self.tr("In-service reporting and cadre links"))
        self.masking = MaskPolicyForm(ctx, self)
        self.tabs.addTab(self.masking, self.tr("Masking on notices"))
        self.request_lists = RequestListsForm(ctx, self)
        self.tabs.addTab(self.request_lists, self.tr("Request channels and categories"))
        self.deadline_rules = DeadlineRulesForm(ctx, self)
        self.tabs.addTab(self.deadline_rules, self.tr("Time limits of requests"))
        self.disputes = DisputeSettingsForm(ctx, self)
        self.tabs.addTab(self.disputes, self.tr("Disputes"))
        self.security = AccountSecurityForm(ctx, self)
        self.tabs.addTab(self.security, self.tr("Accounts and security"))
        from villagedesk.ui.privacy.retention_form import RetentionForm

        self.retention = RetentionForm(ctx, self)
        self.tabs.addTab(self.retention, self.tr("Personal data retention"))
        layout.addWidget(self.tabs)
        # Every tab's title in view: no scroll buttons squeezed into the tab bar (ui/screen_fit).
        bar = self.tabs.tabBar().sizeHint().width()
        self.setMinimumWidth(max(480, bar + 2 * layout.contentsMargins().left() + 8))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def edit_station(self) -> None:
        StationDialog(self.ctx, self).open()

    def accept(self) -> None:
        if not self.rules.save():
            self.tabs.setCurrentWidget(self.rules)
            return
        for form in (
            self.masking,
            self.request_lists,
            self.deadline_rules,
            self.disputes,
            self.security,
            self.retention,
        ):
            if not form.save():
                self.tabs.setCurrentWidget(form)
                return
        self.ctx.settings.language = str(self.language.currentData())
        self.ctx.settings.sync()
        super().accept()
