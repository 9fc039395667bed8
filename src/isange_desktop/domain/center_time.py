"""The centers' clock: Rwanda keeps Central Africa Time (UTC+2) all year, with no summer time.

A fixed offset, not a tz database lookup, so a Windows laptop without tzdata gets it right.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from isange_desktop.errors import ValidationError

CENTER_TZ = timezone(timedelta(hours=2), "CAT")


def local_date(moment: datetime) -> date:
    return moment.astimezone(CENTER_TZ).date()


def in_center_time(moment: datetime) -> datetime:
    """A moment typed without an offset is the center's clock, as every time on screen is."""
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=CENTER_TZ)


def parse_center_moment(text: str, invalid: str) -> datetime:
    """An ISO 8601 date or moment typed by a person, in center time unless it has an offset;
    ``invalid`` is the message id (with ``text``) when it is not one."""
    try:
        return in_center_time(datetime.fromisoformat(text.strip()))
    except ValueError:
        raise ValidationError(invalid, text=text) from None
