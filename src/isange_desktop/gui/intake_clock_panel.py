"""The clinical clocks beside the incident form: shown the moment an incident time is known,
each in words (case_words.clock_text) and in colour, the colour only repeating the words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from isange_desktop.domain.clinical_clocks import ClockState, clocks
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.gui.case_words import clock_style_sheet, clock_text
from isange_desktop.i18n.messages import translate


class ClockPanel(QGroupBox):
    """`show_time(when, now)`: the clocks from an incident time, or a note while none is known
    (or, with `problem`, why the typed times cannot be counted from)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(6)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        self._labels: list[QLabel] = []
        self._states: list[ClockState] = []
        self._problem: str | None = None
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What can still be given"))
        self.setAccessibleName(self.title())
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_time(self, when: IncidentTime | None, now: datetime,
                  problem: str | None = None) -> None:
        """`problem` is a catalog message id (a reversed estimate, say)."""
        self._states = clocks(when, now) if when is not None else []
        self._problem = problem
        self._render()

    def states(self) -> list[ClockState]:
        return list(self._states)

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]

    def _render(self) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        if self._problem is not None:
            self.note.setText(translate(self._problem))
        elif not self._states:
            self.note.setText(self.tr(
                "The clocks (PEP, emergency contraception, forensic evidence, hepatitis B) "
                "appear as soon as the incident time is entered."))
        else:
            self.note.setText(self.tr(
                "Counted from the earliest time the incident may have happened."))
        for position, state in enumerate(self._states):
            label = QLabel(clock_text(state), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(clock_text(state))
            label.setProperty("clockStatus", state.status.value)
            label.setStyleSheet(clock_style_sheet(state.status) + " padding: 4px 8px;"
                                " border-radius: 4px;")
            # After the note, before the closing stretch.
            self._layout.insertWidget(1 + position, label)
            self._labels.append(label)
