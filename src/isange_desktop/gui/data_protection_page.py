"""The Data protection page: the center's duties under Law 058/2021 that are not one case's.

Breaches (the manager and IT record them) and retention (the manager archives and removes the
ended cases kept past the center's period). Each part is present only for a role that has it,
and is read when first shown, never at login: reading either is audited.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.gui.breaches_panel import BreachesPanel
from isange_desktop.gui.retention_panel import RetentionPanel
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.services.session import UserSession

_PARTS = (Action.BREACH_RECORD, Action.RETENTION_MANAGE)


def may_see_data_protection(session: UserSession) -> bool:
    return any(granting_role(session.roles, action) is not None for action in _PARTS)


class DataProtectionPage(Retranslating, QWidget):
    loaded = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.breaches: BreachesPanel | None = None
        self.retention: RetentionPanel | None = None
        if granting_role(session.roles, Action.BREACH_RECORD) is not None:
            self.breaches = BreachesPanel(session, runner)
            self.tabs.addTab(self.breaches, "")
        if granting_role(session.roles, Action.RETENTION_MANAGE) is not None:
            self.retention = RetentionPanel(session, runner)
            self.tabs.addTab(self.retention, "")
        self._shown: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            self.tabs.setTabText(i, self.tr("Breaches") if page is self.breaches
                                 else self.tr("Retention"))

    def refresh(self) -> None:
        """Read the part on show (the page was chosen); the others when their tab is."""
        self._shown.clear()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if index < 0 or index in self._shown or page is None:
            return
        self._shown.add(index)
        if page is self.breaches and self.breaches is not None:
            self.breaches.refresh()
        elif page is self.retention and self.retention is not None:
            self.retention.refresh()

    def discard(self) -> None:
        self._shown.clear()
        for panel in (self.breaches, self.retention):
            if panel is not None:
                panel.discard()
