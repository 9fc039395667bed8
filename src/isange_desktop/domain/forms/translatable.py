"""Marks the forms' English source strings for Qt's lupdate without importing Qt.

Every label, help text and choice label in a form declaration is written as
`QT_TRANSLATE_NOOP("forms", "...")`: lupdate finds the call by its name and puts the string in
the "forms" context of the .ts files; at run time this function returns the English text
unchanged and the GUI translates it with `QCoreApplication.translate("forms", text)`.
"""

from __future__ import annotations

CONTEXT = "forms"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
