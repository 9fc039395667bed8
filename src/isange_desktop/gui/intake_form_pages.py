"""Intake steps 2 and 3: the person and the incident, each drawn by the generic form editor
from its one declaration (domain/forms), checked on Next with the domain's own validation.
The incident page shows the clinical clocks beside the form as soon as a time is entered."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.classification import CHILD_AGE
from isange_desktop.domain.forms import FieldError, cross_field_errors, form, validate
from isange_desktop.domain.forms.values import format_datetime, is_empty, parse_datetime
from isange_desktop.domain.person_age import age_at
from isange_desktop.gui.form_editor import FormEditor, FormScrollArea
from isange_desktop.gui.intake_clock_panel import ClockPanel
from isange_desktop.services.case_intake import incident_time

# The clocks count hours; once a minute keeps "22 hours left" true while the page is open.
CLOCK_REFRESH_MS = 60_000
SIDE_PANEL_CHARS = 52


class FormPage(QWidget):
    """One form of the intake: its editor in a vertical scroll area, checked on demand."""

    def __init__(self, form_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_id = form_id
        self.editor = FormEditor(form(form_id), parent=self)
        self.scroll_area = FormScrollArea(self.editor, self)
        self._initial: dict[str, object] = {}

    def values(self) -> dict[str, object]:
        return self.editor.values()

    def mark_initial(self) -> None:
        """What counts as untouched (a pre-filled arrival time is not the nurse's typing)."""
        self._initial = self.editor.values()

    def is_dirty(self) -> bool:
        return self.editor.values() != self._initial

    def problems(self, today: date) -> list[FieldError]:
        """The domain's verdict on the values as they stand (the service runs the same)."""
        values = self.values()
        return [*validate(self.editor.form, values),
                *cross_field_errors(self.form_id, values, today=today)]

    def show_errors(self, errors: list[FieldError]) -> None:
        self.editor.show_errors(errors)

    def draft_state(self) -> dict[str, object]:
        return self.editor.values()

    def restore_draft(self, state: Mapping[str, object]) -> None:
        self.editor.load_draft(state)

    def focus_first(self) -> None:
        first = self.editor.form.fields[0].id
        widget = self.editor.editor(first)
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class PersonPage(FormPage):
    """The person form. `is_child` is derived (the service sets it from the age on the day
    of arrival); it is filled here too, because the guardian questions depend on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("person", parent)
        self._arrival_day: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.editor.changed.connect(self._derive_child)
        self.mark_initial()

    def values(self) -> dict[str, object]:
        # Values loaded with set_values emit no edit: derive before anyone reads them.
        self._derive_child()
        return self.editor.values()

    def set_arrival_day(self, day: date | None) -> None:
        self._arrival_day = day
        self._derive_child()

    def prefill(self, values: Mapping[str, object], previous: Mapping[str, object]) -> None:
        """Copies the search fields in, without overwriting what was typed here since."""
        for field_id in {*values, *previous}:
            editor = self.editor.editor(field_id)
            current = editor.value()
            if is_empty(current) or current == previous.get(field_id):
                editor.set_value(values.get(field_id))

    def _derive_child(self) -> None:
        day = self._arrival_day or datetime.now(CENTER_TZ).date()
        age = age_at(self.editor.values(), day)
        child = None if age is None else age < CHILD_AGE
        editor = self.editor.editor("is_child")
        if editor.value() != child:
            editor.set_value(child)


class IncidentPage(FormPage):
    """The incident form, with the clocks and the optional link to a case of the same event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("incident", parent)
        self.clock_panel = ClockPanel(self)
        self.event_box = QGroupBox(self)
        # A wrapping label, not the group's title: a title never wraps, and a long one (in
        # French) would widen the side panel past the screen.
        self.event_title = QLabel(self.event_box)
        self.event_title.setWordWrap(True)
        title_font = self.event_title.font()
        title_font.setBold(True)
        self.event_title.setFont(title_font)
        self.event_hint = QLabel(self.event_box)
        self.event_hint.setWordWrap(True)
        self.event_label = QLabel(self.event_box)
        self.event_label.setWordWrap(True)
        self.same_event = QLineEdit(self.event_box)
        self.same_event.setMaxLength(32)
        self.event_label.setBuddy(self.same_event)
        event_layout = QVBoxLayout(self.event_box)
        event_layout.addWidget(self.event_title)
        event_layout.addWidget(self.event_hint)
        event_layout.addWidget(self.event_label)
        event_layout.addWidget(self.same_event)

        side = QVBoxLayout()
        side.addWidget(self.clock_panel)
        side.addWidget(self.event_box)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        # Scrolled too: on a short screen (720 logical px at 150%) the clocks and the link
        # box scroll instead of being squeezed over each other.
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(panel)
        side_scroll.setFixedWidth(self.fontMetrics().averageCharWidth() * SIDE_PANEL_CHARS)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scroll_area, 1)
        row.addWidget(side_scroll)

        now = datetime.now(CENTER_TZ).replace(second=0, microsecond=0)
        # The survivor is at the center now: the arrival time is almost always this minute.
        self.editor.editor("arrived_at").set_value(format_datetime(now))
        self.editor.changed.connect(self.refresh_clocks)
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_clocks)
        self._timer.start()
        self.mark_initial()
        self.retranslate()
        self.refresh_clocks()

    def retranslate(self) -> None:
        self.event_title.setText(self.tr("Same incident as another survivor"))
        self.event_hint.setText(self.tr(
            "Optional: when another survivor of the same incident already has a case, type "
            "that case number to link the two."))
        self.event_label.setText(self.tr("&Case number of the other survivor"))
        self.same_event.setAccessibleName(self.tr("Case number of the other survivor"))
        self.same_event.setPlaceholderText(self.tr("for example KGL-01-2026-00042-Y"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def is_dirty(self) -> bool:
        return super().is_dirty() or bool(self.same_event.text().strip())

    def draft_state(self) -> dict[str, object]:
        return {**super().draft_state(), "_same_event_as": self.same_event.text()}

    def restore_draft(self, state: Mapping[str, object]) -> None:
        # "_" keeps the link's key apart from the form's field ids.
        same_event = state.get("_same_event_as")
        super().restore_draft({k: v for k, v in state.items() if k != "_same_event_as"})
        self.same_event.setText(same_event if isinstance(same_event, str) else "")
        self.refresh_clocks()

    def same_event_as(self) -> str | None:
        return self.same_event.text().strip() or None

    def arrival(self) -> datetime | None:
        return parse_datetime(self.values().get("arrived_at"))

    def refresh_clocks(self) -> None:
        try:
            when = incident_time(self.values())
        except ValueError as exc:
            # IncidentTime refuses a reversed range; its message id says which problem.
            self.clock_panel.show_time(None, datetime.now(UTC), problem=str(exc))
            return
        self.clock_panel.show_time(when, datetime.now(UTC))

