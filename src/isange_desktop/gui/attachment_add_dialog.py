"""Adding a file to a case: pick it, say which part of the case it belongs to, and whether it
is evidence. The dialog stays open while the file is read and kept, so a refusal (too big, not
what its name says, unreadable) is shown where the person can pick another file at once.

The file is read by ``read_attachment_file`` (services/attachments.py) on the runner's
worker, bounded by the attachment limit: a huge file (or a device that never ends) is refused
from its first 25 MiB, never loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.attachment_rules import MAX_ATTACHMENT_BYTES
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.attachment_words import place_name
from isange_desktop.gui.referral_words import close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating

_ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class AddRequest:
    """What the person chose: plain values, for the worker."""

    path: Path
    track: str | None  # None: the intake
    evidence: bool


class AddAttachmentDialog(Retranslating, QDialog):
    """``requested(AddRequest)`` when the person presses Add; the owner then calls ``busy``,
    and ``refused(message)`` or closes the dialog."""

    requested = Signal(object)

    def __init__(self, places: list[Track | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = places
        self._path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.place = QComboBox()
        for place in places:
            self.place.addItem("", place.value if place is not None else None)
        self.place.setEnabled(len(places) > 1)
        self.evidence = QCheckBox()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # reading and checking take no countable steps
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self._form = QFormLayout()
        self._file_caption, self._place_caption = QLabel(), QLabel()
        self._place_caption.setBuddy(self.place)
        self._form.addRow(self._file_caption, file_row)
        self._form.addRow(self._place_caption, self.place)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.evidence)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a file to the case"))
        self.intro.setText(self.tr(
            "A PDF document, a photo (JPEG or PNG) or a scan (TIFF) of up to %1 MB. It is "
            "kept encrypted in the vault.").replace("%1", str(MAX_ATTACHMENT_BYTES // 2**20)))
        self._file_caption.setText(self.tr("File:"))
        self._place_caption.setText(self.tr("&Part of the case:"))
        self.place.setToolTip(self.tr("Only those who may see this part of the case will see "
                                      "the file."))
        for index, place in enumerate(self._places):
            self.place.setItemText(index, place_name(place))
        self.choose_button.setText(self.tr("&Choose a file..."))
        self.file_label.setText(self._path.name if self._path is not None
                                else self.tr("No file chosen yet."))
        self.evidence.setText(self.tr("This file is &evidence"))
        self.explanation.setText(self.tr(
            "Evidence is kept exactly as received, with its location and camera data, and "
            "sealed: it can never be changed. Otherwise the location and camera data are "
            "removed from a photo before it is kept."))
        self.add_button.setText(self.tr("&Add"))

    # -- choosing -------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        """The system's file dialog, shown with open() (a lock can still close it)."""
        close_dialog(self.file_dialog)
        self.file_dialog = pick_path(
            self, self.tr("Choose a file to add"),
            self.tr("PDF documents, photos and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
            self.set_path)
        return self.file_dialog

    def set_path(self, path: Path) -> None:
        self._path = path
        self.error.hide()
        self.add_button.setEnabled(True)
        self.retranslate()

    def choose(self, track: Track | str | None, evidence: bool = False) -> None:
        """Choose as a person would (for tests and callers that know the part)."""
        value = Track(track).value if track is not None else None
        self.place.setCurrentIndex(max(0, self.place.findData(value)))
        self.evidence.setChecked(evidence)

    def _add(self) -> None:
        if self._path is None:
            return
        self.requested.emit(AddRequest(self._path, self.place.currentData(),
                                       self.evidence.isChecked()))

    # -- the owner's answers ----------------------------------------------------------------
    def busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.evidence.setEnabled(not busy)
        self.place.setEnabled(not busy and len(self._places) > 1)  # one part: said, not asked
        self.add_button.setEnabled(not busy and self._path is not None)
        self.progress.setVisible(busy)
        if busy:
            self.error.hide()

    def refused(self, message: str) -> None:
        """The one message of a refusal; the dialog stays, for another file."""
        self.busy(False)
        self.error.setText(message)
        self.error.show()

    def done(self, result: int) -> None:
        close_dialog(self.file_dialog)
        self.file_dialog = None
        super().done(result)


def discard_add_dialog(dialog: AddAttachmentDialog | None) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.reject()
