"""Fill unfinished entries of the .ts files from a JSON file of translations.

    python -m isange_desktop.gui.translation_fill FILE.json

For translations prepared outside Qt Linguist (a translator's spreadsheet, a colleague's
branch): FILE.json is ``{"<context>": {"<English source>": {"fr": "...", "rw": "..."}}}``, a
plural source giving a list of forms (``"fr": ["%n cas", "%n cas"]``). Only entries that are
still unfinished are filled, so a reviewed translation is never overwritten; an entry whose
placeholders or accelerators differ from the source is refused, as `check` would refuse it.
Run `translations_tool update` first (the new sources must be in the .ts) and `compile` after.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from isange_desktop.gui.translations_tool import (
    FULL_LANGUAGES,
    Entry,
    entry_problems,
    ts_path,
    update,
)

Translations = Mapping[str, Mapping[str, Mapping[str, object]]]


def _forms(value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def fill_ts(path: Path, language: str, translations: Translations) -> tuple[int, list[str]]:
    """Fill what `translations` has for the unfinished entries of one .ts; returns how many
    were filled and the problems of those refused."""
    tree = ET.parse(path)  # noqa: S314 - the project's own file
    filled, problems = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            forms = _forms(translations.get(name, {}).get(source, {}).get(language))
            if forms is None:
                continue
            numerus = message.get("numerus") == "yes"
            entry = Entry(name, source, message.findtext("comment") or "", numerus, forms,
                          unfinished=False)
            refused = entry_problems(entry)
            if refused or numerus != (len(forms) > 1):
                problems += [f"{path.name}: {name}: {source!r}: {p}" for p in refused] or \
                    [f"{path.name}: {name}: {source!r}: plural forms do not match"]
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            del translation.attrib["type"]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m isange_desktop.gui.translation_fill",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("json_file", type=Path)
    args = parser.parse_args(argv)
    translations = json.loads(args.json_file.read_text("utf-8"))
    problems: list[str] = []
    for language in FULL_LANGUAGES:
        filled, refused = fill_ts(ts_path(f"isange_{language}"), language, translations)
        problems += refused
        print(f"isange_{language}.ts: {filled} filled")
    update()  # lupdate writes the files back in its own layout
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
