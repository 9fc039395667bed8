"""The files a person names on the command line: reading them (cards, statements, bundles,
notes) and checking a new output file's path before any work is done."""

from __future__ import annotations

from pathlib import Path

from isange_desktop.errors import ValidationError
from isange_desktop.store.bounded_file import read_bounded

__all__ = ["new_file_path", "read_bounded"]


def new_file_path(text: str) -> Path:
    """The path of a file to be written: refused at once when it exists or its folder does
    not, so no report is computed (and audited) for a file that cannot be written."""
    path = Path(text)
    if path.exists():
        raise ValidationError("print.file_exists", path=str(path))
    if not path.parent.is_dir():
        raise ValidationError("print.file_unwritable", path=str(path))
    return path
