"""The center's stored settings (the idle-lock delay and how long closed cases are kept), from
the Administration page.

Layout and fixed texts: ui/settings_dialog.ui. The accepted range is the one domain/settings.py
declares; services.settings.set_setting checks it again and decides who may change it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from isange_desktop.domain.settings import IDLE_LOCK_MINUTES, RETENTION_YEARS
from isange_desktop.gui.designer_forms import UiFileError, child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.services.session import UserSession
from isange_desktop.services.settings import get_setting, set_setting


class SettingsDialog(Retranslating, QDialog):
    """Reads the stored value when it opens; emits ``idle_lock_saved(minutes)`` and is
    accepted once the new value is stored."""

    idle_lock_saved = Signal(int)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._saving = False

        # Layout and fixed texts: ui/settings_dialog.ui (they re-translate themselves).
        load_ui("settings_dialog", self)
        self.idle_lock_minutes = child(self, QSpinBox, "idle_lock_minutes")
        self.idle_lock_range = child(self, QLabel, "idle_lock_range")
        self.retention_years = child(self, QSpinBox, "retention_years")
        self.retention_range = child(self, QLabel, "retention_range")
        self.error = child(self, QLabel, "error")
        self.progress = child(self, QProgressBar, "progress")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        # The range comes from the domain, not the .ui, so the two cannot disagree.
        self.idle_lock_minutes.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle_lock_minutes.setValue(IDLE_LOCK_MINUTES.default)
        self.retention_years.setRange(RETENTION_YEARS.minimum, RETENTION_YEARS.maximum)
        self.retention_years.setValue(RETENTION_YEARS.default)
        self._stored: tuple[int, int] | None = None  # (minutes, years) as read

        self.error.hide()
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        locale = QLocale()
        self.idle_lock_range.setText(
            self.tr("From %1 to %2 minutes.")
            .replace("%1", locale.toString(IDLE_LOCK_MINUTES.minimum))
            .replace("%2", locale.toString(IDLE_LOCK_MINUTES.maximum)))
        self.retention_range.setText(
            self.tr("From %1 to %2 years. After this, the manager archives a closed case and "
                    "removes it from this laptop (Data protection).")
            .replace("%1", locale.toString(RETENTION_YEARS.minimum))
            .replace("%2", locale.toString(RETENTION_YEARS.maximum)))

    def _save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is None:
            raise UiFileError("ui/settings_dialog.ui: 'buttons' has no Save")
        return button

    def _load(self) -> None:
        session = self._session
        self._set_busy(True)
        self._runner.run(lambda: (get_setting(session, IDLE_LOCK_MINUTES.key),
                                  get_setting(session, RETENTION_YEARS.key)),
                         on_finished=self._loaded, on_failed=self._failed, owner=self)

    def _loaded(self, stored: tuple[int, int]) -> None:
        self._stored = stored
        self.idle_lock_minutes.setValue(stored[0])
        self.retention_years.setValue(stored[1])
        self._set_busy(False)
        self.idle_lock_minutes.setFocus()
        self.idle_lock_minutes.selectAll()

    def _submit(self) -> None:
        # A number typed but not yet confirmed with Enter or Tab counts too.
        self.idle_lock_minutes.interpretText()
        self.retention_years.interpretText()
        minutes, years = self.idle_lock_minutes.value(), self.retention_years.value()
        session, stored = self._session, self._stored

        def save() -> None:
            # Only what changed: each change is a revision and an audit event of its own.
            if stored is None or stored[0] != minutes:
                set_setting(session, IDLE_LOCK_MINUTES.key, minutes)
            if stored is None or stored[1] != years:
                set_setting(session, RETENTION_YEARS.key, years)

        self._saving = True
        self._set_busy(True)
        self._runner.run(save, on_finished=lambda _none: self._saved(minutes),
                         on_failed=self._failed, owner=self)

    def _saved(self, minutes: int) -> None:
        self._saving = False
        self._set_busy(False)
        self.idle_lock_saved.emit(minutes)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self._set_busy(False)
        self.error.setText(error_message(exc))
        self.error.show()
        self.adjustSize()  # room for the message without squeezing the form

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.idle_lock_minutes.setEnabled(not busy)
        self.retention_years.setEnabled(not busy)
        self._save_button().setEnabled(not busy)
        # Cancel stays usable while the value is only being read.
        self.buttons.setEnabled(not (busy and self._saving))

    def reject(self) -> None:
        if self._saving:
            return  # the value is being stored; closing now would hide the outcome
        super().reject()
