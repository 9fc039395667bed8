"""A case's files in a table, with Add, View and Export: the Attachments tab shows all that the
user may see, each track tab the ones of its track.

The service decides what is listed (services/attachments.py filters by role) and audits each
look, so the list reads nothing until it is first shown. File names are shown, since the
person may see them, but never logged. Every vault call goes through the runner, with plain
values in the worker's closure: the session, the case number, a path, an id.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.attachment_rules import EXTENSION, MediaType
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.attachment_add_dialog import (
    AddAttachmentDialog,
    AddRequest,
    discard_add_dialog,
)
from isange_desktop.gui.attachment_viewer import AttachmentViewer, discard_viewer
from isange_desktop.gui.attachment_words import kind_name, place_name, seal_text
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_words import close_dialog, pick_path
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.attachments import (
    AddedAttachment,
    AttachmentInfo,
    add_attachment,
    export_attachment,
    list_attachments,
    read_attachment,
    read_attachment_file,
)
from isange_desktop.services.session import UserSession

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"
PART_COLUMN = 3


def _add(session: UserSession, number: str, request: AddRequest) -> AddedAttachment:
    """Read the chosen file and keep it (on the worker: a USB stick can be slow)."""
    data = read_attachment_file(request.path)
    return add_attachment(session, number, data, file_name=request.path.name,
                          track=request.track, evidence=request.evidence)


def _alive(dialog: QWidget | None) -> bool:
    """Still there: a dialog deletes itself once closed (WA_DeleteOnClose)."""
    return dialog is not None and shiboken6.isValid(dialog)


class AttachmentList(Retranslating, QWidget):
    """``listed`` once the table shows the service's answer; ``added(AddedAttachment)``,
    ``exported(Path)`` and ``viewed(AttachmentViewer)`` after each action; ``failed(message)``
    with the one message of any failure. ``track``: only that track's files (None: all the
    user may see, intake included); ``places``: where the user may add a file (none: no Add).
    """

    listed = Signal()
    added = Signal(object)
    exported = Signal(object)
    viewed = Signal(object)
    failed = Signal(str)
    cleared = Signal()  # a lock or leaving the case: dialogs that show these files close

    def __init__(self, session: UserSession, runner: Runner, number: str, *,
                 track: Track | None, places: list[Track | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self.track, self.places = track, places
        self.rows: list[AttachmentInfo] = []
        self._loaded = self._loading = False
        self.add_dialog: AddAttachmentDialog | None = None
        self.viewer: AttachmentViewer | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._pending_select = 0  # the file just added, selected once listed again

        self.table = make_table([""] * 7, "", stretch=1)
        self.table.setColumnHidden(PART_COLUMN, track is not None)  # one part: said once
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setVisible(bool(places))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(self.view_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.view_button, self.export_button, self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("File name"), self.tr("Size"), self.tr("Part of the case"),
            self.tr("Added by"), self.tr("Added on"), self.tr("Evidence")])
        self.table.setAccessibleName(self.tr("Files kept with the case"))
        self.add_button.setText(self.tr("&Add a file..."))
        self.view_button.setText(self.tr("&View"))
        self.export_button.setText(self.tr("E&xport..."))
        self.export_button.setToolTip(self.tr(
            "Write a copy to a file of your choice. The copy is not encrypted."))
        self._fill()

    # -- listing ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """List now if that was never done (a form field naming files needs their names)."""
        if not self._loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        session, number = self._session, self._number
        self._loading = True
        self._runner.run(lambda: list_attachments(session, number), on_finished=self._listed,
                         on_failed=self._list_failed, owner=self)

    def invalidate(self) -> None:
        """The files changed elsewhere (another tab added one): list again when next seen."""
        self._loaded = False
        if self.isVisible() and not self._loading:
            self.reload()

    def _listed(self, rows: tuple[AttachmentInfo, ...]) -> None:
        self._loading, self._loaded = False, True
        self.rows = [r for r in rows if self.track is None or r.track == self.track]
        self._fill()
        if self._pending_select:
            self.select(self._pending_select)
            self._pending_select = 0
        self.listed.emit()

    def _list_failed(self, exc: Exception) -> None:
        self._loading = False
        self._pending_select = 0
        self._show_error(error_message(exc))
        self.listed.emit()

    def _fill(self) -> None:
        locale = QLocale()
        fill_table(self.table, [
            (kind_name(a.media_type), a.file_name, locale.formattedDataSize(a.size),
             place_name(a.track), a.added_by, format_when(a.added_at), seal_text(a.evidence))
            for a in self.rows])
        self._selection_changed()

    def info(self, uid: str) -> AttachmentInfo | None:
        """A listed file by its uid (the one form fields name)."""
        return next((a for a in self.rows if a.uid == uid), None)

    def selected(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[row] if selected and 0 <= row < len(self.rows) else None

    def select(self, attachment_id: int) -> None:
        row = next((i for i, a in enumerate(self.rows) if a.id == attachment_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.view_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)

    # -- adding -----------------------------------------------------------------------------
    def open_add_dialog(self) -> AddAttachmentDialog:
        discard_add_dialog(self.add_dialog)
        dialog = AddAttachmentDialog(self.places, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(self._add_requested)
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _add_requested(self, request: AddRequest) -> None:
        session, number = self._session, self._number
        dialog = self.add_dialog
        if dialog is not None and _alive(dialog):  # narrowed for the type checker
            dialog.busy(True)
        self._runner.run(lambda: _add(session, number, request), on_finished=self._added,
                         on_failed=self._add_failed, owner=self)

    def _added(self, added: AddedAttachment) -> None:
        discard_add_dialog(self.add_dialog)
        self.add_dialog = None
        words = [self.tr("The file was added.")]
        if added.metadata_removed:
            words.append(self.tr("Location and camera details were removed."))
        if added.info.evidence:
            words.append(translate("attachment.evidence_sealed"))
        self._show_ok(" ".join(words))
        self.added.emit(added)
        self._loaded = False
        self._pending_select = added.info.id
        self.reload()

    def _add_failed(self, exc: Exception) -> None:
        text = error_message(exc)
        dialog = self.add_dialog
        if dialog is not None and _alive(dialog) and dialog.isVisible():
            dialog.refused(text)  # where another file can be chosen at once
            self.failed.emit(text)
        else:
            self._show_error(text)

    # -- viewing ----------------------------------------------------------------------------
    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.view(chosen)

    def view(self, info: AttachmentInfo) -> None:
        """Read the file (audited as a view) and show it from memory."""
        session, attachment_id = self._session, info.id
        self._clear_message()
        self._runner.run(lambda: read_attachment(session, attachment_id),
                         on_finished=lambda data: self._show(info, data),
                         on_failed=lambda exc: self._show_error(error_message(exc)),
                         owner=self)

    def _show(self, info: AttachmentInfo, data: bytes) -> None:
        discard_viewer(self.viewer)  # one at a time: each holds a decrypted file in memory
        viewer = AttachmentViewer(info, data, self)  # goes with the list, at the latest
        del data
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.viewer = viewer
        self.viewed.emit(viewer)

    # -- exporting --------------------------------------------------------------------------
    def export_selected(self) -> QMessageBox | None:
        """First the warning (the copy is not encrypted), then the file dialog: a file is
        written only on both explicit choices."""
        chosen = self.selected()
        if chosen is None:
            return None
        close_dialog(self.confirm_box)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export a copy of the file"),
                          self.tr("The exported copy is not encrypted: anyone who gets the "
                                  "computer or the USB stick can open it. Export only when a "
                                  "copy is really needed, keep it safe, and delete it when it "
                                  "is no longer needed. The export is recorded in the audit "
                                  "log."), QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("&Choose where to save..."),
                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is go:
                self._choose_export_file(chosen)
        box.buttonClicked.connect(answered)
        box.open()
        self.confirm_box = box
        return box

    def _choose_export_file(self, info: AttachmentInfo) -> None:
        # The name offered says nothing of the case or the person (the original name might).
        suggested = f"attachment-{info.id}{EXTENSION[MediaType(info.media_type)]}"
        close_dialog(self.file_dialog)
        self.file_dialog = pick_path(self, self.tr("Export a copy (not encrypted)"), "",
                                     lambda path: self.export_to(info, path), mode="save",
                                     suggested=suggested)

    def export_to(self, info: AttachmentInfo, path: Path) -> None:
        """Write the copy (the service never replaces a file, and audits the export)."""
        session, attachment_id = self._session, info.id
        self._clear_message()
        self._runner.run(lambda: export_attachment(session, attachment_id, path),
                         on_finished=lambda done: self._exported(done, path),
                         on_failed=lambda exc: self._show_error(error_message(exc)),
                         owner=self)

    def _exported(self, info: AttachmentInfo, path: Path) -> None:
        self._show_ok(translate("attachment.exported_done", path=str(path), hash=info.sha256))
        self.exported.emit(path)

    # -- messages and locking ---------------------------------------------------------------
    def _show_ok(self, text: str) -> None:
        self.message.setStyleSheet(_OK_STYLE)
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setText(text)
        self.failed.emit(text)

    def _clear_message(self) -> None:
        self.message.setStyleSheet("")
        self.message.clear()

    def clear(self) -> None:
        """Forget everything shown (a lock, or leaving the case): the dialogs close, the
        viewer with the decrypted file, and the table empties until it is shown again."""
        discard_add_dialog(self.add_dialog)
        discard_viewer(self.viewer)
        close_dialog(self.file_dialog)
        close_dialog(self.confirm_box)
        self.add_dialog = self.viewer = self.file_dialog = self.confirm_box = None
        self.rows = []
        self._loaded = False
        clear_table(self.table)
        self._clear_message()
        self._selection_changed()
        self.cleared.emit()
