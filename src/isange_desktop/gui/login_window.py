"""The login window: user name, password, and (in demo mode) the demo accounts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.errors import VaultBusy
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.role_names import role_names
from isange_desktop.gui.runner import Runner

if TYPE_CHECKING:
    from isange_desktop.services.demo import DemoUser
    from isange_desktop.services.session import UserSession


class LoginWindow(QWidget):
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
        self.setWindowTitle(self.tr("Isange Desktop - Log in"))
        self.setObjectName("loginWindow")

        card = self._card()
        self.demo_box = QGroupBox(self.tr("Demo accounts"))
        self.demo_box.hide()

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(24)
        row.addWidget(self.demo_box, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.login_field.returnPressed.connect(self._login_entered)
        self.password_field.returnPressed.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self._show_busy(False)

    def _card(self) -> QFrame:
        title = QLabel(self.tr("Isange Desktop"))
        title.setObjectName("title")
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        subtitle = QLabel(self.tr("Isange One Stop Center: confidential case records"))
        subtitle.setWordWrap(True)

        self.login_field = QLineEdit()
        self.login_field.setAccessibleName(self.tr("User name"))
        self.login_field.setMaxLength(32)
        self.password_field = QLineEdit()
        self.password_field.setAccessibleName(self.tr("Password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.login_field)
        form.addRow(self.tr("&Password:"), self.password_field)

        self.submit_button = QPushButton(self.tr("&Log in"))
        self.submit_button.setDefault(True)
        self.submit_button.setAccessibleName(self.tr("Log in"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.setAccessibleName(self.tr("Login error"))
        self.error_label.hide()


        card = QFrame()
        card.setObjectName("loginCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(420)
        card.setMaximumWidth(480)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)
        card_layout.addSpacing(8)
        card_layout.addLayout(form)
        card_layout.addWidget(self.submit_button)
        card_layout.addWidget(self.progress)
        card_layout.addWidget(self.status_label)
        card_layout.addWidget(self.error_label)
        return card

    # -- what the app shell asks of it -------------------------------------------------------

    def set_preparing(self, text: str) -> None:
        """Disable the form while the app readies the vault (the demo vault, say)."""
        self._show_busy(True, text)

    def show_demo_users(self, accounts: Sequence[DemoUser]) -> None:
        warning = QLabel(self.tr(
            "This is a demo vault in a temporary folder: it is deleted when you close the app. "
            "Never type real case information here. Click an account to fill in the form."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #7a4b00;")
        table = QTableWidget(len(accounts), 3)
        table.setObjectName("demoAccounts")
        table.setAccessibleName(self.tr("Demo accounts"))
        table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Password"),
                                         self.tr("Role")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, account in enumerate(accounts):
            for col, text in enumerate((account.login, account.password,
                                        role_names(account.roles))):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumWidth(460)
        table.setFixedHeight(table.horizontalHeader().height()
                             + sum(table.rowHeight(r) for r in range(len(accounts))) + 4)
        table.cellClicked.connect(lambda row, _col: self._fill(accounts[row]))
        layout = QVBoxLayout(self.demo_box)
        layout.addWidget(warning)
        layout.addWidget(table)
        self.demo_box.show()
        self._show_busy(False)

    def reset(self, status: str = "") -> None:
        """Back to an empty form (after a lock or a logout)."""
        self.login_field.clear()
        self.password_field.clear()
        self._set_error("")
        self._show_busy(False, status)
        self.login_field.setFocus()

    # -- logging in ---------------------------------------------------------------------------

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
        self._show_busy(True, self.tr("Unlocking the vault..."))
        data_dir = self._data_dir
        self._runner.run(lambda: _login(data_dir, name, password),
                         on_finished=self._unlocked, on_failed=self._refused)

    def _unlocked(self, session: UserSession) -> None:
        self.password_field.clear()
        if not session.must_change_password:
            self._done(session)
            return
        self._show_busy(True, self.tr("Choose your own password to continue."))
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
        self.reset(self.tr("Logged out: the temporary password was not changed."))

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

    def _show_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
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
