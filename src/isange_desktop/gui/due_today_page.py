"""Due today: the center's follow-up tasks due today or overdue; mark one done or open its case."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isange_desktop.domain.followups import TaskState
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.messages import translate
from isange_desktop.services.session import UserSession
from isange_desktop.services.tasks import TaskView, complete_task, due_tasks


def may_see_tasks(session: UserSession) -> bool:
    return granting_role(session.roles, Action.TASKS_VIEW) is not None


class DueTodayPage(Retranslating, QWidget):
    """``open_requested(number)`` to open a task's case; ``loaded`` after each refresh."""

    open_requested = Signal(str)
    loaded = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._tasks: list[TaskView] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.table = make_table([""] * 5, "", stretch=2)
        self.table.doubleClicked.connect(self._open_selected)
        self.done_button = QPushButton()
        self.done_button.setVisible(
            granting_role(session.roles, Action.TASK_COMPLETE) is not None)
        self.done_button.clicked.connect(self._complete_selected)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Follow-up due today or overdue"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case number"), self.tr("Survivor"), self.tr("Task"), self.tr("Due"),
            self.tr("State")])
        self.table.setAccessibleName(self.tr("Tasks due"))
        self.done_button.setText(self.tr("Mark &done"))
        self.open_button.setText(self.tr("&Open case"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._show(self._tasks)


    def refresh(self) -> None:
        session = self._session
        self.refresh_button.setEnabled(False)
        self._runner.run(lambda: due_tasks(session), on_finished=self._arrived,
                         on_failed=self._failed)

    def discard(self) -> None:
        self._tasks = []
        clear_table(self.table)
        self.message.clear()

    def _arrived(self, tasks: list[TaskView]) -> None:
        self.refresh_button.setEnabled(True)
        self._show(tasks)
        self.message.setText(self.tr("%n task(s) to do", None, len(tasks)) if tasks
                             else self.tr("Nothing is due. Well done."))
        self.loaded.emit()

    def _show(self, tasks: list[TaskView]) -> None:
        self._tasks = tasks
        locale = self.locale()
        fill_table(self.table, [
            (t.number, t.initials, translate(t.kind.label_id),
             locale.toString(QDate(t.due.year, t.due.month, t.due.day),
                             QLocale.FormatType.ShortFormat),
             # Overdue says so in words; the colour of the row is not the only sign.
             translate(t.state.label_id) + (" !" if t.state is TaskState.OVERDUE else ""))
            for t in tasks])

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.message.setText(error_message(exc))
        self.loaded.emit()

    def _selected(self) -> TaskView | None:
        row = self.table.currentRow()
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def _open_selected(self) -> None:
        task = self._selected()
        if task is not None:
            self.open_requested.emit(task.number)

    def _complete_selected(self) -> None:
        task = self._selected()
        if task is None:
            self.message.setText(self.tr("Choose a task in the list first."))
            return
        session, task_id = self._session, task.task_id
        self._runner.run(lambda: complete_task(session, task_id),
                         on_finished=lambda _r: self.refresh(), on_failed=self._failed)
