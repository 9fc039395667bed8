"""ORM mappings of migration 0011: the tombstone a case leaves when retention removes it, and
survivors' correction requests."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base


class CaseRemoval(Base):
    """Written before a case's rows are deleted, in the same transaction: the delete guards
    let a case's rows go only while this record exists. Holds no personal data."""

    __tablename__ = "case_removals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    closed_at: Mapped[str] = mapped_column(String(40))
    archive_bundle_id: Mapped[str] = mapped_column(String(32))
    archive_sha256: Mapped[str] = mapped_column(String(64))
    archive_recipient: Mapped[str] = mapped_column(String(16))  # a center code
    removed_by: Mapped[str] = mapped_column(String(64))
    removed_at: Mapped[str] = mapped_column(String(40))


class CorrectionRequest(Base):
    """A survivor's request to correct what is on record; its outcome is written once."""

    __tablename__ = "correction_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    received_at: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text)
    requested: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str | None] = mapped_column(String(16))  # corrected | refused
    outcome_note: Mapped[str | None] = mapped_column(Text)
    outcome_by: Mapped[str | None] = mapped_column(String(64))
    outcome_at: Mapped[str | None] = mapped_column(String(40))
