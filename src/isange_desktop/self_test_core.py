"""The vault side of `--self-test` (run by self_test.py): two throw-away centers, so a
referral can really go from one to the other; migrations, a case written and read back, PDFs
rendered, a bundle exported, imported and answered with a receipt, both audit logs verified.

Argon2 runs at the project's floor (64 MiB, t=3) here, as in the tests: these vaults hold
invented data and live for seconds in a folder removed afterwards, and calibrating would only
slow the check down.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from isange_desktop.domain.monthly import Month
from isange_desktop.domain.roles import Role
from isange_desktop.reports.monthly_pdf import render_pdf
from isange_desktop.self_test import Check, CheckFailed
from isange_desktop.services import audit_log, users, vault_admin
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_print import render_case_document
from isange_desktop.services.case_read import open_case
from isange_desktop.services.center_directory import pin_center
from isange_desktop.services.center_keys import OwnCard, export_card
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.referral_receipts import import_receipt
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store.kdf import Argon2Params
from isange_desktop.store.types import utcnow

SENDER, RECEIVER = "SELFTEST-A", "SELFTEST-B"
ADMIN, STAFF = "admin", "staff"
# Invented passwords for vaults that exist for seconds in a folder removed afterwards.
ADMIN_PASSWORD, STAFF_PASSWORD = "Self-test-admin-2026", "Self-test-staff-2026"
# Nurse for the case work, manager for pinning a center, monthly figures and the audit check.
STAFF_ROLES = frozenset({Role.NURSE, Role.MANAGER})
FAMILY_NAME = "Selftest"


def demo_intake(now: datetime, share_with: str) -> dict[str, Any]:
    """An invented adult intake arriving half an hour ago, with the survivor's consent to
    share the case with `share_with` (so the referral is allowed)."""

    def at(minutes_ago: int) -> str:
        return (now - timedelta(minutes=minutes_ago)).isoformat(timespec="seconds")

    return {
        "person": {"family_name": FAMILY_NAME, "given_names": "Demo", "sex": "female",
                   "estimated_age_years": 30, "nationality": "RW", "province": "kigali",
                   "district": "gasabo", "sector": "Kacyiru", "cell": "Kamatamu",
                   "village": "Amahoro"},
        "incident": {"arrived_at": at(30), "incident_time_exact": False,
                     "incident_earliest": at(26 * 60), "incident_latest": at(24 * 60),
                     "place_type": "survivor_home", "account": "Self-test case.",
                     "perpetrator_count": 1, "perpetrator_sex": "male",
                     "perpetrator_age_group": "26_40",
                     "perpetrator_relationship": "family_friend", "referred_by": "police"},
        "classification": {"answers": {"penetration": True}, "exchanged": False},
        "consents": [
            {"scope": "medical_care", "given": True, "by": "survivor", "at": at(20)},
            {"scope": "share_with_referral", "given": True, "by": "survivor",
             "destination": share_with, "at": at(19)},
        ],
        "tracks": {"medical": "in_progress", "psychosocial": "pending",
                   "legal": "not_needed", "shelter": "not_needed"},
    }


def is_pdf(data: bytes, what: str) -> None:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise CheckFailed(f"the {what} is not a complete PDF ({len(data)} bytes)")
    # The font travels inside the file: without resources/fonts the three languages would
    # not print whole (and reportlab would already have failed to find it).
    if b"DejaVuSans" not in data:
        raise CheckFailed(f"the {what} does not embed DejaVu Sans")


@contextlib.contextmanager
def logged_in(data_dir: Path, name: str, password: str) -> Iterator[UserSession]:
    """A short session: a vault admits one session at a time in a process."""
    session = login(data_dir, name, password)
    try:
        yield session
    finally:
        logout(session)


def _quiet_logout(session: UserSession) -> None:
    # At the end, after the checks have spoken: a vault that cannot be closed shows up as the
    # folder that could not be removed (the cleanup line), not as a traceback.
    with contextlib.suppress(Exception):
        logout(session)


@dataclass
class CoreChecks:
    """The vault-side checks, in order; each keeps what the later ones need."""

    root: Path
    sessions: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    sender: UserSession | None = None  # the staff account at each center, open to the end
    receiver: UserSession | None = None
    case_number: str | None = None
    pdf: bytes | None = None  # the case summary, for the GUI's preview check

    def checks(self) -> list[Check]:
        return [Check("migrations", self.migrations), Check("case", self.case),
                Check("pdf", self.render), Check("bundle", self.bundle),
                Check("audit", self.audit)]

    def _staff_session(self, folder: Path) -> UserSession:
        session = login(folder, STAFF, STAFF_PASSWORD)
        self.sessions.callback(_quiet_logout, session)  # closed before the folder goes
        return session

    def _center(self, code: str, other_card: OwnCard | None = None) -> tuple[Path, OwnCard]:
        """A new vault (migrations run as it is made) with a staff account, the other
        center's card pinned if given; returns its folder and its own card."""
        folder = self.root / code.lower()
        vault_admin.init_vault(folder, center_code=code, center_name=f"Self-test {code}",
                               admin_login=ADMIN, admin_name="Self-test admin",
                               admin_password=ADMIN_PASSWORD, kdf=Argon2Params())
        with logged_in(folder, ADMIN, ADMIN_PASSWORD) as admin:
            state = vault_admin.check(admin)
            if not state.cipher_version:
                raise CheckFailed("the database is not encrypted (no SQLCipher)")
            if not (state.schema_current and state.integrity and state.cipher_integrity):
                raise CheckFailed(f"schema {state.schema_revision}: current "
                                  f"{state.schema_current}, integrity {state.integrity}, "
                                  f"cipher integrity {state.cipher_integrity}")
            users.add_user(admin, STAFF, "Self-test staff", STAFF_ROLES, STAFF_PASSWORD,
                           must_change_password=False)
            if other_card is not None:
                pin_center(admin, other_card.data, other_card.fingerprint)
            return folder, export_card(admin)

    def migrations(self) -> None:
        folder, _ = self._center(SENDER)
        self.sender = self._staff_session(folder)

    def _need_sender(self) -> UserSession:
        if self.sender is None:
            raise CheckFailed("needs the vault of the migrations check")
        return self.sender

    def _need_case(self) -> str:
        if self.case_number is None:
            raise CheckFailed("needs the case of the case check")
        return self.case_number

    def case(self) -> None:
        staff = self._need_sender()
        created = create_case(staff, demo_intake(utcnow(), RECEIVER))
        view = open_case(staff, created.number)
        person = view.forms.get("person", {}).get(0, {})
        if person.get("family_name") != FAMILY_NAME or "incident" not in view.forms:
            raise CheckFailed(f"case {created.number} did not read back as written")
        self.case_number = created.number

    def render(self) -> None:
        staff = self._need_sender()
        # Kinyarwanda: the printed form words come from the shipped .ts files.
        self.pdf = render_case_document(staff, self._need_case(), "summary", "rw",
                                        purpose="preview")
        is_pdf(self.pdf, "case summary")
        now = utcnow()
        figures = monthly_figures(staff, Month(now.year, now.month), output="pdf")
        is_pdf(render_pdf(figures, "fr"), "monthly figures")  # charts, French numbers

    def bundle(self) -> None:
        staff, number = self._need_sender(), self._need_case()
        folder, receiver_card = self._center(RECEIVER, export_card(staff))
        pin_center(staff, receiver_card.data, receiver_card.fingerprint)
        outbox = self.root / "outbox"
        outbox.mkdir()
        sent = export_referral(staff, number, RECEIVER, "Self-test referral.", outbox)
        self.receiver = receiving = self._staff_session(folder)
        imported = import_referral(receiving, sent.path.read_bytes())
        view = open_case(receiving, imported.case_number)
        if view.origin is None or FAMILY_NAME not in (view.full_name or ""):
            raise CheckFailed(f"case {imported.case_number} did not arrive as sent")
        recorded = import_receipt(staff, imported.receipt.data)
        if recorded.receiver_case_number != imported.case_number:
            raise CheckFailed("the receipt names another case")

    def audit(self) -> None:
        for session in (self._need_sender(), self.receiver):
            if session is None:
                continue  # the bundle check said why
            result = audit_log.verify_log(session)
            if not result.ok:
                raise CheckFailed(f"the log of {session.vault.data_dir.name} breaks at event "
                                  f"{result.broken_at}: {result.problem}")
            if result.events == 0 or result.checkpoints == 0:
                raise CheckFailed("the log has no events or no signed checkpoint")
