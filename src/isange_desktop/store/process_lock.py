"""One process per vault: an OS file lock that the kernel drops if the process dies."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from isange_desktop.errors import VaultBusy, VaultError

LOCK_NAME = "vault.lock"


class ProcessLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        except PermissionError as exc:
            raise VaultError("vault.read_only", path=str(self.path.parent)) from exc
        except OSError as exc:
            raise VaultError("vault.read_only", path=str(self.path.parent)) from exc
        try:
            _lock(fh)
        except OSError:
            fh.close()
            raise VaultBusy("vault.busy") from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
