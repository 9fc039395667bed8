"""The login window: user name, password, and (in demo mode) the demo accounts.

Its layout and fixed texts are in ui/login_window.ui; this class adds what changes at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from isange_desktop.errors import VaultBusy
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.languages import LanguageChooser, switch_language
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.role_names import role_names
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import current_language

if TYPE_CHECKING:
    from isange_desktop.services.demo import DemoUser
    from isange_desktop.services.session import UserSession


# A status line: a text, or a function giving it in the current language.
Status = str | Callable[[], str]


class LoginWindow(Retranslating, QWidget):
    """Emits ``logged_in(UserSession)`` once the vault is unlocked and the password is the
    user's own; ``login_failed(message)`` when it refuses; ``vault_busy(VaultBusy)`` when
    another copy of the app holds the vault."""

    logged_in = Signal(object)
    login_failed = Signal(str)
    vault_busy = Signal(object)

    def __init__(self, data_dir: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self._busy = False
        # The session while its temporary password is being changed (closed at app exit).
        self.pending_session: UserSession | None = None
        self._demo_accounts: Sequence[DemoUser] = ()
        self._status_source: Callable[[], str] | None = None

        # Layout and fixed texts: ui/login_window.ui (they re-translate themselves).
        load_ui("login_window", self, custom_widgets=[LanguageChooser])
        self.title = child(self, QLabel, "title")
        self.subtitle = child(self, QLabel, "subtitle")
        self.login_label = child(self, QLabel, "login_label")
        self.login_field = child(self, QLineEdit, "login_field")
        self.password_label = child(self, QLabel, "password_label")
        self.password_field = child(self, QLineEdit, "password_field")
        self.submit_button = child(self, QPushButton, "submit_button")
        self.progress = child(self, QProgressBar, "progress")
        self.status_label = child(self, QLabel, "status_label")
        self.error_label = child(self, QLabel, "error_label")
        self.demo_box = child(self, QGroupBox, "demo_box")
        self.demo_warning = child(self, QLabel, "demo_warning")
        self.demo_table = child(self, QTableWidget, "demo_table")
        self.language_chooser = child(self, LanguageChooser, "language_chooser")

        self.demo_box.hide()  # shown by show_demo_users, in demo mode only
        # Not a Designer property; the last column still stretches (set in the .ui).
        self.demo_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.demo_table.cellClicked.connect(self._demo_account_clicked)
        self.language_chooser.set_language(current_language())
        self.language_chooser.language_chosen.connect(self._language_chosen)
        self.login_field.returnPressed.connect(self._login_entered)
        self.password_field.returnPressed.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self._set_error("")
        self._show_busy(False)

    def retranslate(self) -> None:
        """The texts set from Python; the .ui's own texts follow the language by themselves."""
        for row, account in enumerate(self._demo_accounts):
            item = self.demo_table.item(row, 2)
            if item is not None:
                item.setText(role_names(account.roles))
        if self._status_source is not None:
            self.status_label.setText(self._status_source())


    def _language_chosen(self, code: str) -> None:
        switch_language(code)

    # -- what the app shell asks of it -------------------------------------------------------

    def set_preparing(self, text: Status) -> None:
        """Disable the form while the app readies the vault (the demo vault, say)."""
        self._show_busy(True, text)

    def show_demo_users(self, accounts: Sequence[DemoUser]) -> None:
        self._demo_accounts = accounts
        table = self.demo_table
        table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            for col, text in enumerate((account.login, account.password,
                                        role_names(account.roles))):
                table.setItem(row, col, QTableWidgetItem(text))
        # Every account in view without a scroll bar: the table is as tall as its rows.
        table.setFixedHeight(table.horizontalHeader().height()
                             + sum(table.rowHeight(r) for r in range(len(accounts))) + 4)
        self.demo_box.show()
        self._show_busy(False)

    def reset(self, status: Status = "") -> None:
        """Back to an empty form (after a lock or a logout)."""
        self.login_field.clear()
        self.password_field.clear()
        self._set_error("")
        self._show_busy(False, status)
        self.login_field.setFocus()

    # -- logging in ---------------------------------------------------------------------------

    def _demo_account_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._demo_accounts):
            self._fill(self._demo_accounts[row])

    def _fill(self, account: DemoUser) -> None:
        self.login_field.setText(account.login)
        self.password_field.setText(account.password)
        self.submit_button.setFocus()

    def _login_entered(self) -> None:
        if self.password_field.text():
            self.submit()
        else:
            self.password_field.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        name, password = self.login_field.text().strip(), self.password_field.text()
        if not name:
            self.login_field.setFocus()
            return
        if not password:
            self.password_field.setFocus()
            return
        self._set_error("")
        self._show_busy(True, lambda: self.tr("Unlocking the vault..."))
        data_dir = self._data_dir
        self._runner.run(lambda: _login(data_dir, name, password),
                         on_finished=self._unlocked, on_failed=self._refused)

    def _unlocked(self, session: UserSession) -> None:
        self.password_field.clear()
        if not session.must_change_password:
            self._done(session)
            return
        self._show_busy(True, lambda: self.tr("Choose your own password to continue."))
        self.pending_session = session
        from isange_desktop.gui.password_dialog import ChangePasswordDialog  # noqa: PLC0415

        dialog = ChangePasswordDialog(session, self._runner, self)
        dialog.finished.connect(lambda code: self._password_dialog_closed(dialog, session, code))
        dialog.open()

    def _password_dialog_closed(self, dialog: QDialog, session: UserSession,
                                code: int) -> None:
        dialog.deleteLater()
        self.pending_session = None
        if code == QDialog.DialogCode.Accepted:
            self._done(session)
            return
        # Without a password of their own the user does not get in: close the vault again.
        self._runner.run(lambda: _logout(session))
        self.reset(lambda: self.tr("Logged out: the temporary password was not changed."))

    def _done(self, session: UserSession) -> None:
        self.reset()
        self.logged_in.emit(session)

    def _refused(self, exc: Exception) -> None:
        self.password_field.clear()
        if isinstance(exc, VaultBusy):
            self._show_busy(False)
            self.vault_busy.emit(exc)
            return
        self._show_busy(False)
        self._set_error(error_message(exc))
        self.password_field.setFocus()
        self.login_failed.emit(self.error_label.text())

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_busy(self, busy: bool, status: Status = "") -> None:
        """``status`` may be a function giving the text, so it follows a language change."""
        self._busy = busy
        self.progress.setVisible(busy)
        self._status_source = status if callable(status) else None
        text = status() if callable(status) else status
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        for widget in (self.login_field, self.password_field, self.submit_button):
            widget.setEnabled(not busy)


# The services (SQLAlchemy, SQLCipher, cryptography) are imported on the worker thread when
# first used, not before the login window shows: they are most of the app's start time.
def _login(data_dir: Path, name: str, password: str) -> UserSession:
    from isange_desktop.services.session import login  # noqa: PLC0415

    return login(data_dir, name, password)


def _logout(session: UserSession) -> None:
    from isange_desktop.services.session import logout  # noqa: PLC0415

    logout(session)
