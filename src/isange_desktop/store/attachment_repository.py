"""Queries and appends for attachments. Services call these inside their unit of work.

Metadata and bytes are read apart: listing a case's attachments, or building the case
document a referral carries, never loads a BLOB.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from isange_desktop.store.attachment_models import Attachment, AttachmentContent


def of_case(uow: Session, case_id: int) -> list[Attachment]:
    """The case's attachments, in the order they were added."""
    return list(uow.scalars(select(Attachment).where(Attachment.case_id == case_id)
                            .order_by(Attachment.id)))


def by_id(uow: Session, attachment_id: int) -> Attachment | None:
    return uow.get(Attachment, attachment_id)


def content(uow: Session, attachment_id: int) -> bytes:
    data = uow.scalar(select(AttachmentContent.data)
                      .where(AttachmentContent.attachment_id == attachment_id))
    if data is None:
        # The metadata row and its content are written in one transaction: one without the
        # other is damage, not a state the app makes.
        raise LookupError(attachment_id)
    return bytes(data)


def append(uow: Session, row: Attachment, data: bytes) -> Attachment:
    """Store the row and its bytes (the trigger checks the length against row.size)."""
    uow.add(row)
    uow.flush()
    # Core insert: the ORM would keep a second reference to the bytes in its identity map.
    uow.execute(insert(AttachmentContent), {"attachment_id": row.id, "data": data})
    return row
