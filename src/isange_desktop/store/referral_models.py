"""ORM mappings of referrals between centers (migration 0009): the sequence counters, the
referrals sent, every bundle accepted, and the receipts that came back.

Triggers keep these as evidence: counters only go up, nothing is deleted, a received bundle is
never changed, and a sent referral changes once, when its receipt arrives.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base
from isange_desktop.store.types import UTCDateTime

SENT = "sent"
RECEIVED = "received"


class BundleCounter(Base):
    """The last sequence number this center used for bundles of one kind to one center: the
    receiver refuses any number not above the last one it accepted."""

    __tablename__ = "bundle_counters"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class OutgoingReferral(Base):
    __tablename__ = "outgoing_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    destination_code: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    file_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # SENT | RECEIVED
    receipt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    receipt_bundle_id: Mapped[str | None] = mapped_column(String(32))


class ReceivedBundle(Base):
    """A bundle (referral or receipt) this center accepted: its id is never accepted again."""

    __tablename__ = "received_bundles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender_code: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    sender_created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_by: Mapped[str] = mapped_column(String(64))
    checkpoint: Mapped[str] = mapped_column(Text)  # canonical JSON, as the sender signed it
    # A referral only: the local case it became, and where it came from.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), unique=True)
    sender_case_number: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class IncomingReceipt(Base):
    """The receiving center's signed word that it imported one of our referrals."""

    __tablename__ = "incoming_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_bundle_id: Mapped[int] = mapped_column(ForeignKey("received_bundles.id"),
                                                    unique=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("outgoing_referrals.id"), unique=True)
    receiver_case_number: Mapped[str] = mapped_column(String(40))
    receiver_imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
