"""A throw-away demo vault with one account per role, for training and trying the app.

The passwords are printed on the login window, so a demo vault must never hold real cases:
the app creates it in a temporary folder with an in-memory credential store and deletes it on
exit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from isange_desktop.domain.roles import Role
from isange_desktop.services import users, vault_admin
from isange_desktop.services.demo_cases import add_track_work, generate_cases
from isange_desktop.services.session import login, logout
from isange_desktop.store.kdf import Argon2Params

DEMO_CENTER_CODE = "DEMO"
DEMO_CENTER_NAME = "Isange demo center"
# Enough synthetic cases for a realistic list (a few with clocks still running), few enough
# that the demo still opens in a few seconds.
DEMO_CASES = 60
DEMO_SEED = 2026


@dataclass(frozen=True)
class DemoUser:
    login: str
    password: str
    display_name: str
    roles: tuple[Role, ...]


DEMO_ADMIN = DemoUser("admin", "demo-admin-2026", "Demo administrator", (Role.ADMIN,))
DEMO_STAFF: tuple[DemoUser, ...] = (
    DemoUser("nurse", "demo-nurse-2026", "Demo nurse", (Role.NURSE,)),
    DemoUser("psy", "demo-psy-2026", "Demo psychosocial officer", (Role.PSYCHOSOCIAL,)),
    DemoUser("rib", "demo-rib-2026", "Demo RIB investigator", (Role.LEGAL,)),
    DemoUser("manager", "demo-manager-2026", "Demo center manager", (Role.MANAGER,)),
)


def create_demo_vault(data_dir: Path, cases: int = DEMO_CASES) -> list[DemoUser]:
    """Create the demo vault in an empty data_dir; returns every account with its password.

    Argon2 runs at the project's floor: the demo is for showing the app, not for keeping
    secrets, and it should open in a few seconds. The nurse then records `cases` synthetic
    cases (services.demo_cases) with their medical work; the RIB investigator and the
    psychosocial officer add theirs and the manager approves the closures asked for, each
    logged in in turn as staff would be.
    """
    vault_admin.init_vault(
        data_dir, center_code=DEMO_CENTER_CODE, center_name=DEMO_CENTER_NAME,
        admin_login=DEMO_ADMIN.login, admin_name=DEMO_ADMIN.display_name,
        admin_password=DEMO_ADMIN.password, kdf=Argon2Params(),
    )
    session = login(data_dir, DEMO_ADMIN.login, DEMO_ADMIN.password)
    try:
        for user in DEMO_STAFF:
            users.add_user(session, user.login, user.display_name, frozenset(user.roles),
                           user.password, must_change_password=False)
    finally:
        logout(session)
    if cases:
        _add_demo_cases(data_dir, cases)
    return [DEMO_ADMIN, *DEMO_STAFF]


def _add_demo_cases(data_dir: Path, cases: int) -> None:
    by_login = {u.login: u for u in DEMO_STAFF}
    nurse = by_login["nurse"]
    session = login(data_dir, nurse.login, nurse.password)
    try:
        run = generate_cases(session, cases, seed=DEMO_SEED)
    finally:
        logout(session)
    # The investigator before the psychosocial officer, who then asks to close the settled
    # cases; the manager approves last.
    for name in ("rib", "psy", "manager"):
        user = by_login[name]
        session = login(data_dir, user.login, user.password)
        try:
            add_track_work(session, run)
        finally:
            logout(session)
