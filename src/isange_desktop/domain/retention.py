"""When a closed case has been kept long enough (Law 058/2021: personal data is kept no longer
than its purpose needs; the center sets the period in years)."""

from __future__ import annotations

from datetime import datetime

from isange_desktop.domain.tracks import CaseStatus

# Only a case whose work is over leaves: a closed case, or one voided as opened by mistake.
# An open, active, referred-out or awaiting-closure case is still someone's work.
ENDED = frozenset({CaseStatus.CLOSED, CaseStatus.VOIDED})


def retention_ends(ended_at: datetime, years: int) -> datetime:
    """The same day and time ``years`` later; a case ended on 29 February is kept until
    1 March of a year without one (never a day less than the period)."""
    try:
        return ended_at.replace(year=ended_at.year + years)
    except ValueError:  # 29 February into a common year
        return ended_at.replace(year=ended_at.year + years, month=3, day=1)


def is_due(status: str, ended_at: datetime, years: int, now: datetime) -> bool:
    """True from the first instant past the period, never for a case still being worked."""
    return status in ENDED and now >= retention_ends(ended_at, years)
