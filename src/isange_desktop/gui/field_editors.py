"""One small editor widget per field type, all following the `FieldEditor` protocol so the form
editor never asks which kind of field it holds.

Each editor speaks the stored representation of domain/forms/values.py: `value()` gives what
validation expects (None when empty) and `set_value` takes it back. What the user types that
does not parse (a half-typed date, "12a" in a number) is returned as typed, so validation names
the problem at the field instead of the editor silently dropping it.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.forms.fields import Field, FieldType
from isange_desktop.domain.forms.translatable import CONTEXT
from isange_desktop.domain.forms.values import format_datetime, is_empty, parse_datetime

# Numbers beyond these are typos, not answers; the declared range is checked by validation.
_NUMBER_LIMIT = 10**9


def forms_text(text: str) -> str:
    """A label, help text or unit of a form declaration in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


@runtime_checkable
class FieldEditor(Protocol):
    """What the form editor asks of a field's editor, a QWidget (the built-in ones below, or
    one plugged in through `editor_for(extra=...)` such as the body map).

    `changed` is emitted whenever the value may have changed, by the user or by `set_value`;
    `value()` is the stored JSON value (values.py), None or empty when there is no answer;
    `set_value` takes one back, None clearing the editor. Optional: `focus_widgets()` (the
    Tab stops, in order) and `set_accessible_text(name, description)`; see focus_stops().
    """

    changed: ClassVar[Signal]

    def value(self) -> object: ...

    def set_value(self, value: object) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...


class BaseFieldEditor(QWidget):
    """The built-in editors' common part: their texts follow a language change, and the
    field's name and description reach the widget that takes the focus."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the editor's own texts again after a language change."""

    def focus_widgets(self) -> list[QWidget]:
        return [self.focusProxy() or self]

    def set_accessible_text(self, name: str, description: str) -> None:
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        for widget in self.focus_widgets():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def focus_stops(editor: QWidget) -> list[QWidget]:
    """Where Tab stops in an editor, first one first (its own list when it gives one)."""
    own = getattr(editor, "focus_widgets", None)
    if callable(own):
        return list(own())
    proxy = editor.focusProxy()
    if proxy is not None or editor.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [proxy or editor]
    stops: list[QWidget] = []
    widget = editor.nextInFocusChain()
    while widget is not None and widget is not editor and editor.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def describe(editor: QWidget, name: str, description: str) -> None:
    """Gives an editor its field's accessible name and description (required, help, errors)."""
    own = getattr(editor, "set_accessible_text", None)
    if callable(own):
        own(name, description)
    else:
        editor.setAccessibleName(name)
        editor.setAccessibleDescription(description)


def _wrap(editor: BaseFieldEditor, inner: QWidget, *, grow: bool = True) -> QHBoxLayout:
    """Lays `inner` out as the whole editor; a unit or zone label may be added after it."""
    row = QHBoxLayout(editor)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(inner, 1 if grow else 0)
    editor.setFocusProxy(inner)
    return row


class _InputBlocker(QObject):
    """Swallows what would change a combo or check box, so a read-only one keeps its normal
    look and its focus (a screen reader can still read it) but cannot be changed."""

    _BLOCKED = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                          QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})
    _KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
    _FOCUS_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._BLOCKED:
            return True
        if event.type() in self._KEYS and isinstance(event, QKeyEvent):
            return event.key() not in self._FOCUS_KEYS
        return False

    def apply(self, widget: QWidget, read_only: bool) -> None:
        widget.removeEventFilter(self)
        if read_only:
            widget.installEventFilter(self)


