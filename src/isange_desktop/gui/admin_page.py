"""The Administration page: staff accounts (add, deactivate), the center's settings, the
newest audit events, verifying the log. Each button shows only for a role the policy allows;
the services check again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.audit.verify import VerifyReport
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.add_user_dialog import AddUserDialog
from isange_desktop.gui.backup_box import BackupBox
from isange_desktop.gui.centers_dialog import CentersDialog
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.role_names import role_names
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.settings_dialog import SettingsDialog
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services import audit_log, users
from isange_desktop.services.audit_log import EventView
from isange_desktop.services.session import UserSession
from isange_desktop.services.users import UserInfo

EVENTS_SHOWN = 50


def may_administer(session: UserSession) -> bool:
    return any(granting_role(session.roles, a) is not None
               for a in (Action.USER_LIST, Action.AUDIT_READ))


class AdminPage(Retranslating, QWidget):
    """Emits ``loaded`` each time the lists it may show have arrived, and
    ``idle_lock_changed(minutes)`` when a new idle-lock delay has been stored."""

    loaded = Signal()
    idle_lock_changed = Signal(int)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._waiting = 0
        self._discarded = False
        can_list = granting_role(session.roles, Action.USER_LIST) is not None
        can_read = granting_role(session.roles, Action.AUDIT_READ) is not None
        can_verify = granting_role(session.roles, Action.AUDIT_VERIFY) is not None
        can_manage = granting_role(session.roles, Action.USER_MANAGE) is not None
        can_configure = granting_role(session.roles, Action.SETTINGS_CHANGE) is not None

        self._accounts: list[UserInfo] | None = None
        self._report: VerifyReport | None = None
        self._users_group: QGroupBox | None = None
        self._audit_group: QGroupBox | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self._refresh_clicked)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.error_label, 1)
        top.addStretch(0)
        self.centers_button: QPushButton | None = None
        if granting_role(session.roles, Action.CENTER_PIN) is not None:
            # The admin's way to the partner centers (the Referrals page is for case staff).
            self.centers_button = QPushButton()
            self.centers_button.clicked.connect(self.open_centers)
            top.addWidget(self.centers_button)
        self.settings_button: QPushButton | None = None
        if can_configure:
            self.settings_button = QPushButton()
            self.settings_button.clicked.connect(self.open_settings)
            top.addWidget(self.settings_button)
        top.addWidget(self.refresh_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.users_table: QTableWidget | None = None
        self.add_user_button: QPushButton | None = None
        self.deactivate_button: QPushButton | None = None
        if can_list:
            splitter.addWidget(self._users_box(can_manage))
        self.events_table: QTableWidget | None = None
        self.verify_button: QPushButton | None = None
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        if can_read or can_verify:
            splitter.addWidget(self._audit_box(can_read, can_verify))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(splitter.count() - 1, 3)

        self.backup_box: BackupBox | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if granting_role(session.roles, Action.BACKUP) is not None:
            self.backup_box = BackupBox(session, runner, self)
            self.backup_box.written.connect(self._backup_written)
            layout.addWidget(self.backup_box)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.verify_result.setAccessibleName(self.tr("Audit log verification result"))
        if self.users_table is not None and self._users_group is not None:
            self.users_table.setHorizontalHeaderLabels([
                self.tr("User name"), self.tr("Full name"), self.tr("Roles"),
                self.tr("Status"), self.tr("Last login")])
            self.users_table.setAccessibleName(self.tr("Staff accounts"))
            self._users_group.setTitle(self.tr("Staff accounts"))
        if self.add_user_button is not None and self.deactivate_button is not None:
            self.add_user_button.setText(self.tr("&Add user..."))
            self.deactivate_button.setText(self.tr("&Deactivate"))
            self.deactivate_button.setToolTip(
                self.tr("Deactivate the selected account: it can no longer log in, and its "
                        "name stays in the records."))
        if self.settings_button is not None:
            self.settings_button.setText(self.tr("&Settings..."))
        if self.centers_button is not None:
            self.centers_button.setText(self.tr("&Partner centers..."))
        if self._audit_group is not None:
            self._audit_group.setTitle(self.tr("Audit log"))
        if self.verify_button is not None:
            self.verify_button.setText(self.tr("&Verify audit log"))
            self.verify_button.setAccessibleName(self.tr("Verify audit log"))
        if self.events_table is not None:
            self.events_table.setHorizontalHeaderLabels([
                self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Role"),
                self.tr("Action"), self.tr("Object"), self.tr("Outcome")])
            self.events_table.setAccessibleName(self.tr("Newest audit events"))
        if self._accounts is not None:
            self._show_users(self._accounts, count=False)
        if self._report is not None:
            self._show_report(self._report)

    def _users_box(self, can_manage: bool) -> QGroupBox:
        table = self.users_table = make_table([""] * 5, "", stretch=4)
        # Deactivate acts on one account at a time.
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        box = self._users_group = QGroupBox()
        box_layout = QVBoxLayout(box)
        if can_manage:
            self.add_user_button = QPushButton()
            self.add_user_button.clicked.connect(self.open_add_user)
            self.deactivate_button = QPushButton()
            self.deactivate_button.setEnabled(False)
            self.deactivate_button.clicked.connect(self.deactivate_selected)
            table.itemSelectionChanged.connect(self._selection_changed)
            row = QHBoxLayout()
            row.addWidget(self.add_user_button)
            row.addWidget(self.deactivate_button)
            row.addStretch(1)
            box_layout.addLayout(row)
        box_layout.addWidget(table)
        return box

    def _audit_box(self, can_read: bool, can_verify: bool) -> QGroupBox:
        box = self._audit_group = QGroupBox()
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.verify_result, 1)
        if can_verify:
            self.verify_button = QPushButton()
            self.verify_button.clicked.connect(self.verify)
            row.addWidget(self.verify_button)
        box_layout.addLayout(row)
        if can_read:
            self.events_table = make_table([""] * 7, "", stretch=6)
            box_layout.addWidget(self.events_table)
        return box

    # -- loading ------------------------------------------------------------------------------

    def _refresh_clicked(self) -> None:
        self.refresh()

    def refresh(self, *, events_only: bool = False) -> None:
        session = self._session
        self.error_label.hide()
        self.refresh_button.setEnabled(False)
        if self.users_table is not None and not events_only:
            self._waiting += 1
            self._runner.run(lambda: users.list_users(session),
                             on_finished=self._show_users, on_failed=self._failed)
        if self.events_table is not None:
            self._waiting += 1
            self._runner.run(lambda: audit_log.recent_events(session, EVENTS_SHOWN),
                             on_finished=self._show_events, on_failed=self._failed)
        if self._waiting == 0:
            self._arrived()

    def _show_users(self, accounts: list[UserInfo], *, count: bool = True) -> None:
        if self._discarded or self.users_table is None:
            return
        self._accounts = accounts
        rows = []
        for u in accounts:
            status = self.tr("Active") if u.active else self.tr("Deactivated")
            if u.active and u.must_change_password:
                status = self.tr("Active, must change password")
            rows.append((u.login, u.display_name, role_names(u.roles), status,
                         format_when(u.last_login_at)))
        fill_table(self.users_table, rows)
        self._selection_changed()
        if count:
            self._arrived()

    def _show_events(self, events: list[EventView]) -> None:
        if self._discarded or self.events_table is None:
            return
        rows = []
        for e in events:
            obj = f"{e.object_type}:{e.object_id}" if e.object_id else (e.object_type or "-")
            rows.append((str(e.seq), format_when(e.ts), e.actor, e.role, e.action, obj,
                         e.outcome))
        fill_table(self.events_table, rows)
        self._arrived()

    def _failed(self, exc: Exception) -> None:
        if self._discarded:
            return
        self.error_label.setText(error_message(exc))
        self.error_label.show()
        self._arrived()

    def _arrived(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if self._waiting == 0 and not self._discarded:
            self.refresh_button.setEnabled(True)
            self.loaded.emit()

    # -- managing accounts and settings -------------------------------------------------------

    def open_add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._session, self._runner, self)
        dialog.added.connect(self._account_changed)
        self._show_dialog(dialog)
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._session, self._runner, self)
        dialog.idle_lock_saved.connect(self.idle_lock_changed)
        dialog.idle_lock_saved.connect(self._setting_changed)
        self._show_dialog(dialog)
        return dialog

    def open_centers(self) -> CentersDialog:
        dialog = CentersDialog(self._session, self._runner, self)
        self._show_dialog(dialog)
        return dialog

    @staticmethod
    def _show_dialog(dialog: QDialog) -> None:
        # open(), not exec(): no nested event loop, so a lock can still close everything.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def selected_account(self) -> UserInfo | None:
        if self.users_table is None or self._accounts is None:
            return None
        rows = self.users_table.selectionModel().selectedRows()
        if len(rows) != 1 or rows[0].row() >= len(self._accounts):
            return None
        return self._accounts[rows[0].row()]

    def _selection_changed(self) -> None:
        if self.deactivate_button is None:
            return
        account = self.selected_account()
        # The service refuses these too; a disabled button says so before anyone tries.
        self.deactivate_button.setEnabled(
            account is not None and account.active and account.login != self._session.login)

    def deactivate_selected(self) -> None:
        account = self.selected_account()
        if account is None or self.deactivate_button is None:
            return
        question = (self.tr("Deactivate the account of %1 (%2)? They will no longer be able "
                            "to log in. The account stays in the records.")
                    .replace("%1", account.display_name).replace("%2", account.login))
        answer = QMessageBox.question(
            self, self.tr("Deactivate account"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, login = self._session, account.login
        self.deactivate_button.setEnabled(False)
        self._runner.run(lambda: users.deactivate_user(session, login),
                         on_finished=self._account_changed,
                         on_failed=self._deactivate_failed, owner=self)

    def _account_changed(self, _result: object) -> None:
        if not self._discarded:
            self.refresh()

    def _deactivate_failed(self, exc: Exception) -> None:
        if self._discarded:
            return
        self.error_label.setText(error_message(exc))
        self.error_label.show()
        self._selection_changed()

    def _setting_changed(self, _minutes: int) -> None:
        if not self._discarded:
            self.refresh(events_only=True)  # the change is now the newest audit event

    def _backup_written(self) -> None:
        if not self._discarded:
            self.refresh(events_only=True)  # the backup's event is now the newest

    # -- verifying ----------------------------------------------------------------------------

    def verify(self) -> None:
        if self.verify_button is None:
            return
        session = self._session
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Verifying the audit log..."))
        self._runner.run(lambda: audit_log.verify_log(session),
                         on_finished=self._verified, on_failed=self._verify_failed)

    def _verified(self, report: VerifyReport) -> None:
        if self._discarded or self.verify_button is None:
            return
        self.verify_button.setEnabled(True)
        self._show_report(report)
        self.refresh(events_only=True)  # the check itself is now the newest event

    def _show_report(self, report: VerifyReport) -> None:
        self._report = report
        if report.ok:
            text = translate("audit.ok", events=report.events, checkpoints=report.checkpoints)
            self.verify_result.setStyleSheet("color: #1b5e20; font-weight: 600;")
        else:
            text = translate(report.problem or "audit.event_altered", seq=report.broken_at)
            self.verify_result.setStyleSheet("color: #b00020; font-weight: 600;")
        self.verify_result.setText(text)

    def _verify_failed(self, exc: Exception) -> None:
        if self._discarded or self.verify_button is None:
            return
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet("color: #b00020; font-weight: 600;")
        self.verify_result.setText(error_message(exc))

    # -- locking ------------------------------------------------------------------------------

    def discard(self) -> None:
        """Forget everything shown; results still on their way are dropped."""
        self._discarded = True
        self._accounts, self._report = None, None
        if self.backup_box is not None:
            self.backup_box.discard()
        for table in (self.users_table, self.events_table):
            if table is not None:
                clear_table(table)
        self.verify_result.clear()
        self.error_label.clear()
