"""The form declarations, their validation, and that every string they show can be translated."""

from __future__ import annotations

import ast
import copy
import json
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from isange_desktop.domain.forms import (
    FORMS,
    AllOf,
    Choice,
    Equals,
    Field,
    FieldError,
    FieldType,
    Form,
    IsEmpty,
    IsFalse,
    IsTrue,
    Not,
    OneOf,
    Section,
    Sensitivity,
    any_of,
    cross_field_errors,
    entry_forms,
    form,
    is_set,
    validate,
)
from isange_desktop.domain.forms.body_map import INJURY_CHOICES, VIEW_CHOICES
from isange_desktop.domain.forms.rwanda import DISTRICT_CHOICES, DISTRICTS_BY_PROVINCE
from isange_desktop.i18n import catalog_forms

FORMS_DIR = Path(__file__).resolve().parents[1] / "src" / "isange_desktop" / "domain" / "forms"
TODAY = date(2024, 6, 1)

MARK = {"view": "front", "x": 0.42, "y": 0.31, "number": 1, "type": "bruise",
        "size_cm": 3.5, "description": "Oval bruise, left upper arm, blue-purple"}

# One realistic, complete record per form: every value as it is stored (values.py).
EXAMPLES: dict[str, dict[str, object]] = {
    "person": {
        "family_name": "Uwase", "given_names": "Aline", "sex": "female",
        "date_of_birth": "2009-03-14", "estimated_age_years": 15, "is_child": True,
        "nationality": "RW", "migration_status": "national",
        "has_disability": True, "disability_kinds": ["hearing"],
        "phone": "+250 788 123 456", "national_id": "1200970012345067",
        "province": "southern", "district": "huye", "sector": "Ngoma", "cell": "Butare",
        "village": "Akabeza", "guardian_relationship": "mother", "guardian_name": "Mukamana Jeanne",
        "guardian_phone": "0788654321", "guardian_suspected": False,
    },
    "incident": {
        "arrived_at": "2024-05-31T18:40:00+02:00", "incident_time_exact": False,
        "incident_earliest": "2024-05-30T20:00:00+02:00",
        "incident_latest": "2024-05-30T23:00:00+02:00",
        "place_type": "other_home", "place_description": "Neighbour's house, Akabeza village",
        "account": "He called me to fetch water and then locked the door...",
        "perpetrator_count": 1, "perpetrator_sex": "male", "perpetrator_age_group": "26_40",
        "perpetrator_relationship": "family_friend",
        "referred_by": "other_iosc", "referral_detail": "Isange OSC Kacyiru",
    },
    "medical": {
        "triage_priority": "urgent", "arrival_condition": "distressed",
        "temperature_c": 36.8, "pulse_per_min": 96, "bp_systolic": 118, "bp_diastolic": 76,
        "respiratory_rate_per_min": 18, "weight_kg": 47.5,
        "examination_findings": "Tearing at 6 o'clock, fresh.", "injuries": [MARK],
        "injury_photos": ["att-7f3a", "att-7f3b"],
        "hiv_test_result": "negative", "pregnancy_test_result": "negative",
        "other_tests": "Syphilis RPR negative",
        "report_findings": "Recent genital injury consistent with the account.",
        "report_conclusion": "Findings compatible with recent sexual assault.",
        "report_clinician": "Dr. N. Habimana, medical officer",
        "report_signed_at": "2024-05-31T21:10:00+02:00",
    },
    "medicine": {
        "kind": "pep", "given_at": "2024-05-31T19:30:00+02:00", "product": "TDF/3TC/DTG",
        "dose": "1 tablet daily for 28 days", "outside_window": False,
    },
    "forensic_sample": {
        "sample_ref": "HUY-2024-0153-S1", "sample_type": "vaginal_swab",
        "collected_at": "2024-05-31T19:50:00+02:00", "packed_by": "Nurse C. Ingabire",
        "sealed": True, "storage": "dry_room_temperature", "storage_place": "IOSC locked cabinet",
    },
    "custody_handover": {
        "sample_ref": "HUY-2024-0153-S1", "handed_by": "Nurse C. Ingabire",
        "received_by": "RIB investigator J. Nkusi, badge 4471",
        "handed_at": "2024-06-01T09:15:00+02:00", "purpose": "investigation",
    },
    "psychosocial": {
        "risk_level": "high", "suicidality": "ideation", "safe_at_home": "unsure",
        "assessment_notes": "Very withdrawn; sleeps badly since the incident.",
        "safety_plan": "Stays with her aunt in Tumba; calls 116 if threatened.",
        "volunteer_name": "Nyirahabimana Claudine", "volunteer_phone": "0722000111",
        "village_leader_name": "Gasana Eric", "village_leader_phone": "0733000222",
        "community_visit_date": "2024-06-10",
    },
    "counselling_session": {
        "session_date": "2024-06-03", "duration_minutes": 50, "session_type": "individual",
        "notes": "Talked about school; wants to go back next term.",
        "next_session_date": "2024-06-10",
    },
    "legal": {
        "statement_taken": True, "statement_date": "2024-06-01",
        "rib_case_number": "RIB/HY/0912/24",
        "evidence_handed_over": True, "evidence_handed_over_on": "2024-06-01",
        "evidence_handed_by": "Nurse C. Ingabire", "evidence_received_by": "J. Nkusi (RIB)",
        "prosecution_referred_on": "2024-06-20", "prosecution_decision": "charged",
        "prosecution_decided_on": "2024-07-15", "court_first_hearing_on": "2024-08-05",
        "court_judgment_on": "2024-10-01", "court_outcome": "convicted",
        "legal_aid_referral": "maj",
    },
    "shelter": {
        "admitted_at": "2024-05-31T22:00:00+02:00", "bed": "Room 2, bed B",
        "admission_reason": "perpetrator_at_home",
        "discharged_at": "2024-06-04T10:00:00+02:00", "discharge_destination": "relatives",
        "placement_referred": False,
    },
}

