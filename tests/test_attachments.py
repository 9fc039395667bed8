"""Attachments: kept in the vault byte for byte, photos without their location, a mislabelled
or oversized file refused, each track's role rules, referred with the case to another center,
and never a decrypted copy on disk but the one the user exports.

Kacyiru and Huye are tests/two_centers.py's centers; the files are made in memory
(tests/attachment_files.py). Every refusal leaves every table's row count as it was, but for
the audit event of a refusal by role.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from attachment_files import (
    COMMENT,
    MAKE,
    MODEL,
    TRAILER,
    XMP_PLACE,
    decoded,
    gps_of,
    pdf,
    phone_jpeg,
    phone_png,
    plain_jpeg,
    scan_tiff,
)
from isange_desktop.cli import main
from isange_desktop.domain.attachment_rules import MAX_ATTACHMENT_BYTES
from isange_desktop.errors import BundleRefused, PermissionDenied, ValidationError
from isange_desktop.services.attachments import (
    add_attachment,
    export_attachment,
    list_attachments,
    read_attachment,
)
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.referral_export import export_referral, preview_referral
from isange_desktop.services.referral_import import import_referral, preview_import
from isange_desktop.services.session import UserSession
from test_no_plaintext import needles, scan_tree
from two_centers import (
    HUYE,
    KIGALI,
    NOW,
    Centers,
    as_,
    centers_fixtures,
    forged_referral,
    intake,
    last_event,
    pw,
    row_counts,
    unchanged_but_audited,
    worked_case,
)

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

built, centers = centers_fixtures()


@contextlib.contextmanager
def unchanged(session: UserSession) -> Iterator[None]:
    """The block changes no table at all: a refused file is not even an audit event."""
    before = row_counts(session)
    yield
    assert row_counts(session) == before


@contextlib.contextmanager
def denied(session: UserSession, action: str) -> Iterator[None]:
    """The block is refused by role: only the denial's own audit event is added."""
    before = row_counts(session)
    with pytest.raises(PermissionDenied):
        yield
    after = row_counts(session)
    assert after.pop("audit_events") == before.pop("audit_events") + 1
    assert after == before
    assert last_event(session)[:2] == (action, "denied")


def new_case(centers: Centers) -> str:
    """A case with its intake only (worked_case adds track work, for tests that need it)."""
    with as_(centers.kigali, "nurse") as nurse:
        return create_case(nurse, intake(HUYE), now=NOW).number


