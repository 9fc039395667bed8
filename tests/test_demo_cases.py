"""Synthetic demo cases: deterministic by seed, varied enough to exercise every type and
status, written only through the services (every case opens, the audit log verifies)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import keyring
import pytest

from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.roles import Role
from isange_desktop.domain.tracks import TrackStatus
from isange_desktop.services import vault_admin
from isange_desktop.services.audit_log import recent_events, verify_log
from isange_desktop.services.case_read import open_case
from isange_desktop.services.demo_cases import add_track_work, generate_cases
from isange_desktop.services.users import add_user
from isange_desktop.store.memory_keyring import MemoryKeyring

from conftest import ADMIN, ADMIN_PASSWORD, CENTER_CODE, FLOOR, logged_in

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL,
         "manager": Role.MANAGER}


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


def _center(data_dir):
    vault_admin.init_vault(data_dir, center_code=CENTER_CODE, center_name="Demo IOSC",
                           admin_login=ADMIN, admin_name="Admin", admin_password=ADMIN_PASSWORD,
                           kdf=FLOOR)
    with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        for login_name, role in STAFF.items():
            add_user(admin, login_name, f"Demo {login_name}", frozenset({role}), pw(login_name),
                     must_change_password=False)
    return data_dir


def as_(data_dir, login_name):
    return logged_in(data_dir, login_name, pw(login_name))


def _generate(data_dir, count, seed, *others, now=NOW):
    with as_(data_dir, "nurse") as nurse:
        run = generate_cases(nurse, count, seed=seed, now=now)
    for name in others:
        with as_(data_dir, name) as session:
            add_track_work(session, run)
    return run


def _names(data_dir, numbers):
    with as_(data_dir, "nurse") as nurse:
        return [open_case(nurse, n).full_name for n in numbers]


def test_the_same_seed_gives_the_same_cases_and_names(tmp_path):
    # Given two fresh vaults filled with the same seed, and a third with another seed
    first = _generate(_center(tmp_path / "a"), 20, 7)
    second = _generate(_center(tmp_path / "b"), 20, 7)
    other = _generate(_center(tmp_path / "c"), 20, 8)
    # Then the case numbers and the people are the same, and another seed differs
    assert first.numbers == second.numbers
    names = _names(tmp_path / "a", first.numbers)
    assert names == _names(tmp_path / "b", second.numbers)
    assert names != _names(tmp_path / "c", other.numbers)
    assert first.saved == second.saved
    # And run on another day, the same seed still gives the same people in the same order
    later = _generate(_center(tmp_path / "d"), 20, 7, now=NOW + timedelta(days=40, hours=5))
    assert _names(tmp_path / "d", later.numbers) == names


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory):
    """200 cases with the work of the nurse, the investigator and the psychosocial officer,
    and the manager's approvals; made once for the module, with the store that unlocks it."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        data_dir = _center(tmp_path_factory.mktemp("demo") / "vault")
        run = _generate(data_dir, 200, 2026, "rib", "psy", "manager")
    finally:
        keyring.set_keyring(previous)
    return data_dir, run, store


@pytest.fixture
def big(big_vault, memory_keyring):
    data_dir, run, store = big_vault
    keyring.set_keyring(store)  # the autouse fixture puts the previous store back after
    return data_dir, run


def test_two_hundred_cases_cover_every_type_and_status(big):
    _, run = big
    types = {c.gbv_type for c in run.cases}
    assert types == {*GbvType, None}
    statuses = {s for c in run.cases for s in c.tracks.values()}
    assert statuses == set(TrackStatus)
    # every track has work written, by the user whose role allows it
    for form_id in ("medical", "medicine", "forensic_sample", "custody_handover",
                    "psychosocial", "counselling_session", "shelter", "legal"):
        assert run.saved[f"form.{form_id}"] > 0, form_id
    assert run.saved["task.completed"] > 0
    assert 0 < run.saved["case.closed"] == run.saved["case.closure_requested"]
    # arrivals lie in the year before now, incidents before arrival
    assert all(NOW.timestamp() - 366 * 86400 < c.arrival.timestamp() <= NOW.timestamp()
               for c in run.cases)
    assert all(c.incident.latest <= c.arrival for c in run.cases)
    ages = [c.age for c in run.cases]
    assert min(ages) >= 3 and max(ages) <= 71
    assert sum(12 <= a <= 35 for a in ages) > len(ages) / 2
    assert sum(c.sex == "female" for c in run.cases) > 0.75 * len(ages)


