"""One track of a case (medical, psychosocial, legal, shelter): its status, its main form and
the entries appended under it (medicines, samples, handovers, sessions), each rendered from its
declaration in domain/forms. Saving goes through services.case_forms on the runner; the
service decides what is valid and who may save, the tab only shows the answer at the field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms import Field, FieldType, Form, entry_forms, form
from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.errors import FormInvalid
from isange_desktop.gui.attachment_field import attachment_field
from isange_desktop.gui.attachment_list import AttachmentList
from isange_desktop.gui.body_map_widget import BodyMapEditor
from isange_desktop.gui.case_words import track_status_name
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.field_editor_base import forms_text
from isange_desktop.gui.field_editors import EditorFactory
from isange_desktop.gui.form_editor import FormEditor, FormScrollArea
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_lifecycle import set_track_status
from isange_desktop.services.session import UserSession

MAIN_FORM = {Track.MEDICAL: "medical", Track.PSYCHOSOCIAL: "psychosocial",
             Track.LEGAL: "legal", Track.SHELTER: "shelter"}
_SUMMARY_FIELDS = 3


def entry_summary(declared: Form, values: Mapping[str, object]) -> str:
    """A one-line reminder of an entry: its first few answers, choices by their label."""
    parts: list[str] = []
    for section in declared.sections:
        for f in section.fields:
            value = values.get(f.id)
            if value in (None, "", [], False) or f.type in (FieldType.BODY_MAP,
                                                             FieldType.ATTACHMENT_LIST):
                continue
            if f.choices and isinstance(value, str):
                value = next((forms_text(c.label) for c in f.choices if c.value == value),
                             value)
            elif f.type is FieldType.DATETIME and isinstance(value, str):
                value = value.replace("T", " ")[:16]
            parts.append(str(value))
            if len(parts) == _SUMMARY_FIELDS:
                return " · ".join(parts)
    return " · ".join(parts)


class EntryDialog(QDialog):
    """A new or existing entry of a repeating form, in its own form editor."""

    def __init__(self, declared: Form, values: Mapping[str, object] | None, *,
                 read_only: bool, extra: Mapping[FieldType, EditorFactory],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(forms_text(declared.title))
        self.editor = FormEditor(declared, extra_editors=extra)
        if values:
            self.editor.set_values(values)
        self.editor.set_read_only(read_only)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(FormScrollArea(self.editor), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 620)


class TrackTab(Retranslating, QWidget):
    """``saved`` after any change was stored (the workspace then reloads the case)."""

    saved = Signal()

    def __init__(self, session: UserSession, runner: Runner, number: str, track: Track, *,
                 can_edit: bool, child: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self.track = track
        self.can_edit = can_edit
        # The track's files (forensic photos, letters), listed when their page is first shown.
        self.attachments = AttachmentList(session, runner, number, track=track,
                                          places=[track] if can_edit else [])
        self._extra: dict[FieldType, EditorFactory] = {
            FieldType.BODY_MAP: _body_map(child),
            FieldType.ATTACHMENT_LIST: attachment_field(self.attachments)}
        self.main_id = MAIN_FORM[track]
        self.editor = FormEditor(form(self.main_id), extra_editors=self._extra)
        self.editor.set_read_only(not can_edit)
        self.status_combo = QComboBox()
        self.status_combo.setEnabled(can_edit)
        self.status_button = QPushButton()
        self.status_button.setVisible(can_edit)
        self.status_button.clicked.connect(self._set_status)
        self.save_button = QPushButton()
        self.save_button.setVisible(can_edit)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._status_label = QLabel()
        self._status_label.setBuddy(self.status_combo)
        top = QHBoxLayout()
        top.addWidget(self._status_label)
        top.addWidget(self.status_combo)
        top.addWidget(self.status_button)
        top.addSpacing(16)
        top.addWidget(self.message, 1)
        top.addWidget(self.save_button)

        self.entry_lists: dict[str, QListWidget] = {}
        self.add_buttons: dict[str, QPushButton] = {}
        self._entries: dict[str, dict[int, Mapping[str, object]]] = {}
        # The main form has the whole width (a body map and long labels need it at 1366 px);
        # each kind of entry (medicines, samples, handovers, sessions) is a page beside it.
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(FormScrollArea(self.editor), "")
        self._entry_pages: dict[str, QWidget] = {}
        for declared in entry_forms(self.main_id):
            box = QWidget()
            entries = QListWidget()
            entries.setAccessibleName(forms_text(declared.title))
            entries.itemActivated.connect(
                lambda item, d=declared: self._open_entry(d, item.data(Qt.ItemDataRole.UserRole)))
            add = QPushButton()
            add.setVisible(can_edit)
            add.clicked.connect(lambda _c=False, d=declared: self._open_entry(d, None))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(entries)
            box_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
            self.pages.addTab(box, "")
            self.entry_lists[declared.id] = entries
            self.add_buttons[declared.id] = add
            self._entry_pages[declared.id] = box
        self.pages.addTab(self.attachments, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._status_label.setText(self.tr("Track &status"))
        self.status_button.setText(self.tr("Set status"))
        self.save_button.setText(self.tr("&Save"))
        self.pages.setTabText(0, forms_text(form(self.main_id).title))
        self.pages.setTabText(self.pages.indexOf(self.attachments), self.tr("Attachments"))
        for form_id, page in self._entry_pages.items():
            declared = form(form_id)
            count = len(self._entries.get(form_id, {}))
            self.pages.setTabText(self.pages.indexOf(page),
                                  f"{forms_text(declared.title)} ({count})")
            self.add_buttons[form_id].setText(self.tr("Add: %1").replace(
                "%1", forms_text(declared.title)))
            self._fill_entries(form_id)
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in TrackStatus:
            self.status_combo.addItem(track_status_name(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))


    # -- showing ------------------------------------------------------------------------------
    def show_case(self, forms: Mapping[str, Mapping[int, Mapping[str, object]]],
                  status: str | None) -> None:
        """Show what the case holds now; a form being edited is left as typed."""
        if not self.editor.is_dirty():
            self.editor.set_values(forms.get(self.main_id, {}).get(0, {}))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        for form_id in self.entry_lists:
            self._entries[form_id] = dict(forms.get(form_id, {}))
        self.retranslate()

    def _fill_entries(self, form_id: str) -> None:
        entries = self.entry_lists[form_id]
        entries.clear()
        declared = form(form_id)
        for entry_no, values in sorted(self._entries.get(form_id, {}).items()):
            item = QListWidgetItem(f"{entry_no}. {entry_summary(declared, values)}")
            item.setData(Qt.ItemDataRole.UserRole, entry_no)
            entries.addItem(item)

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def clear(self) -> None:
        self.editor.set_values({})
        self._entries.clear()
        for entries in self.entry_lists.values():
            entries.clear()
        self.attachments.clear()
        self.message.clear()

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        session, number, values = self._session, self._number, self.editor.values()
        form_id = self.main_id  # read here: the worker touches no widget
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving..."))
        self._runner.run(lambda: save_form(session, number, form_id, values),
                         on_finished=self._main_saved, on_failed=self._main_failed, owner=self)

    def _main_saved(self, _revision: object) -> None:
        self.save_button.setEnabled(True)
        self.editor.mark_clean()
        self.message.setText(self.tr("Saved."))
        self.saved.emit()

    def _main_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FormInvalid) and exc.form_id == self.main_id:
            self.editor.show_errors(exc.errors)  # type: ignore[arg-type]
        self.message.setText(error_message(exc))

    def _set_status(self) -> None:
        session, number, track = self._session, self._number, self.track
        status = TrackStatus(self.status_combo.currentData())
        self._runner.run(lambda: set_track_status(session, number, track, status),
                         on_finished=lambda _r: self.saved.emit(),
                         on_failed=lambda exc: self.message.setText(error_message(exc)),
                         owner=self)

    def _open_entry(self, declared: Form, entry_no: int | None) -> None:
        values = self._entries.get(declared.id, {}).get(entry_no) if entry_no else None
        # A custody handover is never edited (a correction is an addendum): shown read-only.
        read_only = not self.can_edit or (entry_no is not None
                                          and declared.id == "custody_handover")
        dialog = EntryDialog(declared, values, read_only=read_only, extra=self._extra,
                             parent=self)
        dialog.accepted.connect(lambda: self._save_entry(dialog, declared.id, entry_no))
        dialog.setModal(True)
        dialog.open()

    def _save_entry(self, dialog: EntryDialog, form_id: str, entry_no: int | None) -> None:
        session, number, values = self._session, self._number, dialog.editor.values()
        self._runner.run(lambda: save_form(session, number, form_id, values, entry_no=entry_no),
                         on_finished=lambda _r: self._entry_saved(dialog),
                         on_failed=lambda exc: self._entry_failed(dialog, form_id, exc),
                         owner=self)

    def _entry_saved(self, dialog: EntryDialog) -> None:
        dialog.deleteLater()
        self.message.setText(self.tr("Saved."))
        self.saved.emit()

    def _entry_failed(self, dialog: EntryDialog, form_id: str, exc: Exception) -> None:
        # The dialog comes back with what was typed and the reasons at the fields.
        if isinstance(exc, FormInvalid) and exc.form_id == form_id:
            dialog.editor.show_errors(exc.errors)  # type: ignore[arg-type]
        dialog.message.setText(error_message(exc))
        dialog.open()


def _body_map(child: bool) -> EditorFactory:
    def make(field: Field, parent: QWidget | None) -> BodyMapEditor:
        editor = BodyMapEditor(field, parent)
        editor.set_child(child)
        return editor
    return make
