"""Deleting every row of a case, after its removal was recorded (migration 0011).

The delete guards refuse each of these statements unless a ``case_removals`` row names the
case, so this runs only inside the retention service's transaction, after that row. The order
is children first (foreign keys are enforced). What stays: the tombstone, the audit events
(which name the case number, never a person), and received bundles, unlinked from the case so
that a replayed referral is still refused.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from isange_desktop.store.attachment_models import Attachment, AttachmentContent
from isange_desktop.store.case_models import (
    Case,
    CaseStatusChange,
    CaseTrack,
    ConsentRow,
    Draft,
    FormRevision,
    Person,
    Task,
    TrackStatusChange,
)
from isange_desktop.store.data_protection_models import CorrectionRequest
from isange_desktop.store.referral_models import IncomingReceipt, OutgoingReferral, ReceivedBundle


def remove_case_rows(uow: Session, case: Case) -> None:
    """Delete the case, everything recorded under it, and its person if no other case of this
    vault is theirs. Flushes pending ORM changes first so the statements see them."""
    uow.flush()
    case_id, number, person_id = case.id, case.number, case.person_id
    attachment_ids = select(Attachment.id).where(Attachment.case_id == case_id)
    referral_ids = select(OutgoingReferral.id).where(OutgoingReferral.case_id == case_id)
    uow.execute(delete(AttachmentContent)
                .where(AttachmentContent.attachment_id.in_(attachment_ids)))
    uow.execute(delete(IncomingReceipt).where(IncomingReceipt.referral_id.in_(referral_ids)))
    for model in (Attachment, FormRevision, TrackStatusChange, CaseTrack, CaseStatusChange,
                  ConsentRow, Task, CorrectionRequest, OutgoingReferral):
        uow.execute(delete(model).where(model.case_id == case_id))
    # The sender's note is free text about the survivor; the rest is the replay guard.
    uow.execute(update(ReceivedBundle).where(ReceivedBundle.case_id == case_id)
                .values(case_id=None, note=None))
    # Any user's unsaved typing on the case goes too.
    uow.execute(delete(Draft).where(Draft.case_number == number))
    uow.expunge(case)
    uow.execute(delete(Case).where(Case.id == case_id))
    others = uow.scalar(select(func.count()).select_from(Case).where(Case.person_id == person_id))
    if not others:
        uow.execute(delete(Person).where(Person.id == person_id))
