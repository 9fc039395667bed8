"""Reading a retention archive back: years later, to answer a court or a survivor, or to check
one before the stick goes into the cupboard.

The archive must be signed by one of this center's keys (the current one or an older one) and
open with one of its age identities; its case document is read with the referral reader's
checks. Nothing is imported: the case stays removed. The read is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pyrage

from isange_desktop.domain.policy import Action
from isange_desktop.errors import BundleRefused, ValidationError
from isange_desktop.services.referral_reading import parse_referral_document
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.center_identity import all_keys, public_key
from isange_desktop.store.models import Center
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.bundle_file import open_payload, read_header, signing_key_sha256
from isange_desktop.transfer.manifest import ARCHIVE


@dataclass(frozen=True)
class ArchiveSummary:
    case_number: str
    sender_code: str
    recipient_code: str
    created_at: datetime
    revisions: int
    attachments: int


def read_archive(session: UserSession, data: bytes, shown_as: str) -> ArchiveSummary:
    """Verify and summarise an archive file's bytes; ``shown_as`` names it in messages."""
    role = authorize(session, Action.RETENTION_MANAGE, object_type="retention",
                     object_id="read")
    with session.vault.unit_of_work(readonly=True) as uow:
        own_code = uow.get_one(Center, 1).code
        keys = [(public_key(row), pyrage.x25519.Identity.from_str(row.age_identity))
                for row in all_keys(uow)]
    refused = ValidationError("retention.not_an_archive", path=shown_as)
    try:
        header = read_header(data)
    except BundleRefused:
        raise refused from None
    signer = next((k for k, _ in keys
                   if signing_key_sha256(k) == header.sender_key_sha256), None)
    if header.kind != ARCHIVE or header.sender_code != own_code or signer is None:
        raise refused
    now = utcnow()
    for _, identity in keys:  # sealed to the identity that was current when it was made
        try:
            opened = open_payload(data, header, sender_public_key=signer, identity=identity,
                                  own_code=header.recipient_code, now=now)
            document = parse_referral_document(opened.case, own_code)
        except BundleRefused:
            continue
        break
    else:
        raise refused
    summary = ArchiveSummary(document.case.number, header.sender_code, header.recipient_code,
                             opened.manifest.created_at, len(document.revisions),
                             len(opened.attachments))
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="retention.archive_read",
               object_type="case", object_id=summary.case_number,
               details={"bundle": header.bundle_id})
    return summary
