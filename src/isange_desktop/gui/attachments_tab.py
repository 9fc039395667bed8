"""A case's Attachments tab: every file of the case the user may see (the intake's scans and
each track's photos and documents), with Add, View and Export (gui/attachment_list.py).

The tab is absent for a user who could see no attachment at all (attachment_words.may_see_any);
the service filters the rest, file by file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from isange_desktop.gui.attachment_list import AttachmentList
from isange_desktop.gui.attachment_words import places_to_add
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.services.session import UserSession


class AttachmentsTab(Retranslating, QWidget):
    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = AttachmentList(session, runner, number, track=None,
                                   places=places_to_add(session))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Scanned documents and photos kept with the case, encrypted in the vault. You see "
            "the files of the parts of the case your role may see. Open a file with View: it "
            "is shown from memory, never written to the disk."))

    def clear(self) -> None:
        self.list.clear()
