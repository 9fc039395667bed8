"""This center's own identity: the keys the transfer code signs and decrypts with, the card it
hands to other centers, and key rotation.

The private keys are read from the vault for the moment they are used and never written
anywhere else; the functions returning key objects are for other services (sending or opening
a referral), which check the user's role and record the action themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from isange_desktop.audit import checkpoints
from isange_desktop.domain.policy import Action
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.center_identity import (
    age_recipient,
    all_keys,
    current_keys,
    new_keys,
)
from isange_desktop.store.center_models import CenterKey, CenterKeyChange
from isange_desktop.store.models import AuditHead, Center
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.center_card import fingerprint, make_card
from isange_desktop.transfer.key_change import make_key_change


@dataclass(frozen=True)
class OwnCard:
    data: bytes  # the card file's bytes: public keys only
    code: str
    fingerprint: str


@dataclass(frozen=True)
class KeyRotation:
    statement: bytes  # the key-change statement to send to every center that pinned this one
    old_fingerprint: str
    new_fingerprint: str


def _private(row: CenterKey) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(row.signing_key)


def _fingerprint(row: CenterKey) -> str:
    return fingerprint(_private(row).public_key().public_bytes_raw(), age_recipient(row))


def signing_key(session: UserSession) -> Ed25519PrivateKey:
    """The current Ed25519 key (bundle manifests, receipts)."""
    with session.vault.unit_of_work(readonly=True) as uow:
        return _private(current_keys(uow))


def age_identity(session: UserSession) -> pyrage.x25519.Identity:
    """The current age identity: what bundles sent to this center are encrypted to."""
    with session.vault.unit_of_work(readonly=True) as uow:
        return pyrage.x25519.Identity.from_str(current_keys(uow).age_identity)


def age_identities(session: UserSession) -> list[pyrage.x25519.Identity]:
    """Every age identity, the current one first: a bundle made just before a rotation is
    encrypted to the old recipient and must still open."""
    with session.vault.unit_of_work(readonly=True) as uow:
        return [pyrage.x25519.Identity.from_str(row.age_identity) for row in all_keys(uow)]


def own_fingerprint(session: UserSession) -> str:
    """Any logged-in user may read it (to answer a call from another center)."""
    with session.vault.unit_of_work(readonly=True) as uow:
        return _fingerprint(current_keys(uow))


def export_card(session: UserSession) -> OwnCard:
    """This center's card, signed with its current key, to give to another center."""
    role = authorize(session, Action.CENTER_CARD_EXPORT, object_type="center")
    with session.vault.unit_of_work() as uow:
        center = uow.get_one(Center, 1)
        keys = current_keys(uow)
        data = make_card(_private(keys), age_recipient(keys), code=center.code,
                         name=center.name, district=center.district,
                         created_at=utcnow().isoformat(timespec="seconds"))
        fp = _fingerprint(keys)
        record(uow, actor=session.login, role=role, action="center.card_exported",
               object_type="center", object_id=center.code, details={"fingerprint": fp})
        return OwnCard(data, center.code, fp)


def rotate_keys(session: UserSession) -> KeyRotation:
    """New keys for this center; the old ones retire (kept, to open bundles already on their
    way). Returns the statement, signed by both, that moves the other centers' pins."""
    role = authorize(session, Action.CENTER_KEYS_ROTATE, object_type="center")
    with session.vault.unit_of_work() as uow:
        center = uow.get_one(Center, 1)
        old = current_keys(uow)
        # The log up to now is sealed under the old key before it retires: every checkpoint
        # before the hand-over is then the old key's, every one after it the new key's.
        checkpoints.create(uow, center.vault_id, old.signing_key)
        head_seq = uow.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar_one()
        now = utcnow()
        old.retired_at = now
        uow.flush()  # the old row leaves "current" before the new one joins it (unique index)
        new = new_keys(now, first_audit_seq=head_seq + 1)
        uow.add(new)
        uow.flush()
        statement = make_key_change(center.code, _private(old), age_recipient(old),
                                    _private(new), age_recipient(new),
                                    now.isoformat(timespec="seconds"))
        rotation = KeyRotation(statement, _fingerprint(old), _fingerprint(new))
        uow.add(CenterKeyChange(
            center_code=center.code, origin="own", old_fingerprint=rotation.old_fingerprint,
            new_fingerprint=rotation.new_fingerprint, statement=statement, recorded_at=now,
            recorded_by=session.user_id,
        ))
        record(uow, actor=session.login, role=role, action="center.keys_changed",
               object_type="center", object_id=center.code,
               details={"origin": "own", "old_fingerprint": rotation.old_fingerprint,
                        "new_fingerprint": rotation.new_fingerprint})
    return rotation
