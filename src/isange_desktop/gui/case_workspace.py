"""One open case: the header, then tabs for Intake, the four tracks, Tasks, Referrals and
History.

Tabs the user's roles may not see are absent, not empty: the policy in domain/ decides, and the
service returns only the sections the role may read. Every open is audited by the service.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import CHILD_AGE
from isange_desktop.domain.forms import form
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import EDIT_ACTION, TRACK_SENSITIVITY, VIEW_ACTION, Track
from isange_desktop.gui.attachment_list import AttachmentList
from isange_desktop.gui.attachment_words import may_see_any
from isange_desktop.gui.attachments_tab import AttachmentsTab
from isange_desktop.gui.case_header import CaseHeader
from isange_desktop.gui.case_history_tab import HistoryTab
from isange_desktop.gui.case_tasks_tab import CaseTasksTab
from isange_desktop.gui.case_words import track_name
from isange_desktop.gui.consent_dialog import (
    ConsentDialog,
    discard_dialog,
    open_consent_dialog,
    recorded_text,
)
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.form_editor import FormEditor
from isange_desktop.gui.print_dialog import (
    PrintDialog,
    discard_print_dialog,
    open_print_dialog,
)
from isange_desktop.gui.referral_tab import ReferralTab
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.rights_tab import RightsTab
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.track_tab import TrackTab
from isange_desktop.services.case_consents import RecordedConsent
from isange_desktop.services.case_read import open_case, reveal_name
from isange_desktop.services.case_summaries import CaseView
from isange_desktop.services.drafts import FormDraft
from isange_desktop.services.session import UserSession


def _may(session: UserSession, action: Action) -> bool:
    return granting_role(session.roles, action) is not None


class IntakeTab(Retranslating, QWidget):
    """The person and the incident as recorded at intake, read-only here. A consent given or
    withdrawn since is recorded from here (``consent_requested``), by those who may."""

    consent_requested = Signal()

    def __init__(self, can_record_consent: bool = False, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.person = FormEditor(form("person"))
        self.incident = FormEditor(form("incident"))
        for editor in (self.person, self.incident):
            editor.set_read_only(True)
        self.consents = QLabel()
        self.consents.setWordWrap(True)
        self.consent_button = QPushButton()
        self.consent_button.setVisible(can_record_consent)
        self.consent_button.clicked.connect(self.consent_requested)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self.person)
        layout.addWidget(self.incident)
        layout.addWidget(self.consents)
        layout.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.consent_button.setText(self.tr("Record a &consent..."))

    def show_case(self, view: CaseView) -> None:
        self.person.set_values(view.forms.get("person", {}).get(0, {}))
        self.incident.set_values(view.forms.get("incident", {}).get(0, {}))
        self.person.setVisible("person" in view.forms)
        self.incident.setVisible("incident" in view.forms)

    def clear(self) -> None:
        self.person.set_values({})
        self.incident.set_values({})


class CaseWorkspace(Retranslating, QWidget):
    """``back_requested`` to return to the list; ``loaded`` after each (re)load."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self.number = session, runner, number
        self.view: CaseView | None = None
        self.header = CaseHeader()
        self.header.reveal_requested.connect(self._reveal)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.print_button = QPushButton()  # absent for a role that may not print
        self.print_button.setVisible(_may(session, Action.CASE_PRINT))
        self.print_button.clicked.connect(self.open_print)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.intake_tab: IntakeTab | None = None
        self.track_tabs: dict[Track, TrackTab] = {}
        self.history_tab: HistoryTab | None = None
        self.tasks_tab: CaseTasksTab | None = None
        self.referral_tab: ReferralTab | None = None
        self.attachments_tab: AttachmentsTab | None = None
        self.rights_tab: RightsTab | None = None
        self._rights_listed = False
        self.consent_dialog: ConsentDialog | None = None
        self.print_dialog: PrintDialog | None = None
        self._age_today: int | None = None  # for consent: the age the service judges with
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< &Back to the list"))
        self.refresh_button.setText(self.tr("Re&load"))
        self.print_button.setText(self.tr("&Print..."))
        self.print_button.setToolTip(self.tr(
            "Preview, print or save the case summary, the medico-legal report or a referral "
            "slip"))
        self._title_tabs()


    def _title_tabs(self) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is self.intake_tab:
                self.tabs.setTabText(i, self.tr("Intake"))
            elif page is self.history_tab:
                self.tabs.setTabText(i, self.tr("History"))
            elif page is self.tasks_tab:
                self.tabs.setTabText(i, self.tr("Tasks"))
            elif page is self.referral_tab:
                self.tabs.setTabText(i, self.tr("Referrals"))
            elif page is self.attachments_tab:
                self.tabs.setTabText(i, self.tr("Attachments"))
            elif page is self.rights_tab:
                self.tabs.setTabText(i, self.tr("Survivor's rights"))
            elif isinstance(page, TrackTab):
                self.tabs.setTabText(i, track_name(page.track))

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        session, number = self._session, self.number
        self.message.setText(self.tr("Opening the case..."))
        self._runner.run(lambda: open_case(session, number), on_finished=self._opened,
                         on_failed=self._failed, owner=self)

    def _opened(self, view: CaseView) -> None:
        self.view = view
        self.message.clear()
        person = view.forms.get("person", {}).get(0, {})
        age = age_at(person, local_date(datetime.fromisoformat(view.summary.arrival_at)))
        self._age_today = age_at(person, local_date(datetime.now(UTC)))
        self.header.show_case(view, age, can_reveal=_may(self._session,
                                                         Action.CASE_REVEAL_NAME))
        if not self.tabs.count():
            self._build_tabs(child=age is None or age < CHILD_AGE)
        if self.intake_tab is not None:
            self.intake_tab.show_case(view)
        for track, tab in self.track_tabs.items():
            tab.show_case(view.forms, view.summary.tracks.get(track.value))
        if self.history_tab is not None:
            self.history_tab.reload()
        if self.tasks_tab is not None:
            self.tasks_tab.reload()
        if self.referral_tab is not None:
            self.referral_tab.show_origin(view.origin)
            self.referral_tab.set_survivor_age(self._age_today)
        self.loaded.emit()

    def _build_tabs(self, *, child: bool) -> None:
        session = self._session
        if _may(session, Action.VIEW_INCIDENT):
            self.intake_tab = IntakeTab(_may(session, Action.CONSENT_RECORD))
            self.intake_tab.consent_requested.connect(self.record_consent)
            self.tabs.addTab(self.intake_tab, "")
        for track in Track:
            if not _may(session, VIEW_ACTION[TRACK_SENSITIVITY[track]]):
                continue  # absent, not empty
            tab = TrackTab(session, self._runner, self.number, track,
                           can_edit=_may(session, EDIT_ACTION[track]), child=child)
            tab.saved.connect(self.reload)
            self.track_tabs[track] = tab
            self.tabs.addTab(tab, "")
        if may_see_any(session):
            self.attachments_tab = AttachmentsTab(session, self._runner, self.number)
            self.tabs.addTab(self.attachments_tab, "")
        for lst in self._attachment_lists():  # a file added in one list shows in the others
            lst.added.connect(lambda _added, source=lst: self._attachments_changed(source))
        if _may(session, Action.TASKS_VIEW):
            self.tasks_tab = CaseTasksTab(session, self._runner, self.number)
            self.tabs.addTab(self.tasks_tab, "")
        if _may(session, Action.REFERRAL_EXPORT):
            self.referral_tab = ReferralTab(session, self._runner, self.number)
            self.referral_tab.exported.connect(self.reload)  # the header shows it referred
            self.referral_tab.consent_recorded.connect(self.reload)
            self.tabs.addTab(self.referral_tab, "")
        if _may(session, Action.VIEW_HISTORY):
            self.history_tab = HistoryTab(session, self._runner, self.number)
            self.tabs.addTab(self.history_tab, "")
        if _may(session, Action.ACCESS_REQUEST):
            # Listed when first opened: reading the survivor's requests is audited.
            self.rights_tab = RightsTab(session, self._runner, self.number)
            self.tabs.addTab(self.rights_tab, "")
            self.tabs.currentChanged.connect(self._tab_shown)
        self._title_tabs()

    def _tab_shown(self, index: int) -> None:
        if self.rights_tab is not None and self.tabs.widget(index) is self.rights_tab \
                and not self._rights_listed:
            self._rights_listed = True
            self.rights_tab.reload()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_message(exc))
        self.loaded.emit()

    def _attachment_lists(self) -> list[AttachmentList]:
        tab = self.attachments_tab
        return [t.attachments for t in self.track_tabs.values()] + ([tab.list] if tab else [])

    def _attachments_changed(self, source: AttachmentList) -> None:
        for lst in self._attachment_lists():
            if lst is not source:
                lst.invalidate()

    def _reveal(self) -> None:
        session, number = self._session, self.number
        self._runner.run(lambda: reveal_name(session, number), on_finished=self.header.show_name,
                         on_failed=self._failed, owner=self)

    # -- a consent given or withdrawn since intake -------------------------------------------
    def record_consent(self) -> ConsentDialog:
        discard_dialog(self.consent_dialog)
        self.consent_dialog = open_consent_dialog(self, self._session, self._runner,
                                                  self.number, self._age_today)
        self.consent_dialog.recorded.connect(self._consent_recorded)
        return self.consent_dialog

    def _consent_recorded(self, done: RecordedConsent) -> None:
        text = recorded_text(done)

        def show() -> None:  # once the case is read again (reloading clears the message)
            self.loaded.disconnect(show)
            self.message.setText(text)
        self.loaded.connect(show)
        self.reload()

    # -- printing -----------------------------------------------------------------------------
    def open_print(self) -> PrintDialog:
        discard_print_dialog(self.print_dialog)
        self.print_dialog = open_print_dialog(self, self._session, self._runner, self.number)
        return self.print_dialog

    # -- leaving ------------------------------------------------------------------------------
    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def is_dirty(self) -> bool:
        return any(tab.is_dirty() for tab in self.track_tabs.values())

    def drafts(self) -> list[FormDraft]:
        """What was typed and not saved, to keep across a lock."""
        return [FormDraft(self.number, tab.main_id, None, tab.editor.values())
                for tab in self.track_tabs.values() if tab.is_dirty()]

    def restore(self, drafts: list[FormDraft]) -> None:
        """Put kept drafts back into their tabs once the case is shown."""
        def apply() -> None:
            self.loaded.disconnect(apply)
            for draft in drafts:
                tab = next((t for t in self.track_tabs.values() if t.main_id == draft.form_id),
                           None)
                if tab is not None:
                    tab.editor.load_draft(draft.values)
                    self.tabs.setCurrentWidget(tab)
            self.message.setText(self.tr(
                "Your unsaved changes from before the lock are back. Save them to keep them."))
        if self.view is not None:
            self.loaded.connect(apply)
            self.loaded.emit()
        else:
            self.loaded.connect(apply)

    def discard(self) -> None:
        """Forget everything shown (locking, or leaving the case)."""
        self.view = None
        discard_dialog(self.consent_dialog)
        discard_print_dialog(self.print_dialog)  # its document goes with it
        self.consent_dialog, self.print_dialog, self._age_today = None, None, None
        self.header.clear()
        if self.intake_tab is not None:
            self.intake_tab.clear()
        for tab in self.track_tabs.values():
            tab.clear()
        for other in (self.history_tab, self.tasks_tab, self.referral_tab,
                      self.attachments_tab):
            if other is not None:
                other.clear()
        if self.rights_tab is not None:
            self.rights_tab.discard()
            self.rights_tab.clear()
            self._rights_listed = False
        self.message.clear()
