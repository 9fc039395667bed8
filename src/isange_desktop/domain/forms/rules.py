"""Rules that read several answers at once. Each takes values as stored (values.py); an answer
that does not parse is skipped here and left to validation.validate to report.

`today` is passed in, never read from the clock, so the rules stay pure and testable.
The PEP-outside-its-window rule is the clinical clocks' (through medicine's `outside_window`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from isange_desktop.domain.forms.field_error import FieldError
from isange_desktop.domain.forms.rwanda import PROVINCE_OF_DISTRICT
from isange_desktop.domain.forms.values import parse_date, parse_datetime

Values = Mapping[str, object]

# An estimate may be off by a year either way (a birthday not yet reached, a rounded answer).
AGE_TOLERANCE_YEARS = 1


def age_in_years(born: date, on: date) -> int:
    """Completed years of age on a day (a 29 February birthday counts from 1 March)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _moment(values: Values, field_id: str) -> datetime | None:
    return parse_datetime(values.get(field_id))


def _int(values: Values, field_id: str) -> int | None:
    value = values.get(field_id)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def person_errors(values: Values, *, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    born = parse_date(values.get("date_of_birth"))
    estimated = _int(values, "estimated_age_years")
    if born is not None and born > today:
        errors.append(FieldError("date_of_birth", "form.birth_in_future"))
    elif born is not None and estimated is not None:
        age = age_in_years(born, today)
        if abs(age - estimated) > AGE_TOLERANCE_YEARS:
            errors.append(FieldError("estimated_age_years", "form.age_contradicts_dob",
                                     {"estimated": estimated, "age": age}))
    province, district = values.get("province"), values.get("district")
    if (isinstance(province, str) and isinstance(district, str)
            and PROVINCE_OF_DISTRICT.get(district, province) != province):
        errors.append(FieldError("district", "form.district_not_in_province"))
    return errors


def incident_errors(values: Values) -> list[FieldError]:
    errors: list[FieldError] = []
    arrived = _moment(values, "arrived_at")
    if arrived is not None:
        for field_id in ("incident_at", "incident_earliest", "incident_latest"):
            moment = _moment(values, field_id)
            if moment is not None and moment > arrived:
                errors.append(FieldError(field_id, "form.incident_after_arrival"))
    earliest, latest = _moment(values, "incident_earliest"), _moment(values, "incident_latest")
    if earliest is not None and latest is not None and earliest > latest:
        errors.append(FieldError("incident_earliest", "form.earliest_after_latest"))
    return errors


def medical_errors(values: Values) -> list[FieldError]:
    systolic, diastolic = _int(values, "bp_systolic"), _int(values, "bp_diastolic")
    if systolic is not None and diastolic is not None and diastolic >= systolic:
        return [FieldError("bp_diastolic", "form.diastolic_not_below_systolic")]
    return []


def shelter_errors(values: Values) -> list[FieldError]:
    admitted, discharged = _moment(values, "admitted_at"), _moment(values, "discharged_at")
    if admitted is not None and discharged is not None and discharged < admitted:
        return [FieldError("discharged_at", "form.discharge_before_admission")]
    return []


def _ref_key(value: object) -> str | None:
    return value.strip().casefold() if isinstance(value, str) and value.strip() else None


def sample_ref_errors(samples: Sequence[Values]) -> list[FieldError]:
    """Each forensic sample's number must be its own (errors name the later sample entries)."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    for index, sample in enumerate(samples):
        key = _ref_key(sample.get("sample_ref"))
        if key is not None and key in seen:
            errors.append(FieldError("sample_ref", "form.sample_ref_repeated",
                                     {"sample_ref": sample.get("sample_ref")}, entry=index))
        if key is not None:
            seen.add(key)
    return errors


def custody_errors(samples: Sequence[Values],
                   handovers: Sequence[Values]) -> list[FieldError]:
    """Every handover names a recorded sample and is not before its collection.

    Errors name the custody_handover entry by its index in `handovers`.
    """
    collected: dict[str, datetime | None] = {}
    for sample in samples:
        key = _ref_key(sample.get("sample_ref"))
        if key is not None:
            moment = _moment(sample, "collected_at")
            known = collected.get(key)
            # With a repeated number (reported by sample_ref_errors) the earliest counts.
            collected[key] = moment if known is None or (moment and moment < known) else known
    errors: list[FieldError] = []
    for index, handover in enumerate(handovers):
        ref = handover.get("sample_ref")
        key = _ref_key(ref)
        if key is None:
            continue
        if key not in collected:
            errors.append(FieldError("sample_ref", "form.unknown_sample_ref",
                                     {"sample_ref": ref}, entry=index))
            continue
        at, since = _moment(handover, "handed_at"), collected[key]
        if at is not None and since is not None and at < since:
            errors.append(FieldError("handed_at", "form.handover_before_collection",
                                     {"sample_ref": ref}, entry=index))
    return errors


_SINGLE_FORM_RULES: dict[str, Callable[[Values], list[FieldError]]] = {
    "incident": incident_errors,
    "medical": medical_errors,
    "shelter": shelter_errors,
}


def cross_field_errors(form_id: str, values: Values, *, today: date) -> list[FieldError]:
    """The rules over one form's (or one entry's) own values; entry-spanning rules
    (sample_ref_errors, custody_errors) are called by whoever holds all the entries."""
    if form_id == "person":
        return person_errors(values, today=today)
    rule = _SINGLE_FORM_RULES.get(form_id)
    return rule(values) if rule else []
