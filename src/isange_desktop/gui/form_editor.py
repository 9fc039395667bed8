"""A form's editor, built from its one declaration in domain/forms (ARCHITECTURE.md, "One
definition of each form"): a titled group per section, a label and an editor per field.

Visibility and requirement are re-read from the declaration's conditions on every change, so
the widget holds no rule of its own; `values()` gives exactly what `validate` checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms.field_error import FieldError
from isange_desktop.domain.forms.fields import Field, FieldType
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.values import is_empty
from isange_desktop.gui.field_editor_base import FieldEditor, describe, focus_stops, forms_text
from isange_desktop.gui.field_editors import EditorFactory, editor_for
from isange_desktop.i18n.messages import current_language, translate

# Long labels wrap at this many average characters instead of widening the label column.
LABEL_CHARS = 28
# Past this many characters a line of text is hard to follow; wider windows leave a margin.
CONTENT_CHARS = 150
ERROR_LIGHT, ERROR_DARK = QColor("#b00020"), QColor("#ff8a80")


@dataclass
class _Row:
    field: Field
    editor: FieldEditor
    widget: QWidget  # the editor itself, as a widget
    label: QLabel
    cell: QWidget
    help: QLabel | None
    error: QWidget
    error_text: QLabel
    box: QGroupBox
    layout: QFormLayout
    required: bool = False
    shown: bool = True
    messages: list[str] = dataclass_field(default_factory=list)


class FormEditor(QWidget):
    """Edits one form's values. `changed` fires on every edit by the user (not on
    `set_values`); `values()` holds only the non-empty answers of the fields now shown."""

    changed = Signal()

    def __init__(self, form: Form,
                 extra_editors: Mapping[FieldType, EditorFactory] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self._rows: dict[str, _Row] = {}
        self._boxes: list[tuple[Section, QGroupBox]] = []
        self._errors: list[FieldError] = []
        self._loading = False
        self._clean: dict[str, object] = {}
        outer = QVBoxLayout(self)
        self._legend = QLabel(self)
        outer.addWidget(self._legend)
        self._form_errors = QLabel(self)
        self._form_errors.setWordWrap(True)
        _paint(self._form_errors, _error_colour(self))
        self._form_errors.hide()
        outer.addWidget(self._form_errors)
        for section in form.sections:
            outer.addWidget(self._section(section, extra_editors))
        outer.addStretch(1)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * CONTENT_CHARS)
        self.retranslate()
        self._refresh()
        self.mark_clean()

    def _section(self, section: Section,
                 extra: Mapping[FieldType, EditorFactory] | None) -> QGroupBox:
        box = QGroupBox(self)
        # A bold title sets the sections apart; the fields inside keep the normal weight.
        title_font = box.font()
        title_font.setBold(True)
        box.setFont(title_font)
        layout = QFormLayout(box)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._boxes.append((section, box))
        for f in section.fields:
            self._rows[f.id] = self._row(f, box, layout, extra)
        return box

    def _row(self, f: Field, box: QGroupBox, layout: QFormLayout,
             extra: Mapping[FieldType, EditorFactory] | None) -> _Row:
        label = QLabel(box)
        cell = QWidget(box)
        for plain in (label, cell):
            font = plain.font()
            font.setBold(False)
            plain.setFont(font)
        editor = editor_for(f, extra, cell)
        assert isinstance(editor, QWidget)
        editor.set_read_only(f.derived)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFixedWidth(label.fontMetrics().averageCharWidth() * LABEL_CHARS)
        label.setBuddy((focus_stops(editor) or [editor])[0])
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        help_label = None
        if f.help:
            help_label = QLabel(cell)
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            _make_small(help_label)
            _paint(help_label, _help_colour(help_label))
            column.addWidget(help_label)
        error, error_text = self._error_line(cell)
        column.addWidget(error)
        layout.addRow(label, cell)
        editor.changed.connect(lambda field_id=f.id: self._edited(field_id))
        return _Row(f, editor, editor, label, cell, help_label, error, error_text, box, layout)

    def _error_line(self, parent: QWidget) -> tuple[QWidget, QLabel]:
        # An icon and an "Error:" prefix beside the red, so colour is never the only sign.
        line = QWidget(parent)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(line)
        size = self.fontMetrics().height()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(line)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        _paint(text, _error_colour(text))
        row.addWidget(text, 1)
        line.hide()
        return line, text

    # The values

    def values(self) -> dict[str, object]:
        """The non-empty answers of the fields now shown, in declaration order."""
        return self._shown_values()[0]

    def set_values(self, values: Mapping[str, object]) -> None:
        """Loads stored values (keys the form does not declare are ignored); clears the
        errors and makes the editor clean."""
        self._put(values)
        self._errors = []
        self._refresh()
        self.mark_clean()

    def load_draft(self, values: Mapping[str, object]) -> None:
        """Puts back what was typed before a lock, over the stored values: the editor stays
        dirty (compared with what is stored) until it is saved."""
        self._put(values)
        self._refresh()

    def _put(self, values: Mapping[str, object]) -> None:
        self._loading = True  # the editors' change signals are not the user's edits
        try:
            for field_id, row in self._rows.items():
                row.editor.set_value(values.get(field_id))
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return self.values() != self._clean

    def mark_clean(self) -> None:
        self._clean = self.values()

    def editor(self, field_id: str) -> FieldEditor:
        """The editor of a field; KeyError when the form has none."""
        return self._rows[field_id].editor

    def label(self, field_id: str) -> QLabel:
        return self._rows[field_id].label

    def is_shown(self, field_id: str) -> bool:
        return self._rows[field_id].shown

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows.values():
            row.editor.set_read_only(read_only or row.field.derived)

    def _shown_values(self) -> tuple[dict[str, object], set[str]]:
        answers = {field_id: row.editor.value() for field_id, row in self._rows.items()}
        answers = {k: v for k, v in answers.items() if not is_empty(v)}
        # A hidden field's answer must not make another field appear; hiding can cascade,
        # so drop hidden answers until nothing more changes (bounded: conditions may negate).
        values = answers
        shown = set(self._rows)
        for _ in range(len(self._rows) + 1):
            shown = {f.id for f in self.form.fields if f.is_shown(values)}
            kept = {k: v for k, v in answers.items() if k in shown}
            if kept == values:
                break
            values = kept
        return values, shown

    def _edited(self, field_id: str) -> None:
        if self._loading:
            return
        if any(e.field_id == field_id for e in self._errors):
            # The answer the message was about is being corrected; the next check says more.
            self._errors = [e for e in self._errors if e.field_id != field_id]
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        values, shown = self._shown_values()
        for row in self._rows.values():
            row.shown = row.field.id in shown
            row.required = row.shown and row.field.is_required(values)
            row.layout.setRowVisible(row.cell, row.shown)
        for section, box in self._boxes:
            box.setVisible(any(self._rows[f.id].shown for f in section.fields))
        self._render_texts()

    # Errors

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Shows each message under its field (those of hidden or unknown fields above the
        form) and moves the focus to the first field in error."""
        self._errors = list(errors)
        self._render_texts()
        first = next((row for row in self._rows.values()
                      if row.shown and row.messages), None)
        if first is None:
            return
        (focus_stops(first.widget) or [first.widget])[0].setFocus(Qt.FocusReason.OtherFocusReason)
        area = _scroll_area_of(self)
        if area is not None:
            area.ensureWidgetVisible(first.cell)

    def clear_errors(self) -> None:
        self._errors = []
        self._render_texts()

    def error_text(self, field_id: str) -> str:
        """What is shown under a field now ("" when it has no error)."""
        row = self._rows[field_id]
        return row.error_text.text() if row.messages else ""

    def _message(self, error: FieldError) -> str:
        return translate(error.message_id, current_language(), **dict(error.params))

    # Texts

    def retranslate(self) -> None:
        self._legend.setText(self.tr("Fields marked * are required."))
        for section, box in self._boxes:
            box.setTitle(forms_text(section.title))
        for row in self._rows.values():
            if row.help is not None and row.field.help:
                row.help.setText(forms_text(row.field.help))
        self._render_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_texts(self) -> None:
        """Labels, error lines and accessible texts: they depend on the language, on which
        fields are required now and on the errors shown."""
        elsewhere: list[str] = []
        for row in self._rows.values():
            row.messages = []
        for error in self._errors:
            at = self._rows.get(error.field_id)
            if at is not None and at.shown:
                at.messages.append(self._message(error))
            else:
                name = (forms_text(self.form.field(error.field_id).label)
                        if self.form.has_field(error.field_id) else error.field_id)
                elsewhere.append(self._error_line_text(f"{name}: {self._message(error)}"))
        for row in self._rows.values():
            self._render_row(row)
        self._form_errors.setText("\n".join(elsewhere))
        self._form_errors.setVisible(bool(elsewhere))

    def _render_row(self, row: _Row) -> None:
        name = forms_text(row.field.label)
        # A no-break space keeps the asterisk on the label's last line.
        row.label.setText(f"{name}\u00a0*" if row.required else name)
        lines = [self._error_line_text(m) for m in row.messages]
        row.error_text.setText("\n".join(lines))
        row.error.setVisible(bool(lines))
        parts = [self.tr("Required.")] if row.required else []
        if row.field.derived:
            parts.append(self.tr("Filled in by the application."))
        if row.field.help:
            parts.append(forms_text(row.field.help))
        describe(row.widget, name, " ".join(parts + lines))

    def _error_line_text(self, message: str) -> str:
        return self.tr("Error: %1").replace("%1", message)


class FormScrollArea(QScrollArea):
    """A form editor that scrolls vertically only: its labels and help wrap instead."""

    def __init__(self, editor: FormEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(editor)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _make_small(label: QLabel) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)


def _paint(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def _help_colour(widget: QWidget) -> QColor:
    # Grey between the text and the background, readable in a light and a dark theme alike.
    text = widget.palette().color(QPalette.ColorRole.WindowText)
    back = widget.palette().color(QPalette.ColorRole.Window)
    return QColor(*(round(0.7 * t + 0.3 * b) for t, b in
                    ((text.red(), back.red()), (text.green(), back.green()),
                     (text.blue(), back.blue()))))


def _error_colour(widget: QWidget) -> QColor:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_DARK if dark else ERROR_LIGHT