REQUIRED_WHEN_EMPTY = {
    "person": {"family_name", "sex", "date_of_birth", "estimated_age_years"},
    "incident": {"arrived_at", "incident_time_exact", "place_type", "perpetrator_sex",
                 "perpetrator_age_group", "perpetrator_relationship", "referred_by"},
    "medical": {"triage_priority", "arrival_condition"},
    "medicine": {"kind", "given_at"},
    "forensic_sample": {"sample_ref", "sample_type", "collected_at", "packed_by", "sealed",
                        "storage"},
    "custody_handover": {"sample_ref", "handed_by", "received_by", "handed_at", "purpose"},
    "psychosocial": {"risk_level", "suicidality", "safe_at_home"},
    "counselling_session": {"session_date", "session_type"},
    "legal": {"statement_taken", "legal_aid_referral"},
    "shelter": {"admitted_at", "admission_reason"},
}

SENSITIVITY = {
    "person": Sensitivity.IDENTIFICATION, "incident": Sensitivity.INCIDENT,
    "medical": Sensitivity.CLINICAL, "medicine": Sensitivity.CLINICAL,
    "forensic_sample": Sensitivity.CLINICAL, "custody_handover": Sensitivity.CLINICAL,
    "psychosocial": Sensitivity.COUNSELLING, "counselling_session": Sensitivity.COUNSELLING,
    "legal": Sensitivity.LEGAL, "shelter": Sensitivity.SHELTER,
}


def _with(form_id: str, **changes: object) -> dict[str, object]:
    values = copy.deepcopy(EXAMPLES[form_id])
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return values


def _codes(errors: list[FieldError]) -> set[tuple[str, str]]:
    return {(e.field_id, e.message_id) for e in errors}


# --- the declarations -----------------------------------------------------------------------

def test_every_form_has_an_example_and_expectations():
    assert set(EXAMPLES) == set(FORMS) == set(REQUIRED_WHEN_EMPTY) == set(SENSITIVITY)


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_a_complete_realistic_record_is_valid(form_id):
    # Given a record as the GUI or a bundle would hold it, after a JSON round trip
    values = json.loads(json.dumps(EXAMPLES[form_id]))
    # Then neither validation nor the cross-field rules object
    assert validate(form(form_id), values) == []
    assert cross_field_errors(form_id, values, today=TODAY) == []


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_an_empty_record_names_each_required_field(form_id):
    errors = validate(form(form_id), {})
    assert {e.message_id for e in errors} == {"form.required"}
    assert [e.field_id for e in errors] == [
        f.id for f in form(form_id).fields if f.id in REQUIRED_WHEN_EMPTY[form_id]]
    assert {e.field_id for e in errors} == REQUIRED_WHEN_EMPTY[form_id]


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_each_field_holds_its_tracks_sensitivity(form_id):
    assert {f.sensitivity for f in form(form_id).fields} == {SENSITIVITY[form_id]}


