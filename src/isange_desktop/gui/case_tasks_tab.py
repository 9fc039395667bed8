"""A case's follow-up tasks: done, due and upcoming, with Mark done for those who may."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isange_desktop.domain.followups import TaskState
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.session import UserSession
from isange_desktop.services.tasks import TaskView, case_tasks, complete_task


class CaseTasksTab(Retranslating, QWidget):
    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._tasks: list[TaskView] = []
        self.table = make_table([""] * 3, "", stretch=0)
        self.done_button = QPushButton()
        self.done_button.setVisible(
            granting_role(session.roles, Action.TASK_COMPLETE) is not None)
        self.done_button.clicked.connect(self._complete_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Due"),
                                              self.tr("State")])
        self.table.setAccessibleName(self.tr("Follow-up tasks of this case"))
        self.done_button.setText(self.tr("Mark &done"))
        self._show(self._tasks)


    def reload(self) -> None:
        session, number = self._session, self._number
        self._runner.run(lambda: case_tasks(session, number), on_finished=self._show,
                         on_failed=self._failed, owner=self)

    def _show(self, tasks: list[TaskView]) -> None:
        self._tasks = tasks
        locale = self.locale()
        fill_table(self.table, [
            (translate(t.kind.label_id),
             locale.toString(QDate(t.due.year, t.due.month, t.due.day),
                             QLocale.FormatType.ShortFormat),
             translate(t.state.label_id) + (" !" if t.state is TaskState.OVERDUE else ""))
            for t in tasks])
        if not tasks:
            self.message.setText(self.tr("No follow-up task for this case."))

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_message(exc))

    def _complete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._tasks) or self._tasks[row].state is TaskState.DONE:
            self.message.setText(self.tr("Choose an open task in the list first."))
            return
        session, task_id = self._session, self._tasks[row].task_id
        self._runner.run(lambda: complete_task(session, task_id),
                         on_finished=lambda _r: self.reload(), on_failed=self._failed,
                         owner=self)

    def clear(self) -> None:
        self._tasks = []
        clear_table(self.table)
        self.message.clear()
