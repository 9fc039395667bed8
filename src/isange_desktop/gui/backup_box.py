"""The Administration page's backup: one verified backup file, written where the manager or IT
staff choose (a USB stick, most often). The file is the vault's own encrypted form, so it
can go on a removable drive; it is useful only with the recovery key. The writing and its
check run off the GUI thread through the runner; the audit event is the service's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services import vault_admin
from isange_desktop.services.session import UserSession
from isange_desktop.store.backup import BackupReport

OK_STYLE = "color: #1b5e20; font-weight: 600;"
ERROR_STYLE = "color: #b00020; font-weight: 600;"
SUFFIX = ".isange-backup"


def suggested_name(now: datetime) -> str:
    """A name that sorts by date and says nothing about any case."""
    return f"isange-{now.astimezone(CENTER_TZ):%Y%m%d-%H%M}{SUFFIX}"


class BackupBox(Retranslating, QGroupBox):
    """Emits ``written`` once a backup has been written and verified (the page then shows the
    backup's audit event)."""

    written = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._discarded = False
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.choose_file)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.result, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.hint, 1)
        layout.addLayout(row, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backup"))
        self.hint.setText(self.tr(
            "Write a verified copy of the vault to a USB stick. The copy stays encrypted: "
            "it can be restored only with the center's recovery key."))
        self.backup_button.setText(self.tr("&Back up the vault..."))
        self.backup_button.setAccessibleName(self.tr("Back up the vault"))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the vault"), suggested_name(datetime.now(CENTER_TZ)),
            self.tr("Isange backups (*%1)").replace("%1", SUFFIX))
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, path: Path) -> None:
        """Write the backup to this file (it must not exist yet: a backup never overwrites)."""
        session = self._session
        self.backup_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Writing and checking the backup..."))
        self._runner.run(lambda: vault_admin.backup(session, path),
                         on_finished=self._done, on_failed=self._failed, owner=self)

    def _done(self, report: BackupReport) -> None:
        if self._discarded:
            return
        self.backup_button.setEnabled(True)
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(translate("backup.done", path=str(report.path), size=report.size,
                                      sha256=report.sha256[:16]))
        self.written.emit()

    def _failed(self, exc: Exception) -> None:
        if self._discarded:
            return
        self.backup_button.setEnabled(True)
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(error_message(exc))

    def discard(self) -> None:
        self._discarded = True
        self.result.clear()
