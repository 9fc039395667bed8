"""Reading and verifying the audit log."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlalchemy import select

from isange_desktop.audit import checkpoints
from isange_desktop.audit.verify import VerifyReport, verify
from isange_desktop.domain.policy import Action
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.center_identity import checkpoint_keys, current_signing_key
from isange_desktop.store.engine import DATABASE_ERRORS
from isange_desktop.store.models import AuditEvent, Center


@dataclass(frozen=True)
class EventView:
    seq: int
    ts: str
    actor: str
    role: str
    action: str
    object_type: str | None
    object_id: str | None
    outcome: str


def verify_log(session: UserSession) -> VerifyReport:
    """Recompute the chain; the result (good or bad) is itself recorded."""
    role = authorize(session, Action.AUDIT_VERIFY, object_type="audit")
    vault = session.vault
    with vault.unit_of_work(readonly=True) as uow:
        vault_id = uow.get_one(Center, 1).vault_id
    with vault.dbapi() as conn:
        report = verify(conn, vault_id, checkpoint_keys(conn))
    # A chain cut at its tail may refuse new events (the chain trigger): the report still
    # reaches the caller even when it cannot be recorded.
    with contextlib.suppress(*DATABASE_ERRORS), vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="audit.verified",
               object_type="audit", outcome="ok" if report.ok else "failed",
               details={"events": report.events, "broken_at": report.broken_at})
    return report


def recent_events(session: UserSession, limit: int = 50) -> list[EventView]:
    role = authorize(session, Action.AUDIT_READ, object_type="audit")
    with session.vault.unit_of_work() as uow:
        rows = uow.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)).all()
        views = [EventView(r.seq, r.ts, r.actor, r.role, r.action, r.object_type, r.object_id,
                           r.outcome) for r in rows]
        record(uow, actor=session.login, role=role, action="audit.viewed", object_type="audit",
               details={"count": len(views)})
    return views


def sign_checkpoint(session: UserSession) -> int | None:
    role = authorize(session, Action.AUDIT_VERIFY, object_type="audit")
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="audit.checkpoint",
               object_type="audit")
        center = uow.get_one(Center, 1)
        return checkpoints.create(uow, center.vault_id, current_signing_key(uow))