def test_counselling_notes_are_counselling_and_the_account_is_incident():
    assert form("counselling_session").field("notes").sensitivity is Sensitivity.COUNSELLING
    assert form("incident").field("account").sensitivity is Sensitivity.INCIDENT
    assert form("incident").field("account").type is FieldType.LONG_TEXT


def test_field_ids_are_unique_within_each_form_and_a_repeat_is_refused():
    for f in FORMS.values():
        assert len(f.field_ids) == len(f.fields) == len({x.id for x in f.fields})
    text = Field("a", FieldType.TEXT, "A", Sensitivity.INCIDENT)
    with pytest.raises(ValueError, match="repeat"):
        Form("x", "X", (Section("s", "S", (text,)), Section("t", "T", (text,))))


def test_report_codes_are_unique_across_forms():
    codes = [f.report_code for x in FORMS.values() for f in x.report_fields()]
    assert len(codes) == len(set(codes))
    for code in ("sex", "age", "referral_source", "perpetrator_relationship", "medicine"):
        assert code in codes
    kind = form("medicine").field("kind")
    assert kind.choice("pep").report_code == "pep_given"


def test_registry_and_entry_forms():
    assert [f.id for f in entry_forms("medical")] == [
        "medicine", "forensic_sample", "custody_handover"]
    assert [f.id for f in entry_forms("psychosocial")] == ["counselling_session"]
    assert all(f.repeating for f in entry_forms("medical"))
    assert not form("person").repeating
    with pytest.raises(KeyError):
        form("trafficking_screening_v0")


def test_rwanda_has_five_provinces_and_thirty_districts():
    assert len(form("person").field("province").choices) == 5
    assert len(DISTRICT_CHOICES) == 30 == len({d.value for d in DISTRICT_CHOICES})
    assert {d.value for d in DISTRICTS_BY_PROVINCE["kigali"]} == {
        "gasabo", "kicukiro", "nyarugenge"}
    assert form("person").field("district").shown_when is None


def test_relationship_and_referral_lists_are_complete():
    relationships = form("incident").field("perpetrator_relationship").choice_values()
    assert len(relationships) == 15
    assert {"intimate_partner", "primary_caregiver", "no_relation", "unknown"} <= relationships
    assert form("incident").field("referred_by").choice_values() == {
        "self", "police", "rib", "health_center", "village_leader", "hotline", "other_iosc",
        "other"}


@pytest.mark.parametrize("bad", [
    {"type": FieldType.TEXT, "choices": (Choice("a", "A"),)},
    {"type": FieldType.CHOICE},
    {"type": FieldType.CHOICE, "choices": (Choice("a", "A"), Choice("a", "B"))},
    {"type": FieldType.CHOICE, "choices": (Choice("a", " "),)},
    {"type": FieldType.INTEGER, "minimum": 1},
    {"type": FieldType.INTEGER, "minimum": 5, "maximum": 1},
    {"type": FieldType.TEXT, "unit": "kg"},
    {"type": FieldType.BOOL, "max_length": 3},
    {"type": FieldType.TEXT, "label": ""},
    {"type": FieldType.TEXT, "help": "  "},
    {"type": FieldType.TEXT, "id": "Bad-Id"},
])
def test_a_wrong_field_declaration_is_refused(bad):
    kwargs = {"id": "x", "label": "X", "sensitivity": Sensitivity.CLINICAL, **bad}
    with pytest.raises(ValueError):
        Field(**kwargs)


def test_a_condition_on_a_missing_field_is_refused():
    f = Field("a", FieldType.TEXT, "A", Sensitivity.LEGAL, shown_when=IsTrue("nowhere"))
    with pytest.raises(ValueError, match="nowhere"):
        Form("x", "X", (Section("s", "S", (f,)),))


