"""Cross-field rules of the forms, each at its boundary."""

from __future__ import annotations

from datetime import date

import pytest

from isange_desktop.domain.forms import (
    FieldError,
    age_in_years,
    cross_field_errors,
    custody_errors,
    sample_ref_errors,
)

TODAY = date(2024, 6, 1)
ARRIVED = "2024-05-31T18:40:00+02:00"


def _codes(errors: list[FieldError]) -> list[tuple[str, str]]:
    return [(e.field_id, e.message_id) for e in errors]


# --- incident times -------------------------------------------------------------------------

@pytest.mark.parametrize(("incident_at", "refused"), [
    ("2024-05-31T18:40:00+02:00", False),   # the same instant: a survivor brought at once
    ("2024-05-31T18:40:01+02:00", True),
    ("2024-05-31T16:40:00Z", False),        # the same instant written in UTC
    ("2024-05-31T16:41:00Z", True),
    ("2024-05-29T08:00:00+02:00", False),
])
def test_an_exact_incident_after_arrival_is_refused(incident_at, refused):
    values = {"arrived_at": ARRIVED, "incident_time_exact": True, "incident_at": incident_at}
    errors = cross_field_errors("incident", values, today=TODAY)
    assert _codes(errors) == ([("incident_at", "form.incident_after_arrival")] if refused else [])


def test_an_estimated_window_ending_after_arrival_is_refused():
    values = {"arrived_at": ARRIVED, "incident_time_exact": False,
              "incident_earliest": "2024-05-31T12:00:00+02:00",
              "incident_latest": "2024-05-31T19:00:00+02:00"}
    assert _codes(cross_field_errors("incident", values, today=TODAY)) == [
        ("incident_latest", "form.incident_after_arrival")]


@pytest.mark.parametrize(("earliest", "latest", "refused"), [
    ("2024-05-30T20:00:00+02:00", "2024-05-30T20:00:00+02:00", False),
    ("2024-05-30T20:00:00+02:00", "2024-05-30T20:01:00+02:00", False),
    ("2024-05-30T20:01:00+02:00", "2024-05-30T20:00:00+02:00", True),
])
def test_earliest_after_latest_is_refused(earliest, latest, refused):
    values = {"arrived_at": ARRIVED, "incident_earliest": earliest, "incident_latest": latest}
    errors = cross_field_errors("incident", values, today=TODAY)
    assert _codes(errors) == (
        [("incident_earliest", "form.earliest_after_latest")] if refused else [])


def test_rules_skip_what_does_not_parse():
    values = {"arrived_at": "yesterday", "incident_at": "2024-05-31T19:00:00+02:00",
              "incident_earliest": 5, "incident_latest": None}
    assert cross_field_errors("incident", values, today=TODAY) == []
    assert cross_field_errors("person", {"date_of_birth": "2030-13-01",
                                         "estimated_age_years": "x"}, today=TODAY) == []


# --- birth and age --------------------------------------------------------------------------

@pytest.mark.parametrize(("born", "refused"), [
    ("2024-06-01", False), ("2024-06-02", True), ("2009-03-14", False)])
def test_a_birth_date_in_the_future_is_refused(born, refused):
    errors = cross_field_errors("person", {"date_of_birth": born}, today=TODAY)
    assert _codes(errors) == ([("date_of_birth", "form.birth_in_future")] if refused else [])


def test_the_future_depends_on_the_day_given_not_the_clock():
    values = {"date_of_birth": "2024-06-02"}
    assert cross_field_errors("person", values, today=date(2024, 6, 2)) == []


@pytest.mark.parametrize(("estimated", "refused"), [
    (8, True), (9, False), (10, False), (11, False), (12, True)])
def test_an_estimated_age_more_than_a_year_off_the_birth_date_is_refused(estimated, refused):
    # Given someone born 2014-03-14, who is 10 on 2024-06-01
    values = {"date_of_birth": "2014-03-14", "estimated_age_years": estimated}
    errors = cross_field_errors("person", values, today=TODAY)
    expected = [("estimated_age_years", "form.age_contradicts_dob")] if refused else []
    assert _codes(errors) == expected
    if refused:
        assert errors[0].params == {"estimated": estimated, "age": 10}


@pytest.mark.parametrize(("born", "on", "age"), [
    (date(2006, 6, 2), date(2024, 6, 1), 17),   # the day before the 18th birthday
    (date(2006, 6, 1), date(2024, 6, 1), 18),
    (date(2008, 2, 29), date(2024, 2, 28), 15),
    (date(2008, 2, 29), date(2024, 2, 29), 16),
    (date(2008, 2, 29), date(2023, 3, 1), 15),
    (date(2024, 6, 1), date(2024, 6, 1), 0),
])
def test_age_in_completed_years(born, on, age):
    assert age_in_years(born, on) == age


