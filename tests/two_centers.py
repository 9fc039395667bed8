"""Two real centers that pinned each other's cards (Kacyiru KGL-01 refers, Huye HYE-01
receives), built once per test module and copied for each test; a third center, Musanze, is
pinned at Kacyiru only and exists as keys alone.

Helpers to make a case worth referring, to count every table's rows (a refusal must leave
them all as they were, but for its own audit event), and to forge bundles with a center's
real keys, so each refusal is reached through every check before it.
"""

from __future__ import annotations

import contextlib
import copy
import json
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.domain.roles import Role
from isange_desktop.services import vault_admin
from isange_desktop.services.case_forms import add_addendum, save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_screening import save_screening
from isange_desktop.services.center_directory import lookup_center, pin_center, read_card
from isange_desktop.services.center_keys import export_card, signing_key
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.referral_case import case_document
from isange_desktop.services.session import UserSession
from isange_desktop.services.users import add_user
from isange_desktop.store import case_repository as repo
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.transfer.bundle_file import write_bundle
from isange_desktop.transfer.center_card import make_card

from conftest import ADMIN, ADMIN_PASSWORD, FLOOR, logged_in, with_own_store

KIGALI, HUYE, MUSANZE = "KGL-01", "HYE-01", "MUS-01"
HUYE_NAME = "Huye IOSC"
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # the intake: 10:00 in Kigali
INTAKE = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL,
         "manager": Role.MANAGER}


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


@dataclass(frozen=True)
class Centers:
    kigali: Path
    huye: Path


def _center(root: Path, code: str, name: str) -> Path:
    data = root / code.lower()
    vault_admin.init_vault(data, center_code=code, center_name=name, admin_login=ADMIN,
                           admin_name="Admin", admin_password=ADMIN_PASSWORD, kdf=FLOOR)
    return data


def build_centers(root: Path) -> Centers:
    kigali = _center(root, KIGALI, "Kacyiru IOSC")
    huye = _center(root, HUYE, HUYE_NAME)
    musanze = make_card(Ed25519PrivateKey.generate(),
                        str(pyrage.x25519.Identity.generate().to_public()), code=MUSANZE,
                        name="Musanze IOSC", district="musanze",
                        created_at="2026-11-01T08:00:00+00:00")
    with logged_in(kigali, ADMIN, ADMIN_PASSWORD) as admin:
        for login, role in STAFF.items():
            add_user(admin, login, f"Staff {login}", frozenset({role}), pw(login),
                     must_change_password=False)
        kigali_card = export_card(admin)
    with logged_in(huye, ADMIN, ADMIN_PASSWORD) as admin:
        for login in ("nurse", "psy"):
            add_user(admin, login, f"Staff {login}", frozenset({STAFF[login]}), pw(login),
                     must_change_password=False)
        huye_card = export_card(admin)
        pin_center(admin, kigali_card.data, kigali_card.fingerprint)
    with logged_in(kigali, ADMIN, ADMIN_PASSWORD) as admin:
        pin_center(admin, huye_card.data, huye_card.fingerprint)
        pin_center(admin, musanze, read_card(musanze).fingerprint)
    return Centers(kigali, huye)


def centers_fixtures() -> tuple[Any, Any]:
    """``built, centers = centers_fixtures()`` at a test module's top level: the pair is made
    once per module (with a credential store of its own) and copied for every test."""

    @pytest.fixture(scope="module")
    def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Centers, MemoryKeyring]:
        root = tmp_path_factory.mktemp("centers")
        return with_own_store(lambda: build_centers(root))

    @pytest.fixture
    def centers(built: tuple[Centers, MemoryKeyring], tmp_path: Path,
                memory_keyring: MemoryKeyring) -> Centers:
        pair, store = built
        keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
        return Centers(shutil.copytree(pair.kigali, tmp_path / "kigali"),
                       shutil.copytree(pair.huye, tmp_path / "huye"))

    return built, centers


