"""Where the vault lives by default: per machine on Windows (ProgramData), per user elsewhere."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Isange Desktop"
APP_AUTHOR = "Isange"
DATA_DIR_ENV = "ISANGE_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        # One vault per workstation, shared by every staff account (the installer grants
        # modify rights on this folder to the workstation's users).
        return Path(platformdirs.site_data_dir(APP_NAME, APP_AUTHOR))
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