def _code(call: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.code


def test_each_kind_round_trips_byte_for_byte_through_the_vault(centers):
    # Given a case, and a file of each kind, each for a part of the case the nurse works on
    number = new_case(centers)
    files = {"consent form.pdf": (pdf(), None), "photo.jpg": (plain_jpeg(), "medical"),
             "x-ray.png": (phone_png(), "medical"), "scan.tiff": (scan_tiff(), None)}
    with as_(centers.kigali, "nurse") as nurse:
        # When each is added (the PNG as evidence, so its metadata stays) and read back
        added = {name: add_attachment(nurse, number, data, file_name=name, track=track,
                                      evidence=name.endswith(".png"))
                 for name, (data, track) in files.items()}
        # Then the same bytes come back, hashed as they were stored
        for name, (data, _) in files.items():
            info = added[name].info
            assert read_attachment(nurse, info.id) == data
            assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
        listed = list_attachments(nurse, number)
    assert [(a.file_name, a.media_type, a.track, a.evidence, a.sealed) for a in listed] == [
        ("consent form.pdf", "application/pdf", None, False, False),
        ("photo.jpg", "image/jpeg", "medical", False, False),
        ("x-ray.png", "image/png", "medical", True, True),
        ("scan.tiff", "image/tiff", None, False, False)]
    assert all(a.added_by == "nurse" and a.case_number == number for a in listed)


def test_a_photo_loses_its_location_and_device_data_unless_it_is_evidence(centers):
    number = new_case(centers)
    photo = phone_jpeg()
    assert gps_of(photo) == {1: "S", 2: (1.0, 56.0, 40.0), 3: "E", 4: (30.0, 3.0, 44.0)}
    with as_(centers.kigali, "nurse") as nurse:
        # When the nurse adds it as a plain photo of an injury
        added = add_attachment(nurse, number, photo, file_name="IMG_0042.JPG",
                               track="medical")
        assert last_event(nurse)[2] == {
            "attachment": added.info.id, "type": "image/jpeg", "size": added.info.size,
            "sha256": added.info.sha256[:12], "track": "medical", "evidence": False,
            "metadata_removed": 4}
        kept = read_attachment(nurse, added.info.id)
        # Then the GPS block, the camera, the XMP place, the comment and the appended data
        # are gone, and the picture is exactly the picture
        assert gps_of(kept) == {}
        for trace in (b"Exif", MAKE, MODEL, XMP_PLACE, COMMENT, TRAILER):
            assert trace in photo and trace not in kept, trace
        assert decoded(kept) == decoded(photo)
        assert added.metadata_removed == 4 and not added.info.sealed
        # When the same photo is added as evidence, it is kept as it came, hashed and sealed
        evidence = add_attachment(nurse, number, photo, file_name="IMG_0042.JPG",
                                  track="medical", evidence=True)
        assert read_attachment(nurse, evidence.info.id) == photo
        assert evidence.info.sealed and evidence.metadata_removed == 0
        assert evidence.info.sha256 == hashlib.sha256(photo).hexdigest()
        # And a PNG's text and Exif chunks go the same way
        png = add_attachment(nurse, number, phone_png(), file_name="screen.png")
        clean = read_attachment(nurse, png.info.id)
        assert png.metadata_removed == 3 and MAKE not in clean and XMP_PLACE not in clean
        assert decoded(clean) == decoded(phone_png())


NOT_WHAT_IT_SAYS = [
    (phone_png(), "photo.jpg", None, "attachment.type_mismatch"),
    (b"Dear colleague, please see her.", "letter.pdf", None, "attachment.type_mismatch"),
    (b"Dear colleague, please see her.", "letter", "application/pdf",
     "attachment.type_mismatch"),
    (pdf(), "letter.pdf", "image/png", "attachment.type_mismatch"),
    (b"PK\x03\x04 a word document", "letter.docx", None, "attachment.unsupported_type"),
    (b"just text", "notes", None, "attachment.unsupported_type"),
    (b"", "empty.pdf", None, "attachment.empty"),
    (b"\xff\xd8\xff\xe1\x00\x10Exif", "cut.jpg", None, "attachment.image_unreadable"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIDAT", "cut.png", None, "attachment.image_unreadable"),
    (pdf(), "folder/", None, "attachment.name_invalid"),
    (pdf(), "bell\x07.pdf", None, "attachment.name_invalid"),
]


def test_a_file_that_is_not_what_it_says_is_refused_and_nothing_changes(centers):
    number = new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        for data, name, media_type, code in NOT_WHAT_IT_SAYS:
            with unchanged(nurse):
                assert _code(lambda d=data, n=name, m=media_type: add_attachment(
                    nurse, number, d, file_name=n, media_type=m)) == code, name


def test_an_oversized_file_is_refused_with_its_size_and_the_limit(centers):
    number = new_case(centers)
    too_big = pdf() + bytes(MAX_ATTACHMENT_BYTES)
    with as_(centers.kigali, "nurse") as nurse, unchanged(nurse), \
            pytest.raises(ValidationError) as caught:
        add_attachment(nurse, number, too_big, file_name="scan.pdf")
    assert caught.value.code == "attachment.too_large"
    assert "25.0 MB" in caught.value.message("en") and "25 MB" in caught.value.message("en")
    # The largest file allowed is kept
    with as_(centers.kigali, "nurse") as nurse:
        largest = too_big[:MAX_ATTACHMENT_BYTES]
        info = add_attachment(nurse, number, largest, file_name="scan.pdf").info
        assert read_attachment(nurse, info.id) == largest


def test_each_track_keeps_its_role_rules(centers):
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "psy") as psy:
        # A psychosocial officer cannot add a medical photo...
        with denied(psy, "case.edit_medical"):
            add_attachment(psy, number, plain_jpeg(), file_name="wound.jpg", track="medical")
        # ...but adds a drawing to a counselling session, and a scanned paper at intake
        drawing = add_attachment(psy, number, phone_png(), file_name="drawing.png",
                                 form_id="counselling_session", entry_no=1).info
        intake = add_attachment(psy, number, pdf(), file_name="consent.pdf").info
        assert drawing.track == "psychosocial" and intake.track is None
    with as_(centers.kigali, "nurse") as nurse:
        photo = add_attachment(nurse, number, plain_jpeg(), file_name="wound.jpg",
                               form_id="medical").info
        assert (photo.track, photo.form_id, photo.entry_no) == ("medical", "medical", 0)
        # The nurse does not read counselling: the drawing is not listed, nor readable
        assert [a.id for a in list_attachments(nurse, number)] == [intake.id, photo.id]
        assert last_event(nurse)[2] == {"shown": 2, "hidden": 1}
        with denied(nurse, "case.view_counselling"):
            read_attachment(nurse, drawing.id)
    with as_(centers.kigali, "psy") as psy:
        # Nor does the psychosocial officer read the medical photo
        with denied(psy, "case.view_medical"):
            read_attachment(psy, photo.id)
        with denied(psy, "case.view_medical"):
            export_attachment(psy, photo.id, centers.kigali.parent / "wound.jpg")
        assert not (centers.kigali.parent / "wound.jpg").exists()
    with as_(centers.kigali, "manager") as manager:
        # The manager sees no file that names the survivor, nor any track's but legal's
        assert list_attachments(manager, number) == ()
        with denied(manager, "case.view_identification"):
            read_attachment(manager, intake.id)
    with logged_in(centers.kigali, ADMIN, ADMIN_PASSWORD) as admin, \
            denied(admin, "case.list"):
        list_attachments(admin, number)


def test_an_attachment_names_a_form_entry_of_its_own_track_that_exists(centers):
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "nurse") as nurse, unchanged(nurse):
        for kwargs, code in (
                ({"form_id": "medicine", "entry_no": 7}, "attachment.entry_missing"),
                ({"form_id": "medicine", "track": "legal"}, "attachment.form_not_in_track"),
                ({"entry_no": 1}, "attachment.entry_needs_form"),
                ({"form_id": "poetry"}, "attachment.unknown_form"),
                ({"track": "kitchen"}, "attachment.unknown_track")):
            assert _code(lambda kw=kwargs: add_attachment(
                nurse, number, pdf(), file_name="x.pdf", **kw)) == code, kwargs
    with as_(centers.kigali, "nurse") as nurse:
        info = add_attachment(nurse, number, pdf(), file_name="prescription.pdf",
                              form_id="medicine", entry_no=1).info
        assert (info.track, info.form_id, info.entry_no) == ("medical", "medicine", 1)


