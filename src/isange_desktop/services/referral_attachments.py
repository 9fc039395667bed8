"""Attachments in a referral: what the sender reads out of its vault for the bundle, what the
preview shows of them, and what the receiver checks before it stores them.

Which attachments go: domain/referral_consent.py's rule. The survivor's consent to share with
the named center covers the whole case, every track alike (the receiving center's role rules
then keep each part from the roles that may not read it), so an attachment goes exactly when
the forms of the track it belongs to go: with every referral the consent lets through, and
never with one it does not.

In the bundle each attachment is the member ``<id><extension>`` (a random id and the type:
the original file name is personal data and travels only inside case.json, in the encrypted
payload); the signed manifest pins each member's SHA-256. The receiver checks, besides that,
that the members are exactly the ones case.json lists, each with the size, SHA-256 and type
(by its bytes) on record, before anything is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from isange_desktop.domain.attachment_rules import EXTENSION, MediaType, sniff
from isange_desktop.domain.referral_consent import ReferralConsent
from isange_desktop.errors import BundleRefused, VaultError
from isange_desktop.services.referral_document import AttachmentRecord, ReferralDocument
from isange_desktop.store import attachment_repository as attachments_repo
from isange_desktop.store.attachment_models import Attachment
from isange_desktop.transfer.bundle_payload import OpenedBundle
from isange_desktop.transfer.manifest import ATTACHMENT_PREFIX


@dataclass(frozen=True)
class AttachmentPart:
    """An attachment as a preview shows it: never its name (personal data), only what kind
    of file, how large, and which part of the case it belongs to."""

    media_type: str
    size: int
    track: str | None
    evidence: bool


def member_name(record: AttachmentRecord) -> str:
    return f"{record.uid}{EXTENSION[MediaType(record.media_type)]}"


def attachment_records(uow: Session, case_id: int) -> tuple[AttachmentRecord, ...]:
    """The case's attachments as a referral carries them (metadata only)."""
    return tuple(
        AttachmentRecord(uid=a.uid, file_name=a.file_name, media_type=a.media_type,
                         size=a.size, sha256=a.sha256, track=a.track, form_id=a.form_id,
                         entry_no=a.entry_no, evidence=a.evidence, sealed=a.sealed,
                         added_by=a.added_by, added_at=a.added_at)
        for a in attachments_repo.of_case(uow, case_id))


def attachment_parts(document: ReferralDocument) -> tuple[AttachmentPart, ...]:
    return tuple(AttachmentPart(a.media_type, a.size, a.track, a.evidence)
                 for a in document.attachments)


def covered(document: ReferralDocument, consent: ReferralConsent
            ) -> tuple[AttachmentRecord, ...]:
    """The attachments the consent lets go (module docstring: all of them, or none)."""
    return document.attachments if consent.allowed else ()


def members_to_send(uow: Session, case_id: int, records: tuple[AttachmentRecord, ...]
                    ) -> dict[str, bytes]:
    """The bundle's attachment members, each checked against the SHA-256 recorded when it was
    added: a damaged attachment is never sent on as if it were the original."""
    rows = {a.uid: a.id for a in attachments_repo.of_case(uow, case_id)}
    members: dict[str, bytes] = {}
    for record in records:
        data = attachments_repo.content(uow, rows[record.uid])
        if hashlib.sha256(data).hexdigest() != record.sha256:
            raise VaultError("vault.damaged")
        members[member_name(record)] = data
    return members


def arrived(records: tuple[AttachmentRecord, ...], opened: OpenedBundle
            ) -> list[tuple[AttachmentRecord, bytes]]:
    """Each attachment case.json lists with its bytes, once every one is exactly what the
    sender recorded; BundleRefused naming the first that is not (by position, never name).

    The bytes' SHA-256 is the signed manifest's, which the bundle reader already checked
    against every member: comparing the two saves hashing 20 MB a second time."""
    names = [member_name(r) for r in records]
    if sorted(names) != sorted(opened.attachments):
        raise BundleRefused("referral.record_invalid", record="attachments")
    hashes = opened.manifest.member_hashes
    pairs: list[tuple[AttachmentRecord, bytes]] = []
    for index, (record, name) in enumerate(zip(records, names, strict=True)):
        data = opened.attachments[name]
        if len(data) != record.size or sniff(data) != record.media_type \
                or hashes.get(ATTACHMENT_PREFIX + name) != record.sha256:
            raise BundleRefused("referral.record_invalid", record=f"attachments[{index}]")
        pairs.append((record, data))
    return pairs


def store_arrived(uow: Session, case_id: int, pairs: Sequence[tuple[AttachmentRecord, bytes]],
                  staff_name: Callable[[str], str]) -> None:
    """Store checked attachments in the new local case; ``staff_name`` gives how this center
    names the sender's staff."""
    for record, data in pairs:
        attachments_repo.append(uow, Attachment(
            uid=record.uid, case_id=case_id, track=record.track, form_id=record.form_id,
            entry_no=record.entry_no, file_name=record.file_name,
            media_type=record.media_type, size=record.size, sha256=record.sha256,
            added_by=staff_name(record.added_by), added_at=record.added_at,
            evidence=record.evidence, sealed=record.sealed), data)
