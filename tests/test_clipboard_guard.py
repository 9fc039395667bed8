"""The clipboard duty: a value copied from the app is gone after the hold, at the lock and at
exit, unless something else has been copied since; on Windows it is marked so clipboard
history and the cloud clipboard skip it. A real QClipboard (offscreen platform, which keeps
the clipboard inside the process)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from isange_desktop.gui.clipboard_guard import (
    MARKERS,
    ClipboardGuard,
    copy_text,
    is_marked,
    windows_format,
)
from test_gui_lock import canary_case, shell  # noqa: F401  (fixtures)
from test_gui_login import log_in

HOLD_MS = 200
WAIT_MS = 30_000
CASE_VALUE = "KGL-01-2026-00042 Mukamana"

MakeGuard = Callable[..., ClipboardGuard]


@pytest.fixture
def clipboard(qapp) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def make_guard(clipboard: QClipboard) -> Iterator[MakeGuard]:
    made: list[ClipboardGuard] = []

    def make(**options: object) -> ClipboardGuard:
        guard = ClipboardGuard(clipboard, **{"hold_ms": HOLD_MS, "windows": False, **options})
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.dispose()
        guard.deleteLater()


@pytest.fixture
def field(qtbot) -> QLineEdit:
    widget = QLineEdit(CASE_VALUE)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    widget.selectAll()
    return widget


def copy_with_keys(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_c_from_a_field_is_cleared_after_the_hold(qtbot, clipboard, make_guard, field):
    # Given the guard, When a value is copied from a field with Ctrl+C
    guard = make_guard()
    copy_with_keys(qtbot, field)
    assert clipboard.text() == CASE_VALUE
    # Then it is still there to paste at once, and gone when the hold ends
    with qtbot.waitSignal(guard.expired, timeout=WAIT_MS) as ended:
        pass
    assert ended.args == [True]
    assert clipboard.text() == ""


def test_a_copy_the_user_makes_elsewhere_afterwards_stays(qtbot, clipboard, make_guard, field):
    # The app owns the clipboard while it copies; another program's copy is, seen from the
    # app, a change it does not own (what ownsClipboard() answers on Windows and X11).
    app_owns = {"now": True}
    guard = make_guard(owns=lambda _mode: app_owns["now"])
    copy_with_keys(qtbot, field)
    assert clipboard.text() == CASE_VALUE
    # When the user copies something in another program within the hold
    app_owns["now"] = False
    clipboard.setText("a line from the ministry's spreadsheet")
    # Then the hold ends without touching it; nor do the lock or the exit
    with qtbot.waitSignal(guard.expired, timeout=WAIT_MS) as ended:
        pass
    assert ended.args == [False]
    guard.clear_if_ours()
    assert clipboard.text() == "a line from the ministry's spreadsheet"


def test_a_copy_made_without_keys_is_caught_too(qtbot, clipboard, make_guard, field):
    # The field's own copy() is what its context menu's Copy runs
    guard = make_guard()
    field.copy()
    assert clipboard.text() == CASE_VALUE
    with qtbot.waitSignal(guard.expired, timeout=WAIT_MS):
        pass
    assert clipboard.text() == ""


def test_the_lock_clears_at_once(qtbot, clipboard, make_guard, field):
    guard = make_guard(hold_ms=60_000)
    copy_with_keys(qtbot, field)
    assert clipboard.text() == CASE_VALUE
    guard.clear_if_ours()
    assert clipboard.text() == ""


def test_the_exit_clears(qtbot, clipboard, make_guard, field):
    make_guard(hold_ms=60_000)
    copy_with_keys(qtbot, field)
    assert clipboard.text() == CASE_VALUE
    # What QApplication.exec() emits as the event loop ends
    QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard.text() == ""


def assert_marked(clipboard: QClipboard, text: str) -> None:
    data = clipboard.mimeData()
    assert data is not None and data.text() == text
    assert is_marked(data)
    assert bytes(data.data(windows_format("CanIncludeInClipboardHistory")).data()) == \
        b"\x00\x00\x00\x00"
    assert bytes(data.data(windows_format("CanUploadToCloudClipboard")).data()) == \
        b"\x00\x00\x00\x00"
    assert windows_format("ExcludeClipboardContentFromMonitorProcessing") in data.formats()


@pytest.mark.parametrize("how", ["ctrl+c", "copy()", "plain text edit", "copy_text"])
def test_on_windows_a_copy_is_marked_for_history_and_cloud(qtbot, clipboard, make_guard, field,
                                                          how):
    # Listening before the guard: each change as the system sees it, before any re-set
    seen: list[bool] = []

    def announced() -> None:
        data = clipboard.mimeData()
        if data is not None and data.text():
            seen.append(is_marked(data))

    clipboard.dataChanged.connect(announced)
    guard = make_guard(windows=True)
    if how == "ctrl+c":  # marked before it leaves the app (the guard's key filter)
        copy_with_keys(qtbot, field)
    elif how == "copy()":  # marked by the guard's re-set after the change
        field.copy()
    elif how == "plain text edit":
        notes = QPlainTextEdit(CASE_VALUE)
        qtbot.addWidget(notes)
        notes.selectAll()
        copy_with_keys(qtbot, notes)
    else:
        copy_text(CASE_VALUE, windows=True)
    assert_marked(clipboard, CASE_VALUE)
    # A copy the app makes itself never reaches the system unmarked; a widget's own copy is
    # marked right after (the first notice shows it bare)
    assert seen == ([False, True] if how == "copy()" else [True])
    clipboard.dataChanged.disconnect(announced)
    # The marked value is held and cleared like any other
    with qtbot.waitSignal(guard.expired, timeout=WAIT_MS) as ended:
        pass
    assert ended.args == [True]
    assert clipboard.mimeData() is None or clipboard.text() == ""


def test_without_the_windows_flag_nothing_is_added(qtbot, clipboard, make_guard, field):
    make_guard(windows=False)
    copy_with_keys(qtbot, field)
    data = clipboard.mimeData()
    assert data is not None and data.text() == CASE_VALUE
    assert not any(windows_format(name) in data.formats() for name in MARKERS)


def test_a_password_field_copies_nothing_through_the_guard(qtbot, clipboard, make_guard):
    make_guard(windows=True)
    secret = QLineEdit("Nurse-pass-2026")
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(secret)
    secret.selectAll()
    copy_with_keys(qtbot, secret)
    assert clipboard.text() == ""


def test_the_lock_button_clears_a_copied_case_number(qtbot, shell, canary_case,  # noqa: F811
                                                      clipboard):
    # Given a nurse with a case open who copied its number from the header
    window = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    window.open_case(canary_case)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.view is not None,
                    timeout=WAIT_MS)
    header = window.workspace.header
    assert header.copy_number_button.isVisible()
    qtbot.mouseClick(header.copy_number_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == canary_case
    # When she locks (the hold, 30 s, is far from over)
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    # Then the number is no longer there to paste
    assert clipboard.text() == ""
