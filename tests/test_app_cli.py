"""The `isange-desktop` entry point, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

CORE_PACKAGES = ("domain", "store", "audit", "services", "transfer", "reports")


def run_app(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    tmp.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISANGE_LANG": "en",
           "TMPDIR": str(tmp)}
    return subprocess.run([sys.executable, "-m", "isange_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=180)


def distinct_colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), 5)
                for y in range(0, image.height(), 5)})


def test_demo_screenshots_are_full_size_and_drawn(qapp, tmp_path):
    # When the demo runs with --screenshot
    shots = tmp_path / "shots"
    proc = run_app("--demo", "--screenshot", str(shots), tmp=tmp_path / "tmp")
    # Then it exits 0 with the main screens saved at 1366x768, each with real content
    assert proc.returncode == 0, proc.stderr
    names = ("login.png", "main.png", "cases.png", "intake.png", "medical.png",
             "due_today.png", "shelter.png")
    for name in (f"{lang}/{n}" for lang in ("rw", "en", "fr") for n in names):
        image = QImage(str(shots / name))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1366, 768), name
        assert distinct_colours(image) > 8, name
    # And the throw-away demo vault is gone
    assert list((tmp_path / "tmp").iterdir()) == []


def test_screenshot_needs_the_demo(tmp_path):
    proc = run_app("--screenshot", str(tmp_path / "shots"), tmp=tmp_path / "tmp")
    assert proc.returncode == 2
    assert "--demo" in proc.stderr


def test_the_core_never_imports_qt():
    names = ", ".join(f"isange_desktop.{p}" for p in CORE_PACKAGES)
    code = (f"import sys, importlib, pkgutil\n"
            f"import {names}\n"
            f"for pkg in ({names},):\n"
            f"    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            f"        importlib.import_module(m.name)\n"
            f"assert not any(n.startswith('PySide6') for n in sys.modules), 'PySide6'\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
