"""Trafficking screening (DOMAIN.md): answers in, an indication with its reasons out; the
case's possible-trafficking flag follows the newest screening."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import ContextFlag
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action
from isange_desktop.domain.trafficking import (
    ScreeningResult,
    TraffickingIndication,
    screen,
)
from isange_desktop.services.screening_answers import SCREENING_FORM, answers_json, parse_answers
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.types import utcnow


def save_screening(session: UserSession, number: str, raw: Mapping[str, Any], *,
                   now: datetime | None = None) -> ScreeningResult:
    number = str(parse_case_number(number))
    role = authorize(session, Action.EDIT_INTAKE, object_type="case", object_id=number)
    answers = parse_answers(raw)
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        person = repo.latest_revision(uow, case.id, "person")
        age = age_at(person.values if person else {},
                     local_date(datetime.fromisoformat(case.arrival_at)))
        result = screen(answers, age)
        repo.append_revision(uow, case_id=case.id, form_id=SCREENING_FORM, entry_no=0,
                             previous=repo.latest_revision(uow, case.id, SCREENING_FORM),
                             values={**answers_json(answers), "indication": result.indication,
                                     "reasons": list(result.reasons)},
                             author=session.login, at=now.isoformat(timespec="seconds"))
        flags = set(json.loads(case.flags))
        if result.indication is TraffickingIndication.NONE:
            flags.discard(ContextFlag.POSSIBLE_TRAFFICKING)
        else:
            flags.add(ContextFlag.POSSIBLE_TRAFFICKING)
        case.flags = json.dumps(sorted(flags))
        record(uow, actor=session.login, role=role, action="case.trafficking_screened",
               object_type="case", object_id=number,
               details={"indication": result.indication})
        return result
