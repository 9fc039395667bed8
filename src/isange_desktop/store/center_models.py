"""ORM mappings of the center's own keys, the centers it trusts and the key changes it has seen
(migration 0008).

The private keys sit in the encrypted vault and nowhere else. Rows here are never deleted
(triggers refuse it): a retired key still opens bundles sent to it before a rotation, and a
removed or replaced pin still shows who trusted which keys and when.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base
from isange_desktop.store.types import UTCDateTime


class CenterKey(Base):
    """One generation of this center's keys; exactly one row has no retired_at."""

    __tablename__ = "center_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 private, raw 32 bytes
    age_identity: Mapped[str] = mapped_column(Text)  # AGE-SECRET-KEY-1...
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The audit checkpoints from this sequence number on are signed with this key (until the
    # next generation's first_audit_seq): verify picks the key a checkpoint was signed with.
    first_audit_seq: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CenterPin(Base):
    """Another center's public keys, trusted after its fingerprint was confirmed by voice.

    The active pin of a code is the row without removed_at (a partial unique index keeps it
    one); the key columns cannot be updated, so new keys always mean a new row.
    """

    __tablename__ = "pinned_centers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    district: Mapped[str | None] = mapped_column(String(32))
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519, raw 32 bytes
    age_recipient: Mapped[str] = mapped_column(String(100))  # age1...
    fingerprint: Mapped[str] = mapped_column(String(48))
    card_created_at: Mapped[str] = mapped_column(String(40))
    pinned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    pinned_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    removed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    removed_reason: Mapped[str | None] = mapped_column(String(16))  # "removed" | "keys_changed"


class CenterKeyChange(Base):
    """A key-change statement this center issued or applied, kept verbatim as evidence."""

    __tablename__ = "center_key_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    center_code: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(8))  # "own" | "received"
    old_fingerprint: Mapped[str] = mapped_column(String(48))
    new_fingerprint: Mapped[str] = mapped_column(String(48))
    statement: Mapped[bytes] = mapped_column(LargeBinary)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