def test_export_writes_a_new_file_once_and_is_audited_without_its_name(centers, tmp_path):
    number = new_case(centers)
    out = tmp_path / "out"
    out.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        info = add_attachment(nurse, number, pdf(), file_name="Uwase letter.pdf").info
        target = out / "letter.pdf"
        export_attachment(nurse, info.id, target)
        assert target.read_bytes() == pdf() and [p.name for p in out.iterdir()] == [
            "letter.pdf"]
        action, outcome, details = last_event(nurse)
        assert (action, outcome) == ("attachment.exported", "ok")
        assert details == {"attachment": info.id, "type": "application/pdf",
                           "size": len(pdf()), "sha256": info.sha256[:12]}
        # A second export to the same name replaces nothing, and changes nothing
        target.write_bytes(b"the user's own file")
        with unchanged(nurse):
            assert _code(lambda: export_attachment(nurse, info.id, target)) == \
                "attachment.file_exists"
            assert _code(lambda: export_attachment(nurse, info.id, out / "no" / "x.pdf")) \
                == "attachment.folder_missing"
            assert _code(lambda: export_attachment(nurse, info.id, centers.kigali / "x.pdf")) \
                == "attachment.inside_vault"
            assert _code(lambda: read_attachment(nurse, 999_999)) == "attachment.not_found"
        assert target.read_bytes() == b"the user's own file"
        with nurse.vault.dbapi() as conn:
            logged = " ".join(r[0] for r in conn.execute("SELECT details FROM audit_events"))
    assert "Uwase" not in logged and "letter" not in logged


