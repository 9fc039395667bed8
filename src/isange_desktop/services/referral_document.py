"""The case a referral carries (the bundle's case.json): its parts as plain data, and the
JSON form the sender writes. referral_reading.py reads one back, trusting nothing.

What travels: the case's own facts (its number at the sender, arrival, incident window, GBV
type, flags), every form revision ever saved (the current state is each form's newest), the
case and track status history, the consent record, the open follow-ups, the sender's note and
the attachments' metadata (their bytes are the bundle's attachment members, named by random id
and type: an original file name is personal data and travels only here, inside the encrypted
payload). Times and values travel exactly as the sender stored them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from isange_desktop.domain.consent import ConsentBy, ConsentRecord, ConsentScope
from isange_desktop.store.case_repository import StoredRevision

SCHEMA = 1
MAX_NOTE_CHARS = 2000
MAX_REASON_CHARS = 4000


@dataclass(frozen=True)
class CaseFacts:
    number: str  # at the sending center
    arrival_at: str
    incident_earliest: str | None
    incident_latest: str | None
    gbv_type: str | None
    flags: tuple[str, ...]
    created_at: str


# A revision travels as the store keeps it: one type, so the two cannot drift apart.
Revision = StoredRevision


@dataclass(frozen=True)
class StatusChange:
    track: str | None  # None for the case's own status
    status: str
    author: str
    at: str
    reason: str | None = None


@dataclass(frozen=True)
class Consent:
    scope: str
    destination: str | None
    given: bool
    at: str
    by: str
    recorded_by: str
    override_reason: str | None

    def record(self) -> ConsentRecord:
        return ConsentRecord(ConsentScope(self.scope), self.destination, self.given,
                             datetime.fromisoformat(self.at), ConsentBy(self.by),
                             self.recorded_by, self.override_reason)


@dataclass(frozen=True)
class FollowUp:
    kind: str
    due: str  # ISO date


@dataclass(frozen=True)
class AttachmentRecord:
    """An attachment as it travels; its bytes are the member referral_attachments.py names."""

    uid: str  # random, the same at both centers (form fields name attachments by it)
    file_name: str
    media_type: str
    size: int
    sha256: str
    track: str | None
    form_id: str | None
    entry_no: int | None
    evidence: bool
    sealed: bool
    added_by: str
    added_at: str


@dataclass(frozen=True)
class ReferralDocument:
    case: CaseFacts
    revisions: tuple[Revision, ...]  # in the order they were saved
    case_statuses: tuple[StatusChange, ...]
    track_statuses: tuple[StatusChange, ...]
    consents: tuple[Consent, ...]
    follow_ups: tuple[FollowUp, ...]
    note: str
    attachments: tuple[AttachmentRecord, ...] = ()

    def current(self) -> dict[tuple[str, int], Revision]:
        """The newest revision of every form and entry."""
        newest: dict[tuple[str, int], Revision] = {}
        for r in self.revisions:
            newest[(r.form_id, r.entry_no)] = r
        return newest

    def to_json(self) -> dict[str, Any]:
        c = self.case
        return {
            "schema": SCHEMA,
            "case": {"number": c.number, "arrival_at": c.arrival_at,
                     "incident_earliest": c.incident_earliest,
                     "incident_latest": c.incident_latest, "gbv_type": c.gbv_type,
                     "flags": list(c.flags), "created_at": c.created_at},
            "revisions": [{"form": r.form_id, "entry": r.entry_no, "revision": r.revision,
                           "values": dict(r.values), "changed": list(r.changed_fields),
                           "author": r.author, "at": r.at, "sealed": r.sealed}
                          for r in self.revisions],
            "case_statuses": [{"status": s.status, "author": s.author, "at": s.at,
                               "reason": s.reason} for s in self.case_statuses],
            "track_statuses": [{"track": s.track, "status": s.status, "author": s.author,
                                "at": s.at} for s in self.track_statuses],
            "consents": [{"scope": k.scope, "destination": k.destination, "given": k.given,
                          "at": k.at, "by": k.by, "recorded_by": k.recorded_by,
                          "override_reason": k.override_reason} for k in self.consents],
            "follow_ups": [{"kind": f.kind, "due": f.due} for f in self.follow_ups],
            "note": self.note,
            "attachments": [{"id": a.uid, "name": a.file_name, "type": a.media_type,
                             "size": a.size, "sha256": a.sha256, "track": a.track,
                             "form": a.form_id, "entry": a.entry_no, "evidence": a.evidence,
                             "sealed": a.sealed, "added_by": a.added_by, "at": a.added_at}
                            for a in self.attachments],
        }
