"""Attachments in the case workspace, on a real vault: a PNG, a JPEG and a PDF added through the
Attachments tab and a track tab, shown from memory (the image at its size, the PDF's pages),
exported byte for byte after the warning, refused with one clear message when too big or not
what their name says, hidden from a role that may not see their track; and a canary in the
files and in a case field found afterwards only in the one file the user exported.

The system's file dialogs are answered as a person would (a file selected, then accepted): the
dialogs are the app's own QFileDialog, shown with open(), so no monkeypatching is needed.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
import uuid
from pathlib import Path

import shiboken6
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from attachment_files import pdf, phone_jpeg, plain_jpeg, scan_tiff
from isange_desktop.domain.attachment_rules import MAX_ATTACHMENT_BYTES
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.attachment_field import AttachmentFieldEditor
from isange_desktop.gui.attachment_list import AttachmentList
from isange_desktop.gui.attachment_viewer import AttachmentViewer
from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.i18n.messages import translate
from isange_desktop.services.attachments import AttachmentInfo, add_attachment, list_attachments
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case
from isange_desktop.services.session import UserSession
from test_no_plaintext import needles, scan_tree
from two_centers import HUYE, NOW, Centers, as_, centers_fixtures, intake

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
built, centers = centers_fixtures()


def new_case(centers: Centers) -> str:
    with as_(centers.kigali, "nurse") as nurse:
        return create_case(nurse, intake(HUYE), now=NOW).number


def noise_png(text: str | None = None, size: tuple[int, int] = (37, 23)) -> bytes:
    """A PNG of random pixels (its bytes are found nowhere else), with a tEXt chunk."""
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    info = PngInfo()
    if text is not None:
        info.add_text("Comment", text)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def open_workspace(qtbot, session: UserSession, runner, number: str) -> CaseWorkspace:
    workspace = CaseWorkspace(session, runner, number)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
    return workspace


def show_list(qtbot, workspace: CaseWorkspace, track: Track | None = None) -> AttachmentList:
    """The Attachments tab's list (or a track tab's), shown: it lists when first seen."""
    if track is None:
        tab = workspace.attachments_tab
        assert tab is not None
        workspace.tabs.setCurrentWidget(tab)
        listing = tab.list
    else:
        track_tab = workspace.track_tabs[track]
        workspace.tabs.setCurrentWidget(track_tab)
        track_tab.pages.setCurrentWidget(track_tab.attachments)
        listing = track_tab.attachments
    qtbot.waitUntil(lambda: listing._loaded, timeout=WAIT_MS)
    return listing


def answer(chooser: QFileDialog | None, path: Path) -> None:
    """What a person does in the file dialog: select the file, press Open or Save."""
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(path))
    chooser.accept()


def add_through_dialog(qtbot, runner, listing: AttachmentList, path: Path, *,
                       track: Track | None = None, evidence: bool = False):
    dialog = listing.open_add_dialog()
    answer(dialog.choose_file(), path)
    assert dialog.add_button.isEnabled()
    dialog.choose(track, evidence)
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return dialog


def view(qtbot, listing: AttachmentList, row: int) -> AttachmentViewer:
    listing.table.selectRow(row)
    with qtbot.waitSignal(listing.viewed, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(listing.view_button, LEFT)
    viewer = shown.args[0]
    assert viewer.isVisible()
    return viewer


def export(qtbot, runner, listing: AttachmentList, row: int, target: Path) -> None:
    listing.table.selectRow(row)
    box = listing.export_selected()
    assert box is not None and "not encrypted" in box.text()
    go = next(b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go.click()
    answer(listing.file_dialog, target)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def column(listing: AttachmentList, index: int) -> list[str]:
    return [listing.table.item(r, index).text() for r in range(listing.table.rowCount())]


# -- adding, viewing, exporting --------------------------------------------------------------
def test_files_added_through_the_tab_are_listed_viewed_and_exported(
        qtbot, centers, runner, tmp_path):
    number = new_case(centers)
    picked = tmp_path / "picked"
    picked.mkdir()
    png, jpeg, document = noise_png(), phone_jpeg(), pdf(b"Referral letter")
    (picked / "wound.png").write_bytes(png)
    (picked / "arm.jpg").write_bytes(jpeg)
    (picked / "letter.pdf").write_bytes(document)
    with as_(centers.kigali, "nurse") as nurse:
        workspace = open_workspace(qtbot, nurse, runner, number)
        assert "Attachments" in workspace.tab_titles()
        listing = show_list(qtbot, workspace)
        assert listing.table.rowCount() == 0
        # When the nurse adds a PNG as medical evidence, a phone JPEG as a plain photo and a
        # PDF to the intake
        add_through_dialog(qtbot, runner, listing, picked / "wound.png", track=Track.MEDICAL,
                           evidence=True)
        assert listing.message.text() == ("The file was added. "
                                          + translate("attachment.evidence_sealed"))
        add_through_dialog(qtbot, runner, listing, picked / "arm.jpg", track=Track.MEDICAL)
        # Then the photo lost its location and camera data, and says so
        assert "Location and camera details were removed." in listing.message.text()
        add_through_dialog(qtbot, runner, listing, picked / "letter.pdf")
        # And each row shows its kind, name, part, who and whether it is sealed evidence
        assert column(listing, 0) == ["Photo", "Photo", "PDF"]
        assert column(listing, 1) == ["wound.png", "arm.jpg", "letter.pdf"]
        assert column(listing, 3) == ["Medical", "Medical", "Intake"]
        assert column(listing, 4) == ["nurse"] * 3
        assert column(listing, 6) == ["Evidence, sealed", "", ""]
        assert listing.selected() is not None and listing.selected().file_name == "letter.pdf"
        # And the medical tab's own list shows the two photos only
        medical = show_list(qtbot, workspace, Track.MEDICAL)
        assert column(medical, 1) == ["wound.png", "arm.jpg"]
        assert medical.table.isColumnHidden(3)

        # When she views the PNG, it is shown from memory at its own size
        viewer = view(qtbot, listing, 0)
        assert viewer.windowTitle() == f"Photo of the case {number}"  # never the file name
        assert viewer.shown_pixmap().size().toTuple() == (37, 23)
        viewer.zoom_step(1)
        assert viewer.shown_pixmap().width() > 37
        # And the PDF in the print dialog's preview, with its pages
        pdf_viewer = view(qtbot, listing, 2)
        assert not shiboken6.isValid(viewer) or not viewer.isVisible()  # one at a time
        assert pdf_viewer.document() is not None and pdf_viewer.document().pageCount() == 1
        pdf_viewer.reject()
        assert pdf_viewer.document() is None if shiboken6.isValid(pdf_viewer) else True

        # When she exports the evidence photo after the warning, the copy is byte for byte
        out = tmp_path / "out"
        out.mkdir()
        export(qtbot, runner, listing, 0, out / "copy.png")
        assert (out / "copy.png").read_bytes() == png
        assert "is not encrypted" in listing.message.text()
        # And an export never replaces a file (the file dialog asked; the service refuses)
        listing.export_to(listing.rows[2], out / "copy.png")
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        assert listing.message.text() == translate("attachment.file_exists",
                                                   path=str(out / "copy.png"))
        assert (out / "copy.png").read_bytes() == png
        # When the screen locks, the lists empty and the viewer goes with its file
        again = view(qtbot, listing, 1)
        workspace.discard()
        assert listing.table.rowCount() == 0 and listing.rows == []
        assert not shiboken6.isValid(again) or not again.isVisible()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_a_file_too_big_or_not_what_its_name_says_is_refused_with_one_message(
        qtbot, centers, runner, tmp_path):
    number = new_case(centers)
    big = tmp_path / "scan.png"
    with big.open("wb") as fh:  # sparse: the size without the disk space
        fh.write(b"\x89PNG\r\n\x1a\n")
        fh.truncate(MAX_ATTACHMENT_BYTES + 2 * 2**20)
    renamed = tmp_path / "report.pdf"
    renamed.write_bytes(plain_jpeg())
    with as_(centers.kigali, "nurse") as nurse:
        workspace = open_workspace(qtbot, nurse, runner, number)
        listing = show_list(qtbot, workspace)
        # When she picks a file larger than the limit
        dialog = add_through_dialog(qtbot, runner, listing, big)
        # Then one message says its size and the limit, in her language, and nothing is added
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.error.text() == translate("attachment.too_large", size="27.0",
                                                limit=str(MAX_ATTACHMENT_BYTES // 2**20))
        # When she picks a JPEG named .pdf instead, in the same dialog
        answer(dialog.choose_file(), renamed)
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        assert dialog.error.text() == translate("attachment.type_mismatch", claimed="PDF")
        dialog.reject()
        assert list_attachments(nurse, number) == ()
        assert listing.table.rowCount() == 0
        workspace.discard()


def test_the_counsellor_does_not_see_the_medical_photos(qtbot, centers, runner):
    number = new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        add_attachment(nurse, number, plain_jpeg(), file_name="injury.jpg", track="medical")
        add_attachment(nurse, number, pdf(), file_name="consent-form.pdf")
    with as_(centers.kigali, "psy") as psy:
        workspace = open_workspace(qtbot, psy, runner, number)
        assert Track.MEDICAL not in workspace.track_tabs
        listing = show_list(qtbot, workspace)
        # Only the intake's scan: the medical photo is not listed, not even its name
        assert column(listing, 1) == ["consent-form.pdf"]
        # She may add to the intake and her own tracks, never to the medical one
        dialog = listing.open_add_dialog()
        places = [dialog.place.itemData(i) for i in range(dialog.place.count())]
        assert places == [None, "psychosocial", "shelter"]
        dialog.reject()
        # Her track tab lists its own files (none) and offers Add
        own = show_list(qtbot, workspace, Track.PSYCHOSOCIAL)
        assert own.table.rowCount() == 0 and own.add_button.isVisibleTo(own)
        # The legal tab she may read, but not add to
        legal = workspace.track_tabs[Track.LEGAL].attachments
        assert not legal.add_button.isVisibleTo(legal)
        workspace.discard()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_a_tiff_scan_is_shown_and_fitted_to_the_window(qtbot):
    # The TIFF image plugin ships with PySide6 (offscreen included): scans need it
    assert b"tiff" in [bytes(f) for f in QImageReader.supportedImageFormats()]
    info = AttachmentInfo(1, "u1", "KGL-01-2026-00001-X", "scan.tif", "image/tiff", 1, "0" * 64,
                          None, None, None, False, False, "nurse", "2026-11-20T08:00:00+00:00")
    viewer = AttachmentViewer(info, scan_tiff())
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.unreadable
    assert viewer.shown_pixmap().size().toTuple() == (40, 30)  # small: never blown up
    viewer.image_scroll.setFixedSize(60, 60)  # a window smaller than a larger zoom
    viewer.zoom.setCurrentIndex(viewer.zoom.findData(3.0))
    assert viewer.shown_pixmap().size().toTuple() == (120, 90)
    viewer.zoom.setCurrentIndex(0)  # fit to the window again: it shrinks to fit
    assert viewer.shown_pixmap().width() <= viewer.image_scroll.viewport().width()
    viewer.reject()
    assert viewer.image.isNull() and viewer.shown_pixmap().isNull()
    # Bytes that are not an image say so, and hold nothing
    broken = AttachmentViewer(info, b"II*\x00 not really a scan")
    qtbot.addWidget(broken)
    assert broken.unreadable and broken.image_label.text() == "This image could not be shown."


# -- the canary ------------------------------------------------------------------------------
def test_a_canary_in_files_and_a_field_reaches_only_the_exported_file(
        qtbot, centers, runner, tmp_path):
    """View, print preview and export, then search every file of the vault's folder (the
    database, its -wal, -shm and -journal) and every file the temp folders got meanwhile:
    the canary and the files' bytes are only in the one file the user exported."""
    started = time.time() - 1
    canary = f"CANARY-{uuid.uuid4()}"
    number = new_case(centers)
    png, document = noise_png(canary), pdf(canary.encode())
    picked = tmp_path / "picked"
    picked.mkdir()
    # The files the user picks are hers (and hold the canary): made before the test began
    for name, data in (("photo.png", png), ("statement.pdf", document)):
        (picked / name).write_bytes(data)
        os.utime(picked / name, (started - 3600, started - 3600))
    with as_(centers.kigali, "nurse") as nurse:
        save_form(nurse, number, "medical",
                  {"triage_priority": "urgent", "arrival_condition": "stable",
                   "report_findings": f"Bruises on the left arm {canary}"})
        workspace = open_workspace(qtbot, nurse, runner, number)
        listing = show_list(qtbot, workspace)
        add_through_dialog(qtbot, runner, listing, picked / "photo.png", track=Track.MEDICAL,
                           evidence=True)  # kept byte for byte: the tEXt canary stays in
        add_through_dialog(qtbot, runner, listing, picked / "statement.pdf")
        assert listing.table.rowCount() == 2
        # View both
        image = view(qtbot, listing, 0)
        assert image.shown_pixmap().size().toTuple() == (37, 23)
        shown = view(qtbot, listing, 1)
        assert shown.document().pageCount() == 1
        shown.reject()
        # Print: the medico-legal report (it holds the findings) previewed from memory
        dialog = workspace.open_print()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        dialog.choose("medico_legal")
        with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
            dialog.preview()
        previewed = dialog.preview_document()
        assert any(canary in previewed.getAllText(page).text().replace("\n", "")
                   for page in range(previewed.pageCount()))
        dialog.reject()
        # Export the PDF, the user's one explicit copy
        out = tmp_path / "exported"
        out.mkdir()
        export(qtbot, runner, listing, 1, out / "statement-copy.pdf")
        assert (out / "statement-copy.pdf").read_bytes() == document
        workspace.discard()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        patterns = needles((canary,)) | {png: "the PNG's bytes", document: "the PDF's bytes"}
        expected = {f"{canary!r} as UTF-8 NFC", "the PDF's bytes"}
        # While the vault is open: its write-ahead log holds the latest pages
        scanned = assert_only_the_export_holds(nurse.vault.data_dir, patterns, started,
                                               out / "statement-copy.pdf", expected)
        assert {"vault.db", "vault.db-wal"} <= {p.name for p in scanned}
        data_dir = nurse.vault.data_dir
    # And once it is closed (the log checkpointed into the database)
    scanned = assert_only_the_export_holds(data_dir, patterns, started,
                                           out / "statement-copy.pdf", expected)
    assert "vault.db" in {p.name for p in scanned}


