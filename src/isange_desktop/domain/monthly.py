"""The center's monthly figures as plain data: the month, the age groups, the figures
themselves, and the small-count suppression used when they leave the center.

Who is counted where (docs/dhis2-mapping.md says it for each indicator):
- cases, types, sexes, age groups, referral sources, report delays, track statuses, services
  and PEP: the survivors who ARRIVED in the month (center time), voided cases and cases
  imported from another center left out (the first center counts those; here they are
  referrals received), with what was done for them up to the moment of the report;
- shelter: admissions and discharges DATED in the month;
- referrals: bundles sent and referrals received in the month.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.forms import Choice, form
from isange_desktop.domain.report_delay import DelayBucket
from isange_desktop.domain.tracks import Track, TrackStatus

UNKNOWN = "unknown"
NOT_GBV = "not_gbv"  # all six GBVIMS questions answered no
# (id, youngest, oldest) as DOMAIN.md lists them; the ids match the perpetrator age groups of
# the incident form.
AGE_GROUPS: tuple[tuple[str, int, int], ...] = (
    ("0_11", 0, 11), ("12_17", 12, 17), ("18_25", 18, 25), ("26_40", 26, 40),
    ("41_60", 41, 60), ("61_plus", 61, 200),
)
AGE_GROUP_IDS: tuple[str, ...] = (*(g[0] for g in AGE_GROUPS), UNKNOWN)
GBV_TYPE_IDS: tuple[str, ...] = (*(t.value for t in GbvType), NOT_GBV)


def _choices(form_id: str, field_id: str) -> tuple[Choice, ...]:
    return next(f.choices for f in form(form_id).fields if f.id == field_id)


# From the one declaration of each form, so a new choice is counted without an edit here;
# "unknown" keeps a value no choice names (an imported case from an older version) visible.
SEX_IDS: tuple[str, ...] = (*(c.value for c in _choices("person", "sex")), UNKNOWN)
REFERRAL_SOURCE_IDS: tuple[str, ...] = (
    *(c.value for c in _choices("incident", "referred_by")), UNKNOWN)
DELAY_IDS: tuple[str, ...] = (*(b.value for b in DelayBucket), UNKNOWN)
TRACK_IDS: tuple[str, ...] = tuple(t.value for t in Track)
TRACK_STATUS_IDS: tuple[str, ...] = tuple(s.value for s in TrackStatus)
# The services counted for each track: how many of the month's survivors received each
# (counselling_sessions alone counts sessions, not survivors).
SERVICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (Track.MEDICAL.value, ("pep", "emergency_contraception", "sti_prophylaxis",
                           "hepatitis_b_vaccine", "tetanus", "forensic_evidence",
                           "medico_legal_report")),
    (Track.PSYCHOSOCIAL.value, ("psychosocial_assessment", "counselling",
                                "counselling_sessions", "community_visit")),
    (Track.LEGAL.value, ("statement_taken", "evidence_to_rib", "legal_aid")),
    (Track.SHELTER.value, ("shelter_admission",)),
)
SERVICE_IDS: tuple[str, ...] = tuple(s for _, ids in SERVICES for s in ids)
# Medicines count by the report code their choice carries in the medicine form.
_MEDICINE_CODES = {"pep": "pep_given", "emergency_contraception": "ec_given",
                   "sti_prophylaxis": "sti_prophylaxis_given",
                   "hepatitis_b_vaccine": "hepatitis_b_vaccine_given",
                   "tetanus": "tetanus_given"}
MEDICINE_KINDS: dict[str, list[str]] = {
    service: [c.value for c in _choices("medicine", "kind") if c.report_code == code]
    for service, code in _MEDICINE_CODES.items()}
# A referral to any legal aid counts; "none" does not.
LEGAL_AID_GIVEN: tuple[str, ...] = tuple(
    c.value for c in _choices("legal", "legal_aid_referral") if c.value != "none")

SMALL_BELOW = 5  # counts from 1 to 4 are hidden when figures leave the center
SUPPRESSED = "<5"
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def age_group(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    return next((gid for gid, low, high in AGE_GROUPS if low <= age <= high), AGE_GROUPS[-1][0])


def is_small(count: int) -> bool:
    """Whether a count could single out a survivor: zero says nobody and is shown."""
    return 0 < count < SMALL_BELOW


def shown(count: int, suppress: bool) -> str:
    """A count as printed: "<5" for a small one when suppressing."""
    return SUPPRESSED if suppress and is_small(count) else str(count)


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not (2000 <= self.year <= 2999 and 1 <= self.month <= 12):
            raise ValueError("month out of range")

    @classmethod
    def parse(cls, text: str) -> Month:
        """From "YYYY-MM"; ValueError for anything else."""
        found = _MONTH.fullmatch(text.strip())
        if found is None:
            raise ValueError("not YYYY-MM")
        return cls(int(found.group(1)), int(found.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def period(self) -> str:
        """DHIS2's monthly period: YYYYMM."""
        return f"{self.year:04d}{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def start(self) -> datetime:
        """Midnight at the center on the first day."""
        return datetime.combine(self.first_day, datetime.min.time(), CENTER_TZ)

    @property
    def end(self) -> datetime:
        """Midnight at the center after the last day (exclusive)."""
        return self.next.start


@dataclass(frozen=True)
class PepFigures:
    """Survivors of rape who arrived while the 72-hour window was open and were not found
    HIV-positive, and how many of them started PEP before it closed."""

    eligible: int = 0
    within_72h: int = 0

    @property
    def share(self) -> float | None:
        return self.within_72h / self.eligible if self.eligible else None


@dataclass(frozen=True)
class ShelterFigures:
    admissions: int = 0
    discharges: int = 0
    nights: int = 0  # all nights of the stays that ended in the month
    nights_median: float | None = None
    nights_longest: int | None = None
    staying_at_end: int = 0  # admitted and not discharged at the end of the month


@dataclass(frozen=True)
class ReferralFigures:
    sent: int = 0
    sent_received: int = 0  # of those sent, how many the receiving center confirmed
    received: int = 0
    sent_to: Mapping[str, int] = field(default_factory=dict)  # center code -> referrals
    received_from: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MonthlyFigures:
    """Every mapping holds only what is not zero; a missing key counts 0."""

    center_code: str
    center_name: str
    month: Month
    made_at: datetime
    made_by: str  # the manager's name and login, as printed
    # The signed audit checkpoint that covers the report's own audit event: printed, so the
    # paper witnesses the log (as on every printed case document).
    checkpoint_seq: int
    checkpoint_hash: str
    cases: int
    by_type_sex_age: Mapping[tuple[str, str, str], int]
    referral_sources: Mapping[str, int]
    report_delay: Mapping[str, int]
    track_statuses: Mapping[tuple[str, str], int]
    services: Mapping[str, int]
    pep: PepFigures
    shelter: ShelterFigures
    referrals: ReferralFigures

    def by_type(self, gbv_type: str) -> int:
        return sum(n for (t, _, _), n in self.by_type_sex_age.items() if t == gbv_type)

    def by_type_sex(self, gbv_type: str, sex: str) -> int:
        return sum(n for (t, s, _), n in self.by_type_sex_age.items()
                   if t == gbv_type and s == sex)

    def by_sex_age(self, sex: str, age: str) -> int:
        return sum(n for (_, s, a), n in self.by_type_sex_age.items() if s == sex and a == age)
