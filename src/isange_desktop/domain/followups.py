"""Follow-up tasks that what was done at the first visit sets in motion, as dated tasks.

"Day N" of a course counts the day of the first dose as day 0, as follow-up schedules do: the
day-28 completion visit falls the day after the 28th daily dose (days 0-27). Intervals after an
exposure count from the exposure date the same way (6 weeks = exposure + 42 days).

The callers pass local calendar dates (the incident's earliest moment converted to the
center's zone); nothing here reads the clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class TaskKind(StrEnum):
    PEP_ADHERENCE_CHECK = "pep_adherence_check"
    PEP_COMPLETION = "pep_completion"
    HIV_TEST_6_WEEKS = "hiv_test_6_weeks"
    HIV_TEST_3_MONTHS = "hiv_test_3_months"
    HIV_TEST_6_MONTHS = "hiv_test_6_months"
    PREGNANCY_TEST_2_WEEKS = "pregnancy_test_2_weeks"
    HEPATITIS_B_DOSE_2 = "hepatitis_b_dose_2"
    HEPATITIS_B_DOSE_3 = "hepatitis_b_dose_3"
    COUNSELLING_SESSION = "counselling_session"

    @property
    def label_id(self) -> str:
        return f"task.{self.value}"


class TaskState(StrEnum):
    DONE = "done"
    UPCOMING = "upcoming"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"

    @property
    def label_id(self) -> str:
        return f"task.state.{self.value}"


@dataclass(frozen=True, slots=True)
class PlannedTask:
    kind: TaskKind
    due: date
    reason: str  # message id saying why the task exists (two adherence checks share a kind)


PEP_COURSE_DAYS = 28
PEP_ADHERENCE_DAYS = (3, 14)


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later; a day the target month lacks becomes its last day.

    Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year), never Mar 2 or 3: a vaccine dose due
    "one month later" must stay in the next month.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def pep_tasks(pep_started_on: date) -> list[PlannedTask]:
    checks = [
        PlannedTask(TaskKind.PEP_ADHERENCE_CHECK, pep_started_on + timedelta(days=n),
                    f"task.reason.pep_day_{n}")
        for n in PEP_ADHERENCE_DAYS
    ]
    done = PlannedTask(TaskKind.PEP_COMPLETION, pep_started_on + timedelta(days=PEP_COURSE_DAYS),
                       "task.reason.pep_day_28")
    return [*checks, done]


def hiv_test_tasks(exposure_on: date) -> list[PlannedTask]:
    return [
        PlannedTask(TaskKind.HIV_TEST_6_WEEKS, exposure_on + timedelta(weeks=6),
                    "task.reason.hiv_6_weeks"),
        PlannedTask(TaskKind.HIV_TEST_3_MONTHS, add_months(exposure_on, 3),
                    "task.reason.hiv_3_months"),
        PlannedTask(TaskKind.HIV_TEST_6_MONTHS, add_months(exposure_on, 6),
                    "task.reason.hiv_6_months"),
    ]


def hepatitis_b_tasks(dose1_on: date) -> list[PlannedTask]:
    # The 0, 1, 6 month schedule.
    return [
        PlannedTask(TaskKind.HEPATITIS_B_DOSE_2, add_months(dose1_on, 1),
                    "task.reason.hepatitis_b_dose_2"),
        PlannedTask(TaskKind.HEPATITIS_B_DOSE_3, add_months(dose1_on, 6),
                    "task.reason.hepatitis_b_dose_3"),
    ]


def pregnancy_test_task(incident_on: date) -> PlannedTask:
    """Planned when EC was given or there is a pregnancy risk; the caller decides which."""
    return PlannedTask(TaskKind.PREGNANCY_TEST_2_WEEKS, incident_on + timedelta(weeks=2),
                       "task.reason.pregnancy_2_weeks")


def counselling_task(next_on: date) -> PlannedTask:
    return PlannedTask(TaskKind.COUNSELLING_SESSION, next_on, "task.reason.counselling")


def task_state(due: date, done_on: date | None, today: date) -> TaskState:
    """Done wins whatever the dates: a task done early or late is simply done."""
    if done_on is not None:
        return TaskState.DONE
    if today < due:
        return TaskState.UPCOMING
    if today == due:
        return TaskState.DUE_TODAY
    return TaskState.OVERDUE