def test_only_entry_forms_belong_to_another_form():
    f = Field("a", FieldType.TEXT, "A", Sensitivity.LEGAL)
    with pytest.raises(ValueError):
        Form("x", "X", (Section("s", "S", (f,)),), repeating=True)
    with pytest.raises(ValueError):
        Form("x", "X", (Section("s", "S", (f,)),), part_of="legal")


# --- conditions -----------------------------------------------------------------------------

def test_conditions_tell_an_answer_from_its_absence_and_booleans_from_numbers():
    assert Equals("a", True).holds({"a": True}) and not Equals("a", True).holds({"a": 1})
    assert not Equals("a", 1).holds({"a": True})
    assert IsFalse("a").holds({"a": False}) and not IsFalse("a").holds({})
    assert not IsTrue("a").holds({}) and not IsTrue("a").holds({"a": "yes"})
    assert IsEmpty("a").holds({"a": "  "}) and IsEmpty("a").holds({"a": []})
    assert not IsEmpty("a").holds({"a": 0}) and not IsEmpty("a").holds({"a": False})
    assert is_set("a").holds({"a": "x"})
    assert OneOf("a", ("x", "y")).holds({"a": "y"}) and not OneOf("a", ("x",)).holds({})
    both = AllOf((IsTrue("a"), Not(Equals("b", "none"))))
    assert both.holds({"a": True}) and not both.holds({"a": True, "b": "none"})
    either = any_of(IsTrue("a"), Equals("b", "x"))
    assert either.holds({"b": "x"}) and not either.holds({"a": False})
    assert either.field_ids() == {"a", "b"} == both.field_ids()


def test_visible_fields_follow_the_answers():
    incident = form("incident")
    exact = {f.id for f in incident.visible_fields({"incident_time_exact": True})}
    estimated = {f.id for f in incident.visible_fields({"incident_time_exact": False})}
    unanswered = {f.id for f in incident.visible_fields({})}
    assert "incident_at" in exact and "incident_earliest" not in exact
    assert {"incident_earliest", "incident_latest"} <= estimated and "incident_at" not in estimated
    assert not {"incident_at", "incident_earliest"} & unanswered
    assert form("incident").field("incident_at").depends_on() == {"incident_time_exact"}


# --- conditional requirements ---------------------------------------------------------------

def test_date_of_birth_or_estimated_age_is_enough():
    assert validate(form("person"), _with("person", estimated_age_years=None)) == []
    assert validate(form("person"), _with("person", date_of_birth=None)) == []
    errors = validate(form("person"), _with("person", date_of_birth=None,
                                            estimated_age_years=None))
    assert _codes(errors) == {("date_of_birth", "form.required"),
                              ("estimated_age_years", "form.required")}


def test_guardian_is_asked_only_for_a_child():
    adult = _with("person", is_child=False)
    assert _codes(validate(form("person"), adult)) == {
        (f, "form.hidden_not_empty") for f in (
            "guardian_relationship", "guardian_name", "guardian_phone", "guardian_suspected")}
    child_alone = _with("person", guardian_relationship="none", guardian_name=None,
                        guardian_phone=None, guardian_suspected=None)
    assert validate(form("person"), child_alone) == []
    child_with_guardian = _with("person", guardian_name=None, guardian_suspected=None)
    assert _codes(validate(form("person"), child_with_guardian)) == {
        ("guardian_name", "form.required"), ("guardian_suspected", "form.required")}
    no_relationship = _with("person", guardian_relationship=None)
    assert _codes(validate(form("person"), no_relationship)) == {
        ("guardian_relationship", "form.required")}


def test_disability_kind_follows_the_disability_answer():
    assert _codes(validate(form("person"), _with("person", disability_kinds=None))) == {
        ("disability_kinds", "form.required")}
    assert _codes(validate(form("person"), _with("person", has_disability=False))) == {
        ("disability_kinds", "form.hidden_not_empty")}


def test_exact_or_estimated_incident_time():
    exact = _with("incident", incident_time_exact=True)
    assert _codes(validate(form("incident"), exact)) == {
        ("incident_at", "form.required"), ("incident_earliest", "form.hidden_not_empty"),
        ("incident_latest", "form.hidden_not_empty")}
    fixed = _with("incident", incident_time_exact=True, incident_earliest=None,
                  incident_latest=None, incident_at="2024-05-30T21:30:00+02:00")
    assert validate(form("incident"), fixed) == []


