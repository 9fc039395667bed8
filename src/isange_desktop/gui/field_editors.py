"""One small editor widget per field type, all following the `FieldEditor` protocol so the form
editor never asks which kind of field it holds.

Each editor speaks the stored representation of domain/forms/values.py: `value()` gives what
validation expects (None when empty) and `set_value` takes it back. What the user types that
does not parse (a half-typed date, "12a" in a number) is returned as typed, so validation names
the problem at the field instead of the editor silently dropping it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms.fields import Field, FieldType
from isange_desktop.domain.forms.values import is_empty
from isange_desktop.gui.field_editor_base import (
    BaseFieldEditor,
    FieldEditor,
    InputBlocker,
    forms_text,
    wrap_editor,
)
from isange_desktop.gui.line_field_editors import (
    DateEditor,
    DateTimeEditor,
    NumberEditor,
    TextEditor,
)


class LongTextEditor(BaseFieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit(self)
        # Tab must leave the field for keyboard users; a tab character is never wanted here.
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        wrap_editor(self, self.text)
        self.text.textChanged.connect(self.changed)

    def value(self) -> object:
        text = self.text.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: object) -> None:
        self.text.setPlainText("" if is_empty(value) else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class ChoiceEditor(BaseFieldEditor):
    """A combo box: an empty first item, then the declared choices. A stored value the
    declaration does not offer is kept as one more item, so it is seen, not lost."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._blocker = InputBlocker(self)
        wrap_editor(self, self.combo, grow=False).addStretch(1)
        for data, _ in self._options():
            self.combo.addItem("", data)
        self._offered = self.combo.count()
        self.retranslate()
        self.combo.currentIndexChanged.connect(self.changed)

    def _options(self) -> list[tuple[object, str]]:
        """(stored value, text) of each item, the empty answer first."""
        return [(None, self.tr("(choose)")),
                *((c.value, forms_text(c.label)) for c in self.field.choices)]

    def retranslate(self) -> None:
        for index, (_, text) in enumerate(self._options()):
            self.combo.setItemText(index, text)
        if self.combo.count() > self._offered:
            foreign = self.combo.itemData(self._offered)
            self.combo.setItemText(self._offered,
                                   self.tr("%1 (not offered)").replace("%1", str(foreign)))

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        if self.combo.count() > self._offered:
            self.combo.removeItem(self._offered)
        wanted = None if is_empty(value) else value
        # Compared with the type too: True must not select an item stored as 1.
        index = next((i for i, (data, _) in enumerate(self._options())
                      if type(data) is type(wanted) and data == wanted), -1)
        if index < 0:
            self.combo.addItem("", copy.deepcopy(value))
            index = self._offered
            self.retranslate()
        self.combo.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        self._blocker.apply(self.combo, read_only)


class BoolEditor(ChoiceEditor):
    """Not answered / yes / no: "no" is an answer, distinct from no answer (values.py)."""

    def _options(self) -> list[tuple[object, str]]:
        return [(None, self.tr("(not answered)")), (True, self.tr("Yes")), (False, self.tr("No"))]


class MultiChoiceEditor(BaseFieldEditor):
    """A column of check boxes; the value lists the ticked choices in declaration order."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self._blocker = InputBlocker(self)
        self._read_only = False
        self._boxes: list[tuple[object, QCheckBox]] = []
        for choice in field.choices:
            self._add_box(choice.value)
        self._declared = len(self._boxes)
        self.retranslate()

    def _add_box(self, value: object) -> None:
        box = QCheckBox(self)
        box.toggled.connect(self.changed)
        self._blocker.apply(box, self._read_only)
        self._column.addWidget(box)
        self._boxes.append((value, box))

    def retranslate(self) -> None:
        for index, (value, box) in enumerate(self._boxes):
            if index < self._declared:
                box.setText(forms_text(self.field.choices[index].label))
            else:
                box.setText(self.tr("%1 (not offered)").replace("%1", str(value)))

    def value(self) -> object:
        ticked = [value for value, box in self._boxes if box.isChecked()]
        return ticked or None

    def set_value(self, value: object) -> None:
        for _, box in self._boxes[self._declared:]:
            self._column.removeWidget(box)
            box.hide()
            box.deleteLater()
        del self._boxes[self._declared:]
        wanted = list(value) if isinstance(value, list | tuple) else []
        for extra in wanted:
            if extra not in [v for v, _ in self._boxes]:
                self._add_box(extra)
        for v, box in self._boxes:
            box.setChecked(v in wanted)
        self.retranslate()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for _, box in self._boxes:
            self._blocker.apply(box, read_only)

    def focus_widgets(self) -> list[QWidget]:
        return [box for _, box in self._boxes]

    def set_accessible_text(self, name: str, description: str) -> None:
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        # Each box keeps its choice as its name; the question is read as its description.
        for _, box in self._boxes:
            box.setAccessibleDescription(f"{name}. {description}".strip())


class FallbackEditor(BaseFieldEditor):
    """For a field whose editor lives elsewhere (body map, attachments): keeps the value it
    was given, untouched, and says where it is edited."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # Focusable, so a keyboard or screen reader user meets the field and hears the note.
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        wrap_editor(self, self.note)
        self._value: object = None
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self._value) if isinstance(self._value, list | tuple) else 0
        if self.field.type is FieldType.BODY_MAP:
            recorded = self.tr("Injury marks recorded: %n.", "", count)
        else:
            recorded = self.tr("Files attached: %n.", "", count)
        # Not inside the f-string: lupdate reads an f-string as one string and misses the tr().
        elsewhere = self.tr("This field is edited elsewhere.")
        self.note.setText(f"{recorded} {elsewhere}")

    def value(self) -> object:
        return None if is_empty(self._value) else copy.deepcopy(self._value)

    def set_value(self, value: object) -> None:
        self._value = copy.deepcopy(value)
        self.retranslate()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Always read-only here."""


EditorFactory = Callable[[Field, QWidget | None], FieldEditor]

EDITORS: dict[FieldType, EditorFactory] = {
    FieldType.TEXT: TextEditor,
    FieldType.LONG_TEXT: LongTextEditor,
    FieldType.CHOICE: ChoiceEditor,
    FieldType.MULTI_CHOICE: MultiChoiceEditor,
    FieldType.BOOL: BoolEditor,
    FieldType.DATE: DateEditor,
    FieldType.DATETIME: DateTimeEditor,
    FieldType.INTEGER: NumberEditor,
    FieldType.DECIMAL: NumberEditor,
    FieldType.BODY_MAP: FallbackEditor,
    FieldType.ATTACHMENT_LIST: FallbackEditor,
}


def editor_for(field: Field, extra: Mapping[FieldType, EditorFactory] | None = None,
               parent: QWidget | None = None) -> FieldEditor:
    """The editor of a field: `extra` overrides the built-in editor of a type (a body-map
    widget, say), with the same `FieldEditor` protocol."""
    factory = (extra or {}).get(field.type) or EDITORS[field.type]
    editor = factory(field, parent)
    if not isinstance(editor, QWidget) or not isinstance(editor, FieldEditor):
        raise TypeError(f"the editor of {field.type} is not a field-editor widget")
    return editor
