"""The centers this one trusts: pinned from their cards after a fingerprint call, moved to new
keys only by a statement the pinned key signed, removed by an admin or the manager.

A pin is trust in where survivors' data may go, so every refusal to pin (a fingerprint that
does not match, a center already pinned with other keys, a forged statement) is recorded too:
it may be someone trying to put their keys in a center's place.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import NoReturn

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from isange_desktop.domain.policy import Action
from isange_desktop.errors import CenterCardError, UnknownCenterError, ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.center_identity import age_recipient, current_keys, public_key
from isange_desktop.store.center_models import CenterKeyChange, CenterPin
from isange_desktop.store.models import Center, User
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.center_card import CenterCard, normalize_fingerprint, parse_card
from isange_desktop.transfer.key_change import KeyChange, parse_key_change


@dataclass(frozen=True)
class PinnedCenter:
    code: str
    name: str
    district: str | None
    ed25519_public_key: bytes
    age_recipient: str
    fingerprint: str
    pinned_at: datetime
    pinned_by: str  # login

    def verification_key(self) -> Ed25519PublicKey:
        """Checks this center's signatures (bundles, receipts, checkpoints)."""
        return Ed25519PublicKey.from_public_bytes(self.ed25519_public_key)

    def recipient(self) -> pyrage.x25519.Recipient:
        """What a bundle for this center is encrypted to."""
        return pyrage.x25519.Recipient.from_str(self.age_recipient)


def read_card(data: bytes) -> CenterCard:
    """A card checked (size, fields, self-signature) but not pinned: to show before pinning."""
    return parse_card(data)


def read_key_change(data: bytes) -> KeyChange:
    return parse_key_change(data)


def _normal_code(code: str) -> str:
    return code.strip().upper()[:16]


def _active(uow: Session, code: str) -> CenterPin | None:
    return uow.scalars(select(CenterPin).where(CenterPin.code == code,
                                               CenterPin.removed_at.is_(None))).first()


def _view(uow: Session, pin: CenterPin) -> PinnedCenter:
    by = uow.get_one(User, pin.pinned_by).login
    return PinnedCenter(pin.code, pin.name, pin.district, pin.signing_public_key,
                        pin.age_recipient, pin.fingerprint, pin.pinned_at, by)


def _refuse(session: UserSession, role: str, action: str, code: str,
            problem: ValidationError) -> NoReturn:
    # The change was rolled back with its unit of work; the refusal is recorded on its own.
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action=action, object_type="center",
               object_id=code, outcome="refused", details={"reason": problem.code})
    raise problem


def _keys_elsewhere(uow: Session, code: str, ed25519_public: bytes,
                    recipient: str) -> ValidationError | None:
    """Keys that already stand for this center itself or another pinned center."""
    own_keys = current_keys(uow)
    if ed25519_public == public_key(own_keys).public_bytes_raw() \
            or recipient == age_recipient(own_keys):
        return ValidationError("center.is_self")
    other = uow.scalars(select(CenterPin.code).where(
        CenterPin.removed_at.is_(None), CenterPin.code != code,
        or_(CenterPin.signing_public_key == ed25519_public, CenterPin.age_recipient == recipient),
    )).first()
    return None if other is None else ValidationError("center.keys_in_use", center=other)


def list_centers(session: UserSession) -> list[PinnedCenter]:
    """The pinned centers (public keys and names, no person): any staff, to choose where a
    referral goes."""
    authorize(session, Action.CENTER_LIST, object_type="center")
    with session.vault.unit_of_work(readonly=True) as uow:
        pins = uow.scalars(select(CenterPin).where(CenterPin.removed_at.is_(None))
                           .order_by(CenterPin.code)).all()
        return [_view(uow, pin) for pin in pins]


def lookup_center(session: UserSession, code: str) -> PinnedCenter:
    """The pinned keys of a center, for sending it a bundle or checking one from it."""
    authorize(session, Action.CENTER_LIST, object_type="center")
    wanted = _normal_code(code)
    with session.vault.unit_of_work(readonly=True) as uow:
        pin = _active(uow, wanted)
        if pin is None:
            raise UnknownCenterError("center.unknown", center=wanted)
        return _view(uow, pin)


