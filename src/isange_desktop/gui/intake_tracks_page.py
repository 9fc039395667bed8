"""Intake step 6: which tracks the survivor needs. A needed track starts pending; the others
are recorded as not needed (the statuses of domain/tracks.py, as create_case takes them)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.gui.case_words import track_name

# What the service assumes for a track left out, so an untouched page means the same.
DEFAULT_NEEDED = frozenset({Track.MEDICAL, Track.PSYCHOSOCIAL})


class TracksPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.boxes: dict[Track, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for track in Track:
            box = QCheckBox(self)
            box.setChecked(track in DEFAULT_NEEDED)
            self.boxes[track] = box
            layout.addWidget(box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Which services does the survivor need? Each needed track starts as pending in "
            "the case; a track can be added later."))
        for track, box in self.boxes.items():
            name = track_name(track)
            box.setText(self.tr("%1: needed").replace("%1", name))
            box.setAccessibleName(name)
        self.hint.setText(self.tr("Space ticks or clears the track that has the focus."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def statuses(self) -> dict[str, str]:
        return {track.value: (TrackStatus.PENDING if box.isChecked()
                              else TrackStatus.NOT_NEEDED).value
                for track, box in self.boxes.items()}

    def is_dirty(self) -> bool:
        return any(box.isChecked() != (track in DEFAULT_NEEDED)
                   for track, box in self.boxes.items())

    def draft_state(self) -> dict[str, object]:
        return {track.value: box.isChecked() for track, box in self.boxes.items()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        for track, box in self.boxes.items():
            needed = state.get(track.value)
            if isinstance(needed, bool):
                box.setChecked(needed)

    def focus_first(self) -> None:
        self.boxes[Track.MEDICAL].setFocus(Qt.FocusReason.OtherFocusReason)