@pytest.mark.parametrize(("province", "district", "refused"), [
    ("southern", "huye", False), ("kigali", "huye", True), ("western", "rubavu", False),
    (None, "huye", False), ("kigali", None, False)])
def test_the_district_must_lie_in_the_province(province, district, refused):
    values = {k: v for k, v in (("province", province), ("district", district)) if v}
    errors = cross_field_errors("person", values, today=TODAY)
    assert _codes(errors) == ([("district", "form.district_not_in_province")] if refused else [])


# --- vital signs and shelter ----------------------------------------------------------------

@pytest.mark.parametrize(("systolic", "diastolic", "refused"), [
    (120, 119, False), (120, 120, True), (90, 110, True)])
def test_diastolic_must_be_below_systolic(systolic, diastolic, refused):
    values = {"bp_systolic": systolic, "bp_diastolic": diastolic}
    errors = cross_field_errors("medical", values, today=TODAY)
    assert _codes(errors) == (
        [("bp_diastolic", "form.diastolic_not_below_systolic")] if refused else [])


@pytest.mark.parametrize(("discharged", "refused"), [
    ("2024-05-31T22:00:00+02:00", False),
    ("2024-05-31T21:59:59+02:00", True),
    ("2024-05-31T20:00:00Z", False),        # 22:00 in Kigali
    ("2024-06-04T10:00:00+02:00", False),
])
def test_discharge_before_admission_is_refused(discharged, refused):
    values = {"admitted_at": "2024-05-31T22:00:00+02:00", "discharged_at": discharged}
    errors = cross_field_errors("shelter", values, today=TODAY)
    assert _codes(errors) == (
        [("discharged_at", "form.discharge_before_admission")] if refused else [])


def test_forms_without_rules_have_none():
    for form_id in ("legal", "psychosocial", "medicine", "no_such_form"):
        assert cross_field_errors(form_id, {"anything": 1}, today=TODAY) == []


# --- chain of custody -----------------------------------------------------------------------

SAMPLES = [
    {"sample_ref": "S1", "collected_at": "2024-05-31T19:50:00+02:00"},
    {"sample_ref": "S2", "collected_at": "2024-05-31T20:05:00+02:00"},
]


@pytest.mark.parametrize(("handed_at", "refused"), [
    ("2024-05-31T20:05:00+02:00", False),
    ("2024-05-31T20:04:59+02:00", True),
    ("2024-05-31T18:05:00Z", False),
    ("2024-06-01T09:00:00+02:00", False),
])
def test_a_handover_before_the_sample_was_collected_is_refused(handed_at, refused):
    handovers = [{"sample_ref": "S1", "handed_at": "2024-06-01T09:00:00+02:00"},
                 {"sample_ref": "S2", "handed_at": handed_at}]
    errors = custody_errors(SAMPLES, handovers)
    if refused:
        assert errors == [FieldError("handed_at", "form.handover_before_collection",
                                     {"sample_ref": "S2"}, entry=1)]
    else:
        assert errors == []


def test_a_handover_must_name_a_recorded_sample():
    handovers = [{"sample_ref": " s1 ", "handed_at": "2024-06-01T09:00:00+02:00"},
                 {"sample_ref": "S9", "handed_at": "2024-06-01T09:00:00+02:00"},
                 {"sample_ref": "", "handed_at": "2024-06-01T09:00:00+02:00"}]
    errors = custody_errors(SAMPLES, handovers)
    assert [(e.field_id, e.message_id, e.entry) for e in errors] == [
        ("sample_ref", "form.unknown_sample_ref", 1)]


def test_sample_numbers_are_not_repeated():
    samples = [*SAMPLES, {"sample_ref": "s1 ", "collected_at": "2024-05-31T19:00:00+02:00"}]
    errors = sample_ref_errors(samples)
    assert [(e.field_id, e.message_id, e.entry) for e in errors] == [
        ("sample_ref", "form.sample_ref_repeated", 2)]
    assert sample_ref_errors(SAMPLES) == []
    # With a repeated number, the earliest collection counts: no false alarm on the handover
    handover = [{"sample_ref": "S1", "handed_at": "2024-05-31T19:30:00+02:00"}]
    assert custody_errors(samples, handover) == []
