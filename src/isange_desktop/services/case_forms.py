"""Saving a track form (or one entry of a repeating form): role, validation, derived fields,
seals, follow-up tasks and the audit event, in one transaction. Every save is a new revision."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.clinical_clocks import ClockKind, deadline
from isange_desktop.domain.followups import (
    PlannedTask,
    counselling_task,
    hepatitis_b_tasks,
    hiv_test_tasks,
    pep_tasks,
)
from isange_desktop.domain.forms import FORMS, FieldError, cross_field_errors, validate
from isange_desktop.domain.forms.values import parse_date, parse_datetime
from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import EDIT_ACTION, TRACK_OF_FORM, CaseStatus
from isange_desktop.errors import FormInvalid, ValidationError
from isange_desktop.services.case_summaries import incident_time_of
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case, CaseStatusChange, Task
from isange_desktop.store.case_repository import StoredRevision
from isange_desktop.store.types import utcnow

# The medico-legal report: once signed, these fields are sealed (corrections go in addenda).
REPORT_FIELDS = ("report_findings", "report_conclusion", "report_clinician", "report_signed_at")
# Entries that record a handover of evidence are never edited, only added to.
APPEND_ONLY_FORMS = frozenset({"custody_handover"})
# The window each medicine must be given in, when it has one.
MEDICINE_WINDOW = {
    "pep": ClockKind.PEP,
    "ec_levonorgestrel": ClockKind.EC_LEVONORGESTREL,
    "ec_ulipristal": ClockKind.EC_ULIPRISTAL_OR_IUD,
    "copper_iud": ClockKind.EC_ULIPRISTAL_OR_IUD,
    "hepatitis_b_vaccine": ClockKind.HEPATITIS_B,
}


def _outside_window(case: Case, values: Mapping[str, Any]) -> bool:
    kind = MEDICINE_WINDOW.get(str(values.get("kind")))
    given = parse_datetime(values.get("given_at"))
    incident = incident_time_of(case)
    if kind is None or given is None or incident is None:
        return False
    return given >= deadline(kind, incident)


def _planned(case: Case, form_id: str, values: Mapping[str, Any]) -> list[PlannedTask]:
    """The follow-ups a new entry creates: PEP and hepatitis B courses, the next session."""
    if form_id == "counselling_session":
        next_on = parse_date(values.get("next_session_date"))
        return [counselling_task(next_on)] if next_on else []
    if form_id != "medicine":
        return []
    given = parse_datetime(values.get("given_at"))
    if given is None:
        return []
    kind = values.get("kind")
    if kind == "pep":
        incident = incident_time_of(case)
        exposure = local_date(incident.earliest) if incident else local_date(given)
        return [*pep_tasks(local_date(given)), *hiv_test_tasks(exposure)]
    if kind == "hepatitis_b_vaccine":
        return hepatitis_b_tasks(local_date(given))
    return []


# Case-level flags that follow from track work (shown in lists and the case header).
_MEDICINE_FLAGS = {"pep": "pep_started", "ec_levonorgestrel": "ec_given",
                   "ec_ulipristal": "ec_given", "copper_iud": "ec_given"}
# Every flag track work can add (a referred case's flags are checked against them).
WORK_FLAGS = frozenset({*_MEDICINE_FLAGS.values(), "evidence_collected", "sheltered"})


def _derived_flag(form_id: str, values: Mapping[str, Any]) -> str | None:
    if form_id == "medicine":
        return _MEDICINE_FLAGS.get(str(values.get("kind")))
    if form_id == "forensic_sample":
        return "evidence_collected"
    if form_id == "shelter" and values.get("admitted_at"):
        return "sheltered"
    return None


def _check_seal(previous: StoredRevision | None, values: Mapping[str, Any]) -> bool:
    """Refuses a change to a signed report; returns whether this revision is sealed."""
    if previous is not None and previous.values.get("report_signed_at"):
        if any(previous.values.get(f) != values.get(f) for f in REPORT_FIELDS):
            raise ValidationError("case.entry_sealed")
        return True
    return bool(values.get("report_signed_at"))


def _target_entry(uow: Session, case_id: int, form_id: str, repeating: bool,
                  entry_no: int | None) -> tuple[int, StoredRevision | None]:
    """Which entry a save writes, and its current revision: a single form is entry 0; a
    repeating form adds the next entry, or edits one that exists (never an append-only one)."""
    if not repeating:
        return 0, repo.latest_revision(uow, case_id, form_id, 0)
    if entry_no is None:
        return repo.next_entry_no(uow, case_id, form_id), None
    if form_id in APPEND_ONLY_FORMS:
        raise ValidationError("case.entry_sealed")
    previous = repo.latest_revision(uow, case_id, form_id, entry_no)
    if previous is None:
        raise ValidationError("case.form_not_editable", form=form_id)
    return entry_no, previous


def save_form(session: UserSession, number: str, form_id: str, values: Mapping[str, Any], *,
              entry_no: int | None = None, now: datetime | None = None) -> StoredRevision:
    """Save a whole form (or a new/edited entry of a repeating one) as a new revision."""
    declared = FORMS.get(form_id)
    track = TRACK_OF_FORM.get(form_id)
    if declared is None or track is None:
        raise ValidationError("case.form_not_editable", form=form_id)
    number = str(parse_case_number(number))
    role = authorize(session, EDIT_ACTION[track], object_type="case", object_id=number)
    values = dict(values)
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        if case.status == CaseStatus.VOIDED:
            raise ValidationError("case.voided", number=number)
        if case.status == CaseStatus.CLOSED:
            raise ValidationError("lifecycle.not_allowed", status=case.status)
        if form_id == "medicine":
            values["outside_window"] = _outside_window(case, values)
        errors: list[FieldError] = [*validate(declared, values),
                                    *cross_field_errors(form_id, values, today=local_date(now))]
        if errors:
            raise FormInvalid(form_id, errors)
        entry_no, previous = _target_entry(uow, case.id, form_id, declared.repeating, entry_no)
        sealed = _check_seal(previous, values) if form_id == "medical" else False
        if sealed and (previous is None or not previous.values.get("report_signed_at")):
            authorize(session, Action.SIGN_MEDICOLEGAL, object_type="case", object_id=number)
        stamp = now.isoformat(timespec="seconds")
        saved = repo.append_revision(uow, case_id=case.id, form_id=form_id, entry_no=entry_no,
                                     values=values, author=session.login, at=stamp,
                                     sealed=sealed, previous=previous)
        planned = _planned(case, form_id, values) if previous is None else []
        derived = _derived_flag(form_id, values)
        if derived is not None:
            flags = set(json.loads(case.flags)) | {derived}
            case.flags = json.dumps(sorted(flags))
        for task in planned:
            uow.execute(insert(Task).values(
                case_id=case.id, kind=task.kind, due=task.due.isoformat(), done_on=None,
                cancelled=False, created_at=stamp, created_by=session.login))
        if case.status == CaseStatus.OPEN:
            # The first track work makes the case active; the change is kept in its history.
            case.status = CaseStatus.ACTIVE
            uow.execute(insert(CaseStatusChange).values(
                case_id=case.id, status=CaseStatus.ACTIVE, author=session.login, at=stamp,
                reason=None))
        record(uow, actor=session.login, role=role, action="case.form_saved",
               object_type="case", object_id=number,
               details={"form": form_id, "entry": entry_no, "revision": saved.revision,
                        "fields": list(saved.changed_fields), "tasks": len(planned),
                        "sealed": sealed})
        return saved


ADDENDUM_FORM = "addendum"
MAX_ADDENDUM = 4000


def add_addendum(session: UserSession, number: str, form_id: str, entry_no: int, text: str, *,
                 now: datetime | None = None) -> StoredRevision:
    """A correction or addition to a sealed entry (a signed report, a custody handover):
    the entry stays as it was; the addendum is a new entry that points at it."""
    track = TRACK_OF_FORM.get(form_id)
    if track is None:
        raise ValidationError("case.form_not_editable", form=form_id)
    number = str(parse_case_number(number))
    role = authorize(session, EDIT_ACTION[track], object_type="case", object_id=number)
    text = text.strip()
    if not text or len(text) > MAX_ADDENDUM:
        raise ValidationError("case.addendum_text")
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        if case.status == CaseStatus.VOIDED:
            raise ValidationError("case.voided", number=number)
        if repo.latest_revision(uow, case.id, form_id, entry_no) is None:
            raise ValidationError("case.form_not_editable", form=form_id)
        saved = repo.append_revision(
            uow, case_id=case.id, form_id=ADDENDUM_FORM,
            entry_no=repo.next_entry_no(uow, case.id, ADDENDUM_FORM),
            values={"refers_to_form": form_id, "refers_to_entry": entry_no, "text": text,
                    "track": track},
            author=session.login, at=now.isoformat(timespec="seconds"), sealed=True)
        record(uow, actor=session.login, role=role, action="case.addendum_added",
               object_type="case", object_id=number,
               details={"form": form_id, "entry": entry_no})
        return saved
