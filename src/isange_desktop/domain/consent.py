"""Consent: who may give it, which record counts, and what it allows.

Nothing is done, shared or printed for a destination unless the consent that covers it is on
record. Consent is recorded per scope (and, for sharing, per named destination), by the survivor
or the guardian, and can be withdrawn: the newest record that counts wins.

Who counts (Law No 058/2021 on personal data, art. 9: a child under sixteen is represented by
the holder of parental responsibility):
- survivor aged 16 or more: only the survivor's own records; a guardian's record neither gives
  nor refuses anything for them;
- child under 16: the guardian's records, and the child's consent only when staff recorded a
  vital-interest override with a reason (for example, PEP cannot wait and the guardian is absent
  or is the suspected abuser). The override is modelled as ``by=SURVIVOR`` plus a non-empty
  ``override_reason`` rather than a separate flag, so an override cannot exist without its
  reason. A child's own refusal is respected (it stops everything until the guardian consents
  again or staff record an override); the child's own consent without override does not count.
The age is the one passed in: once a survivor turns 16, the guardian's earlier records stop
counting and the survivor is asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from isange_desktop.errors import ValidationError

SELF_CONSENT_AGE = 16  # Law 058/2021 art. 9


class ConsentScope(StrEnum):
    MEDICAL_CARE = "medical_care"
    PSYCHOSOCIAL_CARE = "psychosocial_care"
    LEGAL_SUPPORT = "legal_support"
    SHELTER = "shelter"
    EVIDENCE_COLLECTION = "evidence_collection"
    REPORT_TO_RIB = "report_to_rib"
    SHARE_WITH_REFERRAL = "share_with_referral"  # with the named destination only


class ConsentBy(StrEnum):
    SURVIVOR = "survivor"
    GUARDIAN = "guardian"


@dataclass(frozen=True)
class ConsentRecord:
    scope: ConsentScope
    destination: str | None  # the referral destination, for SHARE_WITH_REFERRAL only
    given: bool  # False records a refusal or a withdrawal
    at: datetime  # timezone-aware
    by: ConsentBy
    recorded_by: str  # staff login
    override_reason: str | None = None  # vital-interest override for a child under 16


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    reason_id: str  # message id in catalog_cases
    override_used: bool


def _aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def _check_age(age_years: int) -> None:
    if age_years < 0:
        raise ValueError("age must not be negative")


def destination_key(destination: str | None) -> str | None:
    """Spacing and letter case do not make another destination."""
    if destination is None:
        return None
    return " ".join(destination.split()).casefold() or None


def _check_destination(scope: ConsentScope, destination: str | None) -> None:
    key = destination_key(destination)
    if scope is ConsentScope.SHARE_WITH_REFERRAL and key is None:
        raise ValidationError("consent.destination_required")
    if scope is not ConsentScope.SHARE_WITH_REFERRAL and destination is not None:
        raise ValidationError("consent.destination_not_allowed")


def _override(record: ConsentRecord) -> bool:
    return bool(record.override_reason and record.override_reason.strip())


def validate_consent_record(record: ConsentRecord, age_years: int, now: datetime) -> None:
    """Refuse a record that could not count, before it is stored."""
    _aware(record.at, "record.at")
    _aware(now, "now")
    _check_age(age_years)
    _check_destination(record.scope, record.destination)
    if record.at > now:
        raise ValidationError("consent.future_time")
    if not record.recorded_by.strip():
        raise ValidationError("consent.recorded_by_required")
    child = age_years < SELF_CONSENT_AGE
    if not child and record.by is ConsentBy.GUARDIAN:
        raise ValidationError("consent.guardian_for_adult")
    if record.override_reason is None:
        return
    if not _override(record):
        raise ValidationError("consent.override_needs_reason")
    if not child:
        raise ValidationError("consent.override_not_applicable")
    if record.by is not ConsentBy.SURVIVOR or not record.given:
        # An override lets the child's own consent count; a guardian or a refusal needs none.
        raise ValidationError("consent.override_only_for_child_consent")


def _counts(record: ConsentRecord, child: bool) -> bool:
    if not child:
        return record.by is ConsentBy.SURVIVOR
    if record.by is ConsentBy.GUARDIAN:
        return True
    return not record.given or _override(record)


def _sorted_out(records: Iterable[ConsentRecord], scope: ConsentScope,
                destination: str | None, age_years: int, now: datetime
                ) -> tuple[list[ConsentRecord], list[ConsentRecord], bool]:
    """The records about this scope and destination up to ``now``, those of them that count
    for this age, and whether the survivor is a child for consent."""
    _aware(now, "now")
    _check_age(age_years)
    _check_destination(scope, destination)
    key = destination_key(destination)
    child = age_years < SELF_CONSENT_AGE
    relevant: list[ConsentRecord] = []
    for r in records:
        if r.scope is scope and destination_key(r.destination) == key:
            _aware(r.at, "record.at")
            if r.at <= now:
                relevant.append(r)
    return relevant, [r for r in relevant if _counts(r, child)], child


def _newest(counting: list[ConsentRecord]) -> ConsentRecord:
    return max(enumerate(counting), key=lambda item: (item[1].at, item[0]))[1]


def deciding_record(records: Iterable[ConsentRecord], scope: ConsentScope,
                    destination: str | None, age_years: int, now: datetime
                    ) -> ConsentRecord | None:
    """The record ``consent_decision`` rests on (the newest that counts), or None."""
    counting = _sorted_out(records, scope, destination, age_years, now)[1]
    return _newest(counting) if counting else None


def consent_decision(records: Iterable[ConsentRecord], scope: ConsentScope,
                     destination: str | None, age_years: int, now: datetime) -> ConsentDecision:
    """Whether the scope (and destination) is covered now, and why.

    Records dated after ``now`` are ignored: a clock set wrong must not let a record win.
    On equal times the later record in ``records`` wins (the store passes them in entry order).
    """
    relevant, counting, child = _sorted_out(records, scope, destination, age_years, now)
    if not counting:
        if child and any(r.by is ConsentBy.SURVIVOR for r in relevant):
            return ConsentDecision(False, "consent.guardian_needed", False)
        if not child and any(r.by is ConsentBy.GUARDIAN for r in relevant):
            return ConsentDecision(False, "consent.survivor_needed", False)
        return ConsentDecision(False, "consent.missing", False)
    newest = _newest(counting)
    if not newest.given:
        return ConsentDecision(False, "consent.refused", False)
    if newest.by is ConsentBy.GUARDIAN:
        return ConsentDecision(True, "consent.given_by_guardian", False)
    if child:
        return ConsentDecision(True, "consent.given_override", True)
    return ConsentDecision(True, "consent.given", False)


def require_consent(records: Iterable[ConsentRecord], scope: ConsentScope,
                    destination: str | None, age_years: int, now: datetime) -> ConsentDecision:
    """The decision when it allows; otherwise ValidationError naming what is missing.

    Call it before anything is done, shared or printed; keep the decision for the audit log
    (an override must show there).
    """
    decision = consent_decision(records, scope, destination, age_years, now)
    if not decision.allowed:
        raise ValidationError(decision.reason_id, scope=scope.value,
                              destination=destination or "")
    return decision
