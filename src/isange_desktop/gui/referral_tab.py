"""A case's Referrals tab: send the case to a pinned center, after seeing exactly what goes.

The survivor's consent decides, in the service (services/referral_export.py): the preview says
what would go and, when the consent does not cover the chosen center, which consent is
missing; the export is refused for the same reason if someone tries anyway. The tab also lists
this case's referrals and their state (awaiting receipt, received, expired).

It reads nothing until it is first shown: listing and previewing are audited, and most
openings of a case are not to refer it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.consent import ConsentScope
from isange_desktop.gui.consent_dialog import (
    ConsentDialog,
    discard_dialog,
    may_record_consent,
    open_consent_dialog,
    recorded_text,
)
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_words import (
    attachment_lines,
    center_label,
    close_dialog,
    part_names,
    pick_path,
    state_name,
)
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_consents import RecordedConsent
from isange_desktop.services.case_summaries import ReferralOrigin
from isange_desktop.services.center_directory import PinnedCenter, list_centers
from isange_desktop.services.referral_export import (
    ExportedReferral,
    ReferralPreview,
    export_referral,
    preview_referral,
)
from isange_desktop.services.referral_lists import MAX_ROWS, OutboxRow, list_outbox
from isange_desktop.services.session import UserSession

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"


def _case_referrals(session: UserSession, number: str
                    ) -> tuple[list[PinnedCenter], list[OutboxRow]]:
    """The centers to choose from and this case's referrals (runs on the worker)."""
    rows = [r for r in list_outbox(session, limit=MAX_ROWS) if r.case_number == number]
    return list_centers(session), rows


