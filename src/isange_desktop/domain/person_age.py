"""A survivor's age on a day, from the person form: the date of birth when known, else the
estimated age typed at intake."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from isange_desktop.domain.forms.rules import age_in_years
from isange_desktop.domain.forms.values import parse_date


def age_at(person: Mapping[str, object], day: date) -> int | None:
    born = parse_date(person.get("date_of_birth"))
    if born is not None:
        return age_in_years(born, day)
    age = person.get("estimated_age_years")
    return age if isinstance(age, int) and not isinstance(age, bool) else None
