"""Retention: the ended cases past the center's period, archived in a verified bundle and only
then removed, leaving a tombstone, the audit log whole and nothing of the case in the vault.

Kacyiru and Huye are tests/two_centers.py's centers; Huye stands in for a national archive.
"""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import pytest

from attachment_files import pdf, phone_png
from isange_desktop.cli import main
from isange_desktop.domain.retention import is_due, retention_ends
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.services import archive_reading, retention
from isange_desktop.services.attachments import add_attachment, read_attachment
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import void_case
from isange_desktop.services.center_keys import age_identity, signing_key
from isange_desktop.services.retention import archive_and_remove, cases_past_retention
from isange_desktop.services.settings import set_setting
from isange_desktop.transfer.bundle_file import read_header
from isange_desktop.transfer.bundle_payload import read_payload
from isange_desktop.transfer.manifest import ARCHIVE
from two_centers import (
    HUYE,
    KIGALI,
    NOW,
    as_,
    centers_fixtures,
    intake,
    pw,
    row_counts,
    worked_case,
)

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

built, centers = centers_fixtures()
LATER = datetime.now(UTC) + timedelta(days=366 * 11)  # past the default ten years


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the manager chose for the archives (the centers' vaults are beside it)."""
    folder = tmp_path / "archives"
    folder.mkdir()
    return folder


def _ended_case(centers) -> tuple[str, dict[str, str]]:
    """A worked case with a photo and a scan, voided by the manager; the SHA-256 of each
    attachment's stored bytes by uid."""
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "nurse") as nurse:
        photo = add_attachment(nurse, number, phone_png(), file_name="arm.png",
                               track="medical").info
        scan = add_attachment(nurse, number, pdf(), file_name="consent.pdf").info
        stored = {a.uid: hashlib.sha256(read_attachment(nurse, a.id)).hexdigest()
                  for a in (photo, scan)}
    with as_(centers.kigali, "manager") as manager:
        void_case(manager, number, "opened twice by mistake")
    return number, stored


