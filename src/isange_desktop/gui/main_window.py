"""The main window after login: header, the pages the user's roles allow, locking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from isange_desktop.domain.settings import IDLE_LOCK_MINUTES
from isange_desktop.gui.admin_page import AdminPage, may_administer
from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.gui.cases_page import CasesPage, may_list_cases
from isange_desktop.gui.data_protection_page import DataProtectionPage, may_see_data_protection
from isange_desktop.gui.designer_forms import child, load_ui
from isange_desktop.gui.due_today_page import DueTodayPage, may_see_tasks
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.idle_watch import IdleWatch
from isange_desktop.gui.intake_wizard import IntakeWizard
from isange_desktop.gui.languages import LanguageChooser, apply_language, switch_language
from isange_desktop.gui.referrals_page import ReferralsPage, may_see_referrals
from isange_desktop.gui.reports_page import ReportsPage, may_see_reports
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.role_names import role_names
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.shelter_page import ShelterPage, may_see_shelter
from isange_desktop.i18n.messages import current_language
from isange_desktop.services import preferences
from isange_desktop.services.center import current_center
from isange_desktop.services.drafts import INTAKE_DRAFT, FormDraft, take_drafts
from isange_desktop.services.session import UserSession
from isange_desktop.services.settings import get_setting
from isange_desktop.store.vault import CenterInfo


class MainWindow(Retranslating, QMainWindow):
    """Emits ``lock_requested`` (Lock button, Ctrl+L or the idle timer); the app shell then
    logs out and calls ``discard``. ``ready`` fires once the header and first page are filled."""

    lock_requested = Signal()
    ready = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self._runner = runner
        self._waiting = 1  # the center name
        # Set at the lock: results of calls made before it, delivered after, are dropped.
        self._discarded = False

        # Layout, fixed texts and the lock shortcut: ui/main_window.ui.
        load_ui("main_window", self, custom_widgets=[LanguageChooser])
        self.center_label = child(self, QLabel, "centerName")
        self.user_label = child(self, QLabel, "userName")
        self.user_label.setText(session.display_name)
        self.roles_label = child(self, QLabel, "userRoles")
        self.roles_label.setText(role_names(session.roles))
        self.lock_action = child(self, QAction, "lock_action")
        self.addAction(self.lock_action)  # a window shortcut needs the action on the window
        self.lock_action.triggered.connect(self.lock_requested)
        self.lock_button = child(self, QPushButton, "lock_button")
        self.language_chooser = child(self, LanguageChooser, "language_chooser")
        self.language_chooser.set_language(current_language())
        self.language_chooser.language_chosen.connect(self._language_chosen)

        # The navigation: one entry per page the user's roles allow, nothing greyed out.
        # Long words wrap in their row rather than scroll sideways (French, Kinyarwanda).
        self.nav = child(self, QListWidget, "navigation")
        self.pages = child(self, QStackedWidget, "pages")
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.cases_page: CasesPage | None = None
        self.due_page: DueTodayPage | None = None
        self.shelter_page: ShelterPage | None = None
        self.referrals_page: ReferralsPage | None = None
        self.reports_page: ReportsPage | None = None
        self.admin_page: AdminPage | None = None
        self.protection_page: DataProtectionPage | None = None
        if may_list_cases(session):
            self.cases_page = CasesPage(session, runner)
            self.cases_page.open_requested.connect(self.open_case)
            self.cases_page.new_case_requested.connect(self.new_case)
            self._add_page(self.cases_page)
        if may_see_tasks(session):
            self.due_page = DueTodayPage(session, runner)
            self.due_page.open_requested.connect(self.open_case)
            self._add_page(self.due_page)
        if may_see_shelter(session):
            self.shelter_page = ShelterPage(session, runner)
            self.shelter_page.open_requested.connect(self.open_case)
            self._add_page(self.shelter_page)
        if may_see_referrals(session):
            self.referrals_page = ReferralsPage(session, runner)
            self.referrals_page.open_requested.connect(self.open_case)
            self._add_page(self.referrals_page)
        if may_see_reports(session):
            self.reports_page = ReportsPage(session, runner)
            self._add_page(self.reports_page)
        if may_administer(session):
            self.admin_page = AdminPage(session, runner)
            self.admin_page.loaded.connect(self._part_arrived)
            self._add_page(self.admin_page)
            self._waiting += 1
        # After Administration: an admin's first page stays the accounts.
        if may_see_data_protection(session):
            self.protection_page = DataProtectionPage(session, runner)
            self._add_page(self.protection_page)
        self.workspace: CaseWorkspace | None = None
        self.intake: IntakeWizard | None = None

        self.idle = IdleWatch(self)
        if self.admin_page is not None:  # a new timeout applies at once
            self.admin_page.idle_lock_changed.connect(self.idle.start)
        self.idle.idle.connect(self.lock_requested)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        # The form's own texts re-translate themselves; these are the ones code sets.
        self.roles_label.setText(role_names(self.session.roles))
        titles: dict[QWidget | None, str] = {
            self.cases_page: self.tr("Cases"), self.due_page: self.tr("Due today"),
            self.shelter_page: self.tr("Shelter"), self.referrals_page: self.tr("Referrals"),
            self.reports_page: self.tr("Reports"),
            self.protection_page: self.tr("Data protection"),
            self.admin_page: self.tr("Administration")}
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item is not None:
                item.setText(titles.get(self.pages.widget(row), ""))


    def _language_chosen(self, code: str) -> None:
        """Show the app in this language now, and remember it for this user."""
        switch_language(code)
        session = self.session
        self._runner.run(lambda: preferences.set_language(session, code), owner=self)

    def drafts(self) -> list[FormDraft]:
        drafts = self.workspace.drafts() if self.workspace is not None else []
        if self.intake is not None and self.intake.is_dirty():
            drafts.append(FormDraft("", INTAKE_DRAFT, None, self.intake.draft_state()))
        return drafts

    def _restore_drafts(self, drafts: list[FormDraft]) -> None:
        if not drafts or self.cases_page is None or self._discarded:
            return
        forms = [d for d in drafts if d.form_id != INTAKE_DRAFT]
        if forms:
            number = forms[0].case_number
            self.open_case(number)
            if self.workspace is not None:
                self.workspace.restore([d for d in forms if d.case_number == number])
        intake = next((d for d in drafts if d.form_id == INTAKE_DRAFT), None)
        if intake is not None:
            self.new_case()  # over the case, as the wizard was before the lock
            if self.intake is not None:
                self.intake.restore_draft(intake.values)

    def _apply_stored_language(self, code: str | None) -> None:
        if self._discarded:
            return
        if code and code != current_language():
            app = QCoreApplication.instance()
            if app is not None:
                apply_language(app, code)
            self.language_chooser.set_language(code)

    def _load(self) -> None:
        session = self.session
        # What this user typed and did not save before the last lock.
        if self.cases_page is not None:  # only case staff can have typed one
            self._runner.run(lambda: take_drafts(session), on_finished=self._restore_drafts,
                             owner=self)
        # The user's own language, when they chose one before (remembered in the vault).
        self._runner.run(lambda: preferences.get_language(session),
                         on_finished=self._apply_stored_language, owner=self)
        self._runner.run(lambda: current_center(session),
                         on_finished=self._show_center, on_failed=self._show_center_error,
                         owner=self)
        self._runner.run(lambda: get_setting(session, IDLE_LOCK_MINUTES.key),
                         on_finished=self.idle.start, on_failed=self._idle_default, owner=self)
        if self.admin_page is not None:
            self.admin_page.refresh()
        if self.nav.count():
            # Nobody starts on Reports: the administrator, who has it for the DHIS2 mapping
            # alone, starts on Administration.
            rows = [r for r in range(self.nav.count())
                    if self.pages.widget(r) is not self.reports_page]
            self.nav.setCurrentRow(rows[0] if rows else 0)

    # -- pages --------------------------------------------------------------------------------
    def _add_page(self, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem("", self.nav)  # titled by retranslate()

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def show_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        if index >= 0:
            self.nav.setCurrentRow(index)

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages.widget(row)
        if page is None:
            return
        if self.workspace is not None and not self.workspace.is_dirty():
            self._close_workspace()  # a case left without changes closes; unsaved ones wait
        self.pages.setCurrentWidget(page)
        # Each list is read when the person goes to it, so it is never stale.
        if page is self.cases_page and self.cases_page is not None:
            self.cases_page.load()
        elif page is self.due_page and self.due_page is not None:
            self.due_page.refresh()
        elif page is self.shelter_page and self.shelter_page is not None:
            self.shelter_page.refresh()
        elif page is self.referrals_page and self.referrals_page is not None:
            self.referrals_page.refresh()
        elif page is self.protection_page and self.protection_page is not None:
            self.protection_page.refresh()

    def open_case(self, number: str) -> None:
        """Open one case in the workspace, in place of the list (one case open at a time:
        the screen is often seen by the survivor, and one is enough to keep in mind)."""
        if self.workspace is not None and self.workspace.is_dirty() and not self._may_leave():
            return
        self._close_workspace()
        workspace = CaseWorkspace(self.session, self._runner, number)
        workspace.back_requested.connect(self._back_to_list)
        self.workspace = workspace
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)

    def new_case(self) -> None:
        """The intake wizard, over this window (one at a time)."""
        if self.intake is not None:
            self.intake.raise_()
            self.intake.activateWindow()
            return
        wizard = IntakeWizard(self.session, self._runner, self)
        wizard.case_created.connect(self._case_created)
        wizard.finished.connect(self._intake_closed)
        self.intake = wizard
        wizard.open()

    def _case_created(self, number: str) -> None:
        self.open_case(number)

    def _intake_closed(self, _code: int) -> None:
        if self.intake is not None:
            self.intake.deleteLater()
            self.intake = None

    def _may_leave(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved. Leave them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _close_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.discard()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def _back_to_list(self) -> None:
        if self.workspace is not None and self.workspace.is_dirty() and not self._may_leave():
            return
        self._close_workspace()
        if self.cases_page is not None:
            self.pages.setCurrentWidget(self.cases_page)
            self.cases_page.load()

    def _show_center(self, center: CenterInfo) -> None:
        if self._discarded:
            return
        self.center_label.setText(f"{center.name} ({center.code})")
        self._part_arrived()

    def _show_center_error(self, exc: Exception) -> None:
        if self._discarded:
            return
        self.center_label.setText(error_message(exc))
        self._part_arrived()

    def _idle_default(self, _exc: Exception) -> None:
        # A lock that never comes would be worse than one at the default delay.
        self.idle.start(IDLE_LOCK_MINUTES.default)

    def _part_arrived(self) -> None:
        if self._waiting > 0:
            self._waiting -= 1
            if self._waiting == 0:
                self.ready.emit()

    def discard(self) -> None:
        """Wipe what the window shows and hide it (the vault is being locked). Destroying it is
        its owner's part: the app shell deletes it after this."""
        self._discarded = True
        self.idle.stop()
        if self.intake is not None:
            self.intake.discard()  # closes without asking: the screen is locking
            self.intake = None
        for page in (self.admin_page, self.cases_page, self.due_page, self.shelter_page,
                     self.referrals_page, self.reports_page, self.protection_page,
                     self.workspace):
            if page is not None:
                page.discard()
        for label in (self.center_label, self.user_label, self.roles_label):
            label.clear()
        self.nav.clear()
        self.hide()