def test_every_case_opens_and_the_audit_log_verifies(big):
    data_dir, run = big
    with as_(data_dir, "nurse") as nurse:
        views = [open_case(nurse, n) for n in run.numbers]
    assert [v.summary.number for v in views] == run.numbers
    assert {v.summary.status for v in views} == {"open", "active", "closed"}
    assert all(v.full_name for v in views)
    with as_(data_dir, "manager") as manager:
        report = verify_log(manager)
        assert report.ok, report
        actions = {e.action for e in recent_events(manager, 10_000)}
    assert {"demo.generate", "case.created", "case.form_saved", "task.completed"} <= actions


def test_links_consents_and_near_duplicates_are_there(big):
    data_dir, _ = big
    with as_(data_dir, "nurse") as nurse, nurse.vault.dbapi() as conn:
        cases, people, events = conn.execute(
            "SELECT count(*), count(DISTINCT person_id), count(DISTINCT event_id) FROM cases"
        ).fetchone()
        consents = conn.execute(
            "SELECT given, given_by, override_reason IS NOT NULL, count(*) FROM consents "
            "GROUP BY 1, 2, 3").fetchall()
        twins = conn.execute(
            "SELECT count(*) FROM persons a JOIN persons b ON a.id < b.id "
            "AND a.family_key != b.family_key AND (a.birth_date = b.birth_date "
            "OR a.phone_key = b.phone_key OR a.national_id = b.national_id)").fetchone()[0]
    assert cases == 200
    assert people < cases  # returning survivors (same_person_as)
    assert events < cases  # two survivors of one incident (same_event_as)
    kinds = {(bool(given), by, bool(override)) for given, by, override, _ in consents}
    assert (True, "guardian", False) in kinds  # a guardian consents for a young child
    assert (True, "survivor", True) in kinds  # a vital-interest override, with its reason
    assert any(not given for given, _, _ in kinds)  # some refusals
    assert twins > 0  # the same person registered again under another spelling


def test_the_command_runs_as_staff_and_refuses_without_every_password(cli, tmp_path):
    data = str(tmp_path / "data")
    admin = ("--data-dir", data, "--user", "admin", "--password-stdin")
    r = cli("init", "--data-dir", data, "--center-code", "KGL-01", "--center-name", "Demo",
            "--admin", "admin", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n")
    assert r.returncode == 0, r.stderr
    for name, role in (("nurse", "nurse"), ("psy", "psychosocial")):
        r = cli("user", "add", name, "--name", name, "--role", role, *admin,
                stdin=f"{ADMIN_PASSWORD}\nTemp-pass-4821\n")
        assert r.returncode == 0, r.stderr
        r = cli("passwd", "--data-dir", data, "--user", name, "--password-stdin",
                stdin=f"Temp-pass-4821\n{pw(name)}\n")
        assert r.returncode == 0, r.stderr
    demo = ("demo", "--cases", "6", "--seed", "3", "--data-dir", data, "--user", "nurse",
            "--with-user", "psy", "--password-stdin")
    # A missing second password stops the command before anything is written
    r = cli(*demo, stdin=f"{pw('nurse')}\n")
    assert r.returncode == 2
    assert "case.created" not in cli("audit", "show", *admin, stdin=f"{ADMIN_PASSWORD}\n").stdout
    r = cli(*demo, stdin=f"{pw('nurse')}\n{pw('psy')}\n")
    assert r.returncode == 0, r.stderr
    lines = dict(line.split("\t", 1) for line in r.stdout.splitlines())
    assert lines["cases"] == "6" and lines["first"].startswith("KGL-01-")
    r = cli("demo", "--cases", "0", "--data-dir", data, "--user", "nurse", "--password-stdin",
            stdin=f"{pw('nurse')}\n")
    assert r.returncode == 2
