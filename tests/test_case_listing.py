"""The browsable case list: keyset pages that cover every case once, filters that match a
plain scan, an audit event per page that never holds the typed text."""

from __future__ import annotations

import json
from datetime import date

import pytest

import test_case_list
from isange_desktop.domain.names import fold_name
from isange_desktop.domain.tracks import CaseStatus, Track
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.services.case_listing import CaseQuery, count_cases, list_cases
from isange_desktop.services.case_read import open_case
from test_demo_cases import as_

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

# The same 120-case vault fixture, made once for this module too.
listed_vault = test_case_list.listed_vault
listed = test_case_list.listed


def _all_pages(session, query, limit):
    rows, key, pages = [], None, 0
    while True:
        page = list_cases(session, query, after=key, limit=limit)
        rows.extend(page.rows)
        pages += 1
        if page.next_key is None:
            return rows, pages
        key = page.next_key


def test_pages_cover_every_case_once_newest_first(listed):
    data_dir, run = listed
    with as_(data_dir, "nurse") as nurse:
        rows, pages = _all_pages(nurse, CaseQuery(), limit=17)
        assert count_cases(nurse, CaseQuery()) == len(run.numbers) == len(rows)
    numbers = [r.number for r in rows]
    assert sorted(numbers) == sorted(run.numbers) and len(set(numbers)) == len(numbers)
    assert pages == -(-len(rows) // 17)
    assert [r.arrival_at for r in rows] == sorted((r.arrival_at for r in rows), reverse=True)


@pytest.mark.parametrize("query, keep", [
    (CaseQuery(status=CaseStatus.ACTIVE), lambda r: r.status == "active"),
    (CaseQuery(pending_track=Track.LEGAL), lambda r: r.tracks.get("legal") == "pending"),
    (CaseQuery(gbv_type="rape"), lambda r: r.gbv_type == "rape"),
    (CaseQuery(arrived_from=date(2026, 6, 1), arrived_to=date(2026, 8, 31)),
     lambda r: "2026-06-01" <= r.arrival_at[:10] <= "2026-08-31"),
    (CaseQuery(text="Uw", status=CaseStatus.ACTIVE), None),
])
def test_each_filter_matches_a_plain_scan(listed, query, keep):
    data_dir, _ = listed
    with as_(data_dir, "nurse") as nurse:
        everything, _ = _all_pages(nurse, CaseQuery(), limit=500)
        filtered, _ = _all_pages(nurse, query, limit=9)
        counted = count_cases(nurse, query)
        if keep is None:  # a name: read the full names the nurse may reveal
            def keep(r):
                name = open_case(nurse, r.number).full_name or ""
                return r.status == "active" and any(
                    fold_name(part).startswith("uw") for part in name.split())
        expected = [r.number for r in everything if keep(r)]
    assert expected, "the demo data should hold some of these"
    assert [r.number for r in filtered] == expected
    assert counted == len(expected)


def test_text_finds_a_case_by_number_and_phone(listed):
    data_dir, run = listed
    with as_(data_dir, "nurse") as nurse:
        number = run.numbers[5]
        page = list_cases(nurse, CaseQuery(text=number.lower()))
        assert [r.number for r in page.rows] == [number]
        with nurse.vault.dbapi() as conn:
            phone = conn.execute("SELECT phone_key FROM persons WHERE phone_key IS NOT NULL"
                                 " LIMIT 1").fetchone()[0]
        by_phone = list_cases(nurse, CaseQuery(text="+250 " + phone))
        assert by_phone.rows
        with pytest.raises(ValidationError):
            list_cases(nurse, CaseQuery(text=number[:-1] + ("X" if number[-1] != "X" else "Y")))


def test_every_page_is_audited_without_the_text(listed):
    data_dir, _ = listed
    with as_(data_dir, "nurse") as nurse:
        list_cases(nurse, CaseQuery(text="Mukamana", status=CaseStatus.ACTIVE), limit=5)
        with nurse.vault.dbapi() as conn:
            action, details = conn.execute(
                "SELECT action, details FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "case.listed"
    assert "ukamana" not in details.lower()
    assert json.loads(details)["text"] is True
    assert json.loads(details)["status"] == "active"


def test_the_admin_may_not_list_cases(listed):
    data_dir, _ = listed
    with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        with pytest.raises(PermissionDenied):
            list_cases(admin, CaseQuery())
        with pytest.raises(PermissionDenied):
            count_cases(admin, CaseQuery())


def test_a_name_filter_pages_the_same_by_either_plan(listed, monkeypatch):
    from isange_desktop.store import case_list

    data_dir, _ = listed
    with as_(data_dir, "nurse") as nurse:
        monkeypatch.setattr(case_list, "_WALK_ABOVE", 10**9)
        sorted_plan, _ = _all_pages(nurse, CaseQuery(text="mu"), limit=7)
        monkeypatch.setattr(case_list, "_WALK_ABOVE", 0)
        walked, _ = _all_pages(nurse, CaseQuery(text="mu"), limit=7)
    assert len(sorted_plan) > 7  # more than one page
    assert [r.number for r in walked] == [r.number for r in sorted_plan]


def test_the_count_stops_past_its_cap(listed):
    data_dir, run = listed
    with as_(data_dir, "nurse") as nurse:
        assert count_cases(nurse, CaseQuery(), cap=10) == 11
        assert count_cases(nurse, CaseQuery(), cap=1000) == len(run.numbers)
