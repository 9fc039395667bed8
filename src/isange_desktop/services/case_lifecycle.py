"""Track statuses and the case's life: closure (requested, approved by a manager), reopening,
voiding. Each change is appended to the case's history and audited in the same transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from isange_desktop.domain.case_lifecycle import can_move, closure_blockers
from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import EDIT_ACTION, CaseStatus, Track, TrackStatus
from isange_desktop.errors import ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_list
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case, CaseStatusChange, Task, TrackStatusChange
from isange_desktop.store.types import utcnow


def set_track_status(session: UserSession, number: str, track: Track,
                     status: TrackStatus) -> None:
    number = str(parse_case_number(number))
    role = authorize(session, EDIT_ACTION[track], object_type="case", object_id=number)
    stamp = utcnow().isoformat(timespec="seconds")
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        if case.status in (CaseStatus.CLOSED, CaseStatus.VOIDED):
            raise ValidationError("lifecycle.not_allowed", status=case.status)
        uow.execute(insert(TrackStatusChange).values(
            case_id=case.id, track=track, status=status, author=session.login, at=stamp))
        record(uow, actor=session.login, role=role, action="case.track_status",
               object_type="case", object_id=number, details={"track": track, "status": status})


def _move(uow: Session, session: UserSession, case: Case, target: CaseStatus,
          reason: str | None, role: str, action: str) -> None:
    if not can_move(CaseStatus(case.status), target):
        raise ValidationError("lifecycle.not_allowed", status=case.status)
    stamp = utcnow().isoformat(timespec="seconds")
    case.status = target
    if target is CaseStatus.VOIDED:
        case.void_reason = reason
    uow.execute(insert(CaseStatusChange).values(
        case_id=case.id, status=target, author=session.login, at=stamp, reason=reason))
    record(uow, actor=session.login, role=role, action=action, object_type="case",
           object_id=case.number, purpose=reason, details={"status": target})


def request_closure(session: UserSession, number: str, today: date | None = None) -> None:
    """Staff ask to close; refused with the first open item of the checklist."""
    number = str(parse_case_number(number))
    role = authorize(session, Action.CASE_CLOSE_REQUEST, object_type="case", object_id=number)
    today = today or local_date(utcnow())
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        overdue = uow.scalar(select(func.count(Task.id)).where(
            Task.case_id == case.id, Task.done_on.is_(None), Task.cancelled.is_(False),
            Task.due < today.isoformat())) or 0
        blockers = closure_blockers(case_list.by_ids(uow, [case.id])[0].tracks, overdue)
        if blockers:
            first = blockers[0]
            if first.startswith("lifecycle.track_open."):
                raise ValidationError("lifecycle.track_open", track=first.rsplit(".", 1)[1])
            raise ValidationError(first)
        _move(uow, session, case, CaseStatus.CLOSURE_REQUESTED, None, role,
              "case.closure_requested")


def approve_closure(session: UserSession, number: str) -> None:
    number = str(parse_case_number(number))
    role = authorize(session, Action.CASE_CLOSE_APPROVE, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        if case.status != CaseStatus.CLOSURE_REQUESTED:
            raise ValidationError("lifecycle.not_requested")
        _move(uow, session, case, CaseStatus.CLOSED, None, role, "case.closed")


def reopen_case(session: UserSession, number: str, reason: str) -> None:
    number = str(parse_case_number(number))
    role = authorize(session, Action.CASE_REOPEN, object_type="case", object_id=number)
    if not reason.strip():
        raise ValidationError("lifecycle.reason_required")
    with session.vault.unit_of_work() as uow:
        _move(uow, session, repo.require_case(uow, number), CaseStatus.ACTIVE, reason.strip(), role,
              "case.reopened")


def void_case(session: UserSession, number: str, reason: str) -> None:
    """A case opened by mistake: kept, marked void with the reason, no longer changeable."""
    number = str(parse_case_number(number))
    role = authorize(session, Action.CASE_VOID, object_type="case", object_id=number)
    if not reason.strip():
        raise ValidationError("lifecycle.reason_required")
    with session.vault.unit_of_work() as uow:
        _move(uow, session, repo.require_case(uow, number), CaseStatus.VOIDED, reason.strip(), role,
              "case.voided")
