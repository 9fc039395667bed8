"""Recording a consent after intake: given, refused or withdrawn, for one service or for sharing
the case with a named referral destination (services/case_consents.py ``record_consent``, the
GUI's `isange case consent`).

Layout and fixed texts: ui/consent_dialog.ui. Who may consent is the domain's rule
(domain/consent.py, Law No 058/2021 art. 9), and the check is the service's own
(``checked_consent``, which intake uses too): as the record is typed, the dialog shows what it
would allow in the words and colours of the intake's consent page; the service decides when it
is saved. The age is the survivor's today, as the service takes it; an unknown age (or one the
user's role may not see) is a child's, the stricter rule, as in the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from isange_desktop.domain.consent import (
    SELF_CONSENT_AGE,
    ConsentBy,
    ConsentScope,
    consent_decision,
)
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.errors import IsangeError, ValidationError
from isange_desktop.gui.designer_forms import UiFileError, child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.intake_consent_page import (
    ALLOWED_STYLE,
    ERROR_STYLE,
    NOT_ALLOWED_STYLE,
)
from isange_desktop.gui.referral_words import center_label, fit_height
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_consents import (
    MAX_DESTINATION_CHARS,
    MAX_OVERRIDE_REASON_CHARS,
    RecordedConsent,
    checked_consent,
    record_consent,
)
from isange_desktop.services.center_directory import PinnedCenter, list_centers
from isange_desktop.services.session import UserSession

SHARE = ConsentScope.SHARE_WITH_REFERRAL

# Where a refusal of the service points: the field to correct (the message says why).
_FIELD_OF_ERROR = {
    "consent.destination_required": "destination",
    "consent.destination_too_long": "destination",
    "consent.destination_not_allowed": "destination",
    "consent.override_needs_reason": "reason",
    "consent.override_not_applicable": "reason",
    "consent.override_only_for_child_consent": "reason",
    "consent.reason_too_long": "reason",
    "consent.guardian_for_adult": "by",
    "intake.consent_invalid": "scope",
}


def may_record_consent(session: UserSession) -> bool:
    """Whether the user's roles may record a consent (the button is absent otherwise)."""
    return granting_role(session.roles, Action.CONSENT_RECORD) is not None


def recorded_text(done: RecordedConsent) -> str:
    """What was recorded and what the case's consents now allow, as `isange case consent`
    says it (a child's own consent is kept but does not count: the second line says so)."""
    scope = translate(f"consent.scope.{done.scope}")
    if done.destination is not None:
        scope = f"{scope}: {done.destination}"
    lines = [translate("consent.recorded_given" if done.given else "consent.recorded_refused",
                       number=done.case_number, scope=scope), translate(done.decision)]
    if done.destination is not None and done.center_code is None:
        lines.append(translate("consent.destination_not_pinned", destination=done.destination))
    return "\n".join(lines)


