"""Hypothesis strategies for whole cases worth referring (tests/test_referral_roundtrip.py).

Form values are drawn from the forms' declarations in domain/forms/: each field by its type,
its limits, its pattern and its choices, shown and required as its conditions say. Only the
answers that cross-field rules tie together (age and date of birth, district and province,
incident times, blood pressure, admission and discharge, which sample a handover names) are
drawn here by hand, so that every case the strategies make is one staff could have saved.

A case comes out as a ``CasePlan``: the intake document, then the work done on it afterwards
as plain steps, so a failing example prints as data. Its attachments are files of each kind
(PDF, JPEG, PNG, TIFF) with random contents around their real structure, photos with and
without metadata to strip, some kept as evidence, on the intake, on a track or on one of the
case's form entries, under names of any script.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from attachment_files import segment
from isange_desktop.domain.attachment_rules import base_name
from isange_desktop.domain.center_time import CENTER_TZ, local_date
from isange_desktop.domain.classification import CHILD_AGE, QUESTIONS
from isange_desktop.domain.consent import SELF_CONSENT_AGE, ConsentScope
from isange_desktop.domain.forms import (
    FORMS,
    BodyView,
    Field,
    FieldType,
    InjuryType,
    age_in_years,
    cross_field_errors,
    validate,
)
from isange_desktop.domain.forms.rwanda import PROVINCE_OF_DISTRICT
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.tracks import TRACK_OF_FORM, Track, TrackStatus
from isange_desktop.domain.trafficking import COUNTRY_CODES, Act, Exploitation
from isange_desktop.services.case_forms import REPORT_FIELDS
from two_centers import HUYE, HUYE_NAME, MUSANZE, NOW

# Clocks the values may have been typed against: the center's, UTC, and a neighbour's.
_ZONES = (CENTER_TZ, UTC, timezone(timedelta(hours=3)))
# Anything a keyboard or a paste can give, but lone surrogates (no UTF-8 for them).
_CHARS = st.characters(codec="utf-8")
# Answers tied together by a cross-field rule: drawn by hand, never by the generic drawer.
_RULED = {
    "person": {"date_of_birth", "estimated_age_years", "province", "district"},
    "incident": {"arrived_at", "incident_time_exact", "incident_at", "incident_earliest",
                 "incident_latest"},
    "medical": {"bp_systolic", "bp_diastolic"},
    "shelter": {"admitted_at", "discharged_at"},
    "medicine": {"given_at"},
    "forensic_sample": {"sample_ref"},
    "custody_handover": {"sample_ref"},
}
# Every spelling the consent may use for Huye: its code or its card's name, any case/spacing.
HUYE_SPELLINGS = (HUYE, HUYE.lower(), HUYE_NAME, f"  {HUYE_NAME.upper()} ", "huye   iosc")
_OTHER_DESTINATIONS = (MUSANZE, "Musanze IOSC", "IOM Kigali", "RIB Huye station")


def text(limit: int, longest: int = 60) -> st.SearchStrategy[str]:
    """A non-blank text within the field's limit (kept short: a long text adds no case)."""
    return st.text(_CHARS, min_size=1, max_size=min(limit, longest)).filter(str.strip)


def instant(low: datetime, high: datetime) -> st.SearchStrategy[datetime]:
    """A moment between two others, to the second, as read on one of several clocks."""
    span = int((high - low).total_seconds())
    return st.builds(lambda s, zone: (low + timedelta(seconds=s)).astimezone(zone),
                     st.integers(0, max(span, 0)), st.sampled_from(_ZONES))


def stamp(moment: datetime, zulu: bool = False) -> str:
    """The stored form of a moment; UTC is sometimes written with "Z", as values.py allows."""
    written = moment.isoformat(timespec="seconds")
    return written.replace("+00:00", "Z") if zulu else written


@st.composite
def _moment_text(draw: st.DrawFn, low: datetime, high: datetime) -> str:
    return stamp(draw(instant(low, high)), draw(st.booleans()))


