"""Intake step 7: everything in one read-only summary before Create, and the one line that
says what went wrong when the service refuses the document."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from isange_desktop.domain.forms import Field, FieldType, form
from isange_desktop.domain.forms.values import is_empty, parse_datetime
from isange_desktop.gui.field_editor_base import forms_text
from isange_desktop.gui.local_time import format_when

ERROR_STYLE = "color: #b00020; font-weight: 600;"


@dataclass(frozen=True)
class Section:
    title: str
    lines: Sequence[str]


def form_lines(form_id: str, values: Mapping[str, object], yes: str, no: str) -> list[str]:
    """"Label: answer" for each answered field, in the form's order, answers in words."""
    lines = []
    for f in form(form_id).fields:
        value = values.get(f.id)
        if not is_empty(value):
            label = forms_text(f.label)
            # A question keeps its question mark: "Known exactly? Yes", not "exactly?: Yes".
            joint = " " if label.rstrip().endswith("?") else ": "
            lines.append(f"{label}{joint}{_answer(f, value, yes, no)}")
    return lines


def _answer(f: Field, value: object, yes: str, no: str) -> str:
    if isinstance(value, bool):
        return yes if value else no
    labels = {str(c.value): forms_text(c.label) for c in f.choices}
    if f.type is FieldType.CHOICE:
        return labels.get(str(value), str(value))
    if f.type is FieldType.MULTI_CHOICE and isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if f.type is FieldType.DATETIME and (moment := parse_datetime(value)) is not None:
        return format_when(moment)
    if f.type is FieldType.INTEGER and f.unit:
        return f"{value} {forms_text(f.unit)}"
    return str(value)


class ReviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        # Focusable, so the keyboard lands on the message and a screen reader reads it.
        self.error.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Check the summary with the survivor. Create records the case; Back changes an "
            "answer, and nothing typed is lost."))
        self.summary.setAccessibleName(self.tr("Summary of the intake"))
        self.error.setAccessibleName(self.tr("Why the case was not created"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_sections(self, left: Sequence[Section], right: Sequence[Section]) -> None:
        """Two columns, so a whole intake reads on one 1366x768 screen with little scrolling."""
        columns = []
        for sections in (left, right):
            parts = []
            for section in sections:
                items = "".join(f"<li>{html.escape(line)}</li>" for line in section.lines)
                parts.append(f"<h3>{html.escape(section.title)}</h3><ul>{items}</ul>")
            columns.append("".join(parts))
        self.summary.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="6"><tr>'
            f'<td width="50%" valign="top">{columns[0]}</td>'
            f'<td width="50%" valign="top">{columns[1]}</td></tr></table>')

    def summary_text(self) -> str:
        return self.summary.toPlainText()

    def set_busy(self, busy: bool, status: str = "") -> None:
        self.progress.setVisible(busy)
        self.status.setText(status)
        self.status.setVisible(bool(status))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.error.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def focus_first(self) -> None:
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
