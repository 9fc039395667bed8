"""Intake's first step: has this person been here before? Candidates come from the indexes
(phone, national ID, date of birth, the first letters of either name); rapidfuzz scores them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select

from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.duplicates import PersonFacts, is_worth_showing, score
from isange_desktop.domain.names import fold_name, initials, phone_key
from isange_desktop.domain.policy import Action
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.case_models import Case, Person
from isange_desktop.store.types import utcnow

# Names are compared on their first letters only to find candidates: spelling variants differ
# later in the word far more often than in its first two letters.
PREFIX = 2
CANDIDATE_LIMIT = 400
SHOWN = 10


@dataclass(frozen=True)
class PossibleDuplicate:
    person_id: int
    initials: str
    latest_case: str | None
    score: int
    reasons: tuple[str, ...]


def find_possible_duplicates(session: UserSession, facts: PersonFacts,
                             today: date | None = None) -> list[PossibleDuplicate]:
    role = authorize(session, Action.CASE_CREATE, object_type="person")
    today = today or local_date(utcnow())
    family, given = fold_name(facts.family_name), fold_name(facts.given_names)
    conditions: list[ColumnElement[bool]] = []
    for key in {family[:PREFIX], given[:PREFIX]} - {""}:
        upper = key + "\uffff"
        conditions += [Person.family_key.between(key, upper), Person.given_key.between(key, upper)]
    if facts.phone and (phone := phone_key(facts.phone)):
        conditions.append(Person.phone_key == phone)
    if facts.national_id:
        conditions.append(Person.national_id == facts.national_id.replace(" ", ""))
    if facts.birth_date:
        conditions.append(Person.birth_date == facts.birth_date.isoformat())
    if not conditions:
        return []
    with session.vault.unit_of_work() as uow:
        people = uow.scalars(select(Person).where(or_(*conditions)).limit(CANDIDATE_LIMIT)).all()
        found = []
        for p in people:
            known = PersonFacts(p.family_name, p.given_names,
                                date.fromisoformat(p.birth_date) if p.birth_date else None,
                                p.estimated_age, p.phone_key, p.national_id)
            result = score(facts, known, today)
            if is_worth_showing(result):
                found.append((result, p))
        found.sort(key=lambda pair: -pair[0].score)
        shown = found[:SHOWN]
        latest = {pid: num for pid, num in uow.execute(
            select(Case.person_id, Case.number).where(
                Case.person_id.in_([p.id for _, p in shown])).order_by(Case.id))}
        record(uow, actor=session.login, role=role, action="person.duplicate_check",
               object_type="person", details={"candidates": len(people), "shown": len(shown)})
        return [PossibleDuplicate(p.id, initials(p.family_name, p.given_names),
                                  latest.get(p.id), r.score, r.reasons) for r, p in shown]
