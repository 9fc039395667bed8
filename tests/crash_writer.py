"""The writer that tests/test_crash_safety.py kills with SIGKILL. Not a test module.

    python tests/crash_writer.py DATA_DIR LOGIN   (the password on the first line of stdin)

It imports everything first and only then reads its password, so the parent can start it
early and still decide when it may touch the vault. Once logged in it prints
``READY <n>`` (n = setting revisions already stored), then loops forever:

    BEGIN <n> <v>    about to call set_setting(idle_lock_minutes = v)
    DONE <n> <v>     set_setting returned: revision n (0-based) is committed

with v = n % 60 + 1, so revision n always holds the same value whichever writer stored it.
Each line is one unbuffered write(2) on the pipe, so a kill never leaves half a line.
The credential store comes from the environment (PYTHON_KEYRING_BACKEND, XDG_DATA_HOME).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import func, select

from isange_desktop.services.session import login
from isange_desktop.services.settings import set_setting
from isange_desktop.store.models import SettingRevision

SETTING = "idle_lock_minutes"


def value_for(n: int) -> int:
    return n % 60 + 1


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode("ascii"))


def main() -> None:
    data_dir, login_name = Path(sys.argv[1]), sys.argv[2]
    password = sys.stdin.readline().rstrip("\n")
    if not password:
        return  # the parent withdrew this writer before letting it in
    session = login(data_dir, login_name, password)
    with session.vault.unit_of_work(readonly=True) as uow:
        n = uow.scalar(select(func.count()).select_from(SettingRevision)) or 0
    say(f"READY {n}")
    while True:
        v = value_for(n)
        say(f"BEGIN {n} {v}")
        set_setting(session, SETTING, v)
        say(f"DONE {n} {v}")
        n += 1


if __name__ == "__main__":
    main()
