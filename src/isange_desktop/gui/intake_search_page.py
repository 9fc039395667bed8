"""Intake step 1: has this person been here before? The nurse types what the survivor says;
services.duplicate_check finds and scores possible earlier records (the rule is there), and
this page lists them with their reasons. The nurse decides: link to one, or a new person.

Only initials and a case number are shown for a candidate: the survivor is in the room, and
a list of other people's full names on the screen would tell them who else came.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.duplicates import PersonFacts
from isange_desktop.domain.forms.values import parse_date
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.duplicate_check import PossibleDuplicate, find_possible_duplicates
from isange_desktop.services.session import UserSession

# Person form field -> the search field typed for it (the person page is pre-filled from these).
PREFILLED = ("family_name", "given_names", "date_of_birth", "estimated_age_years", "phone",
             "national_id")
WIDTH_CHARS = 50


class SearchPage(QWidget):
    """`searched(count)` when candidates arrive (count 0 when there are none); `failed(text)`
    when the search could not run. `linked_case()` is the case number chosen, or None."""

    searched = Signal(int)
    failed = Signal(str)

    def __init__(self, session: UserSession, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._candidates: list[PossibleDuplicate] = []
        self._searched_for: PersonFacts | None = None
        self._failed_for: PersonFacts | None = None
        self._pending: PersonFacts | None = None
        self._relink: str | None = None  # the case to choose again when a draft's search returns
        self._busy = False

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {name: QLineEdit(self) for name in PREFILLED}
        self.fields["family_name"].setMaxLength(100)
        self.fields["given_names"].setMaxLength(100)
        self.fields["date_of_birth"].setValidator(QRegularExpressionValidator(
            QRegularExpression("[0-9-]{0,10}"), self))
        self.fields["estimated_age_years"].setValidator(QIntValidator(0, 120, self))
        self.fields["phone"].setMaxLength(20)
        self.fields["national_id"].setMaxLength(16)
        self.fields["national_id"].setValidator(QRegularExpressionValidator(
            QRegularExpression("[0-9]{0,16}"), self))
        self._labels = {name: QLabel(self) for name in PREFILLED}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in PREFILLED:
            self._labels[name].setBuddy(self.fields[name])
            form.addRow(self._labels[name], self.fields[name])
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.status, 1)

        self.results_box = QGroupBox(self)
        self.results = QListWidget(self.results_box)
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        results_layout = QVBoxLayout(self.results_box)
        self.results_hint = QLabel(self.results_box)
        self.results_hint.setWordWrap(True)
        results_layout.addWidget(self.results_hint)
        results_layout.addWidget(self.results)
        self.results_box.hide()

        column = QVBoxLayout()
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.results_box, 1)
        inner = QWidget(self)
        inner.setLayout(column)
        inner.setMaximumWidth(self.fontMetrics().averageCharWidth() * 2 * WIDTH_CHARS)
        outer = QHBoxLayout(self)
        outer.addWidget(inner, 1, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(0)

        previous: QWidget = self.fields[PREFILLED[0]]
        for widget in [*(self.fields[n] for n in PREFILLED[1:]), self.search_button,
                       self.results]:
            self.setTabOrder(previous, widget)
            previous = widget
        self.retranslate()

    # Texts

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Search first: the survivor may have come before. Type what the survivor says; "
            "every field is optional. The search looks for the same phone or national ID, "
            "the same date of birth and similar names."))
        texts = {
            "family_name": (self.tr("&Family name"), self.tr("Family name")),
            "given_names": (self.tr("&Given names"), self.tr("Given names")),
            "date_of_birth": (self.tr("&Date of birth"), self.tr("Date of birth")),
            "estimated_age_years": (self.tr("Estimated &age (years)"),
                                    self.tr("Estimated age in years")),
            "phone": (self.tr("&Phone"), self.tr("Phone")),
            "national_id": (self.tr("National &ID number"), self.tr("National ID number")),
        }
        for name, (label, accessible) in texts.items():
            self._labels[name].setText(label)
            self.fields[name].setAccessibleName(accessible)
        self.fields["date_of_birth"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["date_of_birth"].setAccessibleDescription(self.tr(
            "Leave empty when unknown and give an estimated age instead."))
        self.search_button.setText(self.tr("&Search"))
        self.search_button.setAccessibleName(self.tr("Search for an earlier record"))
        self.results_box.setTitle(self.tr("Possible earlier records"))
        self.results.setAccessibleName(self.tr("Possible earlier records"))
        self.results_hint.setText(self.tr(
            "Choose with the arrow keys, then press Enter. Link only when you and the survivor "
            "are sure it is the same person."))
        self._fill_results()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What the wizard asks

    def facts(self) -> PersonFacts:
        text = {name: self.fields[name].text().strip() for name in PREFILLED}
        age = text["estimated_age_years"]
        return PersonFacts(
            family_name=text["family_name"], given_names=text["given_names"],
            birth_date=parse_date(text["date_of_birth"]),
            estimated_age=int(age) if age.isdigit() else None,
            phone=text["phone"] or None, national_id=text["national_id"] or None)

    def prefill(self) -> dict[str, object]:
        """The person form's values typed here (as typed: the person form checks them)."""
        values: dict[str, object] = {}
        for name in PREFILLED:
            text = self.fields[name].text().strip()
            if text:
                values[name] = int(text) if name == "estimated_age_years" and \
                    text.isdigit() else text
        return values

    def is_dirty(self) -> bool:
        return any(field.text().strip() for field in self.fields.values())

    def is_current(self) -> bool:
        """Whether what is typed now was searched for (or the search failed for it: a search
        that cannot run must not keep the survivor from care; the nurse saw why)."""
        facts = self.facts()
        return facts in (self._searched_for, self._failed_for)

    def has_candidates(self) -> bool:
        return bool(self._candidates)

    def candidates(self) -> list[PossibleDuplicate]:
        return list(self._candidates)

    def linked_case(self) -> str | None:
        item = self.results.currentItem()
        if item is None or self._searched_for != self.facts():
            return None
        index = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(index, int) or index < 0:
            return None
        return self._candidates[index].latest_case

    def focus_first(self) -> None:
        self.fields[PREFILLED[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # A draft across a lock

    def draft_state(self) -> dict[str, object]:
        return {"fields": {name: field.text() for name, field in self.fields.items()
                           if field.text()},
                "linked": self.linked_case()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        """Puts the typed search back and searches again (the records found may have
        changed while the app was locked); the person chosen then is chosen again."""
        fields = state.get("fields")
        if isinstance(fields, Mapping):
            for name, text in fields.items():
                if name in self.fields and isinstance(text, str):
                    self.fields[name].setText(text)
        linked = state.get("linked")
        self._relink = linked if isinstance(linked, str) else None
        if self.is_dirty():
            self.search()

    def focus_results(self) -> None:
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    # The search

    def search(self) -> None:
        if self._busy:
            return
        facts = self.facts()
        self._pending = facts
        self._busy = True
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching..."))
        session = self._session
        self._runner.run(lambda: (facts, find_possible_duplicates(session, facts)),
                         on_finished=self._found, on_failed=self._search_failed, owner=self)

    def _found(self, result: Any) -> None:
        facts, candidates = result
        self._busy = False
        self.search_button.setEnabled(True)
        self._searched_for = facts
        self._candidates = list(candidates)
        self._fill_results()
        self.searched.emit(len(self._candidates))

    def _search_failed(self, exc: Exception) -> None:
        self._busy = False
        self._failed_for = self._pending
        self.search_button.setEnabled(True)
        text = self.tr("The search could not run: %1 Press Next to go on without it.") \
            .replace("%1", error_message(exc))
        self.status.setText(text)
        self.failed.emit(text)

    def _fill_results(self) -> None:
        chosen = self.results.currentRow()
        self.results.clear()
        if self._searched_for is None:
            self.status.setText("")
            self.results_box.hide()
            return
        if not self._candidates:
            self.status.setText(self.tr("No earlier record looks like this person."))
            self.results_box.hide()
            return
        self.status.setText(self.tr("%n possible earlier record(s) found.", "",
                                    len(self._candidates)))
        new = QListWidgetItem(self.tr("None of these: register a new person"), self.results)
        new.setData(Qt.ItemDataRole.UserRole, -1)
        for index, candidate in enumerate(self._candidates):
            reasons = ", ".join(translate(reason) for reason in candidate.reasons)
            if candidate.latest_case:
                text = self.tr("%1, last case %2: %3").replace("%1", candidate.initials) \
                    .replace("%2", candidate.latest_case).replace("%3", reasons)
            else:
                text = self.tr("%1, no case: %2").replace("%1", candidate.initials) \
                    .replace("%2", reasons)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if not candidate.latest_case:
                # Without a case number there is nothing to link the new visit to.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if self._relink is not None:
            chosen = next((row + 1 for row, c in enumerate(self._candidates)
                           if c.latest_case == self._relink), chosen)
            self._relink = None
        # The safe choice first: pressing Enter twice must never link to someone else.
        self.results.setCurrentRow(chosen if 0 <= chosen < self.results.count() else 0)
        self.results_box.show()
