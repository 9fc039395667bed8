"""Follow-up tasks: what is due today or overdue at the center, and marking one done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.followups import TaskKind, TaskState, task_state
from isange_desktop.domain.names import initials
from isange_desktop.domain.policy import Action
from isange_desktop.errors import ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case, Person, Task
from isange_desktop.store.types import utcnow

DUE_LIMIT = 500


@dataclass(frozen=True)
class TaskView:
    task_id: int
    number: str
    initials: str
    kind: TaskKind
    due: date
    state: TaskState


def due_tasks(session: UserSession, today: date | None = None) -> list[TaskView]:
    """Open tasks due today or earlier, oldest first (an indexed range on the due date)."""
    role = authorize(session, Action.TASKS_VIEW, object_type="task")
    today = today or local_date(utcnow())
    with session.vault.unit_of_work() as uow:
        rows = uow.execute(
            select(Task.id, Task.kind, Task.due, Case.number, Person.family_name,
                   Person.given_names)
            .join(Case, Task.case_id == Case.id).join(Person, Case.person_id == Person.id)
            .where(Task.due <= today.isoformat(), Task.done_on.is_(None),
                   Task.cancelled.is_(False), Case.status != "voided")
            .order_by(Task.due, Task.id).limit(DUE_LIMIT)
        ).all()
        views = [TaskView(r.id, r.number, initials(r.family_name, r.given_names),
                          TaskKind(r.kind), date.fromisoformat(r.due),
                          task_state(date.fromisoformat(r.due), None, today)) for r in rows]
        record(uow, actor=session.login, role=role, action="tasks.listed", object_type="task",
               details={"count": len(views)})
    return views


def complete_task(session: UserSession, task_id: int, done_on: date | None = None) -> None:
    role = authorize(session, Action.TASK_COMPLETE, object_type="task", object_id=str(task_id))
    done_on = done_on or local_date(utcnow())
    with session.vault.unit_of_work() as uow:
        task = uow.get(Task, task_id)
        if task is None or task.done_on is not None or task.cancelled:
            raise ValidationError("task.not_open", task=task_id)
        task.done_on = done_on.isoformat()
        record(uow, actor=session.login, role=role, action="task.completed", object_type="task",
               object_id=str(task_id))


def case_tasks(session: UserSession, number: str, today: date | None = None) -> list[TaskView]:
    """Every follow-up task of one case (done, due, upcoming; not cancelled), by due date."""
    number = str(parse_case_number(number))
    role = authorize(session, Action.TASKS_VIEW, object_type="case", object_id=number)
    today = today or local_date(utcnow())
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        person = uow.get_one(Person, case.person_id)
        rows = uow.execute(
            select(Task.id, Task.kind, Task.due, Task.done_on)
            .where(Task.case_id == case.id, Task.cancelled.is_(False))
            .order_by(Task.due, Task.id)).all()
        views = [TaskView(r.id, number, initials(person.family_name, person.given_names),
                          TaskKind(r.kind), date.fromisoformat(r.due),
                          task_state(date.fromisoformat(r.due),
                                     date.fromisoformat(r.done_on) if r.done_on else None,
                                     today)) for r in rows]
        record(uow, actor=session.login, role=role, action="tasks.listed", object_type="case",
               object_id=number, details={"count": len(views)})
    return views
