"""Finds the files of the top-level `resources/` and `ui/` folders in every way the app is run.

A source checkout has them at the repository root; the wheel carries them as
`isange_desktop/_resources` and `isange_desktop/_ui` (pyproject's force-include); a PyInstaller
build puts them next to the executable, or inside the unpacked bundle (`sys._MEIPASS`) when the
spec adds them as data.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots(top: str) -> list[Path]:
    roots: list[Path] = []
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            roots.append(Path(bundle) / top)
        roots.append(Path(sys.executable).resolve().parent / top)
    roots.append(_PACKAGE / f"_{top}")
    roots.append(_PACKAGE.parents[1] / top)
    return roots


def resource_path(*parts: str, top: str = "resources") -> Path:
    """The first existing `<top>/<parts...>` (`top` is "resources" or "ui"); FileNotFoundError
    names every place tried, so a packaging mistake is found at once rather than as a blank
    drawing."""
    tried = [root.joinpath(*parts) for root in _roots(top)]
    for candidate in tried:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{top} file not found: " + ", ".join(str(p) for p in tried))
