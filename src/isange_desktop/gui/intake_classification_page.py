"""Intake step 5: the GBVIMS classification, asked as the domain declares it (its questions,
in their order of precedence, one after another until a yes settles the type), the exchange
question, the trafficking screening, and the type and flags the domain derives from them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.classification import (
    EXCHANGE_QUESTION,
    QUESTIONS,
    GbvType,
    PerpetratorRelationship,
    Question,
    classify,
    derive_flags,
    next_question,
)
from isange_desktop.errors import ValidationError
from isange_desktop.gui.case_words import gbv_type_name
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.intake_answers import YesNoCombo
from isange_desktop.gui.intake_screening import ScreeningBox
from isange_desktop.i18n.messages import translate

_CONTEXT = "gbv_classification"  # the domain's QT_TRANSLATE_NOOP context
WIDTH_CHARS = 150


@dataclass
class _QuestionRow:
    question: Question
    number: QLabel
    text: QLabel
    answer: YesNoCombo


class ClassificationPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._age: int | None = None
        self._relationships: list[PerpetratorRelationship] = []
        body = QWidget(self)
        body.setMaximumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        self.questions_box = QGroupBox(body)
        self.intro = QLabel(self.questions_box)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.rows: list[_QuestionRow] = []
        for index, question in enumerate(QUESTIONS):
            row = _QuestionRow(question, QLabel(self.questions_box), QLabel(self.questions_box),
                               YesNoCombo(self.questions_box))
            row.text.setWordWrap(True)
            row.text.setBuddy(row.answer)
            row.answer.currentIndexChanged.connect(self.refresh)
            grid.addWidget(row.number, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row.text, index, 1)
            grid.addWidget(row.answer, index, 2, Qt.AlignmentFlag.AlignTop)
            self.rows.append(row)
        self.exchange_text = QLabel(self.questions_box)
        self.exchange_text.setWordWrap(True)
        self.exchange = YesNoCombo(self.questions_box)
        self.exchange_text.setBuddy(self.exchange)
        self.exchange.currentIndexChanged.connect(self.refresh)
        grid.addWidget(self.exchange_text, len(QUESTIONS), 1)
        grid.addWidget(self.exchange, len(QUESTIONS), 2, Qt.AlignmentFlag.AlignTop)
        questions_layout = QVBoxLayout(self.questions_box)
        questions_layout.addWidget(self.intro)
        questions_layout.addLayout(grid)

        self.result_box = QGroupBox(body)
        self.type_label = QLabel(self.result_box)
        self.type_label.setWordWrap(True)
        self.type_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.type_label.font()
        font.setBold(True)
        self.type_label.setFont(font)
        self.flags_label = QLabel(self.result_box)
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.PlainText)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.type_label)
        result_layout.addWidget(self.flags_label)

        self.screening = ScreeningBox(body)
        self.screening.changed.connect(self.refresh)
        column = QVBoxLayout(body)
        column.addWidget(self.questions_box)
        column.addWidget(self.result_box)
        column.addWidget(self.screening)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    def retranslate(self) -> None:
        self.questions_box.setTitle(self.tr("GBVIMS classification"))
        self.intro.setText(self.tr(
            "Ask the questions in this order. The first yes decides the type of violence; "
            "the questions after it are not needed."))
        for row in self.rows:
            number = self.tr("Question %1").replace("%1", str(row.question.number))
            row.number.setText(f"{row.question.number}.")
            row.text.setText(QCoreApplication.translate(_CONTEXT, row.question.text))
            row.answer.retranslate()
            row.answer.setAccessibleName(number)
            row.answer.setAccessibleDescription(row.text.text())
        self.exchange_text.setText(QCoreApplication.translate(_CONTEXT, EXCHANGE_QUESTION))
        self.exchange.retranslate()
        self.exchange.setAccessibleName(self.tr("Exchange question"))
        self.exchange.setAccessibleDescription(self.exchange_text.text())
        self.result_box.setTitle(self.tr("Result"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What the wizard gives and asks

    def set_context(self, age: int | None, relationships: Sequence[str]) -> None:
        """The age on arrival and the perpetrator relationship(s): the flags depend on them."""
        self._age = age
        known = set(PerpetratorRelationship)
        self._relationships = [PerpetratorRelationship(r) for r in relationships if r in known]
        self.screening.set_age(age)
        self.refresh()

    def answers(self) -> dict[str, bool]:
        """The answers in order, up to the first yes (later ones are not asked)."""
        answers: dict[str, bool] = {}
        for row in self.rows:
            value = row.answer.answer()
            if value is None:
                break
            answers[row.question.id] = value
            if value:
                break
        return answers

    def document(self) -> dict[str, object]:
        return {"answers": self.answers(), "exchanged": self.exchange.answer() is True}

    def gbv_type(self) -> GbvType | None:
        """The type, or None for not GBV; ValidationError while it is not settled."""
        return classify(self.answers())

    def problem(self) -> str | None:
        try:
            self.gbv_type()
        except ValidationError as exc:
            return error_message(exc)
        return self.screening.problem()

    def is_dirty(self) -> bool:
        return bool(self.answers()) or self.exchange.answer() is not None or \
            self.screening.is_dirty()

    def draft_state(self) -> dict[str, object]:
        # Every answer as shown, also those after the first yes: the nurse may go back.
        return {"answers": [row.answer.answer() for row in self.rows],
                "exchange": self.exchange.answer(),
                "screening": self.screening.draft_state()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        answers = state.get("answers")
        if isinstance(answers, list) and len(answers) == len(self.rows):
            for row, answer in zip(self.rows, answers, strict=True):
                row.answer.set_value(answer if isinstance(answer, bool) else None)
        exchange = state.get("exchange")
        self.exchange.set_value(exchange if isinstance(exchange, bool) else None)
        screening = state.get("screening")
        if isinstance(screening, Mapping):
            self.screening.restore_draft(screening)
        self.refresh()

    def focus_first(self) -> None:
        self.rows[0].answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_problem(self) -> None:
        asked = next_question(self.answers())
        target = next((r.answer for r in self.rows if r.question is asked), None)
        (target or self.screening).setFocus(Qt.FocusReason.OtherFocusReason)

    def summary(self) -> tuple[str, list[str]]:
        """The type and the flags in words, as shown on the page."""
        return self.type_label.text(), self._flag_texts()

    # Showing

    def refresh(self) -> None:
        answers = self.answers()
        asked = next_question(answers)
        shown = len(answers) + (1 if asked is not None else 0)
        for index, row in enumerate(self.rows):
            visible = index < shown
            for widget in (row.number, row.text, row.answer):
                widget.setVisible(visible)
        if asked is not None:
            self.type_label.setText(self.tr("Type: not settled yet. Answer question %1.")
                                    .replace("%1", str(asked.number)))
        else:
            self.type_label.setText(self.tr("Type: %1").replace(
                "%1", gbv_type_name(classify(answers))))
        flags = self._flag_texts()
        self.flags_label.setText(self.tr("Flags: %1").replace(
            "%1", "; ".join(flags) if flags else self.tr("none")))

    def _flag_texts(self) -> list[str]:
        try:
            gbv_type = self.gbv_type()
        except ValidationError:
            gbv_type = None
        flags = derive_flags(gbv_type, self._age, self._relationships,
                             self.exchange.answer() is True, self.screening.indication())
        # The domain gives a set; sorted by id, the list does not reshuffle between edits.
        return [translate(f"flag.{flag.value}") for flag in sorted(flags)]
