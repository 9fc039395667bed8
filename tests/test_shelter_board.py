"""The shelter board: who stays in the safe room now, who came and went in the last 30 days;
the same answer as reading every case's shelter form one by one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import keyring
import pytest

from isange_desktop.domain.forms import format_datetime, parse_datetime
from isange_desktop.domain.tracks import CaseStatus
from isange_desktop.errors import PermissionDenied
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_read import open_case
from isange_desktop.services.shelter import RECENT_DAYS, shelter_board
from test_demo_cases import NOW, _center, _generate, as_

from conftest import with_own_store


@pytest.fixture(scope="module")
def shelter_vault(tmp_path_factory):
    def make():
        data_dir = _center(tmp_path_factory.mktemp("shelter") / "vault")
        return data_dir, _generate(data_dir, 80, 31, "psy")

    (data_dir, run), store = with_own_store(make)
    return data_dir, run, store


@pytest.fixture
def shelter(shelter_vault, memory_keyring):
    data_dir, run, store = shelter_vault
    keyring.set_keyring(store)
    return data_dir, run


def _case_without_stay(psy, run):
    for n in run.numbers:
        view = open_case(psy, n)
        if "shelter" not in view.forms and view.summary.status in ("open", "active"):
            return n
    raise AssertionError("no case without a stay")


def test_the_board_matches_every_shelter_form(shelter):
    data_dir, run = shelter
    with as_(data_dir, "psy") as psy:
        # One stay that certainly is current (the demo's may all have ended)
        number = _case_without_stay(psy, run)
        save_form(psy, number, "shelter", {
            "admitted_at": format_datetime(NOW - timedelta(days=1)),
            "admission_reason": "awaiting_placement"}, now=NOW)
        board = shelter_board(psy, now=NOW)
        expected_staying = set()
        for each in run.numbers:
            view = open_case(psy, each)
            form = view.forms.get("shelter", {}).get(0)
            if form and form.get("admitted_at") and not form.get("discharged_at") \
                    and view.summary.status != CaseStatus.VOIDED:
                expected_staying.add(each)
    assert number in expected_staying
    assert {s.number for s in board.staying} == expected_staying
    assert board.admitted_recently and board.discharged_recently
    since = NOW - timedelta(days=RECENT_DAYS)
    assert all(s.admitted_at >= since for s in board.admitted_recently)
    assert all(s.discharged_at and s.discharged_at >= since for s in board.discharged_recently)
    assert [s.admitted_at for s in board.staying] == sorted(s.admitted_at for s in board.staying)


def test_an_admission_then_a_discharge_moves_on_the_board(shelter):
    data_dir, run = shelter
    with as_(data_dir, "psy") as psy:
        number = _case_without_stay(psy, run)
        now = datetime.now(UTC).replace(microsecond=0)
        admitted = now - timedelta(days=2)
        stay = {"admitted_at": format_datetime(admitted), "bed": "Room 2",
                "admission_reason": "no_safe_home"}
        save_form(psy, number, "shelter", stay)
        board = shelter_board(psy)
        mine = next(s for s in board.staying if s.number == number)
        assert (mine.bed, mine.admitted_at, mine.nights(now)) == ("Room 2", admitted, 2)
        assert number in {s.number for s in board.admitted_recently}
        left = now - timedelta(hours=1)
        save_form(psy, number, "shelter", {**stay, "discharged_at": format_datetime(left),
                                           "discharge_destination": "relatives"})
        board = shelter_board(psy)
        assert number not in {s.number for s in board.staying}
        gone = next(s for s in board.discharged_recently if s.number == number)
        assert gone.discharged_at == parse_datetime(format_datetime(left))


def test_the_investigator_may_not_see_the_board(shelter):
    data_dir, _ = shelter
    with as_(data_dir, "rib") as rib, pytest.raises(PermissionDenied):
        shelter_board(rib)
