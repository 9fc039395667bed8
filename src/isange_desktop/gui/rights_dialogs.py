"""The dialogs of the Rights tab (gui/rights_tab.py): record a correction request, record its
outcome. Every rule is the service's (services/corrections.py); a refusal is shown in the
dialog, which stays open with what was typed. Both run their call on the runner and are
shown with open(), so a lock can still close them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.gui.breach_dialog import minute_now, moment, moment_edit
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.corrections import (
    OUTCOMES,
    CorrectionInfo,
    record_correction_outcome,
    record_correction_request,
)
from isange_desktop.services.session import UserSession

ERROR_STYLE = "color: #b00020; font-weight: 600;"


class _RecordingDialog(Retranslating, QDialog):
    """A form, an error line and Record / Cancel. Emits ``recorded(CorrectionInfo)`` and is
    accepted once the service wrote it."""

    recorded = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        return box

    def _busy(self, busy: bool) -> None:
        self.record_button.setEnabled(not busy)

    def _done(self, info: CorrectionInfo) -> None:
        self._busy(False)
        self.recorded.emit(info)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.error.setText(error_message(exc))
        self.error.show()


class CorrectionRequestDialog(_RecordingDialog):
    """What the person says is wrong, the correction they ask for, and when they asked."""

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self._number = number
        self.received = moment_edit(minute_now(), self)
        self.what = self._text_box()
        self.requested = self._text_box()
        self._labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self._labels, (self.received, self.what, self.requested),
                                strict=True):
            self.form.addRow(label, field)
            label.setBuddy(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a correction request (case %1)")
                            .replace("%1", self._number))
        for label, text in zip(self._labels, (self.tr("&Received:"),
                                              self.tr("&What is on record:"),
                                              self.tr("&Correction asked for:")), strict=True):
            label.setText(text)
        self.what.setPlaceholderText(self.tr("As the person said it"))
        self.record_button.setText(self.tr("&Record"))

    def submit(self) -> None:
        # Plain values for the worker: never the widgets.
        session, number = self._session, self._number
        what, requested = self.what.toPlainText(), self.requested.toPlainText()
        received = moment(self.received)
        self.error.hide()
        self._busy(True)
        self._runner.run(lambda: record_correction_request(
            session, number, received_at=received, what=what, requested=requested),
            on_finished=self._done, on_failed=self._failed, owner=self)


class CorrectionOutcomeDialog(_RecordingDialog):
    """Corrected or refused, and the note: where it was corrected, or why it was refused."""

    def __init__(self, session: UserSession, runner: Runner, request_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self._request_id = request_id
        self.outcome = QComboBox(self)
        for outcome in OUTCOMES:
            self.outcome.addItem("", outcome)
        self.note = self._text_box()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(2)]
        for label, field in zip(self._labels, (self.outcome, self.note), strict=True):
            self.form.addRow(label, field)
            label.setBuddy(field)
        self.form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outcome of correction request no. %1")
                            .replace("%1", str(self._request_id)))
        for i in range(self.outcome.count()):
            self.outcome.setItemText(i, translate(f"rights.outcome.{self.outcome.itemData(i)}"))
        self._labels[0].setText(self.tr("&Outcome:"))
        self._labels[1].setText(self.tr("&Note:"))
        self.hint.setText(self.tr("Make the correction itself in the case's forms. A refusal "
                                  "needs its reason. The outcome cannot be changed later."))
        self.record_button.setText(self.tr("&Record"))

    def choose(self, outcome: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def submit(self) -> None:
        session, request_id = self._session, self._request_id
        outcome, note = str(self.outcome.currentData()), self.note.toPlainText()
        self.error.hide()
        self._busy(True)
        self._runner.run(lambda: record_correction_outcome(
            session, request_id, outcome=outcome, note=note),
            on_finished=self._done, on_failed=self._failed, owner=self)
