"""Follow-up tasks: their dates (calendar months included) and their state on a given day."""

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isange_desktop.domain.followups import (
    PlannedTask,
    TaskKind,
    TaskState,
    add_months,
    counselling_task,
    hepatitis_b_tasks,
    hiv_test_tasks,
    pep_tasks,
    pregnancy_test_task,
    task_state,
)
from isange_desktop.i18n.messages import CATALOG


@pytest.mark.parametrize(("start", "months", "result"), [
    (date(2026, 1, 15), 1, date(2026, 2, 15)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2100, 1, 31), 1, date(2100, 2, 28)),  # not a leap year (century)
    (date(2000, 1, 31), 1, date(2000, 2, 29)),  # leap year (400)
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 10, 31), 3, date(2027, 1, 31)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2026, 5, 31), 0, date(2026, 5, 31)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
])
def test_add_months(start, months, result):
    assert add_months(start, months) == result


def test_pep_tasks_count_the_first_dose_as_day_0():
    started = date(2026, 1, 30)
    assert pep_tasks(started) == [
        PlannedTask(TaskKind.PEP_ADHERENCE_CHECK, date(2026, 2, 2), "task.reason.pep_day_3"),
        PlannedTask(TaskKind.PEP_ADHERENCE_CHECK, date(2026, 2, 13), "task.reason.pep_day_14"),
        PlannedTask(TaskKind.PEP_COMPLETION, date(2026, 2, 27), "task.reason.pep_day_28"),
    ]


def test_pep_course_across_a_leap_february():
    assert [t.due for t in pep_tasks(date(2028, 2, 20))] == [
        date(2028, 2, 23), date(2028, 3, 5), date(2028, 3, 19),
    ]


def test_hiv_tests_at_6_weeks_3_and_6_months():
    assert [(t.kind, t.due) for t in hiv_test_tasks(date(2026, 3, 10))] == [
        (TaskKind.HIV_TEST_6_WEEKS, date(2026, 4, 21)),
        (TaskKind.HIV_TEST_3_MONTHS, date(2026, 6, 10)),
        (TaskKind.HIV_TEST_6_MONTHS, date(2026, 9, 10)),
    ]


def test_hiv_tests_from_a_month_end():
    assert [t.due for t in hiv_test_tasks(date(2026, 11, 30))] == [
        date(2027, 1, 11), date(2027, 2, 28), date(2027, 5, 30),
    ]
    assert [t.due for t in hiv_test_tasks(date(2027, 8, 31))] == [
        date(2027, 10, 12), date(2027, 11, 30), date(2028, 2, 29),
    ]


def test_hepatitis_b_doses_at_1_and_6_months():
    assert [(t.kind, t.due) for t in hepatitis_b_tasks(date(2026, 1, 31))] == [
        (TaskKind.HEPATITIS_B_DOSE_2, date(2026, 2, 28)),
        (TaskKind.HEPATITIS_B_DOSE_3, date(2026, 7, 31)),
    ]
    assert [t.due for t in hepatitis_b_tasks(date(2027, 8, 31))] == [
        date(2027, 9, 30), date(2028, 2, 29),
    ]


def test_pregnancy_test_and_counselling():
    assert pregnancy_test_task(date(2026, 12, 25)) == PlannedTask(
        TaskKind.PREGNANCY_TEST_2_WEEKS, date(2027, 1, 8), "task.reason.pregnancy_2_weeks")
    assert counselling_task(date(2026, 4, 1)) == PlannedTask(
        TaskKind.COUNSELLING_SESSION, date(2026, 4, 1), "task.reason.counselling")


def test_task_states():
    due = date(2026, 4, 21)
    assert task_state(due, None, due - timedelta(days=1)) is TaskState.UPCOMING
    assert task_state(due, None, due) is TaskState.DUE_TODAY
    assert task_state(due, None, due + timedelta(days=1)) is TaskState.OVERDUE
    # Done wins, whether it was done early, on time or late.
    for done_on in (due - timedelta(days=3), due, due + timedelta(days=9)):
        for today in (due - timedelta(days=5), due, due + timedelta(days=30)):
            assert task_state(due, done_on, today) is TaskState.DONE


def test_every_kind_state_and_reason_has_a_label():
    day = date(2026, 1, 31)
    planned = [*pep_tasks(day), *hiv_test_tasks(day), *hepatitis_b_tasks(day),
               pregnancy_test_task(day), counselling_task(day)]
    assert {t.kind for t in planned} == set(TaskKind)
    ids = [t.reason for t in planned] + [k.label_id for k in TaskKind] \
        + [s.label_id for s in TaskState]
    assert [code for code in ids if code not in CATALOG] == []
    assert TaskKind.HIV_TEST_6_WEEKS.label_id == "task.hiv_test_6_weeks"


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(days, st.integers(-1200, 1200))
def test_add_months_lands_in_the_right_month_on_the_nearest_day(start, months):
    result = add_months(start, months)
    assert result.year * 12 + result.month == start.year * 12 + start.month + months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last)


@given(days, st.integers(1, 24))
def test_tasks_are_after_their_start_and_in_order(start, months):
    assert add_months(start, months) > start
    for planned in (pep_tasks(start), hiv_test_tasks(start), hepatitis_b_tasks(start)):
        dues = [t.due for t in planned]
        assert start < dues[0] and dues == sorted(dues)


@given(days, days)
def test_state_follows_the_calendar(due, today):
    state = task_state(due, None, today)
    assert state is {-1: TaskState.UPCOMING, 0: TaskState.DUE_TODAY,
                     1: TaskState.OVERDUE}[(today > due) - (today < due)]
