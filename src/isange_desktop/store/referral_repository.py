"""Queries and counters for referrals. Services call these inside their unit of work."""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from isange_desktop.store.referral_models import BundleCounter


def next_bundle_seq(uow: Session, center_code: str, kind: str) -> int:
    """The next sequence number for a bundle of ``kind`` to ``center_code``. Inside the
    transaction that records the bundle: a failed export gives its number back, a committed
    one never does (a trigger refuses any step down)."""
    updated = uow.execute(
        update(BundleCounter)
        .where(BundleCounter.center_code == center_code, BundleCounter.kind == kind)
        .values(last_seq=BundleCounter.last_seq + 1)
        .returning(BundleCounter.last_seq)
    ).scalar_one_or_none()
    if updated is not None:
        return int(updated)
    uow.execute(insert(BundleCounter).values(center_code=center_code, kind=kind, last_seq=1))
    return 1
