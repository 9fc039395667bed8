"""Cases through the service layer, on a real vault: intake, role filtering, revisions,
seals, windows and tasks, duplicates. Each change must be whole or not at all."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from isange_desktop.domain.duplicates import PersonFacts
from isange_desktop.domain.roles import Role
from isange_desktop.errors import FormInvalid, PermissionDenied, ValidationError
from isange_desktop.services.audit_log import recent_events, verify_log
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case, reveal_name, search_cases
from isange_desktop.services.duplicate_check import find_possible_duplicates
from isange_desktop.services.tasks import due_tasks
from isange_desktop.services.users import add_user

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

INTAKE = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # 10:00 in Kigali, 30 min after arrival
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL,
         "manager": Role.MANAGER}


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


@pytest.fixture
def center(new_vault):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        for login_name, role in STAFF.items():
            add_user(admin, login_name, f"Demo {login_name}", frozenset({role}), pw(login_name),
                     must_change_password=False)
    return new_vault.data_dir


def as_(center, login_name):
    return logged_in(center, login_name, pw(login_name))


def _count_cases(center) -> int:
    with as_(center, "nurse") as nurse, nurse.vault.dbapi() as conn:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]


def test_intake_creates_a_case_with_its_number_clocks_and_audit(center):
    with as_(center, "nurse") as nurse:
        summary = create_case(nurse, INTAKE, now=NOW)
        assert summary.number.startswith("KGL-01-2026-00001-")
        assert summary.initials == "M.C.N." and summary.gbv_type == "rape"
        # 38.5 h after the earliest estimate: PEP has 33.5 h left
        assert summary.urgent_clock is not None and summary.urgent_clock.kind.value == "pep"
    with as_(center, "manager") as manager:
        created = [e for e in recent_events(manager, 20) if e.action == "case.created"]
        assert verify_log(manager).ok
    assert created[0].object_id == summary.number and created[0].actor == "nurse"


def test_a_refused_intake_writes_nothing(center):
    bad = copy.deepcopy(INTAKE)
    bad["incident"]["incident_earliest"] = "2026-11-21T20:00:00+02:00"  # after arrival
    bad["incident"]["incident_latest"] = "2026-11-21T21:00:00+02:00"
    with as_(center, "nurse") as nurse, pytest.raises(FormInvalid) as err:
        create_case(nurse, bad, now=NOW)
    assert err.value.form_id == "incident"
    assert "incident" in err.value.message()
    future_birth = copy.deepcopy(INTAKE)
    future_birth["person"].pop("estimated_age_years")
    future_birth["person"]["date_of_birth"] = "2030-01-01"
    with as_(center, "nurse") as nurse, pytest.raises(FormInvalid) as err:
        create_case(nurse, future_birth, now=NOW)
    assert "date_of_birth" in {e.field_id for e in err.value.errors}
    assert _count_cases(center) == 0


def test_the_role_decides_what_a_case_shows(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        save_form(nurse, number, "medical", _medical_minimum(),
                  now=NOW)
    with as_(center, "psy") as psy:
        save_form(psy, number, "counselling_session", _session(), now=NOW)
    with as_(center, "rib") as rib:
        view = open_case(rib, number)
        assert view.full_name == "Marie Claire Nyirabukeye"
        assert "counselling_session" not in view.forms and "counselling_session" in view.hidden
        assert "medical" not in view.forms
    with as_(center, "manager") as manager:
        view = open_case(manager, number)
        assert view.full_name is None  # a masked name until revealed
        assert "person" not in view.forms or "family_name" not in view.forms["person"][0]
        assert reveal_name(manager, number) == "Marie Claire Nyirabukeye"
        events = [e.action for e in recent_events(manager, 10)]
    assert "case.name_revealed" in events
    with as_(center, ADMIN) as admin, pytest.raises(PermissionDenied):
        open_case(admin, number)


def test_break_glass_shows_everything_needs_a_reason_and_is_audited(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
    with as_(center, "psy") as psy:
        save_form(psy, number, "counselling_session", _session(), now=NOW)
    with as_(center, "rib") as rib:
        with pytest.raises(ValidationError):
            open_case(rib, number, break_glass_reason="  ")
        view = open_case(rib, number, break_glass_reason="survivor collapsed, family asks")
        assert "counselling_session" in view.forms
    with as_(center, "manager") as manager:
        glass = [e for e in recent_events(manager, 10) if e.action == "case.break_glass"]
    assert glass and glass[0].actor == "rib"


def _medical_minimum() -> dict[str, object]:
    return {"triage_priority": "urgent", "arrival_condition": "stable"}


def _session() -> dict[str, object]:
    return {"session_date": "2026-11-20", "duration_minutes": 45, "session_type": "individual",
            "notes": "First session; she is safe at her sister's.",
            "next_session_date": "2026-11-27"}


def test_revisions_keep_every_earlier_state(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
    with as_(center, "rib") as rib:
        save_form(rib, number, "legal", {"statement_taken": False, "legal_aid_referral": "none"},
                  now=NOW)
        second = save_form(rib, number, "legal", {"statement_taken": True, "legal_aid_referral":
                                                  "none", "statement_date": "2026-11-20"},
                           now=NOW)
    assert second.revision == 2
    assert set(second.changed_fields) == {"statement_taken", "statement_date"}
    with as_(center, "rib") as rib, rib.vault.dbapi() as conn:
        rows = conn.execute("SELECT revision, values_json FROM form_revisions "
                            "WHERE form_id = 'legal' ORDER BY revision").fetchall()
        assert [r[0] for r in rows] == [1, 2]
        assert json.loads(rows[0][1]) == {"statement_taken": False, "legal_aid_referral": "none"}
        # and history cannot be rewritten underneath
        with pytest.raises(Exception, match="history cannot be changed"):
            conn.execute("UPDATE form_revisions SET values_json = '{}'")


def test_a_track_form_needs_its_role(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        with pytest.raises(PermissionDenied):
            save_form(nurse, number, "counselling_session", _session(), now=NOW)
    with as_(center, "manager") as manager, pytest.raises(PermissionDenied):
        save_form(manager, number, "medical", {}, now=NOW)


def test_pep_outside_its_window_needs_a_reason_and_makes_follow_ups(center):
    late = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)  # 84 h after the earliest estimate
    dose = {"kind": "pep", "given_at": "2026-11-22T12:00:00+02:00", "product": "TDF/3TC/DTG",
            "dose": "1 tablet daily, 28 days"}
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        with pytest.raises(FormInvalid) as err:
            save_form(nurse, number, "medicine", dose, now=late)
        assert err.value.errors[0].field_id == "outside_window_reason"
        saved = save_form(nurse, number, "medicine",
                          dose | {"outside_window_reason": "arrived late; clinician decided"},
                          now=late)
        assert saved.values["outside_window"] is True
        due = due_tasks(nurse, today=datetime(2027, 6, 1).date())
    kinds = sorted(t.kind.value for t in due if t.number == number)
    assert kinds == sorted(["pep_adherence_check", "pep_adherence_check", "pep_completion",
                            "hiv_test_6_weeks", "hiv_test_3_months", "hiv_test_6_months"])


def test_a_signed_medico_legal_report_is_sealed(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        signed = _medical_minimum() | {
            "report_findings": "Bruises on both forearms.", "report_conclusion": "Consistent.",
            "report_clinician": "Dr. Habimana, GP", "report_signed_at": "2026-11-20T11:00:00+02:00"}
        assert save_form(nurse, number, "medical", signed, now=NOW).sealed
        with pytest.raises(ValidationError) as err:
            save_form(nurse, number, "medical", signed | {"report_conclusion": "Changed."}, now=NOW)
        assert err.value.code == "case.entry_sealed"
        # other medical fields may still be completed
        assert save_form(nurse, number, "medical", signed | {"arrival_condition": "distressed"},
                         now=NOW)


def test_a_custody_handover_is_never_edited(center):
    handover = {"sample_ref": "S1", "handed_by": "Nurse Uwase", "received_by": "RIB officer Mugabo",
                "handed_at": "2026-11-20T12:00:00+02:00", "purpose": "analysis"}
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        first = save_form(nurse, number, "custody_handover", handover, now=NOW)
        with pytest.raises(ValidationError) as err:
            save_form(nurse, number, "custody_handover", handover, entry_no=first.entry_no,
                      now=NOW)
    assert err.value.code == "case.entry_sealed"


def test_search_by_number_phone_and_name_prefix(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        assert [s.number for s in search_cases(nurse, number.lower())] == [number]
        assert [s.number for s in search_cases(nurse, "+250 788 123 456")] == [number]
        assert [s.number for s in search_cases(nurse, "Nyira")] == [number]
        assert search_cases(nurse, "Habimana") == []
        wrong = number[:-1] + ("A" if number[-1] != "A" else "B")
        with pytest.raises(ValidationError) as err:
            search_cases(nurse, wrong)
        assert err.value.code == "casenum.check_failed"


def test_a_returning_person_is_found_with_reasons(center):
    with as_(center, "nurse") as nurse:
        create_case(nurse, INTAKE, now=NOW)
        found = find_possible_duplicates(
            nurse, PersonFacts("Nyira-Bukéye", "Marie-Claire", estimated_age=25,
                               phone="+250788123456"))
    assert found and {"dup.similar_name", "dup.same_phone"} <= set(found[0].reasons)


def test_a_child_needs_a_guardian_consent(center):
    # Given a 14-year-old who consented herself (her mother is not there yet)
    child = copy.deepcopy(INTAKE)
    child["person"]["estimated_age_years"] = 14
    child["person"] |= {"guardian_relationship": "mother", "guardian_name": "Mukamana Aline",
                        "guardian_suspected": False}
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, child, now=NOW).number
        view = open_case(nurse, number)
    # Then her own consent does not cover medical care: a guardian (or an override) is needed
    assert view.consent_state["medical_care"] == "consent.guardian_needed"
    # While an adult's own consent does
    with as_(center, "nurse") as nurse:
        adult = open_case(nurse, create_case(nurse, INTAKE, now=NOW).number)
    assert adult.consent_state["medical_care"] == "consent.given"
    assert adult.consent_state["report_to_rib"] == "consent.refused"


def test_history_shows_revisions_statuses_and_who_viewed(center):
    from isange_desktop.services.case_history import case_history

    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
    with as_(center, "psy") as psy:
        save_form(psy, number, "counselling_session", _session(), now=NOW)
        open_case(psy, number)
    with as_(center, "rib") as rib:
        history = case_history(rib, number)
    # Every revision is listed with its author and fields...
    forms = {(r.form_id, r.author) for r in history.revisions}
    assert {("person", "nurse"), ("incident", "nurse"), ("counselling_session", "psy")} <= forms
    # ...but the investigator never gets the counselling values, even from history
    session_rev = next(r for r in history.revisions if r.form_id == "counselling_session")
    assert session_rev.values is None and session_rev.changed_fields
    assert ("case", "open") in {(s[0], s[1]) for s in history.statuses}
    assert ("psy", "case.viewed") in {(v[0], v[1]) for v in history.views}


def test_closure_needs_settled_tracks_and_a_manager(center):
    from isange_desktop.domain.tracks import Track, TrackStatus
    from isange_desktop.services.case_lifecycle import (
        approve_closure,
        reopen_case,
        request_closure,
        set_track_status,
        void_case,
    )

    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        with pytest.raises(ValidationError) as err:
            request_closure(nurse, number)
        assert err.value.code == "lifecycle.track_open"
        set_track_status(nurse, number, Track.MEDICAL, TrackStatus.COMPLETED)
    with as_(center, "psy") as psy:
        set_track_status(psy, number, Track.PSYCHOSOCIAL, TrackStatus.DECLINED)
        request_closure(psy, number)
        with pytest.raises(PermissionDenied):
            approve_closure(psy, number)
    with as_(center, "manager") as manager:
        approve_closure(manager, number)
    with as_(center, "nurse") as nurse, pytest.raises(ValidationError):
        save_form(nurse, number, "medical", _medical_minimum(), now=NOW)
    with as_(center, "manager") as manager:
        with pytest.raises(ValidationError):
            reopen_case(manager, number, " ")
        reopen_case(manager, number, "survivor came back for her 3-month test")
        void_case(manager, number, "opened twice by mistake")
    with as_(center, "nurse") as nurse:
        assert open_case(nurse, number).summary.status == "voided"
        with pytest.raises(ValidationError) as err:
            save_form(nurse, number, "medical", _medical_minimum(), now=NOW)
    assert err.value.code == "case.voided"


TRAFFICKING = {
    "acts": ["recruitment", "transport"], "recruited_by_deception": True,
    "documents_taken": True, "exploitation": ["domestic_servitude"],
    "origin_countries": ["rw"], "destination_countries": ["KE"], "moved_across_border": True,
}


def test_trafficking_screening_at_intake_and_later(center):
    from isange_desktop.services.case_screening import save_screening

    # Given an intake that includes a screening with act, means and purpose
    with as_(center, "nurse") as nurse:
        flagged = create_case(nurse, INTAKE | {"trafficking": TRAFFICKING}, now=NOW)
        assert "possible_trafficking" in flagged.flags
        # When another case is screened later with nothing found, Then no flag
        plain = create_case(nurse, INTAKE, now=NOW)
        result = save_screening(nurse, plain.number, {"acts": []}, now=NOW)
        assert result.indication == "none"
        assert "possible_trafficking" not in open_case(nurse, plain.number).summary.flags
        # And a screening that finds it raises the flag on the case
        save_screening(nurse, plain.number, TRAFFICKING, now=NOW)
        assert "possible_trafficking" in open_case(nurse, plain.number).summary.flags
        with pytest.raises(ValidationError):
            save_screening(nurse, plain.number, {"acts": ["kidnapping"]}, now=NOW)


def test_track_work_raises_case_flags(center):
    dose = {"kind": "pep", "given_at": "2026-11-20T10:30:00+02:00", "product": "TDF/3TC/DTG",
            "dose": "1 tablet daily, 28 days"}
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        saved = save_form(nurse, number, "medicine", dose, now=NOW)
        assert saved.values["outside_window"] is False
        assert "pep_started" in open_case(nurse, number).summary.flags


def test_a_batch_commits_all_or_nothing_with_every_audit_event(center):
    with as_(center, "nurse") as nurse:
        # Given a batch whose third intake is refused
        bad = copy.deepcopy(INTAKE)
        bad["person"]["sex"] = "unknown-value"
        with pytest.raises(FormInvalid), nurse.vault.batch():
            create_case(nurse, INTAKE, now=NOW)
            create_case(nurse, INTAKE, now=NOW)
            create_case(nurse, bad, now=NOW)
        # Then nothing of it was written
        assert search_cases(nurse, "Nyira") == []
        # And a clean batch writes every case with its audit event
        with nurse.vault.batch():
            numbers = [create_case(nurse, INTAKE, now=NOW).number for _ in range(3)]
        assert len(search_cases(nurse, "Nyira")) == 3
    with as_(center, "manager") as manager:
        created = {e.object_id for e in recent_events(manager, 30) if e.action == "case.created"}
        assert verify_log(manager).ok
    assert created == set(numbers)


def test_the_next_counselling_session_becomes_a_task(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
    with as_(center, "psy") as psy:
        save_form(psy, number, "counselling_session", _session(), now=NOW)
        due = due_tasks(psy, today=datetime(2026, 11, 27).date())
    assert [(t.number, t.kind.value, t.state.value) for t in due] == [
        (number, "counselling_session", "due_today")]


def test_a_sealed_report_takes_addenda_only(center):
    from isange_desktop.services.case_forms import add_addendum

    signed = _medical_minimum() | {
        "report_findings": "Bruises.", "report_conclusion": "Consistent.",
        "report_clinician": "Dr. Habimana", "report_signed_at": "2026-11-20T11:00:00+02:00"}
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE, now=NOW).number
        save_form(nurse, number, "medical", signed, now=NOW)
        add_addendum(nurse, number, "medical", 0, "X-ray on 21/11 shows no fracture.", now=NOW)
        with pytest.raises(ValidationError):
            add_addendum(nurse, number, "medical", 0, "   ", now=NOW)
        view = open_case(nurse, number)
    assert view.forms["medical"][0]["report_conclusion"] == "Consistent."
    assert view.forms["addendum"][1]["text"].startswith("X-ray")
    with as_(center, "psy") as psy:
        assert "addendum" not in open_case(psy, number).forms  # clinical: not for psy


def test_the_screening_is_readable_after_intake(center):
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE | {"trafficking": TRAFFICKING}, now=NOW).number
        view = open_case(nurse, number)
    assert view.forms["trafficking_screening"][0]["indication"] == "likely"
