"""The files a person names on the command line: reading them (cards, statements, bundles,
notes) and checking a new output file's path before any work is done."""

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


def new_file_path(text: str) -> Path:
    """The path of a file to be written: refused at once when it exists or its folder does
    not, so no report is computed (and audited) for a file that cannot be written."""
    path = Path(text)
    if path.exists():
        raise ValidationError("print.file_exists", path=str(path))
    if not path.parent.is_dir():
        raise ValidationError("print.file_unwritable", path=str(path))
    return path
