"""`--screenshot DIR`: walk the demo through its main screens and save each one as a PNG.

Used to review layouts (1366x768, the common center laptop) and by the packaging smoke test;
it drives the real windows through the same runner and services as a person would.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.forms import format_datetime
from isange_desktop.domain.roles import Role
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.case_list_model import CLOCK
from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.gui.intake_wizard import INCIDENT as INCIDENT_STEP
from isange_desktop.gui.languages import LANGUAGES, apply_language
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.shell import AppShell
from isange_desktop.gui.window_size import fit_to_screen

if TYPE_CHECKING:
    from isange_desktop.services.demo import DemoUser

TIMEOUT_MS = 120_000


class ScreenshotTour(QObject):
    """For each language, in DIR/<language>/: login.png, then main.png (admin, Administration
    page, the log just verified), then as the nurse: cases.png (the list), medical.png (a case
    with running clocks, its medical tab and body map), due_today.png and shelter.png; ends the
    app with 0, or 1 if a step fails or takes too long."""

    def __init__(self, shell: AppShell, out_dir: Path) -> None:
        super().__init__(shell)
        self._shell = shell
        self._out = out_dir
        self._queue: list[tuple[DemoUser, str]] = []
        self._accounts: Sequence[DemoUser] = ()
        self._languages: list[str] = []
        self._language = "en"
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail("timed out"))
        shell.login_window.login_failed.connect(self._fail)
        shell.main_window_shown.connect(self._main_shown)
        shell.locked.connect(self._next_login)

    def start(self, accounts: Sequence[DemoUser]) -> None:
        self._accounts = accounts
        self._languages = [code for code, _name in LANGUAGES]
        self._timeout.start(TIMEOUT_MS)
        self._begin_language()

    def _begin_language(self) -> None:
        self._language = self._languages.pop(0)
        app = QApplication.instance()
        if app is not None:
            apply_language(app, self._language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        (self._out / self._language).mkdir(parents=True, exist_ok=True)
        admin = next(a for a in self._accounts if Role.ADMIN in a.roles)
        nurse = next(a for a in self._accounts if Role.NURSE in a.roles)
        self._queue = [(admin, "main.png"), (nurse, "cases.png")]
        self._save(self._shell.login_window, "login.png")
        self._next_login()

    def _next_login(self) -> None:
        if not self._queue:
            if self._languages:
                self._begin_language()
                return
            self._timeout.stop()
            QApplication.exit(0)
            return
        account, _name = self._queue[0]
        window = self._shell.login_window
        window.login_field.setText(account.login)
        window.password_field.setText(account.password)
        window.submit()

    def _main_shown(self, window: MainWindow) -> None:
        window.ready.connect(lambda: self._main_ready(window))

    def _main_ready(self, window: MainWindow) -> None:
        page = window.admin_page
        if window.cases_page is not None:
            self._nurse_tour(window)
        elif page is not None and page.verify_button is not None:
            # Show the page as an administrator sees it after checking the log.
            page.loaded.connect(lambda: self._capture(window))
            page.verify()
        else:
            self._capture(window)

    def _nurse_tour(self, window: MainWindow) -> None:
        cases = window.cases_page
        assert cases is not None
        model = cases.model

        def list_shown() -> None:
            model.page_loaded.disconnect(list_shown)
            self._save(window, "cases.png")
            self._intake_shot(window)
            row = next((r for r in range(model.rowCount())
                        if model.index(r, CLOCK).data() not in (None, "-")), 0)
            number = model.number_at(row)
            if number is None:
                self._fail("the demo list is empty")
                return
            window.open_case(number)
            workspace = window.workspace
            assert workspace is not None
            workspace.loaded.connect(lambda: case_shown(workspace))

        def case_shown(workspace: CaseWorkspace) -> None:
            tab = workspace.track_tabs.get(Track.MEDICAL)
            if tab is not None:
                workspace.tabs.setCurrentWidget(tab)
                # Scrolled to the body map: the part of the medical form worth a picture.
                scroll = tab.pages.widget(0)
                if isinstance(scroll, QScrollArea) and scroll.widget() is not None:
                    QApplication.processEvents()
                    body_map = tab.editor.editor("injuries")
                    top = body_map.mapTo(scroll.widget(), QPoint(0, 0)).y()
                    scroll.verticalScrollBar().setValue(max(0, top - 60))
            self._save(window, "medical.png")
            due = window.due_page
            if due is None:
                self._capture(window)
                return
            due.loaded.connect(due_shown)
            window.show_page(due)

        def due_shown() -> None:
            self._save(window, "due_today.png")
            shelter = window.shelter_page
            if shelter is None:
                self._capture(window)
                return
            shelter.loaded.connect(lambda: self._capture_as(window, "shelter.png"))
            window.show_page(shelter)

        if model.rowCount() and not model.loading:
            model.page_loaded.connect(list_shown)
            model.page_loaded.emit()
        else:
            model.page_loaded.connect(list_shown)

    def _intake_shot(self, window: MainWindow) -> None:
        """intake.png: the wizard at the incident step, an incident 30 hours ago typed in, its
        clocks running beside the form. Nothing is saved: the wizard is discarded after."""
        window.new_case()
        wizard = window.intake
        if wizard is None:
            return
        fit_to_screen(wizard)
        now = datetime.now(CENTER_TZ).replace(microsecond=0)
        wizard.go_to(INCIDENT_STEP)
        wizard.incident_page.editor.set_values({
            "arrived_at": format_datetime(now - timedelta(hours=1)),
            "incident_time_exact": True,
            "incident_at": format_datetime(now - timedelta(hours=30)),
            "place_type": "survivor_home", "perpetrator_sex": "male"})
        wizard.incident_page.refresh_clocks()
        self._save(wizard, "intake.png")
        wizard.discard()
        window.intake = None

    def _capture_as(self, window: MainWindow, name: str) -> None:
        self._queue.pop(0)
        self._save(window, name)
        self._shell.lock()

    def _capture(self, window: MainWindow) -> None:
        _account, name = self._queue.pop(0)
        self._save(window, name)
        self._shell.lock()

    def _save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()  # let pending layout requests settle before painting
        path = self._out / self._language / name
        if not widget.grab().save(str(path), "PNG"):
            self._fail(f"cannot write {path}")

    def _fail(self, why: str) -> None:
        sys.stderr.write(f"isange-desktop: screenshot tour failed: {why}\n")
        QApplication.exit(1)
