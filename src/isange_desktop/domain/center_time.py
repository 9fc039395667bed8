"""The centers' clock: Rwanda keeps Central Africa Time (UTC+2) all year, with no summer time.

A fixed offset, not a tz database lookup, so a Windows laptop without tzdata gets it right.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CENTER_TZ = timezone(timedelta(hours=2), "CAT")


def local_date(moment: datetime) -> date:
    return moment.astimezone(CENTER_TZ).date()
