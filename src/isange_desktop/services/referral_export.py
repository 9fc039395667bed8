"""Referring a case to another center: what will go (the preview), and the export itself.

An export happens in one transaction that is committed only once the file is on disk and
checked: the next sequence number, the bundle sealed to the center's pinned age recipient
and signed with this center's key, the file written atomically under a name with no personal
data, read back and verified (its bytes, header and outer signature: the payload is sealed to
the other center and this one cannot open it), then the referral, the case's move to
"referred out" and the audit event. Any failure removes the file and keeps the number unused.

What the survivor's consent must say is domain/referral_consent.py's rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert
from sqlalchemy.orm import Session

from isange_desktop.domain.case_lifecycle import can_move
from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.domain.referral_consent import ReferralConsent, referral_consent
from isange_desktop.domain.tracks import CaseStatus
from isange_desktop.errors import BundleRefused, ValidationError
from isange_desktop.services.center_directory import PinnedCenter, lookup_center
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.referral_attachments import (
    AttachmentPart,
    attachment_parts,
    covered,
    members_to_send,
)
from isange_desktop.services.referral_case import (
    FormPart,
    age_now,
    case_document,
    consent_records,
    form_parts,
)
from isange_desktop.services.referral_document import MAX_NOTE_CHARS, ReferralDocument
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.atomic_file import write_atomic
from isange_desktop.store.case_models import Case, CaseStatusChange
from isange_desktop.store.center_identity import current_signing_key
from isange_desktop.store.models import Center
from isange_desktop.store.referral_models import SENT, OutgoingReferral
from isange_desktop.store.referral_repository import next_bundle_seq
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.bundle_file import (
    WrittenBundle,
    read_header,
    verify_outer,
    write_bundle,
)

REFERRAL_LIFETIME = timedelta(days=30)


@dataclass(frozen=True)
class ReferralPreview:
    """Exactly what a referral of this case to this center would carry, and whether the
    survivor's consent lets it go. Names no person and shows no value."""

    case_number: str
    destination_code: str
    destination_name: str
    forms: tuple[FormPart, ...]  # intake and track forms, each entry at its current revision
    revisions: int  # every revision ever saved: the whole history travels
    status_changes: int  # case and track status history
    consents: int  # the whole consent record
    follow_ups: int  # open follow-up tasks the other center takes over
    consent_reason: str  # the consent.* decision for sharing with this center
    refusal: ValidationError | None  # what is missing when the consent does not cover it
    # Type, size and track of each attachment; names only ever go inside the bundle.
    attachments: tuple[AttachmentPart, ...] = ()

    @property
    def allowed(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class ExportedReferral:
    bundle_id: str
    file_name: str
    path: Path
    sequence: int
    created_at: datetime
    expires_at: datetime
    preview: ReferralPreview


def _consent(document: ReferralDocument, center: PinnedCenter, now: datetime
             ) -> ReferralConsent:
    return referral_consent(consent_records(document), center.code, center.name,
                            age_now(document, now), now)


def _preview(document: ReferralDocument, center: PinnedCenter, consent: ReferralConsent
             ) -> ReferralPreview:
    return ReferralPreview(
        case_number=document.case.number, destination_code=center.code,
        destination_name=center.name, forms=form_parts(document),
        revisions=len(document.revisions),
        status_changes=len(document.case_statuses) + len(document.track_statuses),
        consents=len(document.consents), follow_ups=len(document.follow_ups),
        consent_reason=consent.reason_id, refusal=consent.refusal(center.code, center.name),
        attachments=attachment_parts(document))


def _open_case(uow: Session, number: str) -> Case:
    case = repo.require_case(uow, number)
    if case.status == CaseStatus.VOIDED:
        raise ValidationError("case.voided", number=number)
    return case


def preview_referral(session: UserSession, case_number: str, destination_code: str, *,
                     now: datetime | None = None) -> ReferralPreview:
    """What would go, audited as a look at the case (it names the case's forms)."""
    number = str(parse_case_number(case_number))
    role = authorize(session, Action.REFERRAL_EXPORT, object_type="case", object_id=number)
    center = lookup_center(session, destination_code)
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        document = case_document(uow, _open_case(uow, number), "")
        preview = _preview(document, center, _consent(document, center, now))
        record(uow, actor=session.login, role=role, action="referral.previewed",
               object_type="case", object_id=number,
               details={"center": center.code, "consent": preview.consent_reason})
    return preview


def _consent_ref(number: str, center_code: str, consent: ReferralConsent) -> str:
    # Which consent record the referral rests on; the record itself travels in the case.
    record_ = consent.record
    assert record_ is not None
    return f"{number}/{record_.scope}/{center_code}/{record_.at.isoformat()}/{record_.by}"


def _write_and_check(path: Path, written: WrittenBundle, own_code: str, center_code: str,
                     key: Ed25519PrivateKey) -> None:
    try:
        write_atomic(path, written.data)
        back = path.read_bytes()
    except OSError:
        raise ValidationError("referral.file_unwritable", path=str(path)) from None
    try:
        header = read_header(back)
        verify_outer(back, header, key.public_key())
    except BundleRefused:
        raise ValidationError("referral.verify_failed", path=str(path)) from None
    if back != written.data or (header.kind, header.bundle_id, header.sender_code,
                                header.recipient_code) != ("referral", written.bundle_id,
                                                           own_code, center_code):
        raise ValidationError("referral.verify_failed", path=str(path))


def _refuse_for_consent(session: UserSession, role: str, number: str, center: PinnedCenter,
                        refusal: ValidationError) -> None:
    # Trying to send a case without the consent that covers it is recorded, as a denied
    # permission is: the attempt itself matters.
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="referral.export_refused",
               object_type="case", object_id=number, outcome="refused",
               details={"center": center.code, "reason": refusal.code})


