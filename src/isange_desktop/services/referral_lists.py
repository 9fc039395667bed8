"""The outbox (referrals sent, awaiting their receipt or received) and the inbox (referrals
imported) as a referrals view lists them: case numbers, centers and dates, never a name.

Listed the way the case list is: the role is checked and every listing is audited with what
was asked and how many rows it showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.domain.policy import Action
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.case_models import Case
from isange_desktop.store.center_models import CenterPin
from isange_desktop.store.referral_models import RECEIVED, OutgoingReferral, ReceivedBundle
from isange_desktop.store.types import utcnow

MAX_ROWS = 500


@dataclass(frozen=True)
class OutboxRow:
    case_number: str
    destination_code: str
    destination_name: str | None  # None once that center is no longer pinned
    bundle_id: str
    sequence: int
    file_name: str
    sent_at: datetime
    sent_by: str
    expires_at: datetime
    # "awaiting_receipt", "received", or "expired" (never received and no longer importable:
    # send it again). Message ids referral.state.*.
    state: str
    receipt_at: datetime | None


@dataclass(frozen=True)
class InboxRow:
    case_number: str  # the case it became here
    sender_code: str
    sender_name: str | None
    sender_case_number: str
    bundle_id: str
    sent_at: datetime  # when the sender made the bundle
    imported_at: datetime
    imported_by: str


def _center_names(uow: Session) -> dict[str, str]:
    return dict(uow.execute(select(CenterPin.code, CenterPin.name)
                            .where(CenterPin.removed_at.is_(None))).all())


def _state(row: OutgoingReferral, now: datetime) -> str:
    if row.status == RECEIVED:
        return "received"
    return "expired" if now >= row.expires_at else "awaiting_receipt"


def list_outbox(session: UserSession, *, limit: int = 200, now: datetime | None = None
                ) -> list[OutboxRow]:
    """Referrals sent, newest first."""
    role = authorize(session, Action.REFERRAL_LIST, object_type="referral")
    if not 1 <= limit <= MAX_ROWS:
        raise ValueError(f"limit must be from 1 to {MAX_ROWS}")
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        names = _center_names(uow)
        found = uow.execute(
            select(OutgoingReferral, Case.number)
            .join(Case, Case.id == OutgoingReferral.case_id)
            .order_by(OutgoingReferral.created_at.desc(), OutgoingReferral.id.desc())
            .limit(limit)).all()
        rows = [OutboxRow(number, r.destination_code, names.get(r.destination_code),
                          r.bundle_id, r.sequence, r.file_name, r.created_at, r.created_by,
                          r.expires_at, _state(r, now), r.receipt_at) for r, number in found]
        record(uow, actor=session.login, role=role, action="referral.listed",
               object_type="referral", details={"box": "outbox", "shown": len(rows)})
    return rows


def list_inbox(session: UserSession, *, limit: int = 200) -> list[InboxRow]:
    """Referrals imported from other centers, newest first."""
    role = authorize(session, Action.REFERRAL_LIST, object_type="referral")
    if not 1 <= limit <= MAX_ROWS:
        raise ValueError(f"limit must be from 1 to {MAX_ROWS}")
    with session.vault.unit_of_work() as uow:
        names = _center_names(uow)
        found = uow.execute(
            select(ReceivedBundle, Case.number)
            .join(Case, Case.id == ReceivedBundle.case_id)
            .order_by(ReceivedBundle.received_at.desc(), ReceivedBundle.id.desc())
            .limit(limit)).all()
        rows = [InboxRow(number, r.sender_code, names.get(r.sender_code),
                         r.sender_case_number or "", r.bundle_id, r.sender_created_at,
                         r.received_at, r.received_by) for r, number in found]
        record(uow, actor=session.login, role=role, action="referral.listed",
               object_type="referral", details={"box": "inbox", "shown": len(rows)})
    return rows
