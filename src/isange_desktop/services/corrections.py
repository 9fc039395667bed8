"""Survivors' correction requests (Law No 058/2021, the right to rectification).

A survivor, or their guardian, says something on record is wrong: the center manager records
the request as it was made (what, the correction asked for, when it was received), and later
what was done about it: corrected (the correction itself is made in the case's forms, as a
new revision or an addendum, so history keeps what was there before) or refused, with the
reason the survivor is owed. The database keeps the request as written and lets its outcome
be written once (migration 0011's triggers); this module refuses the same things first, with
a message a person can act on, so nothing is written by a bad request.

Audit events carry ids and the outcome code only: the texts are the survivor's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import in_center_time
from isange_desktop.domain.policy import Action
from isange_desktop.errors import ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case
from isange_desktop.store.data_protection_models import CorrectionRequest
from isange_desktop.store.types import utcnow

OUTCOMES = ("corrected", "refused")
MAX_TEXT = 4000  # a request is a few sentences; a page of text is a pasted document


@dataclass(frozen=True)
class CorrectionInfo:
    """A correction request as services return it; `what`, `requested` and `outcome_note`
    are the survivor's and the manager's words: shown, never logged."""

    id: int
    case_number: str
    received_at: str
    what: str
    requested: str
    recorded_by: str
    recorded_at: str
    outcome: str | None  # None while pending
    outcome_note: str | None
    outcome_by: str | None
    outcome_at: str | None


def _info(row: CorrectionRequest, number: str) -> CorrectionInfo:
    return CorrectionInfo(row.id, number, row.received_at, row.what, row.requested,
                          row.recorded_by, row.recorded_at, row.outcome, row.outcome_note,
                          row.outcome_by, row.outcome_at)


def _text(value: str | None, missing: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(missing)
    if len(text) > MAX_TEXT:
        raise ValidationError("rights.text_too_long", limit=MAX_TEXT)
    return text


def _received(received_at: datetime | None, now: datetime) -> datetime:
    if received_at is None:
        return now
    moment = in_center_time(received_at)
    if moment > now:
        raise ValidationError("rights.received_in_future")
    return moment


def record_correction_request(session: UserSession, number: str, *,
                              received_at: datetime | None = None, what: str,
                              requested: str, now: datetime | None = None) -> CorrectionInfo:
    """Record a request as received (default: now). Manager only; bad input raises
    ValidationError before anything is written."""
    now = now or utcnow()
    what = _text(what, "rights.what_required")
    requested = _text(requested, "rights.requested_required")
    moment = _received(received_at, now)
    number = str(parse_case_number(number))
    role = authorize(session, Action.CORRECTION_RECORD, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        row = CorrectionRequest(
            case_id=case.id, received_at=moment.isoformat(timespec="seconds"), what=what,
            requested=requested, recorded_by=session.login,
            recorded_at=now.isoformat(timespec="seconds"), outcome=None, outcome_note=None,
            outcome_by=None, outcome_at=None)
        uow.add(row)
        uow.flush()
        record(uow, actor=session.login, role=role, action="case.correction_requested",
               object_type="case", object_id=number, details={"request": row.id})
        return _info(row, number)


def record_correction_outcome(session: UserSession, request_id: int, *, outcome: str,
                              note: str | None = None, now: datetime | None = None
                              ) -> CorrectionInfo:
    """Write what was done about a request, once. A refusal needs its reason (the survivor
    is owed one); a correction may say where it was made."""
    now = now or utcnow()
    if outcome not in OUTCOMES:
        raise ValidationError("rights.outcome_unknown", outcome=outcome)
    text = (note or "").strip() or None
    if outcome == "refused" and text is None:
        raise ValidationError("rights.refusal_reason_required")
    if text is not None and len(text) > MAX_TEXT:
        raise ValidationError("rights.text_too_long", limit=MAX_TEXT)
    role = authorize(session, Action.CORRECTION_RECORD, object_type="case")
    with session.vault.unit_of_work() as uow:
        row = uow.get(CorrectionRequest, request_id)
        if row is None:
            raise ValidationError("rights.request_not_found", id=request_id)
        number = uow.get_one(Case, row.case_id).number
        if row.outcome is not None:
            raise ValidationError("rights.outcome_already", id=request_id)
        row.outcome, row.outcome_note = outcome, text
        row.outcome_by, row.outcome_at = session.login, now.isoformat(timespec="seconds")
        uow.flush()
        record(uow, actor=session.login, role=role, action="case.correction_outcome",
               object_type="case", object_id=number,
               details={"request": request_id, "outcome": outcome})
        return _info(row, number)


def list_correction_requests(session: UserSession, number: str) -> tuple[CorrectionInfo, ...]:
    """The case's correction requests, oldest first. Manager only; the listing is audited
    (it shows the survivor's words)."""
    number = str(parse_case_number(number))
    role = authorize(session, Action.CORRECTION_RECORD, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        rows = uow.scalars(select(CorrectionRequest).where(CorrectionRequest.case_id == case.id)
                           .order_by(CorrectionRequest.id)).all()
        record(uow, actor=session.login, role=role, action="case.corrections_listed",
               object_type="case", object_id=number, details={"count": len(rows)})
        return tuple(_info(r, number) for r in rows)
