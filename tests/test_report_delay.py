"""Days from incident to report, in the GBVIMS buckets."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.report_delay import (
    DelayBucket,
    bucket_for_days,
    delay_days,
    report_delay_bucket,
)
from isange_desktop.i18n.messages import CATALOG

KIGALI = timezone(timedelta(hours=2))
T0 = datetime(2026, 1, 31, 23, 30, tzinfo=KIGALI)
DAY = timedelta(days=1)
S = timedelta(seconds=1)
EXACT = IncidentTime.exact(T0)

# Written out independently: the first whole day of each bucket.
FIRST_DAY = [
    (0, DelayBucket.DAYS_0_3),
    (4, DelayBucket.DAYS_4_5),
    (6, DelayBucket.DAYS_6_14),
    (15, DelayBucket.WEEKS_2_MONTH_1),
    (31, DelayBucket.OVER_1_MONTH),
]


def expected(days):
    return [bucket for first, bucket in FIRST_DAY if days >= first][-1]


@pytest.mark.parametrize(("days", "bucket"), [
    (0, DelayBucket.DAYS_0_3),
    (3, DelayBucket.DAYS_0_3),
    (4, DelayBucket.DAYS_4_5),
    (5, DelayBucket.DAYS_4_5),
    (6, DelayBucket.DAYS_6_14),
    (14, DelayBucket.DAYS_6_14),
    (15, DelayBucket.WEEKS_2_MONTH_1),
    (30, DelayBucket.WEEKS_2_MONTH_1),
    (31, DelayBucket.OVER_1_MONTH),
    (400, DelayBucket.OVER_1_MONTH),
])
def test_bucket_at_whole_days(days, bucket):
    assert delay_days(EXACT, T0 + days * DAY) == days
    assert report_delay_bucket(EXACT, T0 + days * DAY) is bucket
    assert bucket_for_days(days) is bucket


@pytest.mark.parametrize("days", [1, 2, 3, 4, 5, 6, 7, 14, 15, 16, 30, 31, 32])
def test_one_second_either_side_of_each_day_boundary(days):
    boundary = T0 + days * DAY
    assert delay_days(EXACT, boundary - S) == days - 1
    assert delay_days(EXACT, boundary) == days
    assert delay_days(EXACT, boundary + S) == days
    assert report_delay_bucket(EXACT, boundary - S) is expected(days - 1)
    assert report_delay_bucket(EXACT, boundary + S) is expected(days)


def test_a_bucket_changes_exactly_at_its_first_day():
    for first, bucket in FIRST_DAY[1:]:
        assert report_delay_bucket(EXACT, T0 + first * DAY - S) is not bucket
        assert report_delay_bucket(EXACT, T0 + first * DAY) is bucket


def test_days_are_elapsed_24_hour_periods_not_calendar_dates():
    # 23:30 to 00:30 crosses midnight but is one hour: still day 0.
    assert delay_days(EXACT, T0 + timedelta(hours=1)) == 0


def test_an_estimated_incident_counts_from_its_earliest_moment():
    estimated = IncidentTime.estimated(T0, T0 + 3 * DAY)
    assert delay_days(estimated, T0 + 4 * DAY) == 4
    assert report_delay_bucket(estimated, T0 + 4 * DAY) is DelayBucket.DAYS_4_5


def test_a_report_before_the_incident_is_day_0():
    assert delay_days(EXACT, T0 - 3 * DAY) == 0
    assert report_delay_bucket(EXACT, T0 - S) is DelayBucket.DAYS_0_3


def test_zones_do_not_change_the_count():
    assert delay_days(EXACT, (T0 + 4 * DAY - S).astimezone(UTC)) == 3
    assert delay_days(EXACT, (T0 + 4 * DAY).astimezone(UTC)) == 4


def test_every_bucket_has_a_label():
    assert [b.label_id for b in DelayBucket if b.label_id not in CATALOG] == []
    assert DelayBucket.DAYS_0_3.label_id == "delay.0_3"


@given(st.integers(0, 2000), st.integers(0, 2000))
def test_the_bucket_never_goes_back_as_days_grow(a, b):
    order = list(DelayBucket)
    low, high = sorted((a, b))
    assert order.index(bucket_for_days(low)) <= order.index(bucket_for_days(high))
    assert bucket_for_days(a) is expected(a)


@given(st.timedeltas(min_value=-10 * DAY, max_value=1000 * DAY))
def test_delay_days_is_the_floor_of_elapsed_days(since):
    days = delay_days(EXACT, T0 + since)
    assert days >= 0
    if since >= timedelta(0):
        assert days * DAY <= since < (days + 1) * DAY
    else:
        assert days == 0
