"""The frozen build's inputs that can be checked without building: the Windows version
resource and the spec's list of Qt modules left out (the build itself: packaging/build_linux.sh)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import windows_version  # noqa: E402

RESOURCE_CLASSES = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                    "StringStruct", "VarFileInfo", "VarStruct")


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("2", (2, 0, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
    ("1.2.0rc1", (1, 2, 0, 0)), ("1.2.0+ci.7", (1, 2, 0, 0)),
])
def test_version_numbers(version, numbers):
    assert windows_version.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["", "v1.0", "1.70000.0"])
def test_a_version_windows_cannot_hold_is_refused(version):
    with pytest.raises(ValueError):
        windows_version.version_tuple(version)


def test_the_version_resource_is_what_pyinstaller_reads(tmp_path):
    # Given the package version
    version = windows_version.package_version()
    # When the spec writes the console executable's resource
    path = windows_version.write_version_file(tmp_path, version, "isange", "Admin")
    text = path.read_text(encoding="utf-8")
    # Then it is one expression of PyInstaller's version classes (evaluated here with
    # stand-ins: the real ones need pefile, which only Windows builds install) ...
    made: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def stand_in(name: str) -> Any:
        return lambda *args, **kwargs: made.append((name, args, kwargs)) or name

    ast.parse(text, mode="eval")
    # evaluated as PyInstaller evaluates it (our own text, no builtins)
    eval(text, {"__builtins__": {}}, {n: stand_in(n) for n in RESOURCE_CLASSES})
    strings = {args[0]: args[1] for name, args, _ in made if name == "StringStruct"}
    fixed = next(kwargs for name, _, kwargs in made if name == "FixedFileInfo")
    # ... carrying the version in its numbers and its strings, and the file's own name
    assert fixed["filevers"] == fixed["prodvers"] == windows_version.version_tuple(version)
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "isange.exe"
    assert strings["ProductName"] == "Isange Desktop"


def test_the_real_reader_accepts_it(tmp_path):
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo",
                                      exc_type=ImportError)
    path = windows_version.write_version_file(tmp_path, "1.2.3", "isange-desktop", "App")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert isinstance(info, versioninfo.VSVersionInfo)


def test_the_spec_keeps_every_qt_module_the_app_imports():
    # The spec's QT_UNUSED is excluded from the frozen build: importing one of them in the
    # sources would work from a checkout and fail only in the installed app.
    spec = (ROOT / "packaging" / "isange_desktop.spec").read_text(encoding="utf-8")
    unused = next(ast.literal_eval(node.value) for node in ast.parse(spec).body
                  if isinstance(node, ast.Assign)
                  and getattr(node.targets[0], "id", None) == "QT_UNUSED")
    imported = {m for path in (ROOT / "src").rglob("*.py")
                for m in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= imported
    assert imported.isdisjoint(unused), imported & set(unused)
