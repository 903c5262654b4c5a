"""The photos and scans of a request or of a 办理记录: a list of the files chosen, with buttons to
add (a file dialog: images or PDF) and remove them. A file the rule refuses (not an image or a
PDF, over 20 MB) is refused under the field at once and never listed; the files are copied into
the data folder (``villagedesk.attachment_files``) only when the form is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.attachment_files import UNNUMBERED, check_file, with_copies
from villagedesk.core.requests.attachments import KEY, SUFFIX_KINDS
from villagedesk.core.requests.model import AttachmentDraft
from villagedesk.core.services.results import Saved
from villagedesk.i18n import render
from villagedesk.ui.forms.fields import FieldErrors, reveal

Files = tuple[AttachmentDraft, ...]
#: Copies the files chosen, then runs the service call given the copies.
Attach = Callable[[Callable[[Files], Saved]], Saved]
LIST_HEIGHT = 70
PATH_ROLE = Qt.ItemDataRole.UserRole


class AttachmentField(QWidget):
    """The files chosen for one save, under the key ``attachments`` of ``errors``. ``folder``
    is the request's 编号 (its files' sub-folder), empty for a request not yet numbered."""

    def __init__(
        self, errors: FieldErrors, label: str, parent: QWidget, *, folder: str = ""
    ) -> None:
        super().__init__(parent)
        self._errors = errors
        self.folder = folder or UNNUMBERED
        self.files = QListWidget(self)
        self.files.setMaximumHeight(LIST_HEIGHT)
        self.add_button = QPushButton(self.tr("Add photos or scans…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(lambda: self.choose())
        self.remove_button.clicked.connect(lambda: self.remove_chosen())
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files, 1)
        row.addLayout(buttons)
        errors.add_row(label, self, KEY)
        self._update()

    def choose(self) -> None:
        """Ask for files (images or PDF) and add those the rule accepts."""
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIX_KINDS)
        paths, _chosen = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or scans"),
            "",
            self.tr("Photos, scans and PDF files ({patterns})").format(patterns=patterns),
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """List each of ``paths`` the rule accepts; the others' reasons go under the field."""
        problems: list[str] = []
        for path in paths:
            found = check_file(path, folder=self.folder)
            if found:
                problems.extend(render(m) for m in found)
            elif path not in self.sources():
                item = QListWidgetItem(path.name, self.files)
                item.setData(PATH_ROLE, str(path))
                item.setToolTip(str(path))
        label = self._errors.label_for(KEY)
        if label is not None:
            label.setText("\n".join(problems))
            label.setVisible(bool(problems))
            if problems:
                reveal(label)
        self._update()

    def remove_chosen(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.files.count() > 0)

    def sources(self) -> list[Path]:
        """The files chosen, in the order they were added."""
        items = (self.files.item(i) for i in range(self.files.count()))
        return [Path(str(item.data(PATH_ROLE))) for item in items]

    def attach(self, data_dir: Path) -> Attach:
        """For the save on the database worker (read here, on the GUI thread): copy the files
        chosen now into ``data_dir``, then call the service with the copies; a refusal removes
        the copies again."""
        sources, folder = self.sources(), self.folder
        return lambda call: with_copies(data_dir, sources, folder=folder, call=call)
