"""Writing a file the user asked for, whole or not at all, and never over another one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from isange_desktop.store.atomic_file import fsync_dir


def write_exclusive(path: Path, data: bytes) -> None:
    """Write ``data`` to a sibling temp file, fsync it, then give it its name only if nothing
    has that name yet: FileExistsError otherwise, and no half-written file under the name
    (a reader sees nothing, or all of it).

    A hard link is the atomic "create only if absent" rename POSIX and NTFS both have. A
    FAT32 USB stick (the usual way a file leaves the center) has no hard links: there Windows'
    rename, which refuses an existing target, takes its place; elsewhere a check before the
    rename leaves a window of microseconds, on a stick one person is using.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            if os.name != "nt" and os.path.lexists(path):
                raise FileExistsError(str(path)) from None
            os.rename(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)