class _LineEditor(BaseFieldEditor):
    """A one-line input; a value set from outside comes back unchanged while its text is
    untouched (a stored 70 stays 70, not 70.0; a UTC time keeps its "Z")."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self._given: object = None
        self._given_text = ""
        self._sample = ""
        self._limit = self.line.maxLength()
        self._row = _wrap(self, self.line)
        self.line.textChanged.connect(self.changed)

    def value(self) -> object:
        text = self.line.text().strip()
        if not text:
            return None
        if self._given is not None and text == self._given_text:
            return self._given
        return self._parse(text)

    def set_value(self, value: object) -> None:
        self._given = None if is_empty(value) else copy.deepcopy(value)
        self._given_text = "" if self._given is None else self._display(self._given)
        # A stored text too long for the field is shown whole: validation says so, and
        # nothing is cut behind the user's back.
        self.line.setMaxLength(max(self._limit, len(self._given_text)))
        self.line.setText(self._given_text)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def _parse(self, text: str) -> object:
        return text

    def _display(self, value: object) -> str:
        return str(value)

    def _fit(self, sample: str, after: QLabel | None = None) -> None:
        """A short input sized to what it holds, with an optional label after it."""
        self._sample = sample
        self._row.setStretch(0, 0)
        if after is not None:
            self._row.addWidget(after)
        self._row.addStretch(1)
        self._fit_width()

    def _fit_width(self) -> None:
        # Wide enough for the sample and for the placeholder in the current language.
        metrics = self.line.fontMetrics()
        text = max(self._sample, self.line.placeholderText(), key=metrics.horizontalAdvance)
        self.line.setFixedWidth(metrics.horizontalAdvance(text) + 4 * metrics.averageCharWidth())


class TextEditor(_LineEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._limit = field.length_limit or self._limit
        self.line.setMaxLength(self._limit)
        if self._limit <= 30:
            self._fit("M" * max(self._limit, 8))


class LongTextEditor(BaseFieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit(self)
        # Tab must leave the field for keyboard users; a tab character is never wanted here.
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        _wrap(self, self.text)
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
        self._blocker = _InputBlocker(self)
        _wrap(self, self.combo, grow=False).addStretch(1)
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
        self._blocker = _InputBlocker(self)
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


class DateEditor(_LineEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9-]{0,10}"),
                                                           self.line))
        self._fit("0000-00-00")
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._fit_width()


class DateTimeEditor(_LineEditor):
    """Typed as "YYYY-MM-DD HH:MM" in the center's time, stored with the center's offset."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.zone = QLabel(self)
        self._fit("0000-00-00 00:00:00", self.zone)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self._fit_width()
        offset = datetime(2000, 1, 1, tzinfo=CENTER_TZ).isoformat()[-6:]  # "+02:00"
        self.zone.setText(self.tr("center time (UTC%1)").replace("%1", offset))

    def _parse(self, text: str) -> object:
        if ":" not in text:
            return text  # a date without a time is not an instant; validation says so
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=CENTER_TZ)
        return format_datetime(moment)

    def _display(self, value: object) -> str:
        moment = parse_datetime(value)
        if moment is None:
            return str(value)
        local = moment.astimezone(CENTER_TZ)
        spec = "minutes" if local.second == 0 and local.microsecond == 0 else "auto"
        return f"{local.date().isoformat()} {local.time().isoformat(timespec=spec)}"


class NumberEditor(_LineEditor):
    """Typed with the user's decimal separator; the unit is shown after the input."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.unit = QLabel(self)
        self._locale = QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator
                                      | QLocale.NumberOption.RejectGroupSeparator)
        negative = field.minimum is not None and field.minimum < 0
        bottom = -_NUMBER_LIMIT if negative else 0
        validator: QIntValidator | QDoubleValidator
        if field.type is FieldType.INTEGER:
            validator = QIntValidator(bottom, _NUMBER_LIMIT, self.line)
        else:
            validator = QDoubleValidator(bottom, _NUMBER_LIMIT, 6, self.line)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(self._locale)
        self.line.setValidator(validator)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._fit("0000000.00", self.unit)
        self.retranslate()

    def retranslate(self) -> None:
        self.unit.setText(forms_text(self.field.unit) if self.field.unit else "")

    def _parse(self, text: str) -> object:
        whole, ok = self._locale.toLongLong(text)
        if ok:
            return whole
        if self.field.type is FieldType.DECIMAL:
            number, ok = self._locale.toDouble(text)
            if ok and math.isfinite(number):
                return number
        return text

    def _display(self, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return self._locale.toString(value)
        if isinstance(value, float) and math.isfinite(value):
            shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
            return self._locale.toString(value, "g", shortest)
        return str(value)


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
        _wrap(self, self.note)
        self._value: object = None
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self._value) if isinstance(self._value, list | tuple) else 0
        if self.field.type is FieldType.BODY_MAP:
            recorded = self.tr("Injury marks recorded: %n.", "", count)
        else:
            recorded = self.tr("Files attached: %n.", "", count)
        self.note.setText(f"{recorded} {self.tr('This field is edited elsewhere.')}")

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
