"""The frozen `isange-desktop` executable's script (packaging/isange_desktop.spec)."""

import sys

# The frozen app loads its alembic migrations from .py files inside its own folder: Python
# must not write their bytecode there (Program Files is read-only for the staff, and the
# folder a signed installer laid down should stay as it was).
sys.dont_write_bytecode = True

from isange_desktop.app import main  # noqa: E402

raise SystemExit(main())
