"""ORM mappings of attachments (migration 0010): the metadata and, in a table of its own, the
bytes, so that listing a case's attachments never reads a BLOB.

Triggers keep both append-only: an attachment is never changed or deleted, and its content's
length is the size on record.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32))  # random hex; travels with a referral
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    track: Mapped[str | None] = mapped_column(String(16))  # None: intake-level
    form_id: Mapped[str | None] = mapped_column(String(32))
    entry_no: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))  # personal data: stays in the vault
    media_type: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[bool] = mapped_column(Boolean)
    sealed: Mapped[bool] = mapped_column(Boolean)


class AttachmentContent(Base):
    __tablename__ = "attachment_contents"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
