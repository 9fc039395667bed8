"""How long after the incident the survivor reached the center, in the GBVIMS buckets.

Days are whole 24-hour periods elapsed from the earliest incident time (floor), the same
conservative reading as the clinical clocks: an estimated incident is never reported as
fresher than it may be. A report time before the incident (a typing error) counts as day 0.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from isange_desktop.domain.incident_time import IncidentTime, elapsed


class DelayBucket(StrEnum):
    DAYS_0_3 = "0_3"
    DAYS_4_5 = "4_5"
    DAYS_6_14 = "6_14"
    WEEKS_2_MONTH_1 = "2w_1m"
    OVER_1_MONTH = "over_1m"

    @property
    def label_id(self) -> str:
        return f"delay.{self.value}"


# Last whole day of each bucket; anything beyond the last entry is over a month.
_UPPER_DAYS: tuple[tuple[int, DelayBucket], ...] = (
    (3, DelayBucket.DAYS_0_3),
    (5, DelayBucket.DAYS_4_5),
    (14, DelayBucket.DAYS_6_14),
    (30, DelayBucket.WEEKS_2_MONTH_1),
)


def delay_days(incident: IncidentTime, reported_at: datetime) -> int:
    return max(elapsed(incident.earliest, reported_at) // timedelta(days=1), 0)


def bucket_for_days(days: int) -> DelayBucket:
    return next((bucket for upper, bucket in _UPPER_DAYS if days <= upper),
                DelayBucket.OVER_1_MONTH)


def report_delay_bucket(incident: IncidentTime, reported_at: datetime) -> DelayBucket:
    return bucket_for_days(delay_days(incident, reported_at))
