"""Partner centers: the centers this one trusts with referrals, this center's own card and
fingerprint, and pinning or removing a center.

Layouts and fixed texts: ui/centers_dialog.ui and ui/pin_center_dialog.ui. A pin is trust in
where survivors' data may go, so a card is pinned only once the person has typed the
fingerprint the other center read aloud, and services/center_directory.py refuses (and
records) a fingerprint that does not match the card.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms.rwanda import DISTRICT_CHOICES
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.errors import ValidationError
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.field_editor_base import forms_text
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.referral_words import (
    CARD_SUFFIX,
    close_dialog,
    fingerprint_groups,
    fit_height,
    pick_path,
    save_file,
)
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.center import current_center
from isange_desktop.services.center_directory import (
    PinnedCenter,
    list_centers,
    pin_center,
    read_card,
    remove_center,
)
from isange_desktop.services.center_keys import export_card, own_fingerprint
from isange_desktop.services.session import UserSession
from isange_desktop.store.bounded_file import read_bounded
from isange_desktop.store.vault import CenterInfo
from isange_desktop.transfer.center_card import MAX_CARD_BYTES, CenterCard, normalize_fingerprint

_DISTRICTS = {c.value: c.label for c in DISTRICT_CHOICES}
_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"

Directory = tuple[list[PinnedCenter], CenterInfo, str]


def _district(code: str | None) -> str:
    return "-" if code is None else forms_text(_DISTRICTS.get(code, code))


def _directory(session: UserSession) -> Directory:
    return list_centers(session), current_center(session), own_fingerprint(session)


def _save_card(session: UserSession, path: Path) -> tuple[Path, str]:
    card = export_card(session)
    return save_file(path, card.data, "center.file_unwritable"), card.fingerprint


def _open_card(path: Path) -> tuple[bytes, CenterCard]:
    data = read_bounded(path, MAX_CARD_BYTES, "center.file_unreadable")
    return data, read_card(data)


class CentersDialog(Retranslating, QDialog):
    """``loaded`` after each reading of the list; ``pin_dialog_shown(dialog)`` when a card
    was read and waits for its fingerprint; ``changed`` after a pin or a removal."""

    loaded = Signal()
    pin_dialog_shown = Signal(object)
    changed = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._centers: list[PinnedCenter] = []
        self._own: CenterInfo | None = None
        self._file_dialog: QFileDialog | None = None
        self.pin_dialog: PinCenterDialog | None = None

        load_ui("centers_dialog", self)
        self.own_fingerprint = child(self, QLabel, "own_fingerprint")
        self.message = child(self, QLabel, "message")
        self.progress = child(self, QProgressBar, "progress")
        self.save_card_button = child(self, QPushButton, "save_card_button")
        self.add_button = child(self, QPushButton, "add_button")
        self.remove_button = child(self, QPushButton, "remove_button")
        self.close_button = child(self, QPushButton, "close_button")
        self.table = make_table([""] * 5, "", stretch=1)
        child(self, QVBoxLayout, "table_place").addWidget(self.table)
        # Absent, not disabled, for a role that may not pin or remove.
        self.add_button.setVisible(granting_role(session.roles, Action.CENTER_PIN) is not None)
        self.remove_button.setVisible(
            granting_role(session.roles, Action.CENTER_REMOVE) is not None)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.save_card_button.clicked.connect(self.choose_card_destination)
        self.add_button.clicked.connect(self.choose_card)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("District"), self.tr("Fingerprint"),
            self.tr("Pinned")])
        self.table.setAccessibleName(self.tr("Pinned centers"))
        self._show()

    def _show(self) -> None:
        fill_table(self.table, [
            (c.code, c.name, _district(c.district), c.fingerprint,
             self.tr("%1 by %2").replace("%1", format_when(c.pinned_at))
             .replace("%2", c.pinned_by)) for c in self._centers])
        if self._own is None:
            self.own_fingerprint.clear()

    def refresh(self) -> None:
        session = self._session
        self.progress.show()
        self._runner.run(lambda: _directory(session), on_finished=self._arrived,
                         on_failed=self._failed, owner=self)

    def _arrived(self, found: Directory) -> None:
        self._centers, self._own, fingerprint = found
        self.own_fingerprint.setText(fingerprint_groups(fingerprint))
        self.own_fingerprint.setAccessibleName(fingerprint)
        self.progress.hide()
        self._show()
        if not self._centers:
            self._say(translate("center.none_pinned"))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self._say(error_message(exc), error=True)
        self.loaded.emit()

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE if ok else "")
        self.message.setText(text)

    def center_codes(self) -> list[str]:
        return [c.code for c in self._centers]

    # -- our card -----------------------------------------------------------------------------
    def choose_card_destination(self) -> None:
        code = self._own.code if self._own is not None else "center"
        self._file_dialog = pick_path(
            self, self.tr("Save our center card"),
            self.tr("Center cards (*%1)").replace("%1", CARD_SUFFIX), self.save_card,
            mode="save", suggested=f"{code}{CARD_SUFFIX}")

    def save_card(self, path: Path) -> None:
        session = self._session
        self.progress.show()
        self._runner.run(lambda: _save_card(session, path), on_finished=self._card_saved,
                         on_failed=self._failed, owner=self)

    def _card_saved(self, saved: tuple[Path, str]) -> None:
        self.progress.hide()
        path, fingerprint = saved
        self._say(translate("center.card_written", path=str(path), fingerprint=fingerprint),
                  ok=True)

    # -- another center's card ----------------------------------------------------------------
    def choose_card(self) -> None:
        self._file_dialog = pick_path(
            self, self.tr("Add a center card"),
            self.tr("Center cards (*%1);;All files (*)").replace("%1", CARD_SUFFIX),
            self.open_card)

    def open_card(self, path: Path) -> None:
        """Read and check the card (its own signature), then ask for the fingerprint."""
        self.progress.show()
        self._runner.run(lambda: _open_card(path), on_finished=self._card_read,
                         on_failed=self._failed, owner=self)

    def _card_read(self, read: tuple[bytes, CenterCard]) -> None:
        self.progress.hide()
        self.message.clear()
        data, card = read
        dialog = PinCenterDialog(self._session, self._runner, data, card, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pinned.connect(self._pinned)
        self.pin_dialog = dialog
        dialog.open()
        self.pin_dialog_shown.emit(dialog)

    def _pinned(self, center: PinnedCenter) -> None:
        self._say(translate("center.pinned_done", center=center.code,
                            fingerprint=center.fingerprint), ok=True)
        self.changed.emit()
        self.refresh()

    # -- removing -----------------------------------------------------------------------------
    def selected_center(self) -> PinnedCenter | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._centers[row] if selected and 0 <= row < len(self._centers) else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_center() is not None)

    def remove_selected(self) -> None:
        center = self.selected_center()
        if center is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove a center"),
            self.tr("Remove %1 (%2)? Nothing more will be sent to it or accepted from it. To "
                    "trust it again, its card must be pinned again after a new fingerprint "
                    "call.").replace("%1", center.name).replace("%2", center.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(center.code)

    def remove(self, code: str) -> None:
        session = self._session
        self.progress.show()
        self._runner.run(lambda: remove_center(session, code),
                         on_finished=lambda _none: self._removed(code),
                         on_failed=self._failed, owner=self)

    def _removed(self, code: str) -> None:
        self._say(translate("center.removed_done", center=code), ok=True)
        self.changed.emit()
        self.refresh()

    def discard(self) -> None:
        """The screen is locking: close what is open under this dialog, then this one."""
        close_dialog(self._file_dialog)
        close_dialog(self.pin_dialog)
        self.close()


class PinCenterDialog(Retranslating, QDialog):
    """Shows a card read from a file and pins it once the person has typed the fingerprint
    the center read aloud; ``pinned(PinnedCenter)`` then, and the dialog closes."""

    pinned = Signal(object)
    refused = Signal()

    def __init__(self, session: UserSession, runner: Runner, data: bytes, card: CenterCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._data, self._card = session, runner, data, card
        self._busy = False
        load_ui("pin_center_dialog", self)
        self.name_value = child(self, QLabel, "name_value")
        self.district_value = child(self, QLabel, "district_value")
        self.fingerprint_value = child(self, QLabel, "fingerprint_value")
        self.confirm_field = child(self, QLineEdit, "confirm_field")
        self.match_label = child(self, QLabel, "match_label")
        self.error = child(self, QLabel, "error")
        self.progress = child(self, QProgressBar, "progress")
        self.pin_button = child(self, QPushButton, "pin_button")
        self.cancel_button = child(self, QPushButton, "cancel_button")
        self.name_value.setText(f"{card.name} ({card.code})")
        self.fingerprint_value.setText(fingerprint_groups(card.fingerprint))
        self.fingerprint_value.setAccessibleName(card.fingerprint)
        self.progress.hide()
        self.error.hide()
        self.confirm_field.textChanged.connect(self._typed)
        self.pin_button.clicked.connect(self.pin)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        fit_height(self)
        self.confirm_field.setFocus()

    def retranslate(self) -> None:
        self.district_value.setText(_district(self._card.district))
        self._typed(self.confirm_field.text())

    def _typed(self, text: str) -> None:
        """Says at once whether what was typed is a whole fingerprint and matches the card.
        Pinning stays possible on a mismatch: the service refuses it, and records the try."""
        typed = self._normalized(text)
        self.pin_button.setEnabled(typed is not None and not self._busy)
        if typed is None:
            self.match_label.setStyleSheet("")
            self.match_label.setText(self.tr(
                "8 groups of 4 letters and digits; spaces and dashes do not matter.")
                if text.strip() else "")
        elif typed == self._card.fingerprint:
            self.match_label.setStyleSheet(_OK_STYLE + " font-weight: 600;")
            self.match_label.setText(self.tr("It matches the card."))
        else:
            self.match_label.setStyleSheet(_ERROR_STYLE + " font-weight: 600;")
            self.match_label.setText(self.tr(
                "It does not match the card. Check each group with the center again; if "
                "they differ, do not pin this card."))
        fit_height(self)  # the message may take a line more or less

    @staticmethod
    def _normalized(text: str) -> str | None:
        try:
            return normalize_fingerprint(text)
        except ValidationError:
            return None

    def pin(self) -> None:
        typed = self.confirm_field.text()
        if self._busy or self._normalized(typed) is None:
            return
        session, data = self._session, self._data
        self._busy = True
        self.progress.show()
        self.pin_button.setEnabled(False)
        self._runner.run(lambda: pin_center(session, data, typed), on_finished=self._pinned,
                         on_failed=self._refused, owner=self)

    def _pinned(self, center: PinnedCenter) -> None:
        self._busy = False
        self.progress.hide()
        self.pinned.emit(center)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._busy = False
        self.progress.hide()
        self.error.setText(error_message(exc))
        self.error.show()
        self._typed(self.confirm_field.text())
        fit_height(self)
        self.refused.emit()

    def reject(self) -> None:
        if not self._busy:  # pinning: closing now would hide the outcome
            super().reject()