def test_a_late_dose_needs_its_reason():
    late = _with("medicine", outside_window=True)
    assert _codes(validate(form("medicine"), late)) == {
        ("outside_window_reason", "form.required")}
    explained = _with("medicine", outside_window=True,
                      outside_window_reason="Arrived 80 hours after; clinician's decision.")
    assert validate(form("medicine"), explained) == []
    assert _codes(validate(form("medicine"), _with(
        "medicine", outside_window_reason="not needed"))) == {
        ("outside_window_reason", "form.hidden_not_empty")}


@pytest.mark.parametrize(("changes", "needed"), [
    ({"risk_level": "high"}, True),
    ({"risk_level": "medium", "suicidality": "plan"}, True),
    ({"risk_level": "low", "suicidality": "attempt"}, True),
    ({"risk_level": "low", "safe_at_home": "unsafe"}, True),
    ({"risk_level": "medium", "suicidality": "ideation", "safe_at_home": "unsure"}, False),
    ({"risk_level": "low", "suicidality": "none", "safe_at_home": "safe"}, False),
])
def test_a_safety_plan_is_required_when_the_survivor_is_not_safe(changes, needed):
    values = _with("psychosocial", safety_plan=None, **changes)
    required = ("safety_plan", "form.required") in _codes(validate(form("psychosocial"), values))
    assert required is needed


def test_a_signed_medico_legal_report_needs_its_content():
    unsigned = _with("medical", report_signed_at=None, report_clinician=None)
    assert validate(form("medical"), unsigned) == []
    signed_empty = _with("medical", report_findings=None, report_conclusion=None,
                         report_clinician=None)
    assert {e.field_id for e in validate(form("medical"), signed_empty)} == {
        "report_findings", "report_conclusion", "report_clinician"}


def test_discharge_destination_only_after_discharge():
    staying = _with("shelter", discharged_at=None)
    assert _codes(validate(form("shelter"), staying)) == {
        ("discharge_destination", "form.hidden_not_empty")}
    assert validate(form("shelter"), _with("shelter", discharged_at=None,
                                           discharge_destination=None)) == []
    assert _codes(validate(form("shelter"), _with("shelter", discharge_destination=None))) == {
        ("discharge_destination", "form.required")}


def test_other_referral_and_other_legal_aid_need_a_name():
    assert _codes(validate(form("incident"), _with("incident", referral_detail=None))) == {
        ("referral_detail", "form.required")}
    assert _codes(validate(form("incident"), _with("incident", referred_by="self"))) == {
        ("referral_detail", "form.hidden_not_empty")}
    assert _codes(validate(form("legal"), _with("legal", legal_aid_referral="other"))) == {
        ("legal_aid_other", "form.required")}


# --- one answer at a time -------------------------------------------------------------------

def test_unknown_fields_are_refused():
    errors = validate(form("medicine"), _with("medicine", batch_colour="red", pep_given=True))
    assert _codes(errors) == {("batch_colour", "form.unknown_field"),
                              ("pep_given", "form.unknown_field")}


