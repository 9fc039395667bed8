"""Loads the Qt Designer forms of the top-level `ui/` folder into the widgets that own them.
Written by hand: no code is generated from the forms (they stay .ui and load at run time).

QUiLoader at run time rather than pyside6-uic at build time: a checkout installed with
`pip install -e .` has no build step, and a loader with language change enabled re-translates
every text of the form by itself when the app switches language. The translation context of
those texts is the form's class name (`<class>` in the .ui), which is also how lupdate files
them, so naming the form after its Python class shares one context with the class's `tr()`.

The form is loaded *into* its owner: the .ui's top-level widget is the owner itself, so a
LoginWindow keeps its signals and methods, and the form's window title, size and layout land on
it with no wrapper widget in between. Python keeps only what changes at run time.

A .ui edited wrong fails at start, not as a dead button later: `load_ui` raises UiFileError on
an unreadable file, a widget class it cannot make or any complaint of the loader, and `child`
raises it for a missing or mistyped object, naming the file and the object.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QDir,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from isange_desktop.resource_files import resource_path

# Where `child` finds the name of the file a widget was loaded from, for its error message.
_FILE_PROPERTY = "isange_ui_file"

ObjectT = TypeVar("ObjectT", bound=QObject)


class UiFileError(RuntimeError):
    """A .ui file that does not match the code using it (or cannot be read at all)."""


def ui_file(name: str) -> Path:
    """`ui/<name>.ui`, wherever the app runs from (checkout, wheel, frozen build)."""
    return resource_path(f"{name}.ui", top="ui")


def load_ui(name: str, parent: QWidget,
            custom_widgets: Iterable[type[QWidget]] = ()) -> QWidget:
    """Build `ui/<name>.ui` into `parent`, which becomes the form's top-level widget; returns
    `parent`. `custom_widgets` are the project's widget classes the form names (promoted
    widgets in Designer), made by calling `cls(parent)`."""
    path = ui_file(name)
    loader = _IntoOwner(parent, {cls.__name__: cls for cls in custom_widgets})
    loader.setLanguageChangeEnabled(True)
    loader.setWorkingDirectory(QDir(str(path.parent)))  # for icons named relative to the .ui
    parent.setProperty(_FILE_PROPERTY, f"ui/{path.name}")
    with _qt_warnings() as warnings:
        try:
            loaded = loader.load(str(path), None)
        except RuntimeError as exc:  # PySide's "Unable to open/read ui device"
            raise UiFileError(f"ui/{path.name}: {loader.errorString() or exc}") from exc
    problems = loader.problems + warnings
    if loaded is not parent:
        problems.append("its top-level widget was not built into the owner")
    if problems:
        raise UiFileError(f"ui/{path.name}: " + "; ".join(problems))
    return parent


def child(widget: QWidget, cls: type[ObjectT], object_name: str) -> ObjectT:
    """The object named `object_name` under `widget`, which must be a `cls` (a widget or a
    layout); UiFileError naming the .ui file otherwise."""
    found = widget.findChild(cls, object_name)
    if found is not None:
        return found
    source = widget.property(_FILE_PROPERTY) or f"the form of {type(widget).__name__}"
    other = widget.findChild(QObject, object_name)
    if other is None:
        raise UiFileError(f"{source} has no {cls.__name__} named {object_name!r}")
    raise UiFileError(f"{source}: {object_name!r} is a {type(other).__name__}, "
                      f"the code needs a {cls.__name__}")


class _IntoOwner(QUiLoader):
    """Hands the owner back for the form's top-level widget and makes the project's custom
    widgets itself; what goes wrong is kept in `problems` (an exception raised inside this
    C++ callback would be printed and lost)."""

    def __init__(self, owner: QWidget, custom: dict[str, type[QWidget]]) -> None:
        super().__init__()
        self._owner: QWidget | None = owner
        self._custom = custom
        self.problems: list[str] = []

    def createWidget(self, className: str, parent: QWidget | None = None,
                     name: str = "") -> QWidget:
        if parent is None and self._owner is not None:
            owner, self._owner = self._owner, None
            if not owner.inherits(className):
                self.problems.append(f"its top-level widget is a {className}, but "
                                     f"{type(owner).__name__} is not one")
            return owner
        custom = self._custom.get(className)
        if custom is not None:
            widget = custom(parent)
            widget.setObjectName(name)
            return widget
        made: QWidget | None = super().createWidget(className, parent, name)
        if made is None:
            self.problems.append(f"no widget class {className} (for {name!r})")
            # An empty stand-in lets the loader finish, so every problem is listed at once.
            made = QWidget(parent)
            made.setObjectName(f"_unknown_{name}")
        return made


@contextmanager
def _qt_warnings() -> Iterator[list[str]]:
    """Collect the warnings Qt prints on this thread meanwhile (the loader only warns about an
    unknown widget class or a tab stop naming no widget); pass every message on as usual."""
    caught: list[str] = []
    here = threading.get_ident()
    quiet = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind not in quiet and threading.get_ident() == here:
            caught.append(message.strip('"'))
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)
