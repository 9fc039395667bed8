"""Keeps what the app copies from lingering on the system clipboard.

A case number or a name pasted into the ministry's form is the purpose of a copy; the same
value still on the clipboard an hour later, or after the nurse has locked the laptop, is a leak
(the next person at the desk pastes it anywhere). The guard therefore notices every copy the app
makes, whatever widget made it, and clears it after a short hold, at the lock and at exit, but
only while the clipboard still holds that value: something copied since from another program is
the user's and stays.

On Windows the data is also marked with the formats Windows' clipboard history (Win+V) and cloud
clipboard honour, so the value is never kept by Windows beyond our own clear. They are set only
on Windows: elsewhere they mean nothing, and re-setting the clipboard there would only give
clipboard managers a second copy and take X11 ownership twice for no gain.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

HOLD_MS = 30_000
ON_WINDOWS = sys.platform == "win32"

_DWORD_ZERO = (0).to_bytes(4, "little")
# https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats (cloud clipboard and
# clipboard history formats). The first counts by its presence alone.
MARKERS: dict[str, bytes] = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x00",
    "CanIncludeInClipboardHistory": _DWORD_ZERO,
    "CanUploadToCloudClipboard": _DWORD_ZERO,
}
# Platforms whose clipboard lives inside this process: whatever it holds, the app put there.
_PROCESS_LOCAL = frozenset({"offscreen", "minimal"})

Ownership = Callable[[QClipboard.Mode], bool]


def windows_format(name: str) -> str:
    """The MIME type through which Qt on Windows reads and writes a registered clipboard
    format by its name (Qt's last-resort converter)."""
    return f'application/x-qt-windows-mime;value="{name}"'


_MARKER_TYPES = {windows_format(name): data for name, data in MARKERS.items()}


def is_marked(data: QMimeData) -> bool:
    # formats(), not hasFormat(): the latter misses registered formats on Windows.
    return all(kind in data.formats() for kind in _MARKER_TYPES)


def marked(source: QMimeData | str, *, windows: bool) -> QMimeData:
    """A new QMimeData with the source's content, plus the Windows markers when asked."""
    result = QMimeData()
    if isinstance(source, str):
        result.setText(source)
    else:
        for kind in source.formats():
            result.setData(kind, source.data(kind))
    if windows:
        for kind, value in _MARKER_TYPES.items():
            result.setData(kind, QByteArray(value))
    return result


def copy_text(text: str, *, windows: bool = ON_WINDOWS) -> None:
    """Copy a value from the app: marked before it reaches the system, so Windows' history
    never sees it unmarked; the app's ClipboardGuard then holds and clears it."""
    QGuiApplication.clipboard().setMimeData(marked(text, windows=windows))


def _fingerprint(data: QMimeData | None) -> bytes | None:
    """A hash of the content, never the content: the guard keeps no copy of the value."""
    if data is None:
        return None
    digest = hashlib.sha256()
    if data.hasText():
        text = data.text()
        if not text:
            return None
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.digest()
    kinds = sorted(k for k in data.formats() if k not in _MARKER_TYPES)
    if not kinds:
        return None
    for kind in kinds:
        digest.update(kind.encode() + b"\0" + bytes(data.data(kind).data()) + b"\0")
    return digest.digest()


def platform_ownership(clipboard: QClipboard) -> Ownership:
    """Whether the app made the clipboard's current content. Windows, X11 and Wayland track
    ownership; the offscreen platform always answers False, but its clipboard is inside the
    process, so there everything on it is the app's."""
    if QGuiApplication.platformName() in _PROCESS_LOCAL:
        return lambda _mode: True

    def owns(mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return clipboard.ownsSelection()
        return clipboard.ownsClipboard()

    return owns


def _selected_text(widget: QObject) -> str:
    """What a text widget's own Copy would put on the clipboard, as plain text."""
    if isinstance(widget, QLineEdit):
        # A password field copies nothing, and must not through us either.
        if widget.echoMode() == QLineEdit.EchoMode.Normal and widget.hasSelectedText():
            return widget.selectedText()
        return ""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        cursor = widget.textCursor()
        return cursor.selection().toPlainText() if cursor.hasSelection() else ""
    return ""


class ClipboardGuard(QObject):
    """Holds each copy the app makes for ``hold_ms``, then clears it if still there.

    ``expired(bool)`` when a hold ends: True when it cleared the clipboard. ``owns`` says whether
    the app made the current content (the platform's answer by default; tests model another
    program with it). ``dispose()`` before the guard goes: it filters the application's events.
    """

    expired = Signal(bool)

    def __init__(self, clipboard: QClipboard, hold_ms: int = HOLD_MS,
                 windows: bool = ON_WINDOWS, *, owns: Ownership | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._windows = windows
        self._owns = owns or platform_ownership(clipboard)
        self._remarking = False
        self._disposed = False
        self._fingerprints: dict[QClipboard.Mode, bytes] = {}
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            # X11's primary selection: selecting case text puts it there, no Ctrl+C needed.
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(hold_ms)
            timer.timeout.connect(lambda mode=mode: self._expire(mode))
            self._timers[mode] = timer
        clipboard.dataChanged.connect(self._clipboard_changed)
        if QClipboard.Mode.Selection in self._timers:
            clipboard.selectionChanged.connect(self._selection_changed)
        app = QCoreApplication.instance()
        if app is not None:
            # On X11 an owner that exits hands its data to the clipboard manager: clear first.
            app.aboutToQuit.connect(self.clear_if_ours)
            if windows:
                # Ctrl+C in a text field goes out already marked. A copy made any other way is
                # marked by a re-set after Windows announced it, which history may catch first.
                app.installEventFilter(self)
        self._app: QCoreApplication | None = app

    # -- catching copies --------------------------------------------------------------------
    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._remarking:
            return  # our own re-set, on platforms that announce it at once
        data = self._clipboard.mimeData(mode)
        fingerprint = _fingerprint(data)
        if data is None or fingerprint is None or not self._owns(mode):
            # Empty, or another program's: a pending hold compares when it ends.
            return
        if self._windows and mode == QClipboard.Mode.Clipboard and not is_marked(data):
            # Windows announces a change after the fact: the re-set's own notice arrives later,
            # finds the data marked and only restarts the hold.
            replacement = marked(data, windows=True)
            self._remarking = True
            try:
                self._clipboard.setMimeData(replacement, mode)
            finally:
                self._remarking = False
        self._fingerprints[mode] = fingerprint
        self._timers[mode].start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Copy)):
            text = _selected_text(watched)
            if text:
                self._clipboard.setMimeData(marked(text, windows=self._windows))
                return True
        return False

    # -- clearing ---------------------------------------------------------------------------
    def _expire(self, mode: QClipboard.Mode) -> None:
        self.expired.emit(self._clear(mode))

    def clear_if_ours(self) -> None:
        """Clear what the app copied (lock, exit), leaving anything copied since elsewhere."""
        for mode in self._timers:
            self._clear(mode)

    def _clear(self, mode: QClipboard.Mode) -> bool:
        self._timers[mode].stop()
        ours = self._fingerprints.pop(mode, None)
        if ours is None or _fingerprint(self._clipboard.mimeData(mode)) != ours:
            return False
        # Even when a clipboard manager has taken the value over (ownership lost, same
        # content), it is the case's value and goes.
        self._clipboard.clear(mode)
        return True

    def dispose(self) -> None:
        """Stop watching: no Python event filter may outlive its object on the application."""
        if self._disposed:
            return
        self._disposed = True
        for timer in self._timers.values():
            timer.stop()
        self._clipboard.dataChanged.disconnect(self._clipboard_changed)
        if QClipboard.Mode.Selection in self._timers:
            self._clipboard.selectionChanged.disconnect(self._selection_changed)
        if self._app is not None:
            self._app.aboutToQuit.disconnect(self.clear_if_ours)
            if self._windows:
                self._app.removeEventFilter(self)
            self._app = None