_MARK = st.fixed_dictionaries(
    {"view": st.sampled_from([v.value for v in BodyView]),
     "x": st.floats(0, 1), "y": st.floats(0, 1),
     "type": st.sampled_from([t.value for t in InjuryType])},
    optional={"size_cm": st.floats(0, 60) | st.integers(0, 60),
              "description": text(500)})


@st.composite
def _body_map(draw: st.DrawFn) -> list[dict[str, Any]]:
    marks = draw(st.lists(_MARK, min_size=1, max_size=4))
    numbers = draw(st.lists(st.integers(1, 99), min_size=len(marks), max_size=len(marks),
                            unique=True))
    drawn = []
    for mark, number in zip(marks, numbers, strict=True):
        if mark["type"] == InjuryType.OTHER and not str(mark.get("description", "")).strip():
            mark["description"] = draw(text(500))
        drawn.append({**mark, "number": number})
    return drawn


def field_value(f: Field) -> st.SearchStrategy[Any]:
    """Any valid answer to one field, from its declaration alone."""
    match f.type:
        case FieldType.TEXT | FieldType.LONG_TEXT:
            limit = f.length_limit or 200
            if f.pattern:
                return st.from_regex(f.pattern, fullmatch=True).filter(
                    lambda s: len(s) <= limit and bool(s.strip()))
            return text(limit)
        case FieldType.CHOICE:
            return st.sampled_from([c.value for c in f.choices])
        case FieldType.MULTI_CHOICE:
            return st.lists(st.sampled_from([c.value for c in f.choices]), min_size=1,
                            unique=True)
        case FieldType.BOOL:
            return st.booleans()
        case FieldType.INTEGER:
            return st.integers(int(f.minimum) if f.minimum is not None else -(10 ** 6),
                               int(f.maximum) if f.maximum is not None else 10 ** 6)
        case FieldType.DECIMAL:
            low = f.minimum if f.minimum is not None else -1e6
            high = f.maximum if f.maximum is not None else 1e6
            return st.floats(low, high) | st.integers(int(low) + 1, int(high))
        case FieldType.DATE:
            return st.dates(date(2015, 1, 1), date(2027, 12, 31)).map(date.isoformat)
        case FieldType.DATETIME:
            return _moment_text(NOW - timedelta(days=60), NOW)
        case FieldType.BODY_MAP:
            return _body_map()
    raise AssertionError(f"no strategy for {f.type}")  # attachments: never drawn


def _drawable(form_id: str, f: Field, values: Mapping[str, object]) -> bool:
    # Attachment lists name attachments by an id the service draws when the file is added,
    # after the plan is made; derived fields are the service's to fill.
    return (f.id not in values and not f.derived and f.type is not FieldType.ATTACHMENT_LIST
            and f.id not in _RULED.get(form_id, ()))


@st.composite
def form_values(draw: st.DrawFn, form_id: str,
                fixed: Mapping[str, object] | None = None) -> dict[str, Any]:
    """A whole valid form: ``fixed`` answers as given, the others drawn field by field."""
    declared = FORMS[form_id]
    values: dict[str, Any] = dict(fixed or {})
    for f in declared.fields:
        if _drawable(form_id, f, values) and f.is_shown(values) \
                and (f.is_required(values) or draw(st.booleans())):
            values[f.id] = draw(field_value(f))
    # A requirement may read a later answer (a signed report needs its findings): fill it.
    for f in declared.fields:
        if _drawable(form_id, f, values) and f.is_shown(values) and f.is_required(values):
            values[f.id] = draw(field_value(f))
    problems = [*validate(declared, values),
                *cross_field_errors(form_id, values, today=local_date(NOW))]
    assert not problems, (form_id, problems)  # the strategy's own mistake, not the app's
    return values


# --- the intake --------------------------------------------------------------------------------