class ConsentDialog(Retranslating, QDialog):
    """Emits ``recorded(RecordedConsent)`` and is accepted once the record is in the vault; on
    a refusal it stays open with everything as typed, the message shown and the cursor in the
    field to correct. ``centers`` are the pinned centers to offer as destinations (read here
    when None); ``scope`` and ``center_code`` pre-fill the form."""

    recorded = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 age_years: int | None, *, centers: Sequence[PinnedCenter] | None = None,
                 scope: ConsentScope | None = None, center_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._age = age_years
        self._center_code = center_code  # chosen once the centers are listed
        self._saving = False

        # Layout and fixed texts: ui/consent_dialog.ui (they re-translate themselves).
        load_ui("consent_dialog", self)
        self.intro = child(self, QLabel, "intro")
        self.age_note = child(self, QLabel, "age_note")
        self.form_layout = child(self, QFormLayout, "form_layout")
        self.scope = child(self, QComboBox, "scope")
        self.answer = child(self, QComboBox, "answer")
        self.by = child(self, QComboBox, "by")
        self.destination = child(self, QComboBox, "destination")
        self.reason = child(self, QLineEdit, "reason")
        self.verdict = child(self, QLabel, "verdict")
        self.error = child(self, QLabel, "error")
        self.progress = child(self, QProgressBar, "progress")
        self.buttons = child(self, QDialogButtonBox, "buttons")

        for each in ConsentScope:
            self.scope.addItem("", each.value)
        for given in (True, False):
            self.answer.addItem("", given)
        for who in (ConsentBy.SURVIVOR, ConsentBy.GUARDIAN):  # the intake page's order
            self.by.addItem("", who.value)
        # Nothing is chosen for the person: a consent is recorded as it was answered.
        self.scope.setCurrentIndex(self.scope.findData(scope.value) if scope else -1)
        self.answer.setCurrentIndex(-1)
        line = self.destination.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_DESTINATION_CHARS)
        self.reason.setMaxLength(MAX_OVERRIDE_REASON_CHARS)
        self._fill_centers(centers or ())

        for combo in (self.scope, self.answer, self.by):
            combo.currentIndexChanged.connect(self._changed)
        self.destination.editTextChanged.connect(self._changed)
        self.reason.textChanged.connect(self._changed)
        self._save_button().setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.error.hide()
        self.progress.hide()
        self.retranslate()
        if centers is None:
            self._load_centers()
        (self.answer if scope is not None else self.scope).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Case %1. The record is added to the case's consents and the newest one that "
            "counts decides: a refusal recorded now withdraws an earlier consent.")
            .replace("%1", self._number))
        for index, each in enumerate(ConsentScope):
            # The intake's words for each service (the core catalog), never a copy of them.
            self.scope.setItemText(index, translate(f"consent.scope.{each.value}"))
        self.scope.setPlaceholderText(self.tr("Choose a service..."))
        self.answer.setItemText(0, QCoreApplication.translate("ConsentPage", "Given"))
        self.answer.setItemText(1, self.tr("Refused or withdrawn"))
        self.answer.setPlaceholderText(self.tr("Choose the answer..."))
        self.by.setItemText(0, translate("consent.by.survivor"))
        self.by.setItemText(1, translate("consent.by.guardian"))
        line = self.destination.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate(
                "ConsentPage", "Referral destination: the named service information may go to"))
        self.reason.setPlaceholderText(QCoreApplication.translate(
            "ConsentPage", "Why care cannot wait for a guardian"))
        self.reason.setToolTip(QCoreApplication.translate(
            "ConsentPage",
            "Only with the child's own consent: why care cannot wait for a guardian"))
        self.verdict.setAccessibleName(QCoreApplication.translate(
            "ConsentPage", "What this allows"))
        self._show_age()
        self._changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # the wrapped texts measured at the dialog's own width

    def _save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is None:
            raise UiFileError("ui/consent_dialog.ui: 'buttons' has no Save")
        return button

    # -- the pinned centers -------------------------------------------------------------------
    def _load_centers(self) -> None:
        session = self._session
        self._runner.run(lambda: list_centers(session), on_finished=self._fill_centers,
                         on_failed=self._centers_failed, owner=self)

    def _fill_centers(self, centers: Sequence[PinnedCenter]) -> None:
        typed = self.destination.currentText()
        blocked = self.destination.blockSignals(True)  # refilling is not typing
        self.destination.clear()
        for center in centers:
            self.destination.addItem(center_label(center.code, center.name), center.code)
        chosen = self.destination.findData(self._center_code) if self._center_code else -1
        self.destination.setCurrentIndex(chosen)
        if chosen < 0:
            self.destination.setEditText(typed)
        self.destination.blockSignals(blocked)
        self._changed()

    def _centers_failed(self, exc: Exception) -> None:
        # A destination can still be typed; the list is only a help.
        self._show_error(error_message(exc))

    # -- what was typed -----------------------------------------------------------------------
    def _scope(self) -> ConsentScope | None:
        value = self.scope.currentData()
        return ConsentScope(value) if isinstance(value, str) else None

    def _years(self) -> int:
        # The service's rule (services/case_consents.py): an unknown age is a child's.
        return self._age if self._age is not None else 0

    def _child(self) -> bool:
        return self._years() < SELF_CONSENT_AGE

    def _by(self) -> str:
        # At 16 or older only the survivor's own record can count: no choice to make.
        return str(self.by.currentData()) if self._child() else ConsentBy.SURVIVOR.value

    def _override_asked(self) -> bool:
        """The domain asks for a reason only for a child's own consent (domain/consent.py)."""
        return (self._child() and self._by() == ConsentBy.SURVIVOR.value
                and self.answer.currentData() is True)

    def destination_value(self) -> str | None:
        """The destination as recorded: a center's code when chosen from the list, else what
        was typed; None for any other scope."""
        if self._scope() is not SHARE:
            return None
        text = self.destination.currentText().strip()
        index = self.destination.findText(text, Qt.MatchFlag.MatchFixedString
                                          | Qt.MatchFlag.MatchCaseSensitive)
        if text and index >= 0:
            return str(self.destination.itemData(index))
        return text or None

    def _reason(self) -> str | None:
        return (self.reason.text().strip() or None) if self._override_asked() else None

    # -- the verdict, live --------------------------------------------------------------------
    def _show_age(self) -> None:
        age = QLocale().toString(self._years())
        if self._age is None:
            self.age_note.setText(self.tr(
                "The survivor's age is not known here, so the rules for a child under 16 "
                "apply: a parent or guardian consents, or the child with a vital-interest "
                "override."))
        elif self._child():
            self.age_note.setText(self.tr(
                "Age today: %1. Under 16, a parent or guardian gives or refuses consent; the "
                "child's own consent counts only with a vital-interest override.")
                .replace("%1", age))
        else:
            self.age_note.setText(self.tr(
                "Age today: %1. From 16, the survivor alone gives or refuses consent.")
                .replace("%1", age))

    def _changed(self, *_args: object) -> None:
        rows = (self._child(), self._scope() is SHARE, self._override_asked())
        before = tuple(self.form_layout.isRowVisible(w)
                       for w in (self.by, self.destination, self.reason))
        for widget, shown in zip((self.by, self.destination, self.reason), rows, strict=True):
            self.form_layout.setRowVisible(widget, shown)
        text, style = self._judge()
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)
        self.verdict.setAccessibleDescription(text)
        self.verdict.setVisible(bool(text))
        if rows != before and self.isVisible():
            fit_height(self)

    def _judge(self) -> tuple[str, str]:
        """The domain's verdict on this one record, in the intake page's words: what it
        allows, why not, or why it could not be recorded at all."""
        scope, given = self._scope(), self.answer.currentData()
        if scope is None or not isinstance(given, bool):
            return "", ""
        now = datetime.now(UTC)
        try:
            record = checked_consent(
                scope.value, destination=self.destination_value(), given=given, at=now,
                by=self._by(), override_reason=self._reason(),
                recorded_by=self._session.login, age_years=self._years(), now=now)
            decision = consent_decision([record], scope, record.destination, self._years(),
                                        now)
        except ValidationError as exc:
            return (QCoreApplication.translate("ConsentPage", "Error: %1")
                    .replace("%1", error_message(exc)), ERROR_STYLE)
        words = translate(decision.reason_id)
        if decision.allowed:
            return (QCoreApplication.translate("ConsentPage", "Allowed. %1")
                    .replace("%1", words), ALLOWED_STYLE)
        return (QCoreApplication.translate("ConsentPage", "Not allowed. %1")
                .replace("%1", words), NOT_ALLOWED_STYLE)

    def verdict_text(self) -> str:
        return self.verdict.text()

    # -- saving -------------------------------------------------------------------------------
    def _submit(self) -> None:
        scope, given = self._scope(), self.answer.currentData()
        if scope is None:
            self._show_error(self.tr("Choose the service the consent is for."), self.scope)
            return
        if not isinstance(given, bool):
            self._show_error(self.tr("Choose whether the consent was given or refused."),
                             self.answer)
            return
        # Plain values only: the worker touches no widget.
        session, number, scope_id = self._session, self._number, scope.value
        by, destination, reason = self._by(), self.destination_value(), self._reason()
        self._saving = True
        self._set_busy(True)
        self._runner.run(
            lambda: record_consent(session, number, scope=scope_id, given=given, by=by,
                                   destination=destination, override_reason=reason),
            on_finished=self._recorded, on_failed=self._failed, owner=self)

    def _recorded(self, done: RecordedConsent) -> None:
        self._saving = False
        self._set_busy(False)
        self.recorded.emit(done)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self._set_busy(False)
        code = exc.code if isinstance(exc, IsangeError) else ""
        field = {"destination": self.destination, "reason": self.reason, "by": self.by,
                 "scope": self.scope}.get(_FIELD_OF_ERROR.get(code, ""))
        self._show_error(error_message(exc), field)

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        """One message under the form; the cursor goes to the field to correct, and what was
        typed stays as it was."""
        self.error.setText(text)
        self.error.show()
        if field is not None and field.isVisibleTo(self):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()
        fit_height(self)  # room for the message without squeezing the form

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.scope, self.answer, self.by, self.destination, self.reason,
                       self.buttons):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._saving:
            return  # the record is being written; closing now would hide the outcome
        super().reject()

    def discard(self) -> None:
        """The screen is locking: forget what was typed and close without asking."""
        self.reason.clear()
        self.destination.setEditText("")
        QDialog.reject(self)


def open_consent_dialog(parent: QWidget, session: UserSession, runner: Runner, number: str,
                        age_years: int | None, *,
                        centers: Sequence[PinnedCenter] | None = None,
                        scope: ConsentScope | None = None,
                        center_code: str | None = None) -> ConsentDialog:
    """The dialog shown with open(), not exec(): no nested event loop, so a lock can still
    close everything under it. It deletes itself once closed; keep it only to discard it."""
    dialog = ConsentDialog(session, runner, number, age_years, centers=centers, scope=scope,
                           center_code=center_code, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def discard_dialog(dialog: ConsentDialog | None) -> None:
    """Close a kept dialog without asking, if it is still there."""
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.discard()
