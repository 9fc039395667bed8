"""Changing a temporary password right after the first login.

Layout and fixed texts: ui/change_password_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from isange_desktop.errors import ValidationError
from isange_desktop.gui.designer_forms import UiFileError, child, load_ui
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

        # Layout and fixed texts: ui/change_password_dialog.ui (they re-translate themselves).
        load_ui("change_password_dialog", self)
        self.current = child(self, QLineEdit, "current")
        self.new = child(self, QLineEdit, "new")
        self.confirm = child(self, QLineEdit, "confirm")
        self.error = child(self, QLabel, "error")
        self.progress = child(self, QProgressBar, "progress")
        self.buttons = child(self, QDialogButtonBox, "buttons")

        self.error.hide()
        self.progress.hide()
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        """Designer cannot rename a standard button, so these two texts are set here."""
        self._button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        self._button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel and log out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.button(which)
        if button is None:
            raise UiFileError(f"ui/change_password_dialog.ui: 'buttons' has no {which.name}")
        return button

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
