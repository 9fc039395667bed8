"""Pinning other centers and this center's own keys, through the services on real vaults."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from isange_desktop.domain.roles import Role
from isange_desktop.errors import (
    CenterCardError,
    PermissionDenied,
    UnknownCenterError,
    ValidationError,
)
from isange_desktop.services import users, vault_admin
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.center import current_center
from isange_desktop.services.center_directory import (
    apply_key_change,
    list_centers,
    lookup_center,
    pin_center,
    remove_center,
)
from isange_desktop.services.center_keys import (
    age_identities,
    age_identity,
    export_card,
    own_fingerprint,
    rotate_keys,
    signing_key,
)
from isange_desktop.services.session import UserSession
from isange_desktop.store.models import AuditEvent
from isange_desktop.transfer.center_card import fingerprint, make_card, parse_card
from isange_desktop.transfer.key_change import make_key_change
from isange_desktop.transfer.signed_json import b64, canonical, pretty

from conftest import ADMIN, ADMIN_PASSWORD, FLOOR, NewVault, logged_in

WHEN = "2026-11-23T09:30:00+00:00"
MANAGER_PASSWORD = "Manager-pass-2026"
NURSE_PASSWORD = "Nurse-pass-2026"


@dataclass
class OtherCenter:
    """Another center's keys, held the way that center's vault would hold them."""

    code: str
    signing: Ed25519PrivateKey
    recipient: str

    @classmethod
    def new(cls, code: str = "HYE-01") -> OtherCenter:
        return cls(code, Ed25519PrivateKey.generate(),
                   str(pyrage.x25519.Identity.generate().to_public()))

    @property
    def public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public, self.recipient)

    def card(self, name: str = "Huye IOSC") -> bytes:
        return make_card(self.signing, self.recipient, code=self.code, name=name,
                         district="huye", created_at=WHEN)

    def rotated(self) -> tuple[OtherCenter, bytes]:
        new = OtherCenter.new(self.code)
        return new, make_key_change(self.code, self.signing, self.recipient, new.signing,
                                    new.recipient, WHEN)


@pytest.fixture
def vault(new_vault: NewVault) -> Path:
    """Kacyiru's vault with a manager and a nurse besides the admin."""
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        users.add_user(admin, "manager", "Uwera Manager", frozenset({Role.MANAGER}),
                       MANAGER_PASSWORD, must_change_password=False)
        users.add_user(admin, "nurse", "Mutesi Nurse", frozenset({Role.NURSE}),
                       NURSE_PASSWORD, must_change_password=False)
    return new_vault.data_dir


@pytest.fixture
def admin(vault: Path) -> Iterator[UserSession]:
    with logged_in(vault, ADMIN, ADMIN_PASSWORD) as session:
        yield session


def _events(session: UserSession, prefix: str = "center.") -> list[tuple[str, str, str, dict]]:
    with session.vault.unit_of_work(readonly=True) as uow:
        rows = uow.execute(select(AuditEvent.action, AuditEvent.outcome, AuditEvent.object_id,
                                  AuditEvent.details)
                           .where(AuditEvent.action.startswith(prefix))
                           .order_by(AuditEvent.seq)).all()
    return [(a, o, i or "", json.loads(d)) for a, o, i, d in rows]


def _refused(call, code: str, kind: type[Exception] = ValidationError) -> None:
    with pytest.raises(kind) as refused:
        call()
    assert refused.value.code == code, refused.value.code


# -- pinning --------------------------------------------------------------------------------------

def test_a_card_is_pinned_with_the_fingerprint_read_aloud(admin):
    huye = OtherCenter.new()
    # The fingerprint as a person types it after the call
    pinned = pin_center(admin, huye.card(), huye.fingerprint.lower().replace("-", " "))
    assert (pinned.code, pinned.name, pinned.district) == ("HYE-01", "Huye IOSC", "huye")
    assert pinned.pinned_by == ADMIN
    found = lookup_center(admin, "hye-01")
    assert found.ed25519_public_key == huye.public
    assert found.age_recipient == huye.recipient
    assert found.verification_key().public_bytes_raw() == huye.public
    assert str(found.recipient()) == huye.recipient
    assert [c.code for c in list_centers(admin)] == ["HYE-01"]
    assert _events(admin) == [("center.pinned", "ok", "HYE-01",
                               {"fingerprint": huye.fingerprint})]
    # Pinning the same card again changes nothing
    pin_center(admin, huye.card(), huye.fingerprint)
    assert len(list_centers(admin)) == 1 and len(_events(admin)) == 1


