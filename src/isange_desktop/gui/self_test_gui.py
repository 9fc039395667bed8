"""`isange-desktop --self-test`: the core checks (isange_desktop.self_test) plus what only the
desktop app needs, so a frozen build that lost a Qt plugin or a resource file fails here and
not in front of a nurse.

Before the vault checks: Qt's platform plugin, the login window (as the app shows it at start;
its line is what the start-up measurement times), every Designer form, the three languages'
translations (the project's and Qt's own), the body-map drawings. After them: the printed case
summary opened and drawn with QtPdf, as the print preview does. Offscreen is enough
(QT_QPA_PLATFORM=offscreen); no window needs a person to look at it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from isange_desktop import self_test
from isange_desktop.gui.designer_forms import load_ui
from isange_desktop.gui.languages import LanguageChooser, apply_language
from isange_desktop.gui.shell import AppShell
from isange_desktop.i18n.messages import current_language
from isange_desktop.resource_files import resource_path
from isange_desktop.self_test import Check, CheckFailed

if TYPE_CHECKING:
    from isange_desktop.self_test_core import CoreChecks

# The top-level classes the forms in ui/ are built on (the owner's class must be one).
_OWNERS: dict[str, type[QWidget]] = {"QWidget": QWidget, "QDialog": QDialog,
                                      "QMainWindow": QMainWindow}
# The platform Qt picks when QT_QPA_PLATFORM is not set.
_DEFAULT_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
# _LATER: what the app's start does not load (QtPdf, QtSvg, the form definitions) is imported
# by the check that needs it, after the login window's line: that line times a real start.
# A text of each translation that must come out translated (it is in the login window).
_OWN_TEXT = ("LoginWindow", "Isange Desktop - Log in")
_QT_TEXT = ("QPlatformTheme", "Cancel")  # Qt's own standard button


def platform_problem() -> str | None:
    """Why Qt would find no platform plugin, or None. Asked before the QApplication exists:
    without its plugin Qt ends the process on the spot, with no line of ours."""
    wanted = (os.environ.get("QT_QPA_PLATFORM") or _DEFAULT_PLATFORM).split(":")[0].strip()
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    extra = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if extra:
        folders.append(Path(extra))
    for folder in folders:
        if folder.is_dir() and any(f"q{wanted}" in p.name.lower() for p in folder.iterdir()):
            return None
    return f"no {wanted!r} platform plugin in " + (
        ", ".join(str(f) for f in folders) or "any Qt plugin folder")


class GuiChecks:
    """The desktop's checks; `before` and `after` are handed to self_test.run."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.shell: AppShell | None = None

    def before(self, root: Path) -> Sequence[Check]:
        return [Check("login window", lambda: self.login_window(root / "login")),
                Check("ui forms", self.ui_forms), Check("translations", self.translations),
                Check("body map", self.body_map), Check("image formats", self.image_formats)]

    def after(self, core: CoreChecks) -> Sequence[Check]:
        return [Check("pdf preview", lambda: self.pdf_preview(core.pdf))]

    def login_window(self, folder: Path) -> None:
        # As the app starts on a vault (app._run): the shell and its login window, shown and
        # painted. The folder is empty; the window reads nothing from it before a login.
        folder.mkdir()
        self.shell = AppShell(folder)
        self.shell.show()
        window = self.shell.login_window
        self.app.processEvents()
        window.repaint()
        if not window.isVisible() or not window.windowTitle():
            raise CheckFailed("the login window was not shown")
        # The shell stays until close(): its preload (the main window's imports, on the
        # worker) goes on meanwhile as at a real start, not inside this check's time.

    def close(self) -> None:
        if self.shell is not None:
            self.shell.shutdown()
            self.shell.dispose()
            self.shell = None

    def ui_forms(self) -> None:
        folder = resource_path(top="ui")
        forms = sorted(folder.glob("*.ui"))
        if not forms:
            raise CheckFailed(f"no .ui files in {folder}")
        for path in forms:
            owner = _OWNERS[_top_class(path)]()
            try:
                load_ui(path.stem, owner, custom_widgets=[LanguageChooser])
            finally:
                shiboken6.delete(owner)

    def translations(self) -> None:
        original = current_language()
        try:
            for code in ("rw", "fr", "en"):
                apply_language(self.app, code)  # raises when one of its .qm is missing
                if code == "en":
                    continue  # the source language: nothing to compare
                for context, text in (_OWN_TEXT, _QT_TEXT):
                    if QCoreApplication.translate(context, text) == text:
                        raise CheckFailed(f"{code}: {context} {text!r} is not translated "
                                          "(a .qm file missing or empty)")
        except Exception:
            # Back to the language the app started in, as far as it goes: the first
            # problem is the one to report.
            with contextlib.suppress(Exception):
                apply_language(self.app, original)
            raise
        apply_language(self.app, original)

    def body_map(self) -> None:
        from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415  (see _LATER)

        from isange_desktop.domain.forms.body_map import BodyView  # noqa: PLC0415

        for age in ("adult", "child"):
            for view in BodyView:
                path = resource_path("body_map", f"{age}_{view.value}.svg")
                if not QSvgRenderer(str(path)).isValid():
                    raise CheckFailed(f"{path.name} is not a drawing Qt can render")

    def image_formats(self) -> None:
        """The attachment viewer's formats: a build that left out Qt's JPEG or TIFF plugin
        would show a nurse's forensic photo or a scanner's file as unreadable."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415
        from PySide6.QtGui import QImage  # noqa: PLC0415

        from isange_desktop.gui.attachment_viewer import decode_image  # noqa: PLC0415

        picture = QImage(8, 6, QImage.Format.Format_RGB32)
        picture.fill(0x2E7D32)
        for fmt in ("JPEG", "PNG", "TIFF"):
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            written = picture.save(buffer, fmt)
            buffer.close()
            image = decode_image(bytes(data.data())) if written else QImage()
            if image.isNull() or (image.width(), image.height()) != (8, 6):
                raise CheckFailed(f"Qt cannot read {fmt} images (its image plugin is missing)")

    def pdf_preview(self, data: bytes | None) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize  # noqa: PLC0415
        from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415  (see _LATER)
        from PySide6.QtPdfWidgets import QPdfView  # noqa: PLC0415
        from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415

        if data is None:
            raise CheckFailed("needs the PDF of the pdf check")
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        try:
            document.load(buffer)  # a QBuffer is read at once (gui/pdf_preview.py)
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
                raise CheckFailed(f"QtPdf cannot open the case summary ({document.error()})")
            if document.render(0, QSize(420, 594)).isNull():
                raise CheckFailed("QtPdf cannot draw the first page")
            view = QPdfView()  # the preview's widget and the print support load too
            view.setDocument(document)
            QPrinterInfo.availablePrinterNames()
            shiboken6.delete(view)
        finally:
            document.close()
            buffer.close()


def _top_class(path: Path) -> str:
    widget = ET.parse(path).getroot().find("widget")  # noqa: S314 - our own form files
    name = widget.get("class", "") if widget is not None else ""
    if name not in _OWNERS:
        raise CheckFailed(f"{path.name}: unexpected top-level widget {name!r}")
    return name


def _stdout() -> TextIO:
    """Where the lines go. A windowed Windows executable has no standard output (sys.stdout is
    None, as under pythonw) unless its caller redirected or piped it, as CI does; started from
    a console, it borrows that console so IT staff see the lines."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return open("CONOUT$", "w", encoding="utf-8")  # open to the exit
    return open(os.devnull, "w", encoding="utf-8")  # the exit code still tells


def run(make_app: Callable[[], QApplication], out: TextIO | None = None) -> int:
    """Every check, in order; 0 when all passed. `make_app` builds the QApplication as the app
    does (app._application: its language and locale included), after the plugin is found."""
    out = out or _stdout()
    problem = platform_problem()
    if problem is not None:
        self_test.report(out, "qt platform", problem)
        return 1
    failed = False
    try:
        app = make_app()
    except Exception as exc:  # e.g. a translation missing: said, and the other checks run
        self_test.report(out, "qt platform", self_test.reason(exc))
        instance = QApplication.instance()
        if not isinstance(instance, QApplication):
            return 1
        app, failed = instance, True
    else:
        self_test.report(out, "qt platform", None)
    checks = GuiChecks(app)
    try:
        code = self_test.run(out, before=checks.before, after=checks.after)
    finally:
        checks.close()  # while the QApplication still exists (AppShell.dispose)
    return 1 if failed else code
