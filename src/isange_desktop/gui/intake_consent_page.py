"""Intake step 4: consent to each service, given, refused or not asked yet, and by whom.

Who may consent is the domain's rule (domain/consent.py, Law No 058/2021): each answer is
turned into a ConsentRecord, checked with `validate_consent_record` and judged with
`consent_decision`; this page shows the verdict in words and colour and decides nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.consent import (
    SELF_CONSENT_AGE,
    ConsentBy,
    ConsentDecision,
    ConsentRecord,
    ConsentScope,
    consent_decision,
    validate_consent_record,
)
from isange_desktop.errors import ValidationError
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.intake_answers import OptionCombo
from isange_desktop.i18n.messages import translate

ALLOWED_STYLE = "color: #1b5e20;"
NOT_ALLOWED_STYLE = "color: #8a2c00; font-weight: 600;"
ERROR_STYLE = "color: #b00020; font-weight: 600;"
NOT_ASKED_STYLE = ""  # nothing recorded yet is not an alarm: the normal text colour
REASON_LIMIT = 500


@dataclass
class _Row:
    scope: ConsentScope
    name: QLabel
    answer: OptionCombo  # None (not asked) / True (given) / False (refused)
    by: OptionCombo
    reason: QLineEdit
    destination: QLineEdit | None
    verdict: QLabel
    at: datetime | None = None  # when the answer was recorded, in center time


class ConsentPage(QWidget):
    def __init__(self, recorded_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recorded_by = recorded_by
        self._age: int | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.age_note = QLabel(self)
        self.age_note.setWordWrap(True)
        self._headers = [QLabel(self) for _ in range(5)]
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        for column, header in enumerate(self._headers):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        self.rows: dict[ConsentScope, _Row] = {}
        grid_row = 1
        for scope in ConsentScope:
            row = self._row(scope, grid_host)
            self.rows[scope] = row
            self.grid.addWidget(row.name, grid_row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.answer, grid_row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.by, grid_row, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.reason, grid_row, 3, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.verdict, grid_row, 4)
            if row.destination is not None:
                grid_row += 1
                self.grid.addWidget(row.destination, grid_row, 1, 1, 3)
            grid_row += 1
        self.grid.setColumnStretch(3, 2)
        self.grid.setColumnStretch(4, 3)
        self.grid.setRowStretch(grid_row, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.age_note)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _row(self, scope: ConsentScope, parent: QWidget) -> _Row:
        name = QLabel(parent)
        name.setWordWrap(True)
        answer = OptionCombo((None, True, False), parent)
        by = OptionCombo((ConsentBy.SURVIVOR.value, ConsentBy.GUARDIAN.value), parent)
        reason = QLineEdit(parent)
        reason.setMaxLength(REASON_LIMIT)
        destination = None
        if scope is ConsentScope.SHARE_WITH_REFERRAL:
            destination = QLineEdit(parent)
            destination.setMaxLength(200)
        verdict = QLabel(parent)
        verdict.setWordWrap(True)
        verdict.setTextFormat(Qt.TextFormat.PlainText)
        row = _Row(scope, name, answer, by, reason, destination, verdict)
        name.setBuddy(answer)
        answer.currentIndexChanged.connect(lambda _i, r=row: self._answered(r))
        by.currentIndexChanged.connect(lambda _i, r=row: self._answered(r))
        reason.textChanged.connect(lambda _t, r=row: self._answered(r))
        if destination is not None:
            destination.textChanged.connect(lambda _t, r=row: self._answered(r))
        return row

    # Texts

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Ask the survivor about each service. Nothing is done or shared for a service "
            "without the consent that covers it. A refusal is recorded and respected."))
        for header, text in zip(self._headers, (
                self.tr("Service"), self.tr("Answer"), self.tr("Given by"),
                self.tr("Vital-interest override: reason"), self.tr("What this allows")),
                strict=True):
            header.setText(text)
        for row in self.rows.values():
            scope_name = translate(f"consent.scope.{row.scope.value}")
            row.name.setText(scope_name)
            row.answer.set_texts((self.tr("Not asked yet"), self.tr("Given"),
                                  self.tr("Refused")))
            row.by.set_texts((translate("consent.by.survivor"),
                              translate("consent.by.guardian")))
            row.answer.setAccessibleName(self.tr("%1: answer").replace("%1", scope_name))
            row.by.setAccessibleName(self.tr("%1: given by").replace("%1", scope_name))
            row.reason.setAccessibleName(
                self.tr("%1: vital-interest override reason").replace("%1", scope_name))
            row.reason.setPlaceholderText(self.tr("Why care cannot wait for a guardian"))
            row.reason.setToolTip(self.tr(
                "Only with the child's own consent: why care cannot wait for a guardian"))
            if row.destination is not None:
                row.destination.setAccessibleName(self.tr("Referral destination"))
                row.destination.setPlaceholderText(self.tr(
                    "Referral destination: the named service information may go to"))
            row.verdict.setAccessibleName(
                self.tr("%1: what this allows").replace("%1", scope_name))
        self._show_age()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What the wizard gives and asks

    def set_age(self, age: int | None) -> None:
        self._age = age
        self._show_age()
        self.refresh()

    def _years(self) -> int:
        # The service judges an unknown age as an adult's (services/case_intake.py).
        return self._age if self._age is not None else 18

    def _show_age(self) -> None:
        child = self._years() < SELF_CONSENT_AGE
        if self._age is None:
            self.age_note.setText(self.tr("The age is not known yet."))
        else:
            self.age_note.setText(self.tr("Age on arrival: %n year(s).", "", self._age))
        # The override column only matters where the domain lets a child's consent count.
        for row in self.rows.values():
            row.reason.setVisible(child)
        self._headers[3].setVisible(child)

    def focus_first(self) -> None:
        self.rows[ConsentScope.MEDICAL_CARE].answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_dirty(self) -> bool:
        return any(row.answer.value() is not None or row.reason.text().strip()
                   or (row.destination is not None and row.destination.text().strip())
                   for row in self.rows.values())

    def records(self) -> list[dict[str, object]]:
        """The answered scopes, as the intake document's `consents` list."""
        result: list[dict[str, object]] = []
        for row in self.rows.values():
            record = self._record(row)
            if record is None:
                continue
            item: dict[str, object] = {"scope": record.scope.value, "given": record.given,
                                       "by": record.by.value, "at": record.at.isoformat()}
            if record.destination is not None:
                item["destination"] = record.destination
            if record.override_reason is not None:
                item["override_reason"] = record.override_reason
            result.append(item)
        return result

    def problems(self) -> list[tuple[ConsentScope, str]]:
        """The answers the domain refuses as records (each with its message), in order."""
        return [(row.scope, text) for row in self.rows.values()
                if (text := self._verdict(row)[2]) is not None]

    def decisions(self) -> dict[ConsentScope, tuple[bool, str]]:
        """Per scope: allowed, and the domain's decision (or refusal) in words."""
        return {row.scope: self._verdict(row)[:2] for row in self.rows.values()}

    def focus_scope(self, scope: ConsentScope) -> None:
        self.rows[scope].answer.setFocus(Qt.FocusReason.OtherFocusReason)

    # A draft across a lock

    def draft_state(self) -> dict[str, object]:
        return {row.scope.value: {
            "answer": row.answer.value(), "by": row.by.value(), "reason": row.reason.text(),
            "destination": row.destination.text() if row.destination is not None else "",
            "at": row.at.isoformat() if row.at is not None else None}
            for row in self.rows.values()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        for row in self.rows.values():
            saved = state.get(row.scope.value)
            if not isinstance(saved, Mapping):
                continue
            answer, by, reason = saved.get("answer"), saved.get("by"), saved.get("reason")
            row.answer.set_value(answer if isinstance(answer, bool) else None)
            if isinstance(by, str):
                row.by.set_value(by)
            row.reason.setText(reason if isinstance(reason, str) else "")
            destination = saved.get("destination")
            if row.destination is not None:
                row.destination.setText(destination if isinstance(destination, str) else "")
            # When the survivor answered, not when the draft came back (set after the
            # edits above, which stamp the time of the change).
            row.at = _time_or_none(saved.get("at"))
            self._render(row)

    # Judging

    def _answered(self, row: _Row) -> None:
        # The consent was given (or refused) when the nurse recorded it: now.
        row.at = datetime.now(CENTER_TZ).replace(microsecond=0)
        self._render(row)

    def refresh(self) -> None:
        for row in self.rows.values():
            self._render(row)

    def _record(self, row: _Row) -> ConsentRecord | None:
        given = row.answer.value()
        if not isinstance(given, bool):
            return None
        destination = row.destination.text().strip() if row.destination is not None else ""
        reason = row.reason.text().strip() if row.reason.isVisibleTo(self) else ""
        at = row.at or datetime.now(CENTER_TZ).replace(microsecond=0)
        return ConsentRecord(scope=row.scope, destination=destination or None, given=given,
                             at=at, by=ConsentBy(str(row.by.value())),
                             recorded_by=self._recorded_by, override_reason=reason or None)

    def _verdict(self, row: _Row) -> tuple[bool, str, str | None]:
        """(allowed, words, the refusal message when the record itself is refused)."""
        now = datetime.now(UTC)
        record = self._record(row)
        destination = row.destination.text().strip() or None if row.destination else None
        try:
            if record is not None:
                validate_consent_record(record, self._years(), now)
            decision: ConsentDecision = consent_decision(
                [record] if record else [], row.scope, destination, self._years(), now)
        except ValidationError as exc:
            text = error_message(exc)
            return False, text, text if record is not None else None
        return decision.allowed, translate(decision.reason_id), None

    def _render(self, row: _Row) -> None:
        allowed, words, refused = self._verdict(row)
        if refused is not None:
            text, style = self.tr("Error: %1").replace("%1", refused), ERROR_STYLE
        elif allowed:
            text, style = self.tr("Allowed. %1").replace("%1", words), ALLOWED_STYLE
        elif row.answer.value() is None:
            text, style = self.tr("Not asked yet. %1").replace("%1", words), NOT_ASKED_STYLE
        else:
            text, style = self.tr("Not allowed. %1").replace("%1", words), NOT_ALLOWED_STYLE
        row.verdict.setText(text)
        row.verdict.setStyleSheet(style)
        row.verdict.setAccessibleDescription(text)


def _time_or_none(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
