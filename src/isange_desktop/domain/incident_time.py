"""When the incident happened: an exact moment, or a range when the survivor can only estimate.

Survivors often cannot say the hour ("Tuesday night", "three days ago"), so the time is kept as
the range it could lie in. Rules that must not give false hope (the clinical clocks) count from
`earliest`; the range itself is kept so the record says what was actually known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum


class PartOfDay(StrEnum):
    """The coarse answers survivors give; each is a half-open range of local clock hours."""

    NIGHT = "night"  # 00:00-06:00
    MORNING = "morning"  # 06:00-12:00
    AFTERNOON = "afternoon"  # 12:00-18:00
    EVENING = "evening"  # 18:00-24:00
    UNKNOWN = "unknown"  # some time that day


_HOURS: dict[PartOfDay, tuple[int, int]] = {
    PartOfDay.NIGHT: (0, 6),
    PartOfDay.MORNING: (6, 12),
    PartOfDay.AFTERNOON: (12, 18),
    PartOfDay.EVENING: (18, 24),
    PartOfDay.UNKNOWN: (0, 24),
}


def is_aware(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.utcoffset() is not None


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two aware moments.

    Python subtracts wall-clock times when both share one tzinfo object, which is wrong across a
    daylight-saving change; going through UTC always counts the hours that really passed.
    """
    return end.astimezone(UTC) - start.astimezone(UTC)


def later_by(moment: datetime, span: timedelta) -> datetime:
    """`moment + span` in real time, shown in the moment's own zone (see `elapsed`)."""
    return (moment.astimezone(UTC) + span).astimezone(moment.tzinfo)


@dataclass(frozen=True, slots=True)
class IncidentTime:
    earliest: datetime
    latest: datetime

    def __post_init__(self) -> None:
        # A naive time would be read in whatever zone the laptop is set to: refuse it outright.
        if not (is_aware(self.earliest) and is_aware(self.latest)):
            raise ValueError("clock.time_not_aware")
        if elapsed(self.earliest, self.latest) < timedelta(0):
            raise ValueError("clock.time_range_reversed")

    @classmethod
    def exact(cls, at: datetime) -> IncidentTime:
        return cls(at, at)

    @classmethod
    def estimated(cls, earliest: datetime, latest: datetime) -> IncidentTime:
        return cls(earliest, latest)

    @classmethod
    def about(cls, day: date, part: PartOfDay, tz: tzinfo) -> IncidentTime:
        """An estimate such as "Tuesday night": the whole part of that day, in the zone `tz`.

        `latest` is the end of the range (the next part's start), so EVENING ends at midnight.
        """
        first, last = _HOURS[part]
        start = datetime.combine(day, time(first), tzinfo=tz)
        end = datetime.combine(day, time(0), tzinfo=tz) + timedelta(hours=last)
        return cls(start, end)

    @property
    def is_exact(self) -> bool:
        return elapsed(self.earliest, self.latest) == timedelta(0)
