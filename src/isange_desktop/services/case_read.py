"""Reading cases: search, open (filtered by role, audited), reveal a name, break glass."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.consent import (
    ConsentBy,
    ConsentRecord,
    ConsentScope,
    consent_decision,
)
from isange_desktop.domain.forms import FORMS
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.search_text import read_search_text
from isange_desktop.domain.tracks import TRACK_SENSITIVITY, VIEW_ACTION, Track
from isange_desktop.errors import ValidationError
from isange_desktop.services.case_summaries import (
    CaseSummary,
    CaseView,
    ReferralOrigin,
    all_clocks,
    summarize,
)
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_list
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import ConsentRow, Person
from isange_desktop.store.center_models import CenterPin
from isange_desktop.store.referral_models import ReceivedBundle
from isange_desktop.store.types import utcnow

# Forms that are not declared field by field but read by who may see the incident.
_INCIDENT_LIKE = {"classification", "trafficking_screening"}


def search_cases(session: UserSession, text: str) -> list[CaseSummary]:
    """By case number (checked), phone or the start of a name. The search text itself is not
    recorded (it may be a name); the audit event says a search ran and how many it found."""
    role = authorize(session, Action.CASE_LIST, object_type="case")
    search = read_search_text(text)
    now = utcnow()
    lookup = {"number": case_list.by_number, "phone": case_list.by_phone,
              "name": case_list.by_name_prefix}[search.kind]
    # One transaction for the lookup and its audit event: one commit per search.
    with session.vault.unit_of_work() as uow:
        results = [summarize(row, now) for row in lookup(uow, search.key)]
        record(uow, actor=session.login, role=role, action="case.searched", object_type="case",
               details={"by": search.kind, "found": len(results)})
    return results


def visible_values(session: UserSession, values: Mapping[str, object], form_id: str,
                   *, glass: bool) -> dict[str, object] | None:
    """The fields of one form the reader may see; None when no field is visible."""
    declared = FORMS.get(form_id)
    if form_id == "addendum":
        sensitivity = TRACK_SENSITIVITY[Track(str(values.get("track")))]
        allowed = glass or granting_role(session.roles, VIEW_ACTION[sensitivity]) is not None
        return dict(values) if allowed else None
    if declared is None:
        allowed = form_id in _INCIDENT_LIKE and (
            glass or granting_role(session.roles, Action.VIEW_INCIDENT) is not None)
        return dict(values) if allowed else None
    shown = {}
    for field in declared.fields:
        if field.id in values and (glass or granting_role(
                session.roles, VIEW_ACTION[field.sensitivity]) is not None):
            shown[field.id] = values[field.id]
    return shown or None


def open_case(session: UserSession, number: str, *, break_glass_reason: str | None = None
              ) -> CaseView:
    """The case as this role may see it. A break-glass read shows everything, needs a reason
    and is audited as such; every open is audited with the sections shown."""
    if break_glass_reason is not None:
        if not break_glass_reason.strip():
            raise ValidationError("case.break_glass_reason")
        role = authorize(session, Action.BREAK_GLASS, object_type="case", object_id=number)
    else:
        role = authorize(session, Action.CASE_LIST, object_type="case", object_id=number)
    glass = break_glass_reason is not None
    now = utcnow()
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        summary = summarize(case_list.by_ids(uow, [case.id])[0], now)
        forms: dict[str, dict[int, Mapping[str, object]]] = {}
        hidden: set[str] = set()
        for (form_id, entry_no), stored in repo.current_forms(uow, case.id).items():
            shown = visible_values(session, stored.values, form_id, glass=glass)
            if shown is None:
                hidden.add(form_id)
            else:
                forms.setdefault(form_id, {})[entry_no] = shown
        rows = uow.scalars(select(ConsentRow).where(ConsentRow.case_id == case.id)
                           .order_by(ConsentRow.id)).all()
        consents = tuple(
            {"scope": c.scope, "destination": c.destination, "given": c.given, "at": c.at,
             "by": c.given_by, "override": c.override_reason is not None} for c in rows)
        person_values = repo.latest_revision(uow, case.id, "person")
        age = age_at(person_values.values if person_values else {},
                     local_date(datetime.fromisoformat(case.arrival_at)))
        person = uow.get_one(Person, case.person_id)
        may_see_name = glass or granting_role(session.roles,
                                              Action.VIEW_IDENTIFICATION) is not None
        record(uow, actor=session.login, role=role,
               action="case.break_glass" if glass else "case.viewed", object_type="case",
               object_id=case.number, purpose=break_glass_reason,
               details={"sections": sorted(forms), "hidden": sorted(hidden)})
        return CaseView(
            summary=summary,
            full_name=f"{person.given_names} {person.family_name}" if may_see_name else None,
            forms=forms, hidden=tuple(sorted(hidden)), clocks=all_clocks(case, now),
            consents=consents, consent_state=consent_state(rows, age, now),
            origin=_origin(uow, case.id),
        )


def _origin(uow: Session, case_id: int) -> ReferralOrigin | None:
    received = uow.scalars(select(ReceivedBundle).where(ReceivedBundle.case_id == case_id)
                           ).first()
    if received is None or received.sender_case_number is None:
        return None
    name = uow.scalars(select(CenterPin.name).where(
        CenterPin.code == received.sender_code, CenterPin.removed_at.is_(None))).first()
    return ReferralOrigin(received.sender_code, name, received.sender_case_number,
                          received.received_at, received.note or "")


def consent_state(rows: Sequence[ConsentRow], age: int | None, now: datetime
                  ) -> dict[str, str]:
    """For each service scope, whether the recorded consents cover it now, and why not."""
    records = [ConsentRecord(ConsentScope(r.scope), r.destination, r.given,
                             datetime.fromisoformat(r.at), ConsentBy(r.given_by),
                             r.recorded_by, r.override_reason) for r in rows]
    # An unknown age is treated as a child's: the stricter rule, until someone records it.
    years = age if age is not None else 0
    return {scope.value: consent_decision(records, scope, None, years, now).reason_id
            for scope in ConsentScope if scope is not ConsentScope.SHARE_WITH_REFERRAL}


def reveal_name(session: UserSession, number: str) -> str:
    """The survivor's full name for a list row; every reveal is audited."""
    role = authorize(session, Action.CASE_REVEAL_NAME, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        person = uow.get_one(Person, case.person_id)
        record(uow, actor=session.login, role=role, action="case.name_revealed",
               object_type="case", object_id=case.number)
        return f"{person.given_names} {person.family_name}"


