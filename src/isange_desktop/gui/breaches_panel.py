"""Data protection > Breaches: the center's breach register (Law 058/2021 art. 43-45), for the
manager and IT (Action.BREACH_RECORD).

The list shows each recorded breach with its two legal deadlines, counted from when it was
found: notify the NCSA within 48 hours, submit the report within 72. Where each stands (time
left, overdue, done) is worked out again every minute from the rows already loaded, with no
vault call, so an open panel never fills the audit log; the vault is read when the panel
opens and after each change. Every vault call goes through the runner; its closures hold the
session and plain values only, never a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.breach_deadlines import BreachInfo, DeadlineState
from isange_desktop.gui.breach_dialog import BreachDialog
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.languages import LANGUAGES
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_words import close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import current_language, translate
from isange_desktop.reports.breach_notice import kinds_text, state_text
from isange_desktop.services.breaches import (
    breach_notice,
    list_breaches,
    record_notified,
    record_reported,
)
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import write_new_file

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_OK_STYLE = "color: #1b5e20;"
_OVERDUE = Qt.GlobalColor.darkRed
REFRESH_MS = 60_000  # the deadline column is counted in minutes


def _write_notice(session: UserSession, breach_id: int, lang: str, path: Path) -> Path:
    write_new_file(path, breach_notice(session, breach_id, lang))
    return path


class BreachesPanel(Retranslating, QWidget):
    """``loaded`` after each read of the register; ``changed`` after a breach or a step was
    recorded; ``notice_saved(path)`` once a draft is written; ``failed(text)`` on a refusal;
    ``dialog_shown(dialog)`` when the record dialog opens."""

    loaded = Signal()
    changed = Signal()
    notice_saved = Signal(object)
    failed = Signal(str)
    dialog_shown = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._rows: list[BreachInfo] = []
        self.dialog: BreachDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.open_record_dialog)
        self.notified_button = QPushButton(self)
        self.notified_button.clicked.connect(lambda: self.mark("notified"))
        self.reported_button = QPushButton(self)
        self.reported_button.clicked.connect(lambda: self.mark("reported"))
        self.notice_button = QPushButton(self)
        self.notice_button.clicked.connect(self.choose_notice_file)
        self.print_language = QComboBox(self)
        for code, name in LANGUAGES:  # each in itself: the reader's language may not be ours
            self.print_language.addItem(name, code)
        self.print_language.setCurrentIndex(
            max(0, self.print_language.findData(current_language())))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = make_table([""] * 7, "", stretch=4)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.refresh_button)
        steps = QHBoxLayout()
        steps.addWidget(self.notified_button)
        steps.addWidget(self.reported_button)
        steps.addStretch(1)
        steps.addWidget(self.print_language)
        steps.addWidget(self.notice_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(steps)
        layout.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._show)
        self.timer.start()
        self._selection_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Breaches of personal data"))
        self.hint.setText(self.tr(
            "Law 058/2021: notify the NCSA within 48 hours and submit the report within 72 "
            "hours of finding a breach. The register counts cases and kinds of data; it "
            "never names a survivor."))
        self.record_button.setText(self.tr("&Record a suspected breach..."))
        self.notified_button.setText(self.tr("Mark NCSA &notified"))
        self.reported_button.setText(self.tr("Mark report &submitted"))
        self.notice_button.setText(self.tr("Save notification &draft..."))
        self.print_language.setAccessibleName(self.tr("Language of the draft"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Kind"), self.tr("Found"), self.tr("Cases"),
            self.tr("Data"), self.tr("Notify NCSA (48 h)"), self.tr("Report (72 h)")])
        self.table.setAccessibleName(self.tr("Recorded breaches"))
        self._show()

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self._session
        self.refresh_button.setEnabled(False)
        self._runner.run(lambda: list_breaches(session), on_finished=self._arrived,
                         on_failed=self._failed, owner=self)

    def _arrived(self, rows: tuple[BreachInfo, ...]) -> None:
        self.refresh_button.setEnabled(True)
        chosen = self.selected_id()
        self._rows = list(rows)
        self._show()
        if chosen is not None:
            self.select(chosen)
        self.loaded.emit()

    def _show(self) -> None:
        now, lang = datetime.now(UTC), current_language()
        lines = []
        late: list[tuple[int, int]] = []
        for r, info in enumerate(self._rows):
            notify, report = info.deadlines(now)
            lines.append((str(info.id), translate(f"breach.kind.{info.kind}", lang),
                          format_when(info.found_at), str(info.affected_cases),
                          kinds_text(info.data_kinds, lang), state_text(notify, lang),
                          state_text(report, lang)))
            late += [(r, c) for c, s in ((5, notify), (6, report))
                     if s.state in (DeadlineState.OVERDUE, DeadlineState.DONE_LATE)]
        fill_table(self.table, lines)
        for r, c in late:
            item = self.table.item(r, c)
            if item is not None:
                item.setForeground(_OVERDUE)
        self._selection_changed()

    def deadline_texts(self) -> list[tuple[str, str]]:
        """(notify, report) as shown, one pair per row."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return "" if item is None else item.text()

        return [(text(r, 5), text(r, 6)) for r in range(self.table.rowCount())]

    def selected(self) -> BreachInfo | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._rows[row] if selected and 0 <= row < len(self._rows) else None

    def selected_id(self) -> int | None:
        info = self.selected()
        return None if info is None else info.id

    def select(self, breach_id: int) -> None:
        row = next((r for r, info in enumerate(self._rows) if info.id == breach_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        info = self.selected()
        self.notified_button.setEnabled(info is not None and info.notified_at is None)
        self.reported_button.setEnabled(info is not None and info.reported_at is None)
        self.notice_button.setEnabled(info is not None)

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        text = error_message(exc)  # once: an unexpected error is logged by each call
        self._say(text, error=True)
        self.failed.emit(text)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE if ok else "")
        self.message.setText(text)

    # -- recording ----------------------------------------------------------------------------
    def open_record_dialog(self) -> BreachDialog:
        """Shown with open(), not exec(): no nested event loop, so a lock still closes it."""
        dialog = BreachDialog(self._session, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        self.dialog = dialog
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog

    def _recorded(self, info: BreachInfo) -> None:
        notify, report = info.deadlines(datetime.now(UTC))
        self._say(self.tr("Breach %1 recorded. Notify the NCSA by %2; report by %3.")
                  .replace("%1", str(info.id)).replace("%2", format_when(notify.deadline))
                  .replace("%3", format_when(report.deadline)), ok=True)
        self._rows = [info, *[r for r in self._rows if r.id != info.id]]
        self._after_change(info.id)

    def mark(self, step: str) -> None:
        """Record that the selected breach's NCSA notification (``notified``) or report
        (``reported``) was done, now."""
        info = self.selected()
        if info is None:
            return
        session, breach_id = self._session, info.id
        call: Callable[[], BreachInfo] = (
            (lambda: record_notified(session, breach_id)) if step == "notified"
            else (lambda: record_reported(session, breach_id)))
        self.notified_button.setEnabled(False)
        self.reported_button.setEnabled(False)
        self._runner.run(call, on_finished=self._marked, on_failed=self._failed, owner=self)

    def _marked(self, info: BreachInfo) -> None:
        self._rows = [info if r.id == info.id else r for r in self._rows]
        self._say(self.tr("Recorded."), ok=True)
        self._after_change(info.id)

    def _after_change(self, breach_id: int) -> None:
        self._show()
        self.select(breach_id)
        self.changed.emit()

    # -- the notification draft ---------------------------------------------------------------
    def choose_notice_file(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.file_dialog = pick_path(
            self, self.tr("Save notification draft"), self.tr("PDF documents (*.pdf)"),
            self.save_notice_to, mode="save", suggested=f"breach-{info.id}-notification.pdf")

    def save_notice_to(self, path: Path) -> None:
        """Write the selected breach's draft, in the chosen print language, to a new file."""
        info = self.selected()
        if info is None:
            return
        session, breach_id = self._session, info.id
        lang = str(self.print_language.currentData())
        self.notice_button.setEnabled(False)
        self._runner.run(lambda: _write_notice(session, breach_id, lang, path),
                         on_finished=self._notice_written, on_failed=self._failed, owner=self)

    def _notice_written(self, path: Path) -> None:
        self.notice_button.setEnabled(self.selected() is not None)
        self._say(translate("breach.notice_written", path=str(path)), ok=True)
        self.notice_saved.emit(path)

    # -- locking ------------------------------------------------------------------------------
    def discard(self) -> None:
        """The screen is locking: close the dialogs and forget the register shown."""
        close_dialog(self.dialog)
        close_dialog(self.file_dialog)
        self.dialog = self.file_dialog = None
        self._rows = []
        clear_table(self.table)
        self.message.clear()
