"""Adding a staff account with a temporary password, from the Administration page.

Layout and fixed texts: ui/add_user_dialog.ui. Every rule (valid user name, password strength,
at least one role, who may add) lives in services.users.add_user; the dialog only collects
what was typed and shows the core's answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from isange_desktop.domain.roles import Role
from isange_desktop.errors import IsangeError, ValidationError
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.role_names import role_name
from isange_desktop.gui.runner import Runner
from isange_desktop.services import users
from isange_desktop.services.session import UserSession
from isange_desktop.services.users import UserInfo


class AddUserDialog(Retranslating, QDialog):
    """Emits ``added(UserInfo)`` and is accepted once the account exists in the vault."""

    added = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner

        # Layout and fixed texts: ui/add_user_dialog.ui (they re-translate themselves).
        load_ui("add_user_dialog", self)
        self.login = child(self, QLineEdit, "login")
        self.display_name = child(self, QLineEdit, "display_name")
        # One box per role, in the order the roles are declared (nurse first, admin last).
        self.role_boxes = {role: child(self, QCheckBox, f"role_{role.value}") for role in Role}
        self.password = child(self, QLineEdit, "password")
        self.confirm = child(self, QLineEdit, "confirm")
        self.error = child(self, QLabel, "error")
        self.progress = child(self, QProgressBar, "progress")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        # Not the standard Ok button renamed: the box gives a standard button its own text
        # back on every language change, after retranslate() has run.
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)

        self.error.hide()
        self.progress.hide()
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        # Role names come from role_names.py so the dialog and the user list say the same.
        for role, box in self.role_boxes.items():
            box.setText(role_name(role))
        self.add_button.setText(self.tr("Add user"))

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self._show_error(ValidationError("password.mismatch"))
            return
        session, login, name = self._session, self.login.text(), self.display_name.text()
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        password = self.password.text()
        self._set_busy(True)
        self._runner.run(
            lambda: users.add_user(session, login, name, roles, password,
                                   must_change_password=True),
            on_finished=self._added, on_failed=self._failed, owner=self)

    def _added(self, info: UserInfo) -> None:
        self._set_busy(False)
        self.added.emit(info)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        """Keep what was typed and put the cursor where the problem is. Passwords are the
        exception: hidden text cannot be corrected, only typed again."""
        self.error.setText(error_message(exc))
        self.error.show()
        self.adjustSize()  # room for the message without squeezing the form
        code = exc.code if isinstance(exc, IsangeError) else ""
        if code.startswith("password."):
            self._clear_passwords()
            self.password.setFocus()
        elif code in ("user.login_invalid", "user.exists"):
            self.login.setFocus()
            self.login.selectAll()
        elif code == "user.name_required":
            self.display_name.setFocus()
        elif code == "user.role_required":
            self.role_boxes[Role.NURSE].setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.login, self.display_name, *self.role_boxes.values(),
                       self.password, self.confirm, self.buttons):
            widget.setEnabled(not busy)

    def _clear_passwords(self) -> None:
        for field in (self.password, self.confirm):
            field.clear()

    def reject(self) -> None:
        if not self.buttons.isEnabled():
            return  # the account is being written; closing now would hide the outcome
        super().reject()

    def done(self, result: int) -> None:
        # Every way out (OK, Cancel, Escape, the close button) ends here: the temporary
        # password must not stay in a hidden widget's memory.
        self._clear_passwords()
        super().done(result)
