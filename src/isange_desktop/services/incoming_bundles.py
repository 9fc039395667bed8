"""What every bundle from another center goes through before anything of it is kept: the
checks in order, the audited refusal, the record that it was accepted, and the signed audit
checkpoint each bundle this center sends carries.

The order, cheapest and least trusting first: size and format (read_header); the kind asked
for; a sender pinned here (before any signature work); the outer signature over the whole
file; addressed to this center; a bundle id never accepted before (the id is in the signed
header, so a copy is recognised before anything is decrypted); decryption with any of this
center's age identities, current or retired; the manifest's own signature, hashes and
validity window (transfer/bundle_payload.py); a sequence number above the last one accepted
from that sender for that kind; the sender's audit checkpoint. The case itself is read by the
caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn, TypeVar

import pyrage
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isange_desktop.audit import checkpoints
from isange_desktop.errors import (
    AlreadyImported,
    BundleRefused,
    IsangeError,
    UnknownCenterError,
    VaultError,
)
from isange_desktop.services.center_directory import PinnedCenter, lookup_center
from isange_desktop.services.center_keys import age_identities
from isange_desktop.services.session import UserSession, record
from isange_desktop.store.case_models import Case
from isange_desktop.store.center_identity import current_signing_key
from isange_desktop.store.models import AuditCheckpoint, Center
from isange_desktop.store.referral_models import ReceivedBundle
from isange_desktop.transfer.bundle_file import (
    BundleHeader,
    open_payload,
    read_header,
    verify_outer,
)
from isange_desktop.transfer.bundle_payload import OpenedBundle
from isange_desktop.transfer.manifest import canonical_json

T = TypeVar("T")

_CHECKPOINT_FIELDS = frozenset({"vault_id", "seq", "head_hash", "created_at", "signature"})
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIMESTAMP = re.compile(r"^[0-9T:.+-]{19,40}$")


@dataclass(frozen=True)
class Incoming:
    """A bundle that passed every check but its case: from a pinned center, for us, new."""

    opened: OpenedBundle
    sender: PinnedCenter
    own_code: str
    own_name: str


# --- sending ---------------------------------------------------------------------------------


def signed_checkpoint(uow: Session) -> dict[str, Any]:
    """Sign the log's head now (unless the newest checkpoint already covers it) and return that
    checkpoint as the bundle carries it: the receiver keeps it as a witness of our log."""
    center = uow.get_one(Center, 1)
    checkpoints.create(uow, center.vault_id, current_signing_key(uow))
    newest = uow.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc())).first()
    if newest is None:
        # create() signs any log with an event in it, and a vault records its own creation.
        raise VaultError("vault.damaged")
    return {"vault_id": center.vault_id, "seq": newest.seq, "head_hash": newest.head_hash,
            "created_at": newest.created_at, "signature": newest.signature}


# --- receiving -------------------------------------------------------------------------------


def _check_checkpoint(checkpoint: Mapping[str, Any], sender: PinnedCenter) -> None:
    """The sender's checkpoint must be well-formed and signed by its pinned key: a witness
    that does not verify would witness nothing."""
    c = checkpoint
    well_formed = (
        set(c) == _CHECKPOINT_FIELDS and isinstance(c["vault_id"], str)
        and _UUID.fullmatch(c["vault_id"]) is not None
        and type(c["seq"]) is int and c["seq"] >= 1
        and isinstance(c["head_hash"], str) and _HEX64.fullmatch(c["head_hash"]) is not None
        and isinstance(c["created_at"], str)
        and _TIMESTAMP.fullmatch(c["created_at"]) is not None
        and isinstance(c["signature"], str) and _HEX128.fullmatch(c["signature"]) is not None
    )
    if not well_formed or not checkpoints.signature_valid(
            sender.verification_key(), c["vault_id"], c["seq"], c["head_hash"],
            c["created_at"], c["signature"]):
        raise BundleRefused("referral.record_invalid", record="checkpoint")


def check_new(uow: Session, bundle_id: str, sender_code: str, kind: str,
              sequence: int | None) -> None:
    """Refuse a bundle already accepted, or (with its sequence) one older than the newest
    accepted from that sender for that kind: a replay of a copy."""
    seen = uow.scalars(select(ReceivedBundle).where(ReceivedBundle.bundle_id == bundle_id)
                       ).first()
    if seen is not None:
        if seen.case_id is not None:
            number = uow.get_one(Case, seen.case_id).number
            raise AlreadyImported("referral.already_imported", case=number)
        raise AlreadyImported("referral.receipt_already_recorded")
    if sequence is None:
        return
    last = uow.scalar(select(func.max(ReceivedBundle.sequence)).where(
        ReceivedBundle.sender_code == sender_code, ReceivedBundle.kind == kind))
    if last is not None and sequence <= last:
        raise BundleRefused("referral.replayed", center=sender_code)


def _decrypt(data: bytes, header: BundleHeader, sender: PinnedCenter,
             identities: list[pyrage.x25519.Identity], own_code: str,
             now: datetime) -> OpenedBundle:
    key = sender.verification_key()
    for identity in identities:
        try:
            return open_payload(data, header, sender_public_key=key, identity=identity,
                                own_code=own_code, now=now)
        except BundleRefused as refused:
            # Sealed to another of our identities (one from before a key rotation): try it.
            if refused.code != "bundle.not_for_us":
                raise
    raise BundleRefused("bundle.not_for_us")


def check_incoming(session: UserSession, data: bytes, header: BundleHeader, *, kind: str,
                   now: datetime) -> Incoming:
    """Every check of the module docstring, in its order; BundleRefused (or AlreadyImported)
    at the first that fails. Writes nothing."""
    if header.kind == "archive":
        # A retention archive is read with `isange retention verify`, never imported.
        raise BundleRefused("referral.is_archive")
    if header.kind != kind:
        raise BundleRefused("referral.is_receipt" if kind == "referral"
                            else "referral.is_referral")
    try:
        sender = lookup_center(session, header.sender_code)
    except UnknownCenterError:
        raise BundleRefused("bundle.unknown_sender") from None
    verify_outer(data, header, sender.verification_key())
    with session.vault.unit_of_work(readonly=True) as uow:
        center = uow.get_one(Center, 1)
        if header.recipient_code != center.code:
            raise BundleRefused("bundle.not_for_us")
        check_new(uow, header.bundle_id, header.sender_code, kind, None)
        own_code, own_name = center.code, center.name
    opened = _decrypt(data, header, sender, age_identities(session), own_code, now)
    with session.vault.unit_of_work(readonly=True) as uow:
        check_new(uow, opened.bundle_id, opened.sender_code, kind, opened.sequence)
    _check_checkpoint(opened.manifest.checkpoint, sender)
    return Incoming(opened, sender, own_code, own_name)


def audited_refusals(session: UserSession, role: str, action: str, data: bytes,
                     run: Callable[[BundleHeader], T]) -> T:
    """Run ``run`` on the file's header; a refusal is recorded (why, from which center, which
    bundle id: never case data) in a transaction of its own, then raised. The change a
    refusal interrupted was rolled back with its own unit of work."""
    header: BundleHeader | None = None
    try:
        header = read_header(data)
        return run(header)
    except IsangeError as error:
        _record_refusal(session, role, action, header, error)


def _record_refusal(session: UserSession, role: str, action: str, header: BundleHeader | None,
                    error: IsangeError) -> NoReturn:
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action=action, object_type="bundle",
               object_id=header.bundle_id if header else None, outcome="refused",
               details={"reason": error.code,
                        "sender": header.sender_code if header else None,
                        "kind": header.kind if header else None})
    raise error


def remember(uow: Session, incoming: Incoming, *, login: str, now: datetime,
             case_id: int | None = None, sender_case_number: str | None = None,
             note: str | None = None) -> ReceivedBundle:
    """Record the bundle as accepted (inside the import's own transaction), after checking
    again that it is new: nothing else may have accepted it since the checks ran."""
    opened = incoming.opened
    check_new(uow, opened.bundle_id, opened.sender_code, opened.kind, opened.sequence)
    row = ReceivedBundle(
        bundle_id=opened.bundle_id, kind=opened.kind, sender_code=opened.sender_code,
        sequence=opened.sequence, sender_created_at=opened.manifest.created_at,
        received_at=now, received_by=login,
        checkpoint=canonical_json(dict(opened.manifest.checkpoint)).decode("utf-8"),
        case_id=case_id, sender_case_number=sender_case_number, note=note,
    )
    uow.add(row)
    uow.flush()
    return row
