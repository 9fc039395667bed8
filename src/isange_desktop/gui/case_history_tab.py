"""A case's history: every saved revision (who, when, which fields), status changes, and who
viewed the case. Values of forms the reader may not see are not shown (the service omits them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from isange_desktop.domain.forms import FORMS
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.field_editor_base import forms_text
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.gui.simple_table import clear_table, fill_table, make_table
from isange_desktop.i18n.audit_words import action_words
from isange_desktop.services.case_history import CaseHistory, case_history
from isange_desktop.services.session import UserSession


def _form_title(form_id: str) -> str:
    declared = FORMS.get(form_id)
    return forms_text(declared.title) if declared else form_id


def _field_label(form_id: str, field_id: str) -> str:
    declared = FORMS.get(form_id)
    if declared is not None:
        for section in declared.sections:
            for f in section.fields:
                if f.id == field_id:
                    return forms_text(f.label)
    return field_id


class HistoryTab(Retranslating, QWidget):
    """``loaded`` each time the history has arrived (or failed)."""

    loaded = Signal()

    def __init__(self, session: UserSession, runner: Runner, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._number = session, runner, number
        self._history: CaseHistory | None = None
        self.revisions = make_table([""] * 5, "", stretch=4)
        self.statuses = make_table([""] * 4, "", stretch=3)
        self.views = make_table([""] * 3, "", stretch=2)
        self._boxes = [QGroupBox() for _ in range(3)]
        for box, table in zip(self._boxes, (self.revisions, self.statuses, self.views),
                              strict=True):
            QVBoxLayout(box).addWidget(table)
        self.message = QLabel()
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._boxes[1])
        lower.addWidget(self._boxes[2])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(self._boxes[0])
        outer.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(outer, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self._boxes[0].setTitle(self.tr("Changes"))
        self._boxes[1].setTitle(self.tr("Status changes"))
        self._boxes[2].setTitle(self.tr("Who viewed this case"))
        self.revisions.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Form"), self.tr("Revision"),
            self.tr("Fields changed")])
        self.statuses.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Of"), self.tr("Status")])
        self.views.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"),
                                              self.tr("What")])
        for table, box in zip((self.revisions, self.statuses, self.views), self._boxes,
                              strict=True):
            table.setAccessibleName(box.title())
        if self._history is not None:
            self._show(self._history)


    def reload(self) -> None:
        session, number = self._session, self._number
        self._runner.run(lambda: case_history(session, number), on_finished=self._arrived,
                         on_failed=self._failed, owner=self)

    def _arrived(self, history: CaseHistory) -> None:
        self._show(history)
        self.loaded.emit()

    def _show(self, history: CaseHistory) -> None:
        self._history = history
        # Newest first: what changed last is what a reader looks for.
        fill_table(self.revisions, [
            (format_when(r.at), r.author, f"{_form_title(r.form_id)}"
             + (f" #{r.entry_no}" if r.entry_no else ""), str(r.revision),
             ", ".join(_field_label(r.form_id, f) for f in r.changed_fields))
            for r in reversed(history.revisions)])
        fill_table(self.statuses, [(format_when(at), who, what, status)
                                   for what, status, who, at in reversed(history.statuses)])
        # In the core's language, which a language change sets before retranslate re-shows.
        fill_table(self.views, [(format_when(at), who, action_words(action))
                                for who, action, at in reversed(history.views)])

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_message(exc))
        self.loaded.emit()

    def clear(self) -> None:
        self._history = None
        for table in (self.revisions, self.statuses, self.views):
            clear_table(table)
        self.message.clear()