def test_attachments_travel_with_the_referral_byte_for_byte(centers, tmp_path):
    # Given a case at Kacyiru with a file of each kind, on every part of the case
    number = worked_case(centers, HUYE)
    stick = tmp_path / "stick"
    stick.mkdir()
    sent: dict[str, bytes] = {}
    with as_(centers.kigali, "nurse") as nurse:
        for name, data, kwargs in (
                ("Fiche de consentement Mukamana.pdf", pdf(), {}),
                ("blessure épaule.jpg", phone_jpeg(), {"track": "medical", "evidence": True}),
                ("ordonnance.tif", scan_tiff(), {"form_id": "medicine", "entry_no": 1})):
            sent[add_attachment(nurse, number, data, file_name=name, **kwargs).info.uid] = data
    with as_(centers.kigali, "psy") as psy:
        info = add_attachment(psy, number, phone_png(), file_name="dessin.png",
                              form_id="counselling_session", entry_no=1).info
        sent[info.uid] = read_attachment(psy, info.id)
    with as_(centers.kigali, "rib") as rib:
        info = add_attachment(rib, number, pdf(b"RIB statement"), file_name="statement.pdf",
                              track="legal").info
        sent[info.uid] = pdf(b"RIB statement")
    with as_(centers.kigali, "nurse") as nurse:
        # When the nurse previews and refers the case: types, sizes and tracks, no names
        preview = preview_referral(nurse, number, HUYE)
        assert sorted((p.media_type, p.size, p.track) for p in preview.attachments) == sorted(
            (t, len(sent[u]), tr) for u, t, tr in _kinds(nurse, number))
        assert "Mukamana" not in repr(preview) and "blessure" not in repr(preview)
        exported = export_referral(nurse, number, HUYE, "", stick)
        assert last_event(nurse)[2]["attachments"] == 5
    data = exported.path.read_bytes()
    assert all(content not in data for content in sent.values())  # encrypted
    # Then Huye imports every file, each exactly as Kacyiru kept it
    with as_(centers.huye, "nurse") as huye_nurse:
        assert len(preview_import(huye_nurse, data).attachments) == 5
        result = import_referral(huye_nurse, data)
        assert last_event(huye_nurse)[0] == "referral.imported"
        shown = list_attachments(huye_nurse, result.case_number)
        received = {a.uid: read_attachment(huye_nurse, a.id) for a in shown}
        # The nurse sees the intake file and the medical ones, as at Kacyiru
        assert {a.track for a in shown} == {None, "medical"} and len(shown) == 3
        photo = next(a for a in shown if a.media_type == "image/jpeg")
        assert photo.file_name == "blessure épaule.jpg" and photo.sealed and photo.evidence
        assert photo.added_by == f"nurse@{KIGALI}"
    with as_(centers.huye, "psy") as huye_psy:
        for a in list_attachments(huye_psy, result.case_number):
            received[a.uid] = read_attachment(huye_psy, a.id)
    assert received == sent


def _kinds(session: UserSession, number: str) -> list[tuple[str, str, str | None]]:
    with session.vault.dbapi() as conn:
        return conn.execute(
            "SELECT a.uid, a.media_type, a.track FROM attachments a JOIN cases c "
            "ON c.id = a.case_id WHERE c.number = ?", (number,)).fetchall()


def test_an_attachment_that_is_not_what_the_case_lists_is_refused(centers):
    number = new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        info = add_attachment(nurse, number, pdf(), file_name="letter.pdf").info
    member = f"{info.uid}.pdf"
    bundles: list[tuple[bytes, str]] = []
    for sequence, (members, change, where) in enumerate((
            ({}, lambda doc: None, "attachments"),  # listed, not carried
            ({member: pdf(), f"{'a' * 32}.pdf": pdf()}, lambda doc: None, "attachments"),
            ({member: pdf(b"other")}, lambda doc: None, "attachments[0]"),
            ({member: pdf()}, lambda doc: doc["attachments"][0].update(size=1),
             "attachments[0]"),
            ({member: pdf()}, lambda doc: doc["attachments"][0].update(name="../x.pdf"),
             "attachments[0]"),
            ({member: pdf()}, lambda doc: doc["attachments"][0].update(
                form="medicine", entry=9, track="medical"), "attachments[0]"),
            ({member: pdf()}, lambda doc: doc["attachments"].append(
                doc["attachments"][0]), "attachments"),
    ), start=1):
        bundles.append((forged_referral(centers, number, sequence=sequence, change=change,
                                        attachments=members), where))
    with as_(centers.huye, "nurse") as huye:
        for bundle, where in bundles:
            with unchanged_but_audited(huye, "referral.refused", "referral.record_invalid"), \
                    pytest.raises(BundleRefused) as caught:
                import_referral(huye, bundle)
            assert caught.value.params == {"record": where}
    # And a document without the key (a sender from before attachments) imports, without any
    bundle = forged_referral(centers, number, sequence=99,
                             change=lambda doc: doc.pop("attachments"))
    with as_(centers.huye, "nurse") as huye:
        result = import_referral(huye, bundle)
        assert list_attachments(huye, result.case_number) == ()


