"""Changing a temporary password right after the first login."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.errors import ValidationError
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.runner import Runner
from isange_desktop.services import users
from isange_desktop.services.session import UserSession


class ChangePasswordDialog(QDialog):
    """Accepted once services.users.change_password has rewrapped the user's key slot."""

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.setWindowTitle(self.tr("Choose your own password"))
        self.setModal(True)
        self.setMinimumWidth(480)

        intro = QLabel(self.tr(
            "You logged in with a temporary password. Choose your own password now: "
            "at least 10 characters, not your user name. Nobody else should know it."))
        intro.setWordWrap(True)

        self.current = self._password_field(self.tr("Current (temporary) password"))
        self.new = self._password_field(self.tr("New password"))
        self.confirm = self._password_field(self.tr("New password again"))
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.confirm)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Saving the new password"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel and log out"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _password_field(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    def _submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self._show_error(ValidationError("password.mismatch"))
            return
        old, new, session = self.current.text(), self.new.text(), self._session
        self._set_busy(True)
        self._runner.run(lambda: users.change_password(session, old, new),
                         on_finished=self._changed, on_failed=self._failed)

    def _changed(self, _result: object) -> None:
        self._clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        self.error.setText(error_message(exc))
        self.error.show()
        self._clear()
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.current, self.new, self.confirm, self.buttons):
            widget.setEnabled(not busy)

    def _clear(self) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()

    def reject(self) -> None:
        if self._runner.busy and not self.buttons.isEnabled():
            return  # the slot is being rewritten; closing now would hide its outcome
        self._clear()
        super().reject()