def pin_center(session: UserSession, card_data: bytes,
               confirmed_fingerprint: str) -> PinnedCenter:
    """Pin a card whose fingerprint the user confirmed with the center (by phone, in person).

    ``confirmed_fingerprint`` is what the user confirmed, not what the card says: the card is
    refused unless the two are the same. Pinning the same card again changes nothing.
    """
    role = authorize(session, Action.CENTER_PIN, object_type="center")
    card = parse_card(card_data)
    confirmed = normalize_fingerprint(confirmed_fingerprint)
    if not hmac.compare_digest(confirmed.encode(), card.fingerprint.encode()):
        _refuse(session, role, "center.pin_refused", card.code,
                ValidationError("center.fingerprint_mismatch"))
    with session.vault.unit_of_work() as uow:
        existing = _active(uow, card.code)
        if existing is not None and existing.fingerprint == card.fingerprint:
            return _view(uow, existing)
        problem = _pin_problem(uow, card, existing)
        if problem is None:
            pin = CenterPin(
                code=card.code, name=card.name, district=card.district,
                signing_public_key=card.ed25519_public_key, age_recipient=card.age_recipient,
                fingerprint=card.fingerprint, card_created_at=card.created_at,
                pinned_at=utcnow(), pinned_by=session.user_id,
            )
            uow.add(pin)
            uow.flush()
            record(uow, actor=session.login, role=role, action="center.pinned",
                   object_type="center", object_id=card.code,
                   details={"fingerprint": card.fingerprint})
            return _view(uow, pin)
    _refuse(session, role, "center.pin_refused", card.code, problem)


def _pin_problem(uow: Session, card: CenterCard,
                 existing: CenterPin | None) -> ValidationError | None:
    if uow.get_one(Center, 1).code == card.code:
        return ValidationError("center.is_self")
    if existing is not None:
        # Other keys under a pinned code: only the pinned key's statement, or an admin's
        # removal and a new fingerprint call, may replace them.
        return ValidationError("center.pinned_other_keys", center=card.code)
    return _keys_elsewhere(uow, card.code, card.ed25519_public_key, card.age_recipient)


def remove_center(session: UserSession, code: str) -> None:
    """Stop trusting a center: nothing more is sent to it or accepted from it. The pin stays
    on record; the center's card can be pinned again after a new fingerprint call."""
    wanted = _normal_code(code)
    role = authorize(session, Action.CENTER_REMOVE, object_type="center", object_id=wanted)
    with session.vault.unit_of_work() as uow:
        pin = _active(uow, wanted)
        if pin is None:
            raise UnknownCenterError("center.unknown", center=wanted)
        pin.removed_at = utcnow()
        pin.removed_by = session.user_id
        pin.removed_reason = "removed"
        record(uow, actor=session.login, role=role, action="center.removed",
               object_type="center", object_id=wanted, details={"fingerprint": pin.fingerprint})


def apply_key_change(session: UserSession, statement: bytes) -> PinnedCenter:
    """Move a pinned center to new keys, on a statement its pinned key signed. Applying the
    same statement again changes nothing."""
    role = authorize(session, Action.CENTER_PIN, object_type="center")
    change = parse_key_change(statement)
    problem: ValidationError | None
    with session.vault.unit_of_work() as uow:
        pin = _active(uow, change.code)
        if pin is None:
            problem = UnknownCenterError("center.unknown", center=change.code)
        elif pin.fingerprint == change.new_fingerprint:
            return _view(uow, pin)
        else:
            problem = _change_problem(uow, pin, change)
            if problem is None:
                return _move_pin(session, uow, role, pin, change, statement)
    _refuse(session, role, "center.key_change_refused", change.code, problem)


def _change_problem(uow: Session, pin: CenterPin, change: KeyChange) -> ValidationError | None:
    if pin.fingerprint != change.old_fingerprint:
        return ValidationError("center.statement_not_current", center=change.code)
    try:
        change.check_old_signature(pin.signing_public_key)
    except CenterCardError as forged:
        return forged
    return _keys_elsewhere(uow, change.code, change.new_ed25519_public_key,
                           change.new_age_recipient)


def _move_pin(session: UserSession, uow: Session, role: str, pin: CenterPin,
              change: KeyChange, statement: bytes) -> PinnedCenter:
    now = utcnow()
    pin.removed_at = now
    pin.removed_by = session.user_id
    pin.removed_reason = "keys_changed"
    uow.flush()  # the old pin stops being active before the new one takes the code
    moved = CenterPin(
        code=pin.code, name=pin.name, district=pin.district,
        signing_public_key=change.new_ed25519_public_key,
        age_recipient=change.new_age_recipient, fingerprint=change.new_fingerprint,
        card_created_at=change.created_at, pinned_at=now, pinned_by=session.user_id,
    )
    uow.add(moved)
    uow.add(CenterKeyChange(
        center_code=pin.code, origin="received", old_fingerprint=pin.fingerprint,
        new_fingerprint=change.new_fingerprint, statement=statement, recorded_at=now,
        recorded_by=session.user_id,
    ))
    uow.flush()
    record(uow, actor=session.login, role=role, action="center.keys_changed",
           object_type="center", object_id=pin.code,
           details={"origin": "received", "old_fingerprint": pin.fingerprint,
                    "new_fingerprint": change.new_fingerprint})
    return _view(uow, moved)
