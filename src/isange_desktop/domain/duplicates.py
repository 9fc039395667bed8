"""Is the person at intake someone already known? Scores a candidate and says why.

rapidfuzz does the string similarity; this module only decides what counts as a match and
which reasons to show the nurse, who makes the final call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from isange_desktop.domain.names import fold_name, phone_key

# A name this similar (0-100, token-order-insensitive) is worth showing.
NAME_THRESHOLD = 82.0
SHOW_THRESHOLD = 50


@dataclass(frozen=True)
class PersonFacts:
    family_name: str
    given_names: str
    birth_date: date | None = None
    estimated_age: int | None = None
    phone: str | None = None
    national_id: str | None = None


@dataclass(frozen=True)
class DuplicateScore:
    score: int  # 0-100
    reasons: tuple[str, ...]  # message ids: dup.same_phone, dup.similar_name, ...


def name_similarity(a: PersonFacts, b: PersonFacts) -> float:
    # Family and given names are often swapped on forms; compare both orders of the folded keys.
    left = f"{fold_name(a.family_name)} {fold_name(a.given_names)}"
    right = f"{fold_name(b.family_name)} {fold_name(b.given_names)}"
    return float(fuzz.token_sort_ratio(left, right))


def _age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def score(query: PersonFacts, known: PersonFacts, today: date) -> DuplicateScore:
    reasons: list[str] = []
    points = 0
    similarity = name_similarity(query, known)
    if similarity >= NAME_THRESHOLD:
        reasons.append("dup.similar_name")
        # A near-identical name alone is shown (the nurse decides); a merely similar one needs
        # another reason beside it.
        points += 50 if similarity >= 92 else 40
    if query.national_id and known.national_id and \
            query.national_id.replace(" ", "") == known.national_id.replace(" ", ""):
        reasons.append("dup.same_national_id")
        points += 60
    if query.phone and known.phone and phone_key(query.phone) and \
            phone_key(query.phone) == phone_key(known.phone):
        reasons.append("dup.same_phone")
        points += 35
    if query.birth_date and known.birth_date and query.birth_date == known.birth_date:
        reasons.append("dup.same_birth_date")
        points += 25
    else:
        ages = [_age_on(d, today) if d else a for d, a in
                ((query.birth_date, query.estimated_age), (known.birth_date, known.estimated_age))]
        if ages[0] is not None and ages[1] is not None and abs(ages[0] - ages[1]) <= 2:
            reasons.append("dup.similar_age")
            points += 10
    return DuplicateScore(min(points, 100), tuple(reasons))


def is_worth_showing(result: DuplicateScore) -> bool:
    """A similar age alone, or a shared phone alone (families share phones), is not enough."""
    return result.score >= SHOW_THRESHOLD
