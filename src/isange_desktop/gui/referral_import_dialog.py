"""Importing a referral bundle: every check first and a preview of what it holds, then the
import, then the receipt to save for the sender and the new case to open.

Layout and fixed texts: ui/referral_import_dialog.ui. The checks and the import are the
services' (services/referral_import.py): the dialog only shows what they say. A refusal is one
message naming the reason, in the user's language, and nothing changes but the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from isange_desktop.errors import AlreadyImported, IsangeError
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_words import (
    attachment_lines,
    center_label,
    close_dialog,
    fit_height,
    part_names,
    pick_path,
    save_file,
)
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.center_directory import lookup_center
from isange_desktop.services.referral_import import (
    ImportPreview,
    ImportResult,
    import_referral,
    preview_import,
)
from isange_desktop.services.session import UserSession
from isange_desktop.store.bounded_file import read_bounded
from isange_desktop.transfer.bundle_file import FILE_SUFFIX
from isange_desktop.transfer.bundle_limits import MAX_BUNDLE_BYTES

Checked = tuple[bytes, ImportPreview, str]


def _check(session: UserSession, path: Path) -> Checked:
    """Read the file and run every check (on the worker). The fingerprint is the one pinned
    for the sender: the key the bundle's signatures were just verified with."""
    data = read_bounded(path, MAX_BUNDLE_BYTES, "referral.file_unreadable")
    preview = preview_import(session, data)
    return data, preview, lookup_center(session, preview.sender_code).fingerprint


