"""Reading a file the user named (a bundle, a card, a scan) without trusting its size."""

from __future__ import annotations

from pathlib import Path

from isange_desktop.errors import ValidationError


def read_bounded(path: Path, limit: int, unreadable: str) -> bytes:
    """At most one byte past ``limit``: enough for the reader to call the file too large
    without loading a huge or endless one. ``unreadable`` is the message id (with ``path``)
    for a file that cannot be opened."""
    try:
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except OSError:
        raise ValidationError(unreadable, path=str(path)) from None