class ReferralTab(Retranslating, QWidget):
    """``loaded`` once the centers and this case's referrals are shown; ``previewed`` once a
    preview (or why nothing can go) is shown; ``exported`` after a referral was written (the
    workspace then reloads the case, whose header shows it referred); ``consent_recorded``
    after a consent was recorded from here (the preview then runs again)."""

    loaded = Signal()
    previewed = Signal()
    exported = Signal()
    consent_recorded = Signal()

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._centers: list[PinnedCenter] = []
        self._rows: list[OutboxRow] = []
        self._preview: ReferralPreview | None = None
        self._preview_error = ""
        self._folder: Path | None = None
        self._loaded = False
        self._centers_known = False
        self._busy = False
        self._dialog: QFileDialog | None = None
        # The survivor's age today, for the consent dialog (set by the workspace).
        self._age: int | None = None
        self._may_record = may_record_consent(session)
        self.consent_dialog: ConsentDialog | None = None

        self.state_label = QLabel()
        self.state_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.state_label.setWordWrap(True)
        # Where an imported case came from, and the sending center's note: shown here, where
        # those who continue the care look, since the header has no room for 2,000 characters.
        self._origin: ReferralOrigin | None = None
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin_label.setStyleSheet(
            "background: #f4f6f8; border: 1px solid #cfd8dc; padding: 6px;")
        self.origin_label.hide()

        # -- sending ---------------------------------------------------------------------
        self.send_box = QGroupBox()
        self.center_label = QLabel()
        self.center_combo = QComboBox()
        self.center_combo.setMinimumContentsLength(24)
        self.center_label.setBuddy(self.center_combo)
        self.center_combo.currentIndexChanged.connect(self._center_chosen)
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.note_edit.setMinimumHeight(60)
        self.note_edit.setMaximumHeight(120)  # the list below keeps the rest of the height
        self.note_label.setBuddy(self.note_edit)
        self.folder_label = QLabel()
        self.folder_field = QLineEdit()
        self.folder_field.setReadOnly(True)
        self.folder_label.setBuddy(self.folder_field)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.parts_list = QListWidget()
        self.parts_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # to read, nothing to choose
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.block_label = QLabel()
        self.block_label.setWordWrap(True)
        self.block_label.setStyleSheet(_ERROR_STYLE + " font-weight: 600;")
        # The way out of a consent refusal, right under it (for those who may record one).
        self.consent_button = QPushButton()
        self.consent_button.hide()
        self.consent_button.clicked.connect(self.record_consent)

        form = QGridLayout()
        form.addWidget(self.center_label, 0, 0)
        form.addWidget(self.center_combo, 0, 1, 1, 2)
        form.addWidget(self.note_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.note_edit, 1, 1, 1, 2)
        form.addWidget(self.folder_label, 2, 0)
        form.addWidget(self.folder_field, 2, 1)
        form.addWidget(self.folder_button, 2, 2)
        form.setColumnStretch(1, 1)
        act = QHBoxLayout()
        act.addWidget(self.message, 1)
        act.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(act)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_title)
        right.addWidget(self.parts_list, 1)
        right.addWidget(self.counts_label)
        right.addWidget(self.consent_label)
        right.addWidget(self.block_label)
        right.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        send = QHBoxLayout(self.send_box)
        send.addLayout(left, 3)
        send.addSpacing(12)
        send.addLayout(right, 2)

        # -- this case's referrals --------------------------------------------------------
        self.history_box = QGroupBox()
        self.table = make_table([""] * 5, "", stretch=2)
        QVBoxLayout(self.history_box).addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.send_box)
        layout.addWidget(self.history_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.send_box.setTitle(self.tr("Refer this case to another center"))
        self.center_label.setText(self.tr("&Center:"))
        self.center_combo.setAccessibleName(self.tr("Center to refer the case to"))
        self.note_label.setText(self.tr("N&ote for the center:"))
        self.note_edit.setAccessibleName(self.tr("Note for the receiving center"))
        self.note_edit.setPlaceholderText(self.tr(
            "Why the survivor is referred and what is still to be done (optional)"))
        self.folder_label.setText(self.tr("Save the file &in:"))
        self.folder_field.setAccessibleName(self.tr("Folder for the referral file"))
        self.folder_field.setPlaceholderText(self.tr("A USB stick or a folder"))
        self.folder_button.setText(self.tr("C&hoose a folder..."))
        self.export_button.setText(self.tr("&Export the referral"))
        self.consent_button.setText(self.tr("&Record the survivor's consent..."))
        self.history_box.setTitle(self.tr("Referrals of this case"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Center"), self.tr("Sent"), self.tr("State"), self.tr("Receipt"),
            self.tr("File")])
        self.table.setAccessibleName(self.tr("Referrals of this case"))
        self.parts_list.setAccessibleName(self.tr("What will go"))
        self._fill_centers()
        self._show_rows()
        self._show_preview()
        self._show_origin()

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        self._loaded = True
        session, number = self._session, self._number
        self._runner.run(lambda: _case_referrals(session, number), on_finished=self._arrived,
                         on_failed=self._load_failed, owner=self)

    def _arrived(self, found: tuple[list[PinnedCenter], list[OutboxRow]]) -> None:
        self._centers, self._rows = found
        self._centers_known = True
        self._fill_centers()
        self._show_rows()
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self._loaded = False  # shown again later, it tries again
        self._set_message(error_message(exc), error=True)
        self.loaded.emit()

    def _fill_centers(self) -> None:
        chosen = self.center_combo.currentData()
        self.center_combo.blockSignals(True)  # refilling is not choosing
        self.center_combo.clear()
        self.center_combo.addItem(
            self.tr("No center is pinned") if self._centers_known and not self._centers
            else self.tr("Choose a center..."), None)
        for center in self._centers:
            self.center_combo.addItem(center_label(center.code, center.name), center.code)
        self.center_combo.setCurrentIndex(max(0, self.center_combo.findData(chosen)))
        self.center_combo.blockSignals(False)

    def _show_rows(self) -> None:
        names = {c.code: c.name for c in self._centers}
        fill_table(self.table, [
            (center_label(r.destination_code, r.destination_name or names.get(
                r.destination_code)), format_when(r.sent_at), state_name(r.state),
             format_when(r.receipt_at) if r.receipt_at else "-", r.file_name)
            for r in self._rows])
        if self._rows:  # newest first: the newest referral is the case's state
            self.state_label.setText(self.tr("This case: %1").replace(
                "%1", state_name(self._rows[0].state)))
        else:
            self.state_label.setText(self.tr("This case has not been referred."))

    def show_origin(self, origin: ReferralOrigin | None) -> None:
        """The case as it came from another center (the workspace passes what it opened)."""
        self._origin = origin
        self._show_origin()

    def _show_origin(self) -> None:
        o = self._origin
        self.origin_label.setVisible(o is not None)
        if o is None:
            self.origin_label.clear()
            return
        lines = [translate("referral.origin", center=center_label(o.center_code, o.center_name),
                           number=o.case_number),
                 self.tr("Imported %1.").replace("%1", format_when(o.imported_at))]
        if o.note:
            lines.append(self.tr("Their note: %1").replace("%1", o.note))
        self.origin_label.setText("\n".join(lines))

    def referral_states(self) -> list[str]:
        """The state of each referral listed, newest first (for tests and screen readers)."""
        return [r.state for r in self._rows]

    # -- the preview --------------------------------------------------------------------------
    def choose_center(self, code: str) -> None:
        self.center_combo.setCurrentIndex(self.center_combo.findData(code))

    def _center_chosen(self, _index: int) -> None:
        code = self.center_combo.currentData()
        self._preview, self._preview_error = None, ""
        self._show_preview()
        if code is None:
            return
        session, number = self._session, self._number
        self.preview_title.setText(self.tr("Checking what can go..."))
        self._runner.run(lambda: preview_referral(session, number, code),
                         on_finished=self._previewed,
                         on_failed=lambda exc: self._preview_failed(code, exc), owner=self)

    def _previewed(self, preview: ReferralPreview) -> None:
        if preview.destination_code != self.center_combo.currentData():
            return  # another center was chosen meanwhile; its own preview is on its way
        self._preview = preview
        self._show_preview()
        self.previewed.emit()

    def _preview_failed(self, code: str, exc: Exception) -> None:
        if code != self.center_combo.currentData():
            return  # about a center no longer chosen
        self._preview, self._preview_error = None, error_message(exc)
        self._show_preview()
        self.previewed.emit()

    def _show_preview(self) -> None:
        p = self._preview
        self.parts_list.clear()
        self.counts_label.clear()
        self.consent_label.clear()
        self.block_label.setText(self._preview_error)
        if p is None:
            self.preview_title.setText(self.tr(
                "Choose a center to see what the referral will carry."))
        elif p.refusal is not None:
            # Nothing goes: what is missing is the whole answer.
            self.preview_title.setText(self.tr("Nothing can go to %1:").replace(
                "%1", center_label(p.destination_code, p.destination_name)))
            self.block_label.setText(error_message(p.refusal))
        else:
            self.preview_title.setText(self.tr("What will go to %1:").replace(
                "%1", center_label(p.destination_code, p.destination_name)))
            self.parts_list.addItems([*part_names(p.forms), *attachment_lines(p.attachments)])
            self.counts_label.setText(self.tr(
                "With the whole history: form revisions: %1, status changes: %2, consent "
                "records: %3, open follow-ups: %4.")
                .replace("%1", str(p.revisions)).replace("%2", str(p.status_changes))
                .replace("%3", str(p.consents)).replace("%4", str(p.follow_ups)))
            self.consent_label.setText(self.tr("Consent: %1").replace(
                "%1", translate(p.consent_reason)))
        self.parts_list.setVisible(p is not None and p.allowed)
        self.consent_button.setVisible(
            self._may_record and p is not None and p.refusal is not None
            and p.refusal.code.startswith("referral.consent_"))
        self._update_export()

    # -- recording the consent the preview asks for ---------------------------------------------
    def set_survivor_age(self, age: int | None) -> None:
        """The survivor's age today as the workspace read it (None: unknown or not shown)."""
        self._age = age

    def record_consent(self) -> ConsentDialog:
        """The consent dialog, filled in for sharing with the chosen center."""
        discard_dialog(self.consent_dialog)
        dialog = open_consent_dialog(
            self, self._session, self._runner, self._number, self._age,
            centers=list(self._centers), scope=ConsentScope.SHARE_WITH_REFERRAL,
            center_code=self.center_combo.currentData())
        dialog.recorded.connect(self._consent_recorded)
        self.consent_dialog = dialog
        return dialog

    def _consent_recorded(self, done: RecordedConsent) -> None:
        self._set_message(recorded_text(done), ok=done.allowed)
        if done.center_code is not None and done.center_code != self.center_combo.currentData() \
                and self.center_combo.findData(done.center_code) >= 0:
            self.choose_center(done.center_code)  # its preview runs
        else:
            self._center_chosen(self.center_combo.currentIndex())
        self.consent_recorded.emit()

    def preview_lines(self) -> list[str]:
        """What the preview shows, line by line (for tests and screen readers)."""
        parts = [self.parts_list.item(i).text() for i in range(self.parts_list.count())]
        return [t for t in (self.preview_title.text(), *parts, self.counts_label.text(),
                            self.consent_label.text(), self.block_label.text()) if t]

    # -- exporting ----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        self._dialog = pick_path(self, self.tr("Folder for the referral file"), "",
                                 self.set_folder, mode="folder")

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.folder_field.setText(str(folder))
        self._update_export()

    def _update_export(self) -> None:
        self.export_button.setEnabled(
            not self._busy and self._folder is not None and self._preview is not None
            and self._preview.allowed and self._preview.destination_code
            == self.center_combo.currentData())

    def export(self) -> None:
        if self._preview is None or self._folder is None or not self._preview.allowed:
            return
        session, number = self._session, self._number
        code, folder = self._preview.destination_code, self._folder
        note = self.note_edit.toPlainText()  # read here: the worker touches no widget
        self._busy = True
        self._update_export()
        self._set_message(self.tr("Writing and checking the referral file..."))
        self._runner.run(lambda: export_referral(session, number, code, note, folder),
                         on_finished=self._exported, on_failed=self._export_failed,
                         owner=self)

    def _exported(self, done: ExportedReferral) -> None:
        self._busy = False
        self.note_edit.clear()
        expires = done.expires_at.date()
        self._set_message(translate(
            "referral.exported_done", path=str(done.path),
            expires=QLocale().toString(QDate(expires.year, expires.month, expires.day),
                                       QLocale.FormatType.ShortFormat)), ok=True)
        self._update_export()
        self.load()
        self.exported.emit()

    def _export_failed(self, exc: Exception) -> None:
        self._busy = False
        self._set_message(error_message(exc), error=True)
        self._update_export()

    def _set_message(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE if ok else "")
        self.message.setText(text)

    # -- leaving ------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything shown and typed (a lock, or the case closing)."""
        close_dialog(self._dialog)
        discard_dialog(self.consent_dialog)
        self._dialog, self.consent_dialog, self._age = None, None, None
        self._centers, self._rows, self._origin = [], [], None
        self._preview, self._preview_error = None, ""
        self._loaded = self._centers_known = False
        self.note_edit.clear()
        self.message.clear()
        clear_table(self.table)
        self._fill_centers()
        self._show_preview()
        self.state_label.clear()
        self._show_origin()
