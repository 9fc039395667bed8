"""The case header: number, initials (the name only when asked for, audited), age, the
clinical clocks in words and colour, and each track's status."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.clinical_clocks import ClockState
from isange_desktop.domain.tracks import CaseStatus
from isange_desktop.gui.case_words import (
    CLOCK_COLOURS,
    case_status_name,
    clock_text,
    gbv_type_name,
    track_name,
    track_status_name,
)
from isange_desktop.gui.clipboard_guard import copy_text
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_summaries import CaseView

_SHOWN_CLOSED = 2  # closed clocks shown after the open ones (the most recently closed)


class CaseHeader(Retranslating, QFrame):
    """``reveal_requested`` when the person asks to see the full name."""

    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setStyleSheet("#caseHeader { background: #f4f6f8; border-bottom: 1px solid #cfd8dc; }"
                           " #caseNumber { font-size: 15pt; font-weight: 600; }"
                           " #survivor { font-size: 13pt; }")
        self.number_label = QLabel()
        self.number_label.setObjectName("caseNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The ministry's form wants the number: copied through the app's clipboard guard.
        self.copy_number_button = QToolButton()
        self.copy_number_button.clicked.connect(self._copy_number)
        self.copy_number_button.hide()  # until a case is shown
        self.survivor_label = QLabel()
        self.survivor_label.setObjectName("survivor")
        self.details_label = QLabel()
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.clocks_label = QLabel()
        self.clocks_label.setWordWrap(True)
        self.clocks_label.setTextFormat(Qt.TextFormat.RichText)
        self.clocks_label.setStyleSheet("font-size: 10pt;")
        self.tracks_label = QLabel()
        self.tracks_label.setWordWrap(True)
        self._clock_words: list[str] = []
        self._view: CaseView | None = None
        self._age: int | None = None
        self._name: str | None = None

        top = QHBoxLayout()
        top.addWidget(self.number_label)
        top.addWidget(self.copy_number_button)
        top.addSpacing(16)
        top.addWidget(self.survivor_label)
        top.addWidget(self.reveal_button)
        top.addStretch(1)
        top.addWidget(self.details_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.clocks_label)
        layout.addWidget(self.tracks_label)
        self.retranslate()

    def retranslate(self) -> None:
        # One short word: the header's top row has to fit 1280 px in the longest language.
        self.copy_number_button.setText(self.tr("Copy"))
        self.copy_number_button.setAccessibleName(self.tr("Copy the case number"))
        self.copy_number_button.setToolTip(self.tr(
            "Copies the case number; it is removed from the clipboard after 30 seconds or "
            "when the app locks."))
        self.reveal_button.setText(self.tr("Show &name"))
        self.reveal_button.setAccessibleDescription(self.tr(
            "Shows the survivor's full name; this is recorded in the audit log."))
        if self._view is not None:
            self.show_case(self._view, self._age, can_reveal=self.reveal_button.isVisible())
            if self._name:
                self.show_name(self._name)


    def show_case(self, view: CaseView, age: int | None, *, can_reveal: bool) -> None:
        self._view, self._age = view, age
        s = view.summary
        self.number_label.setText(s.number)
        self.copy_number_button.show()
        self.survivor_label.setText(self._name or s.initials)
        self.reveal_button.setVisible(can_reveal and self._name is None)
        parts = [case_status_name(s.status), gbv_type_name(s.gbv_type)]
        if s.referral:  # "Referred, awaiting receipt" says more than "Referred out"
            state = translate(f"referral.state.{s.referral}")
            parts[0] = state if s.status == CaseStatus.REFERRED_OUT else f"{parts[0]}, {state}"
        if view.origin is not None:
            parts.append(translate("referral.origin", center=view.origin.center_code,
                                   number=view.origin.case_number))
        if age is not None:
            parts.append(self.tr("%n year(s) old", None, age))
        self.details_label.setText("  ·  ".join(parts))
        self._show_clocks(view.clocks)
        self.tracks_label.setText("   ".join(
            f"{track_name(t)}: {track_status_name(st)}" for t, st in sorted(s.tracks.items())))

    def show_name(self, name: str) -> None:
        self._name = name
        self.survivor_label.setText(name)
        self.reveal_button.hide()

    def _show_clocks(self, states: tuple[ClockState, ...]) -> None:
        open_ones = [c for c in states if c.is_open]
        shown = open_ones + [c for c in states if not c.is_open][:_SHOWN_CLOSED]
        self._clock_words = [clock_text(state, short=True) for state in shown]
        if not shown:
            self.clocks_label.setText(self.tr("No incident time recorded: no clinical clock."))
            self.clocks_label.setAccessibleName(self.clocks_label.text())
            self.clocks_label.setToolTip("")
            return
        # One rich-text label: the chips wrap onto a second line in a longer language instead
        # of widening the window past the screen; no-break spaces keep each chip whole.
        chips = []
        for state in shown:
            c = CLOCK_COLOURS[state.status]
            words = html.escape(clock_text(state, short=True)).replace(" ", "&nbsp;")
            chips.append(f'<span style="background-color:{c.background}; color:{c.text}; '
                         f'font-weight:{c.weight};">&nbsp;{words}&nbsp;</span>')
        self.clocks_label.setText("&nbsp;&nbsp; ".join(chips))
        self.clocks_label.setAccessibleName("; ".join(clock_text(s) for s in shown))
        self.clocks_label.setToolTip("\n".join(clock_text(s) for s in shown))

    def _copy_number(self) -> None:
        if self._view is not None:
            copy_text(self._view.summary.number)

    def clock_texts(self) -> list[str]:
        """Every clock shown, in words (chips and the "+N" tooltip alike)."""
        return list(self._clock_words)

    def clear(self) -> None:
        self._view, self._name, self._age = None, None, None
        self._clock_words = []
        for label in (self.number_label, self.survivor_label, self.details_label,
                      self.tracks_label, self.clocks_label):
            label.clear()
        self.clocks_label.setAccessibleName("")
        self.clocks_label.setToolTip("")
        self.copy_number_button.hide()
