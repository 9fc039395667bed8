"""The editor of a form field that lists attachments (the medical form's "Photographs"): it
shows the files the field names and links others of the track's files to it.

The field stores attachment uids (domain/forms/values.py), never names: the names come from
the track's list of files (gui/attachment_list.py), which the service filters by role, so a
file this user may not see stays a number. The files themselves are added on the track's
Attachments page; choosing them here changes the form, saved with it as any other answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms import Field
from isange_desktop.domain.forms.values import is_empty
from isange_desktop.gui.attachment_list import AttachmentList
from isange_desktop.gui.attachment_words import kind_name, seal_text
from isange_desktop.gui.field_editor_base import BaseFieldEditor
from isange_desktop.services.attachments import AttachmentInfo


def _line(info: AttachmentInfo) -> str:
    parts = [kind_name(info.media_type), info.file_name]
    if info.evidence:
        parts.append(seal_text(True))
    return " \u00b7 ".join(parts)


class AttachmentFieldEditor(BaseFieldEditor):
    """The field's files in a list (double-click: view) and, when editable, "Choose files...".
    """

    def __init__(self, field: Field, source: AttachmentList,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.source = source
        self._value: list[str] = []
        self._read_only = False
        self.chooser: QDialog | None = None
        self.files = QListWidget()
        self.files.setMaximumHeight(110)
        self.files.itemActivated.connect(self._view)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.open_chooser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addWidget(self.note)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.files)
        source.listed.connect(self._fill)
        source.cleared.connect(self._close_chooser)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose &files..."))
        self.note.setText(self.tr(
            "Add the files on this track's Attachments page, then choose them here. "
            "Double-click a file to view it."))
        self._fill()

    # -- the FieldEditor protocol -----------------------------------------------------------
    def value(self) -> object:
        return None if is_empty(self._value) else list(self._value)

    def set_value(self, value: object) -> None:
        # Strings only: a copy of the list, nothing in it the caller could change under us.
        self._value = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        self._fill()
        if self._value and self.isVisible():
            self.source.ensure_loaded()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.choose_button.setVisible(not read_only)

    def focus_widgets(self) -> list[QWidget]:
        return [self.files, self.choose_button]

    # -- showing ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._value:  # their names come from the track's list (an audited look)
            self.source.ensure_loaded()

    def _fill(self) -> None:
        self.files.clear()
        for uid in self._value:
            info = self.source.info(uid)
            text = _line(info) if info is not None else self.tr(
                "A file not listed here (not loaded yet, or not one your role may see)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            self.files.addItem(item)
        if not self._value:
            self.files.addItem(self.tr("No files chosen."))

    def shown_lines(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _view(self, item: QListWidgetItem) -> None:
        info = self.source.info(str(item.data(Qt.ItemDataRole.UserRole)))
        if info is not None:
            self.source.view(info)

    # -- choosing ---------------------------------------------------------------------------
    def open_chooser(self) -> QDialog:
        """The track's files, those the field names ticked; OK puts the ticked ones in."""
        self.source.ensure_loaded()
        self._close_chooser()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Choose the files"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        listing = QListWidget(dialog)
        listing.setObjectName("choices")

        def fill() -> None:
            if not shiboken6.isValid(listing):
                return
            listing.clear()
            for info in self.source.rows:
                item = QListWidgetItem(_line(info))
                item.setData(Qt.ItemDataRole.UserRole, info.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if info.uid in self._value
                                   else Qt.CheckState.Unchecked)
                listing.addItem(item)
        fill()
        self.source.listed.connect(fill)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        dialog.accepted.connect(lambda: self._chosen(listing))
        dialog.finished.connect(lambda _r: _disconnect(self.source.listed, fill))
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        dialog.resize(520, 360)
        dialog.open()
        self.chooser = dialog
        return dialog

    def _chosen(self, listing: QListWidget) -> None:
        ticked = [str(listing.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(listing.count())
                  if listing.item(i).checkState() == Qt.CheckState.Checked]
        # Files the field names but the list does not show (another role's) are kept.
        hidden = [uid for uid in self._value if self.source.info(uid) is None]
        self.set_value(hidden + ticked)

    def _close_chooser(self) -> None:
        if self.chooser is not None and shiboken6.isValid(self.chooser):
            self.chooser.reject()
        self.chooser = None


def _disconnect(signal: object, slot: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone with its dialog
        signal.disconnect(slot)  # type: ignore[attr-defined]


def attachment_field(source: AttachmentList) -> Callable[[Field, QWidget | None],
                                                          AttachmentFieldEditor]:
    """The editor factory for a track's form (form_editor's ``extra_editors``)."""
    def make(field: Field, parent: QWidget | None) -> AttachmentFieldEditor:
        return AttachmentFieldEditor(field, source, parent)
    return make
