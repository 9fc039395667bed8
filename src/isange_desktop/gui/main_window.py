"""The main window after login: header, the pages the user's roles allow, locking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.settings import IDLE_LOCK_MINUTES
from isange_desktop.gui.admin_page import AdminPage, may_administer
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.idle_watch import IdleWatch
from isange_desktop.gui.role_names import role_names
from isange_desktop.gui.runner import Runner
from isange_desktop.services.center import current_center
from isange_desktop.services.session import UserSession
from isange_desktop.services.settings import get_setting
from isange_desktop.store.vault import CenterInfo


class WelcomePage(QWidget):
    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome, {name}").replace("{name}", display_name))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Case work (registering a survivor, the medical, psychosocial and legal "
            "follow-up, referrals and reports) arrives in the next release of Isange Desktop."
            "\n\nFor now you can check that your account opens the vault. When you step away "
            "from the computer, lock it with the Lock button or Ctrl+L; it also locks by "
            "itself after a few minutes without use."))
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 11pt;")
        text.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` (Lock button, Ctrl+L or the idle timer); the app shell then
    logs out and calls ``discard``. ``ready`` fires once the header and first page are filled."""

    lock_requested = Signal()
    ready = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self._runner = runner
        self._waiting = 1  # the center name
        self.setWindowTitle(self.tr("Isange Desktop"))

        self.center_label = QLabel()
        self.center_label.setObjectName("centerName")
        self.user_label = QLabel(session.display_name)
        self.user_label.setObjectName("userName")
        self.roles_label = QLabel(role_names(session.roles))
        self.roles_label.setObjectName("userRoles")
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.addAction(self.lock_action)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.clicked.connect(self.lock_action.trigger)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(WelcomePage(session.display_name), self.tr("Home"))
        self.admin_page: AdminPage | None = None
        if may_administer(session):
            self.admin_page = AdminPage(session, runner)
            self.admin_page.loaded.connect(self._part_arrived)
            self.tabs.addTab(self.admin_page, self.tr("Administration"))
            self.tabs.setCurrentWidget(self.admin_page)
            self._waiting += 1

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        body = QVBoxLayout()
        body.setContentsMargins(12, 8, 12, 12)
        body.addWidget(self.tabs)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock_requested)
        self._load()

    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        header.setStyleSheet(
            "#header { background: #17324d; }"
            "#header QLabel { color: white; }"
            "#centerName { font-size: 15pt; font-weight: 600; }"
            "#userName { font-size: 11pt; font-weight: 600; }")
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.user_label, 0, Qt.AlignmentFlag.AlignRight)
        who.addWidget(self.roles_label, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.center_label, 1)
        row.addLayout(who)
        row.addSpacing(16)
        row.addWidget(self.lock_button)
        return header

    def _load(self) -> None:
        session = self.session
        self._runner.run(lambda: current_center(session),
                         on_finished=self._show_center, on_failed=self._show_center_error)
        self._runner.run(lambda: get_setting(session, IDLE_LOCK_MINUTES.key),
                         on_finished=self.idle.start, on_failed=self._idle_default)
        if self.admin_page is not None:
            self.admin_page.refresh()

    def _show_center(self, center: CenterInfo) -> None:
        self.center_label.setText(f"{center.name} ({center.code})")
        self._part_arrived()

    def _show_center_error(self, exc: Exception) -> None:
        self.center_label.setText(error_message(exc))
        self._part_arrived()

    def _idle_default(self, _exc: Exception) -> None:
        # A lock that never comes would be worse than one at the default delay.
        self.idle.start(IDLE_LOCK_MINUTES.default)

    def _part_arrived(self) -> None:
        if self._waiting > 0:
            self._waiting -= 1
            if self._waiting == 0:
                self.ready.emit()

    def discard(self) -> None:
        """Wipe what the window shows and destroy it (the vault is being locked)."""
        self.idle.stop()
        if self.admin_page is not None:
            self.admin_page.discard()
        for label in (self.center_label, self.user_label, self.roles_label):
            label.clear()
        self.tabs.clear()
        self.hide()
        self.deleteLater()
