"""Finds the files of the top-level `resources/` folder in every way the app is run.

A source checkout has it at the repository root; the wheel carries it as
`isange_desktop/_resources` (pyproject's force-include); a PyInstaller build puts it next to
the executable, or inside the unpacked bundle (`sys._MEIPASS`) when the spec adds it as data.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def _roots() -> list[Path]:
    roots: list[Path] = []
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            roots.append(Path(bundle) / "resources")
        roots.append(Path(sys.executable).resolve().parent / "resources")
    roots.append(_PACKAGE / "_resources")
    roots.append(_PACKAGE.parents[1] / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The first existing `resources/<parts...>`; FileNotFoundError names every place tried,
    so a packaging mistake is found at once rather than as a blank drawing."""
    tried = [root.joinpath(*parts) for root in _roots()]
    for candidate in tried:
        if candidate.exists():
            return candidate
    raise FileNotFoundError("resource not found: " + ", ".join(str(p) for p in tried))
