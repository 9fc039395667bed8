"""Keeps Qt's translation files in step with the sources.

    python -m isange_desktop.gui.translations_tool update   # lupdate: new strings in, gone ones out
    python -m isange_desktop.gui.translations_tool compile  # lrelease: each .ts into its .qm
    python -m isange_desktop.gui.translations_tool check    # list what is unfinished or stale

Run it from a source checkout. `update` reads every .py under src/isange_desktop (the GUI's
tr()/translate() calls and the QT_TRANSLATE_NOOP labels of the domain's forms) and every .ui under
ui/, and merges them into resources/translations/isange_{fr,rw}.ts, keeping what is translated;
isange_en.ts holds only the plural strings ("%n day(s)" -> "%n day" / "%n days"), English being
the source language. qtbase_rw.ts is written by hand: Kinyarwanda words for the buttons and menus
Qt draws itself (Qt ships no Kinyarwanda), under Qt's own contexts and source texts.

The .qm files are generated, never committed: every build compiles them (packaging/
hatch_build.py, run by `pip install -e .` too); after editing a .ts, `compile` refreshes them
in a checkout. `check` (and tests/test_translations.py) fails when they drift apart.
docs/translations.md is the translator's side of this.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = Path("resources") / "translations"
# Languages whose .ts holds every string, and English, which only needs its plural forms.
FULL_LANGUAGES = ("fr", "rw")
PLURAL_ONLY_LANGUAGES = ("en",)
# Written by hand, not by lupdate: see the module docstring.
QT_CATALOGS = ("qtbase_rw",)

# Qt place markers (%1..%99, %n, %L1) and str.format fields ({name}); a translation must keep
# the same ones, or .arg()/.format() fails or silently drops a value.
_PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
# A single "&" marks the keyboard accelerator of the next letter ("&&" is a literal "&").
_ACCELERATOR = re.compile(r"&(.)", re.DOTALL)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def ts_path(name: str, root: Path = REPO_ROOT) -> Path:
    return root / TRANSLATIONS / f"{name}.ts"


def app_ts_names() -> tuple[str, ...]:
    return tuple(f"isange_{lang}" for lang in FULL_LANGUAGES + PLURAL_ONLY_LANGUAGES)


def source_files(root: Path = REPO_ROOT) -> list[Path]:
    """What lupdate reads, relative to `root`. Caches are skipped: mypy's hold old copies."""
    files = [
        path for path in (root / "src" / "isange_desktop").rglob("*.py")
        if not any(part.startswith((".", "__pycache__")) for part in path.parts[len(root.parts):])
    ]
    ui_dir = root / "ui"
    if ui_dir.is_dir():
        files += ui_dir.rglob("*.ui")
    return sorted(path.relative_to(root) for path in files)


def _tool(name: str) -> str:
    # Next to the running interpreter first (the venv's Scripts/ or bin/), then on PATH, then
    # the binary inside the PySide6 package (a build environment may not put its scripts on
    # PATH; "pyside6-lrelease" only wraps PySide6/lrelease).
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        import PySide6  # noqa: PLC0415  (only when the wrapper scripts are missing)

        binary = Path(PySide6.__file__).parent / name.removeprefix("pyside6-")
        found = shutil.which(binary.name, path=str(binary.parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def run_lupdate(ts: Path, language: str, *, plural_only: bool, root: Path = REPO_ROOT) -> None:
    """Merge the sources into `ts` (created if missing), keeping existing translations.

    `-locations none`: line numbers would change the .ts on every unrelated edit of a GUI
    file; the context (the class name) is what tells a translator where a string is shown.
    """
    with tempfile.TemporaryDirectory() as tmp:
        # A list file, because a command line of every source path is too long on Windows.
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(root)) + "\n", "utf-8")
        command = [
            _tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", language,
            *(["-pluralonly"] if plural_only else []), f"@{listing}", "-ts", str(ts),
        ]
        subprocess.run(command, cwd=root, check=True)


def update(root: Path = REPO_ROOT) -> None:
    (root / TRANSLATIONS).mkdir(parents=True, exist_ok=True)
    for lang in FULL_LANGUAGES:
        run_lupdate(ts_path(f"isange_{lang}", root), lang, plural_only=False, root=root)
    for lang in PLURAL_ONLY_LANGUAGES:
        run_lupdate(ts_path(f"isange_{lang}", root), lang, plural_only=True, root=root)


