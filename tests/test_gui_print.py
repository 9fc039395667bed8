"""Print, Preview and Save as PDF on a case, on a real vault: the preview and the printer get the
document from memory (no file in the data folder or the temp folder), the printer gets every
page, a saved file is encrypted when a password is given, the medico-legal report is offered
only to the roles that may read it, each action is one audited call with its purpose, and the
document goes when the screen locks."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.gui.print_dialog import PrintDialog
from isange_desktop.i18n.messages import translate
from isange_desktop.services.session import UserSession
from isange_desktop.store.memory_keyring import MemoryKeyring
from two_centers import HUYE, INTAKE, Centers, as_, build_centers, worked_case

from conftest import with_own_store

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
SURVIVOR = INTAKE["person"]["family_name"].encode()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Centers, str, MemoryKeyring]:
    """Two centers and one worked case, consented for Huye, made once for the module."""
    root = tmp_path_factory.mktemp("print")

    def make() -> tuple[Centers, str]:
        centers = build_centers(root)
        return centers, worked_case(centers, HUYE)

    (centers, number), store = with_own_store(make)
    return centers, number, store


@pytest.fixture
def kigali(built: tuple[Centers, str, MemoryKeyring], tmp_path: Path,
           memory_keyring: MemoryKeyring) -> Path:
    centers, _number, store = built
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
    return shutil.copytree(centers.kigali, tmp_path / "kigali")


@pytest.fixture
def number(built: tuple[Centers, str, MemoryKeyring]) -> str:
    return built[1]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder of Python and Qt for this test alone, so its listing means something
    while other processes use the shared one."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == folder
    return folder


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def top_files(folder: Path) -> dict[Path, int]:
    found = {}
    for entry in os.scandir(folder):
        if entry.is_file(follow_symlinks=False):
            found[Path(entry.path)] = entry.stat().st_mtime_ns
    return found


def printed_events(session: UserSession, number: str) -> list[dict[str, object]]:
    with session.vault.dbapi() as conn:
        rows = conn.execute("SELECT details FROM audit_events WHERE action = 'case.printed' "
                            "AND object_id = ? ORDER BY seq", (number,)).fetchall()
    return [json.loads(r[0]) for r in rows]


def open_dialog(qtbot, session: UserSession, runner, number: str
                ) -> tuple[CaseWorkspace, PrintDialog]:
    workspace = CaseWorkspace(session, runner, number)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
    assert workspace.print_button.isVisible()
    qtbot.mouseClick(workspace.print_button, LEFT)
    dialog = workspace.print_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)  # the centers are listed
    return workspace, dialog


@pytest.fixture
def nurse(kigali: Path) -> Iterator[UserSession]:
    with as_(kigali, "nurse") as session:
        yield session


def test_preview_and_print_come_from_memory(qtbot, nurse, number, runner, tmp_path,
                                            private_tmp):
    # Given the nurse's Print dialog on the case, and what the disk holds before
    workspace, dialog = open_dialog(qtbot, nurse, runner, number)
    assert dialog.language.currentData() == "en"  # the screen's language by default
    data_before = files_under(nurse.vault.data_dir)
    shared_before = top_files(Path("/tmp"))
    # When she previews the summary in French (the screen stays English)
    dialog.choose("summary", "fr")
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(dialog.preview_button, LEFT)
    pages = shown.args[0]
    # Then the document is read from memory and shown, with its pages to go through
    document = dialog.preview_document()
    assert document is not None and document.pageCount() == pages > 0
    assert dialog.view.isVisible() and dialog.preview_hint.isHidden()
    assert dialog.pdf.page_count.text() == f"of {pages}"
    if pages > 1:
        qtbot.mouseClick(dialog.pdf.next_button, LEFT)
        qtbot.waitUntil(lambda: dialog.view.pageNavigator().currentPage() == 1)
        assert dialog.pdf.page.value() == 2
    dialog.pdf.zoom_step(1)  # from "fit width" to the next factor up
    assert dialog.view.zoomFactor() > 0 and dialog.pdf.zoom.currentIndex() > 1
    # When she prints it (below the Qt print dialog: a printer writing a PDF elsewhere)
    out = tmp_path / "printer" / "printed.pdf"
    out.parent.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS) as printed:
        dialog.print_to(printer)
    # Then the printer got every page of the document
    assert printed.args == [pages]
    assert len(PdfReader(out).pages) == pages
    assert dialog.message.text() == f"Pages sent to the printer: {pages}."
    # And nothing was written to the vault's folder or a temp folder
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert files_under(nurse.vault.data_dir) - data_before == set()
    assert files_under(private_tmp) == set()
    for path, mtime in top_files(Path("/tmp")).items():  # shared: other programs write there
        if shared_before.get(path) == mtime:
            continue
        try:
            written = path.read_bytes()
        except OSError:  # gone already, or not ours to read
            continue
        assert SURVIVOR not in written, path
    # And each action is one audited call, with its purpose and language
    assert [(e["kind"], e["purpose"], e["language"]) for e in printed_events(nurse, number)] \
        == [("summary", "preview", "fr"), ("summary", "print", "fr")]
    # When she chooses another language, the preview of the French one goes
    dialog.choose("summary", "en")
    assert dialog.preview_document() is None and dialog.view.isHidden()
    # And the Qt print dialog offers printers only: a file would be a save, audited as one
    dialog.choose_printer()
    printer_dialog = dialog.printer_dialog
    assert printer_dialog is not None and printer_dialog.isVisible()
    assert not printer_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    # When the screen locks, the dialog closes with its document and the print dialog
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.preview()
    workspace.discard()
    assert workspace.print_dialog is None
    assert dialog.preview_document() is None and not dialog.isVisible()
    assert not shiboken6.isValid(printer_dialog) or not printer_dialog.isVisible()
    assert len(printed_events(nurse, number)) == 3


def test_save_as_pdf_with_a_password(qtbot, nurse, number, runner, tmp_path):
    workspace, dialog = open_dialog(qtbot, nurse, runner, number)
    target = tmp_path / "saved" / "summary.pdf"
    target.parent.mkdir()
    # When the two passwords differ, nothing is rendered
    qtbot.keyClicks(dialog.password, "Kigali 2026!")
    qtbot.keyClicks(dialog.confirm, "Kigali 2025!")
    dialog.save_to(target)
    assert dialog.error.text() == "The two passwords are not the same. Type them again."
    assert dialog.confirm.hasFocus() or not dialog.isActiveWindow()
    # And a password a PDF reader would not open alike is refused, with the rule
    dialog.password.setText("Ubuzima-é")
    dialog.confirm.setText("Ubuzima-é")
    dialog.save_to(target)
    assert dialog.error.text() == translate("print.password_invalid")
    assert printed_events(nurse, number) == [] and not target.exists()
    # When she types it twice alike, the file dialog offers a name with nothing of the case,
    # and asks before replacing a file
    dialog.password.setText("Kigali 2026!")
    dialog.confirm.setText("Kigali 2026!")
    dialog.choose_file()
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.isVisible() and dialog.error.isHidden()
    assert chooser.defaultSuffix() == "pdf"
    assert not chooser.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert Path(chooser.selectedFiles()[0]).name == "case-summary.pdf"
    chooser.reject()
    assert printed_events(nurse, number) == []
    # And once she chose where, the document is saved there
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_to(target)
    # Then the file is encrypted, opens with the password, and the fields are emptied
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert reader.decrypt("Kigali 2026!")
    assert "Case summary" in reader.pages[0].extract_text()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert dialog.password.text() == dialog.confirm.text() == ""
    assert dialog.message.text() == (f"{target} written. It opens only with its password.")
    # And saving again over it without the file dialog's confirmation changes nothing
    before = target.read_bytes()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS):
        dialog.save_to(target)
    assert dialog.error.text() == translate("print.file_exists", path=str(target))
    assert target.read_bytes() == before
    # With it (the person said yes to replacing), a file without a password replaces it
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_to(target, replace=True)
    assert not PdfReader(target).is_encrypted
    assert [(e["purpose"], e["password"]) for e in printed_events(nurse, number)] == [
        ("save", True), ("save", False)]
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.pdf"]  # no temp left
    workspace.discard()


def test_documents_offered_follow_the_role(qtbot, kigali, number, runner):
    # The counsellor may not read the medico-legal report: it is not offered
    with as_(kigali, "psy") as psy:
        workspace, dialog = open_dialog(qtbot, psy, runner, number)
        assert dialog.kinds() == ["summary", "referral_slip"]
        assert [dialog.kind.itemText(i) for i in range(2)] == ["Case summary", "Referral slip"]
        # A slip needs its center: the row shows, and without a choice nothing is asked
        assert not dialog.document_layout.isRowVisible(dialog.center)
        dialog.choose("referral_slip")
        assert dialog.document_layout.isRowVisible(dialog.center)
        assert dialog.center.itemData(dialog.center.count() - 1) == "MUS-01"
        dialog.preview()
        assert dialog.error.text() == "Choose the center the referral slip is for."
        # The slip for Huye, which the survivor's consent names, previews
        dialog.choose("referral_slip", center=HUYE)
        with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
            dialog.preview()
        assert dialog.error.isHidden()
        assert [(e["kind"], e.get("center")) for e in printed_events(psy, number)] == [
            ("referral_slip", HUYE)]
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        workspace.discard()
    # The RIB investigator, for whom it is written, gets it; unsigned, the service says why
    with as_(kigali, "rib") as rib:
        workspace, dialog = open_dialog(qtbot, rib, runner, number)
        assert dialog.kinds() == ["summary", "medico_legal", "referral_slip"]
        dialog.choose("medico_legal")
        with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
            qtbot.mouseClick(dialog.preview_button, LEFT)
        assert failed.args == [translate("print.medico_legal_unsigned", number=number)]
        assert dialog.error.text() == failed.args[0] and dialog.message.text() == ""
        assert dialog.preview_document() is None and dialog.preview_button.isEnabled()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        workspace.discard()
