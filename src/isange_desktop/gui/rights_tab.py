"""The Rights tab of a case, for the center manager: a survivor's rights under Law No
058/2021. "Print what we hold about this person" renders the access-request document
(services/access_request.py) from memory into a preview, from which it is printed or saved as
a PDF on the manager's explicit choice; below, the case's correction requests with their
outcomes, and the dialogs that record a request and its outcome (gui/rights_dialogs.py).

Every vault call runs on the runner; the closures hold the session and plain values only.
The preview reuses gui/pdf_preview.py (view, page and zoom bar, printing); each Preview,
Print and Save is one audited render, as in the print dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.languages import LANGUAGES
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.pdf_preview import PrinterFailed, install_preview, print_pages
from isange_desktop.gui.referral_words import close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.rights_dialogs import CorrectionOutcomeDialog, CorrectionRequestDialog
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.gui.window_size import fit_to_screen
from isange_desktop.i18n.messages import current_language, translate
from isange_desktop.services.access_request import render_access_request, save_access_request
from isange_desktop.services.corrections import CorrectionInfo, list_correction_requests
from isange_desktop.services.session import UserSession

# The name offered when saving: nothing of the person or the case.
SUGGESTED_NAME = "personal-data.pdf"
# Drawn signs, not words: the same in every language (as in ui/print_dialog.ui).
_ZOOM_SIGNS = {"zoom_out_button": "\u2212", "zoom_in_button": "+"}


class AccessPreviewDialog(Retranslating, QDialog):
    """The access-request document previewed from memory, with Print and Save as PDF.
    ``previewed(pages)``, ``printed(pages)``, ``saved(path)`` or ``failed(message)``."""

    previewed = Signal(int)
    printed = Signal(int)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, session: UserSession, runner: Runner, number: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number, self._lang = session, runner, number, lang
        self.file_dialog: QDialog | None = None
        self.printer_dialog: QDialog | None = None
        # The names gui/pdf_preview.PdfPreview looks its bar up by (as in ui/print_dialog.ui).
        bar = QHBoxLayout()
        for cls, name in ((QToolButton, "previous_button"), (QSpinBox, "page"),
                          (QLabel, "page_count"), (QToolButton, "next_button"),
                          (QToolButton, "zoom_out_button"), (QComboBox, "zoom"),
                          (QToolButton, "zoom_in_button")):
            widget = cls(self)
            widget.setObjectName(name)
            if isinstance(widget, QToolButton) and name in _ZOOM_SIGNS:
                widget.setText(_ZOOM_SIGNS[name])
            bar.addWidget(widget)
        bar.addStretch(1)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(self)
        hint.setObjectName("preview_hint")
        place = QVBoxLayout()
        place.setObjectName("preview_place")
        place.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(place, 1)
        self.view, self.pdf = install_preview(self)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        fit_to_screen(self, (1100, 860))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personal data held: case %1").replace("%1", self._number))
        self.print_button.setText(self.tr("&Print..."))
        self.save_button.setText(self.tr("&Save as PDF..."))
        self.close_button.setText(self.tr("&Close"))
        self.pdf.hint.setText(self.tr("Preparing the document..."))
        self.pdf.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.pdf.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.pdf.retranslate()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None], text: str) -> None:
        self.message.setText(text)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self._runner.run(fn, on_finished=done, on_failed=self._failed, owner=self)

    def _idle(self, text: str = "") -> None:
        self.message.setText(text)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    def preview(self) -> None:
        session, number, lang = self._session, self._number, self._lang
        self._run(lambda: render_access_request(session, number, lang, purpose="preview"),
                  self._previewed, self.tr("Preparing the document..."))

    def _previewed(self, data: bytes) -> None:
        pages = self.pdf.load(data)
        if not pages:
            self._failed_text(self.tr("The document could not be shown."))
            return
        self._idle()
        self.previewed.emit(pages)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Isange Desktop")  # the spooler shows it: nothing of the person
        dialog = QPrintDialog(printer, self)
        # A file is a save (audited as one), never the print dialog's "print to file".
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer_dialog = dialog
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        session, number, lang = self._session, self._number, self._lang
        self._run(lambda: print_pages(render_access_request(session, number, lang,
                                                            purpose="print"), printer),
                  self._printed, self.tr("Sending the document to the printer..."))

    def _printed(self, pages: int) -> None:
        self._idle(self.tr("Pages sent to the printer: %1.").replace("%1", str(pages)))
        self.printed.emit(pages)

    def choose_file(self) -> None:
        self.file_dialog = pick_path(self, self.tr("Save the document as PDF"),
                                     self.tr("PDF documents (*.pdf)"), self._file_chosen,
                                     mode="save", suggested=SUGGESTED_NAME)

    def _file_chosen(self, path: Path) -> None:
        # The file dialog asked before a name that exists was chosen: only then replaced.
        self.save_to(path, replace=path.exists())

    def save_to(self, path: Path, *, replace: bool = False) -> None:
        session, number, lang = self._session, self._number, self._lang
        self._run(lambda: save_access_request(session, number, lang, path,
                                              replace_existing=replace),
                  self._saved, self.tr("Saving the PDF file..."))

    def _saved(self, path: Path) -> None:
        self._idle(translate("print.written", path=str(path)))
        self.saved.emit(path)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PrinterFailed):
            self._failed_text(self.tr("The printer could not print the document. Check the "
                                      "printer, then try again."))
        else:
            self._failed_text(error_message(exc))

    def _failed_text(self, text: str) -> None:
        self._idle(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        # The document lives only while the dialog is open.
        close_dialog(self.file_dialog)
        close_dialog(self.printer_dialog)
        self.file_dialog = self.printer_dialog = None
        self.pdf.clear()
        super().done(result)


class RightsTab(Retranslating, QWidget):
    """``loaded(count)`` once the correction requests are listed; ``recorded(info)`` after a
    request or an outcome was recorded; ``failed(message)`` after any failure."""

    loaded = Signal(int)
    recorded = Signal(object)
    failed = Signal(str)

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._requests: tuple[CorrectionInfo, ...] = ()
        self.dialog: QDialog | None = None  # the one open (a lock closes it)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:  # each in itself: the survivor's may not be ours
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.access_button = QPushButton(self)
        self.access_button.clicked.connect(self.open_access_request)
        self.corrections_title = QLabel(self)
        self.table = make_table([""] * 5, "", stretch=2)
        self.request_button = QPushButton(self)
        self.request_button.clicked.connect(self.open_request_dialog)
        self.outcome_button = QPushButton(self)
        self.outcome_button.clicked.connect(self.open_outcome_dialog)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        access_row = QHBoxLayout()
        access_row.addWidget(self.language)
        access_row.addWidget(self.access_button)
        access_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(access_row)
        layout.addWidget(self.corrections_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Law No 058/2021 gives the person the right to see what this center holds about "
            "them and to ask for corrections. Printing it is recorded in the audit log."))
        self.language.setToolTip(self.tr("The language of the document"))
        self.access_button.setText(self.tr("Print what we hold about this &person..."))
        self.corrections_title.setText(self.tr("Correction requests"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Received"), self.tr("What is on record"),
            self.tr("Correction asked for"), self.tr("Outcome")])
        self.table.setAccessibleName(self.tr("Correction requests of this case"))
        self.request_button.setText(self.tr("Record a correction &request..."))
        self.outcome_button.setText(self.tr("Record the &outcome..."))
        self._show(self._requests)

    # -- the list -----------------------------------------------------------------------
    def reload(self) -> None:
        session, number = self._session, self._number
        self._runner.run(lambda: list_correction_requests(session, number),
                         on_finished=self._listed, on_failed=self._failed, owner=self)

    def _listed(self, requests: tuple[CorrectionInfo, ...]) -> None:
        self._show(requests)
        self.loaded.emit(len(requests))

    def _show(self, requests: tuple[CorrectionInfo, ...]) -> None:
        self._requests = requests
        fill_table(self.table, [
            (str(r.id), format_when(r.received_at), " ".join(r.what.split()),
             " ".join(r.requested.split()), translate(f"rights.outcome.{r.outcome or 'pending'}"))
            for r in requests])
        self.message.setText(self.tr("No correction request for this case.")
                             if not requests else "")

    def _failed(self, exc: Exception) -> None:
        text = error_message(exc)
        self.message.setText(text)
        self.failed.emit(text)

    def _recorded(self, info: CorrectionInfo) -> None:
        self.recorded.emit(info)
        self.reload()

    # -- the dialogs --------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        close_dialog(self.dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # not exec(): no nested event loop, so a lock can still close it
        return dialog

    def open_request_dialog(self) -> CorrectionRequestDialog:
        dialog = CorrectionRequestDialog(self._session, self._runner, self._number, self)
        dialog.recorded.connect(self._recorded)
        self._open(dialog)
        return dialog

    def open_outcome_dialog(self) -> CorrectionOutcomeDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._requests) or self._requests[row].outcome is not None:
            self.message.setText(self.tr("Choose a pending request in the list first."))
            return None
        dialog = CorrectionOutcomeDialog(self._session, self._runner,
                                         self._requests[row].id, self)
        dialog.recorded.connect(self._recorded)
        self._open(dialog)
        return dialog

    def open_access_request(self) -> AccessPreviewDialog:
        dialog = AccessPreviewDialog(self._session, self._runner, self._number,
                                     str(self.language.currentData()), self)
        self._open(dialog)
        dialog.preview()
        return dialog

    def discard(self) -> None:
        """The screen is locking: close any dialog (and the document it shows)."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None

    def clear(self) -> None:
        self._requests = ()
        clear_table(self.table)
