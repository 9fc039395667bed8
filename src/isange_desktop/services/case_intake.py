"""Intake: a new case for a survivor, from one document of person, incident, classification,
consents and the tracks needed. Validated whole before anything is written; written in one
transaction with its audit event."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert

from isange_desktop.domain.case_numbers import format_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import (
    CHILD_AGE,
    PerpetratorRelationship,
    classify,
    derive_flags,
)
from isange_desktop.domain.consent import ConsentRecord
from isange_desktop.domain.forms import FieldError, cross_field_errors, form, validate
from isange_desktop.domain.forms.values import parse_datetime
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.names import fold_name, phone_key
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import CaseStatus, Track, TrackStatus
from isange_desktop.domain.trafficking import TraffickingIndication, screen
from isange_desktop.errors import FormInvalid, ValidationError
from isange_desktop.services.case_consents import append_consent, checked_consent
from isange_desktop.services.case_summaries import CaseSummary, list_row, summarize
from isange_desktop.services.screening_answers import SCREENING_FORM, answers_json, parse_answers
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import (
    Case,
    CaseStatusChange,
    Person,
    TrackStatusChange,
)
from isange_desktop.store.models import Center
from isange_desktop.store.types import utcnow

INTAKE_KEYS = frozenset({"person", "incident", "classification", "trafficking", "consents",
                         "tracks", "same_person_as", "same_event_as"})


def _mapping(intake: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = intake.get(key, {})
    if not isinstance(value, Mapping):
        raise ValidationError("intake.not_an_object", key=key)
    return dict(value)


def _checked(form_id: str, values: dict[str, Any], today: date) -> None:
    errors: list[FieldError] = [*validate(form(form_id), values),
                                *cross_field_errors(form_id, values, today=today)]
    if errors:
        raise FormInvalid(form_id, errors)


def incident_time(incident: Mapping[str, Any]) -> IncidentTime | None:
    """From validated incident values: exact, estimated, or not known yet."""
    exact = parse_datetime(incident.get("incident_at"))
    if incident.get("incident_time_exact") is True and exact is not None:
        return IncidentTime.exact(exact)
    earliest = parse_datetime(incident.get("incident_earliest"))
    latest = parse_datetime(incident.get("incident_latest"))
    if earliest is not None and latest is not None:
        return IncidentTime.estimated(earliest, latest)
    return None


def _consents(raw: object, age: int, now: datetime, login: str) -> list[ConsentRecord]:
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise ValidationError("intake.not_a_list", key="consents")
    records = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise ValidationError("intake.not_a_list", key="consents")
        at = parse_datetime(item.get("at"))
        if at is None or "scope" not in item or "given" not in item:
            raise ValidationError("intake.consent_invalid")
        records.append(checked_consent(
            item["scope"], destination=item.get("destination"), given=bool(item["given"]),
            at=at, by=item.get("by", "survivor"), override_reason=item.get("override_reason"),
            recorded_by=login, age_years=age, now=now))
    return records


def _tracks(raw: Mapping[str, Any]) -> dict[Track, TrackStatus]:
    tracks = {t: TrackStatus.PENDING if t in (Track.MEDICAL, Track.PSYCHOSOCIAL)
              else TrackStatus.NOT_NEEDED for t in Track}
    for name, status in raw.items():
        try:
            tracks[Track(name)] = TrackStatus(status)
        except ValueError:
            raise ValidationError("intake.track_invalid", track=str(name)) from None
    return tracks


def create_case(session: UserSession, intake: Mapping[str, Any], *,
                now: datetime | None = None) -> CaseSummary:
    """Validate the whole intake, then write it in one transaction with its audit event."""
    role = authorize(session, Action.CASE_CREATE, object_type="case")
    unknown = set(intake) - INTAKE_KEYS
    if unknown:
        raise ValidationError("intake.unknown_key", key=sorted(unknown)[0])
    now = now or utcnow()
    today = local_date(now)
    person = _mapping(intake, "person")
    incident = _mapping(intake, "incident")
    # A missing or malformed arrival is reported by the incident form's validation below.
    arrival = parse_datetime(incident.get("arrived_at")) or now
    if arrival > now:
        raise FormInvalid("incident", [FieldError("arrived_at", "form.in_future")])
    age = age_at(person, local_date(arrival))
    # The service fills the derived field the form's guardian questions depend on.
    person["is_child"] = age is not None and age < CHILD_AGE
    _checked("person", person, today)
    _checked("incident", incident, today)
    when = incident_time(incident)

    classification = _mapping(intake, "classification")
    answers = classification.get("answers", {})
    if not isinstance(answers, Mapping):
        raise ValidationError("intake.not_an_object", key="classification.answers")
    gbv_type = classify({str(k): bool(v) for k, v in answers.items()})
    relationships = incident.get("perpetrator_relationship") or []
    if isinstance(relationships, str):
        relationships = [relationships]
    screening = None
    if "trafficking" in intake:
        answers_in = parse_answers(_mapping(intake, "trafficking"))
        screening = (answers_in, screen(answers_in, age))
    flags = derive_flags(
        gbv_type, age, [PerpetratorRelationship(r) for r in relationships
                        if r in PerpetratorRelationship.__members__.values()],
        bool(classification.get("exchanged", False)),
        screening[1].indication if screening else TraffickingIndication.NONE,
    )
    consents = _consents(intake.get("consents", []), age if age is not None else 18, now,
                         session.login)
    tracks = _tracks(_mapping(intake, "tracks"))

    stamp = now.isoformat(timespec="seconds")
    vault = session.vault
    with vault.unit_of_work() as uow:
        center = uow.get_one(Center, 1)
        linked = _linked_case(uow, intake.get("same_person_as"))
        event = _linked_case(uow, intake.get("same_event_as"))
        person_row = uow.get_one(Person, linked.person_id) if linked else new_person(
            uow, person, session.login, stamp)
        seq = repo.next_case_seq(uow, center.code, today.year)
        case = Case(
            number=format_case_number(center.code, today.year, seq), person_id=person_row.id,
            event_id=(event.event_id or event.number) if event else str(uuid.uuid4()),
            status=CaseStatus.OPEN, arrival_at=arrival.isoformat(timespec="seconds"),
            incident_earliest=when.earliest.isoformat() if when else None,
            incident_latest=when.latest.isoformat() if when else None,
            gbv_type=gbv_type.value if gbv_type else None,
            flags=json.dumps(sorted(f.value for f in flags)), created_at=stamp,
            created_by=session.login, void_reason=None,
        )
        uow.add(case)
        uow.flush()
        for form_id, values in (("person", person), ("incident", incident),
                                ("classification", {"answers": dict(answers), **{
                                    k: v for k, v in classification.items()
                                    if k != "answers"}})):
            repo.append_revision(uow, case_id=case.id, form_id=form_id, entry_no=0, previous=None,
                                 values=values, author=session.login, at=stamp)
        if screening is not None:
            repo.append_revision(
                uow, case_id=case.id, form_id=SCREENING_FORM, entry_no=0, previous=None,
                author=session.login,
                at=stamp, values={**answers_json(screening[0]),
                                  "indication": screening[1].indication,
                                  "reasons": list(screening[1].reasons)})
        uow.execute(insert(CaseStatusChange).values(
            case_id=case.id, status=CaseStatus.OPEN, author=session.login, at=stamp,
            reason=None))
        for track, status in tracks.items():
            uow.execute(insert(TrackStatusChange).values(
                case_id=case.id, track=track, status=status, author=session.login, at=stamp))
        for c in consents:
            append_consent(uow, case.id, c)
        record(uow, actor=session.login, role=role, action="case.created", object_type="case",
               object_id=case.number,
               details={"forms": ["person", "incident", "classification"],
                        "consents": len(consents), "linked_person": linked is not None,
                        "vital_interest_override": any(c.override_reason for c in consents)})
        return summarize(list_row(case, person_row,
                                          {t.value: s.value for t, s in tracks.items()}), now)


def _linked_case(uow: Any, number: object) -> Case | None:
    if not number:
        return None
    return repo.require_case(uow, str(number))


def new_person(uow: Any, values: Mapping[str, Any], login: str, stamp: str) -> Person:
    """The searchable person row from person-form values (intake, an imported referral)."""
    row = Person(
        family_name=str(values.get("family_name", "")).strip(),
        given_names=str(values.get("given_names", "")).strip(),
        family_key=fold_name(str(values.get("family_name", ""))),
        given_key=fold_name(str(values.get("given_names", ""))),
        sex=str(values.get("sex", "")),
        birth_date=values.get("date_of_birth") or None,
        estimated_age=values.get("estimated_age_years"),
        phone_key=phone_key(str(values.get("phone") or "")),
        national_id=(str(values["national_id"]).replace(" ", "")
                     if values.get("national_id") else None),
        created_at=stamp, created_by=login,
    )
    uow.add(row)
    uow.flush()
    return row
