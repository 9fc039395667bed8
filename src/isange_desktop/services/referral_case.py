"""A case as a referral carries it: read whole from the vault for export, and written whole
into the vault as a new local case on import. Both run inside the caller's unit of work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import format_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.consent import ConsentRecord
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.tracks import CaseStatus
from isange_desktop.services.case_intake import new_person
from isange_desktop.services.referral_attachments import attachment_records, store_arrived
from isange_desktop.services.referral_document import (
    AttachmentRecord,
    CaseFacts,
    Consent,
    FollowUp,
    ReferralDocument,
    StatusChange,
)
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import (
    Case,
    CaseStatusChange,
    ConsentRow,
    FormRevision,
    Task,
    TrackStatusChange,
)


@dataclass(frozen=True)
class FormPart:
    """One form (or one entry of a repeating form) as it will travel: its newest revision."""

    form_id: str
    entry_no: int
    revision: int
    at: str


def case_document(uow: Session, case: Case, note: str) -> ReferralDocument:
    """Everything the case holds that a referral carries, in the order it was recorded."""
    revisions = tuple(repo.history(uow, case.id))
    case_statuses = tuple(
        StatusChange(None, s.status, s.author, s.at, s.reason) for s in uow.scalars(
            select(CaseStatusChange).where(CaseStatusChange.case_id == case.id)
            .order_by(CaseStatusChange.id)))
    track_statuses = tuple(
        StatusChange(t.track, t.status, t.author, t.at) for t in uow.scalars(
            select(TrackStatusChange).where(TrackStatusChange.case_id == case.id)
            .order_by(TrackStatusChange.id)))
    consents = tuple(
        Consent(c.scope, c.destination, c.given, c.at, c.given_by, c.recorded_by,
                c.override_reason) for c in uow.scalars(
            select(ConsentRow).where(ConsentRow.case_id == case.id).order_by(ConsentRow.id)))
    # Only what is still to be done: the receiving center takes the follow-ups over.
    follow_ups = tuple(
        FollowUp(t.kind, t.due) for t in uow.scalars(
            select(Task).where(Task.case_id == case.id, Task.done_on.is_(None),
                               Task.cancelled.is_(False)).order_by(Task.due, Task.id)))
    facts = CaseFacts(case.number, case.arrival_at, case.incident_earliest,
                      case.incident_latest, case.gbv_type, tuple(json.loads(case.flags)),
                      case.created_at)
    return ReferralDocument(facts, revisions, case_statuses, track_statuses, consents,
                            follow_ups, note, attachment_records(uow, case.id))


def form_parts(document: ReferralDocument) -> tuple[FormPart, ...]:
    return tuple(FormPart(r.form_id, r.entry_no, r.revision, r.at)
                 for r in sorted(document.current().values(),
                                 key=lambda r: (r.form_id, r.entry_no)))


def consent_records(document: ReferralDocument) -> list[ConsentRecord]:
    return [c.record() for c in document.consents]


def age_now(document: ReferralDocument, now: datetime) -> int | None:
    """The survivor's age today, for consent: a survivor who turned 16 since intake now
    consents for themself."""
    person = document.current().get(("person", 0))
    return age_at(person.values if person else {}, local_date(now))


def _remote(author: str, sender_code: str) -> str:
    # Staff of another center are named with it, so nobody reads them as local staff; a name
    # that already carries a center (a case referred on) keeps the one it had.
    return author if "@" in author else f"{author}@{sender_code}"


def write_referred_case(uow: Session, document: ReferralDocument, *, sender_code: str,
                        center_code: str, login: str, now: datetime,
                        attachments: Sequence[tuple[AttachmentRecord, bytes]] = ()) -> Case:
    """A new local case holding the referred case's history, open at this center, with the
    attachments that arrived (each already checked against the document)."""
    stamp = now.isoformat(timespec="seconds")
    person_values = document.current()[("person", 0)].values
    person = new_person(uow, person_values, login, stamp)
    facts = document.case
    case = Case(
        number=format_case_number(center_code, local_date(now).year,
                                  repo.next_case_seq(uow, center_code, local_date(now).year)),
        person_id=person.id, event_id=str(uuid.uuid4()), status=CaseStatus.OPEN,
        arrival_at=facts.arrival_at, incident_earliest=facts.incident_earliest,
        incident_latest=facts.incident_latest, gbv_type=facts.gbv_type,
        flags=json.dumps(sorted(facts.flags)), created_at=stamp, created_by=login,
        void_reason=None,
    )
    uow.add(case)
    uow.flush()
    if document.revisions:
        uow.execute(insert(FormRevision), [
            {"case_id": case.id, "form_id": r.form_id, "entry_no": r.entry_no,
             "revision": r.revision,
             "values_json": repo.encode_values(r.values),
             "changed_fields": json.dumps(list(r.changed_fields)),
             "author": _remote(r.author, sender_code), "at": r.at, "sealed": r.sealed}
            for r in document.revisions])
    statuses = [{"case_id": case.id, "status": s.status,
                 "author": _remote(s.author, sender_code), "at": s.at, "reason": s.reason}
                for s in document.case_statuses]
    # The sender's history first, then this center's own start of the case.
    statuses.append({"case_id": case.id, "status": CaseStatus.OPEN, "author": login,
                     "at": stamp, "reason": None})
    uow.execute(insert(CaseStatusChange), statuses)
    if document.track_statuses:
        uow.execute(insert(TrackStatusChange), [
            {"case_id": case.id, "track": t.track, "status": t.status,
             "author": _remote(t.author, sender_code), "at": t.at}
            for t in document.track_statuses])
    if document.consents:
        uow.execute(insert(ConsentRow), [
            {"case_id": case.id, "scope": c.scope, "destination": c.destination,
             "given": c.given, "at": c.at, "given_by": c.by,
             "recorded_by": _remote(c.recorded_by, sender_code),
             "override_reason": c.override_reason} for c in document.consents])
    if document.follow_ups:
        uow.execute(insert(Task), [
            {"case_id": case.id, "kind": f.kind, "due": f.due, "done_on": None,
             "cancelled": False, "created_at": stamp, "created_by": login}
            for f in document.follow_ups])
    store_arrived(uow, case.id, attachments, lambda author: _remote(author, sender_code))
    return case
