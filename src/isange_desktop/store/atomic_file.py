"""Atomic file replacement: a reader sees the old bytes or the new ones, never a mix."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from isange_desktop.errors import ValidationError


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a sibling temp file, fsync it, rename over ``path``, fsync the folder."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new_file(path: Path, data: bytes) -> None:
    """Writes `data` to `path`, which must not exist, atomically: a temporary file in the same
    folder, flushed to disk, then linked (POSIX) or renamed (Windows) into place, both of
    which refuse an existing name, so a file appearing meanwhile is never overwritten."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "nt":
            os.rename(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:
                # A file system without hard links (a FAT stick): the check and the rename
                # are then two steps, as close together as they can be.
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
        fsync_dir(path.parent)
    except FileExistsError:
        raise ValidationError("print.file_exists", path=str(path)) from None
    except OSError:
        raise ValidationError("print.file_unwritable", path=str(path)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def save_document(path: Path, render: Callable[[], bytes], *, replace: bool) -> Path:
    """Render a document for saving and write ``path`` whole or not at all. The path is
    checked before ``render`` runs (rendering is audited: no event for a file that cannot be
    written). An existing file is replaced only when ``replace`` (a file dialog asked the
    person); otherwise one that appeared meanwhile is never overwritten."""
    if not path.parent.is_dir():
        raise ValidationError("print.file_unwritable", path=str(path))
    if not replace and path.exists():
        raise ValidationError("print.file_exists", path=str(path))
    data = render()
    if not replace:
        write_new_file(path, data)
        return path
    try:
        write_atomic(path, data)
    except OSError:
        raise ValidationError("print.file_unwritable", path=str(path)) from None
    return path
