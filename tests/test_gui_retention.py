"""Data protection > Retention, on real vaults: the manager's panel lists a voided case eleven
years on, archives it through the confirmation and the folder chooser (answered as a person
would: the app's own dialogs are shown with open(), so nothing is monkeypatched), and the case
leaves the list with one archive file written; a refused run says why and keeps the list.

Kacyiru and Huye are tests/two_centers.py's centers; Huye stands in for a national archive.
The panel is given ``now`` eleven years ahead, past the default ten years, instead of a faked
clock.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from isange_desktop.gui.retention_panel import ArchiveConfirmDialog, RetentionPanel
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import void_case
from isange_desktop.services.retention import cases_past_retention
from isange_desktop.services.session import UserSession
from two_centers import HUYE, HUYE_NAME, NOW, Centers, as_, centers_fixtures, intake

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
built, centers = centers_fixtures()
LATER = datetime.now(UTC) + timedelta(days=366 * 11)  # past the default ten years


def voided_case(centers: Centers) -> str:
    """A Kacyiru case voided by the manager today: due eleven years from now."""
    with as_(centers.kigali, "nurse") as nurse:
        number = create_case(nurse, intake(), now=NOW).number
    with as_(centers.kigali, "manager") as manager:
        void_case(manager, number, "opened twice by mistake")
    return number


@pytest.fixture
def number(centers: Centers) -> str:
    return voided_case(centers)


@pytest.fixture
def manager(centers: Centers, number: str) -> Iterator[UserSession]:
    # A vault is open in one session at a time: the case is made before the manager logs in.
    # Requested before ``runner`` in each test, so the runner is drained before the logout.
    with as_(centers.kigali, "manager") as session:
        yield session


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "archives"
    folder.mkdir()
    return folder


def shown_panel(qtbot, session: UserSession, runner, now: datetime | None = LATER
                ) -> RetentionPanel:
    panel = RetentionPanel(session, runner, now=now)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.refresh()
    return panel


def confirm(qtbot, panel: RetentionPanel) -> ArchiveConfirmDialog:
    with qtbot.waitSignal(panel.dialog_shown) as shown:
        qtbot.mouseClick(panel.archive_button, LEFT)
    dialog = shown.args[0]
    assert dialog.isVisible()
    return dialog


def go_to_folder(qtbot, panel: RetentionPanel, dialog: ArchiveConfirmDialog) -> QFileDialog:
    with qtbot.waitSignal(panel.folder_dialog_shown) as shown:
        qtbot.mouseClick(dialog.go_button, LEFT)
    chooser = shown.args[0]
    assert chooser.isVisible() and chooser.fileMode() == QFileDialog.FileMode.Directory
    return chooser


def answer(chooser: QFileDialog, folder: Path) -> None:
    """What a person does in the folder chooser: select the folder, press Choose."""
    chooser.selectFile(str(folder))
    chooser.accept()


def test_a_due_case_is_archived_through_the_dialogs_and_leaves_the_list(
        number, manager, qtbot, runner, out):
    # Given a case voided today, and the manager's panel eleven years on
    panel = shown_panel(qtbot, manager, runner)
    # Then it is listed, without names, its status in words, and the period is said
    assert panel.numbers() == [number]
    assert [panel.table.item(0, c).text() for c in (0, 1, 4)] == [number, "Voided", "0"]
    assert "kept for 10 years" in panel.period.text()
    assert "Administration" in panel.period.text()
    assert not panel.archive_button.isEnabled()  # nothing ticked yet
    # (Today the same case is not yet due.)
    today = shown_panel(qtbot, manager, runner, now=None)
    assert today.numbers() == [] and "10" in today.count.text()

    # When the manager selects all and asks to archive
    qtbot.mouseClick(panel.select_all_button, LEFT)
    assert panel.checked_numbers() == [number] and panel.archive_button.isEnabled()
    dialog = confirm(qtbot, panel)
    # Then the confirmation says what happens, and offers this center or a pinned one
    said = dialog.explanation.text()
    assert "cannot be undone" in said and "read back and checked" in said
    assert "cupboard" in said and "1" in said
    choices = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    assert choices[0] == "This center" and f"{HUYE_NAME} ({HUYE})" in choices
    assert dialog.recipient_code() is None
    # When confirmed and a folder chosen
    chooser = go_to_folder(qtbot, panel, dialog)
    with (qtbot.waitSignal(panel.loaded, timeout=WAIT_MS),  # the list read again after
          qtbot.waitSignal(panel.archived, timeout=WAIT_MS) as done):
        answer(chooser, out)
    # Then one archive file is written, the case leaves the list and the vault
    [written] = list(out.iterdir())
    run = done.args[0]
    assert [c.path for c in run.cases] == [written]
    assert panel.numbers() == [] and not panel.archive_button.isEnabled()
    sha = hashlib.sha256(written.read_bytes()).hexdigest()
    assert written.name in panel.message.text() and sha[:16] in panel.message.text()
    assert "this center" in panel.message.text()
    assert cases_past_retention(manager, now=LATER).cases == ()


def test_an_archive_for_a_pinned_center_names_it(number, manager, qtbot, runner, out):
    # Given a due case, archived for Huye (standing in for the national archive)
    panel = shown_panel(qtbot, manager, runner)
    panel.set_checked(number)
    dialog = confirm(qtbot, panel)
    dialog.choose_recipient(HUYE)
    chooser = go_to_folder(qtbot, panel, dialog)
    with qtbot.waitSignal(panel.archived, timeout=WAIT_MS) as done:
        answer(chooser, out)
    # Then the run is addressed to Huye, and said so
    assert done.args[0].recipient_code == HUYE
    assert f"{HUYE_NAME} ({HUYE})" in panel.message.text()
    assert len(list(out.iterdir())) == 1


def test_a_refused_archive_says_why_and_the_case_stays(number, manager, qtbot, runner, out):
    # Given a due case, ticked, confirmed, and its folder chosen
    panel = shown_panel(qtbot, manager, runner)
    panel.set_checked(number)
    chooser = go_to_folder(qtbot, panel, confirm(qtbot, panel))
    # When the folder is gone (a stick pulled out) before the run reaches it: the single
    # worker is held until the folder was removed
    hold = threading.Event()
    runner.run(lambda: hold.wait(WAIT_MS / 1000))
    with qtbot.waitSignal(panel.failed, timeout=WAIT_MS) as failed:
        answer(chooser, out)
        out.rmdir()
        hold.set()
    # Then one clear message in the user's language, and the list as it was
    expected = translate("retention.folder_missing", path=str(out))
    assert failed.args == [expected] and panel.message.text() == expected
    assert panel.numbers() == [number] and panel.checked_numbers() == [number]
    assert panel.archive_button.isEnabled()
    assert [c.number for c in cases_past_retention(manager, now=LATER).cases] == [number]


def test_discard_closes_the_dialogs_and_forgets_the_list(number, manager, qtbot, runner):
    # Given the confirmation open over a listed case
    panel = shown_panel(qtbot, manager, runner)
    panel.set_checked(number)
    dialog = confirm(qtbot, panel)
    # When the app locks
    panel.discard()
    # Then the dialog is gone and nothing of the list is left on screen
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert panel.table.rowCount() == 0 and panel.numbers() == []
    assert panel.period.text() == "" and not panel.archive_button.isEnabled()
