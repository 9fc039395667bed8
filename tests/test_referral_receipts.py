"""Receipts back at the sending center: the referral becomes "received"; a receipt for a
bundle never sent, or from a center it was not sent to, is refused; twice changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.errors import AlreadyImported, BundleRefused
from isange_desktop.services.case_read import open_case
from isange_desktop.services.center_directory import lookup_center
from isange_desktop.services.center_keys import signing_key
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.referral_lists import list_outbox
from isange_desktop.services.referral_receipts import import_receipt
from isange_desktop.transfer.bundle_file import write_bundle
from two_centers import (
    HUYE,
    KIGALI,
    MUSANZE,
    as_,
    centers_fixtures,
    unchanged_but_audited,
    worked_case,
)

built, centers = centers_fixtures()


def _referred(centers, tmp_path):
    """A Kacyiru case referred to Huye and imported there: (case number, bundle, receipt)."""
    number = worked_case(centers, HUYE, MUSANZE)
    stick = tmp_path / "stick"
    stick.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        exported = export_referral(nurse, number, HUYE, "", stick)
    with as_(centers.huye, "nurse") as nurse:
        imported = import_referral(nurse, exported.path.read_bytes())
    return number, exported, imported


def _receipt_from_huye(centers, receipt_for: str, case_number: str) -> bytes:
    """A receipt made outside the import service with Huye's real keys."""
    with as_(centers.huye, "nurse") as nurse:
        key = signing_key(nurse)
        recipient = lookup_center(nurse, KIGALI).age_recipient
        with nurse.vault.unit_of_work() as uow:
            checkpoint = signed_checkpoint(uow)
    now = datetime.now(UTC)
    return write_bundle(kind="receipt", sender_code=HUYE, sender_key=key, recipient_code=KIGALI,
                        recipient_age=recipient, sequence=40, created_at=now,
                        expires_at=now + timedelta(days=90), consent_ref=None,
                        checkpoint=checkpoint,
                        case={"schema": 1, "receipt_for": receipt_for,
                              "case_number": case_number,
                              "imported_at": now.isoformat(timespec="seconds")},
                        attachments={}).data


def test_the_receipt_marks_the_referral_received(centers, tmp_path):
    number, exported, imported = _referred(centers, tmp_path)
    with as_(centers.kigali, "manager") as manager:
        [waiting] = list_outbox(manager)
        recorded = import_receipt(manager, imported.receipt.data)
        [done] = list_outbox(manager)
        view = open_case(manager, number)
        with unchanged_but_audited(manager, "referral.receipt_refused",
                                   "referral.receipt_already_recorded"), \
                pytest.raises(AlreadyImported):
            import_receipt(manager, imported.receipt.data)
    assert waiting.state == "awaiting_receipt" and waiting.bundle_id == exported.bundle_id
    assert (recorded.case_number, recorded.destination_code, recorded.receiver_case_number) == (
        number, HUYE, imported.case_number)
    assert done.state == "received" and done.receipt_at is not None
    assert view.summary.referral == "received"
    with as_(centers.kigali, "manager") as manager, manager.vault.dbapi() as conn:
        assert conn.execute("SELECT receiver_case_number FROM incoming_receipts").fetchall() \
            == [(imported.case_number,)]
        # A received referral is final: the database itself refuses to change it back
        with pytest.raises(Exception, match="cannot be changed"):
            conn.execute("UPDATE outgoing_referrals SET status = 'sent'")


def test_a_receipt_for_a_bundle_never_sent_there_is_refused(centers, tmp_path):
    number, exported, imported = _referred(centers, tmp_path)
    with as_(centers.kigali, "nurse") as nurse:
        to_musanze = export_referral(nurse, number, MUSANZE, "", tmp_path / "stick")
    never_sent = _receipt_from_huye(centers, "ab" * 16, imported.case_number)
    sent_elsewhere = _receipt_from_huye(centers, to_musanze.bundle_id, imported.case_number)
    with as_(centers.kigali, "nurse") as nurse:
        for receipt in (never_sent, sent_elsewhere):
            with unchanged_but_audited(nurse, "referral.receipt_refused",
                                       "referral.receipt_unknown"), \
                    pytest.raises(BundleRefused) as refused:
                import_receipt(nurse, receipt)
            assert "HYE-01" in refused.value.message("en")
        # A referral is not a receipt, and a receipt is not a referral
        with unchanged_but_audited(nurse, "referral.receipt_refused", "referral.is_referral"), \
                pytest.raises(BundleRefused):
            import_receipt(nurse, exported.path.read_bytes())
        with unchanged_but_audited(nurse, "referral.refused", "referral.is_receipt"), \
                pytest.raises(BundleRefused):
            import_referral(nurse, imported.receipt.data)
        # A receipt from a stranger never gets as far as its contents
        stranger = write_bundle(
            kind="receipt", sender_code="XYZ-01", sender_key=Ed25519PrivateKey.generate(),
            recipient_code=KIGALI, recipient_age=lookup_center(nurse, HUYE).age_recipient,
            sequence=1, created_at=datetime.now(UTC),
            expires_at=datetime.now(UTC) + timedelta(days=1), consent_ref=None, checkpoint={},
            case={}, attachments={}).data
        with unchanged_but_audited(nurse, "referral.receipt_refused", "bundle.unknown_sender"), \
                pytest.raises(BundleRefused):
            import_receipt(nurse, stranger)
        states = {(row.destination_code, row.state) for row in list_outbox(nurse)}
    assert states == {(HUYE, "awaiting_receipt"), (MUSANZE, "awaiting_receipt")}
