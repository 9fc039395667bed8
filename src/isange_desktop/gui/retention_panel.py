"""Data protection > Retention: the ended cases this center has kept past its retention
period, and their archival and removal, for the center manager (Action.RETENTION_MANAGE).

The list shows case numbers, statuses, dates and attachment counts only: the service gives no
names, and a screen that may be seen over a shoulder should not need them. Removing a case
cannot be undone, so it takes three explicit steps (tick the cases, read and confirm what
happens, choose the folder), and the service removes nothing until every archive was read
back and checked. Every vault call goes through the runner; its closures hold the session
and plain values only, never a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.gui.case_words import case_status_name
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.referral_words import center_label, close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.center_directory import PinnedCenter, list_centers
from isange_desktop.services.retention import (
    ArchiveRun,
    DueCase,
    RetentionList,
    archive_and_remove,
    cases_past_retention,
)
from isange_desktop.services.session import UserSession

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_OK_STYLE = "color: #1b5e20;"
_HASH_SHOWN = 16  # enough hex digits to compare by eye with `sha256sum` on the stick


def local_date(when: datetime) -> str:
    """The date in the computer's time zone and the user's locale (no time: a retention
    period is counted in years)."""
    local = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


def _load(session: UserSession, now: datetime | None
          ) -> tuple[RetentionList, list[PinnedCenter]]:
    # One call: the recipients are ready before the confirmation opens, so it needs no
    # vault call of its own.
    return cases_past_retention(session, now=now), list_centers(session)


class ArchiveConfirmDialog(Retranslating, QDialog):
    """Says plainly what archiving does and asks to whom the archive is addressed.
    ``confirmed(recipient_code | None)``: None is this center."""

    confirmed = Signal(object)

    def __init__(self, count: int, centers: Sequence[PinnedCenter], parent: QWidget) -> None:
        super().__init__(parent)
        self._count = count
        self._centers = list(centers)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.recipient = QComboBox(self)
        self.recipient_hint = QLabel(self)
        self.recipient_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        # Cancel is the default: Enter alone must never start a removal.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.go_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.recipient_label = QLabel(self)
        self.recipient_label.setBuddy(self.recipient)
        form.addRow(self.recipient_label, self.recipient)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.recipient_hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archive and remove cases"))
        self.explanation.setText(self.tr(
            "Cases to archive, then remove from this laptop: %1.\n\n"
            "An encrypted, signed archive is written to the folder you choose next, one file "
            "per case. Each file is read back and checked. Only then are the cases removed "
            "from this laptop. This cannot be undone.\n\n"
            "Keep the archive safe: for example in the center's locked cupboard, or give it "
            "to the national archive.").replace("%1", str(self._count)))
        self.recipient_label.setText(self.tr("Archive &for:"))
        self.recipient_hint.setText(self.tr(
            "An archive for another center (such as the national archive) can also be "
            "checked here."))
        chosen = self.recipient.currentData() if self.recipient.count() else None
        self.recipient.clear()
        self.recipient.addItem(self.tr("This center"), None)
        for center in self._centers:
            self.recipient.addItem(center_label(center.code, center.name), center.code)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.go_button.setText(self.tr("&Choose the folder and archive..."))

    def recipient_code(self) -> str | None:
        data = self.recipient.currentData()
        return None if data is None else str(data)

    def choose_recipient(self, code: str | None) -> None:
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(code)))

    def accept(self) -> None:
        self.confirmed.emit(self.recipient_code())
        super().accept()


class RetentionPanel(Retranslating, QWidget):
    """``loaded`` after each read of the list; ``archived(run)`` once cases were archived and
    removed; ``failed(text)`` on a refusal; ``dialog_shown(dialog)`` when the confirmation
    opens, ``folder_dialog_shown(dialog)`` when the folder chooser does. ``now`` (tests)
    stands for the present in the listing and the archiving."""

    loaded = Signal()
    archived = Signal(object)
    failed = Signal(str)
    dialog_shown = Signal(object)
    folder_dialog_shown = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None,
                 *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._now = session, runner, now
        self._years: int | None = None
        self._rows: list[DueCase] = []
        self._centers: list[PinnedCenter] = []
        self._filling = False
        self.confirm_dialog: ArchiveConfirmDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.period = QLabel(self)
        self.period.setWordWrap(True)
        self.count = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.select_all_button = QPushButton(self)
        self.select_all_button.clicked.connect(lambda: self.set_all_checked(True))
        self.select_none_button = QPushButton(self)
        self.select_none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.ask_to_archive)
        self.table = make_table([""] * 5, "", stretch=4)
        self.table.itemChanged.connect(self._ticked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.select_all_button)
        actions.addWidget(self.select_none_button)
        actions.addStretch(1)
        actions.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Retention of closed cases"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.select_all_button.setText(self.tr("Select &all"))
        self.select_none_button.setText(self.tr("Select &none"))
        self.archive_button.setText(self.tr("Archive and &remove..."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Status"), self.tr("Ended on"), self.tr("Kept until"),
            self.tr("Attachments")])
        self.table.setAccessibleName(self.tr("Cases past the retention period"))
        self._show()

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session, now = self._session, self._now
        self.refresh_button.setEnabled(False)
        self._runner.run(lambda: _load(session, now), on_finished=self._arrived,
                         on_failed=self._failed, owner=self)

    def _arrived(self, result: tuple[RetentionList, list[PinnedCenter]]) -> None:
        listing, centers = result
        self.refresh_button.setEnabled(True)
        ticked = set(self.checked_numbers())  # a refresh keeps what the manager ticked
        self._years, self._rows, self._centers = listing.years, list(listing.cases), centers
        self._show(ticked)
        self.loaded.emit()

    def _show(self, ticked: set[str] | None = None) -> None:
        ticked = set(self.checked_numbers()) if ticked is None else ticked
        if self._years is None:
            self.period.clear()
            self.count.clear()
        else:
            self.period.setText(self.tr(
                "Closed and voided cases are kept for %1 years after they ended. The "
                "administrator changes this period in Administration, under Settings.")
                .replace("%1", QLocale().toString(self._years)))
            self.count.setText(translate("retention.none_due", years=self._years)
                               if not self._rows else
                               translate("retention.due_header", years=self._years,
                                         count=len(self._rows)))
        self._filling = True  # itemChanged fires for every cell filled
        try:
            fill_table(self.table, [
                (due.number, case_status_name(due.status), local_date(due.ended_at),
                 local_date(due.due_since), QLocale().toString(due.attachments))
                for due in self._rows])
            for r, due in enumerate(self._rows):
                item = self.table.item(r, 0)
                if item is None:
                    continue
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if due.number in ticked
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._update_buttons()

    def numbers(self) -> list[str]:
        """The case numbers listed, in order."""
        return [due.number for due in self._rows]

    def checked_numbers(self) -> list[str]:
        found = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(item.text())
        return found

    def set_checked(self, number: str, checked: bool = True) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.text() == number:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._filling = True  # one update of the buttons, not one per row
        try:
            for r in range(self.table.rowCount()):
                item = self.table.item(r, 0)
                if item is not None:
                    item.setCheckState(state)
        finally:
            self._filling = False
        self._update_buttons()

    def _ticked(self) -> None:
        if not self._filling:
            self._update_buttons()

    def _update_buttons(self) -> None:
        has_rows = bool(self._rows)
        self.select_all_button.setEnabled(has_rows)
        self.select_none_button.setEnabled(has_rows)
        self.archive_button.setEnabled(bool(self.checked_numbers()))

    # -- archiving ----------------------------------------------------------------------------
    def ask_to_archive(self) -> ArchiveConfirmDialog | None:
        """Step two of three: the confirmation, shown with open() so a lock still closes it.
        The cases are the ones ticked now; a later tick does not join this run."""
        numbers = self.checked_numbers()
        if not numbers:
            return None
        close_dialog(self.confirm_dialog)
        dialog = ArchiveConfirmDialog(len(numbers), self._centers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda code: self._choose_folder(numbers, code))
        self.confirm_dialog = dialog
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog

    def _choose_folder(self, numbers: list[str], recipient_code: str | None) -> None:
        close_dialog(self.file_dialog)
        self.file_dialog = pick_path(
            self, self.tr("Choose the folder for the archives"), "",
            lambda folder: self.archive_to(folder, numbers, recipient_code), mode="folder")
        self.folder_dialog_shown.emit(self.file_dialog)

    def archive_to(self, folder: Path, numbers: Sequence[str],
                   recipient_code: str | None = None) -> None:
        """Archive ``numbers`` into ``folder`` and remove them (the service's checks first)."""
        session, now, wanted = self._session, self._now, tuple(numbers)
        self._say("")
        self.archive_button.setEnabled(False)
        self._runner.run(
            lambda: archive_and_remove(session, wanted, folder,
                                       recipient_code=recipient_code, now=now),
            on_finished=self._archived, on_failed=self._failed, owner=self)

    def _archived(self, run: ArchiveRun) -> None:
        lines = [self.tr("Cases archived and removed from this laptop: %1. Archives for %2, "
                         "in %3:")
                 .replace("%1", str(len(run.cases))).replace("%2", self._for(run))
                 .replace("%3", str(run.cases[0].path.parent) if run.cases else "")]
        lines += [self.tr("%1: %2 (SHA-256 %3...)").replace("%1", case.number)
                  .replace("%2", case.path.name).replace("%3", case.sha256[:_HASH_SHOWN])
                  for case in run.cases]
        self._say("\n".join(lines), ok=True)
        gone = {case.number for case in run.cases}
        self._rows = [due for due in self._rows if due.number not in gone]
        self._show()
        self.archived.emit(run)
        self.refresh()

    def _for(self, run: ArchiveRun) -> str:
        pinned = next((c for c in self._centers if c.code == run.recipient_code), None)
        # The service addresses an archive "for this center" to the own code, never pinned.
        return (self.tr("this center") if pinned is None
                else center_label(pinned.code, pinned.name))

    def _failed(self, exc: Exception) -> None:
        # A refusal removed nothing: the list stays as it was, ticks included.
        self.refresh_button.setEnabled(True)
        self._update_buttons()
        text = error_message(exc)
        self._say(text, error=True)
        self.failed.emit(text)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE if ok else "")
        self.message.setText(text)

    # -- locking ------------------------------------------------------------------------------
    def discard(self) -> None:
        """Wipe the list and close the dialogs opened from here (the vault is locking)."""
        close_dialog(self.file_dialog)
        close_dialog(self.confirm_dialog)
        self.confirm_dialog, self.file_dialog = None, None
        self._years, self._rows, self._centers = None, [], []
        clear_table(self.table)
        self.period.clear()
        self.count.clear()
        self.message.clear()
        self.message.setStyleSheet("")
        self._update_buttons()

    clear = discard