@st.composite
def _person(draw: st.DrawFn, arrival: datetime) -> tuple[dict[str, Any], int]:
    day = local_date(arrival)
    fixed: dict[str, Any] = {}
    # Children as often as adults: the consent and guardian rules differ most for them.
    years = draw(st.integers(0, CHILD_AGE - 1) | st.integers(CHILD_AGE, 80))
    if draw(st.booleans()):
        born = draw(st.dates(day - timedelta(days=365 * years + 364),
                             day - timedelta(days=365 * years)))
        fixed["date_of_birth"] = born.isoformat()
        if draw(st.booleans()):  # an estimate as well, within the year the rule allows
            fixed["estimated_age_years"] = max(0, age_in_years(born, day)
                                               + draw(st.integers(-1, 1)))
    else:
        fixed["estimated_age_years"] = years
    age = age_at(fixed, day)
    assert age is not None
    fixed["is_child"] = age < CHILD_AGE  # the service fills it; the guardian questions read it
    district = draw(st.none() | st.sampled_from(sorted(PROVINCE_OF_DISTRICT)))
    if district is not None:
        fixed |= {"district": district, "province": PROVINCE_OF_DISTRICT[district]}
    return draw(form_values("person", fixed)), age


@st.composite
def _incident(draw: st.DrawFn, arrival: datetime) -> dict[str, Any]:
    exact = draw(st.booleans())
    fixed: dict[str, Any] = {"arrived_at": stamp(arrival), "incident_time_exact": exact}
    month_before = arrival - timedelta(days=30)
    if exact:
        fixed["incident_at"] = draw(_moment_text(month_before, arrival))
    else:
        earliest = draw(instant(month_before, arrival))
        fixed["incident_earliest"] = stamp(earliest)
        fixed["incident_latest"] = draw(_moment_text(earliest, arrival))
    return draw(form_values("incident", fixed))


@st.composite
def _classification(draw: st.DrawFn) -> dict[str, Any]:
    first_yes = draw(st.integers(0, len(QUESTIONS)))  # len: every answer no, not GBV
    answers = {q.id: False for q in QUESTIONS[:first_yes]}
    if first_yes < len(QUESTIONS):
        answers[QUESTIONS[first_yes].id] = True
        for q in QUESTIONS[first_yes + 1:]:  # staff may know facts after the first yes
            if draw(st.booleans()):
                answers[q.id] = draw(st.booleans())
    return {"answers": answers, "exchanged": draw(st.booleans())}


_COUNTRIES = st.lists(st.sampled_from(sorted(COUNTRY_CODES)), max_size=3, unique=True)
SCREENING = st.fixed_dictionaries({}, optional={
    "acts": st.lists(st.sampled_from([a.value for a in Act]), unique=True),
    "exploitation": st.lists(st.sampled_from([e.value for e in Exploitation]), unique=True),
    "origin_countries": _COUNTRIES, "transit_countries": _COUNTRIES,
    "destination_countries": _COUNTRIES,
    **{k: st.booleans() for k in (
        "recruited_by_deception", "documents_taken", "debt_owed", "movement_restricted",
        "threats_or_violence", "coerced_otherwise", "vulnerability_abused",
        "moved_across_border")}})


@st.composite
def consent(draw: st.DrawFn, age: int, at: datetime, *, huye: bool = False,
            counts: bool = False) -> dict[str, Any]:
    """One record that intake accepts at this age; ``huye``: consent to share with Huye,
    ``counts``: given by whoever counts at this age, so the referral may go."""
    child = age < SELF_CONSENT_AGE
    scope = ConsentScope.SHARE_WITH_REFERRAL if huye else draw(st.sampled_from(ConsentScope))
    given = True if counts else draw(st.booleans())
    by = draw(st.sampled_from(("survivor", "guardian"))) if child else "survivor"
    record: dict[str, Any] = {"scope": scope.value, "given": given, "by": by,
                              "at": stamp(at, draw(st.booleans()))}
    if scope is ConsentScope.SHARE_WITH_REFERRAL:
        record["destination"] = draw(st.sampled_from(
            HUYE_SPELLINGS if huye else _OTHER_DESTINATIONS))
    if child and by == "survivor" and given and (counts or draw(st.booleans())):
        # A child's own consent counts only with a vital-interest override and its reason.
        record["override_reason"] = draw(text(4000))
    return record


# --- the case and the work on it ---------------------------------------------------------------

