"""A personal data breach and the two clocks the law starts when it is found.

Rwanda's Law No 058/2021 on the protection of personal data and privacy: the data controller
communicates a breach to the supervisory authority (the National Cyber Security Authority,
NCSA) within 48 hours of becoming aware of it (art. 43), and submits a report on it within
72 hours (art. 44). Both are counted from the moment the breach was found, never from when it
happened (often unknown) nor from the end of an inquiry.

The boundary, chosen and held by the tests: the law says "within" 48 hours, so the whole
48th hour is still in time. At exactly found + 48:00:00 the notification is due with no time
left (still open); from one second (any instant) later it is overdue. A step done at exactly
the deadline is done in time. The same holds for the report at 72 hours.

Moments are aware datetimes (a naive one is refused: a wrong offset would move a legal
deadline by two hours). Pure functions; nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

NOTIFY_WITHIN = timedelta(hours=48)
REPORT_WITHIN = timedelta(hours=72)
_ZERO = timedelta(0)


class BreachKind(StrEnum):
    LOST_DEVICE = "lost_device"  # the laptop, lost or stolen
    STOLEN_MEDIA = "stolen_media"  # a backup stick, a printed file
    WRONG_RECIPIENT = "wrong_recipient"  # a referral or an e-mail sent to the wrong place
    UNAUTHORISED_ACCESS = "unauthorised_access"  # someone read what they must not
    OTHER = "other"


class DataKind(StrEnum):
    """What kind of personal data a breach touched, in the order a notice lists them."""

    IDENTIFICATION = "identification"  # who the survivor is, how to reach them
    INCIDENT = "incident"  # what happened, the screening, the classification
    MEDICAL = "medical"  # examination, treatment, forensic samples
    COUNSELLING = "counselling"  # psychosocial assessment and sessions
    LEGAL = "legal"  # the investigation
    SHELTER = "shelter"
    ATTACHMENTS = "attachments"  # scans and photos


class Step(StrEnum):
    NOTIFIED = "notified"  # the NCSA was told (art. 43)
    REPORTED = "reported"  # the report was submitted (art. 44)


WINDOW: dict[Step, timedelta] = {Step.NOTIFIED: NOTIFY_WITHIN, Step.REPORTED: REPORT_WITHIN}


class DeadlineState(StrEnum):
    OPEN = "open"  # not done, time left (zero at the deadline itself)
    OVERDUE = "overdue"  # not done, the deadline has passed
    DONE = "done"  # done by the deadline
    DONE_LATE = "done_late"  # done, after the deadline


@dataclass(frozen=True)
class DeadlineStatus:
    step: Step
    deadline: datetime
    state: DeadlineState
    left: timedelta  # while open: the time to the deadline; else zero
    late_by: timedelta  # overdue: since the deadline; done late: how late; else zero
    done_at: datetime | None

    @property
    def is_done(self) -> bool:
        return self.state in (DeadlineState.DONE, DeadlineState.DONE_LATE)


def _aware(moment: datetime, what: str) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError(f"{what} must carry its offset")
    return moment


def deadline(found_at: datetime, step: Step) -> datetime:
    return _aware(found_at, "found_at") + WINDOW[step]


def status(found_at: datetime, step: Step, now: datetime,
           done_at: datetime | None = None) -> DeadlineStatus:
    """Where the step stands at ``now`` (see the module docstring for the boundary)."""
    due = deadline(found_at, step)
    _aware(now, "now")
    if done_at is not None:
        late = _aware(done_at, "done_at") - due
        if late > _ZERO:
            return DeadlineStatus(step, due, DeadlineState.DONE_LATE, _ZERO, late, done_at)
        return DeadlineStatus(step, due, DeadlineState.DONE, _ZERO, _ZERO, done_at)
    if now <= due:
        return DeadlineStatus(step, due, DeadlineState.OPEN, due - now, _ZERO, None)
    return DeadlineStatus(step, due, DeadlineState.OVERDUE, _ZERO, now - due, None)


def statuses(found_at: datetime, now: datetime, *, notified_at: datetime | None = None,
             reported_at: datetime | None = None) -> tuple[DeadlineStatus, DeadlineStatus]:
    """The notification's and the report's status, in that order."""
    return (status(found_at, Step.NOTIFIED, now, notified_at),
            status(found_at, Step.REPORTED, now, reported_at))


def hours_and_minutes(span: timedelta) -> tuple[int, int]:
    """A span as whole hours and minutes, rounded down: "0 h 59 min" left is said while a
    minute is not yet fully gone, never "1 h" while less than an hour remains."""
    minutes = int(max(span, _ZERO).total_seconds() // 60)
    return divmod(minutes, 60)


@dataclass(frozen=True)
class BreachInfo:
    id: int
    kind: str
    found_at: datetime
    occurred_at: datetime | None
    description: str
    measures: str | None
    recorded_by: str
    recorded_at: datetime
    affected_cases: int
    data_kinds: tuple[str, ...]
    notified_at: datetime | None
    reported_at: datetime | None

    def deadlines(self, now: datetime) -> tuple[DeadlineStatus, DeadlineStatus]:
        """The notification's and the report's status at ``now``."""
        return statuses(self.found_at, now, notified_at=self.notified_at,
                        reported_at=self.reported_at)