def test_no_decrypted_copy_reaches_the_data_or_temp_folders(centers, tmp_path):
    """Add, list, read, export, refer and import a file holding a canary, under a name
    holding another: afterwards the data folders and every file the system temp folder got
    meanwhile hold neither (but for the one file the user exported, which proves the search
    finds them)."""
    started = time.time() - 1
    canary_text, canary_name = "Kanyana-ATTACH-CANARY-5c1e", "Mukandori-NAME-CANARY-77"
    content = pdf(canary_text.encode())
    number = new_case(centers)
    out = tmp_path / "chosen-by-user"
    out.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        info = add_attachment(nurse, number, content, file_name=f"{canary_name}.pdf").info
        add_attachment(nurse, number, phone_jpeg(), file_name=f"{canary_name}.jpg",
                       track="medical", evidence=True)
        names = [a.file_name for a in list_attachments(nurse, number)]
        assert names == [f"{canary_name}.pdf", f"{canary_name}.jpg"]
        assert read_attachment(nurse, info.id) == content
        export_attachment(nurse, info.id, out / "exported.pdf")
        exported = export_referral(nurse, number, HUYE, "", stick)
    with as_(centers.huye, "nurse") as huye:
        result = import_referral(huye, exported.path.read_bytes())
        for a in list_attachments(huye, result.case_number):
            read_attachment(huye, a.id)
    patterns = needles((canary_text, canary_name))
    for root in (centers.kigali, centers.huye, stick):
        hits, scanned = scan_tree(root, patterns)
        assert scanned and not hits, hits
    hits, scanned = scan_tree(Path(tempfile.gettempdir()), patterns, modified_since=started)
    assert out / "exported.pdf" in scanned
    assert hits == {out / "exported.pdf": {f"{canary_text!r} as UTF-8 NFC"}}


def test_the_attachments_tables_are_append_only(centers):
    number = new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        add_attachment(nurse, number, pdf(), file_name="a.pdf")
        with nurse.vault.dbapi() as conn:
            for sql in ("UPDATE attachments SET file_name = 'b.pdf'",
                        "DELETE FROM attachments", "UPDATE attachment_contents SET data = x'00'",
                        "DELETE FROM attachment_contents",
                        "INSERT INTO attachment_contents VALUES (999, x'00')"):
                with pytest.raises(Exception, match="attachment"):
                    conn.execute(sql)
                conn.rollback()


def test_the_command_line_attaches_lists_and_exports(centers, tmp_path, monkeypatch, capsys):
    def isange(login: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{pw(login)}\n"))
        code = main([*args, "--data-dir", str(centers.kigali), "--user", login,
                     "--password-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    number = new_case(centers)
    photo, fake = tmp_path / "wound.jpg", tmp_path / "letter.pdf"
    photo.write_bytes(phone_jpeg())
    fake.write_bytes(b"not a pdf at all")
    code, out, err = isange("nurse", "case", "attach", number, str(photo), "--track", "medical")
    assert code == 0, err
    assert f"added to case {number}: image/jpeg" in out and "(4 part(s))" in out
    attachment_id = out.split()[1]
    # Bad input: one line, a non-zero exit, before any password is asked
    code, out, err = isange("nurse", "case", "attach", number, str(fake))
    assert code == 2 and err.count("\n") == 1 and "not really a PDF file" in err
    code, out, err = isange("nurse", "case", "attach", number, str(tmp_path / "missing.pdf"))
    assert code == 2 and "Cannot read" in err
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = isange("nurse", "bundle", "export", number, "--to", HUYE, "--out",
                            str(stick))
    assert code == 0 and "Attachments: 1 (" in out and "\n  image/jpeg\t" in out, err
    assert "wound" not in out
    code, out, err = isange("nurse", "case", "attachments", number)
    assert code == 0 and out.startswith(f"{attachment_id}\timage/jpeg\t") \
        and out.rstrip().endswith("\twound.jpg"), err
    target = tmp_path / "copy.jpg"
    code, out, err = isange("nurse", "case", "export-attachment", attachment_id, "--out",
                            str(target))
    assert code == 0 and "Written to" in out, err
    assert gps_of(target.read_bytes()) == {}
    code, out, err = isange("nurse", "case", "export-attachment", attachment_id, "--out",
                            str(target))
    assert code == 2 and "already exists" in err
    code, out, err = isange("psy", "case", "export-attachment", attachment_id, "--out",
                            str(tmp_path / "psy.jpg"))
    assert code == 4 and "does not allow" in err
    code, out, err = isange("nurse", "case", "export-attachment", "x1", "--out",
                            str(tmp_path / "x.jpg"))
    assert code == 2 and "not an attachment number" in err
