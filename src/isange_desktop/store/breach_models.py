"""ORM mappings of the breach register (migration 0012): the breaches recorded and the steps
taken on each, both append-only; a step is written once (unique per breach)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isange_desktop.store.models import Base
from isange_desktop.store.types import UTCDateTime


class Breach(Base):
    """A suspected breach as it was known when recorded: counts and kinds of data, never
    which survivors."""

    __tablename__ = "breaches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    found_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the legal clocks start here
    description: Mapped[str] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    affected_cases: Mapped[int] = mapped_column(Integer)
    data_kinds: Mapped[str] = mapped_column(Text)  # JSON list


class BreachStep(Base):
    """The authority notified, or the report submitted: once each per breach."""

    __tablename__ = "breach_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"))
    step: Mapped[str] = mapped_column(String(16))  # notified | reported
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