@pytest.mark.parametrize(("form_id", "field_id", "value", "message"), [
    ("person", "sex", "f", "form.invalid_choice"),
    ("person", "sex", ["female"], "form.wrong_type"),
    ("person", "disability_kinds", ["hearing", "hearing"], "form.invalid_choice"),
    ("person", "disability_kinds", ["hearing", "telepathic"], "form.invalid_choice"),
    ("person", "disability_kinds", "hearing", "form.wrong_type"),
    ("person", "estimated_age_years", 15.0, "form.wrong_type"),
    ("person", "estimated_age_years", "15", "form.wrong_type"),
    ("person", "estimated_age_years", True, "form.wrong_type"),
    ("person", "estimated_age_years", 121, "form.out_of_range"),
    ("person", "estimated_age_years", -1, "form.out_of_range"),
    ("forensic_sample", "sealed", "yes", "form.wrong_type"),
    ("forensic_sample", "sealed", 1, "form.wrong_type"),
    ("person", "date_of_birth", date(2009, 3, 14), "form.bad_date"),
    ("person", "date_of_birth", "2009-3-14", "form.bad_date"),
    ("person", "date_of_birth", "20090314", "form.bad_date"),
    ("person", "date_of_birth", "2009-02-30", "form.bad_date"),
    ("person", "national_id", "120097001234506", "form.bad_format"),
    ("person", "nationality", "rw", "form.bad_format"),
    ("person", "phone", "call me", "form.bad_format"),
    ("person", "family_name", "U" * 101, "form.too_long"),
    ("incident", "arrived_at", "2024-05-31T18:40:00", "form.bad_datetime"),
    ("incident", "arrived_at", "2024-05-31", "form.bad_datetime"),
    ("incident", "arrived_at", "yesterday evening", "form.bad_datetime"),
    ("medical", "temperature_c", 45.1, "form.out_of_range"),
    ("medical", "temperature_c", math.nan, "form.wrong_type"),
    ("medical", "temperature_c", False, "form.wrong_type"),
    ("medical", "injury_photos", ["att-1", "att-1"], "form.attachment_repeated"),
    ("medical", "injury_photos", ["att-1", ""], "form.wrong_type"),
    ("medical", "injury_photos", "att-1", "form.wrong_type"),
    ("medical", "injuries", MARK, "form.wrong_type"),
])
def test_a_wrong_value_is_named(form_id, field_id, value, message):
    errors = validate(form(form_id), _with(form_id, **{field_id: value}))
    assert _codes(errors) == {(field_id, message)}


@pytest.mark.parametrize(("field_id", "value"), [
    ("temperature_c", 30), ("temperature_c", 45), ("temperature_c", 37.25),
    ("weight_kg", 0.5), ("bp_systolic", 50), ("bp_systolic", 260),
])
def test_range_ends_are_allowed(field_id, value):
    values = _with("medical", **{field_id: value}, bp_diastolic=None)
    assert validate(form("medical"), values) == []


def test_text_length_limit_boundary():
    limit = form("person").field("family_name").length_limit
    assert limit == 100
    assert validate(form("person"), _with("person", family_name="U" * limit)) == []
    error = validate(form("person"), _with("person", family_name="U" * (limit + 1)))[0]
    assert error.params == {"max_length": 100}
    default = form("incident").field("account").length_limit
    assert default == 20_000


def test_out_of_range_names_both_ends():
    [error] = validate(form("medical"), _with("medical", pulse_per_min=251))
    assert error.params == {"minimum": 20, "maximum": 250}


def test_datetimes_in_any_offset_and_utc_are_accepted():
    for moment in ("2024-05-31T16:40:00Z", "2024-05-31T16:40:00+00:00",
                   "2024-05-31T18:40:00.250+02:00"):
        assert validate(form("incident"), _with("incident", arrived_at=moment)) == [], moment


def test_blank_text_counts_as_empty():
    errors = validate(form("person"), _with("person", family_name="   "))
    assert _codes(errors) == {("family_name", "form.required")}


def test_false_and_zero_are_answers():
    values = _with("legal", statement_taken=False, statement_date=None)
    assert validate(form("legal"), values) == []
    assert validate(form("person"), _with("person", date_of_birth=None, is_child=True,
                                          estimated_age_years=0)) == []


# --- body map -------------------------------------------------------------------------------

def test_valid_body_map_marks():
    marks = [MARK,
             {"view": "back", "x": 0, "y": 1, "number": 2, "type": "abrasion"},
             {"view": "genital", "x": 1, "y": 0.5, "number": 3, "type": "laceration",
              "size_cm": 0, "description": ""},
             {"view": "front", "x": 0.1, "y": 0.9, "number": 7, "type": "other",
              "description": "Rope marks on the wrist"}]
    assert validate(form("medical"), _with("medical", injuries=marks)) == []


@pytest.mark.parametrize("change", [
    {"view": "side"}, {"view": None}, {"view": ["front"]}, {"x": 1.01}, {"y": -0.01},
    {"x": "0.5"}, {"x": True}, {"x": math.inf}, {"number": 0}, {"number": 1.0},
    {"number": True}, {"type": "stab"}, {"type": None}, {"size_cm": -1}, {"size_cm": "3"},
    {"description": 5}, {"description": "x" * 501}, {"colour": "blue"},
    {"type": "other", "description": " "},
])
def test_an_invalid_body_map_mark_is_named_by_position(change):
    bad = {**MARK, **change}
    good = {**MARK, "number": 2}
    errors = validate(form("medical"), _with("medical", injuries=[good, bad]))
    assert [(e.message_id, dict(e.params)) for e in errors] == [
        ("form.body_map_mark_invalid", {"index": 2})]


