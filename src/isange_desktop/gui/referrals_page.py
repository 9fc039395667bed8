"""Referrals: what this center sent (awaiting receipt, received, expired) and what it
imported, with the doors to import a bundle or a receipt and to the partner centers.

Only case numbers, centers and dates are listed, never a name (services/referral_lists.py).
The page is for case staff (who may list referrals); the import buttons are absent for the
investigator, who may list but not import.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.errors import AlreadyImported, IsangeError
from isange_desktop.gui.centers_dialog import CentersDialog
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_import_dialog import ReferralImportDialog
from isange_desktop.gui.referral_words import center_label, close_dialog, pick_path
from isange_desktop.gui.referral_words import state_name as referral_state
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.referral_lists import InboxRow, OutboxRow, list_inbox, list_outbox
from isange_desktop.services.referral_receipts import RecordedReceipt, import_receipt
from isange_desktop.services.session import UserSession
from isange_desktop.store.bounded_file import read_bounded
from isange_desktop.transfer.bundle_file import FILE_SUFFIX
from isange_desktop.transfer.bundle_limits import MAX_BUNDLE_BYTES

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_OK_STYLE = "color: #1b5e20;"

Boxes = tuple[list[OutboxRow], list[InboxRow]]


def _may(session: UserSession, action: Action) -> bool:
    return granting_role(session.roles, action) is not None


def may_see_referrals(session: UserSession) -> bool:
    return _may(session, Action.REFERRAL_LIST)


def _boxes(session: UserSession) -> Boxes:
    return list_outbox(session), list_inbox(session)


def _record_receipt(session: UserSession, path: Path) -> RecordedReceipt:
    return import_receipt(session, read_bounded(path, MAX_BUNDLE_BYTES, "referral.file_unreadable"))


class ReferralsPage(Retranslating, QWidget):
    """``open_requested(number)`` to open a case; ``loaded`` after each refresh;
    ``receipt_done`` once a receipt was recorded or refused; ``import_dialog_shown(dialog)``
    and ``centers_dialog_shown(dialog)`` when those dialogs open."""

    open_requested = Signal(str)
    loaded = Signal()
    receipt_done = Signal()
    import_dialog_shown = Signal(object)
    centers_dialog_shown = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._outbox: list[OutboxRow] = []
        self._inbox: list[InboxRow] = []
        self.import_dialog: ReferralImportDialog | None = None
        self.centers_dialog: CentersDialog | None = None
        self._file_dialog: QFileDialog | None = None
        can_import = _may(session, Action.REFERRAL_IMPORT)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_bundle)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.centers_button = QPushButton()
        self.centers_button.clicked.connect(self.open_centers)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.import_button, self.receipt_button):
            button.setVisible(can_import)  # absent, not disabled, for the investigator
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.receipt_button)
        top.addWidget(self.centers_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        self.outbox_box = QGroupBox()
        self.inbox_box = QGroupBox()
        self.outbox = make_table([""] * 6, "", stretch=3)
        self.inbox = make_table([""] * 5, "", stretch=0)
        for box, table in ((self.outbox_box, self.outbox), (self.inbox_box, self.inbox)):
            QVBoxLayout(box).addWidget(table)
            table.doubleClicked.connect(lambda _i, t=table: self._open_from(t))
        layout.addWidget(self.outbox_box, 3)
        layout.addWidget(self.inbox_box, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Referrals between centers"))
        self.import_button.setText(self.tr("&Import a referral..."))
        self.receipt_button.setText(self.tr("Import a &receipt..."))
        self.centers_button.setText(self.tr("&Partner centers..."))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.outbox_box.setTitle(self.tr("Referrals sent"))
        self.inbox_box.setTitle(self.tr("Referrals received"))
        self.outbox.setHorizontalHeaderLabels([
            self.tr("Case number"), self.tr("To center"), self.tr("Sent"), self.tr("State"),
            self.tr("Receipt"), self.tr("File")])
        self.inbox.setHorizontalHeaderLabels([
            self.tr("From center"), self.tr("Their case number"), self.tr("Case here"),
            self.tr("Sent"), self.tr("Imported")])
        self.outbox.setAccessibleName(self.tr("Referrals sent"))
        self.inbox.setAccessibleName(self.tr("Referrals received"))
        self._show()

    # -- the lists ----------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self._session
        self.refresh_button.setEnabled(False)
        self._runner.run(lambda: _boxes(session), on_finished=self._arrived,
                         on_failed=self._failed, owner=self)

    def _arrived(self, boxes: Boxes) -> None:
        self.refresh_button.setEnabled(True)
        self._outbox, self._inbox = boxes
        self._show()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self._say(error_message(exc), error=True)
        self.loaded.emit()

    def _show(self) -> None:
        fill_table(self.outbox, [
            (r.case_number, center_label(r.destination_code, r.destination_name),
             format_when(r.sent_at), referral_state(r.state),
             format_when(r.receipt_at) if r.receipt_at else "-", r.file_name)
            for r in self._outbox])
        fill_table(self.inbox, [
            (center_label(r.sender_code, r.sender_name), r.sender_case_number, r.case_number,
             format_when(r.sent_at), format_when(r.imported_at)) for r in self._inbox])

    def outbox_states(self) -> list[tuple[str, str]]:
        """(case number, state) of each referral sent, newest first."""
        return [(r.case_number, r.state) for r in self._outbox]

    def inbox_cases(self) -> list[tuple[str, str, str]]:
        """(sender, their case number, case here) of each referral imported."""
        return [(r.sender_code, r.sender_case_number, r.case_number) for r in self._inbox]

    def _open_from(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if table is self.outbox and 0 <= row < len(self._outbox):
            self.open_requested.emit(self._outbox[row].case_number)
        elif table is self.inbox and 0 <= row < len(self._inbox):
            self.open_requested.emit(self._inbox[row].case_number)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE if ok else "")
        self.message.setText(text)

    # -- importing a referral -----------------------------------------------------------------
    def _bundle_filter(self) -> str:
        return self.tr("Isange bundles (*%1);;All files (*)").replace("%1", FILE_SUFFIX)

    def choose_bundle(self) -> None:
        self._file_dialog = pick_path(self, self.tr("Import a referral"),
                                      self._bundle_filter(), self.import_bundle)

    def import_bundle(self, path: Path) -> ReferralImportDialog:
        """The preview of the bundle at ``path``, then its import (the dialog's part)."""
        self.message.clear()
        dialog = ReferralImportDialog(self._session, self._runner, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _number: self.refresh())
        dialog.open_requested.connect(self.open_requested)
        self.import_dialog = dialog
        dialog.open()
        self.import_dialog_shown.emit(dialog)
        return dialog

    # -- importing a receipt ------------------------------------------------------------------
    def choose_receipt(self) -> None:
        self._file_dialog = pick_path(self, self.tr("Import a receipt"),
                                      self._bundle_filter(), self.import_receipt_file)

    def import_receipt_file(self, path: Path) -> None:
        """Record the receipt at ``path``: its referral in the list becomes received."""
        session = self._session
        self.receipt_button.setEnabled(False)
        self._say(self.tr("Checking the receipt..."))
        self._runner.run(lambda: _record_receipt(session, path),
                         on_finished=self._receipt_recorded, on_failed=self._receipt_failed,
                         owner=self)

    def _receipt_recorded(self, done: RecordedReceipt) -> None:
        self.receipt_button.setEnabled(True)
        self._say(translate("referral.receipt_done", case=done.case_number,
                            center=done.destination_code, number=done.receiver_case_number),
                  ok=True)
        self.receipt_done.emit()
        self.refresh()

    def _receipt_failed(self, exc: Exception) -> None:
        self.receipt_button.setEnabled(True)
        code = exc.code if isinstance(exc, IsangeError) else ""
        if code == "referral.is_referral":  # the core's words name a command line
            self._say(self.tr("This file is a referral, not a receipt. Import it with "
                              "\"Import a referral...\"."), error=True)
        else:
            # A receipt recorded before is no failure: nothing changed, and it says so.
            self._say(error_message(exc), error=not isinstance(exc, AlreadyImported))
        self.receipt_done.emit()

    # -- partner centers ----------------------------------------------------------------------
    def open_centers(self) -> CentersDialog:
        dialog = CentersDialog(self._session, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)  # a removed center loses its name in the lists
        self.centers_dialog = dialog
        dialog.open()
        self.centers_dialog_shown.emit(dialog)
        return dialog

    # -- locking ------------------------------------------------------------------------------
    def discard(self) -> None:
        """Wipe the lists and close every dialog opened from here (the vault is locking)."""
        close_dialog(self._file_dialog)
        if self.import_dialog is not None and _alive(self.import_dialog):
            self.import_dialog.discard()
        if self.centers_dialog is not None and _alive(self.centers_dialog):
            self.centers_dialog.discard()
        self.import_dialog = self.centers_dialog = None
        self._outbox, self._inbox = [], []
        clear_table(self.outbox)
        clear_table(self.inbox)
        self.message.clear()


def _alive(widget: QWidget) -> bool:
    return bool(shiboken6.isValid(widget))
