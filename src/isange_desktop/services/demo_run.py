"""What a demo run keeps of its cases for later passes, and the invented staff names
(services.demo_cases).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.services.demo_random import seeded_rng
from isange_desktop.services.demo_vocabulary import (
    FAMILY_ANY,
    FAMILY_FEMALE,
    FAMILY_MALE,
    GIVEN_FEMALE,
    GIVEN_MALE,
)


@dataclass(slots=True)
class DemoCase:
    """What the later passes need to know of a generated case (kept small: one per case)."""

    index: int
    number: str
    arrival: datetime
    incident: IncidentTime
    age: int
    sex: str
    gbv_type: GbvType | None
    relationship: str
    injured: bool
    tracks: dict[Track, TrackStatus]
    evidence_consent: bool
    rib_consent: bool
    guardian_unsafe: bool
    trafficking: str
    done: set[Track] = field(default_factory=set)
    closure: str = ""  # "", "kept" (left open), "requested", "closed"
    sessions_held: set[date] = field(default_factory=set)


@dataclass
class DemoRun:
    """The cases of one run, for further passes by other users, and what was written."""

    seed: int
    now: datetime
    cases: list[DemoCase] = field(default_factory=list)
    # "form.<id>" for each form saved, "task.completed", "case.closure_requested", "case.closed"
    saved: Counter[str] = field(default_factory=Counter)

    @property
    def numbers(self) -> list[str]:
        return [c.number for c in self.cases]


@dataclass(frozen=True)
class Staff:
    nurses: tuple[str, ...]
    doctors: tuple[str, ...]
    investigators: tuple[str, ...]


def draw_staff(seed: int) -> Staff:
    rng = seeded_rng(f"{seed}:staff")
    def name(given: Sequence[str], family: Sequence[str]) -> str:
        return f"{rng.choice(given)} {rng.choice(family)}"
    return Staff(
        nurses=tuple(name(GIVEN_FEMALE, FAMILY_FEMALE) for _ in range(4)),
        doctors=tuple(f"Dr. {name(GIVEN_MALE + GIVEN_FEMALE, FAMILY_ANY + FAMILY_MALE)}"
                      for _ in range(2)),
        investigators=tuple(name(GIVEN_MALE + GIVEN_FEMALE, FAMILY_MALE + FAMILY_ANY)
                            for _ in range(3)),
    )
