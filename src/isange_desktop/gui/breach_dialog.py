"""The dialog that records a suspected breach in the register (gui/breaches_panel.py opens it):
its kind, when it was found (the legal clocks start there) and when it happened if known,
what happened and what was done, and which cases: all of them (a lost laptop) or the case
numbers typed. Every rule is the service's (services/breaches.py); a refusal is shown here and
the dialog stays open with what was typed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.breach_deadlines import BreachInfo, BreachKind
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.breaches import record_breach
from isange_desktop.services.session import UserSession

ERROR_STYLE = "color: #b00020; font-weight: 600;"


def minute_now() -> QDateTime:
    """Now in whole minutes: an edit that starts there is never a second in the future."""
    now = QDateTime.currentDateTime()
    return now.addSecs(-now.time().second())


def moment_edit(now: QDateTime, parent: QWidget) -> QDateTimeEdit:
    """A date and time to the minute, from ``now``; a day ahead at most (the service refuses
    the future itself). The Rights tab's dialogs use it too."""
    edit = QDateTimeEdit(now, parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setMaximumDateTime(now.addDays(1))
    return edit


def moment(edit: QDateTimeEdit) -> datetime:
    """The edit's moment as an aware UTC datetime (the edit shows the computer's time)."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def case_numbers(text: str) -> list[str]:
    """The case numbers typed, separated by spaces, commas or semicolons."""
    return [n for n in text.replace(",", " ").replace(";", " ").split() if n]


class BreachDialog(Retranslating, QDialog):
    """Record a suspected breach. Emits ``recorded(BreachInfo)`` and is accepted once it is in
    the register; a refusal is shown in the dialog, which stays open."""

    recorded = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        self.kind = QComboBox(self)
        for kind in BreachKind:
            self.kind.addItem("", kind.value)
        now = minute_now()
        self.found = moment_edit(now, self)
        self.occurred_known = QCheckBox(self)
        self.occurred = moment_edit(now, self)
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        self.description = QPlainTextEdit(self)
        self.measures = QPlainTextEdit(self)
        for box in (self.description, self.measures):
            box.setTabChangesFocus(True)
        self.scope_all = QRadioButton(self)
        self.scope_some = QRadioButton(self)
        self.scope_all.setChecked(True)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.scope_all)
        self._scope.addButton(self.scope_some)
        self.case_numbers = QLineEdit(self)
        self.case_numbers.setEnabled(False)
        self.scope_some.toggled.connect(self.case_numbers.setEnabled)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        occurred_row = QHBoxLayout()
        occurred_row.addWidget(self.occurred_known)
        occurred_row.addWidget(self.occurred, 1)
        scope_row = QVBoxLayout()
        scope_row.addWidget(self.scope_all)
        scope_row.addWidget(self.scope_some)
        scope_row.addWidget(self.case_numbers)
        self._labels = [QLabel(self) for _ in range(6)]
        fields: tuple[QWidget | QLayout, ...] = (self.kind, self.found, occurred_row,
                                                 self.description, self.measures, scope_row)
        for label, field in zip(self._labels, fields, strict=True):
            if isinstance(field, QLayout):  # two overloads: each call narrows for its own
                self.form.addRow(label, field)
            else:
                self.form.addRow(label, field)
        self._labels[0].setBuddy(self.kind)
        self._labels[1].setBuddy(self.found)
        self._labels[3].setBuddy(self.description)
        self._labels[4].setBuddy(self.measures)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a suspected breach"))
        for i, kind in enumerate(BreachKind):
            self.kind.setItemText(i, translate(f"breach.kind.{kind.value}"))
        texts = (self.tr("&Kind:"), self.tr("&Found:"), self.tr("Happened:"),
                 self.tr("&What happened:"), self.tr("&Measures taken:"),
                 self.tr("Cases affected:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.hint.setText(self.tr(
            "The NCSA must be notified within 48 hours and the report submitted within 72 "
            "hours, both counted from when the breach was found. Write no survivor's name."))
        self.occurred_known.setText(self.tr("Known"))
        self.scope_all.setText(self.tr("&All cases in the vault (a lost or stolen laptop)"))
        self.scope_some.setText(self.tr("&Only these case numbers:"))
        self.case_numbers.setPlaceholderText(self.tr("case numbers, separated by spaces"))
        self.record_button.setText(self.tr("Record"))

    def submit(self) -> None:
        session = self._session
        kind = str(self.kind.currentData())
        found = moment(self.found)
        occurred = moment(self.occurred) if self.occurred_known.isChecked() else None
        description = self.description.toPlainText()
        measures = self.measures.toPlainText()
        scope: str | list[str] = "all" if self.scope_all.isChecked() \
            else case_numbers(self.case_numbers.text())
        self.record_button.setEnabled(False)
        self.error.hide()
        self._runner.run(
            lambda: record_breach(session, kind=kind, found_at=found, occurred_at=occurred,
                                  description=description, measures=measures, scope=scope),
            on_finished=self._done, on_failed=self._failed, owner=self)

    def _done(self, info: BreachInfo) -> None:
        self.record_button.setEnabled(True)
        self.recorded.emit(info)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.record_button.setEnabled(True)
        self.error.setText(error_message(exc))
        self.error.show()
