"""The forms' labels and choices in a chosen language, read from the Qt Linguist files without
Qt.

Form declarations carry English source strings marked with QT_TRANSLATE_NOOP (context "forms",
and "gbv_classification" for the GBVIMS questions); the GUI translates them through the
compiled .qm files. A printed document must use the same words as the screen, in a language
chosen at print time, and reports/ must not import Qt: so this reads the .ts source files
(plain XML, shipped in resources/translations) and keeps one table per language and context.
An unfinished or missing translation prints the English source, as Qt itself would show it.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from isange_desktop.resource_files import resource_path

FORMS = "forms"
CLASSIFICATION = "gbv_classification"


@functools.cache
def _table(lang: str, context: str) -> dict[str, str]:
    if lang == "en":
        return {}  # English is the source language: the .ts holds only plural forms
    # The project's own file, shipped with the app: not untrusted input.
    root = ET.parse(resource_path("translations", f"isange_{lang}.ts")).getroot()  # noqa: S314
    table: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[source] = translation.text
    return table


def form_text(text: str, lang: str, context: str = FORMS) -> str:
    """`text` (an English source string of the forms) in `lang`."""
    return _table(lang, context).get(text, text)