@dataclass
class CasePlan:
    intake: dict[str, Any]
    # ("form", form_id, entry_no or None, values, late_reason), ("addendum", form_id,
    # entry_no, text), ("screening", answers), ("track", track, status), ("consent", record),
    # ("attach", bytes, file_name, track, form_id, entry_no, evidence)
    steps: list[tuple[Any, ...]] = field(default_factory=list)
    note: str = ""


@st.composite
def _track_forms(draw: st.DrawFn, arrival: datetime) -> list[tuple[Any, ...]]:
    steps: list[tuple[Any, ...]] = []
    signed: dict[str, Any] | None = None
    for _ in range(draw(st.integers(0, 2))):
        systolic = draw(st.none() | st.integers(70, 260))
        bp = {} if systolic is None else {
            "bp_systolic": systolic,
            "bp_diastolic": draw(st.integers(20, min(180, systolic - 1)))}
        values = draw(form_values("medical", bp))
        if signed is not None:  # a signed report is sealed: later revisions keep it
            values = {k: v for k, v in values.items() if k not in REPORT_FIELDS}
            values |= {k: signed[k] for k in REPORT_FIELDS if k in signed}
        elif values.get("report_signed_at"):
            signed = values
        steps.append(("form", "medical", None, values, None))
    for entry in range(1, draw(st.integers(0, 2)) + 1):
        for edit in range(draw(st.integers(1, 2))):
            given_at = draw(_moment_text(arrival, NOW))
            steps.append(("form", "medicine", entry if edit else None,
                          draw(form_values("medicine", {"given_at": given_at})),
                          draw(text(2000))))
    refs = draw(st.lists(text(50, 12), max_size=2,
                        unique_by=lambda ref: ref.strip().casefold()))
    for ref in refs:
        steps.append(("form", "forensic_sample", None,
                      draw(form_values("forensic_sample", {"sample_ref": ref})), None))
    if draw(st.booleans()) and refs:
        steps.append(("form", "custody_handover", None, draw(form_values(
            "custody_handover", {"sample_ref": draw(st.sampled_from(refs))})), None))
    for form_id in ("psychosocial", "legal"):
        steps += [("form", form_id, None, draw(form_values(form_id)), None)
                  for _ in range(draw(st.integers(0, 2)))]
    for entry in range(1, draw(st.integers(0, 2)) + 1):
        steps += [("form", "counselling_session", entry if edit else None,
                   draw(form_values("counselling_session")), None)
                  for edit in range(draw(st.integers(1, 2)))]
    if draw(st.booleans()):
        admitted = draw(instant(arrival, NOW))
        stay = {"admitted_at": stamp(admitted)}
        if draw(st.booleans()):
            stay["discharged_at"] = draw(_moment_text(admitted, NOW))
        steps.append(("form", "shelter", None, draw(form_values("shelter", stay)), None))
    return steps


def _entries(steps: list[tuple[Any, ...]]) -> list[tuple[str, int]]:
    """The (form, entry) pairs the form steps make, in the numbering the service gives."""
    made: list[tuple[str, int]] = []
    for step in steps:
        if step[0] == "form" and step[2] is None:
            form_id = step[1]
            repeating = FORMS[form_id].repeating
            number = sum(f == form_id for f, _ in made) + 1 if repeating else 0
            if (form_id, number) not in made:
                made.append((form_id, number))
    return made


# --- attachments -------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FILE_NAME = st.text(_CHARS, min_size=1, max_size=40).filter(
    lambda n: base_name(n) == n and not _CONTROL.search(n))
_EXTENSION = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "tiff": ".tif"}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data \
        + zlib.crc32(kind + data).to_bytes(4, "big")


