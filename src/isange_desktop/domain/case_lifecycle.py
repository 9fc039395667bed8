"""A case's life: open, active, referred out, closure requested, closed, reopened, voided.

Closing needs every track settled (completed, not needed or declined by the survivor) and no
follow-up overdue; a manager approves. A closed case reopens as active. Voiding keeps the case
(with its reason) for the record: nothing is ever deleted by a user action.
"""

from __future__ import annotations

from collections.abc import Mapping

from isange_desktop.domain.tracks import CaseStatus, TrackStatus

SETTLED = frozenset({TrackStatus.COMPLETED, TrackStatus.NOT_NEEDED, TrackStatus.DECLINED})

TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSURE_REQUESTED,
                                CaseStatus.REFERRED_OUT, CaseStatus.VOIDED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.CLOSURE_REQUESTED, CaseStatus.REFERRED_OUT,
                                  CaseStatus.VOIDED}),
    CaseStatus.REFERRED_OUT: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSURE_REQUESTED,
                                        CaseStatus.VOIDED}),
    CaseStatus.CLOSURE_REQUESTED: frozenset({CaseStatus.CLOSED, CaseStatus.ACTIVE,
                                             CaseStatus.VOIDED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),  # reopened
    CaseStatus.VOIDED: frozenset(),
}


def can_move(current: CaseStatus, target: CaseStatus) -> bool:
    return target in TRANSITIONS[current]


def closure_blockers(tracks: Mapping[str, str], overdue_tasks: int) -> list[str]:
    """What still stands in the way of closing, in checklist order: an open track names itself
    as ``lifecycle.track_open.<track>``, overdue follow-ups as ``lifecycle.tasks_overdue``."""
    blockers = [f"lifecycle.track_open.{track}" for track, status in sorted(tracks.items())
                if TrackStatus(status) not in SETTLED]
    if overdue_tasks:
        blockers.append("lifecycle.tasks_overdue")
    return blockers
