"""Appending events. Called by services inside the transaction of the change they record."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from isange_desktop.audit.chain import event_hash
from isange_desktop.store.models import AuditEvent, AuditHead

# Columns in the order they are hashed; verify reads them in the same order.
HASHED_COLUMNS = (
    "seq", "ts", "actor", "role", "action", "object_type", "object_id", "outcome", "purpose",
    "details",
)


# Built once. The head is read with an ORM select so the session autoflushes first (the change
# being recorded reaches the database before its event, as before); the event goes in through a
# Core INSERT on the table with the row as parameters. Building insert(AuditEvent).values(**row)
# for every event sent each one through the ORM bulk-insert path (per-value coercion, a fresh
# cache key): about half a millisecond per event, the largest part of an audited change.
_HEAD = select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
_INSERT = insert(AuditEvent.metadata.tables[AuditEvent.__tablename__])


@dataclass(frozen=True)
class EventRecord:
    seq: int
    ts: str
    actor: str
    role: str
    action: str
    object_type: str | None
    object_id: str | None
    outcome: str
    purpose: str | None
    details: str


def canonical_details(details: Mapping[str, object] | None) -> str:
    # Sorted keys and no spaces: the same details always hash the same.
    return json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


def append(
    session: Session,
    *,
    actor: str,
    role: str,
    action: str,
    object_type: str | None = None,
    object_id: str | None = None,
    outcome: str = "ok",
    purpose: str | None = None,
    details: Mapping[str, object] | None = None,
    when: datetime | None = None,
) -> int:
    """Append one event; returns its sequence number. Details name fields, never values."""
    head_seq, head_hash = session.execute(_HEAD).one()
    record = EventRecord(
        seq=head_seq + 1,
        ts=(when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds"),
        actor=actor,
        role=role,
        action=action,
        object_type=object_type,
        object_id=object_id,
        outcome=outcome,
        purpose=purpose,
        details=canonical_details(details),
    )
    row: dict[str, object] = {name: getattr(record, name) for name in HASHED_COLUMNS}
    row["prev_hash"] = head_hash
    row["hash"] = event_hash(head_hash, [row[name] for name in HASHED_COLUMNS])
    session.execute(_INSERT, row)
    return record.seq