def export_referral(session: UserSession, case_number: str, destination_code: str, note: str,
                    out_dir: Path, *, now: datetime | None = None) -> ExportedReferral:
    """Write the referral bundle of a case, with its attachments, into ``out_dir`` and record
    it (module docstring)."""
    number = str(parse_case_number(case_number))
    role = authorize(session, Action.REFERRAL_EXPORT, object_type="case", object_id=number)
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError("referral.note_too_long", max=MAX_NOTE_CHARS)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ValidationError("referral.folder_missing", path=str(out_dir))
    center = lookup_center(session, destination_code)
    now = now or utcnow()
    exported: ExportedReferral | None = None
    try:
        with session.vault.unit_of_work() as uow:
            case = _open_case(uow, number)
            document = case_document(uow, case, note)
            consent = _consent(document, center, now)
            preview = _preview(document, center, consent)
            refusal = preview.refusal
            if refusal is None:
                exported = _send(uow, _Sending(session, role, case, center, consent, preview,
                                               document, out_dir, now))
    except BaseException:
        # The file exists only if the referral is on record: a failed commit removes it.
        if exported is not None:
            exported.path.unlink(missing_ok=True)
        raise
    if refusal is not None:
        _refuse_for_consent(session, role, number, center, refusal)
        raise refusal
    assert exported is not None
    return exported


@dataclass(frozen=True)
class _Sending:
    session: UserSession
    role: str
    case: Case
    center: PinnedCenter
    consent: ReferralConsent
    preview: ReferralPreview
    document: ReferralDocument
    out_dir: Path
    now: datetime


def _send(uow: Session, s: _Sending) -> ExportedReferral:
    """Seal, write, check and record, inside the export's transaction."""
    own_code = uow.get_one(Center, 1).code
    key = Ed25519PrivateKey.from_private_bytes(current_signing_key(uow))
    sequence = next_bundle_seq(uow, s.center.code, "referral")
    created = s.now.replace(microsecond=0)
    attachments = members_to_send(uow, s.case.id, covered(s.document, s.consent))
    written = write_bundle(
        kind="referral", sender_code=own_code, sender_key=key, recipient_code=s.center.code,
        recipient_age=s.center.age_recipient, sequence=sequence, created_at=created,
        expires_at=created + REFERRAL_LIFETIME,
        consent_ref=_consent_ref(s.case.number, s.center.code, s.consent),
        checkpoint=signed_checkpoint(uow), case=s.document.to_json(), attachments=attachments)
    del attachments  # the bundle holds them now: one copy of 20 MB in memory is enough
    path = s.out_dir / written.file_name
    try:
        _write_and_check(path, written, own_code, s.center.code, key)
        uow.add(OutgoingReferral(
            bundle_id=written.bundle_id, case_id=s.case.id, destination_code=s.center.code,
            sequence=sequence, created_at=created, expires_at=created + REFERRAL_LIFETIME,
            file_name=written.file_name, note=s.document.note, created_by=s.session.login,
            status=SENT))
        _mark_referred(uow, s.session, s.case, created)
        record(uow, actor=s.session.login, role=s.role, action="referral.exported",
               object_type="case", object_id=s.case.number,
               details={"center": s.center.code, "bundle": written.bundle_id,
                        "sequence": sequence, "revisions": s.preview.revisions,
                        "attachments": len(s.preview.attachments),
                        "consent": s.consent.reason_id,
                        "vital_interest_override": s.consent.override_used})
        uow.flush()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return ExportedReferral(written.bundle_id, written.file_name, path, sequence, created,
                            created + REFERRAL_LIFETIME, s.preview)


def _mark_referred(uow: Session, session: UserSession, case: Case, now: datetime) -> None:
    """Open and active cases become "referred out" (kept in the case's history); a case
    further along its life keeps its status and only gains the referral."""
    if not can_move(CaseStatus(case.status), CaseStatus.REFERRED_OUT):
        return
    case.status = CaseStatus.REFERRED_OUT
    uow.execute(insert(CaseStatusChange).values(
        case_id=case.id, status=CaseStatus.REFERRED_OUT, author=session.login,
        at=now.isoformat(timespec="seconds"), reason=None))