@pytest.mark.parametrize("missing", ["view", "x", "y", "number", "type"])
def test_a_mark_without_a_required_key_is_invalid(missing):
    bad = {k: v for k, v in MARK.items() if k != missing}
    errors = validate(form("medical"), _with("medical", injuries=[bad]))
    assert _codes(errors) == {("injuries", "form.body_map_mark_invalid")}


def test_body_map_numbers_are_unique():
    marks = [MARK, {**MARK, "view": "back"}, "not a mark"]
    errors = validate(form("medical"), _with("medical", injuries=marks))
    assert [(e.message_id, dict(e.params)) for e in errors] == [
        ("form.body_map_mark_invalid", {"index": 3}),
        ("form.body_map_number_repeated", {"number": 1})]


# --- strings: labels, messages, translation -------------------------------------------------

def _shown_strings() -> list[str]:
    strings: list[str] = []
    for f in FORMS.values():
        strings.append(f.title)
        strings.extend(s.title for s in f.sections)
        for x in f.fields:
            strings.append(x.label)
            strings.extend([x.help] if x.help is not None else [])
            strings.extend(c.label for c in x.choices)
    strings.extend(c.label for c in VIEW_CHOICES + INJURY_CHOICES)
    return strings


def test_every_title_label_help_and_choice_label_is_written():
    strings = _shown_strings()
    assert len(strings) > 300
    assert all(s and s == s.strip() for s in strings)


def _message_ids_in_source() -> set[str]:
    ids = set()
    for path in FORMS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"form\.[a-z_]+", node.value):
                ids.add(node.value)
    return ids


def test_every_message_id_used_is_in_the_catalog_in_three_languages():
    used = _message_ids_in_source()
    assert {"form.required", "form.incident_after_arrival",
            "form.body_map_mark_invalid"} <= used, "the scan is broken"
    assert sorted(used - set(catalog_forms.CATALOG)) == []
    assert sorted(set(catalog_forms.CATALOG) - used) == [], "catalog entries nobody uses"
    for code, texts in catalog_forms.CATALOG.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), code
        assert len(set(texts)) == 3, f"{code}: a language was copied, not translated"


def test_message_params_fill_every_placeholder():
    from isange_desktop.i18n.messages import translate

    errors = [
        *validate(form("medical"), _with("medical", pulse_per_min=400, injuries=[MARK, MARK],
                                        other_tests="x" * 2001)),
        *validate(form("medical"), _with("medical", injuries=[{}])),
        *cross_field_errors("person", _with("person", estimated_age_years=40), today=TODAY),
    ]
    assert len(errors) == 5
    for error in errors:
        for lang in ("en", "fr", "rw"):
            text = translate(error.message_id, lang, **error.params)
            assert "{" not in text and text != error.message_id, (error, lang)


def _lupdate() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_string_a_form_shows(tmp_path):
    # Given lupdate run over the declarations, as the translation pipeline will
    ts = tmp_path / "forms.ts"
    sources = [str(p) for p in sorted(FORMS_DIR.glob("*.py"))]
    subprocess.run([_lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True,
                   timeout=120)
    # Then every string shown to a user is in the "forms" context: none was left unmarked
    extracted = {m.findtext("source") for ctx in ET.parse(ts).getroot().iter("context")
                 if ctx.findtext("name") == "forms" for m in ctx.iter("message")}
    missing = sorted(set(_shown_strings()) - extracted)
    assert missing == []


def test_relationship_choices_are_the_classification_vocabulary():
    # The intake form and the GBVIMS flags (intimate partner violence) must speak one language
    from isange_desktop.domain.classification import PerpetratorRelationship
    from isange_desktop.domain.forms import form

    declared = form("incident").field("perpetrator_relationship").choice_values()
    assert declared == {r.value for r in PerpetratorRelationship}
