"""The login window, the main window and locking, driven with the keyboard on a real vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
)

from isange_desktop.domain.roles import Role
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.no_vault_window import NoVaultWindow
from isange_desktop.gui.password_dialog import ChangePasswordDialog
from isange_desktop.gui.shell import AppShell
from isange_desktop.services.demo import create_demo_vault
from isange_desktop.services.users import add_user

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

ADMIN_NAME = "Mukamana Claudine"  # the conftest vault's administrator
WAIT_MS = 30_000


@pytest.fixture
def shell(qtbot, new_vault) -> Iterator[AppShell]:
    shell = AppShell(new_vault.data_dir)
    shell.show()
    yield shell
    shell.shutdown()
    shell.dispose()


def type_login(qtbot, shell: AppShell, login_name: str, password: str) -> None:
    """Type as a person would: user name, Enter, password, Enter."""
    window = shell.login_window
    qtbot.waitUntil(window.login_field.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(window.login_field, login_name)
    qtbot.keyClick(window.login_field, Qt.Key.Key_Return)
    qtbot.keyClicks(window.password_field, password)
    qtbot.keyClick(window.password_field, Qt.Key.Key_Return)


def log_in(qtbot, shell: AppShell, login_name: str, password: str) -> MainWindow:
    with qtbot.waitSignal(shell.main_window_shown, timeout=WAIT_MS) as shown:
        type_login(qtbot, shell, login_name, password)
    window = shown.args[0]
    qtbot.waitUntil(lambda: window.center_label.text() != "", timeout=WAIT_MS)
    return window


def visible_texts() -> list[str]:
    """Every piece of text a person could read on screen now."""
    texts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            texts.extend(widget.item(r, c).text() for r in range(widget.rowCount())
                         for c in range(widget.columnCount()) if widget.item(r, c))
    return texts


def test_keyboard_login_reaches_the_main_window(qtbot, shell):
    # Given the login window, When the admin types the user name and password and Enter
    window = log_in(qtbot, shell, ADMIN, ADMIN_PASSWORD)
    # Then the main window shows the center, the admin and the Administration page
    assert window.isVisible() and not shell.login_window.isVisible()
    assert window.center_label.text() == "Kacyiru IOSC (KGL-01)"
    assert window.user_label.text() == ADMIN_NAME
    assert window.admin_page is not None
    assert window.pages.currentWidget() is window.admin_page
    assert window.page_titles() == ["Reports", "Administration", "Data protection"]
    users = window.admin_page.users_table
    qtbot.waitUntil(lambda: users.rowCount() == 1, timeout=WAIT_MS)
    assert users.item(0, 0).text() == ADMIN
    events = window.admin_page.events_table
    qtbot.waitUntil(lambda: events.rowCount() > 0, timeout=WAIT_MS)
    assert "auth.login" in [events.item(r, 4).text() for r in range(events.rowCount())]
    # Opening the window asked for nothing the admin may not have (no refusal in the log)
    shell.runner.wait_until_idle()
    with window.session.vault.dbapi() as conn:
        refused = conn.execute(
            "SELECT action FROM audit_events WHERE outcome != 'ok'").fetchall()
    assert refused == []


def test_wrong_password_shows_the_message_and_the_window_stays(qtbot, shell):
    # When the admin mistypes the password
    with qtbot.waitSignal(shell.login_window.login_failed, timeout=WAIT_MS):
        type_login(qtbot, shell, ADMIN, "not-the-password")
    # Then the core's message is shown, the password is cleared, and nothing else opens
    window = shell.login_window
    assert window.error_label.text() == "Wrong user name or password."
    assert window.error_label.isVisible()
    assert window.isVisible() and window.password_field.text() == ""
    assert shell.main_window is None


def test_ctrl_l_locks_closes_the_vault_and_hides_everything(qtbot, shell):
    # Given the admin logged in, the page loaded
    window = log_in(qtbot, shell, ADMIN, ADMIN_PASSWORD)
    session = window.session
    qtbot.waitUntil(lambda: window.admin_page.users_table.rowCount() == 1, timeout=WAIT_MS)
    assert any(ADMIN_NAME in text for text in visible_texts())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    # When Ctrl+L is pressed
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # Then the vault is closed, the login window is back, and no name is on screen
    assert not session.vault.is_open
    assert shell.main_window is None and shell.login_window.isVisible()
    assert not any(ADMIN_NAME in text for text in visible_texts())
    # And the admin can log in again
    log_in(qtbot, shell, ADMIN, ADMIN_PASSWORD)


def test_the_idle_timer_uses_the_stored_setting_and_locks(qtbot, shell):
    window = log_in(qtbot, shell, ADMIN, ADMIN_PASSWORD)
    session = window.session
    # The default idle_lock_minutes is 5
    qtbot.waitUntil(lambda: window.idle.interval_ms == 5 * 60_000, timeout=WAIT_MS)
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        window.idle.idle.emit()
    assert not session.vault.is_open


def test_a_nurse_gets_no_administration_page(qtbot, shell, new_vault):
    # Given a nurse added by the admin
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), "Nurse-pass-2026",
                 must_change_password=False)
    # When she logs in
    window = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    # Then she sees the case pages, not the administration
    assert window.admin_page is None
    assert window.page_titles() == ["Cases", "Due today", "Shelter", "Referrals"]
    assert window.roles_label.text() == "Nurse"


def test_a_temporary_password_is_changed_before_the_main_window(qtbot, shell, new_vault):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "psy1", "Mugisha Eric", frozenset({Role.PSYCHOSOCIAL}),
                 "Temp-pass-4821")
    # When the new user logs in with the temporary password, the dialog asks for a new one
    type_login(qtbot, shell, "psy1", "Temp-pass-4821")
    qtbot.waitUntil(lambda: shell.login_window.findChild(ChangePasswordDialog) is not None,
                    timeout=WAIT_MS)
    dialog = shell.login_window.findChild(ChangePasswordDialog)
    assert shell.main_window is None
    qtbot.keyClicks(dialog.current, "Temp-pass-4821")
    qtbot.keyClicks(dialog.new, "Own-pass-7731")
    qtbot.keyClicks(dialog.confirm, "Own-pass-7731")
    with qtbot.waitSignal(shell.main_window_shown, timeout=WAIT_MS):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    # Then the main window opens, and the new password is the one that works
    shell.lock()
    qtbot.waitUntil(shell.login_window.login_field.isEnabled, timeout=WAIT_MS)
    with logged_in(new_vault.data_dir, "psy1", "Own-pass-7731") as psy:
        assert not psy.must_change_password


def test_a_second_copy_is_told_once_and_exits(qtbot, shell, new_vault, monkeypatch):
    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    # Given another copy of the app holding the vault
    # When this copy tries to log in
    with (logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD),
          qtbot.waitSignal(shell.login_window.vault_busy, timeout=WAIT_MS)):
        type_login(qtbot, shell, ADMIN, ADMIN_PASSWORD)
    # Then it says so once, and the app ends with the VaultBusy exit code
    assert shown == ["The vault is already open in another copy of Isange Desktop. "
                     "Close it there first."]
    assert exits == [7]


def test_no_vault_points_it_staff_to_isange_init(qtbot, tmp_path):
    window = NoVaultWindow(tmp_path / "empty")
    qtbot.addWidget(window)
    window.show()
    command = window.command.toPlainText()
    assert command.startswith("isange init --data-dir ")
    assert str(tmp_path / "empty") in command


def test_every_demo_account_can_log_in(tmp_path):
    # Given the demo vault
    accounts = create_demo_vault(tmp_path / "demo")
    # Then there is one account per role, each opening the vault with its printed password
    assert {role for a in accounts for role in a.roles} == set(Role)
    assert len({a.login for a in accounts}) == len(accounts)
    for account in accounts:
        with logged_in(tmp_path / "demo", account.login, account.password) as session:
            assert session.roles == frozenset(account.roles)
            assert not session.must_change_password