def as_(data_dir: Path, login: str) -> contextlib.AbstractContextManager[UserSession]:
    return logged_in(data_dir, login, pw(login))


def intake(*share_with: str) -> dict[str, Any]:
    """The adult intake, with the survivor's consent to share with each destination named."""
    document = copy.deepcopy(INTAKE)
    for minute, destination in enumerate(share_with):
        document["consents"].append({"scope": "share_with_referral", "given": True,
                                     "by": "survivor", "destination": destination,
                                     "at": f"2026-11-20T09:{50 + minute}:00+02:00"})
    return document


def worked_case(centers: Centers, *share_with: str) -> str:
    """A Kacyiru case with work on every track, revisions, a PEP course and an addendum."""
    with as_(centers.kigali, "nurse") as nurse:
        number = create_case(nurse, intake(*share_with), now=NOW).number
        save_screening(nurse, number, {"acts": []}, now=NOW)
        save_form(nurse, number, "medical",
                  {"triage_priority": "urgent", "arrival_condition": "stable"}, now=NOW)
        save_form(nurse, number, "medical",
                  {"triage_priority": "routine", "arrival_condition": "stable"}, now=NOW)
        save_form(nurse, number, "medicine",
                  {"kind": "pep", "given_at": "2026-11-20T10:30:00+02:00",
                   "product": "TDF/3TC/DTG", "dose": "1 tablet daily, 28 days"}, now=NOW)
        add_addendum(nurse, number, "medicine", 1, "Second dose given with food.", now=NOW)
    with as_(centers.kigali, "psy") as psy:
        save_form(psy, number, "counselling_session",
                  {"session_date": "2026-11-20", "duration_minutes": 45,
                   "session_type": "individual", "notes": "She is safe at her sister's.",
                   "next_session_date": "2026-11-27"}, now=NOW)
    with as_(centers.kigali, "rib") as rib:
        save_form(rib, number, "legal", {"statement_taken": False, "legal_aid_referral": "none"},
                  now=NOW)
    return number


def row_counts(session: UserSession) -> dict[str, int]:
    with session.vault.dbapi() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def last_event(session: UserSession) -> tuple[str, str, dict[str, Any]]:
    with session.vault.dbapi() as conn:
        action, outcome, details = conn.execute(
            "SELECT action, outcome, details FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    return action, outcome, json.loads(details)


@contextlib.contextmanager
def unchanged_but_audited(session: UserSession, action: str, reason: str) -> Iterator[None]:
    """The block must change no table but audit_events, which gains exactly one event: the
    refusal, naming why."""
    before = row_counts(session)
    yield
    after = row_counts(session)
    assert after.pop("audit_events") == before.pop("audit_events") + 1
    assert after == before
    assert last_event(session)[0] == action
    assert last_event(session)[1] == "refused"
    assert last_event(session)[2]["reason"] == reason


def forged_referral(centers: Centers, number: str, *, sequence: int,
                    change: Callable[[dict[str, Any]], None] = lambda doc: None,
                    created_at: datetime | None = None,
                    attachments: Mapping[str, bytes] | None = None) -> bytes:
    """A referral of ``number`` made outside the export service with Kacyiru's real keys and
    checkpoint, its case document first passed through ``change``, carrying ``attachments``
    as its attachment members (none by default)."""
    created = created_at or datetime.now(UTC)
    with as_(centers.kigali, "nurse") as nurse:
        key = signing_key(nurse)
        recipient = lookup_center(nurse, HUYE).age_recipient
        with nurse.vault.unit_of_work() as uow:
            document = case_document(uow, repo.require_case(uow, number), "").to_json()
            checkpoint = signed_checkpoint(uow)
    change(document)
    return write_bundle(kind="referral", sender_code=KIGALI, sender_key=key,
                        recipient_code=HUYE, recipient_age=recipient, sequence=sequence,
                        created_at=created, expires_at=created + timedelta(days=30),
                        consent_ref=f"{number}/forged", checkpoint=checkpoint, case=document,
                        attachments=attachments or {}).data
