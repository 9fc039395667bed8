"""Receipts: the receiving center's signed word that a referral arrived and became a case
there, made at import and recorded back at the sending center.

A receipt is a bundle of kind "receipt" whose case part names only bundle ids and case
numbers, never a person: {"schema": 1, "receipt_for": <bundle id>, "case_number": <the
receiving center's new case>, "imported_at": <time>}.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.forms import parse_datetime
from isange_desktop.domain.policy import Action
from isange_desktop.errors import AlreadyImported, BundleRefused, ValidationError
from isange_desktop.services.incoming_bundles import (
    Incoming,
    audited_refusals,
    check_incoming,
    remember,
    signed_checkpoint,
)
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.case_models import Case
from isange_desktop.store.center_identity import current_signing_key
from isange_desktop.store.referral_models import RECEIVED, IncomingReceipt, OutgoingReferral
from isange_desktop.store.referral_repository import next_bundle_seq
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.bundle_file import BundleHeader, write_bundle
from isange_desktop.transfer.manifest import BUNDLE_ID_PATTERN

RECEIPT_LIFETIME = timedelta(days=90)
_FIELDS = frozenset({"schema", "receipt_for", "case_number", "imported_at"})


@dataclass(frozen=True)
class Receipt:
    """A receipt to save and send back: the file's bytes and a name with no personal data."""

    bundle_id: str
    data: bytes
    file_name: str


@dataclass(frozen=True)
class RecordedReceipt:
    case_number: str  # our case that was referred
    destination_code: str
    referral_bundle_id: str
    receiver_case_number: str  # the case it became at the other center
    imported_at: datetime  # when the other center imported it


def make_receipt(uow: Session, incoming: Incoming, local_number: str, now: datetime
                 ) -> Receipt:
    """Inside the import's transaction: the receipt's sequence number is used only if the
    import commits, and its checkpoint covers the import's own audit event."""
    sender = incoming.sender
    written = write_bundle(
        kind="receipt", sender_code=incoming.own_code,
        sender_key=Ed25519PrivateKey.from_private_bytes(current_signing_key(uow)),
        recipient_code=sender.code, recipient_age=sender.age_recipient,
        sequence=next_bundle_seq(uow, sender.code, "receipt"), created_at=now,
        expires_at=now + RECEIPT_LIFETIME, consent_ref=None,
        checkpoint=signed_checkpoint(uow),
        case={"schema": 1, "receipt_for": incoming.opened.bundle_id,
              "case_number": local_number,
              "imported_at": now.isoformat(timespec="seconds")},
        attachments={},
    )
    return Receipt(written.bundle_id, written.data, written.file_name)


def _bad() -> NoReturn:
    raise BundleRefused("referral.record_invalid", record="receipt")


def _parse(document: Mapping[str, Any], sender_code: str) -> tuple[str, str, datetime]:
    if set(document) != _FIELDS or type(document["schema"]) is not int:
        _bad()
    if document["schema"] != 1:
        raise BundleRefused("bundle.unknown_version")
    bundle_id, number = document["receipt_for"], document["case_number"]
    imported_at = parse_datetime(document["imported_at"])
    if not isinstance(bundle_id, str) or not BUNDLE_ID_PATTERN.fullmatch(bundle_id) \
            or not isinstance(number, str) or imported_at is None:
        _bad()
    try:
        parsed = parse_case_number(number)
    except ValidationError:
        _bad()
    if parsed.center != sender_code or str(parsed) != number:
        _bad()
    return bundle_id, number, imported_at


def import_receipt(session: UserSession, data: bytes, *, now: datetime | None = None
                   ) -> RecordedReceipt:
    """Record a receipt: it must come from the center a referral of ours went to and name
    that referral's bundle. The referral is then marked received. A receipt already recorded
    (or a second one for the same referral) changes nothing and raises AlreadyImported; any
    other refusal is audited and raised with nothing changed."""
    role = authorize(session, Action.REFERRAL_IMPORT, object_type="bundle")
    when = now or utcnow()

    def run(header: BundleHeader) -> RecordedReceipt:
        incoming = check_incoming(session, data, header, kind="receipt", now=when)
        sender = incoming.sender.code
        bundle_id, number, imported_at = _parse(incoming.opened.case, sender)
        with session.vault.unit_of_work() as uow:
            referral = uow.scalars(select(OutgoingReferral).where(
                OutgoingReferral.bundle_id == bundle_id)).first()
            if referral is None or referral.destination_code != sender:
                # Never sent, or sent to another center: nothing of ours to mark.
                raise BundleRefused("referral.receipt_unknown", center=sender)
            if referral.status == RECEIVED:
                raise AlreadyImported("referral.receipt_already_recorded")
            received = remember(uow, incoming, login=session.login, now=when)
            uow.add(IncomingReceipt(received_bundle_id=received.id, referral_id=referral.id,
                                    receiver_case_number=number,
                                    receiver_imported_at=imported_at))
            referral.status = RECEIVED
            referral.receipt_at = when
            referral.receipt_bundle_id = incoming.opened.bundle_id
            case_number = uow.get_one(Case, referral.case_id).number
            record(uow, actor=session.login, role=role, action="referral.receipt_recorded",
                   object_type="case", object_id=case_number,
                   details={"center": sender, "bundle": bundle_id})
        return RecordedReceipt(case_number, sender, bundle_id, number, imported_at)

    return audited_refusals(session, role, "referral.receipt_refused", data, run)
