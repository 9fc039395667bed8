"""A survivor's access request (Law No 058/2021, the right of access): everything the vault
holds about the person a case belongs to, printed as one PDF by the center manager.

This is the one audited exception to the manager's usual view rules: the access right covers
every track (medical, psychosocial, legal, shelter), so forms are read unfiltered here, never
through case_read.visible_values. What makes that acceptable is the audit event
"case.access_request", written in the same transaction as the read, naming the case numbers
and how much was printed (counts, never content), and a signed checkpoint that covers it and
is printed in the footer.

Nothing is written to disk here except by ``save_access_request``, the explicit save: the
bytes go to a preview or a printer from memory.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import LANGUAGES
from isange_desktop.reports.access_report import (
    AccessLine,
    AttachmentLine,
    CorrectionLine,
    HeldCase,
    HeldData,
    PersonRecord,
    ReferralLine,
    render_access_report,
)
from isange_desktop.reports.case_data import Entry, PrintedCase
from isange_desktop.reports.pdf_base import Footer
from isange_desktop.services.case_print import PURPOSES
from isange_desktop.services.case_print_data import read_case
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import attachment_repository as attachments_repo
from isange_desktop.store import case_repository as repo
from isange_desktop.store.atomic_file import save_document
from isange_desktop.store.case_models import Case, Person
from isange_desktop.store.center_models import CenterPin
from isange_desktop.store.data_protection_models import CorrectionRequest
from isange_desktop.store.models import AuditEvent, Center
from isange_desktop.store.referral_models import OutgoingReferral, ReceivedBundle
from isange_desktop.store.types import utcnow

ACTION = "case.access_request"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _whole_case(uow: Session, session: UserSession, case: Case, person: Person,
                now: datetime) -> PrintedCase:
    """The case as the summary prints it, but with every form of every track and the name:
    read_case gives the clocks, consents, tasks and history; the entries are then replaced
    by the unfiltered current forms."""
    printed = read_case(uow, session, case, now)
    entries: dict[str, dict[int, Entry]] = {}
    for (form_id, entry_no), s in sorted(repo.current_forms(uow, case.id).items()):
        entries.setdefault(form_id, {})[entry_no] = Entry(form_id, entry_no, s.values,
                                                          s.author, s.at, s.sealed)
    return replace(printed, entries=entries, hidden=(),
                   full_name=f"{person.given_names} {person.family_name}".strip())


def _center_names(uow: Session) -> dict[str, str]:
    return {code: name for code, name in uow.execute(
        select(CenterPin.code, CenterPin.name).where(CenterPin.removed_at.is_(None)))}


def _referrals(uow: Session, case_id: int, names: dict[str, str]) -> tuple[ReferralLine, ...]:
    sent = [ReferralLine("sent", r.destination_code, names.get(r.destination_code),
                         r.created_at.isoformat(), _iso(r.receipt_at), r.note or None)
            for r in uow.scalars(select(OutgoingReferral).where(
                OutgoingReferral.case_id == case_id).order_by(OutgoingReferral.id))]
    received = [ReferralLine("received", r.sender_code, names.get(r.sender_code),
                             r.received_at.isoformat(), None, r.note or None)
                for r in uow.scalars(select(ReceivedBundle).where(
                    ReceivedBundle.case_id == case_id).order_by(ReceivedBundle.id))]
    return tuple(sorted(received + sent, key=lambda r: datetime.fromisoformat(r.at)))


def _corrections(uow: Session, case_id: int) -> tuple[CorrectionLine, ...]:
    return tuple(
        CorrectionLine(r.id, r.received_at, r.what, r.requested, r.recorded_by, r.recorded_at,
                       r.outcome, r.outcome_note, r.outcome_by, r.outcome_at)
        for r in uow.scalars(select(CorrectionRequest).where(
            CorrectionRequest.case_id == case_id).order_by(CorrectionRequest.id)))


def _attachments(uow: Session, case_id: int) -> tuple[AttachmentLine, ...]:
    # Metadata only (the repository never loads the content for a listing).
    return tuple(AttachmentLine(a.file_name, a.media_type, a.size, a.added_at, a.added_by)
                 for a in attachments_repo.of_case(uow, case_id))


def _accesses(uow: Session, number: str) -> tuple[AccessLine, ...]:
    """Every audit event about the case (attachments, prints and forms are all recorded
    against the case number): who, with which role, did what, when."""
    return tuple(AccessLine(e.actor, e.role, e.action, e.outcome, e.ts) for e in uow.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "case",
                                 AuditEvent.object_id == number).order_by(AuditEvent.seq)))


def _person(uow: Session, person: Person, cases: list[Case]) -> PersonRecord:
    phone = None
    for case in reversed(cases):  # the newest case's person form has the current phone
        stored = repo.latest_revision(uow, case.id, "person")
        if stored is not None and stored.values.get("phone"):
            phone = str(stored.values["phone"])
            break
    return PersonRecord(person.given_names, person.family_name, person.sex, person.birth_date,
                        person.estimated_age, person.national_id, phone, person.created_at,
                        person.created_by)


def render_access_request(session: UserSession, number: str, lang: str, *,
                          purpose: str = "print", now: datetime | None = None) -> bytes:
    """The PDF of everything held about the person of case `number`, in `lang` (rw, en, fr).
    Manager only (Action.ACCESS_REQUEST); a refusal is audited. `purpose` (print, preview
    or save) goes into the audit event."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")  # a programming error
    if lang not in LANGUAGES:
        raise ValidationError("print.lang_unknown", lang=lang)
    number = str(parse_case_number(number))
    role = authorize(session, Action.ACCESS_REQUEST, object_type="case", object_id=number)
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        asked = repo.require_case(uow, number)
        person = uow.get_one(Person, asked.person_id)
        cases = list(uow.scalars(select(Case).where(Case.person_id == person.id)
                                 .order_by(Case.id)))
        names = _center_names(uow)
        held = [HeldCase(_whole_case(uow, session, c, person, now), _attachments(uow, c.id),
                         _referrals(uow, c.id, names), _corrections(uow, c.id))
                for c in cases]
        # Recorded before the access log is read, so the document lists this request too.
        record(uow, actor=session.login, role=role, action=ACTION, object_type="case",
               object_id=number, details={
                   "cases": [c.number for c in cases],
                   "forms": sum(len(e) for h in held for e in h.case.entries.values()),
                   "attachments": sum(len(h.attachments) for h in held),
                   "referrals": sum(len(h.referrals) for h in held),
                   "corrections": sum(len(h.corrections) for h in held),
                   "language": lang, "purpose": purpose})
        held = [replace(h, accesses=_accesses(uow, h.case.number)) for h in held]
        checkpoint = signed_checkpoint(uow)
        center = uow.get_one(Center, 1)
        data = HeldData(number, center.code, center.name, _person(uow, person, cases),
                        tuple(held), now)
        footer = Footer(lang=lang, case_number=number,
                        printed_by=f"{session.display_name} ({session.login})", printed_at=now,
                        checkpoint_seq=int(checkpoint["seq"]),
                        checkpoint_hash=str(checkpoint["head_hash"]))
        # Rendered inside the transaction: a failure rolls the event back, so the log never
        # says a document was printed that was not.
        return render_access_report(data, footer)


def save_access_request(session: UserSession, number: str, lang: str, path: Path, *,
                        replace_existing: bool = False) -> Path:
    """Render for saving and write `path` whole or not at all: the one way the document
    reaches the disk, on the user's explicit choice. An existing file is replaced only when
    the user was asked (the GUI's file dialog); otherwise it is refused."""
    return save_document(
        path, lambda: render_access_request(session, number, lang, purpose="save"),
        replace=replace_existing)
