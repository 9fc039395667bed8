"""`isange report ...` subcommands of the case documents."""

from __future__ import annotations

import argparse
from typing import Any


def register(report: Any, with_user: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to `isange report`."""
