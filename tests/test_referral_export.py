"""Referring a case to another center: the preview, the consent rule, the file and its record,
on two real vaults; the payload opens with the reference `age` tool."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from isange_desktop.domain.consent import ConsentBy, ConsentRecord, ConsentScope
from isange_desktop.domain.referral_consent import referral_consent
from isange_desktop.errors import PermissionDenied, UnknownCenterError, ValidationError
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case, search_cases
from isange_desktop.services.center_keys import age_identity
from isange_desktop.services.referral_export import export_referral, preview_referral
from isange_desktop.transfer.bundle_file import MAGIC, read_header
from two_centers import (
    HUYE,
    HUYE_NAME,
    KIGALI,
    NOW,
    as_,
    centers_fixtures,
    intake,
    row_counts,
    unchanged_but_audited,
    worked_case,
)

built, centers = centers_fixtures()


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder

SHARE = ConsentScope.SHARE_WITH_REFERRAL


def test_the_preview_names_every_part_that_goes(centers):
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "nurse") as nurse:
        preview = preview_referral(nurse, number, HUYE.lower())
    assert preview.allowed and preview.consent_reason == "consent.given"
    assert preview.destination_code == HUYE and preview.destination_name == HUYE_NAME
    parts = {(p.form_id, p.entry_no): p.revision for p in preview.forms}
    assert parts == {("person", 0): 1, ("incident", 0): 1, ("classification", 0): 1,
                     ("trafficking_screening", 0): 1, ("medical", 0): 2, ("medicine", 1): 1,
                     ("addendum", 1): 1, ("counselling_session", 1): 1, ("legal", 0): 1}
    # Every revision travels, the superseded medical one too; the PEP course's follow-ups
    assert preview.revisions == 10 and preview.consents == 4 and preview.follow_ups >= 5


def test_export_writes_a_checked_file_and_the_case_awaits_its_receipt(centers, out_dir):
    number = worked_case(centers, HUYE_NAME.upper())  # consent may name the center by name
    with as_(centers.kigali, "nurse") as nurse:
        first = export_referral(nurse, number, HUYE, "Moved to her mother's in Huye.",
                                out_dir)
        second = export_referral(nurse, number, HUYE, "", out_dir)
        view = open_case(nurse, number)
        listed = search_cases(nurse, number)
    # One file each, named for the centers and a random id: nothing about the person
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        [first.file_name, second.file_name])
    assert re.fullmatch(r"isange-referral-KGL-01-to-HYE-01-[0-9a-f]{12}\.isb", first.file_name)
    data = first.path.read_bytes()
    assert data.startswith(MAGIC) and b"Nyirabukeye" not in data and number.encode() not in data
    header = read_header(data)
    assert (header.kind, header.sender_code, header.recipient_code, header.bundle_id) == (
        "referral", KIGALI, HUYE, first.bundle_id)
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.expires_at - first.created_at == timedelta(days=30)
    # The case says it was referred and is waiting for the other center's receipt
    assert view.summary.status == "referred_out" and view.summary.referral == "awaiting_receipt"
    assert listed[0].referral == "awaiting_receipt"
    with as_(centers.kigali, "manager") as manager, manager.vault.dbapi() as conn:
        rows = conn.execute("SELECT bundle_id, destination_code, sequence, status, note "
                            "FROM outgoing_referrals ORDER BY id").fetchall()
        events = conn.execute("SELECT details FROM audit_events WHERE action = "
                              "'referral.exported' ORDER BY seq").fetchall()
    assert rows == [(first.bundle_id, HUYE, 1, "sent", "Moved to her mother's in Huye."),
                    (second.bundle_id, HUYE, 2, "sent", "")]
    details = json.loads(events[0][0])
    assert details["center"] == HUYE and details["consent"] == "consent.given"
    assert "Nyirabukeye" not in events[0][0]


def test_missing_consent_blocks_the_export_and_names_what_is_missing(centers, out_dir):
    with as_(centers.kigali, "nurse") as nurse:
        # Consent to share with another center does not cover this one
        number = create_case(nurse, intake("MUS-01"), now=NOW).number
        preview = preview_referral(nurse, number, HUYE)
        assert not preview.allowed and preview.refusal is not None
        assert preview.refusal.code == "referral.consent_missing"
        with unchanged_but_audited(nurse, "referral.export_refused",
                                   "referral.consent_missing"), \
                pytest.raises(ValidationError) as refused:
            export_referral(nurse, number, HUYE, "", out_dir)
    message = refused.value.message("en")
    assert "HYE-01" in message and HUYE_NAME in message and "Nothing was sent" in message
    assert "HYE-01" in refused.value.message("rw") and "HYE-01" in refused.value.message("fr")
    assert list(out_dir.iterdir()) == []


def test_only_care_staff_export_and_only_to_a_pinned_center(centers, out_dir):
    number = worked_case(centers, HUYE)
    for login in ("rib",):
        with as_(centers.kigali, login) as user, pytest.raises(PermissionDenied):
            export_referral(user, number, HUYE, "", out_dir)
    with as_(centers.kigali, "manager") as manager:
        before = row_counts(manager)
        with pytest.raises(UnknownCenterError):
            export_referral(manager, number, "NYA-01", "", out_dir)
        assert row_counts(manager) == before
        with pytest.raises(ValidationError) as err:
            export_referral(manager, number, HUYE, "", out_dir / "missing")
        assert err.value.code == "referral.folder_missing"
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(shutil.which("age") is None, reason="the reference age tool is not installed")
def test_the_reference_age_tool_opens_the_payload_with_the_receivers_identity(centers,
                                                                             tmp_path):
    number = worked_case(centers, HUYE)
    out = tmp_path / "out"
    out.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        exported = export_referral(nurse, number, HUYE, "", out)
    with as_(centers.huye, "nurse") as nurse:
        identity = tmp_path / "huye.key"
        identity.write_text(f"{age_identity(nurse)}\n")
    data = exported.path.read_bytes()
    header = read_header(data)
    payload = tmp_path / "payload.age"
    payload.write_bytes(data[header.payload_offset:header.payload_offset
                             + header.payload_length])
    plain = subprocess.run(["age", "-d", "-i", str(identity), str(payload)],
                           capture_output=True, check=True, timeout=60).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        case = json.loads(archive.read("case.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert case["case"]["number"] == number
    assert manifest["recipient"] == HUYE and manifest["sequence"] == 1
    assert manifest["consent_ref"].startswith(f"{number}/share_with_referral/{HUYE}/")


# --- the consent rule, on its own ------------------------------------------------------------

AT = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _share(destination, given=True, minutes=0, by=ConsentBy.SURVIVOR, override=None):
    return ConsentRecord(SHARE, destination, given, AT + timedelta(minutes=minutes), by, "nurse",
                         override)


def _decide(records, age=30):
    return referral_consent(records, HUYE, HUYE_NAME, age, AT + timedelta(days=1))


def test_consent_names_the_center_by_code_or_card_name():
    assert _decide([_share("hye-01")]).allowed
    assert _decide([_share("  huye   iosc ")]).allowed
    assert _decide([_share("Huye")]).reason_id == "consent.missing"
    assert _decide([_share("MUS-01")]).reason_id == "consent.missing"
    assert _decide([ConsentRecord(ConsentScope.REPORT_TO_RIB, None, True, AT,
                                  ConsentBy.SURVIVOR, "nurse")]).reason_id == "consent.missing"


def test_the_newest_record_wins_across_both_spellings():
    withdrawn = _decide([_share(HUYE), _share(HUYE_NAME, given=False, minutes=5)])
    assert not withdrawn.allowed and withdrawn.reason_id == "consent.refused"
    again = _decide([_share(HUYE_NAME, given=False), _share(HUYE, minutes=5)])
    assert again.allowed and again.record is not None and again.record.destination == HUYE


def test_a_child_needs_the_guardian_or_a_recorded_override():
    assert _decide([_share(HUYE)], age=12).reason_id == "consent.guardian_needed"
    assert _decide([_share(HUYE)], age=None).reason_id == "consent.guardian_needed"
    assert _decide([_share(HUYE, by=ConsentBy.GUARDIAN)], age=12).allowed
    override = _decide([_share(HUYE, override="guardian is the suspect")], age=12)
    assert override.allowed and override.override_used
    assert _decide([_share(HUYE, by=ConsentBy.GUARDIAN)], age=17).reason_id == \
        "consent.survivor_needed"
