"""Reports, for the center's manager: the monthly figures shown on the page and saved as a PDF,
a CSV or a DHIS2 file; the GBVIMS Incident Recorder rows of a range of days; the import of the
DHIS2 mapping (managers and administrators).

Layout and fixed texts: ui/reports_page.ui (the options on the left, the figures on the right).
The figures are shown as the PDF a save would write, previewed from memory with QtPdf and
fitted to the width, so the page never scrolls sideways and the screen shows exactly what
leaves the center. Every call goes through the runner (gui/report_jobs.py does the work on the
worker with plain values only); the services check the role and audit each figure that is
shown or written. A file is written only where the person chose, never over an existing one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QWidget,
)

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.monthly import Month
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.errors import IsangeError
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.languages import LANGUAGES
from isange_desktop.gui.pdf_preview import install_preview
from isange_desktop.gui.referral_words import close_dialog, pick_path
from isange_desktop.gui.report_jobs import (
    MonthlyChoice,
    Written,
    import_mapping_file,
    save_incidents,
    save_monthly,
    screen_pdf,
)
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import current_language, translate
from isange_desktop.services.session import UserSession

_OK_STYLE = "color: #1b5e20;"
_REPORT_ACTIONS = (Action.REPORT_MONTHLY, Action.REPORT_INCIDENTS, Action.REPORT_MAPPING)


def _may(session: UserSession, action: Action) -> bool:
    return granting_role(session.roles, action) is not None


def may_see_reports(session: UserSession) -> bool:
    return any(_may(session, action) for action in _REPORT_ACTIONS)


def center_today() -> date:
    return datetime.now(CENTER_TZ).date()


def last_complete_month(today: date) -> Month:
    """The month before ``today``'s (center time): the one a monthly report is made for."""
    before = today.replace(day=1) - timedelta(days=1)
    return Month(before.year, before.month)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportsPage(Retranslating, QWidget):
    """``shown(pages)`` once the month's figures are on the page; ``saved(path)`` once a file
    is written; ``mapping_imported(indicators)`` once a mapping is stored; ``failed(message)``
    after any failure (the one message shown)."""

    shown = Signal(int)
    saved = Signal(object)
    mapping_imported = Signal(int)
    failed = Signal(str)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        # Raised by discard(): a result asked for before it is dropped when it comes back.
        self._generation = 0
        self._busy = False
        self._language_chosen = False  # until the person picks one, the screen's language
        self.file_dialog: QFileDialog | None = None

        # Layout and fixed texts: ui/reports_page.ui (they re-translate themselves).
        load_ui("reports_page", self)
        self.monthly_box = child(self, QGroupBox, "monthly_box")
        self.month = child(self, QDateEdit, "month")
        self.language = child(self, QComboBox, "language")
        self.suppress = child(self, QCheckBox, "suppress")
        self.show_button = child(self, QPushButton, "show_button")
        self.save_pdf_button = child(self, QPushButton, "save_pdf_button")
        self.save_csv_button = child(self, QPushButton, "save_csv_button")
        self.save_dhis2_button = child(self, QPushButton, "save_dhis2_button")
        self.incidents_box = child(self, QGroupBox, "incidents_box")
        self.first_day = child(self, QDateEdit, "first_day")
        self.last_day = child(self, QDateEdit, "last_day")
        self.save_xlsx_button = child(self, QPushButton, "save_xlsx_button")
        self.save_incidents_csv_button = child(self, QPushButton, "save_incidents_csv_button")
        self.mapping_box = child(self, QGroupBox, "mapping_box")
        self.import_mapping_button = child(self, QPushButton, "import_mapping_button")
        self.progress = child(self, QProgressBar, "progress")
        self.message = child(self, QLabel, "message")
        self.error = child(self, QLabel, "error")
        self.options_scroll = child(self, QScrollArea, "options_scroll")
        self.preview_panel = child(self, QWidget, "preview_panel")
        self.preview_hint = child(self, QLabel, "preview_hint")
        self.view, self.pdf = install_preview(self)

        # What the roles do not allow is absent, not greyed out.
        monthly = _may(session, Action.REPORT_MONTHLY)
        self.monthly_box.setVisible(monthly)
        self.preview_panel.setVisible(monthly)
        if not monthly:  # the options alone keep to the left, as on every page
            child(self, QHBoxLayout, "page_layout").addStretch(1)
        self.incidents_box.setVisible(_may(session, Action.REPORT_INCIDENTS))
        self.mapping_box.setVisible(_may(session, Action.REPORT_MAPPING))

        today = center_today()
        month = last_complete_month(today)
        self.month.setDateRange(QDate(2000, 1, 1), _qdate(today))
        self.month.setDate(_qdate(month.first_day))
        for edit in (self.first_day, self.last_day):
            edit.setDateRange(QDate(2000, 1, 1), _qdate(today))
        self.first_day.setDate(_qdate(month.first_day))
        self.last_day.setDate(_qdate(month.last_day))
        for code, name in LANGUAGES:  # each in itself: the reader's language may not be ours
            self.language.addItem(name, code)
        self._follow_screen_language()

        self.month.dateChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.language.activated.connect(self._language_picked)
        self.suppress.toggled.connect(self._choice_changed)
        self.show_button.clicked.connect(self.show_figures)
        self.save_pdf_button.clicked.connect(lambda: self.choose_monthly_file("pdf"))
        self.save_csv_button.clicked.connect(lambda: self.choose_monthly_file("csv"))
        self.save_dhis2_button.clicked.connect(lambda: self.choose_monthly_file("dhis2"))
        self.save_xlsx_button.clicked.connect(lambda: self.choose_incidents_file("xlsx"))
        self.save_incidents_csv_button.clicked.connect(
            lambda: self.choose_incidents_file("csv"))
        self.import_mapping_button.clicked.connect(self.choose_mapping_file)
        self.error.hide()
        self.progress.hide()
        self.retranslate()

    def retranslate(self) -> None:
        # Month names and dates in the screen's language (the default QLocale was just set).
        for edit in (self.month, self.first_day, self.last_day):
            edit.setLocale(QLocale())
        self.pdf.retranslate()
        self._follow_screen_language()

    # -- the choices ----------------------------------------------------------------------
    def _follow_screen_language(self) -> None:
        if not self._language_chosen:
            self.language.setCurrentIndex(max(0, self.language.findData(current_language())))

    def _language_picked(self, _index: int) -> None:
        self._language_chosen = True

    def choose(self, month: Month, lang: str | None = None, suppress: bool | None = None
               ) -> None:
        """Choose as a person would (for tests and the screenshots)."""
        self.month.setDate(_qdate(month.first_day))
        if lang is not None:
            self._language_chosen = True
            self.language.setCurrentIndex(self.language.findData(lang))
        if suppress is not None:
            self.suppress.setChecked(suppress)

    def chosen_month(self) -> Month:
        day = self.month.date()
        return Month(day.year(), day.month())

    def _choice(self) -> MonthlyChoice:
        return MonthlyChoice(self.chosen_month(), str(self.language.currentData()),
                             self.suppress.isChecked())

    def _choice_changed(self, *_args: object) -> None:
        # Figures of another month, language or suppression would mislead: they go.
        self._drop_preview()
        self._clear_messages()

    # -- the figures on the page ----------------------------------------------------------
    def show_figures(self) -> None:
        """The month's report, rendered on the worker and shown from memory."""
        session, choice = self._session, self._choice()
        self._run(lambda: screen_pdf(session, choice), self._figures_arrived,
                  self.tr("Counting the figures..."))

    def _figures_arrived(self, data: bytes) -> None:
        pages = self.pdf.load(data)
        if not pages:
            self._show_error(self.tr("The figures could not be shown."))
            return
        self.shown.emit(pages)

    def preview_document(self) -> QPdfDocument | None:
        """The document shown (None when no figures are)."""
        return self.pdf.document()

    def _drop_preview(self) -> None:
        self.pdf.clear()

    # -- files ----------------------------------------------------------------------------
    def _pick_file(self, title: str, name_filter: str, suffix: str, suggested: str,
                   on_chosen: Callable[[Path], object]) -> None:
        self._clear_messages()
        dialog = pick_path(self, title, name_filter, on_chosen, mode="save",
                           suggested=suggested)
        dialog.setDefaultSuffix(suffix)
        # An existing file is refused, never replaced: the dialog must not promise otherwise.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        self.file_dialog = dialog

    def choose_monthly_file(self, fmt: str) -> None:
        month = self.chosen_month()
        titles = {"pdf": (self.tr("Save the monthly figures as PDF"),
                          self.tr("PDF documents (*.pdf)"), "pdf"),
                  "csv": (self.tr("Save the monthly figures as CSV"),
                          self.tr("CSV files (*.csv)"), "csv"),
                  "dhis2": (self.tr("Save the DHIS2 file"),
                            self.tr("DHIS2 data value sets (*.json)"), "json")}
        title, name_filter, suffix = titles[fmt]
        name = f"dhis2-{month}.json" if fmt == "dhis2" else f"monthly-figures-{month}.{suffix}"
        self._pick_file(title, name_filter, suffix, name,
                        lambda path: self.save_monthly_to(fmt, path))

    def save_monthly_to(self, fmt: str, path: Path) -> None:
        """Count (one audited call) and write ``path``, which must not exist."""
        session, choice = self._session, self._choice()
        self._run(lambda: save_monthly(session, choice, fmt, path), self._written,
                  self.tr("Writing the file..."))

    def _incident_days(self) -> tuple[date, date] | None:
        first, last = _pydate(self.first_day.date()), _pydate(self.last_day.date())
        if last < first:
            self._show_error(translate("report.range_invalid", first=first.isoformat(),
                                       last=last.isoformat()), self.last_day)
            return None
        return first, last

    def choose_incidents_file(self, fmt: str) -> None:
        days = self._incident_days()
        if days is None:
            return
        first, last = days
        name_filter = self.tr("Excel workbooks (*.xlsx)") if fmt == "xlsx" \
            else self.tr("CSV files (*.csv)")
        self._pick_file(self.tr("Save the Incident Recorder rows"), name_filter, fmt,
                        f"incident-recorder-{first.isoformat()}-{last.isoformat()}.{fmt}",
                        lambda path: self.save_incidents_to(fmt, path))

    def save_incidents_to(self, fmt: str, path: Path) -> None:
        """The rows of the days chosen (one audited call), written to ``path``."""
        days = self._incident_days()
        if days is None:
            return
        session, (first, last) = self._session, days
        self._run(lambda: save_incidents(session, first, last, fmt, path), self._written,
                  self.tr("Writing the file..."))

    def _written(self, done: Written) -> None:
        self._show_ok(translate(done.message_id, current_language(), path=str(done.path),
                                **done.params))
        self.saved.emit(done.path)

    # -- the DHIS2 mapping ----------------------------------------------------------------
    def choose_mapping_file(self) -> None:
        self._clear_messages()
        self.file_dialog = pick_path(self, self.tr("Import a DHIS2 mapping file"),
                                     self.tr("CSV files (*.csv);;All files (*)"),
                                     self.import_mapping_from)

    def import_mapping_from(self, path: Path) -> None:
        """Check the whole file and store it as the mapping in use (one audited call)."""
        session = self._session
        self._run(lambda: import_mapping_file(session, path), self._mapping_stored,
                  self.tr("Checking the mapping file..."))

    def _mapping_stored(self, done: Written) -> None:
        self._show_ok(translate(done.message_id, current_language(), **done.params))
        self.mapping_imported.emit(done.params["count"])

    # -- running, and the state shown -----------------------------------------------------
    def _run(self, fn: Callable[[], Any], on_finished: Callable[[Any], None],
             busy_text: str) -> None:
        """``fn`` on the worker; it must hold plain values and the session only."""
        if self._busy:
            return
        generation = self._generation
        self._start(busy_text)
        self._runner.run(fn, on_finished=partial(self._arrived, generation, on_finished),
                         on_failed=partial(self._arrived, generation, self._failed),
                         owner=self)

    def _arrived(self, generation: int, handler: Callable[[Any], None], payload: Any) -> None:
        if generation != self._generation:
            return  # asked for before the lock: nothing of it is shown now
        self._stop()
        handler(payload)

    def _start(self, text: str) -> None:
        self._busy = True
        self._clear_messages()
        self.message.setText(text)
        self._set_enabled(False)
        self.progress.show()
        self._bring_into_view(self.progress)

    def _stop(self) -> None:
        self._busy = False
        self.progress.hide()
        self.message.clear()
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.month, self.language, self.suppress, self.show_button,
                       self.save_pdf_button, self.save_csv_button, self.save_dhis2_button,
                       self.first_day, self.last_day, self.save_xlsx_button,
                       self.save_incidents_csv_button, self.import_mapping_button):
            widget.setEnabled(enabled)

    def _failed(self, exc: Exception) -> None:
        code = exc.code if isinstance(exc, IsangeError) else ""
        if code == "dhis2.no_mapping":  # the core's words name a command line
            self._show_error(self.tr("No DHIS2 mapping has been imported yet. A manager or "
                                     "an administrator imports the center's mapping file "
                                     "with \"Import a mapping file...\" on this page."))
        else:
            self._show_error(error_message(exc))

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        """The one message of a failure; the cursor goes to the field to correct."""
        self.message.clear()
        self.error.setText(text)
        self.error.show()
        self._bring_into_view(self.error)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.failed.emit(text)

    def _show_ok(self, text: str) -> None:
        self.error.clear()
        self.error.hide()
        self.message.setStyleSheet(_OK_STYLE)
        self.message.setText(text)
        self._bring_into_view(self.message)

    def _bring_into_view(self, label: QWidget) -> None:
        # Below the options on a small screen (1280x720, French): scrolled to once laid out.
        scroll = self.options_scroll
        QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(label))

    def _clear_messages(self) -> None:
        self.error.clear()
        self.error.hide()
        self.message.setStyleSheet("")
        self.message.clear()

    # -- locking --------------------------------------------------------------------------
    def discard(self) -> None:
        """Wipe the figures and every message, and close the file dialog (the vault is
        locking); results of calls still running are dropped when they come back."""
        self._generation += 1
        close_dialog(self.file_dialog)
        self.file_dialog = None
        self._drop_preview()
        self._stop()
        self._clear_messages()