def test_a_wrong_fingerprint_pins_nothing_and_is_recorded(admin):
    huye, intruder = OtherCenter.new(), OtherCenter.new()
    _refused(lambda: pin_center(admin, huye.card(), intruder.fingerprint),
             "center.fingerprint_mismatch")
    _refused(lambda: pin_center(admin, huye.card(), "not a fingerprint"),
             "center.fingerprint_invalid", CenterCardError)
    assert list_centers(admin) == []
    _refused(lambda: lookup_center(admin, "HYE-01"), "center.unknown", UnknownCenterError)
    assert _events(admin) == [("center.pin_refused", "refused", "HYE-01",
                               {"reason": "center.fingerprint_mismatch"})]


def test_a_pinned_code_is_not_taken_over_by_other_keys(admin):
    huye, intruder = OtherCenter.new(), OtherCenter.new()
    pin_center(admin, huye.card(), huye.fingerprint)
    # Someone sends a card under Huye's code with their own keys, and reads out its fingerprint
    _refused(lambda: pin_center(admin, intruder.card(), intruder.fingerprint),
             "center.pinned_other_keys")
    assert lookup_center(admin, "HYE-01").ed25519_public_key == huye.public
    assert _events(admin)[-1] == ("center.pin_refused", "refused", "HYE-01",
                                  {"reason": "center.pinned_other_keys"})
    # Nor do Huye's keys go in under another code
    alias = OtherCenter("RBV-01", huye.signing, huye.recipient)
    _refused(lambda: pin_center(admin, alias.card(), alias.fingerprint), "center.keys_in_use")


def test_this_centers_own_card_is_not_pinned(admin):
    own = export_card(admin)
    _refused(lambda: pin_center(admin, own.data, own.fingerprint), "center.is_self")


def test_keys_move_only_on_a_statement_signed_by_the_pinned_key(admin):
    huye = OtherCenter.new()
    pin_center(admin, huye.card(), huye.fingerprint)
    new, statement = huye.rotated()
    # A statement from someone without Huye's pinned key, claiming its fingerprint
    intruder, their_keys = OtherCenter.new(), OtherCenter.new()
    forged = _forged_statement(huye.fingerprint, intruder.signing, their_keys)
    _refused(lambda: apply_key_change(admin, forged), "center.statement_forged",
             CenterCardError)
    assert lookup_center(admin, "HYE-01").fingerprint == huye.fingerprint
    assert _events(admin)[-1][:2] == ("center.key_change_refused", "refused")

    # The real statement moves the pin
    moved = apply_key_change(admin, statement)
    assert moved.fingerprint == new.fingerprint
    assert lookup_center(admin, "HYE-01").ed25519_public_key == new.public
    assert _events(admin)[-1] == ("center.keys_changed", "ok", "HYE-01", {
        "origin": "received", "old_fingerprint": huye.fingerprint,
        "new_fingerprint": new.fingerprint})
    # Applying it again changes nothing; an old statement after a newer change is refused
    apply_key_change(admin, statement)
    newest, second = new.rotated()
    apply_key_change(admin, second)
    _refused(lambda: apply_key_change(admin, statement), "center.statement_not_current")
    assert lookup_center(admin, "HYE-01").fingerprint == newest.fingerprint
    # The old card no longer pins over the new keys either
    _refused(lambda: pin_center(admin, huye.card(), huye.fingerprint),
             "center.pinned_other_keys")


