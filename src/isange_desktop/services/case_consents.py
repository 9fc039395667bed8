"""Consent after intake: a survivor gives, refuses or withdraws consent on a case that exists.

Consents are history: each record is appended, never changed or removed (the table's triggers
refuse it), and domain/consent.py lets the newest record that counts decide. So recording a
consent later is how a case becomes referable to a center its intake did not name, and how a
withdrawal stops it again.

A record is checked exactly as intake checks its consents (``checked_consent`` is the one
check both use), with the survivor's age on the day the consent was given: a survivor who
turned 16 since arrival consents for themself, and a guardian's record for them would never
count, so it is refused rather than stored. An unknown age is a child's, the stricter rule,
as everywhere else.

The history itself is read with the case: services/case_read.py ``open_case`` returns every
consent record (``CaseView.consents``) and what each service scope's consent allows now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.consent import (
    ConsentBy,
    ConsentRecord,
    ConsentScope,
    consent_decision,
    validate_consent_record,
)
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action
from isange_desktop.domain.referral_consent import names_center, referral_consent
from isange_desktop.domain.tracks import CaseStatus
from isange_desktop.errors import ValidationError
from isange_desktop.services.referral_document import MAX_REASON_CHARS
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case, ConsentRow
from isange_desktop.store.center_models import CenterPin
from isange_desktop.store.types import utcnow

# The consents table's column, the intake page's field and the referral reader's limit.
MAX_DESTINATION_CHARS = 200
# A referral carries the reason with the case; the receiving center reads at most this much.
MAX_OVERRIDE_REASON_CHARS = MAX_REASON_CHARS


def checked_consent(scope: object, *, destination: object, given: bool, at: datetime,
                    by: object, override_reason: object, recorded_by: str, age_years: int,
                    now: datetime) -> ConsentRecord:
    """One consent record, refused (ValidationError) unless it could count: the domain's
    rules for this age, plus the sizes the vault and a referral can carry.

    Intake and a later record both come through here, so the two can never disagree."""
    if not (destination is None or isinstance(destination, str)) \
            or not (override_reason is None or isinstance(override_reason, str)):
        raise ValidationError("intake.consent_invalid")
    try:
        rec = ConsentRecord(scope=ConsentScope(str(scope)), destination=destination,
                            given=given, at=at, by=ConsentBy(str(by)), recorded_by=recorded_by,
                            override_reason=override_reason)
    except ValueError:
        raise ValidationError("intake.consent_invalid") from None
    if destination is not None and len(destination) > MAX_DESTINATION_CHARS:
        raise ValidationError("consent.destination_too_long", max=MAX_DESTINATION_CHARS)
    if override_reason is not None and len(override_reason) > MAX_OVERRIDE_REASON_CHARS:
        raise ValidationError("consent.reason_too_long", max=MAX_OVERRIDE_REASON_CHARS)
    validate_consent_record(rec, age_years, now)
    return rec


def append_consent(uow: Session, case_id: int, rec: ConsentRecord) -> None:
    """Store one checked record after the case's others (the order breaks ties in time)."""
    uow.execute(insert(ConsentRow).values(
        case_id=case_id, scope=rec.scope, destination=rec.destination, given=rec.given,
        at=rec.at.isoformat(), given_by=rec.by, recorded_by=rec.recorded_by,
        override_reason=rec.override_reason))


@dataclass(frozen=True)
class RecordedConsent:
    """What was recorded, and what the case's consents now allow for that scope."""

    case_number: str
    scope: str
    given: bool
    by: str
    at: datetime
    destination: str | None  # as recorded
    center_code: str | None  # the pinned center the destination names, if any
    override: bool  # a vital-interest override for a child
    decision: str  # consent.* id: whether the scope (and destination) is covered now, or why not
    allowed: bool  # the case's consents now cover the scope (and destination)


def _age(uow: Session, case: Case, day: datetime) -> int | None:
    person = repo.latest_revision(uow, case.id, "person")
    return age_at(person.values if person else {}, local_date(day))


def _pinned_center(uow: Session, destination: str | None) -> CenterPin | None:
    if destination is None:
        return None
    pins = uow.scalars(select(CenterPin).where(CenterPin.removed_at.is_(None))).all()
    return next((p for p in pins if names_center(destination, p.code, p.name)), None)


def _records(uow: Session, case_id: int) -> list[ConsentRecord]:
    return [ConsentRecord(ConsentScope(r.scope), r.destination, r.given,
                          datetime.fromisoformat(r.at), ConsentBy(r.given_by), r.recorded_by,
                          r.override_reason)
            for r in uow.scalars(select(ConsentRow).where(ConsentRow.case_id == case_id)
                                 .order_by(ConsentRow.id))]


def _decision(records: list[ConsentRecord], rec: ConsentRecord, center: CenterPin | None,
              age_now: int | None, now: datetime) -> tuple[str, bool]:
    if center is not None:
        # The referral rule: both spellings of the center are one destination.
        referral = referral_consent(records, center.code, center.name, age_now, now)
        return referral.reason_id, referral.allowed
    years = age_now if age_now is not None else 0
    decision = consent_decision(records, rec.scope, rec.destination, years, now)
    return decision.reason_id, decision.allowed


def record_consent(session: UserSession, case_number: str, *, scope: str, given: bool,
                   by: str, destination: str | None = None,
                   override_reason: str | None = None, at: datetime | None = None,
                   now: datetime | None = None) -> RecordedConsent:
    """Append one consent record to a case, with its audit event, in one transaction.

    ``at`` is when the survivor or guardian gave it (default: now); a record never replaces
    another, the newest that counts decides. The audit event names the scope, the answer and
    the pinned center it concerns, never a free-text destination or the override's reason."""
    number = str(parse_case_number(case_number))
    role = authorize(session, Action.CONSENT_RECORD, object_type="case", object_id=number)
    now = now or utcnow()
    at = at or now
    if at.tzinfo is None:
        raise ValidationError("intake.consent_invalid")
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        if case.status == CaseStatus.VOIDED:
            raise ValidationError("case.voided", number=number)
        age = _age(uow, case, at)
        rec = checked_consent(scope, destination=destination, given=given, at=at, by=by,
                              override_reason=override_reason, recorded_by=session.login,
                              age_years=age if age is not None else 0, now=now)
        append_consent(uow, case.id, rec)
        center = _pinned_center(uow, rec.destination)
        decision, allowed = _decision(_records(uow, case.id), rec, center,
                                      _age(uow, case, now), now)
        override = bool(rec.override_reason)
        record(uow, actor=session.login, role=role, action="case.consent_recorded",
               object_type="case", object_id=number,
               details={"scope": rec.scope.value, "given": rec.given, "by": rec.by.value,
                        "destination": center.code if center else None,
                        "vital_interest_override": override, "decision": decision})
    return RecordedConsent(number, rec.scope.value, rec.given, rec.by.value, rec.at,
                           rec.destination, center.code if center else None, override,
                           decision, allowed)
