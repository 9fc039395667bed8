"""Importing a referral from another center: every check first (incoming_bundles.py for the
file, referral_document.py for the case, referral_attachments.py for the attachments, and the
survivor's consent to share with this center), then one transaction that makes the new local
case with its attachments, records the bundle and its sender's checkpoint, audits the import
and signs the receipt for the sender.

A refusal changes nothing but the audit log, which records why (never what the case holds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from isange_desktop.domain.policy import Action
from isange_desktop.domain.referral_consent import referral_consent
from isange_desktop.errors import BundleRefused
from isange_desktop.services.incoming_bundles import (
    Incoming,
    audited_refusals,
    check_incoming,
    remember,
)
from isange_desktop.services.referral_attachments import (
    AttachmentPart,
    arrived,
    attachment_parts,
)
from isange_desktop.services.referral_case import (
    FormPart,
    age_now,
    consent_records,
    form_parts,
    write_referred_case,
)
from isange_desktop.services.referral_document import AttachmentRecord, ReferralDocument
from isange_desktop.services.referral_reading import parse_referral_document
from isange_desktop.services.referral_receipts import Receipt, make_receipt
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.bundle_file import BundleHeader


@dataclass(frozen=True)
class ImportPreview:
    """What a bundle holds, shown before it is imported: centers, dates and the parts, never
    a name or a value."""

    bundle_id: str
    sender_code: str
    sender_name: str
    sender_case_number: str
    sequence: int
    created_at: datetime
    expires_at: datetime
    forms: tuple[FormPart, ...]
    revisions: int
    consents: int
    follow_ups: int
    consent_reason: str  # how the survivor's consent covers sharing with this center
    attachments: tuple[AttachmentPart, ...] = ()  # type, size, track: never a name


@dataclass(frozen=True)
class ImportResult:
    case_number: str  # the new case at this center
    sender_code: str
    sender_case_number: str
    bundle_id: str
    receipt: Receipt  # to save and send back to the sender


@dataclass(frozen=True)
class _Checked:
    incoming: Incoming
    document: ReferralDocument
    attachments: list[tuple[AttachmentRecord, bytes]]
    preview: ImportPreview


def _read(session: UserSession, data: bytes, header: BundleHeader, now: datetime) -> _Checked:
    incoming = check_incoming(session, data, header, kind="referral", now=now)
    document = parse_referral_document(incoming.opened.case, incoming.sender.code)
    attachments = arrived(document.attachments, incoming.opened)
    # The sender checked the consent before sending; this center checks it again on what
    # arrived, so a case never enters on the sender's word alone.
    consent = referral_consent(consent_records(document), incoming.own_code,
                               incoming.own_name, age_now(document, now), now)
    if not consent.allowed:
        raise BundleRefused("referral.consent_not_shown", center=incoming.sender.code)
    manifest = incoming.opened.manifest
    preview = ImportPreview(
        bundle_id=manifest.bundle_id, sender_code=incoming.sender.code,
        sender_name=incoming.sender.name, sender_case_number=document.case.number,
        sequence=manifest.sequence, created_at=manifest.created_at,
        expires_at=manifest.expires_at, forms=form_parts(document),
        revisions=len(document.revisions), consents=len(document.consents),
        follow_ups=len(document.follow_ups), consent_reason=consent.reason_id,
        attachments=attachment_parts(document))
    return _Checked(incoming, document, attachments, preview)


def preview_import(session: UserSession, data: bytes, *, now: datetime | None = None
                   ) -> ImportPreview:
    """Every check import_referral makes, and what would be imported. Writes nothing but the
    audit event of a refusal."""
    role = authorize(session, Action.REFERRAL_IMPORT, object_type="bundle")
    when = now or utcnow()
    return audited_refusals(session, role, "referral.refused", data,
                            lambda header: _read(session, data, header, when).preview)


def import_referral(session: UserSession, data: bytes, *, now: datetime | None = None
                    ) -> ImportResult:
    """Import a referral bundle as a new case at this center and sign its receipt.

    The same bundle a second time changes nothing and raises AlreadyImported naming the case
    it became; a refusal raises BundleRefused (or ValidationError) after recording it.
    """
    role = authorize(session, Action.REFERRAL_IMPORT, object_type="bundle")
    when = now or utcnow()

    def run(header: BundleHeader) -> ImportResult:
        checked = _read(session, data, header, when)
        incoming, document, preview = checked.incoming, checked.document, checked.preview
        sender = incoming.sender.code
        with session.vault.unit_of_work() as uow:
            case = write_referred_case(uow, document, sender_code=sender,
                                       center_code=incoming.own_code, login=session.login,
                                       now=when, attachments=checked.attachments)
            remember(uow, incoming, login=session.login, now=when, case_id=case.id,
                     sender_case_number=document.case.number, note=document.note)
            record(uow, actor=session.login, role=role, action="referral.imported",
                   object_type="case", object_id=case.number,
                   details={"center": sender, "bundle": preview.bundle_id,
                            "sequence": preview.sequence, "revisions": preview.revisions,
                            "consents": preview.consents, "follow_ups": preview.follow_ups,
                            "attachments": len(preview.attachments),
                            "consent": preview.consent_reason})
            receipt = make_receipt(uow, incoming, case.number, when)
            number = case.number
        return ImportResult(number, sender, document.case.number, preview.bundle_id, receipt)

    return audited_refusals(session, role, "referral.refused", data, run)