def _forged_statement(claimed_old_fp: str, signer: Ed25519PrivateKey,
                      new: OtherCenter) -> bytes:
    """Well formed and signed by its new key, but signed as "old" by a key never pinned."""
    body = {"format": "isange-key-change", "version": 1, "code": new.code,
            "old_fingerprint": claimed_old_fp, "new_ed25519_public_key": b64(new.public),
            "new_age_recipient": new.recipient, "created_at": WHEN}
    message = b"isange-key-change-v1\n" + canonical(body)
    return pretty({**body, "old_signature": b64(signer.sign(message)),
                   "new_signature": b64(new.signing.sign(message))})


def test_a_statement_for_a_center_not_pinned_is_refused(admin):
    _, statement = OtherCenter.new().rotated()
    _refused(lambda: apply_key_change(admin, statement), "center.unknown", UnknownCenterError)


def test_remove_then_pin_again_after_a_new_call(admin):
    huye = OtherCenter.new()
    pin_center(admin, huye.card(), huye.fingerprint)
    remove_center(admin, "HYE-01")
    assert list_centers(admin) == []
    _refused(lambda: lookup_center(admin, "HYE-01"), "center.unknown", UnknownCenterError)
    _refused(lambda: remove_center(admin, "HYE-01"), "center.unknown", UnknownCenterError)
    # A removed center's keys can be replaced: it lost its laptop and its vault
    replacement = OtherCenter.new()
    pin_center(admin, replacement.card(), replacement.fingerprint)
    assert lookup_center(admin, "HYE-01").ed25519_public_key == replacement.public
    remove_center(admin, "hye-01")
    pin_center(admin, huye.card(), huye.fingerprint)
    assert lookup_center(admin, "HYE-01").ed25519_public_key == huye.public
    assert [e[0] for e in _events(admin)] == [
        "center.pinned", "center.removed", "center.pinned", "center.removed", "center.pinned"]


# -- roles --------------------------------------------------------------------------------------

def test_who_may_do_what(vault):
    huye, rubavu = OtherCenter.new(), OtherCenter.new("RBV-01")
    with logged_in(vault, "nurse", NURSE_PASSWORD) as nurse:
        assert export_card(nurse).code == "KGL-01"  # any staff may hand out the card
        assert list_centers(nurse) == []
        _refused(lambda: pin_center(nurse, huye.card(), huye.fingerprint), "permission.denied",
                 PermissionDenied)
        _refused(lambda: rotate_keys(nurse), "permission.denied", PermissionDenied)
        denied = _events(nurse)
        assert ("center.pin", "denied") in [(a, o) for a, o, _, _ in denied]
    with logged_in(vault, "manager", MANAGER_PASSWORD) as manager:
        pin_center(manager, huye.card(), huye.fingerprint)
        pin_center(manager, rubavu.card("Rubavu IOSC"), rubavu.fingerprint)
        remove_center(manager, "RBV-01")
        _refused(lambda: rotate_keys(manager), "permission.denied", PermissionDenied)
    with logged_in(vault, "nurse", NURSE_PASSWORD) as nurse:
        assert [c.code for c in list_centers(nurse)] == ["HYE-01"]
        assert lookup_center(nurse, "HYE-01").pinned_by == "manager"
        _refused(lambda: remove_center(nurse, "HYE-01"), "permission.denied", PermissionDenied)
        _, statement = huye.rotated()
        _refused(lambda: apply_key_change(nurse, statement), "permission.denied",
                 PermissionDenied)


# -- this center's own keys ---------------------------------------------------------------

