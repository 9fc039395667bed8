"""The core never imports Qt (ARCHITECTURE.md): checked in a clean interpreter."""

import subprocess
import sys

CORE = ["domain", "store", "audit", "services", "transfer", "reports"]


def test_core_packages_do_not_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import isange_desktop\n"
        f"for pkg in {CORE!r}:\n"
        "    mod = importlib.import_module('isange_desktop.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import isange_desktop.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
