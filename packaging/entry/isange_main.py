"""The frozen `isange` (admin command line) executable's script (packaging/isange_desktop.spec)."""

import sys

# As for the desktop executable: no bytecode of the migrations written into the app's folder.
sys.dont_write_bytecode = True

from isange_desktop.cli import main  # noqa: E402

raise SystemExit(main())
