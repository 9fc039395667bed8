"""Printing a case document from its workspace: preview it, print it, or save it as a PDF.

Layout and fixed texts: ui/print_dialog.ui. The service (services/case_print.py) checks the
role, renders the PDF in the language chosen here (whatever the screen's) and audits each
call with its purpose, so every click of Preview, Print or Save is one call and one event.

The decrypted document touches the disk only when the person chooses Save as PDF. The
preview reads the bytes through a QBuffer into a QPdfDocument; printing paints each page,
rendered by QtPdf, into the printer (the Qt print dialog's own "print to file" is removed:
a file is a save, with its password and its audit purpose). Both are dropped when the
dialog closes, and the workspace closes the dialog when the screen locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.languages import LANGUAGES
from isange_desktop.gui.pdf_preview import PrinterFailed, install_preview, print_pages
from isange_desktop.gui.referral_words import center_label, close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.window_size import fit_to_screen
from isange_desktop.i18n.messages import current_language, translate
from isange_desktop.services.case_print import PDF_PASSWORD, render_case_document
from isange_desktop.services.center_directory import PinnedCenter, list_centers
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import save_document

# The file name offered when saving: the kind only, never anything of the case or person.
_SUGGESTED = {"summary": "case-summary.pdf", "medico_legal": "medico-legal-report.pdf",
              "referral_slip": "referral-slip.pdf"}
_OK_STYLE = "color: #1b5e20;"


def offered_kinds(session: UserSession) -> list[str]:
    """The documents this user may ask for: the medico-legal report only for the roles the
    service lets read it (it refuses the others anyway, audited)."""
    kinds = ["summary"]
    if granting_role(session.roles, Action.VIEW_MEDICOLEGAL) is not None:
        kinds.append("medico_legal")
    kinds.append("referral_slip")
    return kinds


@dataclass(frozen=True)
class Choice:
    """What to print: plain values, for the worker."""

    kind: str
    lang: str
    destination: str | None


def save_pdf(session: UserSession, number: str, choice: Choice, password: str | None,
             path: Path, replace: bool) -> Path:
    """Render for saving and write ``path`` whole or not at all. An existing file is replaced
    only when ``replace`` (the file dialog asked the person); a file that appeared since is
    never overwritten. Runs on the worker."""
    return save_document(
        path, lambda: render_case_document(session, number, choice.kind, choice.lang,
                                           destination=choice.destination, password=password,
                                           purpose="save"), replace=replace)


class PrintDialog(Retranslating, QDialog):
    """``loaded`` once the pinned centers are listed; ``previewed(pages)`` once a preview is
    shown, ``printed(pages)`` once the pages went to the printer, ``saved(path)`` once the
    file is written; ``failed(message)`` after any failure (the one message shown)."""

    loaded = Signal()
    previewed = Signal(int)
    printed = Signal(int)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._centers: list[PinnedCenter] = []
        self._centers_known = False
        self._busy: str | None = None  # "preview", "print" or "save" while one runs
        self._closed = False
        self._sized = False
        self.file_dialog: QFileDialog | None = None
        self.printer_dialog: QPrintDialog | None = None

        # Layout and fixed texts: ui/print_dialog.ui (they re-translate themselves).
        load_ui("print_dialog", self)
        self.kind = child(self, QComboBox, "kind")
        self.center = child(self, QComboBox, "center")
        self.language = child(self, QComboBox, "language")
        self.document_layout = child(self, QFormLayout, "document_layout")
        self.preview_button = child(self, QPushButton, "preview_button")
        self.print_button = child(self, QPushButton, "print_button")
        self.save_box = child(self, QGroupBox, "save_box")
        self.password = child(self, QLineEdit, "password")
        self.confirm = child(self, QLineEdit, "confirm")
        self.save_button = child(self, QPushButton, "save_button")
        self.progress = child(self, QProgressBar, "progress")
        self.message = child(self, QLabel, "message")
        self.error = child(self, QLabel, "error")
        self.close_button = child(self, QPushButton, "close_button")
        self.preview_hint = child(self, QLabel, "preview_hint")
        self.view, self.pdf = install_preview(self)

        for kind in offered_kinds(session):
            self.kind.addItem("", kind)
        for code, name in LANGUAGES:  # each in itself: the reader's language may not be ours
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.center.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        self.error.hide()
        self.progress.hide()
        self.retranslate()
        self._choice_changed()
        self._load_centers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a document of case %1").replace("%1", self._number))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, translate(f"print.title.{self.kind.itemData(index)}"))
        self.pdf.retranslate()
        self._fill_centers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # as large as the screen allows, once: a page needs the room
            self._sized = True
            fit_to_screen(self, (1280, 860))

    # -- what to print --------------------------------------------------------------------
    def _load_centers(self) -> None:
        session = self._session
        self._runner.run(lambda: list_centers(session), on_finished=self._centers_arrived,
                         on_failed=self._centers_failed, owner=self)

    def _centers_arrived(self, centers: list[PinnedCenter]) -> None:
        self._centers, self._centers_known = centers, True
        self._fill_centers()
        self.loaded.emit()

    def _centers_failed(self, exc: Exception) -> None:
        self._centers_known = True
        self._show_error(error_message(exc))
        self.loaded.emit()

    def _fill_centers(self) -> None:
        chosen = self.center.currentData()
        blocked = self.center.blockSignals(True)  # refilling is not choosing
        self.center.clear()
        # The Referrals tab's words for the same choice.
        if self._centers_known and not self._centers:
            none = QCoreApplication.translate("ReferralTab", "No center is pinned")
        else:
            none = QCoreApplication.translate("ReferralTab", "Choose a center...")
        self.center.addItem(none, None)
        for each in self._centers:
            self.center.addItem(center_label(each.code, each.name), each.code)
        self.center.setCurrentIndex(max(0, self.center.findData(chosen)))
        self.center.blockSignals(blocked)

    def choose(self, kind: str, lang: str | None = None, center: str | None = None) -> None:
        """Choose as a person would in the combo boxes (for tests and the workspace)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if lang is not None:
            self.language.setCurrentIndex(self.language.findData(lang))
        if center is not None:
            self.center.setCurrentIndex(self.center.findData(center))

    def kinds(self) -> list[str]:
        return [str(self.kind.itemData(i)) for i in range(self.kind.count())]

    def _choice_changed(self, *_args: object) -> None:
        slip = self.kind.currentData() == "referral_slip"
        self.document_layout.setRowVisible(self.center, slip)
        # A preview of another document or language would mislead: it goes.
        self._drop_preview()
        self._clear_messages()

    def _choice(self) -> Choice | None:
        kind, lang = str(self.kind.currentData()), str(self.language.currentData())
        destination = self.center.currentData() if kind == "referral_slip" else None
        if kind == "referral_slip" and destination is None:
            self._show_error(self.tr("Choose the center the referral slip is for."),
                             self.center)
            return None
        return Choice(kind, lang, destination)

    # -- preview ------------------------------------------------------------------------
    def preview(self) -> None:
        choice = self._choice()
        if choice is None:
            return
        session, number = self._session, self._number
        self._start("preview", self.tr("Preparing the preview..."))
        self._runner.run(
            lambda: render_case_document(session, number, choice.kind, choice.lang,
                                         destination=choice.destination, purpose="preview"),
            on_finished=self._previewed, on_failed=self._failed, owner=self)

    def _previewed(self, data: bytes) -> None:
        self._stop()
        if self._closed:
            return
        pages = self.pdf.load(data)
        if not pages:
            self._show_error(self.tr("The document could not be shown."))
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.previewed.emit(pages)

    def preview_document(self) -> QPdfDocument | None:
        """The document shown (None when no preview is)."""
        return self.pdf.document()

    def _drop_preview(self) -> None:
        self.pdf.clear()

    # -- print --------------------------------------------------------------------------
    def choose_printer(self) -> None:
        """The Qt print dialog, shown with open() (a lock can still close it); the document is
        rendered, audited and painted only once a printer is chosen."""
        if self._choice() is None:
            return
        self._clear_messages()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Isange Desktop")  # the spooler shows it: nothing of the case
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer_dialog = dialog
        QDialog.open(dialog)  # PySide binds only QPrintDialog's open(receiver, member)

    def print_to(self, printer: QPrinter) -> None:
        """Render the document for printing (one audited call) and send it to ``printer``."""
        choice = self._choice()
        if choice is None:
            return
        session, number = self._session, self._number
        self._start("print", self.tr("Sending the document to the printer..."))
        self._runner.run(
            lambda: print_pages(render_case_document(
                session, number, choice.kind, choice.lang, destination=choice.destination,
                purpose="print"), printer),
            on_finished=self._printed, on_failed=self._failed, owner=self)

    def _printed(self, pages: int) -> None:
        self._stop()
        self._show_ok(self.tr("Pages sent to the printer: %1.").replace(
            "%1", QLocale().toString(pages)))
        self.printed.emit(pages)

    # -- save ---------------------------------------------------------------------------
    def _password(self) -> tuple[bool, str | None]:
        """(whether the two fields are usable, the password or None for none)."""
        typed, again = self.password.text(), self.confirm.text()
        if typed != again:
            self._show_error(self.tr("The two passwords are not the same. Type them again."),
                             self.confirm)
            return False, None
        if typed and not PDF_PASSWORD.fullmatch(typed):
            self._show_error(translate("print.password_invalid"), self.password)
            return False, None
        return True, typed or None

    def choose_file(self) -> None:
        choice = self._choice()
        if choice is None or not self._password()[0]:
            return
        self._clear_messages()  # what was wrong before is right now
        dialog = pick_path(self, self.tr("Save the document as PDF"),
                           self.tr("PDF documents (*.pdf)"), self._file_chosen, mode="save",
                           suggested=_SUGGESTED[choice.kind])
        dialog.setDefaultSuffix("pdf")
        self.file_dialog = dialog

    def _file_chosen(self, path: Path) -> None:
        # The file dialog asked before a name that exists was chosen: only then is it replaced.
        self.save_to(path, replace=path.exists())

    def save_to(self, path: Path, *, replace: bool = False) -> None:
        """Render with the password typed (one audited call) and write ``path``."""
        choice = self._choice()
        usable, password = self._password()
        if choice is None or not usable:
            return
        session, number = self._session, self._number
        self._start("save", self.tr("Saving the PDF file..."))
        self._runner.run(lambda: save_pdf(session, number, choice, password, path, replace),
                         on_finished=self._saved, on_failed=self._failed, owner=self)

    def _saved(self, path: Path) -> None:
        self._stop()
        protected = bool(self.password.text())
        self.password.clear()
        self.confirm.clear()
        self._show_ok(self.tr("%1 written. It opens only with its password.").replace(
            "%1", str(path)) if protected else translate("print.written", path=str(path)))
        self.saved.emit(path)

    # -- the state shown ------------------------------------------------------------------
    def _start(self, what: str, text: str) -> None:
        self._busy = what
        self._clear_messages()
        self.message.setText(text)
        self._set_enabled(False)
        self.progress.show()

    def _stop(self) -> None:
        self._busy = None
        self.progress.hide()
        self.message.clear()
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.kind, self.center, self.language, self.preview_button,
                       self.print_button, self.password, self.confirm, self.save_button):
            widget.setEnabled(enabled)

    def _failed(self, exc: Exception) -> None:
        self._stop()
        if isinstance(exc, PrinterFailed):
            text = self.tr("The printer could not print the document. Check the printer, "
                           "then try again.")
        else:
            text = error_message(exc)
        self._show_error(text)

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        """The one message of a failure; the cursor goes to the field to correct."""
        self.message.clear()
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.failed.emit(text)

    def _show_ok(self, text: str) -> None:
        self.error.hide()
        self.message.setStyleSheet(_OK_STYLE)
        self.message.setText(text)

    def _clear_messages(self) -> None:
        self.error.clear()
        self.error.hide()
        self.message.setStyleSheet("")
        self.message.clear()

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy in ("print", "save"):
            return  # the pages or the file are on their way; closing would hide the outcome
        super().reject()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def discard(self) -> None:
        """The screen is locking: drop the document and the passwords, close without asking."""
        self._forget()
        QDialog.reject(self)

    def _forget(self) -> None:
        self._closed = True
        close_dialog(self.file_dialog)
        close_dialog(self.printer_dialog)
        self.file_dialog = self.printer_dialog = None
        self.password.clear()
        self.confirm.clear()
        self._drop_preview()


def open_print_dialog(parent: QWidget, session: UserSession, runner: Runner,
                      number: str) -> PrintDialog:
    """The dialog shown with open(), not exec(): no nested event loop, so a lock can still
    close it. It deletes itself once closed; keep it only to discard it."""
    dialog = PrintDialog(session, runner, number, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def discard_print_dialog(dialog: PrintDialog | None) -> None:
    """Close a kept dialog without asking, if it is still there."""
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.discard()
