"""Shelter: who is in the safe room now, and who came and went in the last 30 days."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.services.session import UserSession
from isange_desktop.services.shelter import ShelterBoard, shelter_board
from isange_desktop.store.types import utcnow


def may_see_shelter(session: UserSession) -> bool:
    return granting_role(session.roles, Action.VIEW_SHELTER) is not None


class ShelterPage(Retranslating, QWidget):
    open_requested = Signal(str)
    loaded = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._board: ShelterBoard | None = None
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.staying = make_table([""] * 5, "", stretch=2)
        self.admitted = make_table([""] * 4, "", stretch=2)
        self.discharged = make_table([""] * 4, "", stretch=2)
        self._boxes = [QGroupBox() for _ in range(3)]
        for box, table in zip(self._boxes, (self.staying, self.admitted, self.discharged),
                              strict=True):
            QVBoxLayout(box).addWidget(table)
            table.doubleClicked.connect(lambda _i, t=table: self._open_from(t))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        recent = QHBoxLayout()
        recent.addWidget(self._boxes[1])
        recent.addWidget(self._boxes[2])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._boxes[0], 3)
        layout.addLayout(recent, 2)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self._boxes[0].setTitle(self.tr("In the safe room now"))
        self._boxes[1].setTitle(self.tr("Admitted in the last 30 days"))
        self._boxes[2].setTitle(self.tr("Discharged in the last 30 days"))
        self.staying.setHorizontalHeaderLabels([self.tr("Case number"), self.tr("Survivor"),
                                                self.tr("Room or bed"), self.tr("Admitted"),
                                                self.tr("Nights")])
        self.admitted.setHorizontalHeaderLabels([self.tr("Case number"), self.tr("Survivor"),
                                                 self.tr("Admitted"), self.tr("Room or bed")])
        self.discharged.setHorizontalHeaderLabels([self.tr("Case number"), self.tr("Survivor"),
                                                   self.tr("Discharged"), self.tr("Nights")])
        for table, name in ((self.staying, self.tr("In the safe room now")),
                            (self.admitted, self.tr("Admitted in the last 30 days")),
                            (self.discharged, self.tr("Discharged in the last 30 days"))):
            table.setAccessibleName(name)
        self.refresh_button.setText(self.tr("&Refresh"))
        if self._board is not None:
            self._show(self._board)


    def refresh(self) -> None:
        session = self._session
        self.refresh_button.setEnabled(False)
        self._runner.run(lambda: shelter_board(session), on_finished=self._arrived,
                         on_failed=self._failed)

    def discard(self) -> None:
        self._board = None
        for table in (self.staying, self.admitted, self.discharged):
            clear_table(table)
        self.summary.clear()
        self.message.clear()

    def _arrived(self, board: ShelterBoard) -> None:
        self.refresh_button.setEnabled(True)
        self._show(board)
        self.loaded.emit()

    def _show(self, board: ShelterBoard) -> None:
        self._board = board
        now = utcnow()
        self.summary.setText(self.tr("%n person(s) in the safe room", None, len(board.staying)))
        fill_table(self.staying, [(s.number, s.initials, s.bed or "-", format_when(s.admitted_at),
                                   str(s.nights(now))) for s in board.staying])
        fill_table(self.admitted, [(s.number, s.initials, format_when(s.admitted_at), s.bed or "-")
                                   for s in board.admitted_recently])
        fill_table(self.discharged, [(s.number, s.initials, format_when(s.discharged_at),
                                      str(s.nights(now))) for s in board.discharged_recently])

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.message.setText(error_message(exc))
        self.loaded.emit()

    def _open_from(self, table: QTableWidget) -> None:
        item = table.item(table.currentRow(), 0)
        if item is not None:
            self.open_requested.emit(item.text())

