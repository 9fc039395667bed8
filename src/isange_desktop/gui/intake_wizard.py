"""The intake wizard: a new case in seven steps, by keyboard alone, with the survivor in the
room. Each step is its own widget (intake_*_page.py); this dialog walks them, builds the
intake document of docs/case-json.md and hands it to services.case_intake.create_case
through the runner. The rules stay in the domain and the services: a refusal comes back as
an error, shown at its field, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.forms import FieldError
from isange_desktop.domain.person_age import age_at
from isange_desktop.errors import FormInvalid, ValidationError
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.intake_classification_page import ClassificationPage
from isange_desktop.gui.intake_consent_page import ConsentPage
from isange_desktop.gui.intake_form_pages import FormPage, IncidentPage, PersonPage
from isange_desktop.gui.intake_review_page import ReviewPage
from isange_desktop.gui.intake_search_page import SearchPage
from isange_desktop.gui.intake_summary import summary_sections
from isange_desktop.gui.intake_tracks_page import TracksPage
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.window_size import fit_to_screen
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_summaries import CaseSummary
from isange_desktop.services.session import UserSession

SEARCH, PERSON, INCIDENT, CONSENT, CLASSIFICATION, TRACKS, REVIEW = range(7)
# The laptops at the centers are 1366x768; the dialog fits inside with the taskbar.
PREFERRED_SIZE = (1280, 700)
STEPS_WIDTH_CHARS = 30
BUTTON_CHARS = 16
MESSAGE_STYLE = "color: #b00020; font-weight: 600;"


class IntakeWizard(QDialog):
    """`case_created(number)` once the case is written; the dialog then closes by itself.
    `is_dirty()` says whether anything was typed, for a caller that wants to ask first."""

    case_created = Signal(str)

    def __init__(self, session: UserSession, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self._session = session
        self._runner = runner
        self._busy = False
        self._creating = False
        self._created = False
        self._advance_after_search = False
        self._prefilled: dict[str, object] = {}

        self.search_page = SearchPage(session, runner)
        self.person_page = PersonPage()
        self.incident_page = IncidentPage()
        self.consent_page = ConsentPage(session.login)
        self.classification_page = ClassificationPage()
        self.tracks_page = TracksPage()
        self.review_page = ReviewPage()
        self.pages: list[QWidget] = [
            self.search_page, self.person_page, self.incident_page, self.consent_page,
            self.classification_page, self.tracks_page, self.review_page]
        self.form_pages: dict[str, FormPage] = {"person": self.person_page,
                                                "incident": self.incident_page}
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)

        self.steps = QListWidget(self)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Where the nurse is, not a way around the checks of each step.
        self.steps.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.steps.setFixedWidth(self.fontMetrics().averageCharWidth() * STEPS_WIDTH_CHARS)
        self.steps.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setWordWrap(True)
        self.steps.addItems([""] * len(self.pages))
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()

        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.create_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        # Cancel apart on the left, the way on to the right: a slip of the hand never cancels.
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.create_button):
            button.setMinimumWidth(self.fontMetrics().averageCharWidth() * BUTTON_CHARS)
            buttons.addWidget(button)

        content = QVBoxLayout()
        content.addWidget(self.title)
        content.addWidget(self.stack, 1)
        content.addWidget(self.message)
        content.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addWidget(self.steps)
        outer.addLayout(content, 1)

        self.search_page.searched.connect(self._searched)
        self.search_page.failed.connect(lambda _text: self._search_done())
        # The pages come first in the Tab order, then Back, Next, Create, Cancel.
        self.setTabOrder(self.back_button, self.next_button)
        self.setTabOrder(self.next_button, self.create_button)
        self.setTabOrder(self.create_button, self.cancel_button)
        fit_to_screen(self, PREFERRED_SIZE)
        self.retranslate()
        self.go_to(SEARCH)

    # Texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case: intake"))
        names = self.step_names()
        for index, name in enumerate(names):
            self.steps.item(index).setText(f"{index + 1}. {name}")
        self.steps.setAccessibleName(self.tr("Intake steps"))
        self.title.setText(names[self.current()])
        self.back_button.setText(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.create_button.setText(self.tr("&Create case"))
        self.create_button.setAccessibleName(self.tr("Create case"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the intake"))
        self.message.setAccessibleName(self.tr("Problem on this step"))
        if self.current() == REVIEW:
            self._show_review()

    def step_names(self) -> list[str]:
        return [self.tr("Search first"), self.tr("Person"), self.tr("Incident"),
                self.tr("Consent"), self.tr("Classification"), self.tr("Tracks needed"),
                self.tr("Review and create")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Moving between steps

    def current(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        self._show_message("")
        self.stack.setCurrentIndex(index)
        self.steps.setCurrentRow(index)
        for row in range(self.steps.count()):
            font = self.steps.item(row).font()
            font.setBold(row == index)
            self.steps.item(row).setFont(font)
        self.title.setText(self.step_names()[index])
        self._entered(index)
        self._update_buttons()
        focus = getattr(self.pages[index], "focus_first", None)
        if callable(focus):
            focus()

    def _entered(self, index: int) -> None:
        # Each step shows what the domain says given the answers of the steps before it.
        if index == PERSON:
            arrival = self.incident_page.arrival()
            self.person_page.set_arrival_day(local_date(arrival) if arrival else None)
        elif index == CONSENT:
            self.consent_page.set_age(self.age())
        elif index == CLASSIFICATION:
            relationship = self.incident_page.values().get("perpetrator_relationship")
            self.classification_page.set_context(
                self.age(), [relationship] if isinstance(relationship, str) else [])
        elif index == REVIEW:
            self.review_page.show_error("")
            self._show_review()

    def _update_buttons(self) -> None:
        index = self.current()
        self.back_button.setEnabled(index > 0 and not self._busy)
        self.next_button.setVisible(index != REVIEW)
        self.create_button.setVisible(index == REVIEW)
        self.next_button.setEnabled(not self._busy)
        self.create_button.setEnabled(not self._busy)
        # Enter advances: Next on every step, Create on the last one.
        self.next_button.setDefault(index != REVIEW)
        self.create_button.setDefault(index == REVIEW)

    def back(self) -> None:
        if self._busy or self.current() == 0:
            return
        self.go_to(self.current() - 1)

    def next_step(self) -> None:
        if self._busy:
            return
        index = self.current()
        if index == SEARCH:
            self._leave_search()
            return
        if index in (PERSON, INCIDENT):
            page = self.person_page if index == PERSON else self.incident_page
            problems = page.problems(local_date(datetime.now(UTC)))
            if problems:
                page.show_errors(problems)
                self._show_message(self.tr("Correct the fields marked in red to go on."))
                return
        elif index == CONSENT:
            refused = self.consent_page.problems()
            if refused:
                self.consent_page.focus_scope(refused[0][0])
                self._show_message(refused[0][1])
                return
        elif index == CLASSIFICATION:
            problem = self.classification_page.problem()
            if problem:
                self.classification_page.focus_problem()
                self._show_message(problem)
                return
        if index < REVIEW:
            self.go_to(index + 1)

    def _leave_search(self) -> None:
        if not self.search_page.is_current():
            # Enter on the search step searches first; with nobody found it goes on.
            self._advance_after_search = True
            self._set_busy(True)
            self.search_page.search()
            return
        values = self.search_page.prefill()
        self.person_page.prefill(values, self._prefilled)
        self._prefilled = values
        self.go_to(PERSON)

    def _searched(self, count: int) -> None:
        advance = self._search_done()
        if count and self.current() == SEARCH:
            self.search_page.focus_results()
        elif advance:
            self._leave_search()

    def _search_done(self) -> bool:
        advance, self._advance_after_search = self._advance_after_search, False
        self._set_busy(False)
        return advance

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # The document and the case

    def age(self) -> int | None:
        """The age that counts (on the local day of arrival), as the service computes it."""
        arrival = self.incident_page.arrival() or datetime.now(UTC)
        return age_at(self.person_page.values(), local_date(arrival))

    def intake(self) -> dict[str, Any]:
        """The intake document (docs/case-json.md) of what is typed now. ValidationError when
        a screening answer cannot be read (a country code that is not one)."""
        document: dict[str, Any] = {
            "person": self.person_page.values(),
            "incident": self.incident_page.values(),
            "classification": self.classification_page.document(),
            "consents": self.consent_page.records(),
            "tracks": self.tracks_page.statuses(),
        }
        screening = self.classification_page.screening.document()
        if screening is not None:
            document["trafficking"] = screening
        if (linked := self.search_page.linked_case()) is not None:
            document["same_person_as"] = linked
        if (event := self.incident_page.same_event_as()) is not None:
            document["same_event_as"] = event
        return document

    def _show_review(self) -> None:
        self.review_page.show_sections(*summary_sections(
            search=self.search_page, person=self.person_page, incident=self.incident_page,
            consent=self.consent_page, classification=self.classification_page,
            tracks=self.tracks_page))

    def submit(self) -> None:
        """Create the case from the document as it stands (the Create button)."""
        if self._busy or self.current() != REVIEW:
            return
        try:
            intake = self.intake()
        except ValidationError as exc:
            self.review_page.show_error(error_message(exc))
            return
        self.review_page.show_error("")
        self._set_busy(True)
        self._creating = True
        self.review_page.set_busy(True, self.tr("Creating the case..."))
        session = self._session
        self._runner.run(lambda: create_case(session, intake), on_finished=self._created_ok,
                         on_failed=self._create_failed, owner=self)

    def _created_ok(self, summary: CaseSummary) -> None:
        self._creating = False
        self._set_busy(False)
        self.review_page.set_busy(False)
        self._created = True
        self.case_created.emit(summary.number)
        self.accept()

    def _create_failed(self, exc: Exception) -> None:
        self._creating = False
        self._set_busy(False)
        self.review_page.set_busy(False)
        page = self.form_pages.get(exc.form_id) if isinstance(exc, FormInvalid) else None
        if isinstance(exc, FormInvalid) and page is not None:
            self.go_to(self.pages.index(page))
            page.show_errors([FieldError(e.field_id, e.message_id, dict(e.params), e.entry)
                              for e in exc.errors])
            self._show_message(self.tr(
                "The case was not created: correct the fields marked in red, then go on."))
            return
        self.review_page.show_error(error_message(exc))

    # A draft across a lock

    def draft_state(self) -> dict[str, object]:
        """Everything typed, as plain values, to be kept (encrypted in the vault) while
        the screen is locked; `restore_draft` puts it back."""
        return {"step": self.current(), "search": self.search_page.draft_state(),
                "person": self.person_page.draft_state(),
                "incident": self.incident_page.draft_state(),
                "consent": self.consent_page.draft_state(),
                "classification": self.classification_page.draft_state(),
                "tracks": self.tracks_page.draft_state()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        pages: dict[str, Any] = {
            "person": self.person_page, "incident": self.incident_page,
            "consent": self.consent_page, "classification": self.classification_page,
            "tracks": self.tracks_page}
        for key, page in pages.items():
            part = state.get(key)
            if isinstance(part, Mapping):
                page.restore_draft(part)
        search = state.get("search")
        if isinstance(search, Mapping):
            self.search_page.restore_draft(search)
            # What the search step handed to the person step: not to be copied over again.
            self._prefilled = self.search_page.prefill()
        step = state.get("step")
        # Back where the nurse was; each step's checks run again on the way forward.
        # (the review, at most the step before it: the nurse looks again before creating).
        self.go_to(min(step, TRACKS) if isinstance(step, int) and step >= 0 else SEARCH)

    # Closing

    def is_dirty(self) -> bool:
        """Whether anything was typed (a pre-filled arrival time does not count)."""
        return any(page.is_dirty() for page in (
            self.search_page, self.person_page, self.incident_page, self.consent_page,
            self.classification_page, self.tracks_page))

    def discard(self) -> None:
        """Close without asking and wipe what was typed (the app is being locked)."""
        self._created = True  # nothing more to protect: reject() must not ask
        for page in (self.person_page, self.incident_page):
            page.editor.set_values({})
        for field in self.search_page.fields.values():
            field.clear()
        super().reject()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button (through QDialog.closeEvent) come here.
        if self._creating:
            return  # the case may be half a second from written: its number must reach the nurse
        if self._created or not self.is_dirty() or self._confirm_discard():
            super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard this intake?"),
                          self.tr("What was typed for this survivor will be lost. No case "
                                  "is created."), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardIntake")
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
