"""Importing a referral on a real vault: the case arrives whole (forms, consent, history,
follow-ups), a receipt is signed, and every refusal leaves the vault as it was but for the
audit event that records it."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.errors import AlreadyImported, BundleRefused, PermissionDenied
from isange_desktop.services.case_history import case_history
from isange_desktop.services.case_read import open_case
from isange_desktop.services.center_directory import remove_center
from isange_desktop.services.center_keys import age_identity
from isange_desktop.services.referral_case import case_document
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral, preview_import
from isange_desktop.services.referral_lists import list_inbox
from isange_desktop.services.referral_reading import parse_referral_document
from isange_desktop.store import case_repository as repo
from isange_desktop.transfer.bundle_file import read_header, write_bundle
from two_centers import (
    HUYE,
    KIGALI,
    MUSANZE,
    as_,
    centers_fixtures,
    forged_referral,
    row_counts,
    unchanged_but_audited,
    worked_case,
)

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

built, centers = centers_fixtures()


def _export(centers, number: str, folder: Path, to: str = HUYE):
    folder.mkdir(exist_ok=True)
    with as_(centers.kigali, "nurse") as nurse:
        return export_referral(nurse, number, to, "Please continue PEP.", folder)


def test_the_imported_case_reads_as_it_was_sent(centers, tmp_path):
    number = worked_case(centers, HUYE)
    exported = _export(centers, number, tmp_path / "stick")
    data = exported.path.read_bytes()
    with as_(centers.kigali, "psy") as psy:
        sent = open_case(psy, number, break_glass_reason="test: compare everything")
        sent_history = case_history(psy, number)
    with as_(centers.huye, "nurse") as nurse:
        preview = preview_import(nurse, data)
        result = import_referral(nurse, data)
    assert preview.sender_case_number == number and preview.revisions == 10
    assert result.case_number.startswith("HYE-01-") and result.sender_case_number == number
    with as_(centers.huye, "psy") as psy:
        got = open_case(psy, result.case_number, break_glass_reason="test: compare everything")
        got_history = case_history(psy, result.case_number)
        inbox = list_inbox(psy)
    # The same forms, consent record and flags; a new number, open at this center
    assert got.forms == sent.forms and got.consents == sent.consents
    assert got.summary.flags == sent.summary.flags and got.summary.gbv_type == "rape"
    assert got.summary.status == "open" and got.summary.tracks == sent.summary.tracks
    assert got.origin is not None and (got.origin.center_code, got.origin.case_number) == (
        KIGALI, number)
    assert got.origin.note == "Please continue PEP."
    # The history travels whole, each author named with the center they work at
    def history(h, suffix=""):
        return [(r.form_id, r.entry_no, r.revision, r.at, r.author + suffix, r.values)
                for r in h.revisions]
    assert history(got_history) == history(sent_history, "@KGL-01")
    assert [s for s in got_history.statuses if s[0] != "case"] == [
        (t, st, a + "@KGL-01", at) for t, st, a, at in sent_history.statuses if t != "case"]
    assert [(i.case_number, i.sender_code, i.sender_case_number) for i in inbox] == [
        (result.case_number, KIGALI, number)]
    # The PEP follow-ups are the receiving center's now
    with as_(centers.huye, "nurse") as nurse, nurse.vault.dbapi() as conn:
        kinds = {r[0] for r in conn.execute("SELECT kind FROM tasks")}
        witness = conn.execute("SELECT checkpoint FROM received_bundles").fetchone()[0]
    assert "pep_completion" in kinds and '"signature"' in witness
    # And a receipt, for Kacyiru's eyes, naming no person
    receipt = read_header(result.receipt.data)
    assert (receipt.kind, receipt.sender_code, receipt.recipient_code) == ("receipt", HUYE,
                                                                          KIGALI)
    assert b"Nyirabukeye" not in result.receipt.data


def test_the_same_bundle_twice_changes_nothing_and_says_where_it_went(centers, tmp_path):
    number = worked_case(centers, HUYE)
    data = _export(centers, number, tmp_path / "stick").path.read_bytes()
    with as_(centers.huye, "nurse") as nurse:
        first = import_referral(nurse, data)
        with unchanged_but_audited(nurse, "referral.refused", "referral.already_imported"), \
                pytest.raises(AlreadyImported) as again:
            import_referral(nurse, data)
    assert first.case_number in again.value.message("en")


def test_every_refusal_leaves_the_vault_as_it_was(centers, tmp_path):
    number = worked_case(centers, HUYE, MUSANZE)
    stick = tmp_path / "stick"
    older, newer = (_export(centers, number, stick).path.read_bytes() for _ in range(2))
    for_musanze = _export(centers, number, stick, to=MUSANZE).path.read_bytes()
    middle = read_header(older).payload_offset + 200
    flipped = older[:middle] + bytes([older[middle] ^ 1]) + older[middle + 1:]

    def unknown_field(document):
        document["revisions"][-1]["values"]["weapon"] = "knife"

    def no_consent(document):
        document["consents"] = [c for c in document["consents"]
                                if c["scope"] != "share_with_referral"]

    forged_field = forged_referral(centers, number, sequence=50, change=unknown_field)
    forged_consent = forged_referral(centers, number, sequence=51, change=no_consent)
    # The bundles were made moments ago: they are good for thirty days from now.
    expired = datetime.now(UTC) + timedelta(days=31)
    cases = [
        (flipped, "bundle.bad_signature", None),
        (older[:-100], "bundle.truncated", None),
        (b"PK\x03\x04 not a bundle", "bundle.not_a_bundle", None),
        (for_musanze, "bundle.not_for_us", None),
        (older, "bundle.expired", expired),
        (forged_field, "referral.record_invalid", None),
        (forged_consent, "referral.consent_not_shown", None),
    ]
    with as_(centers.huye, "nurse") as nurse:
        for data, reason, now in cases:
            with unchanged_but_audited(nurse, "referral.refused", reason), \
                    pytest.raises(BundleRefused) as refused:
                import_referral(nurse, data, now=now)
            assert refused.value.code == reason
        # A replay of an older sequence, once a newer one came in
        import_referral(nurse, newer)
        with unchanged_but_audited(nurse, "referral.refused", "referral.replayed"), \
                pytest.raises(BundleRefused):
            import_referral(nurse, older)
        # Nothing from a center that was never pinned here
        stranger = _from_a_stranger(nurse)
        with unchanged_but_audited(nurse, "referral.refused", "bundle.unknown_sender"), \
                pytest.raises(BundleRefused):
            import_referral(nurse, stranger)
    # Nor from one that was removed
    with logged_in(centers.huye, ADMIN, ADMIN_PASSWORD) as admin:
        remove_center(admin, KIGALI)
    later = forged_referral(centers, number, sequence=60)
    with as_(centers.huye, "nurse") as nurse, \
            unchanged_but_audited(nurse, "referral.refused", "bundle.unknown_sender"), \
            pytest.raises(BundleRefused) as refused:
        import_referral(nurse, later)
    assert "confirmed" in refused.value.message("en")


def _from_a_stranger(session) -> bytes:
    """A well-made bundle for Huye from a center Huye never pinned."""
    recipient = str(age_identity(session).to_public())
    now = datetime.now(UTC)
    return write_bundle(kind="referral", sender_code="XYZ-01",
                        sender_key=Ed25519PrivateKey.generate(), recipient_code=HUYE,
                        recipient_age=recipient, sequence=1, created_at=now,
                        expires_at=now + timedelta(days=30), consent_ref="x", checkpoint={},
                        case={"forged": True}, attachments={}).data


def test_a_preview_writes_nothing_and_only_care_staff_import(centers, tmp_path):
    number = worked_case(centers, HUYE)
    data = _export(centers, number, tmp_path / "stick").path.read_bytes()
    with as_(centers.huye, "nurse") as nurse:
        before = row_counts(nurse)
        preview = preview_import(nurse, data)
        assert row_counts(nurse) == before
    assert preview.sender_code == KIGALI and preview.consent_reason == "consent.given"
    assert {p.form_id for p in preview.forms} >= {"person", "incident", "medical", "legal"}
    with logged_in(centers.huye, ADMIN, ADMIN_PASSWORD) as admin, \
            pytest.raises(PermissionDenied):
        import_referral(admin, data)


def test_the_reader_names_the_first_record_that_does_not_hold_up(centers):
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "nurse") as nurse, nurse.vault.unit_of_work() as uow:
        good = case_document(uow, repo.require_case(uow, number), "").to_json()
    assert parse_referral_document(copy.deepcopy(good), KIGALI).case.number == number

    def revision(document, form_id, number=None):
        """The form's newest revision, or the one with that number."""
        return next(r for r in reversed(document["revisions"])
                    if r["form"] == form_id and number in (None, r["revision"]))

    changes = {
        "case document": lambda d: d.update(surprise=1),
        "case.number": lambda d: d["case"].update(number=number.replace("KGL-01", "HYE-01")),
        "case.flags": lambda d: d["case"].update(flags=["vip"]),
        "case.gbv_type": lambda d: d["case"].update(gbv_type="physical_assault"),
        "revisions": lambda d: d.update(revisions=[r for r in d["revisions"]
                                                   if r["form"] != "person"]),
        "medical[0] r3": lambda d: revision(d, "medical").update(revision=3),
        "medical[0] r2.triage_priority":
            lambda d: revision(d, "medical")["values"].update(triage_priority="soon"),
        "medical[0] r1.weapon": lambda d: revision(d, "medical", 1)["values"].update(
            weapon="knife"),
        "legal[0] r1": lambda d: revision(d, "legal").update(author="Rib"),
        "consents[0]": lambda d: d["consents"][0].update(scope="anything"),
        "follow_ups[0]": lambda d: d["follow_ups"][0].update(due="2026-13-01"),
        "note": lambda d: d.update(note="x" * 2001),
    }
    for record, change in changes.items():
        document = copy.deepcopy(good)
        change(document)
        with pytest.raises(BundleRefused) as refused:
            parse_referral_document(document, KIGALI)
        assert (refused.value.code, refused.value.params) == (
            "referral.record_invalid", {"record": record}), record
    with pytest.raises(BundleRefused) as refused:
        parse_referral_document({**good, "schema": 2}, KIGALI)
    assert refused.value.code == "bundle.unknown_version"
