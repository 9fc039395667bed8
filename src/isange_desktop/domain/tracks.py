"""The four tracks of a case, their statuses, and which form sensitivity each role may see."""

from __future__ import annotations

from enum import StrEnum

from isange_desktop.domain.forms import Sensitivity
from isange_desktop.domain.policy import Action


class Track(StrEnum):
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"
    SHELTER = "shelter"


class TrackStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DECLINED = "declined"  # by the survivor


class CaseStatus(StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    REFERRED_OUT = "referred_out"
    CLOSURE_REQUESTED = "closure_requested"  # awaiting the manager's approval
    CLOSED = "closed"
    VOIDED = "voided"  # a case opened by mistake: kept, with a reason, never deleted


EDIT_ACTION: dict[Track, Action] = {
    Track.MEDICAL: Action.EDIT_MEDICAL,
    Track.PSYCHOSOCIAL: Action.EDIT_PSYCHOSOCIAL,
    Track.LEGAL: Action.EDIT_LEGAL,
    Track.SHELTER: Action.EDIT_SHELTER,
}

# Which action lets a role read fields of each sensitivity.
VIEW_ACTION: dict[Sensitivity, Action] = {
    Sensitivity.IDENTIFICATION: Action.VIEW_IDENTIFICATION,
    Sensitivity.INCIDENT: Action.VIEW_INCIDENT,
    Sensitivity.CLINICAL: Action.VIEW_MEDICAL,
    Sensitivity.COUNSELLING: Action.VIEW_COUNSELLING,
    Sensitivity.LEGAL: Action.VIEW_LEGAL,
    Sensitivity.SHELTER: Action.VIEW_SHELTER,
}

# The form each track's workspace starts from, and the action that edits a form.
TRACK_OF_FORM: dict[str, Track] = {
    "medical": Track.MEDICAL,
    "medicine": Track.MEDICAL,
    "forensic_sample": Track.MEDICAL,
    "custody_handover": Track.MEDICAL,
    "psychosocial": Track.PSYCHOSOCIAL,
    "counselling_session": Track.PSYCHOSOCIAL,
    "legal": Track.LEGAL,
    "shelter": Track.SHELTER,
}

# What an addendum to a track's entry counts as, for who may read it.
TRACK_SENSITIVITY: dict[Track, Sensitivity] = {
    Track.MEDICAL: Sensitivity.CLINICAL,
    Track.PSYCHOSOCIAL: Sensitivity.COUNSELLING,
    Track.LEGAL: Sensitivity.LEGAL,
    Track.SHELTER: Sensitivity.SHELTER,
}