def all_ts(root: Path = REPO_ROOT) -> list[Path]:
    return [ts_path(name, root) for name in app_ts_names() + QT_CATALOGS]


def compile_all(out_dir: Path | None = None, root: Path = REPO_ROOT) -> list[Path]:
    """lrelease every .ts into `out_dir` (default: beside it); returns the .qm paths.

    -fail-on-unfinished: an unfinished entry would silently show English, so lrelease refuses
    it even when `check` was skipped. (Its -fail-on-invalid checks nothing in Qt 6.11, hence
    entry_problems below.)
    """
    written = []
    for ts in all_ts(root):
        qm = (out_dir or ts.parent) / f"{ts.stem}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", "-fail-on-unfinished", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The TS language attribute and its messages."""
    # Our own files from the repository, not untrusted input.
    root = ET.parse(path).getroot()  # noqa: S314
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            unfinished = True
            if translation is not None:
                unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
                if message.get("numerus") == "yes":
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            entries.append(Entry(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes", translations=forms,
                unfinished=unfinished,
            ))
    return root.get("language") or "", entries


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> list[str]:
    return _ACCELERATOR.findall(text.replace("&&", ""))


def entry_problems(entry: Entry) -> list[str]:
    """What is wrong with one translated message, in words a translator can act on."""
    where = f"{entry.context}: {entry.source!r}"
    if entry.unfinished:
        return [f"{where}: unfinished"]
    if not entry.translations or not all(t.strip() for t in entry.translations):
        return [f"{where}: empty translation"]
    problems = []
    wanted = placeholders(entry.source)
    for text in entry.translations:
        # A plural form may leave out %n ("un jour") only if Qt could still show the count;
        # keeping it in every form is the rule Qt Linguist itself warns about.
        if placeholders(text) != wanted:
            problems.append(f"{where}: placeholders {placeholders(text)} instead of {wanted}")
        keys = accelerators(text)
        if len(keys) != len(accelerators(entry.source)):
            problems.append(f"{where}: {len(keys)} '&' accelerators in {text!r}")
        elif keys and not keys[0].isalnum():
            problems.append(f"{where}: the '&' of {text!r} is not before a letter or digit")
    return problems


def ts_problems(path: Path) -> list[str]:
    _, entries = read_ts(path)
    problems = [f"{path.name}: {p}" for entry in entries for p in entry_problems(entry)]
    return problems or ([f"{path.name}: no messages"] if not entries else [])


def fresh_entries(language: str, *, plural_only: bool, root: Path = REPO_ROOT) -> list[Entry]:
    """What lupdate finds in the sources today, into a new .ts outside the repository."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / f"fresh_{language}.ts"
        run_lupdate(ts, language, plural_only=plural_only, root=root)
        return read_ts(ts)[1]


def drift(root: Path = REPO_ROOT) -> list[str]:
    """Strings the sources have and a .ts lacks, and the reverse: either way, run `update`."""
    problems = []
    for lang in FULL_LANGUAGES + PLURAL_ONLY_LANGUAGES:
        name = f"isange_{lang}"
        have = {e.key for e in read_ts(ts_path(name, root))[1]}
        plural_only = lang in PLURAL_ONLY_LANGUAGES
        found = {e.key for e in fresh_entries(lang, plural_only=plural_only, root=root)}
        problems += [f"{name}.ts lacks {c}: {s!r} (run update)" for c, s, _, _ in
                     sorted(found - have)]
        problems += [f"{name}.ts has {c}: {s!r}, which no source has (run update)"
                     for c, s, _, _ in sorted(have - found)]
    return problems


@dataclass(frozen=True)
class Call:
    """A string the code translates at run time, as the code (not lupdate) reads it."""

    where: str
    context: str
    source: str
    plural: bool


_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")