def _case_rows(session, number: str) -> dict[str, int]:
    """Rows anywhere in the vault that still belong to the case (by id or number)."""
    with session.vault.dbapi() as conn:
        found = conn.execute("SELECT id, person_id FROM cases WHERE number = ?",
                             (number,)).fetchone()
        counts = {"drafts": conn.execute("SELECT count(*) FROM drafts WHERE case_number = ?",
                                         (number,)).fetchone()[0]}
        if found is None:
            return {k: v for k, v in counts.items() if v}
        counts["cases"] = 1
        tables = [r[0] for r in conn.execute(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' AND p.name = 'case_id'")]
        for table in tables:
            counts[table] = conn.execute(f'SELECT count(*) FROM "{table}" WHERE case_id = ?',
                                         (found[0],)).fetchone()[0]
    return {k: v for k, v in counts.items() if v}


def test_the_period_ends_on_the_same_day_years_later_and_never_early():
    ended = datetime(2024, 2, 29, 9, 30, tzinfo=UTC)
    assert retention_ends(ended, 1) == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert retention_ends(ended, 4) == datetime(2028, 2, 29, 9, 30, tzinfo=UTC)
    end = retention_ends(ended, 10)
    assert not is_due("closed", ended, 10, end - timedelta(seconds=1))
    assert is_due("closed", ended, 10, end)
    assert is_due("voided", ended, 10, end)
    for working in ("open", "active", "referred_out", "closure_requested"):
        assert not is_due(working, ended, 10, end + timedelta(days=9999))


def test_only_ended_cases_past_the_period_are_listed(centers):
    number, _ = _ended_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        still_open = create_case(nurse, intake(), now=NOW).number
    with as_(centers.kigali, "manager") as manager:
        assert cases_past_retention(manager).cases == ()
        listed = cases_past_retention(manager, now=LATER)
        assert listed.years == 10
        assert [(c.number, c.status, c.attachments) for c in listed.cases] == [
            (number, "voided", 2)]
        assert still_open not in [c.number for c in listed.cases]
    # The admin sets the period, on the manager's word, and never sees the list.
    with logged_in(centers.kigali, ADMIN, ADMIN_PASSWORD) as admin:
        set_setting(admin, "retention_years", 20)
        with pytest.raises(PermissionDenied):
            cases_past_retention(admin, now=LATER)
    with as_(centers.kigali, "manager") as manager:
        assert cases_past_retention(manager, now=LATER).cases == ()


def test_archive_is_verified_then_the_case_leaves_the_vault_whole(centers, out):
    number, stored = _ended_case(centers)
    with as_(centers.kigali, "manager") as manager:
        before = row_counts(manager)
        run = archive_and_remove(manager, [number], out, now=LATER)
        assert run.recipient_code == KIGALI
        [archived] = run.cases
        data = archived.path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == archived.sha256
        assert archived.path.parent == out and number not in archived.path.name
        assert _case_rows(manager, number) == {}
        after = row_counts(manager)
        assert after["case_removals"] == before["case_removals"] + 1
        assert after["persons"] == before["persons"] - 1
        assert after["attachment_contents"] == before["attachment_contents"] - 2
        assert after["received_bundles"] == before["received_bundles"]
        assert verify_log(manager).ok
        assert number not in [c.number for c in cases_past_retention(manager, now=LATER).cases]
        # The archive opens with this center's identity and holds the case byte for byte.
        header = read_header(data)
        assert (header.kind, header.sender_code, header.recipient_code) == (
            ARCHIVE, KIGALI, KIGALI)
        identity = age_identity(manager)
    payload = data[header.payload_offset:header.payload_offset + header.payload_length]
    with logged_in(centers.kigali, ADMIN, ADMIN_PASSWORD) as admin:
        key = signing_key(admin).public_key()
    opened = read_payload(bytes(pyrage.decrypt(payload, [identity])),
                          expected=header.addressing(), sender_public_key=key, now=LATER)
    assert opened.case["case"]["number"] == number
    assert {name.split(".")[0]: hashlib.sha256(body).hexdigest()
            for name, body in opened.attachments.items()} == stored
    notes = [r["values"].get("notes") for r in opened.case["revisions"]]
    assert "She is safe at her sister's." in notes


def test_an_archive_for_the_national_archive_opens_there_and_here(centers, out):
    number, _ = _ended_case(centers)
    with as_(centers.kigali, "manager") as manager:
        [archived] = archive_and_remove(manager, [number], out, recipient_code=HUYE,
                                        now=LATER).cases
        own = age_identity(manager)
    with logged_in(centers.huye, ADMIN, ADMIN_PASSWORD) as huye:
        theirs = age_identity(huye)
    data = archived.path.read_bytes()
    header = read_header(data)
    assert header.recipient_code == HUYE
    payload = data[header.payload_offset:header.payload_offset + header.payload_length]
    assert pyrage.decrypt(payload, [theirs]) == pyrage.decrypt(payload, [own])


def test_an_archive_that_does_not_read_back_removes_nothing(centers, out, monkeypatch):
    number, _ = _ended_case(centers)
    real_write = retention.write_new_file

    def failing_disk(path: Path, data: bytes) -> None:  # a stick that flips a bit
        damaged = bytearray(data)
        damaged[len(damaged) // 2] ^= 0x01
        real_write(path, bytes(damaged))

    monkeypatch.setattr(retention, "write_new_file", failing_disk)
    with as_(centers.kigali, "manager") as manager:
        before = row_counts(manager)
        with pytest.raises(ValidationError) as refused:
            archive_and_remove(manager, [number], out, now=LATER)
        assert refused.value.code == "retention.verify_failed"
        assert list(out.iterdir()) == []
        assert row_counts(manager) == before
        assert _case_rows(manager, number)["cases"] == 1


def test_a_case_not_due_and_a_missing_folder_are_refused_and_nothing_changes(centers, out):
    number, _ = _ended_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        working = create_case(nurse, intake(), now=NOW).number
        with pytest.raises(PermissionDenied):
            archive_and_remove(nurse, [number], out, now=LATER)
    with as_(centers.kigali, "manager") as manager:
        before = row_counts(manager)
        for numbers, when, folder, code in (
                ([number], None, out, "retention.not_due"),
                ([number, working], LATER, out, "retention.not_due"),
                ([number], LATER, out / "gone", "retention.folder_missing"),
                ([], LATER, out, "retention.nothing_chosen")):
            with pytest.raises(ValidationError) as refused:
                archive_and_remove(manager, numbers, folder, now=when)
            assert refused.value.code == code
            assert list(out.iterdir()) == []
            assert row_counts(manager) == before


def test_rows_of_a_case_cannot_be_deleted_without_a_removal_record(centers, out):
    number, _ = _ended_case(centers)
    with as_(centers.kigali, "manager") as manager:
        archive_and_remove(manager, [number], out, now=LATER)
    with as_(centers.kigali, "nurse") as nurse:
        # The newest case id may be handed out again after a removal: the permission to
        # delete must not come with it.
        fresh = create_case(nurse, intake(), now=NOW).number
        with nurse.vault.dbapi() as conn:
            case_id = conn.execute("SELECT id FROM cases WHERE number = ?",
                                   (fresh,)).fetchone()[0]
            for statement in ("DELETE FROM form_revisions WHERE case_id = ?",
                              "DELETE FROM consents WHERE case_id = ?",
                              "DELETE FROM cases WHERE id = ?"):
                with pytest.raises(Exception, match="cannot be deleted"):
                    conn.execute(statement, (case_id,))
            with pytest.raises(Exception, match="cannot be"):
                conn.execute("DELETE FROM case_removals")


def test_the_command_line_lists_archives_and_verifies(centers, out, monkeypatch, capsys):
    def isange(login: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{pw(login)}\n"))
        code = main([*args, "--data-dir", str(centers.kigali), "--user", login,
                     "--password-stdin"])
        printed, err = capsys.readouterr()
        return code, printed, err

    number, _ = _ended_case(centers)
    code, printed, _ = isange("manager", "retention", "list")
    assert code == 0 and "No case is past the retention period of 10 years." in printed
    code, _, err = isange("manager", "retention", "archive", number, "--out", str(out))
    assert code != 0 and "is not past the retention period" in err
    code, _, err = isange("manager", "retention", "archive", number, "--out", str(out / "no"))
    assert code != 0 and "does not exist" in err
    assert list(out.iterdir()) == []
    # Eleven years on (the center's clock, as the services read it):
    for module in (retention, archive_reading):
        monkeypatch.setattr(module, "utcnow", lambda: LATER)
    code, printed, _ = isange("manager", "retention", "list")
    assert code == 0 and number in printed
    code, printed, _ = isange("nurse", "retention", "list")
    assert code != 0
    code, printed, _ = isange("manager", "retention", "archive", number, "--out", str(out))
    assert code == 0 and f"Case {number}: archived to" in printed
    [archive] = out.iterdir()
    code, printed, _ = isange("manager", "retention", "verify", str(archive))
    assert code == 0 and f"Archive of case {number} from {KIGALI}" in printed
    assert "2 attachments" in printed
    data = archive.read_bytes()
    archive.write_bytes(data[:-1] + bytes([data[-1] ^ 0x01]))  # one bit of the signature
    code, _, err = isange("manager", "retention", "verify", str(archive))
    assert code != 0 and "is not an archive of this center, or it is damaged" in err
