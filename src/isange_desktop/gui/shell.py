"""Moves the person between the login window and the main window, and locks."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from isange_desktop.errors import VaultBusy
from isange_desktop.gui.clipboard_guard import ClipboardGuard
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.login_window import LoginWindow
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.window_size import fit_to_screen

if TYPE_CHECKING:
    from isange_desktop.gui.main_window import MainWindow
    from isange_desktop.services.drafts import FormDraft
    from isange_desktop.services.session import UserSession


class AppShell(QObject):
    """Owns the runner and the one open session. ``main_window_shown(MainWindow)`` after a
    login; ``locked`` once the session is closed and the login window is back."""

    main_window_shown = Signal(object)
    locked = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        # One for the app's life: every copy of a case value, from any window, is held 30 s.
        self.clipboard_guard = ClipboardGuard(QGuiApplication.clipboard(), parent=self)
        self.login_window = LoginWindow(data_dir, self.runner)
        fit_to_screen(self.login_window)
        self.login_window.logged_in.connect(self._enter)
        self.login_window.vault_busy.connect(self._vault_busy)
        self.main_window: MainWindow | None = None
        self._session: UserSession | None = None

    def show(self) -> None:
        self.login_window.show()
        self.login_window.login_field.setFocus()
        # While the person types, the worker loads what the login and the main window need.
        self.runner.run(_preload)

    def _enter(self, session: UserSession) -> None:
        self._session = session
        from isange_desktop.gui.main_window import MainWindow  # noqa: PLC0415

        window = MainWindow(session, self.runner)
        fit_to_screen(window)
        window.lock_requested.connect(self.lock)
        self.main_window = window
        window.show()
        window.activateWindow()
        self.login_window.hide()
        self.main_window_shown.emit(window)

    def lock(self) -> None:
        """Destroy every widget that showed vault data, close the vault (which drops the key)
        and go back to the login window."""
        # First: whoever sits down next must not find the case's value ready to paste.
        self.clipboard_guard.clear_if_ours()
        window, session = self.main_window, self._session
        self.main_window, self._session = None, None
        if window is None or session is None:
            return
        # The login window is shown before the main window goes, so the app never has no
        # visible window (which would end it).
        self.login_window.set_preparing(lambda: self.tr("Locking..."))
        self.login_window.show()
        drafts = window.drafts()
        window.discard()
        window.deleteLater()  # after the slot that asked for the lock has returned
        if drafts:
            # Kept in the vault for this user (encrypted like all else), before it closes.
            self.runner.run(lambda: _keep_drafts(session, drafts))
        self.login_window.activateWindow()
        # Queued behind any call still running for the main window, never beside it.
        self.runner.run(lambda: _logout(session),
                        on_finished=self._locked, on_failed=self._lock_failed)

    def _locked(self, _result: object) -> None:
        self.login_window.reset(lambda: self.tr("Locked. Log in to continue."))
        self.locked.emit()

    def _lock_failed(self, exc: Exception) -> None:
        # logout closes the vault even when the logout event cannot be written.
        self.login_window.reset(lambda: error_message(exc))
        self.locked.emit()

    def shutdown(self) -> None:
        """At exit: leave no vault open. The logout queues behind any work still running."""
        self.clipboard_guard.clear_if_ours()  # also on aboutToQuit; this covers other exits
        for session in (self._session, self.login_window.pending_session):
            if session is not None:
                self.runner.run(functools.partial(_logout, session))
        self._session = None
        self.runner.wait_until_idle()

    def dispose(self) -> None:
        """Destroy the windows and the worker thread now, while the QApplication still
        exists (left to Python's exit, their order is undefined and Qt can crash)."""
        self.runner.wait_until_idle()
        self.clipboard_guard.dispose()
        for window in (self.main_window, self.login_window):
            if window is not None:
                shiboken6.delete(window)
        self.main_window = None
        shiboken6.delete(self.runner)

    def _vault_busy(self, exc: VaultBusy) -> None:
        # Shown once; this copy then ends rather than keep asking.
        show_fatal(exc)
        QApplication.exit(exc.exit_code)


def show_fatal(exc: Exception, *, interactive: bool = True) -> None:
    """An error that ends the app: a message box, or one line on stderr when unattended."""
    text = error_message(exc)
    if interactive:
        QMessageBox.critical(None, QApplication.translate("AppShell", "Isange Desktop"), text)
    else:
        sys.stderr.write(f"isange-desktop: {text}\n")


def _preload() -> None:
    import isange_desktop.gui.main_window  # noqa: PLC0415
    import isange_desktop.services.session  # noqa: F401, PLC0415


def _logout(session: UserSession) -> None:
    from isange_desktop.services.session import logout  # noqa: PLC0415

    logout(session)


def _keep_drafts(session: UserSession, drafts: list[FormDraft]) -> None:
    from isange_desktop.services.drafts import keep_drafts  # noqa: PLC0415

    keep_drafts(session, drafts)
