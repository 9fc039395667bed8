"""The case list's plain-SQL queries: the current track statuses the database keeps, both
plans of the name search giving the same answer, and the migration that fills the table."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import keyring
import pytest

from isange_desktop.domain.names import fold_name
from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.services.case_lifecycle import set_track_status
from isange_desktop.services.case_read import search_cases
from isange_desktop.services.demo_cases import generate_cases
from isange_desktop.store import case_list, migrate
from isange_desktop.store.engine import make_engine
from isange_desktop.store.vault import db_path
from test_demo_cases import _center, as_

from conftest import ADMIN, ADMIN_PASSWORD, logged_in, with_own_store

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def listed_vault(tmp_path_factory):
    """120 demo cases, made once for the module, with the store that unlocks them."""
    def make():
        data_dir = _center(tmp_path_factory.mktemp("list") / "vault")
        with as_(data_dir, "nurse") as nurse:
            return data_dir, generate_cases(nurse, 120, seed=11, now=NOW)

    (data_dir, run), store = with_own_store(make)
    return data_dir, run, store


@pytest.fixture
def listed(listed_vault, memory_keyring):
    data_dir, run, store = listed_vault
    keyring.set_keyring(store)  # the autouse fixture puts the previous store back after
    return data_dir, run


def _history_says(session, number):
    """The newest status per track, read the slow way from the history."""
    with session.vault.dbapi() as conn:
        rows = conn.execute(
            "SELECT t.track, t.status FROM track_status_changes t JOIN cases c ON c.id = t.case_id"
            " WHERE c.number = ? ORDER BY t.id", (number,)).fetchall()
    return dict(rows)


def test_current_tracks_follow_every_status_change(listed):
    data_dir, run = listed
    number = run.numbers[3]
    with as_(data_dir, "nurse") as nurse:
        before = search_cases(nurse, number)[0].tracks
        assert before == _history_says(nurse, number)
        # When the nurse moves the medical track twice
        set_track_status(nurse, number, Track.MEDICAL, TrackStatus.IN_PROGRESS)
        set_track_status(nurse, number, Track.MEDICAL, TrackStatus.COMPLETED)
        after = search_cases(nurse, number)[0].tracks
        # Then the list shows the newest, which is what the history says, and the rest is kept
        assert after["medical"] == "completed"
        assert after == _history_says(nurse, number)
        assert {k: v for k, v in after.items() if k != "medical"} == {
            k: v for k, v in before.items() if k != "medical"}


def test_the_table_cannot_drift_from_the_history(listed):
    data_dir, _ = listed
    with as_(data_dir, "nurse") as nurse, nurse.vault.dbapi() as conn:
        drift = conn.execute(
            "SELECT count(*) FROM case_tracks ct WHERE ct.status != ("
            " SELECT status FROM track_status_changes t WHERE t.case_id = ct.case_id"
            " AND t.track = ct.track ORDER BY t.id DESC LIMIT 1)").fetchone()[0]
        missing = conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT case_id, track FROM track_status_changes)"
            " WHERE (case_id, track) NOT IN (SELECT case_id, track FROM case_tracks)"
        ).fetchone()[0]
    assert (drift, missing) == (0, 0)


@pytest.mark.parametrize("fragment", ["uw", "muka", "ni", "a", "nyirah", "zz"])
def test_both_plans_of_the_name_search_agree(listed, monkeypatch, fragment):
    data_dir, _ = listed
    with as_(data_dir, "nurse") as nurse, nurse.vault.unit_of_work(readonly=True) as uow:
        monkeypatch.setattr(case_list, "_WALK_ABOVE", 10**9)
        sorted_plan = case_list.by_name_prefix(uow, fold_name(fragment))
        monkeypatch.setattr(case_list, "_WALK_ABOVE", 0)
        walked = case_list.by_name_prefix(uow, fold_name(fragment))
        everyone = case_list.by_ids(uow, list(range(1, 1000)))
    # Both are what a scan of every case in Python finds: matches, newest first, one page
    key = fold_name(fragment)
    expected = [r.number for r in everyone
                if fold_name(r.family_name).startswith(key)
                or fold_name(r.given_names).startswith(key)][:case_list.SEARCH_LIMIT]
    assert [r.number for r in sorted_plan] == expected
    assert [r.number for r in walked] == expected
    assert (fragment == "zz") == (expected == [])


def test_migration_fills_current_tracks_from_existing_history(tmp_path):
    # Given a vault at schema 0003 with a case whose medical track changed twice
    engine = make_engine(db_path(tmp_path), os.urandom(32))
    migrate.upgrade(engine, "0003")
    stamp = "2026-01-01T00:00:00+00:00"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO persons (id, family_name, given_names, family_key, given_key, sex,"
            " created_at, created_by) VALUES (1, 'Uwase', 'Aline', 'uwase', 'aline', 'female',"
            " ?, 'nurse')", (stamp,))
        conn.exec_driver_sql(
            "INSERT INTO cases (id, number, person_id, status, arrival_at, flags, created_at,"
            " created_by) VALUES (1, 'KGL-2026-00001-X', 1, 'open', ?, '[]', ?, 'nurse')",
            (stamp, stamp))
        for track, status in (("medical", "pending"), ("legal", "pending"),
                              ("medical", "in_progress")):
            conn.exec_driver_sql(
                "INSERT INTO track_status_changes (case_id, track, status, author, at)"
                " VALUES (1, ?, ?, 'nurse', ?)", (track, status, stamp))
    # When it is upgraded
    migrate.upgrade(engine)
    with engine.begin() as conn:
        current = dict(conn.exec_driver_sql(
            "SELECT track, status FROM case_tracks WHERE case_id = 1").fetchall())
        # Then the current table holds the newest of each, and a later change follows
        assert current == {"medical": "in_progress", "legal": "pending"}
        conn.exec_driver_sql(
            "INSERT INTO track_status_changes (case_id, track, status, author, at)"
            " VALUES (1, 'legal', 'declined', 'rib', ?)", (stamp,))
        assert conn.exec_driver_sql(
            "SELECT status FROM case_tracks WHERE case_id = 1 AND track = 'legal'"
        ).scalar_one() == "declined"
    engine.dispose()


def test_the_log_still_verifies_after_the_trigger_wrote(listed):
    from isange_desktop.services.audit_log import verify_log

    data_dir, _ = listed
    with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert verify_log(admin).ok