class ReferralImportDialog(Retranslating, QDialog):
    """``checked`` once the preview or the refusal is shown; ``imported(number)`` when the
    bundle became a case here; ``receipt_saved(path)``; ``open_requested(number)``."""

    checked = Signal()
    imported = Signal(str)
    import_failed = Signal()
    receipt_saved = Signal(str)
    open_requested = Signal(str)

    def __init__(self, session: UserSession, runner: Runner, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._path = session, runner, path
        self._data: bytes | None = None
        self._preview: ImportPreview | None = None
        self._fingerprint = ""
        self._result: ImportResult | None = None
        self._existing_case: str | None = None  # the case an earlier import of it became
        self._receipt_path: Path | None = None
        self._busy = True
        self._file_dialog: QFileDialog | None = None

        load_ui("referral_import_dialog", self)
        self.status = child(self, QLabel, "status")
        self.progress = child(self, QProgressBar, "progress")
        self.details_box = child(self, QGroupBox, "details_box")
        self.from_value = child(self, QLabel, "from_value")
        self.sender_value = child(self, QLabel, "sender_value")
        self.their_case_value = child(self, QLabel, "their_case_value")
        self.sent_value = child(self, QLabel, "sent_value")
        self.consent_value = child(self, QLabel, "consent_value")
        self.parts_value = child(self, QLabel, "parts_value")
        self.history_value = child(self, QLabel, "history_value")
        self.error = child(self, QLabel, "error")
        self.import_button = child(self, QPushButton, "import_button")
        self.save_receipt_button = child(self, QPushButton, "save_receipt_button")
        self.open_case_button = child(self, QPushButton, "open_case_button")
        self.close_button = child(self, QPushButton, "close_button")
        self.import_button.clicked.connect(self.import_bundle)
        self.save_receipt_button.clicked.connect(self.choose_receipt_path)
        self.open_case_button.clicked.connect(self._open_case)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        session = self._session
        self._runner.run(lambda: _check(session, path), on_finished=self._checked,
                         on_failed=self._check_failed, owner=self)

    def retranslate(self) -> None:
        # Only what code sets: the .ui's own texts re-translate themselves.
        self.close_button.setText(self.tr("Close") if self._result is not None
                                  or (self._preview is None and not self._busy)
                                  else self.tr("Cancel"))
        self._show()

    # -- what is shown ------------------------------------------------------------------------
    def _show(self) -> None:
        p, r = self._preview, self._result
        self.progress.setVisible(self._busy)
        self.details_box.setVisible(p is not None)
        self.import_button.setVisible(p is not None and r is None)
        self.import_button.setEnabled(not self._busy)
        self.save_receipt_button.setVisible(r is not None)
        self.save_receipt_button.setEnabled(not self._busy)
        self.open_case_button.setVisible(r is not None or self._existing_case is not None)
        self.error.setVisible(bool(self.error.text()))
        if p is not None:
            self.from_value.setText(center_label(p.sender_code, p.sender_name))
            self.sender_value.setText(self.tr(
                "Signed with the keys pinned for %1, whose fingerprint is:")
                .replace("%1", p.sender_code) + "\n" + self._fingerprint.replace("-", " "))
            self.their_case_value.setText(p.sender_case_number)
            self.sent_value.setText(self.tr("%1 (can be imported until %2)")
                                    .replace("%1", format_when(p.created_at))
                                    .replace("%2", format_when(p.expires_at)))
            self.consent_value.setText(translate(p.consent_reason))
            self.parts_value.setText(", ".join(part_names(p.forms)))
            if p.attachments:  # one per line: kind, size and part of the case, never a name
                self.parts_value.setText(self.parts_value.text() + "\n" + "\n".join(
                    attachment_lines(p.attachments)))
            self.history_value.setText(self.tr(
                "Form revisions: %1, consent records: %2, open follow-ups: %3.")
                .replace("%1", str(p.revisions)).replace("%2", str(p.consents))
                .replace("%3", str(p.follow_ups)))
        if self._busy:
            self.status.setText(self.tr("Saving the receipt...") if r is not None
                                else self.tr("Importing...") if p is not None
                                else self.tr("Checking the bundle..."))
        elif r is not None:
            self.status.setText(self._imported_text(r))
        elif p is not None:
            self.status.setText(self.tr(
                "Every check passed. Import it as a new case at this center?"))
        else:
            self.status.clear()
        fit_height(self)

    def _imported_text(self, r: ImportResult) -> str:
        done = translate("referral.imported_done", case=r.case_number, center=r.sender_code,
                         number=r.sender_case_number)
        if self._receipt_path is not None:
            return done + "\n\n" + translate("referral.receipt_written",
                                             path=str(self._receipt_path))
        return done + "\n\n" + self.tr(
            "Save the receipt and send it back to %1: until it arrives there, the referral "
            "shows as awaiting receipt.").replace("%1", r.sender_code)

    # -- checking and importing ---------------------------------------------------------------
    def _checked(self, found: Checked) -> None:
        self._data, self._preview, self._fingerprint = found
        self._busy = False
        self.retranslate()
        self.import_button.setFocus()
        self.checked.emit()

    def _check_failed(self, exc: Exception) -> None:
        self._busy = False
        self._show_error(exc)
        self.retranslate()
        self.close_button.setFocus()
        self.checked.emit()

    def _show_error(self, exc: Exception) -> None:
        code = exc.code if isinstance(exc, IsangeError) else ""
        # The core's messages for these two name a command line; here the button says it.
        if code == "referral.is_receipt":
            text = self.tr("This file is a receipt, not a referral. Record it with "
                           "\"Import a receipt...\" on the Referrals page.")
        else:
            text = error_message(exc)
        if isinstance(exc, AlreadyImported):
            case = exc.params.get("case")
            self._existing_case = str(case) if case else None
        self.error.setText(text)

    def import_bundle(self) -> None:
        if self._data is None or self._busy or self._result is not None:
            return
        session, data = self._session, self._data
        self._busy = True
        self.error.clear()
        self._show()
        self._runner.run(lambda: import_referral(session, data), on_finished=self._imported,
                         on_failed=self._import_failed, owner=self)

    def _imported(self, result: ImportResult) -> None:
        self._busy = False
        self._result = result
        self._data = None  # imported once; the same bytes again would only be refused
        self.retranslate()
        self.save_receipt_button.setFocus()
        self.imported.emit(result.case_number)

    def _import_failed(self, exc: Exception) -> None:
        self._busy = False
        self._preview = None  # nothing was imported: the preview no longer stands
        self._show_error(exc)
        self.retranslate()
        self.import_failed.emit()

    # -- the receipt and the new case ---------------------------------------------------------
    def choose_receipt_path(self) -> None:
        if self._result is None:
            return
        self._file_dialog = pick_path(
            self, self.tr("Save the receipt for %1").replace("%1", self._result.sender_code),
            self.tr("Receipts (*%1)").replace("%1", FILE_SUFFIX), self.save_receipt,
            mode="save", suggested=self._result.receipt.file_name)

    def save_receipt(self, path: Path) -> None:
        """Write the receipt (signed and encrypted for the sender) where the person chose."""
        if self._result is None:
            return
        if path.is_dir():
            path = path / self._result.receipt.file_name
        data = self._result.receipt.data
        self._busy = True
        self._show()
        self._runner.run(lambda: save_file(path, data, "referral.file_unwritable"),
                         on_finished=self._receipt_written, on_failed=self._receipt_failed,
                         owner=self)

    def _receipt_written(self, path: Path) -> None:
        self._busy = False
        self._receipt_path = path
        self.error.clear()
        self._show()
        self.receipt_saved.emit(str(path))

    def _receipt_failed(self, exc: Exception) -> None:
        self._busy = False
        self.error.setText(error_message(exc))
        self._show()

    def _open_case(self) -> None:
        number = self._result.case_number if self._result is not None else self._existing_case
        if not number or (self._result is not None and self._receipt_path is None
                          and not self._leave()):
            return
        self.open_requested.emit(number)
        self.accept()

    def reject(self) -> None:
        if self._busy and self._preview is not None:
            return  # importing: closing now would hide the outcome
        if self._result is not None and self._receipt_path is None and not self._leave():
            return
        super().reject()

    def _leave(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Receipt not saved"),
            self.tr("The receipt is not saved. Without it, %1 will see this referral as "
                    "awaiting receipt. Close anyway?").replace("%1", self._result.sender_code
                                                               if self._result else ""),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def discard(self) -> None:
        """The screen is locking: forget what was shown and close without asking."""
        close_dialog(self._file_dialog)
        self._data, self._preview, self._result = None, None, None
        for label in (self.status, self.from_value, self.sender_value, self.their_case_value,
                      self.sent_value, self.consent_value, self.parts_value,
                      self.history_value, self.error):
            label.clear()
        QDialog.reject(self)
