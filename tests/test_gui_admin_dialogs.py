"""Adding and deactivating staff accounts and changing the idle lock, from the Administration
page, driven with the keyboard on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from isange_desktop.domain.roles import Role
from isange_desktop.domain.settings import IDLE_LOCK_MINUTES, RETENTION_YEARS
from isange_desktop.gui.add_user_dialog import AddUserDialog
from isange_desktop.gui.admin_page import AdminPage
from isange_desktop.gui.languages import apply_language
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.settings_dialog import SettingsDialog
from isange_desktop.gui.shell import AppShell
from isange_desktop.services.settings import get_setting
from isange_desktop.services.users import UserInfo, add_user, list_users

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

WAIT_MS = 30_000
PASSWORD = "Temp-pass-4821"  # a temporary password the policy accepts
SCREENSHOTS = Path("/tmp")


@pytest.fixture
def shell(qtbot, new_vault) -> Iterator[AppShell]:
    shell = AppShell(new_vault.data_dir)
    shell.show()
    yield shell
    shell.shutdown()
    shell.dispose()


def log_in(qtbot, shell: AppShell, login_name: str, password: str) -> MainWindow:
    window = shell.login_window
    qtbot.waitUntil(window.login_field.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(shell.main_window_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClicks(window.login_field, login_name)
        qtbot.keyClick(window.login_field, Qt.Key.Key_Return)
        qtbot.keyClicks(window.password_field, password)
        qtbot.keyClick(window.password_field, Qt.Key.Key_Return)
    main: MainWindow = shown.args[0]
    qtbot.waitUntil(lambda: main.center_label.text() != "", timeout=WAIT_MS)
    return main


def admin_page(qtbot, shell: AppShell) -> AdminPage:
    page = log_in(qtbot, shell, ADMIN, ADMIN_PASSWORD).admin_page
    assert page is not None and page.users_table is not None
    # Both lists in (the Refresh button comes back then): a test waiting for ``loaded``
    # after its own action must not catch the first load's instead.
    qtbot.waitUntil(lambda: page.users_table.rowCount() >= 1
                    and page.refresh_button.isEnabled(), timeout=WAIT_MS)
    return page


def logins_shown(page: AdminPage) -> list[str]:
    table = page.users_table
    assert table is not None
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def open_add_user(qtbot, page: AdminPage) -> AddUserDialog:
    assert page.add_user_button is not None and page.add_user_button.isVisible()
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AddUserDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def watch_passwords(dialog: AddUserDialog) -> list[tuple[str, str]]:
    """What the password fields hold as the dialog finishes (it is deleted right after)."""
    seen: list[tuple[str, str]] = []
    dialog.finished.connect(
        lambda _result: seen.append((dialog.password.text(), dialog.confirm.text())))
    return seen


def fill_add_user(qtbot, dialog: AddUserDialog, password: str, again: str) -> None:
    """Type as a person would, with Space on the role check boxes."""
    qtbot.keyClicks(dialog.login, "eric.m")
    qtbot.keyClicks(dialog.display_name, "Mugisha Eric")
    qtbot.keyClick(dialog.role_boxes[Role.PSYCHOSOCIAL], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.role_boxes[Role.MANAGER], Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.confirm, again)


def account(session_dir: Path, login_name: str) -> UserInfo:
    with logged_in(session_dir, ADMIN, ADMIN_PASSWORD) as admin:
        return next(u for u in list_users(admin) if u.login == login_name)


def test_an_account_added_with_two_roles_appears_in_the_list(qtbot, shell, new_vault):
    # Given the admin on the Administration page, the Add user dialog open
    page = admin_page(qtbot, shell)
    dialog = open_add_user(qtbot, page)
    passwords_at_close = watch_passwords(dialog)
    # When a user name, a full name, two roles and the password twice are typed, and Enter
    fill_add_user(qtbot, dialog, PASSWORD, PASSWORD)
    dialog.grab().save(str(SCREENSHOTS / "add_user_dialog.png"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    # Then the dialog is gone with its passwords, and the list shows the new account
    assert passwords_at_close == [("", "")]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    assert logins_shown(page) == [ADMIN, "eric.m"]
    assert page.users_table.item(1, 2).text() == "Manager, Psychosocial officer"
    page.window().grab().save(str(SCREENSHOTS / "admin_page.png"))
    # And the vault holds it, with a temporary password to change at first login
    shell.runner.wait_until_idle()
    shell.lock()
    qtbot.waitUntil(shell.login_window.login_field.isEnabled, timeout=WAIT_MS)
    added = account(new_vault.data_dir, "eric.m")
    assert added.display_name == "Mugisha Eric"
    assert set(added.roles) == {Role.PSYCHOSOCIAL, Role.MANAGER}
    assert added.active and added.must_change_password


def test_two_different_passwords_are_refused_in_the_dialog(qtbot, shell, new_vault):
    page = admin_page(qtbot, shell)
    dialog = open_add_user(qtbot, page)
    passwords_at_close = watch_passwords(dialog)
    # When the second password differs from the first
    fill_add_user(qtbot, dialog, PASSWORD, "Temp-pass-4822")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    # Then the dialog stays, says why, keeps what can be seen and asks for the passwords again
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text() == "The two passwords differ."
    assert dialog.login.text() == "eric.m" and dialog.display_name.text() == "Mugisha Eric"
    assert dialog.role_boxes[Role.MANAGER].isChecked()
    assert dialog.password.text() == dialog.confirm.text() == ""
    dialog.grab().save(str(SCREENSHOTS / "add_user_dialog_error.png"))
    # And a refusal of the core (too short a password) is shown the same way
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() != "The two passwords differ.",
                    timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.login.text() == "eric.m"
    # And Escape closes it, wiping the passwords; nothing was written
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert passwords_at_close == [("", "")]
    shell.runner.wait_until_idle()
    shell.lock()
    qtbot.waitUntil(shell.login_window.login_field.isEnabled, timeout=WAIT_MS)
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert [u.login for u in list_users(admin)] == [ADMIN]


def test_deactivating_the_selected_account_after_confirming(qtbot, shell, new_vault,
                                                            monkeypatch):
    # Given a nurse's account, and the admin on the Administration page
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), PASSWORD)
    page = admin_page(qtbot, shell)
    qtbot.waitUntil(lambda: logins_shown(page) == [ADMIN, "nurse1"], timeout=WAIT_MS)
    table, button = page.users_table, page.deactivate_button
    assert button is not None and button.isVisible()
    # The admin's own account cannot be deactivated
    table.selectRow(0)
    assert not button.isEnabled()
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    # When the nurse's row is selected, Deactivate pressed and the question answered Yes
    table.selectionModel().select(table.model().index(1, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    assert button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Then the question named the person, and the list shows the account deactivated
    assert asked and "Uwase Aline (nurse1)" in asked[0]
    assert table.item(1, 3).text() == "Deactivated"
    shell.runner.wait_until_idle()
    shell.lock()
    qtbot.waitUntil(shell.login_window.login_field.isEnabled, timeout=WAIT_MS)
    assert not account(new_vault.data_dir, "nurse1").active


def test_the_settings_dialog_stores_the_idle_lock_minutes(qtbot, shell, new_vault):
    page = admin_page(qtbot, shell)
    assert page.settings_button is not None and page.settings_button.isVisible()
    changed: list[int] = []
    page.idle_lock_changed.connect(changed.append)
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SettingsDialog)
    assert dialog is not None
    spin = dialog.idle_lock_minutes
    # The range is the domain's, and the stored value (the default) is read in
    assert (spin.minimum(), spin.maximum()) == (IDLE_LOCK_MINUTES.minimum,
                                                IDLE_LOCK_MINUTES.maximum)
    qtbot.waitUntil(spin.isEnabled, timeout=WAIT_MS)
    assert spin.value() == IDLE_LOCK_MINUTES.default
    years = dialog.retention_years
    assert (years.minimum(), years.maximum(), years.value()) == (
        RETENTION_YEARS.minimum, RETENTION_YEARS.maximum, RETENTION_YEARS.default)
    dialog.grab().save(str(SCREENSHOTS / "settings_dialog.png"))
    # When the retention period becomes 15 years, and 10 minutes is typed over the delay, Enter
    qtbot.keyClick(years, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(years, "15")
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "10")
    with qtbot.waitSignal(dialog.idle_lock_saved, timeout=WAIT_MS):
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    # Then the dialog closes, the page says so, and the vault holds 10
    assert changed == [10]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    shell.runner.wait_until_idle()
    shell.lock()
    qtbot.waitUntil(shell.login_window.login_field.isEnabled, timeout=WAIT_MS)
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert get_setting(admin, IDLE_LOCK_MINUTES.key) == 10
        assert get_setting(admin, RETENTION_YEARS.key) == 15


def test_only_the_admin_gets_the_account_and_settings_buttons(qtbot, shell, new_vault):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), PASSWORD,
                 must_change_password=False)
        add_user(admin, "boss1", "Habimana Jean", frozenset({Role.MANAGER}), PASSWORD,
                 must_change_password=False)
    # A nurse has no Administration page at all, so none of its buttons
    nurse = log_in(qtbot, shell, "nurse1", PASSWORD)
    assert nurse.admin_page is None
    assert not [w for w in QApplication.allWidgets()
                if isinstance(w, AdminPage) and w.isVisible()]
    shell.lock()
    # A manager reads the accounts and the log but may change neither accounts nor settings
    manager = log_in(qtbot, shell, "boss1", PASSWORD)
    page = manager.admin_page
    assert page is not None and page.users_table is not None
    assert page.add_user_button is None and page.deactivate_button is None
    assert page.settings_button is None
    assert page.backup_box is not None  # backups are the manager's duty too
    assert page.centers_button is not None


def test_the_admin_reaches_the_partner_centers(qtbot, shell):
    page = admin_page(qtbot, shell)
    assert page.centers_button is not None
    dialog = page.open_centers()
    qtbot.waitUntil(lambda: dialog.own_fingerprint.text() != "", timeout=WAIT_MS)
    assert dialog.add_button.isVisible()
    dialog.close()


def test_a_backup_from_the_administration_page(qtbot, shell, tmp_path):
    page = admin_page(qtbot, shell)
    box = page.backup_box
    assert box is not None and box.backup_button.isVisible()
    target = tmp_path / "usb" / "isange-20261123-1000.isange-backup"
    target.parent.mkdir()
    # When a backup is written to the USB stick
    with qtbot.waitSignal(box.written, timeout=WAIT_MS):
        box.back_up_to(target)
    # Then the file is there, the page says it was verified, and the log shows it
    assert target.stat().st_size > 0
    assert str(target) in box.result.text() and box.backup_button.isEnabled()
    events = page.events_table
    assert events is not None
    qtbot.waitUntil(lambda: any(
        (item := events.item(r, 4)) is not None and item.text() == "vault.backup"
        for r in range(events.rowCount())), timeout=WAIT_MS)
    # A second backup never overwrites the first: one clear message, the file as it was
    before = target.read_bytes()
    box.back_up_to(target)
    qtbot.waitUntil(box.backup_button.isEnabled, timeout=WAIT_MS)
    assert "already exists" in box.result.text()
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no leftovers


def test_the_add_user_dialog_follows_a_language_change(qtbot):
    runner = Runner()
    dialog = AddUserDialog(SimpleNamespace(), runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    ok = dialog.add_button
    app = QApplication.instance()
    try:
        # When the app switches to French
        apply_language(app, "fr")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QCoreApplication.processEvents()
        # Then the texts of the .ui, the role names and the button set from Python follow
        assert dialog.windowTitle() == "Ajouter un utilisateur"
        assert dialog.findChild(QLabel, "password_label").text() == "Mot de passe &temporaire :"
        assert dialog.role_boxes[Role.ADMIN].text() != "Administrator"
        assert ok.text() == "Ajouter l'utilisateur"
    finally:
        apply_language(app, "en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QCoreApplication.processEvents()
    assert ok.text() == "Add user" and dialog.role_boxes[Role.ADMIN].text() == "Administrator"