@st.composite
def attachment_bytes(draw: st.DrawFn, kind: str) -> bytes:
    """A file of ``kind`` that holds together as one, around random bytes; photos sometimes
    carry metadata (Exif, comments, text chunks, data after their end) to strip."""
    payload = draw(st.binary(max_size=300))
    extra = draw(st.binary(min_size=1, max_size=60))
    if kind == "pdf":
        return b"%PDF-1.7\n" + payload
    if kind == "tiff":
        return draw(st.sampled_from((b"II*\x00", b"MM\x00*"))) + payload
    if kind == "jpeg":
        meta = draw(st.sampled_from((b"", segment(0xE1, b"Exif\x00\x00" + extra),
                                     segment(0xFE, extra))))
        trailer = draw(st.sampled_from((b"", extra)))
        jfif = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        return (b"\xff\xd8" + jfif + meta + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
                + payload.replace(b"\xff", b"\xff\x00") + b"\xff\xd9" + trailer)
    meta = draw(st.sampled_from((b"", _png_chunk(b"tEXt", b"Place\x00" + extra),
                                 _png_chunk(b"eXIf", b"MM\x00*" + extra))))
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", bytes(13)) + meta
            + _png_chunk(b"IDAT", payload) + _png_chunk(b"IEND", b""))


@st.composite
def _attachments(draw: st.DrawFn, entries: list[tuple[str, int]]) -> list[tuple[Any, ...]]:
    """("attach", bytes, file name, track, form, entry, evidence) steps, each placed on the
    intake (or one of its forms), a track, or a track's form entry that the case holds."""
    places: list[tuple[str | None, str | None, int | None]] = [
        (None, None, None), (None, "person", 0), (None, "incident", 0),
        *((t.value, None, None) for t in Track),
        *((TRACK_OF_FORM[f].value, f, n) for f, n in entries)]
    steps: list[tuple[Any, ...]] = []
    for kind in draw(st.lists(st.sampled_from(sorted(_EXTENSION)), max_size=5)):
        track, form, entry = draw(st.sampled_from(places))
        steps.append(("attach", draw(attachment_bytes(kind)),
                      draw(_FILE_NAME) + _EXTENSION[kind], track, form, entry,
                      draw(st.booleans())))
    return steps


@st.composite
def referred_cases(draw: st.DrawFn) -> CasePlan:
    """A case Kacyiru can refer to Huye: made at intake at NOW, worked on in the hour after,
    its last consent record the one that lets it go to Huye."""
    arrival = NOW - timedelta(minutes=draw(st.integers(0, 600)))
    person, age = draw(_person(arrival))
    before = [draw(consent(age, at)) for at in sorted(draw(st.lists(
        instant(arrival - timedelta(hours=2), NOW - timedelta(minutes=1)), max_size=4)))]
    if draw(st.booleans()):  # an earlier refusal to share with Huye, superseded later
        refusal = draw(consent(age, NOW - timedelta(minutes=1), huye=True))
        before.append({**refusal, "given": False, "override_reason": None})
    later_huye = draw(st.booleans())
    if not later_huye:
        before.append(draw(consent(age, NOW, huye=True, counts=True)))
    intake: dict[str, Any] = {
        "person": person, "incident": draw(_incident(arrival)),
        "classification": draw(_classification()), "consents": before,
        "tracks": draw(st.dictionaries(st.sampled_from([t.value for t in Track]),
                                       st.sampled_from([s.value for s in TrackStatus]))),
    }
    if draw(st.booleans()):
        intake["trafficking"] = draw(SCREENING)
    steps = draw(_track_forms(arrival))
    entries = _entries(steps)
    if entries:
        steps += [("addendum", *draw(st.sampled_from(entries)), draw(text(4000)))
                  for _ in range(draw(st.integers(0, 2)))]
    steps += draw(_attachments(entries))
    if draw(st.booleans()):
        steps.append(("screening", draw(SCREENING)))
    steps += [("track", draw(st.sampled_from(Track)), draw(st.sampled_from(TrackStatus)))
              for _ in range(draw(st.integers(0, 2)))]
    # Consents recorded after intake (services/case_consents.py), none naming Huye but the
    # last one, when it comes then.
    steps += [("consent", {k: v for k, v in draw(consent(age, NOW)).items() if k != "at"})
              for _ in range(draw(st.integers(0, 2)))]
    if later_huye:
        steps.append(("consent", {k: v for k, v in draw(
            consent(age, NOW, huye=True, counts=True)).items() if k != "at"}))
    return CasePlan(intake, steps, draw(st.text(_CHARS, max_size=80)))