def test_the_card_carries_this_centers_keys_and_district(tmp_path):
    vault_admin.init_vault(tmp_path / "v", center_code="hye-01", center_name="Huye IOSC",
                           admin_login=ADMIN, admin_name="A", admin_password=ADMIN_PASSWORD,
                           kdf=FLOOR, district="Huye")
    with logged_in(tmp_path / "v", ADMIN, ADMIN_PASSWORD) as session:
        assert current_center(session).district == "huye"
        own = export_card(session)
        card = parse_card(own.data)
        assert (card.code, card.name, card.district) == ("HYE-01", "Huye IOSC", "huye")
        assert card.ed25519_public_key == signing_key(session).public_key().public_bytes_raw()
        assert card.age_recipient == str(age_identity(session).to_public())
        assert own.fingerprint == card.fingerprint == own_fingerprint(session)
        assert _events(session) == [("center.card_exported", "ok", "HYE-01",
                                     {"fingerprint": own.fingerprint})]
    with pytest.raises(ValidationError) as refused:
        vault_admin.init_vault(tmp_path / "w", center_code="X", center_name="X",
                               admin_login=ADMIN, admin_name="A",
                               admin_password=ADMIN_PASSWORD, kdf=FLOOR, district="Atlantis")
    assert refused.value.code == "center.district_invalid"
    assert not (tmp_path / "w").exists() or not any((tmp_path / "w").iterdir())


def test_a_rotation_between_two_real_vaults(vault, tmp_path):
    huye_dir = tmp_path / "huye"
    vault_admin.init_vault(huye_dir, center_code="HYE-01", center_name="Huye IOSC",
                           admin_login=ADMIN, admin_name="A", admin_password=ADMIN_PASSWORD,
                           kdf=FLOOR, district="huye")
    with logged_in(huye_dir, ADMIN, ADMIN_PASSWORD) as huye:
        first = export_card(huye)
        old_identity = str(age_identity(huye))
    with logged_in(vault, ADMIN, ADMIN_PASSWORD) as kigali:
        pin_center(kigali, first.data, first.fingerprint)
    with logged_in(huye_dir, ADMIN, ADMIN_PASSWORD) as huye:
        rotation = rotate_keys(huye)
        assert rotation.old_fingerprint == first.fingerprint
        assert rotation.new_fingerprint == own_fingerprint(huye) != first.fingerprint
        # The old identity still opens what was sent before the change, the new one first
        assert [str(i) for i in age_identities(huye)][1:] == [old_identity]
        assert str(age_identities(huye)[0]) == str(age_identity(huye)) != old_identity
        assert _events(huye)[-1][0] == "center.keys_changed"
        second = export_card(huye)
    with logged_in(vault, ADMIN, ADMIN_PASSWORD) as kigali:
        moved = apply_key_change(kigali, rotation.statement)
        assert moved.fingerprint == second.fingerprint
        assert lookup_center(kigali, "HYE-01").age_recipient == parse_card(
            second.data).age_recipient
    # Huye's log verifies across the change: checkpoints before it under the old key, after
    # it under the new one
    with logged_in(huye_dir, ADMIN, ADMIN_PASSWORD) as huye:
        report = verify_log(huye)
        assert report.ok and report.checkpoints >= 3, report
        rotate_keys(huye)  # twice, for the schedule of three keys
    with logged_in(huye_dir, ADMIN, ADMIN_PASSWORD) as huye:
        assert verify_log(huye).ok
        assert len(age_identities(huye)) == 3


def test_the_private_keys_never_leave_the_vault_in_clear(vault, tmp_path):
    card_file = tmp_path / "card.json"
    with logged_in(vault, ADMIN, ADMIN_PASSWORD) as session:
        own = export_card(session)
        card_file.write_bytes(own.data)
        secrets = _secret_forms(signing_key(session).private_bytes_raw(),
                                str(age_identity(session)))
        # While the vault is open (WAL and shared-memory files present)
        _assert_absent(vault, card_file, secrets)
        rotation = rotate_keys(session)
        secrets += _secret_forms(signing_key(session).private_bytes_raw(),
                                 str(age_identity(session)))
        assert not any(s in rotation.statement for s in secrets)
    _assert_absent(vault, card_file, secrets)


def _secret_forms(raw: bytes, identity: str) -> list[bytes]:
    return [raw, raw.hex().encode(), identity.encode(), identity.lower().encode(),
            identity.split("1", 1)[1].encode()]


def _assert_absent(folder: Path, card_file: Path, secrets: list[bytes]) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()] + [card_file]
    assert any(p.name.startswith("vault") for p in files), files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, path.name
