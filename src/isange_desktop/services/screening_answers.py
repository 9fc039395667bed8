"""The trafficking screening's answers as they travel in JSON (intake documents, the CLI)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from isange_desktop.domain.trafficking import (
    Act,
    Exploitation,
    ScreeningAnswers,
    parse_country_codes,
)
from isange_desktop.errors import ValidationError

SCREENING_FORM = "trafficking_screening"
_YES_NO = ("recruited_by_deception", "documents_taken", "debt_owed", "movement_restricted",
           "threats_or_violence", "coerced_otherwise", "vulnerability_abused",
           "moved_across_border")


def parse_answers(raw: Mapping[str, Any]) -> ScreeningAnswers:
    """The JSON shape (lists of strings, booleans) into checked answers; ValidationError else."""
    known = {"acts", "exploitation", "origin_countries", "transit_countries",
             "destination_countries", *_YES_NO}
    unknown = set(raw) - known
    if unknown:
        raise ValidationError("intake.unknown_key", key=sorted(unknown)[0])
    try:
        return ScreeningAnswers(
            acts=frozenset(Act(a) for a in raw.get("acts", [])),
            exploitation=frozenset(Exploitation(e) for e in raw.get("exploitation", [])),
            origin_countries=parse_country_codes(raw.get("origin_countries", [])),
            transit_countries=parse_country_codes(raw.get("transit_countries", [])),
            destination_countries=parse_country_codes(raw.get("destination_countries", [])),
            **{k: bool(raw.get(k, False)) for k in _YES_NO},
        )
    except (ValueError, TypeError):
        raise ValidationError("traffick.answers_invalid") from None


def answers_json(answers: ScreeningAnswers) -> dict[str, object]:
    return {
        "acts": sorted(answers.acts), "exploitation": sorted(answers.exploitation),
        "origin_countries": list(answers.origin_countries),
        "transit_countries": list(answers.transit_countries),
        "destination_countries": list(answers.destination_countries),
        **{k: getattr(answers, k) for k in _YES_NO},
    }
