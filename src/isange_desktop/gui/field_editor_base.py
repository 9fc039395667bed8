"""What every field editor is (the `FieldEditor` protocol and its Qt base), and the small
pieces they share: translation of form texts, focus stops, accessible text, read-only input."""


from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms.fields import Field
from isange_desktop.domain.forms.translatable import CONTEXT


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


def wrap_editor(editor: BaseFieldEditor, inner: QWidget, *, grow: bool = True) -> QHBoxLayout:
    """Lays `inner` out as the whole editor; a unit or zone label may be added after it."""
    row = QHBoxLayout(editor)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(inner, 1 if grow else 0)
    editor.setFocusProxy(inner)
    return row


class InputBlocker(QObject):
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