class _CallFinder(ast.NodeVisitor):
    """Qt's Python lupdate reads code with a few fixed patterns and silently skips the rest;
    this reads the same calls with Python's own parser, so `invisible_calls` can name each
    string lupdate missed."""

    def __init__(self, path: str, tree: ast.Module) -> None:
        self.path, self.calls, self.classes = path, list[Call](), list[str]()
        body = tree.body
        # Module-level `_CTX = "..."` used as a context, and one-line helpers such as
        # `def _tr(text): return QCoreApplication.translate("Ctx", text)`.
        self.constants = {t.id: v for n in body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name)
                          if (v := _text(n.value)) is not None}
        self.helpers = {}
        for node in body:
            if isinstance(node, ast.FunctionDef) and isinstance(node.body[-1], ast.Return):
                value = node.body[-1].value
                if isinstance(value, ast.Call) and _name(value.func) == "translate" \
                        and value.args and (ctx := self._context(value.args[0])):
                    self.helpers[node.name] = ctx

    def _context(self, node: ast.expr) -> str | None:
        return _text(node) or (self.constants.get(node.id) if isinstance(node, ast.Name) else None)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        counted = any(k.arg == "n" for k in node.keywords)
        ctx = text = None
        if _name(func) == "translate" and isinstance(func, ast.Attribute) \
                and _name(func.value) in _APPLICATIONS and len(args) >= 2:
            ctx, text, counted = self._context(args[0]), _text(args[1]), counted or len(args) > 3
        elif _name(func) == "tr" and isinstance(func, ast.Attribute) and args:
            owner = _name(func.value)
            ctx = (self.classes[-1] if self.classes else None) if owner == "self" else owner
            text, counted = _text(args[0]), counted or len(args) > 2
        elif _name(func) == "QT_TRANSLATE_NOOP" and len(args) == 2:
            ctx, text = self._context(args[0]), _text(args[1])
        elif isinstance(func, ast.Name) and func.id in self.helpers and args:
            ctx, text = self.helpers[func.id], _text(args[0])
        if ctx and text:
            self.calls.append(Call(f"{self.path}:{node.lineno}", ctx, text, counted))
        self.generic_visit(node)


def translated_calls(root: Path = REPO_ROOT) -> list[Call]:
    calls: list[Call] = []
    for path in source_files(root):
        if path.suffix == ".py":
            tree = ast.parse((root / path).read_text("utf-8"))
            finder = _CallFinder(path.as_posix(), tree)
            finder.visit(tree)
            calls += finder.calls
    return calls


def invisible_calls(root: Path = REPO_ROOT) -> list[str]:
    """Strings translated at run time that lupdate does not extract (or not as a plural):
    they would stay English whatever the .ts says, so `update` cannot be trusted with them."""
    seen = {(e.context, e.source, e.numerus) for e in
            fresh_entries(FULL_LANGUAGES[0], plural_only=False, root=root)}
    return [f"{c.where}: lupdate does not see {c.context}: {c.source!r}"
            + (" as a plural" if c.plural else "") + "; use self.tr() or a literal context"
            for c in translated_calls(root) if (c.context, c.source, c.plural) not in seen]


def stale_qm(root: Path = REPO_ROOT) -> list[str]:
    """Committed .qm files that differ from what their .ts compiles to today."""
    with tempfile.TemporaryDirectory() as tmp:
        problems = []
        for built in compile_all(Path(tmp), root):
            committed = root / TRANSLATIONS / built.name
            if not committed.is_file() or committed.read_bytes() != built.read_bytes():
                problems.append(f"{committed.name} is not up to date with its .ts (run compile)")
        return problems


def check(root: Path = REPO_ROOT) -> list[str]:
    """Everything `check` reports, most basic first: a .ts that is not finished is not worth
    compiling or comparing yet."""
    problems = [p for ts in all_ts(root) if ts.is_file() for p in ts_problems(ts)]
    problems += [f"{ts.name} is missing (run update)" for ts in all_ts(root) if not ts.is_file()]
    if problems:
        return problems
    return invisible_calls(root) + drift(root) + stale_qm(root)


def _print(lines: Iterable[str]) -> None:
    for line in lines:
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m isange_desktop.gui.translations_tool",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    if not (REPO_ROOT / "src" / "isange_desktop").is_dir():
        # An installed wheel has the .qm files but neither the sources nor the .ts files.
        parser.error(f"run it from a source checkout ({REPO_ROOT} is not one)")
    if args.command == "update":
        update()
        for name in app_ts_names():
            left = sum(e.unfinished for e in read_ts(ts_path(name))[1])
            _print([f"updated {name}.ts: {left} to translate"])
        _print(invisible_calls())
    elif args.command == "compile":
        _print(f"wrote {qm.name}" for qm in compile_all())
    else:
        problems = check()
        _print(problems)
        if problems:
            return 1
        _print(["all translations finished and up to date"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
