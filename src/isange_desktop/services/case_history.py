"""A case's history: every revision (who, when, which fields), earlier values for those who
may see them, status changes, and who opened the case."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.services.case_read import visible_values
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import CaseStatusChange, TrackStatusChange
from isange_desktop.store.models import AuditEvent

# The audit actions that mean someone looked at the case.
VIEW_ACTIONS = ("case.viewed", "case.break_glass", "case.name_revealed")


@dataclass(frozen=True)
class RevisionEntry:
    form_id: str
    entry_no: int
    revision: int
    author: str
    at: str
    changed_fields: tuple[str, ...]
    values: Mapping[str, object] | None  # None where the reader may not see that form


@dataclass(frozen=True)
class CaseHistory:
    revisions: tuple[RevisionEntry, ...]
    statuses: tuple[tuple[str, str, str, str], ...]  # (what, status, author, at)
    views: tuple[tuple[str, str, str], ...]  # (who, action, at)


def case_history(session: UserSession, number: str) -> CaseHistory:
    number = str(parse_case_number(number))
    role = authorize(session, Action.VIEW_HISTORY, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        revisions = tuple(
            RevisionEntry(r.form_id, r.entry_no, r.revision, r.author, r.at, r.changed_fields,
                          visible_values(session, r.values, r.form_id, glass=False))
            for r in repo.history(uow, case.id))
        statuses = [("case", c.status, c.author, c.at) for c in uow.scalars(
            select(CaseStatusChange).where(CaseStatusChange.case_id == case.id))]
        statuses += [(t.track, t.status, t.author, t.at) for t in uow.scalars(
            select(TrackStatusChange).where(TrackStatusChange.case_id == case.id))]
        views = tuple((e.actor, e.action, e.ts) for e in uow.scalars(
            select(AuditEvent).where(AuditEvent.object_type == "case",
                                     AuditEvent.object_id == number,
                                     AuditEvent.action.in_(VIEW_ACTIONS))
            .order_by(AuditEvent.seq)))
        record(uow, actor=session.login, role=role, action="case.history_viewed",
               object_type="case", object_id=number)
        return CaseHistory(revisions, tuple(sorted(statuses, key=lambda s: s[3])), views)
