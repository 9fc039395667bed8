"""What services return about cases: plain data, never ORM objects, names only when allowed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from isange_desktop.domain.clinical_clocks import ClockState, clocks, most_urgent_open
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.names import initials
from isange_desktop.store.case_list import CaseListRow
from isange_desktop.store.case_models import Case, Person


@dataclass(frozen=True)
class CaseSummary:
    """One row of a case list: the case number and initials, never a name."""

    number: str
    initials: str
    status: str
    arrival_at: str
    gbv_type: str | None
    flags: tuple[str, ...]
    tracks: Mapping[str, str]
    urgent_clock: ClockState | None
    # Referred to another center: "awaiting_receipt" until that center's receipt is
    # recorded, then "received"; None when never referred. Message ids: referral.state.*.
    referral: str | None = None


# The stored state of the newest referrals (store.case_list) as the list shows it.
_REFERRAL_STATE = {"sent": "awaiting_receipt", "received": "received"}


class _HasIncident(Protocol):
    @property
    def incident_earliest(self) -> str | None: ...
    @property
    def incident_latest(self) -> str | None: ...


def incident_time_of(case: _HasIncident) -> IncidentTime | None:
    if case.incident_earliest is None or case.incident_latest is None:
        return None
    return IncidentTime(datetime.fromisoformat(case.incident_earliest),
                        datetime.fromisoformat(case.incident_latest))


def list_row(case: Case, person: Person, tracks: Mapping[str, str]) -> CaseListRow:
    """The list row of a case just written through the ORM (intake)."""
    return CaseListRow(case.id, case.number, case.status, case.arrival_at, case.gbv_type,
                       tuple(json.loads(case.flags)), case.incident_earliest,
                       case.incident_latest, person.family_name, person.given_names,
                       dict(tracks))


def summarize(row: CaseListRow, now: datetime) -> CaseSummary:
    incident = incident_time_of(row)
    return CaseSummary(
        number=row.number,
        initials=initials(row.family_name, row.given_names),
        status=row.status,
        arrival_at=row.arrival_at,
        gbv_type=row.gbv_type,
        flags=row.flags,
        tracks=dict(row.tracks),
        urgent_clock=most_urgent_open(incident, now) if incident else None,
        referral=_REFERRAL_STATE.get(row.referral) if row.referral else None,
    )


@dataclass(frozen=True)
class ReferralOrigin:
    """Where an imported case came from (message id referral.origin says it in words)."""

    center_code: str
    center_name: str | None  # None once that center is no longer pinned under its code
    case_number: str  # the case's number at that center
    imported_at: datetime
    note: str  # the sending center's note with the referral


@dataclass(frozen=True)
class CaseView:
    """An opened case as the reader's role may see it. Sections the role may not see are
    absent (not empty), and ``hidden`` says which, so a screen can leave the tab out."""

    summary: CaseSummary
    full_name: str | None
    forms: Mapping[str, Mapping[int, Mapping[str, object]]]  # form id -> entry no -> values
    hidden: tuple[str, ...]
    clocks: tuple[ClockState, ...]
    consents: tuple[Mapping[str, object], ...]
    consent_state: Mapping[str, str]  # scope -> message id of the decision (consent.given, ...)
    origin: ReferralOrigin | None = None  # set when the case came from another center


def all_clocks(case: Case, now: datetime) -> tuple[ClockState, ...]:
    incident = incident_time_of(case)
    return tuple(clocks(incident, now)) if incident else ()
