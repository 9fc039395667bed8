"""What can still be given: the windows that run from the incident.

See DOMAIN.md, "Time that cannot be lost". Conservative by design: an estimated incident counts
from the EARLIEST moment it could have happened, so the screen never says a window is open when
it may already have closed. The nurse can still use clinical judgement; the software must not
be the one offering false hope.

Boundaries:
- CLOSED from the deadline itself: a dose at exactly 72 h is not "within 72 hours".
- CLOSING while 0 < remaining <= 1/6 of the window (12 h of PEP's 72 h).
- A `now` before the incident (clock skew, a typing error) counts as no time elapsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from isange_desktop.domain.incident_time import IncidentTime, elapsed, later_by


class ClockKind(StrEnum):
    PEP = "pep"  # HIV post-exposure prophylaxis
    EC_LEVONORGESTREL = "ec_levonorgestrel"
    EC_ULIPRISTAL_OR_IUD = "ec_ulipristal_or_iud"  # ulipristal acetate or a copper IUD
    FORENSIC_BEST = "forensic_best"
    FORENSIC_EXTENDED = "forensic_extended"  # some samples only
    HEPATITIS_B = "hepatitis_b"  # vaccination

    @property
    def label_id(self) -> str:
        return f"clock.{self.value}"


class ClockStatus(StrEnum):
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"

    @property
    def label_id(self) -> str:
        return f"clock.status.{self.value}"


WINDOWS: dict[ClockKind, timedelta] = {
    ClockKind.PEP: timedelta(hours=72),
    ClockKind.EC_LEVONORGESTREL: timedelta(hours=72),
    ClockKind.EC_ULIPRISTAL_OR_IUD: timedelta(hours=120),
    ClockKind.FORENSIC_BEST: timedelta(hours=72),
    ClockKind.FORENSIC_EXTENDED: timedelta(days=7),
    ClockKind.HEPATITIS_B: timedelta(days=14),
}

# The last sixth of a window is when a case must jump the queue; for PEP that is 12 hours.
CLOSING_FRACTION = 6


@dataclass(frozen=True, slots=True)
class ClockState:
    kind: ClockKind
    deadline: datetime
    status: ClockStatus
    remaining: timedelta  # zero once closed
    closed_for: timedelta  # zero while open or closing

    @property
    def is_open(self) -> bool:
        """Open or closing: the treatment can still be given."""
        return self.status is not ClockStatus.CLOSED


def deadline(kind: ClockKind, incident: IncidentTime) -> datetime:
    return later_by(incident.earliest, WINDOWS[kind])


def clock(kind: ClockKind, incident: IncidentTime, now: datetime) -> ClockState:
    window = WINDOWS[kind]
    since = max(elapsed(incident.earliest, now), timedelta(0))
    remaining = window - since
    ends = deadline(kind, incident)
    if remaining <= timedelta(0):
        return ClockState(kind, ends, ClockStatus.CLOSED, timedelta(0), -remaining)
    status = ClockStatus.CLOSING if remaining <= window / CLOSING_FRACTION else ClockStatus.OPEN
    return ClockState(kind, ends, status, remaining, timedelta(0))


def _urgency(state: ClockState) -> tuple[int, timedelta, int]:
    # Open ones by least time left; then closed ones, the most recently closed first; enum order
    # breaks ties so the list never reshuffles between two identical windows.
    order = list(ClockKind).index(state.kind)
    if state.is_open:
        return (0, state.remaining, order)
    return (1, state.closed_for, order)


def clocks(incident: IncidentTime, now: datetime) -> list[ClockState]:
    return sorted((clock(kind, incident, now) for kind in ClockKind), key=_urgency)


_LONGEST = max(WINDOWS.values())
# Every window counts from the same moment, so the open one that closes first is the shortest
# window not yet passed (enum order breaking ties, as in `_urgency`).
_BY_WINDOW = sorted(ClockKind, key=lambda k: (WINDOWS[k], list(ClockKind).index(k)))


def most_urgent_open(incident: IncidentTime, now: datetime) -> ClockState | None:
    """The case list's column: the window that closes next, or None when all have closed.

    The same answer as the first open clock of `clocks` (a property test holds them equal),
    without computing and sorting all six: a list shows it for every row."""
    since = max(elapsed(incident.earliest, now), timedelta(0))
    if since >= _LONGEST:
        return None
    kind = next(k for k in _BY_WINDOW if WINDOWS[k] > since)
    return clock(kind, incident, now)


def pep_start_allowed(incident: IncidentTime, started_at: datetime) -> bool:
    """Whether PEP started within 72 hours (strictly before the deadline, as `clock` says)."""
    return elapsed(started_at, deadline(ClockKind.PEP, incident)) > timedelta(0)