def assert_only_the_export_holds(data_dir: Path, patterns: dict[bytes, str], started: float,
                                 exported: Path, expected: set[str]) -> set[Path]:
    """Every file of the vault's folder however old (the database and its -wal, -shm or
    -journal are SQLCipher-encrypted), and every file the temp folders of Python and Qt got
    since ``started``: the canary and the files' bytes are found only in ``exported`` (the
    ``expected`` labels), which the search must reach (proof that it would find them
    elsewhere). Returns the vault's files read."""
    hits, vault_files = scan_tree(data_dir, patterns)
    assert not hits, hits
    temps = {Path(tempfile.gettempdir()),
             Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))}
    found: dict[Path, set[str]] = {}
    everything: set[Path] = set()
    for temp in temps:
        hits, scanned = scan_tree(temp, patterns, modified_since=started)
        everything |= scanned
        found |= hits
    assert exported in everything
    assert found == {exported: expected}, found
    return vault_files


# -- the form field that lists photos ---------------------------------------------------------
def test_the_photographs_field_links_the_medical_tracks_files(qtbot, centers, runner,
                                                              tmp_path):
    number = new_case(centers)
    (tmp_path / "bruise.jpg").write_bytes(plain_jpeg())
    with as_(centers.kigali, "nurse") as nurse:
        workspace = open_workspace(qtbot, nurse, runner, number)
        tab = workspace.track_tabs[Track.MEDICAL]
        # Given a photo added on the medical track's Attachments page
        medical = show_list(qtbot, workspace, Track.MEDICAL)
        add_through_dialog(qtbot, runner, medical, tmp_path / "bruise.jpg")
        uid = medical.rows[0].uid
        # When the nurse chooses it in the form's Photographs field
        tab.pages.setCurrentIndex(0)
        field = tab.editor.editor("injury_photos")
        assert isinstance(field, AttachmentFieldEditor)
        assert field.shown_lines() == ["No files chosen."]
        chooser = field.open_chooser()
        choices = chooser.findChild(type(field.files), "choices")
        assert choices.count() == 1 and choices.item(0).text() == "Photo \u00b7 bruise.jpg"
        choices.item(0).setCheckState(Qt.CheckState.Checked)
        chooser.accept()
        # Then the field names the file, the form has changed, and saving keeps the link
        assert field.value() == [uid] and field.shown_lines() == ["Photo \u00b7 bruise.jpg"]
        assert tab.is_dirty()
        tab.editor.set_values({**tab.editor.values(), "triage_priority": "urgent",
                               "arrival_condition": "stable"})
        with qtbot.waitSignal(workspace.loaded, timeout=WAIT_MS):
            tab.save()
        assert open_case(nurse, number).forms["medical"][0]["injury_photos"] == [uid]
        # And double-clicking it shows the photo
        with qtbot.waitSignal(medical.viewed, timeout=WAIT_MS) as shown:
            field.files.itemActivated.emit(field.files.item(0))
        assert shown.args[0].shown_pixmap().size().toTuple() == (24, 16)
        workspace.discard()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
