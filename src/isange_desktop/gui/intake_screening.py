"""The trafficking screening at intake: the questions domain/trafficking.py declares, in its
order, and the indication its `screen` gives with the referrals it offers.

Optional, as in the intake document: unticked, no screening is recorded; ticked with nothing
answered, a screening that found nothing is. The explanations of what is not trafficking
(smuggling, selling sex, child labour) are on screen, as the seeds ask.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.trafficking import (
    EXPLANATIONS,
    SCREENING_QUESTIONS,
    AnswerKind,
    ScreeningAnswers,
    ScreeningQuestion,
    ScreeningResult,
    TraffickingIndication,
    parse_country_codes,
    referrals_to_offer,
    screen,
)
from isange_desktop.errors import ValidationError
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.intake_answers import YesNoCombo
from isange_desktop.i18n.messages import translate
from isange_desktop.services.screening_answers import parse_answers

_CONTEXT = "trafficking"  # the domain's QT_TRANSLATE_NOOP context
_CHOICE_LABEL = {"acts": "traffick.act.{}", "exploitation": "traffick.purpose.{}"}
CHOICE_COLUMNS = 3
COUNTRY_CHARS = 44


def _question_text(question: ScreeningQuestion) -> str:
    return QCoreApplication.translate(_CONTEXT, question.text)


class ScreeningBox(QGroupBox):
    """A checkable group: `document()` is the intake's `trafficking` part, or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(False)
        self._age: int | None = None
        self.content = QWidget(self)
        grid = QGridLayout(self.content)
        grid.setColumnStretch(0, 1)
        self._questions: list[tuple[ScreeningQuestion, QLabel]] = []
        self.checks: dict[str, list[tuple[str, QCheckBox]]] = {}
        self.yes_no: dict[str, YesNoCombo] = {}
        self.countries: dict[str, QLineEdit] = {}
        row = 0
        for question in SCREENING_QUESTIONS:
            label = QLabel(self.content)
            label.setWordWrap(True)
            self._questions.append((question, label))
            if question.kind is AnswerKind.CHOICES:
                grid.addWidget(label, row, 0, 1, 2)
                row += 1
                boxes = QGridLayout()
                self.checks[question.id] = []
                for index, choice in enumerate(question.choices):
                    box = QCheckBox(self.content)
                    box.toggled.connect(self._edited)
                    boxes.addWidget(box, index // CHOICE_COLUMNS, index % CHOICE_COLUMNS)
                    self.checks[question.id].append((choice, box))
                grid.addLayout(boxes, row, 0, 1, 2)
            elif question.kind is AnswerKind.YES_NO:
                combo = YesNoCombo(self.content)
                combo.currentIndexChanged.connect(self._edited)
                label.setBuddy(combo)
                self.yes_no[question.id] = combo
                grid.addWidget(label, row, 0)
                grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            else:
                line = QLineEdit(self.content)
                line.setMinimumWidth(self.fontMetrics().averageCharWidth() * COUNTRY_CHARS)
                line.textChanged.connect(self._edited)
                label.setBuddy(line)
                self.countries[question.id] = line
                grid.addWidget(label, row, 0)
                grid.addWidget(line, row, 1)
            row += 1
        self.result_box = QGroupBox(self.content)
        self.indication_label = QLabel(self.result_box)
        self.indication_label.setWordWrap(True)
        font = self.indication_label.font()
        font.setBold(True)
        self.indication_label.setFont(font)
        self.result = QLabel(self.result_box)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.indication_label)
        result_layout.addWidget(self.result)
        grid.addWidget(self.result_box, row, 0, 1, 2)
        self.explain_box = QGroupBox(self.content)
        explain_layout = QVBoxLayout(self.explain_box)
        self._explanations = [QLabel(self.explain_box) for _ in EXPLANATIONS]
        for label in self._explanations:
            label.setWordWrap(True)
            explain_layout.addWidget(label)
        grid.addWidget(self.explain_box, row + 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content)
        self.content.setVisible(False)
        self.toggled.connect(self._toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Trafficking screening done with the survivor"))
        self.setAccessibleName(self.title())
        for question, label in self._questions:
            label.setText(_question_text(question))
        for question_id, boxes in self.checks.items():
            for choice, box in boxes:
                box.setText(translate(_CHOICE_LABEL[question_id].format(choice)))
        for question_id, combo in self.yes_no.items():
            combo.retranslate()
            combo.setAccessibleName(self._text_of(question_id))
        for question_id, line in self.countries.items():
            line.setAccessibleName(self._text_of(question_id))
            line.setPlaceholderText(self.tr("Two-letter codes, separated by commas: RW, UG"))
        self.explain_box.setTitle(self.tr("What is not trafficking"))
        self.result_box.setTitle(self.tr("Screening result"))
        for explanation, label in zip(EXPLANATIONS, self._explanations, strict=True):
            label.setText(translate(f"traffick.explain.{explanation.id}"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _text_of(self, question_id: str) -> str:
        return next(_question_text(q) for q, _ in self._questions if q.id == question_id)

    def set_age(self, age: int | None) -> None:
        self._age = age
        self._render()

    def is_dirty(self) -> bool:
        return self.isChecked()

    # A draft across a lock

    def draft_state(self) -> dict[str, object]:
        return {"on": self.isChecked(),
                "checks": {qid: [choice for choice, box in boxes if box.isChecked()]
                           for qid, boxes in self.checks.items()},
                "yes_no": {qid: combo.answer() for qid, combo in self.yes_no.items()},
                "countries": {qid: line.text() for qid, line in self.countries.items()}}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        checks, yes_no, countries = (state.get(k) for k in ("checks", "yes_no", "countries"))
        for qid, boxes in self.checks.items():
            ticked = checks.get(qid) if isinstance(checks, Mapping) else None
            for choice, box in boxes:
                box.setChecked(isinstance(ticked, list) and choice in ticked)
        for qid, combo in self.yes_no.items():
            combo.set_value(yes_no.get(qid) if isinstance(yes_no, Mapping) else None)
        for qid, line in self.countries.items():
            text = countries.get(qid) if isinstance(countries, Mapping) else None
            line.setText(text if isinstance(text, str) else "")
        self.setChecked(state.get("on") is True)

    # The answers

    def _raw(self) -> dict[str, object]:
        raw: dict[str, object] = {}
        for question_id, boxes in self.checks.items():
            raw[question_id] = [choice for choice, box in boxes if box.isChecked()]
        for question_id, combo in self.yes_no.items():
            if combo.answer() is not None:
                raw[question_id] = combo.answer()
        for question_id, line in self.countries.items():
            codes = [c for c in re.split(r"[\s,;]+", line.text()) if c]
            if codes:
                raw[question_id] = codes
        return raw

    def document(self) -> dict[str, object] | None:
        """The `trafficking` part of the intake (countries canonical), or None when the
        screening was not done. ValidationError when a country code is not one."""
        if not self.isChecked():
            return None
        raw = self._raw()
        for question_id in self.countries:
            if question_id in raw:
                codes = raw[question_id]
                assert isinstance(codes, list)
                raw[question_id] = list(parse_country_codes(codes))
        return raw

    def outcome(self) -> tuple[ScreeningAnswers, ScreeningResult] | None:
        document = self.document()
        if document is None:
            return None
        answers = parse_answers(document)
        return answers, screen(answers, self._age)

    def indication(self) -> TraffickingIndication:
        try:
            outcome = self.outcome()
        except ValidationError:
            return TraffickingIndication.NONE
        return outcome[1].indication if outcome else TraffickingIndication.NONE

    def problem(self) -> str | None:
        try:
            self.outcome()
        except ValidationError as exc:
            return error_message(exc)
        return None

    # Showing the result

    def _toggled(self, on: bool) -> None:
        self.content.setVisible(on)
        self._edited()

    def _edited(self) -> None:
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        try:
            outcome = self.outcome()
        except ValidationError as exc:
            self.indication_label.setText(
                self.tr("Error: %1").replace("%1", error_message(exc)))
            self.result.setText("")
            return
        if outcome is None:
            self.indication_label.setText("")
            self.result.setText("")
            return
        answers, result = outcome
        self.indication_label.setText(self.tr("Indication: %1").replace(
            "%1", translate(f"traffick.indication.{result.indication.value}")))
        lines = [f"- {translate(reason)}" for reason in result.reasons]
        offered = referrals_to_offer(answers, result)
        if offered:
            lines.append(self.tr("Refer to:"))
            lines += [f"- {translate(f'traffick.referral.{r.id}')}" for r in offered]
        self.result.setText("\n".join(lines))
